#include "TalentPoolScreenshotView.h"

#include "DatabaseSession.h"
#include "TalentPoolModel.h"
#include "TalentPoolView.h"
#include "ViewRegistry.h"
#include "scorecard/CurrentPanelist.h"

#include "domain/Enums.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Keeps the copy's folder for as long as the view lives.
class TemporaryFolder : public QObject {
public:
    using QObject::QObject;
    QTemporaryDir dir;
};

/// Everyone who reached an interview or the final round and was turned
/// down or withdrew: the people a panel typically keeps for later.
Status fillPool(Database& db) {
    auto marked = db.exec(QStringLiteral("UPDATE applications SET talent_pool = ? WHERE "
                                         "furthest_stage IN (?, ?) AND stage IN (?, ?)"),
                          {true, toKey(PipelineStage::Interview), toKey(PipelineStage::Final),
                           toKey(PipelineStage::Rejected), toKey(PipelineStage::Withdrawn)});
    if (!marked)
        return marked.error();
    return {};
}

} // namespace

Result<std::unique_ptr<QWidget>> makeTalentPoolView(ViewContext& context) {
    auto frame = std::make_unique<QWidget>();
    auto* session = new DatabaseSession(frame.get());
    auto* folder = new TemporaryFolder(frame.get());
    if (!folder->dir.isValid())
        return Error{
            ViewRegistry::tr("Cannot create a temporary folder for the talent pool view.")};
    const QString copy = folder->dir.filePath(QStringLiteral("talent-pool.sqlite"));
    if (auto copied = context.session.database().exec(QStringLiteral("VACUUM INTO ?"), {copy});
        !copied)
        return copied.error();
    if (Status opened = session->open(copy); !opened)
        return opened.error();
    session->clock().setFixedToday(context.session.today());
    if (Status filled = fillPool(session->database()); !filled)
        return filled.error();

    auto* view = new TalentPoolView(*session, frame.get());
    view->setViewer([session, &settings = context.settings] {
        return CurrentPanelist::viewer(*session, settings);
    });
    auto* layout = new QVBoxLayout(frame.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    if (Status loaded = view->reload(); !loaded)
        return loaded.error();
    // The person with the most recorded strengths shows the evidence best.
    QAbstractItemModel* rows = view->table()->model();
    int best = 0;
    int most = -1;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const int strengths = rows->index(row, 0).data(TalentPoolModel::StrengthCountRole).toInt();
        if (strengths > most) {
            most = strengths;
            best = row;
        }
    }
    view->table()->setCurrentIndex(rows->index(best, 0));
    return std::unique_ptr<QWidget>(std::move(frame));
}

} // namespace debrief

#include "ScorecardConflictDialog.h"

#include "DisplayText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace debrief {
namespace {

QString scoreText(const CriterionRating* rating) {
    if (!rating || !rating->score)
        return ScorecardConflictDialog::tr("not assessed");
    return QString::number(*rating->score);
}

QString recommendationText(const std::optional<Recommendation>& value) {
    return value ? toLabel(*value) : ScorecardConflictDialog::tr("none");
}

} // namespace

ScorecardConflictDialog::ScorecardConflictDialog(const Rubric& rubric, const Scorecard& mine,
                                                 const Scorecard& theirs, bool keepMineAllowed,
                                                 QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("scorecardConflictDialog"));
    setWindowTitle(tr("Scorecard Changed Elsewhere"));

    auto* intro = new QLabel(
        tr("This scorecard was saved elsewhere (in another window or on another computer) at "
           "%1, after you opened it. Nothing was overwritten. Compare the two versions and "
           "choose which to keep.")
            .arg(DisplayText::dateTime(theirs.updatedAt.toLocalTime())));
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Your version and the saved version, field by field"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Yours"), tr("Saved elsewhere"), tr("Differs")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    for (const Criterion& criterion : rubric.criteria) {
        const CriterionRating* my = mine.rating(criterion.id);
        const CriterionRating* their = theirs.rating(criterion.id);
        addRow(tr("%1: score").arg(criterion.name), scoreText(my), scoreText(their));
        addRow(tr("%1: evidence").arg(criterion.name), my ? my->evidence : QString(),
               their ? their->evidence : QString());
    }
    addRow(tr("Recommendation"), recommendationText(mine.recommendation),
           recommendationText(theirs.recommendation));
    addRow(tr("Key takeaways"), mine.keyTakeaways, theirs.keyTakeaways);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox;
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton* takeTheirs =
        buttons->addButton(tr("&Take Saved Version"), QDialogButtonBox::AcceptRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!keepMineAllowed) {
        auto* submitted =
            new QLabel(tr("The saved version has been submitted. Take it; to change it "
                          "afterwards, amend it with a reason."));
        submitted->setObjectName(QStringLiteral("conflictSubmitted"));
        submitted->setWordWrap(true);
        layout->addWidget(submitted);
        keepMine->setEnabled(false);
        takeTheirs->setDefault(true);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

void ScorecardConflictDialog::addRow(const QString& field, const QString& mine,
                                     const QString& theirs) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool differs = mine != theirs;
    // Table items show their text as it is, never as markup.
    const QStringList cells{field, mine, theirs, differs ? tr("differs") : QString()};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (differs)
            item->setData(Qt::FontRole, DisplayText::emphasis());
        m_table->setItem(row, column, item);
    }
}

} // namespace debrief

#include "CalibrationPanel.h"

#include "CalibrationTableModel.h"

#include "analytics/CalibrationGuide.h"
#include "analytics/CalibrationTables.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Text the panel or a person wrote (names, notes) is never read as markup.
QLabel* plain(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* heading(QWidget* parent, const QString& text) {
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

CalibrationPanel::CalibrationPanel(QWidget* parent)
    : QScrollArea(parent) {
    setObjectName(QStringLiteral("calibrationPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    m_intro = plain(m_content, QStringLiteral("calibrationIntro"));
    m_withheld = plain(m_content, QStringLiteral("calibrationWithheld"));
    m_withheld->setFrameShape(QFrame::StyledPanel);
    m_withheld->setMargin(6);
    layout->addWidget(m_intro);
    layout->addWidget(m_withheld);

    m_leniency = new CalibrationTableModel(this);
    m_agreement = new CalibrationTableModel(this);
    m_halo = new CalibrationTableModel(this);
    addTable(tr("Le&niency per panelist"), QStringLiteral("leniencyTable"), m_leniency);
    m_leniencyNote = plain(m_content, QStringLiteral("leniencyNote"));
    layout->addWidget(m_leniencyNote);
    addTable(tr("&Agreement per criterion"), QStringLiteral("agreementTable"), m_agreement);
    m_agreementNote = plain(m_content, QStringLiteral("agreementNote"));
    layout->addWidget(m_agreementNote);
    m_haloSummary = plain(m_content, QStringLiteral("haloSummary"));
    addTable(tr("&Halo flags"), QStringLiteral("haloTable"), m_halo);
    layout->insertWidget(layout->count() - 1, m_haloSummary);

    layout->addWidget(heading(m_content, CalibrationGuide::heading()));
    m_guide = plain(m_content, QStringLiteral("calibrationGuide"));
    layout->addWidget(m_guide);
    layout->addStretch(1);
    setWidget(m_content);
}

QTableView* CalibrationPanel::addTable(const QString& title, const QString& objectName,
                                       CalibrationTableModel* model) {
    auto* view = new QTableView(m_content);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QLabel* label = heading(m_content, title);
    label->setBuddy(view);
    view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    auto* layout = static_cast<QVBoxLayout*>(m_content->layout());
    layout->addWidget(label);
    layout->addWidget(view);
    m_views.append(view);
    return view;
}

/// Every row stays in sight: the tab scrolls as a whole, not each table.
void CalibrationPanel::fitHeight(QTableView* view) {
    int rows = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        rows += view->rowHeight(r);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows +
                         2 * view->frameWidth() + 2);
}

Status CalibrationPanel::load(Database& db, RowId openingId, const ScoreViewer& viewer) {
    auto loaded = CalibrationReportData::load(db, openingId, viewer);
    if (!loaded) {
        m_data = {};
        m_intro->setText(loaded.errorMessage());
    } else {
        m_data = std::move(*loaded);
        m_intro->setText(
            tr("Over every candidate of the opening with a submitted scorecard (%n candidate(s)), "
               "not only the finalists: each panelist's leniency rests on everyone they scored. "
               "The same figures as the panel calibration report.",
               "", m_data.input.matrix.finalistCount()) +
            QLatin1Char('\n') + m_data.input.viewer.seenBy());
    }
    const RatingMatrix& matrix = m_data.input.matrix;
    const QLocale locale;
    m_leniency->setTable(CalibrationTables::leniency(matrix, m_data.calibration, locale));
    m_agreement->setTable(CalibrationTables::agreement(matrix, m_data.calibration, locale));
    m_halo->setTable(CalibrationTables::halo(matrix, m_data.calibration));
    const QStringList withheld = m_data.input.withheldNotes();
    m_withheld->setText(withheld.join(QLatin1Char('\n')));
    m_withheld->setVisible(!withheld.isEmpty());
    m_leniencyNote->setText(CalibrationGuide::leniencyNote());
    m_agreementNote->setText(CalibrationGuide::agreementNote());
    m_haloSummary->setText(
        CalibrationGuide::haloSummary(CalibrationTables::haloFlagged(matrix, m_data.calibration)));
    m_guide->setText(CalibrationGuide::paragraphs(m_data.calibration.options, locale)
                         .join(QStringLiteral("\n\n")));
    for (QTableView* view : std::as_const(m_views)) {
        view->resizeColumnsToContents();
        fitHeight(view);
    }
    if (!loaded)
        return loaded.error();
    return {};
}

} // namespace debrief

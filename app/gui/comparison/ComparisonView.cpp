#include "ComparisonView.h"

#include "CalibrationPanel.h"
#include "ComparisonModel.h"

#include "ComparisonRadarChart.h"
#include "CriterionBarChart.h"
#include "FinalistChartSeries.h"
#include "analytics/FinalistComparison.h"
#include "analytics/FinalistSelection.h"
#include "analytics/TieVerdictText.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {
namespace {

QChartView* chartView(const QString& objectName, QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 280);
    return view;
}

QLabel* note(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Names are data, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// Replaces the view's chart, deleting the old one (setChart only lets go).
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent) {
    m_model = new ComparisonModel(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildFinalistPanel());
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("comparisonTabs"));
    m_tabs->addTab(buildResults(), tr("&Table and charts"));
    m_calibration = new CalibrationPanel(m_tabs);
    m_tabs->addTab(m_calibration, tr("Ca&libration"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1210});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
    setWindowTitle(tr("Compare Finalists"));
}

QWidget* ComparisonView::buildFinalistPanel() {
    auto* panel = new QWidget(this);
    auto* label = new QLabel(tr("&Finalists compared:"), panel);
    m_finalists = new QListWidget(panel);
    m_finalists->setObjectName(QStringLiteral("finalistList"));
    label->setBuddy(m_finalists);
    connect(m_finalists, &QListWidget::itemChanged, this, &ComparisonView::recompute);
    m_summary = note(panel, QStringLiteral("comparisonSummary"));
    m_finalistSet = note(panel, QStringLiteral("comparisonFinalistSet"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_finalists, 1);
    layout->addWidget(m_finalistSet);
    layout->addWidget(m_summary);
    return panel;
}

QWidget* ComparisonView::buildResults() {
    auto* results = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(results);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_verdict = new QLabel(top);
    m_verdict->setObjectName(QStringLiteral("tieVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_withheld = note(top, QStringLiteral("withheldNotice"));
    m_withheld->setFrameShape(QFrame::StyledPanel);
    m_withheld->setMargin(6);
    m_withheld->hide();
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_withheld);
    layout->addWidget(m_table);
    layout->addWidget(m_verdict);
    // The table and verdicts take what they need; the charts get the rest.
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* charts = new QSplitter(Qt::Horizontal, results);
    m_radar = chartView(QStringLiteral("radarChart"), charts);
    m_bars = chartView(QStringLiteral("barChart"), charts);
    charts->addWidget(m_radar);
    charts->addWidget(m_bars);
    results->addWidget(top);
    results->addWidget(charts);
    results->setStretchFactor(0, 0);
    results->setStretchFactor(1, 1);
    // The top gets no more than its minimum (every row and verdict shown).
    results->setChildrenCollapsible(false);
    results->setSizes({0, 10000});
    // The radar needs room for its spoke labels and legend beside it.
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({560, 440});
    return results;
}

Status ComparisonView::load(Database& db, RowId openingId, const ScoreViewer& viewer) {
    // The comparison report's finalists, decided in one place.
    auto finalists = FinalistSet::forOpening(db, openingId);
    if (!finalists)
        return finalists.error();
    auto input = ComparisonInput::load(db, openingId, viewer, *finalists);
    if (!input)
        return input.error();
    QSet<RowId> switchedOff;
    for (int row = 0; openingId == m_openingId && row < m_finalists->count(); ++row) {
        if (m_finalists->item(row)->checkState() != Qt::Checked)
            switchedOff.insert(m_input.matrix.finalists().at(row).applicationId);
    }
    m_openingId = openingId;
    m_input = std::move(*input);
    m_summary->setText(m_input.summary());
    m_finalistSet->setText(m_input.finalists.description() + QLatin1Char('\n') +
                           m_input.viewer.seenBy());
    fillFinalistList(switchedOff);
    recompute();
    // No calibration (nothing scored yet) is said in the tab, not an error.
    (void)m_calibration->load(db, openingId, viewer);
    return {};
}

void ComparisonView::fillFinalistList(const QSet<RowId>& switchedOff) {
    const QSignalBlocker blocker(m_finalists);
    m_finalists->clear();
    for (int f = 0; f < m_input.matrix.finalistCount(); ++f) {
        auto* item = new QListWidgetItem(ComparisonModel::swatch(FinalistChartSeries::colour(f)),
                                         m_input.matrix.finalists().at(f).name, m_finalists);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(switchedOff.contains(m_input.matrix.finalists().at(f).applicationId)
                                ? Qt::Unchecked
                                : Qt::Checked);
    }
}

QList<int> ComparisonView::checkedFinalists() const {
    QList<int> checked;
    for (int row = 0; row < m_finalists->count(); ++row) {
        if (m_finalists->item(row)->checkState() == Qt::Checked)
            checked.append(row);
    }
    return checked;
}

void ComparisonView::recompute() {
    const QList<int> shown = checkedFinalists();
    m_matrix = FinalistSelection::of(m_input.matrix, shown);
    // Default options: the same numbers as `debrief-cli compare`.
    auto report = FinalistComparison::run(m_matrix);
    m_report = report ? *report : ComparisonReport{};
    QList<bool> hidden;
    QList<QColor> colours;
    for (int f : shown) {
        hidden.append(m_input.withheld.value(f).any());
        colours.append(FinalistChartSeries::colour(f));
    }
    m_model->setComparison(m_matrix, m_report, hidden, colours);
    fitTableHeight();
    m_verdict->setText(report ? TieVerdictText::of(m_matrix, m_report) : report.errorMessage());
    showNotes(shown);
    rebuildCharts();
}

/// What blind scoring hides of the finalists shown, worded in lib/core.
void ComparisonView::showNotes(const QList<int>& shown) {
    const QStringList notes = m_input.withheldNotes(shown);
    m_withheld->setText(notes.join(QLatin1Char('\n')));
    m_withheld->setVisible(!notes.isEmpty());
}

/// Every row stays visible: the table is short, and a scroll bar would hide
/// the weighted totals, the row people look at first.
void ComparisonView::fitTableHeight() {
    const int rows = m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows +
                            2 * m_table->frameWidth());
}

void ComparisonView::rebuildCharts() {
    // Each finalist keeps the colour of their place in the whole comparison,
    // as in the comparison report, however many are switched off.
    const QStringList criteria = FinalistChartSeries::criteria(m_matrix);
    const QList<ChartSeriesData> series = FinalistChartSeries::of(m_matrix, checkedFinalists());
    replaceChart(m_radar, ComparisonRadarChart::build(criteria, series));
    replaceChart(m_bars, CriterionBarChart::build(criteria, series));
}

} // namespace debrief

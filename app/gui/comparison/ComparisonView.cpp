#include "ComparisonView.h"

#include "ComparisonModel.h"

#include "ComparisonRadarChart.h"
#include "CriterionBarChart.h"
#include "analytics/FinalistComparison.h"
#include "analytics/FinalistSelection.h"
#include "analytics/TieVerdictText.h"
#include "analytics/WeightedTotal.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
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
    splitter->addWidget(buildResults());
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
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_finalists, 1);
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
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
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

Status ComparisonView::load(Database& db, RowId openingId) {
    auto input = ComparisonInput::load(db, openingId);
    if (!input)
        return input.error();
    m_input = std::move(*input);
    m_summary->setText(m_input.summary());
    fillFinalistList();
    recompute();
    return {};
}

void ComparisonView::fillFinalistList() {
    const QSignalBlocker blocker(m_finalists);
    m_finalists->clear();
    for (const Finalist& finalist : m_input.matrix.finalists()) {
        auto* item = new QListWidgetItem(finalist.name, m_finalists);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
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
    m_matrix = FinalistSelection::of(m_input.matrix, checkedFinalists());
    // Default options: the same numbers as `debrief-cli compare`.
    auto report = FinalistComparison::run(m_matrix);
    m_report = report ? *report : ComparisonReport{};
    m_model->setComparison(m_matrix, m_report);
    fitTableHeight();
    m_verdict->setText(report ? TieVerdictText::of(m_matrix, m_report) : report.errorMessage());
    rebuildCharts();
}

/// Every row stays visible: the table is short, and a scroll bar would hide
/// the weighted totals, the row people look at first.
void ComparisonView::fitTableHeight() {
    const int rows = m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows +
                            2 * m_table->frameWidth());
}

void ComparisonView::rebuildCharts() {
    QStringList criteria;
    for (const Criterion& criterion : m_matrix.criteria())
        criteria.append(criterion.name);
    QList<ChartSeriesData> series;
    for (int f = 0; f < m_matrix.finalistCount(); ++f) {
        ChartSeriesData finalist{m_matrix.finalists().at(f).name, {}};
        for (int c = 0; c < m_matrix.criterionCount(); ++c) {
            const std::optional<double> mean = WeightedTotal::criterionMean(m_matrix, f, c);
            finalist.values.append(mean ? std::optional<double>(*mean * 100.0) : std::nullopt);
        }
        series.append(finalist);
    }
    replaceChart(m_radar, ComparisonRadarChart::build(criteria, series));
    replaceChart(m_bars, CriterionBarChart::build(criteria, series));
}

} // namespace debrief

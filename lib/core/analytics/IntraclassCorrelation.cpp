#include "IntraclassCorrelation.h"

#include "AnalyticsText.h"
#include "CompleteBlock.h"
#include "RatingMatrix.h"

#include <cmath>
#include <optional>

namespace debrief {

namespace {

std::optional<double> ratio(double numerator, double denominator) {
    // A zero denominator means no spread at all: agreement is undefined.
    if (std::abs(denominator) < 1e-12)
        return std::nullopt;
    return numerator / denominator;
}

/// Fills the mean squares and ICCs of a complete n × k table (n, k ≥ 2).
void analyse(const QList<QList<double>>& table, IccResult& result) {
    const qsizetype n = table.size();
    const qsizetype k = table.first().size();
    QList<double> rowMeans(n, 0.0);
    QList<double> columnMeans(k, 0.0);
    double grand = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < k; ++j) {
            rowMeans[i] += table[i][j] / double(k);
            columnMeans[j] += table[i][j] / double(n);
            grand += table[i][j];
        }
    }
    grand /= double(n * k);
    double total = 0.0;
    double rows = 0.0;
    double columns = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        rows += double(k) * (rowMeans[i] - grand) * (rowMeans[i] - grand);
        for (qsizetype j = 0; j < k; ++j)
            total += (table[i][j] - grand) * (table[i][j] - grand);
    }
    for (qsizetype j = 0; j < k; ++j)
        columns += double(n) * (columnMeans[j] - grand) * (columnMeans[j] - grand);
    const double residual = total - rows - columns;

    const double bms = rows / double(n - 1);
    const double wms = (total - rows) / double(n * (k - 1));
    const double jms = columns / double(k - 1);
    const double ems = residual / double((n - 1) * (k - 1));
    result.meanSquareTargets = bms;
    result.meanSquareWithin = wms;
    result.meanSquareRaters = jms;
    result.meanSquareResidual = ems;
    const double kk = double(k);
    result.icc1 = ratio(bms - wms, bms + (kk - 1.0) * wms);
    result.icc2 = ratio(bms - ems, bms + (kk - 1.0) * ems + kk * (jms - ems) / double(n));
    result.icc3 = ratio(bms - ems, bms + (kk - 1.0) * ems);
}

} // namespace

IccResult IntraclassCorrelation::fromTable(const QList<QList<double>>& table) {
    IccResult result;
    const qsizetype columns = table.isEmpty() ? 0 : table.first().size();
    for (const QList<double>& row : table) {
        if (row.size() != columns)
            return result;
    }
    for (qsizetype i = 0; i < table.size(); ++i)
        result.finalists.append(int(i));
    for (qsizetype j = 0; j < columns; ++j)
        result.panelists.append(int(j));
    if (table.size() >= 2 && columns >= 2)
        analyse(table, result);
    return result;
}

IccResult IntraclassCorrelation::compute(const RatingMatrix& matrix, int criterion) {
    const CompleteBlock block = CompleteBlock::largest(matrix, criterion);
    QList<QList<double>> table;
    for (int f : block.finalists) {
        QList<double> row;
        for (int p : block.panelists)
            row.append(double(*matrix.score(f, p, criterion)));
        table.append(row);
    }
    IccResult result = fromTable(table);
    result.finalists = block.finalists;
    result.panelists = block.panelists;
    result.finalistsLeftOut = block.finalistsWithScores - int(block.finalists.size());
    result.panelistsLeftOut = block.panelistsWithScores - int(block.panelists.size());
    if (block.finalists.isEmpty()) {
        result.basis = tr("Not computed: no two panelists scored the same two finalists on "
                          "this criterion.");
        return result;
    }
    result.basis = tr("Rests on %1, each scored by all of %2; listwise deletion left out %3 and "
                      "%4 with scores on this criterion.")
                       .arg(AnalyticsText::finalists(result.targets()),
                            AnalyticsText::panelists(result.raters()),
                            AnalyticsText::finalists(result.finalistsLeftOut),
                            AnalyticsText::panelists(result.panelistsLeftOut));
    return result;
}

} // namespace debrief

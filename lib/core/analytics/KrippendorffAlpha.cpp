#include "KrippendorffAlpha.h"

#include "AnalyticsText.h"
#include "RatingMatrix.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace debrief {

namespace {

/// The coincidence matrix o_ck over the distinct values (ascending) of the
/// pairable units, and the value marginals n_c.
struct Coincidences {
    QList<int> values;
    std::vector<std::vector<double>> o;
    std::vector<double> marginals;
    double n = 0.0;
};

Coincidences coincidences(const QList<QList<int>>& units) {
    Coincidences table;
    QMap<int, int> index;
    for (const QList<int>& unit : units) {
        for (int v : unit)
            index.insert(v, 0);
    }
    table.values = index.keys();
    for (qsizetype i = 0; i < table.values.size(); ++i)
        index[table.values.at(i)] = int(i);
    const std::size_t size = std::size_t(table.values.size());
    table.o.assign(size, std::vector<double>(size, 0.0));
    for (const QList<int>& unit : units) {
        const double weight = 1.0 / double(unit.size() - 1);
        for (qsizetype i = 0; i < unit.size(); ++i) {
            for (qsizetype j = 0; j < unit.size(); ++j) {
                if (i != j)
                    table.o[std::size_t(index[unit[i]])][std::size_t(index[unit[j]])] += weight;
            }
        }
    }
    table.marginals.assign(size, 0.0);
    for (std::size_t c = 0; c < size; ++c) {
        for (std::size_t k = 0; k < size; ++k)
            table.marginals[c] += table.o[c][k];
        table.n += table.marginals[c];
    }
    return table;
}

/// δ²_ck for the values at positions c ≤ or ≥ k of the table.
double distance(const Coincidences& table, std::size_t c, std::size_t k, MeasurementLevel level) {
    if (c == k)
        return 0.0;
    switch (level) {
    case MeasurementLevel::Nominal:
        return 1.0;
    case MeasurementLevel::Interval: {
        const double d = double(table.values.at(qsizetype(c)) - table.values.at(qsizetype(k)));
        return d * d;
    }
    case MeasurementLevel::Ordinal:
        break;
    }
    // Ordinal: the marginals from c to k, the end points counting half.
    const std::size_t low = std::min(c, k);
    const std::size_t high = std::max(c, k);
    double sum = 0.0;
    for (std::size_t g = low; g <= high; ++g)
        sum += table.marginals[g];
    sum -= (table.marginals[low] + table.marginals[high]) / 2.0;
    return sum * sum;
}

std::optional<double> alphaOf(const Coincidences& table, MeasurementLevel level) {
    double observed = 0.0;
    double expected = 0.0;
    const std::size_t size = std::size_t(table.values.size());
    for (std::size_t c = 0; c < size; ++c) {
        for (std::size_t k = 0; k < size; ++k) {
            const double delta = distance(table, c, k, level);
            observed += table.o[c][k] * delta;
            expected += table.marginals[c] * table.marginals[k] * delta;
        }
    }
    if (expected <= 0.0)
        return std::nullopt;
    return 1.0 - (table.n - 1.0) * observed / expected;
}

} // namespace

AlphaResult KrippendorffAlpha::compute(const Data& data, MeasurementLevel level) {
    AlphaResult result;
    result.level = level;
    QList<QList<int>> units;
    std::vector<bool> coded;
    for (const auto& row : data) {
        QList<int> unit;
        for (const auto& value : row) {
            if (value)
                unit.append(*value);
        }
        if (unit.size() < 2) {
            result.unpairableValues += int(unit.size());
            continue;
        }
        units.append(unit);
        coded.resize(std::max(coded.size(), std::size_t(row.size())), false);
        for (qsizetype j = 0; j < row.size(); ++j) {
            if (row[j])
                coded[std::size_t(j)] = true;
        }
    }
    result.units = int(units.size());
    result.coders = int(std::count(coded.begin(), coded.end(), true));
    for (const QList<int>& unit : units)
        result.pairableValues += int(unit.size());
    if (!units.isEmpty())
        result.alpha = alphaOf(coincidences(units), level);
    result.basis =
        tr("Rests on %1 from %2 on %3 that at least two panelists scored; %4 without "
           "a second score on the same finalist cannot be paired and are left out.")
            .arg(AnalyticsText::values(result.pairableValues),
                 AnalyticsText::panelists(result.coders), AnalyticsText::finalists(result.units),
                 AnalyticsText::values(result.unpairableValues));
    return result;
}

AlphaResult KrippendorffAlpha::compute(const RatingMatrix& matrix, int criterion,
                                       MeasurementLevel level) {
    Data data;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        QList<std::optional<int>> row;
        for (int p = 0; p < matrix.panelistCount(); ++p)
            row.append(matrix.score(f, p, criterion));
        data.append(row);
    }
    return compute(data, level);
}

} // namespace debrief

#include "BootstrapTable.h"

#include "RatingMatrix.h"

#include <algorithm>
#include <limits>

namespace debrief {

BootstrapTable::BootstrapTable(const RatingMatrix& matrix)
    : m_finalists(matrix.finalistCount())
    , m_panelists(matrix.panelistCount()) {
    QList<int> kept;
    for (int c = 0; c < matrix.criterionCount(); ++c) {
        const Criterion& criterion = matrix.criteria().at(c);
        if (criterion.weight > 0.0 && criterion.scaleSize >= 2) {
            kept.append(c);
            m_weights.push_back(criterion.weight);
            m_steps.push_back(double(criterion.scaleSize - 1));
        }
    }
    m_criteria = int(kept.size());
    const std::size_t block = std::size_t(m_finalists) * std::size_t(m_criteria);
    m_points.assign(block * std::size_t(m_panelists), 0);
    m_assessed.assign(block * std::size_t(m_panelists), 0);
    m_sums.assign(block, 0);
    m_raters.assign(block, 0);
    std::size_t cell = 0;
    for (int p = 0; p < m_panelists; ++p) {
        for (int f = 0; f < m_finalists; ++f) {
            for (int c : kept) {
                if (const auto score = matrix.score(f, p, c)) {
                    m_points[cell] = *score - 1;
                    m_assessed[cell] = 1;
                }
                ++cell;
            }
        }
    }
}

void BootstrapTable::totals(const std::int32_t* counts, double* totals) {
    const std::size_t block = m_sums.size();
    std::fill(m_sums.begin(), m_sums.end(), 0);
    std::fill(m_raters.begin(), m_raters.end(), 0);
    std::int32_t* sums = m_sums.data();
    std::int32_t* raters = m_raters.data();
    for (int p = 0; p < m_panelists; ++p) {
        const std::int32_t count = counts[p];
        if (count == 0)
            continue;
        const std::int32_t* points = m_points.data() + std::size_t(p) * block;
        const std::int32_t* assessed = m_assessed.data() + std::size_t(p) * block;
        for (std::size_t i = 0; i < block; ++i) {
            sums[i] += count * points[i];
            raters[i] += count * assessed[i];
        }
    }
    for (int f = 0; f < m_finalists; ++f) {
        double weighted = 0.0;
        double weight = 0.0;
        for (int c = 0; c < m_criteria; ++c) {
            const std::size_t i = std::size_t(f) * std::size_t(m_criteria) + std::size_t(c);
            if (raters[i] == 0)
                continue;
            // The mean of (score − 1) / (scale − 1) over the resampled raters.
            weighted += m_weights[std::size_t(c)] *
                        (double(sums[i]) / (double(raters[i]) * m_steps[std::size_t(c)]));
            weight += m_weights[std::size_t(c)];
        }
        totals[f] =
            weight > 0.0 ? 100.0 * weighted / weight : std::numeric_limits<double>::quiet_NaN();
    }
}

} // namespace debrief

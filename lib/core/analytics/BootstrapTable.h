#pragma once

#include <cstdint>
#include <vector>

namespace debrief {

class RatingMatrix;

/// The rating matrix laid out for fast resampling (internal to
/// TieDetector): per panelist, finalist and weighted criterion the score's
/// distance from the bottom of its scale and whether there is one at all,
/// as integers, so that a resample's criterion mean is one exact integer sum
/// and one division. Panelist-major, so a resample adds each drawn
/// panelist's contiguous block once, weighted by how often they were drawn.
/// Zero-weight criteria are left out: they cannot move a total.
class BootstrapTable {
public:
    explicit BootstrapTable(const RatingMatrix& matrix);

    int finalists() const { return m_finalists; }
    int panelists() const { return m_panelists; }

    /// Weighted totals (0–100) of every finalist on a panel where panelist p
    /// sits `counts[p]` times; NaN where a total is undefined. Writes
    /// `finalists()` values to `totals` and allocates nothing.
    void totals(const std::int32_t* counts, double* totals);

private:
    int m_finalists = 0;
    int m_panelists = 0;
    int m_criteria = 0;
    std::vector<double> m_weights;
    /// scaleSize − 1 per kept criterion.
    std::vector<double> m_steps;
    /// [panelist][finalist][criterion]: score − 1, or 0 when not assessed.
    std::vector<std::int32_t> m_points;
    /// [panelist][finalist][criterion]: 1 when assessed, else 0.
    std::vector<std::int32_t> m_assessed;
    /// Per resample, [finalist][criterion]: the sums over the drawn panel.
    std::vector<std::int32_t> m_sums;
    std::vector<std::int32_t> m_raters;
};

} // namespace debrief

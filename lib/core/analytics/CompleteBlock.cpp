#include "CompleteBlock.h"

#include "RatingMatrix.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <numeric>
#include <vector>

namespace debrief {

namespace {

using PanelMask = std::uint64_t;

struct BlockChoice {
    PanelMask panel = 0;
    int finalists = 0;
    int panelists = 0;

    int scores() const { return finalists * panelists; }
};

/// Whether `a` is the better block: more scores, then more panelists, then
/// the earlier panelists (the lowest panelist in which the two differ is in a).
bool better(const BlockChoice& a, const BlockChoice& b) {
    if (a.scores() != b.scores())
        return a.scores() > b.scores();
    if (a.panelists != b.panelists)
        return a.panelists > b.panelists;
    const PanelMask differ = a.panel ^ b.panel;
    return differ != 0 && (a.panel & (differ & (~differ + 1))) != 0;
}

BlockChoice evaluate(PanelMask panel, const std::vector<PanelMask>& ratedBy) {
    BlockChoice choice;
    choice.panel = panel;
    choice.panelists = std::popcount(panel);
    for (PanelMask raters : ratedBy) {
        if ((raters & panel) == panel)
            ++choice.finalists;
    }
    // The ANOVA needs two rows and two columns.
    if (choice.finalists < 2 || choice.panelists < 2)
        choice.finalists = 0;
    return choice;
}

/// The sets of the k panelists who rated most, for k = 2 .. all.
std::vector<PanelMask> topSets(const std::vector<PanelMask>& ratedBy, int panelists) {
    std::vector<int> order(static_cast<std::size_t>(panelists));
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> rated(std::size_t(panelists), 0);
    for (PanelMask raters : ratedBy) {
        for (int p = 0; p < panelists; ++p)
            rated[std::size_t(p)] += int((raters >> p) & 1U);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rated[std::size_t(a)] > rated[std::size_t(b)]; });
    std::vector<PanelMask> sets;
    PanelMask panel = 0;
    for (int p : order) {
        panel |= PanelMask(1) << p;
        if (std::popcount(panel) >= 2)
            sets.push_back(panel);
    }
    return sets;
}

} // namespace

CompleteBlock CompleteBlock::largest(const RatingMatrix& matrix, int criterion) {
    CompleteBlock block;
    const int panelists = std::min(matrix.panelistCount(), 64);
    std::vector<PanelMask> ratedBy;
    PanelMask anyone = 0;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        PanelMask raters = 0;
        for (int p = 0; p < panelists; ++p) {
            if (matrix.score(f, p, criterion))
                raters |= PanelMask(1) << p;
        }
        ratedBy.push_back(raters);
        anyone |= raters;
        block.finalistsWithScores += raters != 0 ? 1 : 0;
    }
    block.panelistsWithScores = std::popcount(anyone);

    BlockChoice best;
    auto consider = [&](PanelMask panel) {
        const BlockChoice choice = evaluate(panel, ratedBy);
        if (choice.scores() > 0 && better(choice, best))
            best = choice;
    };
    if (panelists <= kExhaustiveLimit) {
        const PanelMask all = PanelMask(1) << panelists;
        for (PanelMask panel = 3; panel < all; ++panel) {
            // Only panelists who scored someone can complete a block.
            if ((panel & anyone) == panel && std::popcount(panel) >= 2)
                consider(panel);
        }
    } else {
        for (PanelMask panel : topSets(ratedBy, panelists))
            consider(panel);
    }
    if (best.scores() == 0)
        return block;
    for (int f = 0; f < matrix.finalistCount(); ++f) {
        if ((ratedBy[std::size_t(f)] & best.panel) == best.panel)
            block.finalists.append(f);
    }
    for (int p = 0; p < panelists; ++p) {
        if ((best.panel >> p) & 1U)
            block.panelists.append(p);
    }
    return block;
}

} // namespace debrief

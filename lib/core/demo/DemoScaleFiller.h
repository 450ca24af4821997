#pragma once

#include "Result.h"

#include <QList>

#include <functional>

namespace debrief::demo {

struct DemoContext;
struct DemoOpeningState;

/// Adds many extra applicants for scale testing, spread over the openings.
/// They are mostly early-stage, with at most one interview and one
/// scorecard each, so that tens of thousands are written in seconds.
class DemoScaleFiller {
public:
    /// Called after each applicant with the number written so far; false cancels.
    using Tick = std::function<bool(int written)>;

    /// `rejectedPercent` from 0 to 100 rejects that share of them (see
    /// DemoDataGenerator::Options); -1 keeps each opening's mix.
    DemoScaleFiller(DemoContext& context, const QList<DemoOpeningState>& openings,
                    int rejectedPercent = -1)
        : m_context(context)
        , m_openings(openings)
        , m_rejectedPercent(rejectedPercent) {}

    Status write(int count, const Tick& tick);

private:
    DemoContext& m_context;
    const QList<DemoOpeningState>& m_openings;
    int m_rejectedPercent = -1;
};

} // namespace debrief::demo

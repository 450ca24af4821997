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

    DemoScaleFiller(DemoContext& context, const QList<DemoOpeningState>& openings)
        : m_context(context)
        , m_openings(openings) {}

    Status write(int count, const Tick& tick);

private:
    DemoContext& m_context;
    const QList<DemoOpeningState>& m_openings;
};

} // namespace debrief::demo

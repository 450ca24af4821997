#pragma once

#include "Result.h"

#include <QStringList>

namespace debrief::demo {

struct DemoContext;
struct DemoOpeningState;

/// The opening the demo is built around: three finalists whose weighted
/// totals lie within a point or two of each other, each stronger on a
/// different criterion, with one panel disagreement and one missing rating,
/// and no decision yet.
class DemoDebriefStory {
public:
    DemoDebriefStory(DemoContext& context, const DemoOpeningState& opening)
        : m_context(context)
        , m_opening(opening) {}

    Status write();
    /// The named people of this story, kept out of the random crowd.
    static QStringList featuredNames();

private:
    struct Finalist;
    Status writeFinalist(const Finalist& finalist);

    DemoContext& m_context;
    const DemoOpeningState& m_opening;
};

} // namespace debrief::demo

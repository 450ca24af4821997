#pragma once

#include "ToneContext.h"
#include "ToneFinding.h"
#include "ToneRule.h"

#include <QString>

#include <optional>

namespace debrief {

/// The structural greeting rule: when the context names the candidate, the
/// first non-empty line must greet them by name ("Dear Zoë," or "Hi Zoë").
/// "Dear Sir or Madam", "Dear candidate" or no greeting at all are flagged
/// on that line.
class ToneGreetingCheck {
public:
    static std::optional<ToneFinding> check(const ToneGreetingRule& rule, const QString& text,
                                            const ToneContext& context);
    /// The name to greet with: the context's first name, else the first
    /// word of the full name.
    static QString firstName(const ToneContext& context);
};

} // namespace debrief

#pragma once

#include "ToneContext.h"
#include "ToneFinding.h"
#include "ToneRule.h"

#include <QList>
#include <QString>

namespace debrief {

/// Finds the other candidates of the context in a text: a full name in any
/// case, and each of its words written with capitals as a name is, unless
/// the word is part of the addressee's own name.
class ToneNameCheck {
public:
    static QList<ToneFinding> check(const ToneNameRule& rule, const QString& text,
                                    const ToneContext& context);
};

} // namespace debrief

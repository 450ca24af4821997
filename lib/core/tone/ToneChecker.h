#pragma once

#include "Result.h"
#include "ToneContext.h"
#include "ToneFinding.h"
#include "ToneRuleSet.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

/// The tone and risk check of a rejection draft: runs a language's rules
/// (patterns compiled once, when the rules are loaded) plus the structural
/// greeting and other-candidate rules over a text. Fast enough to run on
/// every keystroke of a draft editor; cheap to copy.
class DEBRIEF_CORE_EXPORT ToneChecker {
    Q_DECLARE_TR_FUNCTIONS(ToneChecker)

public:
    explicit ToneChecker(ToneRuleSet rules);

    /// The built-in rules of `lang` ("fr", "fr_CA" and "fr-CA" all mean French).
    static Result<ToneChecker> forLanguage(const QString& lang);

    /// Every finding, sorted by position (then longest first); findings of
    /// one category whose spans overlap are merged into one.
    QList<ToneFinding> check(const QString& text, const ToneContext& context) const;

    const ToneRuleSet& rules() const { return m_rules; }

private:
    static bool applies(ToneCondition condition, const ToneContext& context);
    static void addMatches(const ToneRule& rule, const QString& text, QList<ToneFinding>& out);
    static QList<ToneFinding> sortedAndMerged(QList<ToneFinding> findings);

    ToneRuleSet m_rules;
};

} // namespace debrief

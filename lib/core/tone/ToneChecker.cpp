#include "ToneChecker.h"

#include "ToneGreetingCheck.h"
#include "ToneNameCheck.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace debrief {
namespace {

struct Span {
    qsizetype start;
    qsizetype end;
};

QList<Span> spansOf(const QRegularExpression& expression, const QString& text) {
    QList<Span> spans;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        spans.append({match.capturedStart(), match.capturedEnd()});
    }
    return spans;
}

bool overlaps(const QList<Span>& spans, qsizetype start, qsizetype end) {
    return std::any_of(spans.cbegin(), spans.cend(), [start, end](const Span& span) {
        return span.start < end && start < span.end;
    });
}

} // namespace

ToneChecker::ToneChecker(ToneRuleSet rules)
    : m_rules(std::move(rules)) {
}

Result<ToneChecker> ToneChecker::forLanguage(const QString& lang) {
    auto rules = ToneRuleSet::builtIn(lang);
    if (!rules)
        return rules.error();
    return ToneChecker(std::move(rules).value());
}

bool ToneChecker::applies(ToneCondition condition, const ToneContext& context) {
    switch (condition) {
    case ToneCondition::Always:
        return true;
    case ToneCondition::WhenNotTalentPool:
        return !context.talentPool;
    case ToneCondition::WhenTalentPool:
        return context.talentPool;
    }
    return true;
}

void ToneChecker::addMatches(const ToneRule& rule, const QString& text, QList<ToneFinding>& out) {
    // A default QRegularExpression is valid and matches everywhere: test the pattern.
    if (rule.matcher.pattern().isEmpty())
        return;
    const bool hasExceptions = !rule.exceptionMatcher.pattern().isEmpty();
    // Exceptions are looked for only once the rule has matched: most rules never do.
    std::optional<QList<Span>> exceptions;
    for (auto it = rule.matcher.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (hasExceptions) {
            if (!exceptions)
                exceptions = spansOf(rule.exceptionMatcher, text);
            if (overlaps(*exceptions, match.capturedStart(), match.capturedEnd()))
                continue;
        }
        out.append({match.capturedStart(), match.capturedLength(), rule.category, rule.id,
                    rule.explanation, rule.suggestion});
    }
}

QList<ToneFinding> ToneChecker::check(const QString& text, const ToneContext& context) const {
    QList<ToneFinding> findings;
    for (const ToneRule& rule : m_rules.rules) {
        if (applies(rule.condition, context))
            addMatches(rule, text, findings);
    }
    if (auto greeting = ToneGreetingCheck::check(m_rules.greeting, text, context))
        findings.append(*greeting);
    findings.append(ToneNameCheck::check(m_rules.otherCandidateName, text, context));
    return sortedAndMerged(std::move(findings));
}

QList<ToneFinding> ToneChecker::sortedAndMerged(QList<ToneFinding> findings) {
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ToneFinding& a, const ToneFinding& b) {
                         return a.start != b.start ? a.start < b.start : a.length > b.length;
                     });
    QList<ToneFinding> merged;
    for (const ToneFinding& finding : findings) {
        // Sorted by start, so an overlapping finding of the same category is
        // one that ends after this one starts.
        auto same =
            std::find_if(merged.rbegin(), merged.rend(), [&finding](const ToneFinding& kept) {
                return kept.category == finding.category && kept.end() > finding.start;
            });
        if (same == merged.rend()) {
            merged.append(finding);
            continue;
        }
        same->length = std::max(same->end(), finding.end()) - same->start;
    }
    return merged;
}

} // namespace debrief

#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace debrief {

/// When a rule applies, from the ToneContext.
enum class ToneCondition {
    Always,
    /// Only when the candidate is not in the talent pool (future contact).
    WhenNotTalentPool,
    /// Only when the candidate is in the talent pool.
    WhenTalentPool,
};

/// One pattern rule of a rule file. `matcher` is every pattern as one
/// precompiled, case-insensitive expression matched on whole words;
/// a match that overlaps a match of `exceptionMatcher` is not a finding
/// (exceptions name the harmless contexts: "race condition", "weak consistency").
struct ToneRule {
    QString id;
    QString category;
    QStringList patterns;
    QStringList exceptions;
    QString explanation;
    QString suggestion;
    ToneCondition condition = ToneCondition::Always;
    QRegularExpression matcher;
    /// Empty pattern when the rule has no exceptions.
    QRegularExpression exceptionMatcher;
};

/// The structural greeting rule: the first non-empty line must match
/// `pattern` once "{name}" and "{lastName}" are filled in from the context.
/// "{firstName}" in the suggestion is filled in too.
struct ToneGreetingRule {
    QString id;
    QString pattern;
    QString explanation;
    QString suggestion;
};

/// The texts for a mention of another candidate by name (context list).
struct ToneNameRule {
    QString id;
    QString explanation;
    QString suggestion;
};

} // namespace debrief

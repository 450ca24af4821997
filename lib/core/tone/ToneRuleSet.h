#pragma once

#include "Result.h"
#include "ToneRule.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

/// A category a rule file uses, with its one-line explanation in the
/// file's language.
struct ToneCategoryInfo {
    QString key;
    QString explanation;
};

/// The tone rules of one language, loaded from a "debrief-tone-rules" JSON
/// file (docs/TONE.md) and validated; the patterns are compiled once here
/// so that checking a text only runs them. The built-in files are compiled
/// into the library; a user may load a file of their own.
class DEBRIEF_CORE_EXPORT ToneRuleSet {
    Q_DECLARE_TR_FUNCTIONS(ToneRuleSet)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("debrief-tone-rules"); }
    /// The resource folder holding the built-in files ("en.json", …).
    static QString builtInDirectory();
    /// The languages with a built-in rule file, sorted.
    static QStringList builtInLanguages();
    /// "de", "de_CH" and "de-CH" all give "de".
    static QString baseLanguage(const QString& language);

    /// The built-in rules of `language`, loaded once per process and then
    /// shared; an error naming the languages there are when there is no such file.
    static Result<ToneRuleSet> builtIn(const QString& language);
    /// A rule file of the user's; errors name the file and the JSON path.
    static Result<ToneRuleSet> load(const QString& path);
    /// Parses and validates a rule file's content; `sourceName` starts
    /// every error line.
    static Result<ToneRuleSet> fromJson(const QByteArray& json, const QString& sourceName);

    /// The file's explanation of a category; empty when it has none.
    QString categoryExplanation(const QString& key) const;

    QString language;
    QList<ToneCategoryInfo> categories;
    QList<ToneRule> rules;
    ToneGreetingRule greeting;
    ToneNameRule otherCandidateName;
};

} // namespace debrief

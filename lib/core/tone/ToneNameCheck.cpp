#include "ToneNameCheck.h"

#include "ToneCategory.h"
#include "ToneNamePattern.h"

#include <QRegularExpression>
#include <QSet>

namespace debrief {
namespace {

/// A single letter is an initial or a word, not something that identifies anyone.
constexpr qsizetype kMinimumWordLength = 2;

QSet<QString> ownWords(const ToneContext& context) {
    QSet<QString> words;
    for (const QString& word : ToneNamePattern::words(context.candidateName + QLatin1Char(' ') +
                                                      context.candidateFirstName))
        words.insert(word.toCaseFolded());
    return words;
}

/// Full names case-insensitively, then their separate words as written.
QString namesPattern(const ToneContext& context) {
    const QSet<QString> own = ownWords(context);
    QStringList fullNames;
    QStringList words;
    for (const QString& name : context.otherCandidateNames) {
        const QStringList parts = ToneNamePattern::words(name);
        // The addressee listed among the others is a data slip, not a disclosure.
        if (parts.isEmpty() ||
            name.simplified().toCaseFolded() == context.candidateName.simplified().toCaseFolded())
            continue;
        fullNames.append(name);
        for (const QString& part : parts) {
            if (part.size() >= kMinimumWordLength && !own.contains(part.toCaseFolded()))
                words.append(part);
        }
    }
    if (fullNames.isEmpty())
        return {};
    return QStringLiteral("(?<!\\w)(?:(?i:") + ToneNamePattern::anyOf(fullNames) +
           QStringLiteral(")|") + ToneNamePattern::anyOf(words) + QStringLiteral(")(?!\\w)");
}

} // namespace

QList<ToneFinding> ToneNameCheck::check(const ToneNameRule& rule, const QString& text,
                                        const ToneContext& context) {
    const QString pattern = namesPattern(context);
    if (pattern.isEmpty() || rule.id.isEmpty())
        return {};
    const QRegularExpression names(pattern, QRegularExpression::UseUnicodePropertiesOption);
    QList<ToneFinding> findings;
    for (auto it = names.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        findings.append({match.capturedStart(), match.capturedLength(), ToneCategory::disclosure(),
                         rule.id, rule.explanation, rule.suggestion});
    }
    return findings;
}

} // namespace debrief

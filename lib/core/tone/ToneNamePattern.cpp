#include "ToneNamePattern.h"

#include <QRegularExpression>

#include <algorithm>

namespace debrief {
namespace {

QString escapedWords(const QString& name) {
    QStringList escaped;
    for (const QString& word : ToneNamePattern::words(name))
        escaped.append(QRegularExpression::escape(word));
    return escaped.join(QStringLiteral("\\s+"));
}

} // namespace

QStringList ToneNamePattern::words(const QString& name) {
    return name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString ToneNamePattern::of(const QString& name) {
    const QString composed = escapedWords(name.normalized(QString::NormalizationForm_C));
    const QString decomposed = escapedWords(name.normalized(QString::NormalizationForm_D));
    if (composed == decomposed)
        return composed;
    return QStringLiteral("(?:") + composed + QLatin1Char('|') + decomposed + QLatin1Char(')');
}

QString ToneNamePattern::anyOf(const QStringList& names) {
    QStringList sorted;
    for (const QString& name : names) {
        const QString simplified = name.simplified();
        if (!simplified.isEmpty() && !sorted.contains(simplified))
            sorted.append(simplified);
    }
    if (sorted.isEmpty())
        return QStringLiteral("(?!)");
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString& name : sorted)
        patterns.append(of(name));
    return QStringLiteral("(?:") + patterns.join(QLatin1Char('|')) + QLatin1Char(')');
}

} // namespace debrief

#include "SafeFileName.h"

#include <QHash>

namespace debrief {

QString SafeFileName::slug(const QString& text) {
    // Letters whose decomposition keeps no ASCII base letter.
    static const QHash<QChar, QString> special = {
        {QChar(0x0142), QStringLiteral("l")},  {QChar(0x0141), QStringLiteral("l")},
        {QChar(0x00F8), QStringLiteral("o")},  {QChar(0x00D8), QStringLiteral("o")},
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x0111), QStringLiteral("d")},
        {QChar(0x00E6), QStringLiteral("ae")}, {QChar(0x0153), QStringLiteral("oe")}};
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const QString mapped = special.value(c, QString(c));
        for (const QChar m : mapped) {
            if (m.isLetterOrNumber() && m.unicode() < 128)
                out += m.toLower();
            else if ((m.isSpace() || m == QLatin1Char('-')) && !out.isEmpty() &&
                     !out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString SafeFileName::make(const QStringList& parts, const QString& extension, int maxBytes) {
    QStringList slugs;
    for (const QString& part : parts) {
        if (const QString s = slug(part); !s.isEmpty())
            slugs.append(s);
    }
    QString stem = slugs.join(QLatin1Char('-'));
    // Slugs are ASCII: one character, one byte.
    const qsizetype room = std::max<qsizetype>(1, maxBytes - extension.toUtf8().size());
    if (stem.size() > room) {
        stem.truncate(room);
        // End at a word when one ends in the second half: "…-nowak", not "…-nowa".
        const qsizetype dash = stem.lastIndexOf(QLatin1Char('-'));
        if (dash > room / 2)
            stem.truncate(dash);
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
    }
    return stem + extension;
}

} // namespace debrief

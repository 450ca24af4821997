#include "DraftText.h"

#include <QStringList>

namespace debrief {

QString DraftText::tidy(const QString& plain) {
    QString text = plain;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    bool blankPending = false;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        qsizetype end = raw.size();
        while (end > 0 && raw.at(end - 1).isSpace())
            --end;
        const QString line = raw.left(end);
        if (line.isEmpty()) {
            blankPending = !lines.isEmpty();
            continue;
        }
        if (blankPending)
            lines.append(QString());
        blankPending = false;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString DraftText::toHtml(const QString& plain) {
    QStringList paragraphs;
    for (const QString& paragraph : tidy(plain).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString& line : paragraph.split(QLatin1Char('\n')))
            lines.append(line.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;")));
        paragraphs.append(QStringLiteral("<p>") + lines.join(QStringLiteral("<br>\n")) +
                          QStringLiteral("</p>"));
    }
    return paragraphs.join(QLatin1Char('\n'));
}

QString DraftText::toHtmlDocument(const QString& plain, const QString& language) {
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language.toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\">"
                          "</head>\n<body>\n%2\n</body>\n</html>\n")
        .arg(lang, toHtml(plain));
}

} // namespace debrief

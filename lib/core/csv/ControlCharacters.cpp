#include "ControlCharacters.h"

namespace debrief {

bool ControlCharacters::isRefused(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

qsizetype ControlCharacters::find(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isRefused(text.at(i)))
            return i;
    }
    return -1;
}

QString ControlCharacters::name(QChar c) {
    const QString code = QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return c.unicode() == 0 ? tr("%1 (NUL)").arg(code) : code;
}

} // namespace debrief

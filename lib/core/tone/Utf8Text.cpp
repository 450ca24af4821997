#include "Utf8Text.h"

namespace debrief {
namespace {

/// Length of the valid sequence starting at `i`, or 0 when it is invalid.
qsizetype sequenceLength(const QByteArray& bytes, qsizetype i) {
    const auto byte = [&bytes](qsizetype at) {
        return uchar(bytes.at(at));
    };
    const uchar lead = byte(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

qsizetype Utf8Text::firstInvalidByte(const QByteArray& bytes) {
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype length = sequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

Result<QString> Utf8Text::decode(const QByteArray& bytes, const QString& sourceName) {
    const qsizetype bad = firstInvalidByte(bytes);
    if (bad >= 0) {
        return Error{tr("%1: not valid UTF-8 at byte offset %2 (byte 0x%3); save the file as "
                        "UTF-8 and try again")
                         .arg(sourceName)
                         .arg(bad)
                         .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0'))};
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace debrief

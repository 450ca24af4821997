#include "IcsWriter.h"

#include <algorithm>

namespace debrief {
namespace {

constexpr qsizetype kMaxOctets = 75;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Control characters other than horizontal tab may not appear in a
/// content line (RFC 5545 §3.1, §3.3.11).
QString withoutControls(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out += c;
        else if (c == QLatin1Char('\t'))
            out += c;
    }
    return out;
}

} // namespace

void IcsWriter::begin(const QString& component) {
    raw(QStringLiteral("BEGIN"), component);
}

void IcsWriter::end(const QString& component) {
    raw(QStringLiteral("END"), component);
}

void IcsWriter::text(const QString& name, const QString& value,
                     const QList<Parameter>& parameters) {
    line(name, parameters, escapeText(value));
}

void IcsWriter::raw(const QString& name, const QString& value, const QList<Parameter>& parameters) {
    line(name, parameters, withoutControls(value));
}

void IcsWriter::dateTime(const QString& name, const QDateTime& when) {
    line(name, {}, utcStamp(when));
}

void IcsWriter::line(const QString& name, const QList<Parameter>& parameters,
                     const QString& value) {
    QString content = name;
    for (const Parameter& parameter : parameters)
        content += QLatin1Char(';') + parameter.first + QLatin1Char('=') +
                   quoteParameter(parameter.second);
    content += QLatin1Char(':') + value;
    m_out += fold(content.toUtf8());
}

QString IcsWriter::escapeText(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out += c;
        else if (c == QLatin1Char('\t'))
            out += c;
    }
    return out;
}

QString IcsWriter::quoteParameter(const QString& value) {
    QString inner = withoutControls(value);
    // A quoted parameter value cannot contain DQUOTE at all.
    inner.replace(QLatin1Char('"'), QLatin1Char('\''));
    // Keywords (ROLE=REQ-PARTICIPANT) stay bare, as calendars write them;
    // anything else (names with spaces, commas, accents) is quoted.
    const bool keyword = !inner.isEmpty() && std::all_of(inner.cbegin(), inner.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-'));
    });
    return keyword ? inner : QLatin1Char('"') + inner + QLatin1Char('"');
}

QString IcsWriter::utcStamp(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray IcsWriter::fold(const QByteArray& line) {
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = kMaxOctets;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Back up to the first byte of a multi-byte character.
        while (cut > start && isContinuationByte(line.at(cut)))
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

} // namespace debrief

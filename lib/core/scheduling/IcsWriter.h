#pragma once

#include "debrief_core_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace debrief {

/// Writes iCalendar text (RFC 5545) one content line at a time: values of
/// type TEXT escaped (backslash, semicolon, comma, line breaks), parameter
/// values quoted, date-times in UTC ("20260302T083000Z"), every line folded
/// at 75 octets without splitting a UTF-8 sequence, CRLF line ends. It
/// knows the syntax, not what an invitation says (see InterviewInvitation).
class DEBRIEF_CORE_EXPORT IcsWriter {
public:
    /// A property parameter (name, value), e.g. {"CN", "Zoë Brandt"}.
    using Parameter = std::pair<QString, QString>;

    void begin(const QString& component);
    void end(const QString& component);
    /// A TEXT property: the value is escaped.
    void text(const QString& name, const QString& value, const QList<Parameter>& parameters = {});
    /// A property whose value is written as it is (URI, CAL-ADDRESS,
    /// INTEGER, a keyword such as REQUEST); control characters are dropped.
    void raw(const QString& name, const QString& value, const QList<Parameter>& parameters = {});
    /// A DATE-TIME property in UTC.
    void dateTime(const QString& name, const QDateTime& when);

    /// Everything written so far.
    QByteArray bytes() const { return m_out; }

    /// TEXT escaping: \ ; , and line breaks (CRLF, CR or LF become \n).
    static QString escapeText(const QString& value);
    /// A parameter value: bare when it is a keyword (letters, digits,
    /// hyphens), else in double quotes, with what a quoted value cannot
    /// hold dropped (control characters) or replaced (DQUOTE by ').
    static QString quoteParameter(const QString& value);
    /// "20260302T083000Z".
    static QString utcStamp(const QDateTime& when);
    /// One content line as octets: folded so that no line exceeds 75 octets
    /// (continuations start with a space), never inside a UTF-8 sequence,
    /// each line ending in CRLF.
    static QByteArray fold(const QByteArray& line);

private:
    void line(const QString& name, const QList<Parameter>& parameters, const QString& value);

    QByteArray m_out;
};

} // namespace debrief

#pragma once

#include "EmailMessage.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace debrief {

/// Writes an EmailMessage as an .eml file a mail client opens as a message
/// ready to send: RFC 5322 + MIME, UTF-8, RFC 2047 encoded-words for
/// non-ASCII header text, CRLF line endings, header lines of at most 78 and
/// body lines of at most 76 characters (quoted-printable), and
/// multipart/alternative (plain text + HTML) when there is an HTML body.
/// The same message always gives the same bytes (given a date and id).
class DEBRIEF_CORE_EXPORT EmlWriter {
    Q_DECLARE_TR_FUNCTIONS(EmlWriter)

public:
    static QByteArray write(const EmailMessage& message);

    /// What keeps `message` from being a message anyone could send: a
    /// missing or malformed address (empty when nothing).
    static QStringList problems(const EmailMessage& message);
    /// True for a plain addr-spec such as "zoe@example.org" (ASCII local
    /// part, a dot-less domain refused too).
    static bool isPlausibleAddress(const QString& address);
};

} // namespace debrief

#pragma once

#include <QDateTime>
#include <QString>

namespace debrief {

/// One e-mail as Debrief writes it: a single recipient, a plain-text body
/// and optionally the same text as HTML. EmlWriter and MailtoLink turn it
/// into a file or a mail-client link.
struct EmailMessage {
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString plainBody;
    /// Sent as multipart/alternative beside the plain text when not empty.
    QString htmlBody;
    /// The Date header; EmlWriter uses the current time when it is invalid.
    QDateTime date;
    /// With or without angle brackets; EmlWriter makes one up when empty.
    QString messageId;

    friend bool operator==(const EmailMessage&, const EmailMessage&) = default;
};

} // namespace debrief

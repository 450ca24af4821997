#pragma once

#include "EmailMessage.h"
#include "debrief_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace debrief {

/// A mailto: link and whether the body had to be shortened to fit.
struct MailtoResult {
    QUrl url;
    /// The link as the mail client receives it (url.toEncoded()).
    QByteArray encoded;
    /// The body was cut (with a note at the cut for the sender); offer an
    /// .eml file or the clipboard instead.
    bool truncated = false;
    /// Even without a body the link is longer than allowed (an enormous
    /// subject or address); do not open it.
    bool tooLong = false;
};

/// Builds the mailto: link (RFC 6068) that opens a message in the user's
/// mail client: recipient, subject and plain-text body, UTF-8 percent-
/// encoded, line breaks as %0D%0A. Mail clients and operating systems cut
/// long links silently (about 2,000 characters is safe everywhere), so a
/// longer body is cut at a paragraph, or failing that a word, boundary and
/// ends in a note telling the sender that the text is incomplete.
class DEBRIEF_CORE_EXPORT MailtoLink {
    Q_DECLARE_TR_FUNCTIONS(MailtoLink)

public:
    static constexpr int kDefaultMaxLength = 2000;

    static MailtoResult build(const EmailMessage& message, int maxLength = kDefaultMaxLength);
    /// The note that ends a shortened body.
    static QString truncationNote();
};

} // namespace debrief

#include "EmlWriter.h"

#include "MimeEncoding.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace debrief {
namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

/// RFC 5322 3.3, always in English whatever the user's locale.
QByteArray dateHeaderValue(const QDateTime& when) {
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTime();
    const QDate date = local.date();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const int absOffset = qAbs(offsetMinutes);
    return QStringLiteral("%1, %2 %3 %4 %5 %6%7%8")
        .arg(QLatin1String(days[date.dayOfWeek() - 1]))
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year())
        .arg(local.time().toString(QStringLiteral("HH:mm:ss")))
        .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absOffset / 60, 2, 10, QLatin1Char('0'))
        .arg(absOffset % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

/// The address up to any line break, without anything that could end or
/// extend the header (white space, brackets, quotes, commas); an
/// international domain in its ASCII (punycode) form.
QByteArray cleanAddress(const QString& address) {
    static const QRegularExpression unsafe(QStringLiteral("[\\s<>\",;\\x00-\\x1f\\x7f]"));
    // Whatever follows a line break is an attempt to add a header.
    QString cleaned = address.section(QRegularExpression(QStringLiteral("[\\r\\n]")), 0, 0);
    cleaned.remove(unsafe);
    const qsizetype at = cleaned.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return cleaned.toUtf8();
    const QByteArray domain = QUrl::toAce(cleaned.mid(at + 1));
    return cleaned.left(at).toUtf8() + '@' +
           (domain.isEmpty() ? cleaned.mid(at + 1).toUtf8() : domain);
}

/// Empty when there is no address: an unsent message without From or To
/// is one the mail client completes, a header without an address is broken.
QByteArray addressHeader(const QByteArray& name, const QString& displayName,
                         const QString& address) {
    if (address.trimmed().isEmpty())
        return {};
    QByteArrayList tokens = MimeEncoding::phraseTokens(displayName);
    const QByteArray addr = cleanAddress(address);
    tokens.append(tokens.isEmpty() ? addr : '<' + addr + '>');
    return MimeEncoding::foldedHeader(name, tokens);
}

QByteArray messageId(const EmailMessage& message) {
    QString id = message.messageId.trimmed();
    if (id.isEmpty()) {
        const QByteArray from = cleanAddress(message.fromAddress);
        const qsizetype at = from.lastIndexOf('@');
        const QByteArray domain = at >= 0 && at + 1 < from.size()
                                      ? from.mid(at + 1)
                                      : QByteArrayLiteral("debrief.invalid");
        return '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain +
               '>';
    }
    id.remove(QRegularExpression(QStringLiteral("[\\s<>]")));
    return '<' + id.toUtf8() + '>';
}

/// A complete HTML document: mail clients render a bare fragment, but some
/// guess its charset wrongly without the meta element.
QString htmlDocument(const QString& html) {
    if (html.contains(QLatin1String("<html"), Qt::CaseInsensitive))
        return html;
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
                          "<body>\n") +
           html + QStringLiteral("\n</body>\n</html>\n");
}

QByteArray textPartHeaders(const char* subtype) {
    return QByteArrayLiteral("Content-Type: text/") + subtype + "; charset=\"utf-8\"" + kCrlf +
           QByteArrayLiteral("Content-Transfer-Encoding: quoted-printable") + kCrlf;
}

/// A boundary that cannot occur in the parts: "=_" never appears in
/// quoted-printable text. Derived from the content so output is repeatable.
QByteArray boundaryFor(const QByteArray& plain, const QByteArray& html) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(plain);
    hash.addData(html);
    return QByteArrayLiteral("=_debrief_") + hash.result().toHex().left(16);
}

QByteArray body(const EmailMessage& message) {
    const QByteArray plain = MimeEncoding::quotedPrintable(message.plainBody);
    if (message.htmlBody.isEmpty())
        return textPartHeaders("plain") + kCrlf + plain;
    const QByteArray html = MimeEncoding::quotedPrintable(htmlDocument(message.htmlBody));
    const QByteArray boundary = boundaryFor(plain, html);
    // The line break before a delimiter belongs to the delimiter, so each
    // part gets one more to keep its own last line break.
    const QByteArray delimiter = kCrlf + "--" + boundary;
    return QByteArrayLiteral("Content-Type: multipart/alternative; boundary=\"") + boundary + '"' +
           kCrlf + kCrlf + QByteArrayLiteral("This is a message in MIME format.") + kCrlf +
           delimiter + kCrlf + textPartHeaders("plain") + kCrlf + plain + delimiter + kCrlf +
           textPartHeaders("html") + kCrlf + html + delimiter + "--" + kCrlf;
}

} // namespace

QByteArray EmlWriter::write(const EmailMessage& message) {
    QByteArray out;
    out += "Date: " + dateHeaderValue(message.date) + kCrlf;
    out += addressHeader("From", message.fromName, message.fromAddress);
    out += addressHeader("To", message.toName, message.toAddress);
    out += MimeEncoding::foldedHeader(
        "Subject", MimeEncoding::textTokens(message.subject, MimeEncoding::kMaxHeaderLine - 9));
    out += MimeEncoding::foldedHeader("Message-ID", {messageId(message)});
    out += "MIME-Version: 1.0" + kCrlf;
    // Outlook and Windows Mail open a file marked unsent as a draft to send.
    out += "X-Unsent: 1" + kCrlf;
    out += body(message);
    return out;
}

bool EmlWriter::isPlausibleAddress(const QString& address) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[^\\s@<>\",;]+\\.[^\\s@<>\",;.]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = address.trimmed();
    if (!pattern.match(trimmed).hasMatch() || trimmed.startsWith(QLatin1Char('.')) ||
        trimmed.contains(QStringLiteral("..")))
        return false;
    // The header holds the domain in its ASCII (punycode) form; a domain
    // that has none (U+FFFD from a misread file, say) could only be
    // written as raw 8-bit bytes, which is no address a mail client sends to.
    return !QUrl::toAce(trimmed.mid(trimmed.lastIndexOf(QLatin1Char('@')) + 1)).isEmpty();
}

QStringList EmlWriter::problems(const EmailMessage& message) {
    // The addresses themselves stay out of the messages: they are personal
    // data, the batch prints these to a terminal, and a broken one may hold
    // line breaks or escape sequences.
    QStringList found;
    if (message.toAddress.trimmed().isEmpty())
        found.append(tr("To: the candidate has no e-mail address."));
    else if (!isPlausibleAddress(message.toAddress))
        found.append(tr("To: the candidate's e-mail address is not a valid address; correct it "
                        "in their details."));
    if (message.fromAddress.trimmed().isEmpty())
        found.append(tr("From: enter the sender's e-mail address."));
    else if (!isPlausibleAddress(message.fromAddress))
        found.append(tr("From: the sender's e-mail address is not a valid address."));
    return found;
}

} // namespace debrief

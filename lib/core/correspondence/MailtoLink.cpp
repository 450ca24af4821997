#include "MailtoLink.h"

#include <QList>

namespace debrief {
namespace {

bool isUnreserved(uchar c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

/// Only RFC 3986 unreserved characters stay as they are: always valid in
/// an hfvalue, and QUrl keeps every other escape as written.
QByteArray percentEncoded(const QByteArray& utf8) {
    QByteArray out;
    for (char byte : utf8) {
        if (isUnreserved(uchar(byte)))
            out += byte;
        else
            out += '%' + QByteArray::number(uchar(byte), 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

QString withCrlf(const QString& lfText) {
    QString text = lfText;
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

QString withLf(const QString& text) {
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

/// lengths[i] is the encoded size of text.left(i) once LF becomes CRLF,
/// so a cut's length is known without encoding the text again.
QList<qsizetype> prefixLengths(const QString& lfText) {
    QList<qsizetype> lengths{0};
    lengths.reserve(lfText.size() + 1);
    for (qsizetype i = 0; i < lfText.size(); ++i) {
        const QChar c = lfText.at(i);
        qsizetype size = 0;
        if (c == QLatin1Char('\n'))
            size = 6; // %0D%0A
        else if (c.isHighSurrogate())
            size = 12; // four UTF-8 bytes, the low surrogate adds nothing
        else if (!c.isLowSurrogate())
            size = percentEncoded(QString(c).toUtf8()).size();
        lengths.append(lengths.constLast() + size);
    }
    return lengths;
}

QByteArray encodedAddress(const QString& address) {
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return percentEncoded(trimmed.toUtf8());
    QByteArray domain = QUrl::toAce(trimmed.mid(at + 1));
    if (domain.isEmpty())
        domain = trimmed.mid(at + 1).toUtf8();
    return percentEncoded(trimmed.left(at).toUtf8()) + '@' + percentEncoded(domain);
}

QByteArray link(const QByteArray& address, const QString& subject, const QString& lfBody) {
    QByteArrayList fields;
    if (!subject.isEmpty())
        fields.append("subject=" + percentEncoded(subject.toUtf8()));
    if (!lfBody.isEmpty())
        fields.append("body=" + percentEncoded(withCrlf(lfBody).toUtf8()));
    QByteArray out = "mailto:" + address;
    if (!fields.isEmpty())
        out += '?' + fields.join('&');
    return out;
}

/// Where the body may be cut: before each blank line (paragraph ends), or
/// failing those before each space or line break (word ends), last first.
QList<qsizetype> cutPoints(const QString& lfBody, bool paragraphs) {
    QList<qsizetype> cuts;
    for (qsizetype i = lfBody.size() - 1; i > 0; --i) {
        const QChar c = lfBody.at(i);
        const bool cut = paragraphs ? (c == QLatin1Char('\n') && i + 1 < lfBody.size() &&
                                       lfBody.at(i + 1) == QLatin1Char('\n'))
                                    : (c == QLatin1Char(' ') || c == QLatin1Char('\n'));
        if (cut)
            cuts.append(i);
    }
    return cuts;
}

/// The longest kept part of the body (a cut from `cuts`) whose link fits,
/// or -1.
qsizetype longestFittingCut(const QList<qsizetype>& cuts, const QList<qsizetype>& lengths,
                            qsizetype fixedLength, int maxLength) {
    for (qsizetype cut : cuts) {
        if (fixedLength + lengths.at(cut) <= maxLength)
            return cut;
    }
    return -1;
}

/// One word too long for the link, cut character by character.
QString characterCut(const QByteArray& address, QString word, const QString& body, int maxLength) {
    const QString ellipsis(QChar(0x2026));
    while (word.size() > 1 && link(address, word + ellipsis, body).size() > maxLength)
        word.chop(word.size() > 1 && word.back().isLowSurrogate() ? 2 : 1);
    return word;
}

/// The subject as it is when the link fits, else cut at a word so that it
/// fits with an ellipsis; the shortest such cut when nothing fits.
QString shortenedSubject(const QByteArray& address, const QString& subject, const QString& body,
                         int maxLength) {
    if (link(address, subject, body).size() <= maxLength)
        return subject;
    const QString ellipsis(QChar(0x2026));
    QString shortened = subject;
    for (;;) {
        const qsizetype space = shortened.lastIndexOf(QLatin1Char(' '));
        if (space <= 0)
            return characterCut(address, shortened, body, maxLength) + ellipsis;
        shortened = shortened.left(space).trimmed();
        if (link(address, shortened + ellipsis, body).size() <= maxLength)
            return shortened + ellipsis;
    }
}

MailtoResult result(const QByteArray& encoded, bool truncated, int maxLength) {
    MailtoResult r;
    r.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    r.encoded = r.url.toEncoded();
    r.truncated = truncated;
    r.tooLong = r.encoded.size() > maxLength;
    return r;
}

} // namespace

QString MailtoLink::truncationNote() {
    return tr("[Shortened to fit a mail link. Paste the full text from Debrief before sending.]");
}

MailtoResult MailtoLink::build(const EmailMessage& message, int maxLength) {
    const QByteArray address = encodedAddress(message.toAddress);
    const QString subject = message.subject.simplified();
    const QString body = withLf(message.plainBody);
    const QByteArray full = link(address, subject, body);
    if (full.size() <= maxLength)
        return result(full, false, maxLength);

    const QString tail = QStringLiteral("\n\n") + truncationNote();
    // Everything but the kept part of the body: the link around an empty
    // body plus the note.
    const qsizetype fixedLength = link(address, subject, tail).size();
    const QList<qsizetype> lengths = prefixLengths(body);
    qsizetype cut = longestFittingCut(cutPoints(body, true), lengths, fixedLength, maxLength);
    if (cut < 0)
        cut = longestFittingCut(cutPoints(body, false), lengths, fixedLength, maxLength);
    if (cut >= 0) {
        const QString kept = body.left(cut);
        // Trailing white space only made the link longer.
        qsizetype end = kept.size();
        while (end > 0 && kept.at(end - 1).isSpace())
            --end;
        return result(link(address, subject, kept.left(end) + tail), true, maxLength);
    }
    const QString noteOnly = truncationNote();
    return result(link(address, shortenedSubject(address, subject, noteOnly, maxLength), noteOnly),
                  true, maxLength);
}

} // namespace debrief

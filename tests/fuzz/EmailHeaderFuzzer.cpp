// Fuzzes the e-mail header encoder (MimeEncoding behind EmlWriter, the .eml
// files of "Save as .eml" and `debrief-cli drafts`) with names, addresses and
// subjects from candidate data. Beyond not crashing, the file must keep its
// shape whatever the data: CRLF lines only, no header a name or subject could
// add, header lines of printable ASCII within 78 characters (an address,
// which cannot be folded, within RFC 5322's 998), and the subject and names
// must decode (RFC 2047) back to the text they were made from.

#include "FuzzSupport.h"

#include "correspondence/EmlWriter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArrayList>
#include <QTimeZone>

#include <algorithm>

using namespace debrief;

namespace {

/// Appends the bytes of one RFC 2047 Q-encoded word ("=?UTF-8?Q?…?=");
/// false when `word` is not one.
bool decodeEncodedWord(const QByteArray& word, QByteArray& out) {
    static const QByteArray prefix = QByteArrayLiteral("=?UTF-8?Q?");
    if (!word.startsWith(prefix) || !word.endsWith("?=") || word.size() < prefix.size() + 2)
        return false;
    const QByteArray text = word.mid(prefix.size(), word.size() - prefix.size() - 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=') {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (!ok || i + 2 >= text.size())
                return false;
            out += char(byte);
            i += 2;
        } else if (c == '?' || c == ' ' || uchar(c) > 126 || uchar(c) < 33) {
            return false;
        } else {
            out += c;
        }
    }
    return true;
}

/// The text of unfolded header content made of words and encoded-words
/// (and, in a `phrase`, quoted strings): white space between two
/// encoded-words disappears, other white space is one space (RFC 2047 6.2,
/// RFC 5322 3.2.4). `ok` false when a quoted string is not closed.
QString decodeHeaderText(const QByteArray& content, bool phrase, bool& ok) {
    ok = true;
    QString text;
    QByteArray pendingWord;
    bool lastWasEncoded = false;
    bool pendingSpace = false;
    qsizetype i = 0;
    const auto flush = [&] {
        text += QString::fromUtf8(pendingWord);
        pendingWord.clear();
    };
    while (i < content.size()) {
        if (content.at(i) == ' ') {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (phrase && content.at(i) == '"') {
            flush();
            QByteArray quoted;
            ++i;
            while (i < content.size() && content.at(i) != '"') {
                if (content.at(i) == '\\' && i + 1 < content.size())
                    ++i;
                quoted += content.at(i++);
            }
            if (i >= content.size())
                return ok = false, QString();
            ++i;
            if (pendingSpace && !text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::fromLatin1(quoted);
            lastWasEncoded = false;
        } else {
            qsizetype end = content.indexOf(' ', i);
            if (end < 0)
                end = content.size();
            const QByteArray token = content.mid(i, end - i);
            i = end;
            QByteArray decoded;
            if (decodeEncodedWord(token, decoded)) {
                if (!lastWasEncoded) {
                    flush();
                    if (pendingSpace && !text.isEmpty())
                        text += QLatin1Char(' ');
                }
                pendingWord += decoded;
                lastWasEncoded = true;
            } else {
                flush();
                if (pendingSpace && !text.isEmpty())
                    text += QLatin1Char(' ');
                text += QString::fromLatin1(token);
                lastWasEncoded = false;
            }
        }
        pendingSpace = false;
    }
    flush();
    return text;
}

struct Header {
    QByteArray name;
    /// Unfolded: each CRLF of a fold removed, the white space after it kept.
    QByteArray content;
    QByteArrayList lines;
};

QList<Header> headersOf(const QByteArray& eml) {
    const qsizetype end = eml.indexOf("\r\n\r\n");
    fuzz::require(end > 0, "a blank line ends the header");
    QList<Header> headers;
    for (const QByteArray& line : eml.left(end).split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (!bare.isEmpty() && (bare.at(0) == ' ' || bare.at(0) == '\t')) {
            fuzz::require(!headers.isEmpty(), "a folded line continues a header");
            headers.last().content += bare;
            headers.last().lines.append(bare);
            continue;
        }
        const qsizetype colon = bare.indexOf(':');
        fuzz::require(colon > 0, "each header line starts with a name");
        headers.append({bare.left(colon), bare.mid(colon + 1), {bare}});
    }
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider provider(data, size);
    const auto text = [&provider](size_t maxLength) {
        return QString::fromStdString(provider.ConsumeRandomLengthString(maxLength));
    };
    EmailMessage message;
    message.fromName = text(200);
    message.fromAddress = text(254);
    message.toName = text(200);
    message.toAddress = text(254);
    message.subject = text(400);
    message.htmlBody = text(200);
    message.plainBody = QString::fromStdString(provider.ConsumeRemainingBytesAsString());
    message.date = QDateTime(QDate(2026, 11, 26), QTime(9, 30), QTimeZone::utc());
    message.messageId = QStringLiteral("fuzz@debrief.invalid");

    const QByteArray eml = EmlWriter::write(message);

    // CRLF line ends only: a bare CR or LF is where a header could be cut
    // short or another one begin.
    for (qsizetype i = 0; i < eml.size(); ++i) {
        if (eml.at(i) == '\r')
            fuzz::require(i + 1 < eml.size() && eml.at(i + 1) == '\n', "no bare CR");
        if (eml.at(i) == '\n')
            fuzz::require(i > 0 && eml.at(i - 1) == '\r', "no bare LF");
    }
    static const QByteArrayList known = {"Date",     "From",         "To",
                                         "Subject",  "Message-ID",   "MIME-Version",
                                         "X-Unsent", "Content-Type", "Content-Transfer-Encoding"};
    // Debrief writes a file only for a message EmlWriter::problems() passes;
    // others still must not break the file, but their address may be
    // anything (non-ASCII, longer than a line).
    const bool sendable = EmlWriter::problems(message).isEmpty();
    for (const Header& header : headersOf(eml)) {
        fuzz::require(known.contains(header.name), "no header made from data");
        const bool hasAddress = header.name == "From" || header.name == "To";
        // The address is the last token; it cannot be folded.
        const QByteArray content = header.content.trimmed();
        const qsizetype lastSpace = content.lastIndexOf(' ');
        const QByteArray address = hasAddress ? content.mid(lastSpace + 1) : QByteArray();
        for (const QByteArray& line : header.lines) {
            fuzz::require(line.size() <= 998, "header line within RFC 5322's 998");
            const QByteArray rest = line.startsWith(QByteArray(header.name + ':'))
                                        ? line.mid(header.name.size() + 1).trimmed()
                                        : line.trimmed();
            const bool onlyAddress = hasAddress && rest == address;
            fuzz::require(line.size() <= 78 || onlyAddress, "header line within 78 characters");
            const bool ascii = std::all_of(line.cbegin(), line.cend(),
                                           [](char c) { return uchar(c) >= 32 && uchar(c) < 127; });
            fuzz::require(ascii || (!sendable && onlyAddress) ||
                              (!sendable && hasAddress && line.endsWith(address)),
                          "header lines are printable ASCII");
        }
        bool ok = false;
        if (header.name == "Subject") {
            const QString subject = decodeHeaderText(header.content, false, ok);
            fuzz::require(ok, "the subject decodes");
            fuzz::require(subject == message.subject.simplified(),
                          "the subject decodes to the subject");
        }
        if (hasAddress) {
            const QString expected =
                (header.name == "From" ? message.fromName : message.toName).simplified();
            const QString decoded =
                lastSpace < 0 ? QString() : decodeHeaderText(content.left(lastSpace), true, ok);
            fuzz::require(lastSpace < 0 || ok, "the display name decodes");
            fuzz::require(decoded == expected, "the display name decodes to the name");
        }
    }
    return 0;
}

#include "MimeEncoding.h"

#include <QStringList>

#include <algorithm>

namespace debrief {
namespace {

const QByteArray kWordPrefix = QByteArrayLiteral("=?UTF-8?Q?");
const QByteArray kWordSuffix = QByteArrayLiteral("?=");
const QByteArray kCrlf = QByteArrayLiteral("\r\n");

QByteArray hexEscaped(uchar byte) {
    return QByteArray(1, '=') + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
}

bool isAsciiAlnum(uchar c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// RFC 2047 5(3): the characters an encoded-word in a phrase may carry as
/// they are; the set is also safe in unstructured text.
QByteArray qEncoded(uchar byte) {
    if (isAsciiAlnum(byte) || QByteArrayLiteral("!*+-/").contains(char(byte)))
        return QByteArray(1, char(byte));
    if (byte == ' ')
        return QByteArrayLiteral("_");
    return hexEscaped(byte);
}

/// RFC 5322 atext: what a display name may hold without quotes.
bool isAtext(QChar c) {
    return c.unicode() < 128 &&
           (isAsciiAlnum(uchar(c.unicode())) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c));
}

/// One byte of a quoted-printable line. A line start is where a mail
/// transport may mangle "From " (mbox) or a dot (SMTP), so F and . are
/// encoded there; trailing white space would be stripped, so it is encoded
/// at the end of the line.
QByteArray qpPiece(uchar byte, bool atLineStart, bool lastOfLine) {
    const bool white = byte == ' ' || byte == '\t';
    if (byte == '=' || (byte < 32 && !white) || byte > 126 || (white && lastOfLine) ||
        (atLineStart && (byte == '.' || byte == 'F')))
        return hexEscaped(byte);
    return QByteArray(1, char(byte));
}

/// Appends one logical line, soft-broken so no physical line passes
/// kMaxQpLine, and its CRLF.
void appendQpLine(QByteArray& out, const QByteArray& bytes) {
    QByteArray physical;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = uchar(bytes.at(i));
        const bool last = i == bytes.size() - 1;
        QByteArray piece = qpPiece(byte, physical.isEmpty(), last);
        // The last piece may use the column the soft-break "=" would need.
        const int limit = last ? MimeEncoding::kMaxQpLine : MimeEncoding::kMaxQpLine - 1;
        if (physical.size() + piece.size() > limit) {
            out += physical + '=' + kCrlf;
            physical.clear();
            piece = qpPiece(byte, true, last);
        }
        physical += piece;
    }
    out += physical + kCrlf;
}

/// Where header text goes: unstructured text (a subject) is written as it
/// is; a phrase (a display name) may need a quoted string, which escapes
/// every backslash and double quote.
enum class HeaderText { Unstructured, Phrase };

/// The characters `word` takes on a header line, for a phrase as a quoted
/// string (the worst case).
qsizetype writtenLength(const QString& word, HeaderText kind) {
    if (kind == HeaderText::Unstructured)
        return word.size();
    return word.size() + word.count(QLatin1Char('\\')) + word.count(QLatin1Char('"')) + 2;
}

/// True when header text cannot be written as it is: non-ASCII, a word too
/// long for one line as written (a quoted string doubles each backslash:
/// fuzz_emailheaders found a name of 60 characters whose quoted word took
/// 115), or "=?", which a reader could take for the start of an
/// encoded-word.
bool needsEncodedWords(const QString& simplified, HeaderText kind) {
    const QStringList words = simplified.split(QLatin1Char(' '));
    const bool longWord = std::any_of(words.cbegin(), words.cend(), [kind](const QString& word) {
        return writtenLength(word, kind) > MimeEncoding::kMaxHeaderLine - 4;
    });
    return longWord || !MimeEncoding::isPrintableAscii(simplified) ||
           simplified.contains(QStringLiteral("=?"));
}

/// Splits a quoted string at its spaces so the folder may break there
/// (RFC 5322 allows folding white space inside a quoted string).
QByteArrayList quotedTokens(const QString& name) {
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QByteArrayList tokens = escaped.toLatin1().split(' ');
    tokens.first().prepend('"');
    tokens.last().append('"');
    return tokens;
}

} // namespace

QByteArray MimeEncoding::quotedPrintable(const QString& text) {
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.endsWith(QLatin1Char('\n')))
        normalised.chop(1);
    QByteArray out;
    for (const QString& line : normalised.split(QLatin1Char('\n')))
        appendQpLine(out, line.toUtf8());
    return out;
}

QByteArrayList MimeEncoding::encodedWords(const QString& text, int firstRoom) {
    const qsizetype frame = kWordPrefix.size() + kWordSuffix.size();
    QByteArrayList words;
    QByteArray current;
    qsizetype room = qMin(firstRoom, kMaxEncodedWord);
    // Whole characters only: an encoded-word never splits a UTF-8 sequence.
    for (char32_t codePoint : text.toUcs4()) {
        QByteArray piece;
        for (char byte : QString::fromUcs4(&codePoint, 1).toUtf8())
            piece += qEncoded(uchar(byte));
        if (!current.isEmpty() && frame + current.size() + piece.size() > room) {
            words.append(kWordPrefix + current + kWordSuffix);
            current.clear();
            room = kMaxEncodedWord;
        }
        current += piece;
    }
    if (!current.isEmpty() || words.isEmpty())
        words.append(kWordPrefix + current + kWordSuffix);
    return words;
}

bool MimeEncoding::isPrintableAscii(const QString& text) {
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 32 && c.unicode() < 127; });
}

QByteArray MimeEncoding::foldedHeader(const QByteArray& name, const QByteArrayList& tokens) {
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    bool firstLine = true;
    bool lineHasToken = false;
    for (const QByteArray& token : tokens) {
        // Never fold onto a line of white space only.
        if (lineLength + 1 + token.size() > kMaxHeaderLine && (lineHasToken || firstLine)) {
            out += kCrlf;
            lineLength = 0;
            firstLine = false;
        }
        out += ' ' + token;
        lineLength += 1 + token.size();
        lineHasToken = true;
    }
    return out + kCrlf;
}

QByteArrayList MimeEncoding::textTokens(const QString& text, int firstRoom) {
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return {};
    if (needsEncodedWords(simplified, HeaderText::Unstructured))
        return encodedWords(simplified, firstRoom);
    return simplified.toLatin1().split(' ');
}

QByteArrayList MimeEncoding::phraseTokens(const QString& name) {
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return {};
    if (!needsEncodedWords(simplified, HeaderText::Phrase)) {
        const bool plainAtoms = std::all_of(simplified.cbegin(), simplified.cend(), [](QChar c) {
            return c == QLatin1Char(' ') || isAtext(c);
        });
        return plainAtoms ? simplified.toLatin1().split(' ') : quotedTokens(simplified);
    }
    // Word by word: readers join adjacent encoded-words without the space
    // between them (RFC 2047), while some (Python's) keep it, so each run of
    // words that need encoding becomes one encoded-word with its spaces
    // inside, and the ASCII words around it stay atoms or quoted strings.
    QByteArrayList tokens;
    QStringList run;
    // Full-length words even at the start: folding before a word is better
    // than splitting a run that then reads with a space too many.
    const auto flush = [&tokens, &run] {
        if (!run.isEmpty())
            tokens += encodedWords(run.join(QLatin1Char(' ')), kMaxEncodedWord);
        run.clear();
    };
    for (const QString& word : simplified.split(QLatin1Char(' '))) {
        if (needsEncodedWords(word, HeaderText::Phrase)) {
            run.append(word);
            continue;
        }
        flush();
        const bool atom = std::all_of(word.cbegin(), word.cend(), isAtext);
        tokens += atom ? QByteArrayList{word.toLatin1()} : quotedTokens(word);
    }
    flush();
    return tokens;
}

} // namespace debrief

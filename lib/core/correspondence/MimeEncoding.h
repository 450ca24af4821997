#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace debrief {

/// The byte-level encodings of an e-mail (RFC 2045, 2047, 5322): quoted-
/// printable bodies, encoded-words for non-ASCII header text, and header
/// folding. Internal to EmlWriter; every output line ends in CRLF and stays
/// within the limits below.
class MimeEncoding {
public:
    /// Longest header line we write, CRLF not counted (RFC 5322 "SHOULD").
    static constexpr int kMaxHeaderLine = 78;
    /// Longest quoted-printable line, the soft-break "=" included (RFC 2045).
    static constexpr int kMaxQpLine = 76;
    /// Longest encoded-word (RFC 2047).
    static constexpr int kMaxEncodedWord = 75;

    /// `text` as UTF-8 quoted-printable, its line breaks (LF, CRLF or CR) as
    /// CRLF, ending in CRLF. A line start that a mail transport might alter
    /// ("From ", ".") is encoded, also after a soft break.
    static QByteArray quotedPrintable(const QString& text);

    /// `text` as Q-encoded UTF-8 encoded-words, each at most `firstRoom`
    /// (the first) or kMaxEncodedWord characters long; safe in a phrase (a
    /// display name) as well as in unstructured text.
    static QByteArrayList encodedWords(const QString& text, int firstRoom);

    /// True when `text` is printable ASCII (no control characters).
    static bool isPrintableAscii(const QString& text);

    /// "Name: token token …" with the tokens separated by single spaces,
    /// folded before a token whenever a line would pass kMaxHeaderLine. Ends
    /// in CRLF.
    static QByteArray foldedHeader(const QByteArray& name, const QByteArrayList& tokens);

    /// Header tokens for unstructured text (a subject): the words as they
    /// are when printable ASCII, encoded-words otherwise.
    static QByteArrayList textTokens(const QString& text, int firstRoom);

    /// Header tokens for a display name: atoms, quoted strings and
    /// encoded-words, whichever each word needs.
    static QByteArrayList phraseTokens(const QString& name);
};

} // namespace debrief

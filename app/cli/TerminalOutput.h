#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

namespace debrief::cli {

/// Standard output or error for debrief-cli, with every control character
/// that could steer a terminal shown as text instead: C0 controls but tab
/// and line feed (a carriage return only before a line feed), DEL and the
/// C1 controls (U+0080–U+009F, such as U+009B, CSI). Data reaches the
/// terminal in many places (an opening's title, a file name, a tone
/// finding's excerpt): filtering the streams every command prints through
/// neutralises it once for all of them. "\x1B" is written as `\x1B`.
class TerminalOutput : public QIODevice {
public:
    explicit TerminalOutput(FILE* stream);
    ~TerminalOutput() override;

    bool isSequential() const override { return true; }

    /// The bytes to write for `utf8`; `pending` carries a byte whose meaning
    /// depends on the next chunk (a carriage return, a UTF-8 lead byte)
    /// from one call to the next, and is empty at the end of the output.
    static QByteArray neutralised(const QByteArray& utf8, QByteArray& pending);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_stream;
    QByteArray m_pending;
};

} // namespace debrief::cli

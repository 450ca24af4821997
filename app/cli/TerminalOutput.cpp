#include "TerminalOutput.h"

namespace debrief::cli {
namespace {

void escape(QByteArray& out, uint code) {
    out += "\\x";
    out += QByteArray::number(code, 16).toUpper().rightJustified(2, '0');
}

} // namespace

TerminalOutput::TerminalOutput(FILE* stream)
    : m_stream(stream) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput() {
    // A lone carriage return, or a lead byte, at the very end.
    QByteArray rest;
    if (m_pending == "\r")
        escape(rest, 0x0D);
    else
        rest = m_pending;
    std::fwrite(rest.constData(), 1, size_t(rest.size()), m_stream);
    std::fflush(m_stream);
}

QByteArray TerminalOutput::neutralised(const QByteArray& utf8, QByteArray& pending) {
    const QByteArray in = pending + utf8;
    pending.clear();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto byte = static_cast<uchar>(in.at(i));
        const bool last = i + 1 == in.size();
        if (byte == '\r') {
            if (last) {
                pending = "\r";
            } else if (in.at(i + 1) == '\n') {
                out += '\r'; // a CRLF line end moves nothing
            } else {
                escape(out, byte);
            }
        } else if (byte == 0xC2) {
            // U+0080–U+009F are C2 80 – C2 9F in UTF-8.
            if (last) {
                pending = in.mid(i);
            } else if (const auto next = static_cast<uchar>(in.at(i + 1));
                       next >= 0x80 && next <= 0x9F) {
                escape(out, next);
                ++i;
            } else {
                out += char(byte);
            }
        } else if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
            escape(out, byte);
        } else {
            out += char(byte);
        }
    }
    return out;
}

qint64 TerminalOutput::readData(char* data, qint64 maxSize) {
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

qint64 TerminalOutput::writeData(const char* data, qint64 size) {
    const QByteArray out = neutralised(QByteArray(data, size), m_pending);
    if (!out.isEmpty() &&
        std::fwrite(out.constData(), 1, size_t(out.size()), m_stream) != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace debrief::cli

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace debrief::csv {

/// Finds the first byte of a file that is not valid UTF-8, and its line and
/// column, reading the file a chunk at a time (a sequence split between two
/// chunks is carried over). Internal to the CSV reader.
class Utf8Scan {
public:
    struct Position {
        int line = 1;
        int column = 1;
        /// Offset of the byte in the file; -1 when every byte is valid.
        qint64 offset = -1;
    };

    /// Reads `device` from its start to its end (or to the first bad byte)
    /// and leaves it at its start.
    static Position of(QIODevice& device) {
        Utf8Scan scan;
        device.seek(0);
        for (;;) {
            const QByteArray chunk = device.read(kChunk);
            const bool atEnd = chunk.isEmpty();
            if (scan.feed(chunk, atEnd) || atEnd)
                break;
        }
        device.seek(0);
        return scan.m_pos;
    }

private:
    static constexpr qint64 kChunk = 1 << 16;

    /// True when the bad byte is found (then m_pos.offset is set).
    bool feed(const QByteArray& chunk, bool atEnd) {
        const QByteArray data = m_pending.isEmpty() ? chunk : m_pending + chunk;
        m_pending.clear();
        qsizetype i = 0;
        if (m_consumed == 0 && data.startsWith("\xEF\xBB\xBF"))
            i = 3;
        const qsizetype n = data.size();
        const char* bytes = data.constData();
        while (i < n) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c < 0x80) {
                if (c == '\n') {
                    ++m_pos.line;
                    m_pos.column = 1;
                } else {
                    ++m_pos.column;
                }
                ++i;
                continue;
            }
            int length = 0;
            if (c >= 0xF0 && c <= 0xF4)
                length = 4;
            else if (c >= 0xE0)
                length = 3;
            else if (c >= 0xC2 && c <= 0xDF)
                length = 2;
            else
                return badAt(i);
            if (i + length > n) {
                if (atEnd)
                    return badAt(i);
                m_pending = data.mid(i);
                m_consumed += i;
                return false;
            }
            for (int k = 1; k < length; ++k) {
                if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                    return badAt(i);
            }
            ++m_pos.column;
            i += length;
        }
        m_consumed += n;
        return false;
    }

    bool badAt(qsizetype i) {
        m_pos.offset = m_consumed + i;
        return true;
    }

    Position m_pos;
    /// Bytes of the file before the current chunk's first byte.
    qint64 m_consumed = 0;
    /// The start of a sequence the last chunk cut off.
    QByteArray m_pending;
};

} // namespace debrief::csv

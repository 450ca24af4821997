#pragma once

#include "CsvReader.h"
#include "CsvTable.h"
#include "debrief_core_export.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace debrief {

/// Reads a CSV file one record at a time, so that a file of any size is read
/// in constant memory: the encoding is decided from the file's bytes (one
/// pass over them), the text decoded a chunk at a time, and every record
/// comes with the line it starts on. The rules of CsvReader live here once;
/// CsvReader::parse reads a whole file through it.
class DEBRIEF_CORE_EXPORT CsvRecordStream {
public:
    /// `device` is open for reading and seekable; it stays the caller's and
    /// must outlive the stream.
    CsvRecordStream(QIODevice& device, const CsvReader::Options& options);
    ~CsvRecordStream();
    CsvRecordStream(const CsvRecordStream&) = delete;
    CsvRecordStream& operator=(const CsvRecordStream&) = delete;

    /// Decides the encoding and the delimiter and reads the header row.
    /// False when the file cannot be read at all (takeIssues() says why).
    bool open();
    /// The header's names, trimmed.
    const QStringList& header() const;
    /// Empty until open() found an encoding it can read.
    QString encoding() const;
    QChar delimiter() const;

    /// The next record below the header, its empty fields beyond the
    /// header's width dropped; rows of nothing but delimiters and spaces are
    /// skipped and counted. False at the end of the file or where reading
    /// stopped (an unclosed quote).
    bool next(CsvRecord& record);
    /// The problems found since the last call, in the order they were found.
    QList<CsvIssue> takeIssues();
    int skippedBlankRows() const;

    /// How far the reading is, for progress: bytes of the file read so far
    /// (the text still buffered included), and the file's size.
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    struct Reader;
    std::unique_ptr<Reader> d;
};

} // namespace debrief

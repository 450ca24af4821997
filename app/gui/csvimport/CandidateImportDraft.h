#pragma once

#include "Result.h"
#include "csv/CandidateColumnMapping.h"
#include "csv/CandidateCsvImport.h"
#include "csv/CandidateImportPlan.h"
#include "csv/CsvTable.h"
#include "domain/RowId.h"
#include "pipeline/DuplicateCheck.h"

#include <QByteArray>
#include <QIODevice>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace debrief {

class DatabaseSession;

/// The candidate import the wizard is preparing: the file (read as a stream,
/// never whole), how to read it (detected or chosen), which column fills
/// which field, and the resulting plan. Every change re-reads or re-checks
/// at once, so each page shows the current state; nothing is written here.
class CandidateImportDraft : public QObject {
    Q_OBJECT

public:
    CandidateImportDraft(DatabaseSession& session, RowId openingId, QObject* parent = nullptr);

    /// Reads the stored candidates the plan compares rows with.
    Status loadStoredCandidates();
    /// Reads a file; encoding, delimiter and mapping start from detection.
    Status loadFile(const QString& path);
    /// The file (or the bytes given) opened for reading, from its start.
    std::unique_ptr<QIODevice> openSource() const;
    /// Opens the same source again later (for redoing an import), without
    /// the draft: the file by its path, or a copy of the bytes.
    std::function<std::unique_ptr<QIODevice>()> sourceOpener() const;
    /// How the file is read and mapped, for CandidateCsvImport.
    CandidateCsvReading reading() const;
    /// As loadFile(), for bytes that come from elsewhere (`name` is shown).
    void setContent(const QString& name, const QByteArray& bytes);

    /// An empty name reads the file in the detected encoding.
    void setEncoding(const QString& encoding);
    /// A null character uses the detected delimiter.
    void setDelimiter(QChar delimiter);
    /// 0-based columns joined into the field (none: not imported).
    void setColumns(CandidateField field, const QList<int>& columns);
    void setDateOrder(DateOrder order);

    bool hasContent() const { return !m_name.isEmpty(); }
    QString fileName() const { return m_name; }
    RowId openingId() const { return m_openingId; }
    QString detectedEncoding() const { return m_detectedEncoding; }
    QChar detectedDelimiter() const { return m_detectedDelimiter; }
    /// The header and the first rows (CandidateCsvImport::kPreviewRows).
    const CsvTable& table() const { return m_table; }
    /// Rows below the header in the whole file.
    qint64 rowCount() const { return m_rowCount; }
    const CandidateColumnMapping& mapping() const { return m_mapping; }
    const CandidateImportPlan& plan() const { return m_plan; }
    /// Rows that an import adds to the opening (see CandidateImportPlan::addCount).
    int importCount() const;

signals:
    /// The file was read again: header, rows or reading problems changed.
    void tableChanged();
    /// The plan was made again (after any change).
    void planChanged();

private:
    /// Reads a new source from scratch: encoding, delimiter and mapping detected.
    void start(const QString& name);
    void reparse();
    void replan();

    DatabaseSession& m_session;
    RowId m_openingId = kNoRow;
    QString m_name;
    /// The file, or empty when the bytes were given (setContent).
    QString m_path;
    QByteArray m_bytes;
    qint64 m_rowCount = 0;
    QString m_encoding;
    QChar m_delimiter;
    QString m_detectedEncoding;
    QChar m_detectedDelimiter;
    CsvTable m_table;
    CandidateColumnMapping m_mapping;
    DuplicateCheck m_known;
    CandidateImportPlan m_plan;
};

} // namespace debrief

#include "CandidateImportDraft.h"

#include "DatabaseSession.h"

#include "csv/CandidateCsvImport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace debrief {

CandidateImportDraft::CandidateImportDraft(DatabaseSession& session, RowId openingId,
                                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_openingId(openingId) {
}

Status CandidateImportDraft::loadStoredCandidates() {
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    auto known = DuplicateCheck::forOpening(m_session.database(), m_openingId);
    if (!known)
        return known.error();
    m_known = std::move(known).value();
    replan();
    return {};
}

Status CandidateImportDraft::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    m_path = path;
    m_bytes.clear();
    start(QFileInfo(path).fileName());
    return {};
}

void CandidateImportDraft::setContent(const QString& name, const QByteArray& bytes) {
    m_path.clear();
    m_bytes = bytes;
    start(name);
}

std::unique_ptr<QIODevice> CandidateImportDraft::openSource() const {
    return sourceOpener()();
}

std::function<std::unique_ptr<QIODevice>()> CandidateImportDraft::sourceOpener() const {
    return [path = m_path, bytes = m_bytes]() -> std::unique_ptr<QIODevice> {
        std::unique_ptr<QIODevice> device;
        if (path.isEmpty()) {
            auto buffer = std::make_unique<QBuffer>();
            buffer->setData(bytes);
            device = std::move(buffer);
        } else {
            device = std::make_unique<QFile>(path);
        }
        if (device->open(QIODevice::ReadOnly))
            return device;
        // A file that can no longer be read reads as empty: the plan says so.
        auto empty = std::make_unique<QBuffer>();
        empty->open(QIODevice::ReadOnly);
        return empty;
    };
}

CandidateCsvReading CandidateImportDraft::reading() const {
    return {{m_encoding, m_delimiter}, m_mapping, m_session.today()};
}

void CandidateImportDraft::start(const QString& name) {
    m_name = name;
    m_encoding.clear();
    m_delimiter = QChar();
    m_mapping = {};
    m_table = {};
    reparse();
}

void CandidateImportDraft::setEncoding(const QString& encoding) {
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    reparse();
}

void CandidateImportDraft::setDelimiter(QChar delimiter) {
    if (delimiter == m_delimiter)
        return;
    m_delimiter = delimiter;
    reparse();
}

void CandidateImportDraft::setColumns(CandidateField field, const QList<int>& columns) {
    // Choosing the column that was already mapped still settles an ambiguity.
    const bool ambiguous = std::any_of(
        m_mapping.ambiguities().cbegin(), m_mapping.ambiguities().cend(),
        [field](const CandidateColumnMapping::Ambiguity& entry) { return entry.field == field; });
    QList<int> wanted;
    for (const int column : columns) {
        if (column >= 0)
            wanted.append(column);
    }
    if (m_mapping.columns(field) == wanted && !ambiguous)
        return;
    m_mapping.setColumns(field, wanted);
    replan();
}

void CandidateImportDraft::setDateOrder(DateOrder order) {
    if (m_mapping.dateOrder() == order)
        return;
    m_mapping.setDateOrder(order);
    replan();
}

int CandidateImportDraft::importCount() const {
    return m_plan.addCount();
}

void CandidateImportDraft::reparse() {
    const QStringList oldHeader = m_table.header;
    const std::unique_ptr<QIODevice> source = openSource();
    m_table =
        CsvReader::parse(*source, {m_encoding, m_delimiter}, CandidateCsvImport::kPreviewRows);
    m_rowCount = m_table.records.size();
    if (m_rowCount == CandidateCsvImport::kPreviewRows)
        m_rowCount = CandidateCsvImport::countRecords(*source, {m_encoding, m_delimiter});
    if (m_encoding.isEmpty())
        m_detectedEncoding = m_table.encoding;
    if (m_delimiter.isNull())
        m_detectedDelimiter = m_table.delimiter;
    // A choice the user made stands as long as the columns are the same.
    if (m_table.header != oldHeader || oldHeader.isEmpty())
        m_mapping = CandidateColumnMapping::guess(m_table);
    emit tableChanged();
    replan();
}

void CandidateImportDraft::replan() {
    const std::unique_ptr<QIODevice> source = openSource();
    m_plan = CandidateCsvImport::preview(*source, reading(), m_known);
    emit planChanged();
}

} // namespace debrief

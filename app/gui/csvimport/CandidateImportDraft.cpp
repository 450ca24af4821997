#include "CandidateImportDraft.h"

#include "DatabaseSession.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvReader.h"

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
    auto stored = CandidateCsvImport::storedCandidates(m_session.database(), m_openingId);
    if (!stored)
        return stored.error();
    m_stored = std::move(stored).value();
    replan();
    return {};
}

Status CandidateImportDraft::loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    setContent(QFileInfo(path).fileName(), file.readAll());
    return {};
}

void CandidateImportDraft::setContent(const QString& name, const QByteArray& bytes) {
    m_name = name;
    m_bytes = bytes;
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

void CandidateImportDraft::setColumn(CandidateField field, int column) {
    if (m_mapping.column(field) == column)
        return;
    m_mapping.setColumn(field, column);
    replan();
}

int CandidateImportDraft::importCount() const {
    return m_plan.addCount();
}

void CandidateImportDraft::reparse() {
    const QStringList oldHeader = m_table.header;
    m_table = CsvReader::parse(m_bytes, {m_encoding, m_delimiter});
    if (m_encoding.isEmpty())
        m_detectedEncoding = m_table.encoding;
    if (m_delimiter.isNull())
        m_detectedDelimiter = m_table.delimiter;
    // A choice the user made stands as long as the columns are the same.
    if (m_table.header != oldHeader || oldHeader.isEmpty())
        m_mapping = CandidateColumnMapping::guess(m_table.header);
    emit tableChanged();
    replan();
}

void CandidateImportDraft::replan() {
    m_plan = CandidateCsvImport::plan(m_table, m_mapping, m_stored, m_session.today());
    emit planChanged();
}

} // namespace debrief

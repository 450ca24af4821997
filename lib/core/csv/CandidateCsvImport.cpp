#include "CandidateCsvImport.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateImportStore.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include "ControlCharacters.h"
#include "CsvDateReader.h"
#include "CsvIssueText.h"
#include "CsvRecordStream.h"
#include "CsvWriter.h"
#include "ReadAhead.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <limits>

namespace debrief {
namespace {

/// `column` is 0-based (-1: not mapped); issues count from 1.
CsvIssue errorAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Error, line, column + 1, message, column + 1};
}

CsvIssue warningAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Warning, line, column + 1, message, column + 1};
}

/// How the dates of a file are read: the order chosen, or the one its own
/// dates decide, and the line that decided it.
struct DateColumn {
    int column = -1;
    DateOrder order = DateOrder::Detect;
    int decidingLine = 0;
};

/// The order of the date column's numeric dates: the one chosen, or the one
/// the first value that fits only one order decides (its line kept for
/// messages). `next` gives the file's records in order; reading stops at
/// the deciding one.
DateColumn dateColumnOf(const CandidateColumnMapping& mapping,
                        const std::function<bool(CsvRecord&)>& next) {
    DateColumn dates{mapping.column(CandidateField::AppliedOn), mapping.dateOrder()};
    if (dates.column < 0 || dates.order != DateOrder::Detect)
        return dates;
    CsvRecord record;
    while (next(record)) {
        const CsvDateReader::OrderEvidence evidence =
            CsvDateReader::orderOf({record.fields.value(dates.column)});
        if (evidence.order != DateOrder::Detect) {
            dates.order = evidence.order;
            dates.decidingLine = record.line;
            break;
        }
    }
    return dates;
}

/// The message for a date cell that does not read as a date in `dates`.
QString dateProblem(const QString& text, const DateColumn& dates,
                    const CsvDateReader::Reading& reading) {
    if (reading.outcome == CsvDateReader::Outcome::Ambiguous) {
        const QLocale locale;
        const QString pattern = QStringLiteral("d MMMM yyyy");
        return CandidateCsvImport::tr("this date could be %1 (day first) or %2 (month first), and "
                                      "no date in the column says which comes first; choose the "
                                      "order of day and month")
            .arg(locale.toString(reading.date, pattern),
                 locale.toString(reading.monthFirst, pattern));
    }
    if (dates.decidingLine > 0) {
        const DateOrder other =
            dates.order == DateOrder::DayFirst ? DateOrder::MonthFirst : DateOrder::DayFirst;
        if (CsvDateReader::read(text, other).outcome == CsvDateReader::Outcome::Date) {
            // Whole sentences, so that translations need not assemble them.
            return other == DateOrder::MonthFirst
                       ? CandidateCsvImport::tr("this date reads only with the month first, but "
                                                "line %1 reads only with the day first; choose "
                                                "the order of day and month")
                             .arg(dates.decidingLine)
                       : CandidateCsvImport::tr("this date reads only with the day first, but "
                                                "line %1 reads only with the month first; choose "
                                                "the order of day and month")
                             .arg(dates.decidingLine);
        }
    }
    return CandidateCsvImport::tr("this is not a date (write e.g. 2026-03-01, 01.03.2026 or "
                                  "1 Mar 2026)");
}

CandidateImportRow readRow(const CsvRecord& record, const CandidateColumnMapping& mapping) {
    CandidateImportRow row;
    row.line = record.line;
    const auto value = [&](CandidateField field) {
        return CandidateCsvImport::fieldValue(record, mapping.columns(field));
    };
    Candidate& c = row.candidate;
    // A name is one line with single spaces, however the file spaced it.
    c.fullName = value(CandidateField::FullName).simplified();
    c.preferredName = value(CandidateField::PreferredName).simplified();
    c.email = value(CandidateField::Email);
    c.phone = value(CandidateField::Phone);
    c.location = value(CandidateField::Location);
    c.source = value(CandidateField::Source);
    c.notes = value(CandidateField::Notes);
    row.appliedOnText = value(CandidateField::AppliedOn);
    return row;
}

/// Refuses every stored value that holds a control character; returns the
/// fields refused, so that no second message is given for them.
QList<CandidateField> checkControlCharacters(const CandidateImportRow& row,
                                             const CandidateColumnMapping& mapping,
                                             QList<CsvIssue>& issues) {
    QList<CandidateField> refused;
    for (const CandidateField field : CandidateColumnMapping::allFields()) {
        const QString text = field == CandidateField::AppliedOn
                                 ? row.appliedOnText
                                 : CandidateCsvImport::storedText(row, field);
        const qsizetype at = ControlCharacters::find(text);
        if (at < 0)
            continue;
        refused.append(field);
        issues.append(errorAt(
            row.line, mapping.column(field),
            CandidateCsvImport::tr("this value holds the control character %1, which typed text "
                                   "never has (was the file saved in another encoding?); remove it")
                .arg(ControlCharacters::name(text.at(at)))));
    }
    return refused;
}

// Messages never quote a name, an address or a note: the CLI prints them to
// the terminal, and the line and column say where to look.
void checkRow(CandidateImportRow& row, const CandidateColumnMapping& mapping,
              const DateColumn& dates, const QDate& today, QList<CsvIssue>& issues) {
    const int nameCol = mapping.column(CandidateField::FullName);
    const int emailCol = mapping.column(CandidateField::Email);
    const Candidate& c = row.candidate;
    const QList<CandidateField> refused = checkControlCharacters(row, mapping, issues);
    if (c.fullName.isEmpty())
        issues.append(errorAt(row.line, nameCol, CandidateCsvImport::tr("the name is empty")));
    if (c.email.isEmpty()) {
        issues.append(
            errorAt(row.line, emailCol, CandidateCsvImport::tr("the e-mail address is empty")));
    } else if (!refused.contains(CandidateField::Email) &&
               !CandidateCsvImport::isPlausibleEmail(c.email)) {
        issues.append(errorAt(row.line, emailCol,
                              CandidateCsvImport::tr("this is not a valid e-mail address")));
    }
    if (row.appliedOnText.isEmpty()) {
        row.appliedOn = today;
    } else if (!refused.contains(CandidateField::AppliedOn)) {
        const CsvDateReader::Reading reading = CsvDateReader::read(row.appliedOnText, dates.order);
        if (reading.outcome == CsvDateReader::Outcome::Date)
            row.appliedOn = reading.date;
        else
            issues.append(
                errorAt(row.line, dates.column, dateProblem(row.appliedOnText, dates, reading)));
    }
    for (const CandidateField field : CandidateColumnMapping::allFields()) {
        if (CsvWriter::looksLikeActiveFormula(CandidateCsvImport::storedText(row, field))) {
            issues.append(
                warningAt(row.line, mapping.column(field),
                          CandidateCsvImport::tr("starts like a spreadsheet formula; it is "
                                                 "stored as text and never run")));
        }
    }
}

Status checkDuplicate(CandidateImportRow& row, DuplicateCheck& known, int emailCol,
                      QList<CsvIssue>& issues) {
    const auto match = known.admit(row.candidate.email, row.line);
    if (!match)
        return match.error();
    switch (match->kind) {
    case DuplicateKind::None:
        return {};
    case DuplicateKind::AppliedToOpening:
        row.duplicate = true;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr(
                          "a candidate with this e-mail has already applied to this opening")));
        return {};
    case DuplicateKind::RepeatedRow:
        row.duplicate = true;
        row.duplicateOfLine = match->earlierLine;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr("same e-mail as line %1").arg(match->earlierLine)));
        return {};
    case DuplicateKind::KnownPerson:
        row.existingCandidateId = match->candidateId;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr("already stored for another opening; the same "
                                             "person is added to this opening")));
        return {};
    }
    return {};
}

/// How many rows are checked and written together: one lookup of their
/// addresses, one statement per table.
constexpr qsizetype kChunkRows = 100;

/// Records of a file, a chunk at a time, each with the issues found while
/// reading it.
struct RecordChunk {
    QList<CsvRecord> records;
    QList<QList<CsvIssue>> issues;

    void clear() {
        records.clear();
        issues.clear();
    }
};

/// A chunk's rows after RowChecker::checkRows(), and how far into the file
/// reading them went.
struct CheckedChunk {
    QList<CandidateImportRow> rows;
    QList<QList<CsvIssue>> issues;
    qint64 bytesRead = 0;
};

/// Reads the next chunk of records; false at the end of the file.
bool readChunk(CsvRecordStream& stream, RecordChunk& chunk) {
    chunk.clear();
    CsvRecord record;
    while (chunk.records.size() < kChunkRows && stream.next(record)) {
        chunk.records.append(record);
        chunk.issues.append(stream.takeIssues());
    }
    return !chunk.records.isEmpty();
}

/// Turns records into rows by the mapping, with their issues: the checks
/// every row passes, in the preview and again when it is written. A chunk's
/// addresses are looked up in one statement.
class RowChecker {
public:
    /// With `lookAhead`, the order of the dates is still to be found: the
    /// rows settle it as they come (see settleDates()), and `lookAhead`
    /// reads the file for it only when a row needs it before any row has
    /// decided it.
    RowChecker(const CandidateColumnMapping& mapping, const DateColumn& dates, const QDate& today,
               DuplicateCheck& known, std::function<DateColumn()> lookAhead = {})
        : m_mapping(mapping)
        , m_dates(dates)
        , m_today(today)
        , m_known(known)
        , m_emailColumn(mapping.column(CandidateField::Email))
        , m_lookAhead(dates.column >= 0 && dates.order == DateOrder::Detect ? std::move(lookAhead)
                                                                            : nullptr) {}

    /// The rows of `chunk` in `rows`, with the chunk's issues and their own
    /// in `issues`. Fails only when the stored candidates cannot be read.
    Status check(const RecordChunk& chunk, QList<CandidateImportRow>& rows,
                 QList<QList<CsvIssue>>& issues) {
        checkRows(chunk, rows, issues);
        return checkDuplicates(rows, issues);
    }

    /// The first half of check(): each row on its own, without the
    /// database (so it may run on another thread than the second half).
    void checkRows(const RecordChunk& chunk, QList<CandidateImportRow>& rows,
                   QList<QList<CsvIssue>>& issues) {
        rows.clear();
        issues = chunk.issues;
        for (qsizetype i = 0; i < chunk.records.size(); ++i) {
            rows.append(readRow(chunk.records.at(i), m_mapping));
            settleDates(chunk.records.at(i), rows.last());
            checkRow(rows.last(), m_mapping, m_dates, m_today, issues[i]);
        }
    }

    /// The second half: the rows' addresses against the stored candidates
    /// and the file's earlier rows, in file order.
    Status checkDuplicates(QList<CandidateImportRow>& rows, QList<QList<CsvIssue>>& issues) {
        QList<QString> emails;
        emails.reserve(rows.size());
        for (const CandidateImportRow& row : std::as_const(rows))
            emails.append(row.candidate.email);
        if (Status found = m_known.prefetch(emails); !found)
            return found;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (Status checked = checkDuplicate(rows[i], m_known, m_emailColumn, issues[i]);
                !checked)
                return checked;
        }
        return {};
    }

    /// Reads the next chunk of `stream` and checks it into rows() and
    /// issues(); false at the end of the file, or when the stored candidates
    /// cannot be read (`failure` then says why).
    bool checkNextChunk(CsvRecordStream& stream, Status& failure) {
        if (!readChunk(stream, m_chunk))
            return false;
        failure = check(m_chunk, m_rows, m_issues);
        return bool(failure);
    }

    QList<CandidateImportRow>& rows() { return m_rows; }
    const QList<QList<CsvIssue>>& issues() const { return m_issues; }
    /// The date column as the rows checked so far settled it (all of the
    /// file's rows: as a pass of its own over the file would).
    const DateColumn& dates() const { return m_dates; }

private:
    /// The file's date order is the one its first deciding date gives
    /// (dateColumnOf). Rows come in file order, so the first row that
    /// decides is that date, and no pass of its own is needed; a row whose
    /// date reads differently with the day or the month first, met before
    /// then, needs the order now, which only reading ahead can tell. Files
    /// whose dates never depend on the order (ISO dates) are read once.
    void settleDates(const CsvRecord& record, const CandidateImportRow& row) {
        if (!m_lookAhead)
            return;
        const CsvDateReader::OrderEvidence evidence =
            CsvDateReader::orderOf({record.fields.value(m_dates.column)});
        if (evidence.order != DateOrder::Detect) {
            m_dates.order = evidence.order;
            m_dates.decidingLine = record.line;
            m_lookAhead = nullptr;
            return;
        }
        const CsvDateReader::Reading dayFirst =
            CsvDateReader::read(row.appliedOnText, DateOrder::DayFirst);
        const CsvDateReader::Reading monthFirst =
            CsvDateReader::read(row.appliedOnText, DateOrder::MonthFirst);
        if (dayFirst.outcome != monthFirst.outcome || dayFirst.date != monthFirst.date) {
            m_dates = m_lookAhead();
            m_lookAhead = nullptr;
        }
    }

    RecordChunk m_chunk;
    QList<CandidateImportRow> m_rows;
    QList<QList<CsvIssue>> m_issues;
    const CandidateColumnMapping& m_mapping;
    DateColumn m_dates;
    QDate m_today;
    DuplicateCheck& m_known;
    int m_emailColumn;
    std::function<DateColumn()> m_lookAhead;
};

/// Adds rows and issues to a plan, counting all and keeping those a
/// preview shows: the first `keptRows` rows, their issues, the first
/// thousand issues and the first errors a digest lists.
class PlanBuilder {
public:
    static constexpr int kKeptIssues = 1000;

    PlanBuilder(CandidateImportPlan& plan, qsizetype keptRows)
        : m_plan(plan)
        , m_keptRows(keptRows) {}

    void addIssues(const QList<CsvIssue>& issues) {
        const bool rowKept = m_plan.rows.size() < m_keptRows;
        for (const CsvIssue& issue : issues) {
            (issue.isError() ? m_plan.errors : m_plan.warnings) += 1;
            const bool listed = issue.isError() && m_keptErrors < CsvIssueText::kListed;
            if (rowKept || listed || m_plan.issues.size() < kKeptIssues) {
                m_plan.issues.append(issue);
                m_keptErrors += issue.isError() ? 1 : 0;
            }
        }
    }

    /// `issues` are those found while reading and checking the row.
    void addRow(CandidateImportRow&& row, const QList<CsvIssue>& issues) {
        const bool failed = std::any_of(issues.cbegin(), issues.cend(), [&](const CsvIssue& i) {
            return i.isError() && i.line == row.line;
        });
        addIssues(issues);
        ++m_plan.rowCount;
        m_plan.duplicates += row.duplicate ? 1 : 0;
        m_plan.knownPeople += !row.duplicate && row.existingCandidateId != kNoRow ? 1 : 0;
        m_plan.adds += !row.duplicate && !failed ? 1 : 0;
        if (m_plan.rows.size() < m_keptRows)
            m_plan.rows.append(std::move(row));
    }

    /// A file with a header but no rows is an error: nothing to import.
    void refuseEmpty() {
        if (m_plan.rowCount == 0 && !m_plan.hasErrors()) {
            addIssues({{CsvIssue::Severity::Error, 0, 0,
                        CandidateCsvImport::tr("no candidates in the file: it has a header row "
                                               "but no rows with a candidate below it")}});
        }
    }

    /// The stored candidates could not be read: nothing can be compared.
    void addReadError(const Error& error) {
        addIssues({{CsvIssue::Severity::Error, 0, 0, error.message}});
    }

private:
    CandidateImportPlan& m_plan;
    qsizetype m_keptRows;
    int m_keptErrors = 0;
};

Error lineError(int line, const Error& error) {
    return Error{CandidateCsvImport::tr("Line %1: %2").arg(line).arg(error.message)};
}

/// The row a refused batch statement stumbled on, found by storing the
/// batch's records one at a time (the transaction is lost either way), so
/// that the message names its line.
template <typename Repository, typename T>
Error refusedRow(Repository& repository, QList<T> records, const QList<int>& lines,
                 const Error& batchError) {
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (Status stored = repository.insert(records[i]); !stored)
            return lineError(lines.at(i), stored.error());
    }
    return batchError;
}

/// Writes rows as candidates with applications inside the caller's
/// transaction, a batch at a time (one statement per table and batch, not
/// two per row), and remembers what it wrote. The duplicate check is told
/// when a batch is stored.
class RowWriter {
public:
    /// Rows a batch holds.
    static constexpr qsizetype kBatchRows = 100;

    RowWriter(Database& db, RowId openingId, DuplicateCheck& known)
        : m_candidates(db)
        , m_applications(db)
        , m_openingId(openingId)
        , m_known(known) {}

    Status write(const CandidateImportRow& row) {
        if (row.duplicate) {
            ++m_outcome.duplicatesSkipped;
            return {};
        }
        m_pending.append(row);
        return m_pending.size() >= kBatchRows ? flush() : Status{};
    }

    /// Stores the rows written since the last flush.
    Status flush() {
        if (m_pending.isEmpty())
            return {};
        QList<Candidate> candidates;
        QList<int> lines;
        for (const CandidateImportRow& row : std::as_const(m_pending)) {
            if (row.existingCandidateId != kNoRow)
                continue;
            candidates.append(row.candidate);
            candidates.last().createdAt = appliedAt(row);
            lines.append(row.line);
        }
        if (Status stored = m_candidates.insertAll(candidates); !stored)
            return refusedRow(m_candidates, candidates, lines, stored.error());
        QList<Application> applications;
        lines.clear();
        qsizetype nextNew = 0;
        for (const CandidateImportRow& row : std::as_const(m_pending)) {
            Application application;
            application.candidateId = row.existingCandidateId;
            if (application.candidateId == kNoRow) {
                application.candidateId = candidates.at(nextNew++).id;
                m_outcome.candidateIds.append(application.candidateId);
            } else {
                ++m_outcome.knownPeople;
            }
            application.openingId = m_openingId;
            application.appliedOn = row.appliedOn;
            application.updatedAt = appliedAt(row);
            applications.append(application);
            lines.append(row.line);
        }
        if (Status stored = m_applications.insertAll(applications); !stored)
            return refusedRow(m_applications, applications, lines, stored.error());
        for (const Application& application : std::as_const(applications))
            m_outcome.applicationIds.append(application.id);
        m_pending.clear();
        m_known.rowsWritten();
        return {};
    }

    CandidateImportOutcome outcome() const { return m_outcome; }

private:
    static QDateTime appliedAt(const CandidateImportRow& row) {
        return QDateTime(row.appliedOn, QTime(0, 0), Qt::UTC);
    }

    CandidateRepository m_candidates;
    ApplicationRepository m_applications;
    RowId m_openingId;
    DuplicateCheck& m_known;
    QList<CandidateImportRow> m_pending;
    CandidateImportOutcome m_outcome;
};

Error fileHasErrors() {
    return Error{CandidateCsvImport::tr("The file has errors; nothing was imported.")};
}

/// What a write holds: the transaction, which holds the write lock from its
/// first statement, so the duplicate check sees everything stored before
/// and nothing can be stored between the check and the write (a second
/// import of the same file at the same time finds every row already
/// there); the check, for which rows are stored as they are admitted; and
/// the writer.
struct ImportTransaction {
    ImportTransaction(Database& db, RowId openingId)
        : tx(db)
        , writer(db, openingId, known) {}

    Status begin(Database& db, RowId openingId) {
        if (!tx.begun())
            return tx.begun();
        auto check = DuplicateCheck::forOpening(db, openingId);
        if (!check)
            return check.error();
        known = std::move(check).value();
        known.setRowsStored(true);
        return {};
    }

    Result<CandidateImportOutcome> commit() {
        if (Status flushed = writer.flush(); !flushed)
            return flushed.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        return writer.outcome();
    }

    TransactionGuard tx;
    DuplicateCheck known;
    RowWriter writer;
};

/// SQLite's page cache while an import writes: 64 MiB, which holds the
/// e-mail key of a million candidates (the one index a large import reads
/// at random); a 1,000,000-row import then peaks at about 120 MiB. More
/// gave nothing measurable.
constexpr int kImportCacheKib = 64 * 1024;

/// How often a streaming import reports its progress, in rows.
constexpr qint64 kProgressRows = 512;

} // namespace

bool CandidateCsvImport::isPlausibleEmail(const QString& email) {
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\"(),:;<>\\[\\]]+@[^@\\s\"(),:;<>\\[\\]]+\\.[^@\\s\"(),:;<>\\[\\]."
                       "]{2,}$"));
    // \s lets NUL and the other control characters through; they are refused here.
    return ControlCharacters::find(email) < 0 && pattern.match(email).hasMatch();
}

QString CandidateCsvImport::fieldValue(const CsvRecord& record, const QList<int>& columns) {
    if (columns.size() == 1)
        return record.fields.value(columns.first()).trimmed();
    QStringList parts;
    for (const int column : columns) {
        const QString part = record.fields.value(column).simplified();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString CandidateCsvImport::storedText(const CandidateImportRow& row, CandidateField field) {
    const Candidate& c = row.candidate;
    switch (field) {
    case CandidateField::FullName:
        return c.fullName;
    case CandidateField::PreferredName:
        return c.preferredName;
    case CandidateField::Email:
        return c.email;
    case CandidateField::Phone:
        return c.phone;
    case CandidateField::Location:
        return c.location;
    case CandidateField::Source:
        return c.source;
    case CandidateField::Notes:
        return c.notes;
    case CandidateField::AppliedOn:
        return {};
    }
    return {};
}

CandidateImportPlan CandidateCsvImport::plan(const CsvTable& table,
                                             const CandidateColumnMapping& mapping,
                                             DuplicateCheck known, const QDate& today) {
    CandidateImportPlan plan;
    PlanBuilder builder(plan, std::numeric_limits<qsizetype>::max());
    builder.addIssues(table.issues);
    if (table.header.isEmpty() && table.hasErrors()) {
        // The file could not be read: no columns to look for.
        return plan;
    }
    builder.addIssues(mapping.issues(table.header));
    if (!mapping.missingRequired().isEmpty())
        return plan;
    if (table.records.isEmpty() && !table.hasErrors()) {
        builder.addIssues({{CsvIssue::Severity::Error, 0, 0,
                            tr("no candidates in the file: it has a header row but no rows "
                               "with a candidate below it")}});
        return plan;
    }
    qsizetype next = 0;
    const DateColumn dates = dateColumnOf(mapping, [&](CsvRecord& record) {
        if (next >= table.records.size())
            return false;
        record = table.records.at(next++);
        return true;
    });
    plan.dateOrder = dates.order;
    plan.dateDecidingLine = dates.decidingLine;
    RowChecker checker(mapping, dates, today, known);
    RecordChunk chunk;
    QList<CandidateImportRow> rows;
    QList<QList<CsvIssue>> issues;
    for (qsizetype first = 0; first < table.records.size(); first += kChunkRows) {
        chunk.clear();
        chunk.records = table.records.mid(first, kChunkRows);
        chunk.issues.resize(chunk.records.size());
        if (Status checked = checker.check(chunk, rows, issues); !checked) {
            builder.addReadError(checked.error());
            return plan;
        }
        for (qsizetype i = 0; i < rows.size(); ++i)
            builder.addRow(std::move(rows[i]), issues.at(i));
    }
    return plan;
}

qint64 CandidateCsvImport::countRecords(QIODevice& file, const CsvReader::Options& options) {
    CsvRecordStream stream(file, options);
    qint64 count = 0;
    if (stream.open()) {
        CsvRecord record;
        while (stream.next(record))
            ++count;
    }
    return count;
}

namespace {

/// The date column as the whole file decides it, read in a pass of its own
/// (which stops at the deciding date) when the order is to be detected.
DateColumn streamedDateColumn(QIODevice& file, const CandidateCsvReading& reading) {
    CsvRecordStream dates(file, reading.options);
    const bool opened = dates.open();
    return dateColumnOf(reading.mapping,
                        [&](CsvRecord& record) { return opened && dates.next(record); });
}

/// streamedDateColumn() for a RowChecker that reads `file` itself: the
/// pass of its own runs in the middle of the checker's and puts the file
/// back where the checker was.
std::function<DateColumn()> lookAheadFor(QIODevice& file, const CandidateCsvReading& reading) {
    return [&file, &reading] {
        const qint64 resume = file.pos();
        const DateColumn dates = streamedDateColumn(file, reading);
        file.seek(resume);
        return dates;
    };
}

} // namespace

CandidateImportPlan CandidateCsvImport::preview(QIODevice& file, const CandidateCsvReading& reading,
                                                DuplicateCheck known, int keptRows) {
    CandidateImportPlan plan;
    PlanBuilder builder(plan, keptRows);
    const CandidateColumnMapping& mapping = reading.mapping;
    const DateColumn dates{mapping.column(CandidateField::AppliedOn), mapping.dateOrder()};
    CsvRecordStream stream(file, reading.options);
    const bool opened = stream.open();
    builder.addIssues(stream.takeIssues());
    if (!opened && stream.header().isEmpty())
        return plan;
    builder.addIssues(mapping.issues(stream.header()));
    if (!mapping.missingRequired().isEmpty())
        return plan;
    RowChecker checker(mapping, dates, reading.today, known, lookAheadFor(file, reading));
    Status failure;
    while (checker.checkNextChunk(stream, failure)) {
        for (qsizetype i = 0; i < checker.rows().size(); ++i)
            builder.addRow(std::move(checker.rows()[i]), checker.issues().at(i));
    }
    plan.dateOrder = checker.dates().order;
    plan.dateDecidingLine = checker.dates().decidingLine;
    if (!failure) {
        builder.addReadError(failure.error());
        return plan;
    }
    builder.addIssues(stream.takeIssues());
    builder.refuseEmpty();
    return plan;
}

Result<CandidateImportOutcome> CandidateCsvImport::write(Database& db, RowId openingId,
                                                         const CandidateImportPlan& plan) {
    if (plan.hasErrors() || !plan.hasEveryRow())
        return fileHasErrors();
    ImportTransaction import(db, openingId);
    if (Status begun = import.begin(db, openingId); !begun)
        return begun.error();
    for (qsizetype first = 0; first < plan.rows.size(); first += kChunkRows) {
        const QList<CandidateImportRow> chunk = plan.rows.mid(first, kChunkRows);
        QList<QString> emails;
        for (const CandidateImportRow& row : chunk)
            emails.append(row.candidate.email);
        if (Status found = import.known.prefetch(emails); !found)
            return found.error();
        for (CandidateImportRow row : chunk) {
            // Decided again now, by the one rule: the plan was made from
            // what was stored when the preview was read.
            const auto match = import.known.admit(row.candidate.email, row.line);
            if (!match)
                return match.error();
            row.duplicate = row.duplicate || match->isDuplicate();
            row.existingCandidateId = match->candidateId;
            if (Status written = import.writer.write(row); !written)
                return written.error();
        }
        if (Status written = import.writer.flush(); !written)
            return written.error();
    }
    return import.commit();
}

namespace {

Error cancelled() {
    return Error{CandidateCsvImport::tr("The import was cancelled; nothing was imported.")};
}

/// Reads, checks and writes a file in one pass, a chunk at a time, inside
/// one transaction. While no row has had an error, each chunk is written;
/// after the first error the rest is only checked, so that `plan` counts and
/// lists every problem as a preview would, and nothing is written. A cancel
/// through `progress` writes nothing either.
Result<CandidateImportOutcome> checkAndWriteStream(Database& db, RowId openingId, QIODevice& file,
                                                   const CandidateCsvReading& reading,
                                                   const DateColumn& dates,
                                                   std::function<DateColumn()> lookAhead,
                                                   CandidateImportPlan& plan,
                                                   const CandidateImportProgressFn& progress) {
    ImportTransaction import(db, openingId);
    if (Status begun = import.begin(db, openingId); !begun)
        return begun.error();
    // The indexes a large import adds to stay in memory while it writes.
    CandidateImportStore store(db);
    const auto cache = store.enlargeCache(kImportCacheKib);
    const auto restore = qScopeGuard([&] {
        if (cache)
            store.restoreCache(*cache);
    });
    PlanBuilder builder(plan, 0);
    CsvRecordStream stream(file, reading.options);
    const bool opened = stream.open();
    builder.addIssues(stream.takeIssues());
    if (!opened && stream.header().isEmpty())
        return fileHasErrors();
    builder.addIssues(reading.mapping.issues(stream.header()));
    if (!reading.mapping.missingRequired().isEmpty())
        return fileHasErrors();
    RowChecker checker(reading.mapping, dates, reading.today, import.known, std::move(lookAhead));
    CandidateImportProgress done{0, 0, stream.totalBytes()};
    qint64 reported = 0;
    Status failure;
    // The file is read and its rows checked one by one on a thread of its
    // own, a few chunks ahead of the rows being compared and written here
    // (the database is this thread's); the stream and the checker's first
    // half are that thread's until it has stopped.
    ReadAhead<CheckedChunk> ahead([&, chunk = RecordChunk()](CheckedChunk& checked) mutable {
        if (!readChunk(stream, chunk))
            return false;
        checker.checkRows(chunk, checked.rows, checked.issues);
        checked.bytesRead = stream.bytesRead();
        return true;
    });
    CheckedChunk checked;
    while (ahead.next(checked)) {
        QList<CandidateImportRow>& rows = checked.rows;
        QList<QList<CsvIssue>>& issues = checked.issues;
        if (failure = checker.checkDuplicates(rows, issues); !failure)
            break;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!plan.hasErrors() && !containsErrors(issues.at(i))) {
                if (Status written = import.writer.write(rows.at(i)); !written)
                    return written.error();
            } else {
                // Nothing will be written: repeats are told by the
                // address's hash alone, as in a preview.
                import.known.setRowsStored(false);
            }
            builder.addRow(std::move(rows[i]), issues.at(i));
        }
        if (!plan.hasErrors()) {
            if (Status written = import.writer.flush(); !written)
                return written.error();
        }
        done.rows += rows.size();
        if (progress && done.rows - reported >= kProgressRows) {
            reported = done.rows;
            done.bytesRead = checked.bytesRead;
            if (!progress(done))
                return cancelled();
        }
    }
    ahead.stop();
    plan.dateOrder = checker.dates().order;
    plan.dateDecidingLine = checker.dates().decidingLine;
    if (!failure) {
        builder.addReadError(failure.error());
        return failure.error();
    }
    builder.addIssues(stream.takeIssues());
    builder.refuseEmpty();
    if (plan.hasErrors())
        return fileHasErrors();
    if (progress) {
        done.bytesRead = stream.totalBytes();
        if (!progress(done))
            return cancelled();
    }
    return import.commit();
}

} // namespace

Result<CandidateImportOutcome>
CandidateCsvImport::write(Database& db, RowId openingId, QIODevice& file,
                          const CandidateCsvReading& reading, const CandidateImportPlan& plan,
                          const CandidateImportProgressFn& progress) {
    if (plan.hasErrors())
        return fileHasErrors();
    const DateColumn dates{reading.mapping.column(CandidateField::AppliedOn), plan.dateOrder,
                           plan.dateDecidingLine};
    CandidateImportPlan checked;
    return checkAndWriteStream(db, openingId, file, reading, dates, nullptr, checked, progress);
}

Result<CandidateImportOutcome>
CandidateCsvImport::checkAndWrite(Database& db, RowId openingId, QIODevice& file,
                                  const CandidateCsvReading& reading, CandidateImportPlan& plan,
                                  const CandidateImportProgressFn& progress) {
    plan = {};
    const DateColumn dates{reading.mapping.column(CandidateField::AppliedOn),
                           reading.mapping.dateOrder()};
    return checkAndWriteStream(db, openingId, file, reading, dates, lookAheadFor(file, reading),
                               plan, progress);
}

Status CandidateCsvImport::revert(Database& db, const CandidateImportOutcome& outcome) {
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    CandidateImportStore store(db);
    auto attached = store.attachedRecords(outcome.applicationIds, outcome.candidateIds);
    if (!attached)
        return attached.error();
    if (*attached > 0) {
        return Error{tr("The import cannot be taken back any more: %n record(s) (interviews, "
                        "references, messages or applications) were added to its candidates "
                        "since.",
                        "", static_cast<int>(*attached))};
    }
    if (Status removed = store.remove(outcome.applicationIds, outcome.candidateIds); !removed)
        return removed;
    return tx.commit();
}

} // namespace debrief

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

/// Turns records into rows by the mapping, with their issues: the checks
/// every row passes, in the preview and again when it is written.
class RowChecker {
public:
    RowChecker(const CandidateColumnMapping& mapping, const DateColumn& dates, const QDate& today,
               DuplicateCheck& known)
        : m_mapping(mapping)
        , m_dates(dates)
        , m_today(today)
        , m_known(known)
        , m_emailColumn(mapping.column(CandidateField::Email)) {}

    /// Fails only when the stored candidates cannot be read.
    Status check(const CsvRecord& record, CandidateImportRow& row, QList<CsvIssue>& issues) {
        row = readRow(record, m_mapping);
        checkRow(row, m_mapping, m_dates, m_today, issues);
        return checkDuplicate(row, m_known, m_emailColumn, issues);
    }

private:
    const CandidateColumnMapping& m_mapping;
    DateColumn m_dates;
    QDate m_today;
    DuplicateCheck& m_known;
    int m_emailColumn;
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

    /// The stored candidates could not be read: nothing can be compared.
    void addReadError(const Error& error) {
        addIssues({{CsvIssue::Severity::Error, 0, 0, error.message}});
    }

private:
    CandidateImportPlan& m_plan;
    qsizetype m_keptRows;
    int m_keptErrors = 0;
};

/// Writes rows as candidates with applications inside the caller's
/// transaction, and remembers what it wrote.
class RowWriter {
public:
    RowWriter(Database& db, RowId openingId)
        : m_candidates(db)
        , m_applications(db)
        , m_openingId(openingId) {}

    Status write(const CandidateImportRow& row) {
        if (row.duplicate) {
            ++m_outcome.duplicatesSkipped;
            return {};
        }
        const QDateTime appliedAt(row.appliedOn, QTime(0, 0), Qt::UTC);
        RowId candidateId = row.existingCandidateId;
        if (candidateId == kNoRow) {
            Candidate candidate = row.candidate;
            candidate.createdAt = appliedAt;
            if (Status stored = m_candidates.insert(candidate); !stored)
                return Error{CandidateCsvImport::tr("Line %1: %2")
                                 .arg(row.line)
                                 .arg(stored.error().message)};
            candidateId = candidate.id;
            m_outcome.candidateIds.append(candidateId);
        } else {
            ++m_outcome.knownPeople;
        }
        Application application;
        application.candidateId = candidateId;
        application.openingId = m_openingId;
        application.appliedOn = row.appliedOn;
        application.updatedAt = appliedAt;
        if (Status stored = m_applications.insert(application); !stored)
            return Error{
                CandidateCsvImport::tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
        m_outcome.applicationIds.append(application.id);
        return {};
    }

    CandidateImportOutcome outcome() const { return m_outcome; }

private:
    CandidateRepository m_candidates;
    ApplicationRepository m_applications;
    RowId m_openingId;
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
        , writer(db, openingId) {}

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
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        return writer.outcome();
    }

    TransactionGuard tx;
    DuplicateCheck known;
    RowWriter writer;
};

/// SQLite's page cache while an import writes: 32 MiB.
constexpr int kImportCacheKib = 32 * 1024;

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
    for (const CsvRecord& record : table.records) {
        CandidateImportRow row;
        QList<CsvIssue> issues;
        if (Status checked = checker.check(record, row, issues); !checked) {
            builder.addReadError(checked.error());
            return plan;
        }
        builder.addRow(std::move(row), issues);
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

} // namespace

CandidateImportPlan CandidateCsvImport::preview(QIODevice& file, const CandidateCsvReading& reading,
                                                DuplicateCheck known, int keptRows) {
    CandidateImportPlan plan;
    PlanBuilder builder(plan, keptRows);
    const CandidateColumnMapping& mapping = reading.mapping;
    DateColumn dates;
    if (mapping.missingRequired().isEmpty())
        dates = streamedDateColumn(file, reading);
    plan.dateOrder = dates.order;
    plan.dateDecidingLine = dates.decidingLine;
    CsvRecordStream stream(file, reading.options);
    const bool opened = stream.open();
    builder.addIssues(stream.takeIssues());
    if (!opened && stream.header().isEmpty())
        return plan;
    builder.addIssues(mapping.issues(stream.header()));
    if (!mapping.missingRequired().isEmpty())
        return plan;
    RowChecker checker(mapping, dates, reading.today, known);
    CsvRecord record;
    while (stream.next(record)) {
        CandidateImportRow row;
        QList<CsvIssue> issues = stream.takeIssues();
        if (Status checked = checker.check(record, row, issues); !checked) {
            builder.addReadError(checked.error());
            return plan;
        }
        builder.addRow(std::move(row), issues);
    }
    builder.addIssues(stream.takeIssues());
    if (plan.rowCount == 0 && !plan.hasErrors()) {
        builder.addIssues({{CsvIssue::Severity::Error, 0, 0,
                            tr("no candidates in the file: it has a header row but no rows "
                               "with a candidate below it")}});
    }
    return plan;
}

Result<CandidateImportOutcome> CandidateCsvImport::write(Database& db, RowId openingId,
                                                         const CandidateImportPlan& plan) {
    if (plan.hasErrors() || !plan.hasEveryRow())
        return fileHasErrors();
    ImportTransaction import(db, openingId);
    if (Status begun = import.begin(db, openingId); !begun)
        return begun.error();
    for (CandidateImportRow row : plan.rows) {
        // Decided again now, by the one rule: the plan was made from what
        // was stored when the preview was read.
        const auto match = import.known.admit(row.candidate.email, row.line);
        if (!match)
            return match.error();
        row.duplicate = row.duplicate || match->isDuplicate();
        row.existingCandidateId = match->candidateId;
        if (Status written = import.writer.write(row); !written)
            return written.error();
    }
    return import.commit();
}

Result<CandidateImportOutcome>
CandidateCsvImport::write(Database& db, RowId openingId, QIODevice& file,
                          const CandidateCsvReading& reading, const CandidateImportPlan& plan,
                          const CandidateImportProgressFn& progress) {
    if (plan.hasErrors())
        return fileHasErrors();
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
    CsvRecordStream stream(file, reading.options);
    if (!stream.open() || containsErrors(stream.takeIssues()) ||
        containsErrors(reading.mapping.issues(stream.header())))
        return fileHasErrors();
    const DateColumn dates{reading.mapping.column(CandidateField::AppliedOn), plan.dateOrder,
                           plan.dateDecidingLine};
    RowChecker checker(reading.mapping, dates, reading.today, import.known);
    CandidateImportProgress done{0, 0, stream.totalBytes()};
    CsvRecord record;
    CandidateImportRow row;
    QList<CsvIssue> issues;
    while (stream.next(record)) {
        issues = stream.takeIssues();
        if (Status checked = checker.check(record, row, issues); !checked)
            return checked.error();
        if (containsErrors(issues))
            return fileHasErrors();
        if (Status written = import.writer.write(row); !written)
            return written.error();
        if (++done.rows % kProgressRows == 0 && progress) {
            done.bytesRead = stream.bytesRead();
            if (!progress(done))
                return Error{tr("The import was cancelled; nothing was imported.")};
        }
    }
    if (containsErrors(stream.takeIssues()))
        return fileHasErrors();
    if (progress) {
        done.bytesRead = stream.totalBytes();
        if (!progress(done))
            return Error{tr("The import was cancelled; nothing was imported.")};
    }
    return import.commit();
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

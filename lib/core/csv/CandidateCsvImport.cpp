#include "CandidateCsvImport.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateImportStore.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include "ControlCharacters.h"
#include "CsvDateReader.h"
#include "CsvWriter.h"

#include <QLocale>
#include <QRegularExpression>

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

DateColumn dateColumnOf(const CsvTable& table, const CandidateColumnMapping& mapping) {
    DateColumn dates{mapping.column(CandidateField::AppliedOn), mapping.dateOrder()};
    if (dates.column < 0 || dates.order != DateOrder::Detect)
        return dates;
    QStringList values;
    values.reserve(table.records.size());
    for (const CsvRecord& record : table.records)
        values.append(record.fields.value(dates.column));
    const CsvDateReader::OrderEvidence evidence = CsvDateReader::orderOf(values);
    dates.order = evidence.order;
    if (evidence.deciding >= 0)
        dates.decidingLine = table.records.at(evidence.deciding).line;
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

void checkDuplicate(CandidateImportRow& row, DuplicateCheck& known, int emailCol,
                    QList<CsvIssue>& issues) {
    const DuplicateMatch match = known.admit(row.candidate.email, row.line);
    switch (match.kind) {
    case DuplicateKind::None:
        return;
    case DuplicateKind::AppliedToOpening:
        row.duplicate = true;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr(
                          "a candidate with this e-mail has already applied to this opening")));
        return;
    case DuplicateKind::RepeatedRow:
        row.duplicate = true;
        row.duplicateOfLine = match.earlierLine;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr("same e-mail as line %1").arg(match.earlierLine)));
        return;
    case DuplicateKind::KnownPerson:
        row.existingCandidateId = match.candidateId;
        issues.append(
            warningAt(row.line, emailCol,
                      CandidateCsvImport::tr("already stored for another opening; the same "
                                             "person is added to this opening")));
        return;
    }
}

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
    if (table.header.isEmpty() && table.hasErrors()) {
        // The file could not be read: no columns to look for.
        plan.issues = table.issues;
        return plan;
    }
    plan.issues = table.issues + mapping.issues(table.header);
    if (!mapping.missingRequired().isEmpty())
        return plan;
    if (table.records.isEmpty() && !table.hasErrors()) {
        plan.issues.append({CsvIssue::Severity::Error, 0, 0,
                            tr("no candidates in the file: it has a header row but no rows "
                               "with a candidate below it")});
        return plan;
    }
    const DateColumn dates = dateColumnOf(table, mapping);
    const int emailCol = mapping.column(CandidateField::Email);
    for (const CsvRecord& record : table.records) {
        CandidateImportRow row = readRow(record, mapping);
        checkRow(row, mapping, dates, today, plan.issues);
        checkDuplicate(row, known, emailCol, plan.issues);
        plan.rows.append(row);
    }
    return plan;
}

Result<CandidateImportOutcome> CandidateCsvImport::write(Database& db, RowId openingId,
                                                         const CandidateImportPlan& plan) {
    if (plan.hasErrors())
        return Error{tr("The file has errors; nothing was imported.")};
    // The transaction holds the write lock from its first statement, so the
    // duplicate check below sees everything stored before, and nothing can
    // be stored between the check and the write: a second import of the
    // same file at the same time finds every row already there.
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto known = DuplicateCheck::forOpening(db, openingId);
    if (!known)
        return known.error();
    CandidateRepository candidates(db);
    ApplicationRepository applications(db);
    CandidateImportOutcome outcome;
    for (const CandidateImportRow& row : plan.rows) {
        // Decided again now, by the one rule: the plan was made from what
        // was stored when the preview was read.
        const DuplicateMatch match = known->admit(row.candidate.email, row.line);
        if (row.duplicate || match.isDuplicate()) {
            ++outcome.duplicatesSkipped;
            continue;
        }
        const QDateTime appliedAt(row.appliedOn, QTime(0, 0), Qt::UTC);
        RowId candidateId = match.candidateId;
        if (candidateId == kNoRow) {
            Candidate candidate = row.candidate;
            candidate.createdAt = appliedAt;
            if (auto stored = candidates.insert(candidate); !stored)
                return Error{tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
            candidateId = candidate.id;
            outcome.candidateIds.append(candidateId);
        } else {
            ++outcome.knownPeople;
        }
        Application application;
        application.candidateId = candidateId;
        application.openingId = openingId;
        application.appliedOn = row.appliedOn;
        application.updatedAt = appliedAt;
        if (auto stored = applications.insert(application); !stored)
            return Error{tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
        outcome.applicationIds.append(application.id);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Status CandidateCsvImport::revert(Database& db, const CandidateImportOutcome& outcome) {
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto attached =
        CandidateImportStore(db).attachedRecords(outcome.applicationIds, outcome.candidateIds);
    if (!attached)
        return attached.error();
    if (*attached > 0) {
        return Error{tr("The import cannot be taken back any more: %n record(s) (interviews, "
                        "references, messages or applications) were added to its candidates "
                        "since.",
                        "", *attached)};
    }
    ApplicationRepository applications(db);
    for (const RowId id : outcome.applicationIds) {
        if (Status removed = applications.remove(id); !removed)
            return removed;
    }
    CandidateRepository candidates(db);
    for (const RowId id : outcome.candidateIds) {
        if (Status removed = candidates.remove(id); !removed)
            return removed;
    }
    return tx.commit();
}

} // namespace debrief

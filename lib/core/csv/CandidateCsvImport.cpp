#include "CandidateCsvImport.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateImportStore.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace debrief {
namespace {

QString cell(const CsvRecord& record, int column) {
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}

/// `column` is 0-based (-1: not mapped); issues count from 1.
CsvIssue errorAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Error, line, column + 1, message, column + 1};
}

CsvIssue warningAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Warning, line, column + 1, message, column + 1};
}

} // namespace

bool CandidateCsvImport::isPlausibleEmail(const QString& email) {
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\"(),:;<>\\[\\]]+@[^@\\s\"(),:;<>\\[\\]]+\\.[^@\\s\"(),:;<>\\[\\]."
                       "]{2,}$"));
    return pattern.match(email).hasMatch();
}

QDate CandidateCsvImport::parseDate(const QString& text) {
    for (const auto* format : {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

namespace {

/// How a row's e-mail relates to what is stored.
struct StoredMatch {
    enum class Kind { None, Stored, InOpening, OtherOpening };
    Kind kind = Kind::None;
    RowId candidateId = kNoRow;
};

using Matcher = std::function<StoredMatch(const QString& foldedEmail)>;

CandidateImportRow readRow(const CsvRecord& record, const CandidateColumnMapping& mapping) {
    CandidateImportRow row;
    row.line = record.line;
    Candidate& c = row.candidate;
    c.fullName = cell(record, mapping.column(CandidateField::FullName));
    c.preferredName = cell(record, mapping.column(CandidateField::PreferredName));
    c.email = cell(record, mapping.column(CandidateField::Email));
    c.phone = cell(record, mapping.column(CandidateField::Phone));
    c.location = cell(record, mapping.column(CandidateField::Location));
    c.source = cell(record, mapping.column(CandidateField::Source));
    c.notes = cell(record, mapping.column(CandidateField::Notes));
    return row;
}

void checkRow(CandidateImportRow& row, const CsvRecord& record,
              const CandidateColumnMapping& mapping, const QDate& today, QList<CsvIssue>& issues) {
    const int nameCol = mapping.column(CandidateField::FullName);
    const int emailCol = mapping.column(CandidateField::Email);
    const int dateCol = mapping.column(CandidateField::AppliedOn);
    const Candidate& c = row.candidate;
    if (c.fullName.isEmpty())
        issues.append(errorAt(record.line, nameCol, CandidateCsvImport::tr("the name is empty")));
    if (c.email.isEmpty()) {
        issues.append(
            errorAt(record.line, emailCol, CandidateCsvImport::tr("the e-mail address is empty")));
    } else if (!CandidateCsvImport::isPlausibleEmail(c.email)) {
        issues.append(
            errorAt(record.line, emailCol,
                    CandidateCsvImport::tr("\"%1\" is not a valid e-mail address").arg(c.email)));
    }
    const QString dateText = cell(record, dateCol);
    row.appliedOn = dateText.isEmpty() ? today : CandidateCsvImport::parseDate(dateText);
    if (!row.appliedOn.isValid()) {
        issues.append(
            errorAt(record.line, dateCol,
                    CandidateCsvImport::tr("\"%1\" is not a date (use 2026-03-01 or 01.03.2026)")
                        .arg(dateText)));
    }
}

CandidateImportPlan planWith(const CsvTable& table, const CandidateColumnMapping& mapping,
                             const Matcher& match, const QDate& today) {
    CandidateImportPlan plan;
    plan.issues = table.issues;
    for (const CandidateField field : mapping.missingRequired()) {
        plan.issues.append(
            {CsvIssue::Severity::Error, 1, 0,
             CandidateCsvImport::tr("the required column \"%1\" is missing or not mapped")
                 .arg(CandidateColumnMapping::label(field))});
    }
    if (!mapping.missingRequired().isEmpty())
        return plan;

    QHash<QString, int> seenAtLine;
    const int emailCol = mapping.column(CandidateField::Email);
    for (const CsvRecord& record : table.records) {
        CandidateImportRow row = readRow(record, mapping);
        checkRow(row, record, mapping, today, plan.issues);
        const QString key = row.candidate.email.toCaseFolded();
        const StoredMatch stored = key.isEmpty() ? StoredMatch{} : match(key);
        using Kind = StoredMatch::Kind;
        if (stored.kind == Kind::Stored || stored.kind == Kind::InOpening) {
            row.duplicate = true;
            plan.issues.append(warningAt(
                record.line, emailCol,
                stored.kind == Kind::Stored
                    ? CandidateCsvImport::tr("a candidate with this e-mail is already stored")
                    : CandidateCsvImport::tr(
                          "a candidate with this e-mail has already applied to this opening")));
        } else if (!key.isEmpty() && seenAtLine.contains(key)) {
            row.duplicate = true;
            row.duplicateOfLine = seenAtLine.value(key);
            plan.issues.append(warningAt(
                record.line, emailCol,
                CandidateCsvImport::tr("same e-mail as line %1").arg(row.duplicateOfLine)));
        } else if (!key.isEmpty()) {
            seenAtLine.insert(key, record.line);
            if (stored.kind == Kind::OtherOpening) {
                row.existingCandidateId = stored.candidateId;
                plan.issues.append(warningAt(
                    record.line, emailCol,
                    CandidateCsvImport::tr("already stored for another opening; the same person "
                                           "is added to this opening")));
            }
        }
        plan.rows.append(row);
    }
    return plan;
}

} // namespace

CandidateImportPlan CandidateCsvImport::plan(const CsvTable& table,
                                             const CandidateColumnMapping& mapping,
                                             const QStringList& existingEmails,
                                             const QDate& today) {
    const QSet<QString> stored(existingEmails.cbegin(), existingEmails.cend());
    return planWith(
        table, mapping,
        [&stored](const QString& key) {
            return stored.contains(key) ? StoredMatch{StoredMatch::Kind::Stored} : StoredMatch{};
        },
        today);
}

CandidateImportPlan CandidateCsvImport::plan(const CsvTable& table,
                                             const CandidateColumnMapping& mapping,
                                             const StoredCandidates& stored, const QDate& today) {
    return planWith(
        table, mapping,
        [&stored](const QString& key) {
            if (stored.inOpening.contains(key))
                return StoredMatch{StoredMatch::Kind::InOpening};
            const RowId id = stored.byEmail.value(key, kNoRow);
            return id == kNoRow ? StoredMatch{} : StoredMatch{StoredMatch::Kind::OtherOpening, id};
        },
        today);
}

Result<StoredCandidates> CandidateCsvImport::storedCandidates(Database& db, RowId openingId) {
    auto emails = CandidateImportStore(db).emails(openingId);
    if (!emails)
        return emails.error();
    StoredCandidates stored;
    for (const StoredCandidateEmail& entry : *emails) {
        const QString key = entry.email.trimmed().toCaseFolded();
        if (!stored.byEmail.contains(key))
            stored.byEmail.insert(key, entry.candidateId);
        if (entry.inOpening)
            stored.inOpening.insert(key);
    }
    return stored;
}

Result<int> CandidateCsvImport::commit(Database& db, RowId openingId,
                                       const CandidateImportPlan& plan,
                                       DuplicatePolicy duplicates) {
    auto written = write(db, openingId, plan, duplicates);
    if (!written)
        return written.error();
    return written->count();
}

Result<CandidateImportOutcome> CandidateCsvImport::write(Database& db, RowId openingId,
                                                         const CandidateImportPlan& plan,
                                                         DuplicatePolicy duplicates) {
    if (plan.hasErrors())
        return Error{tr("The file has errors; nothing was imported.")};
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    CandidateRepository candidates(db);
    ApplicationRepository applications(db);
    CandidateImportOutcome outcome;
    for (const CandidateImportRow& row : plan.rows) {
        if (row.duplicate && duplicates == DuplicatePolicy::Skip)
            continue;
        const QDateTime appliedAt(row.appliedOn, QTime(0, 0), Qt::UTC);
        RowId candidateId = row.existingCandidateId;
        if (candidateId == kNoRow) {
            Candidate candidate = row.candidate;
            candidate.createdAt = appliedAt;
            if (auto stored = candidates.insert(candidate); !stored)
                return Error{tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
            candidateId = candidate.id;
            outcome.candidateIds.append(candidateId);
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

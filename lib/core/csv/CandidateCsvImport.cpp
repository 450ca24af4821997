#include "CandidateCsvImport.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace debrief {
namespace {

QString cell(const CsvRecord& record, int column) {
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}

CsvIssue errorAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Error, line, column + 1, message};
}

CsvIssue warningAt(int line, int column, const QString& message) {
    return {CsvIssue::Severity::Warning, line, column + 1, message};
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

CandidateImportPlan CandidateCsvImport::plan(const CsvTable& table,
                                             const CandidateColumnMapping& mapping,
                                             const QStringList& existingEmails,
                                             const QDate& today) {
    CandidateImportPlan plan;
    plan.issues = table.issues;
    for (const CandidateField field : mapping.missingRequired()) {
        plan.issues.append({CsvIssue::Severity::Error, 1, 0,
                            tr("the required column \"%1\" is missing or not mapped")
                                .arg(CandidateColumnMapping::label(field))});
    }
    if (!mapping.missingRequired().isEmpty())
        return plan;

    const QSet<QString> stored(existingEmails.cbegin(), existingEmails.cend());
    QHash<QString, int> seenAtLine;
    const int nameCol = mapping.column(CandidateField::FullName);
    const int emailCol = mapping.column(CandidateField::Email);
    const int dateCol = mapping.column(CandidateField::AppliedOn);
    for (const CsvRecord& record : table.records) {
        CandidateImportRow row;
        row.line = record.line;
        Candidate& c = row.candidate;
        c.fullName = cell(record, nameCol);
        c.preferredName = cell(record, mapping.column(CandidateField::PreferredName));
        c.email = cell(record, emailCol);
        c.phone = cell(record, mapping.column(CandidateField::Phone));
        c.location = cell(record, mapping.column(CandidateField::Location));
        c.source = cell(record, mapping.column(CandidateField::Source));
        c.notes = cell(record, mapping.column(CandidateField::Notes));

        if (c.fullName.isEmpty())
            plan.issues.append(errorAt(record.line, nameCol, tr("the name is empty")));
        if (c.email.isEmpty()) {
            plan.issues.append(errorAt(record.line, emailCol, tr("the e-mail address is empty")));
        } else if (!isPlausibleEmail(c.email)) {
            plan.issues.append(errorAt(record.line, emailCol,
                                       tr("\"%1\" is not a valid e-mail address").arg(c.email)));
        }
        const QString dateText = cell(record, dateCol);
        row.appliedOn = dateText.isEmpty() ? today : parseDate(dateText);
        if (!row.appliedOn.isValid()) {
            plan.issues.append(
                errorAt(record.line, dateCol,
                        tr("\"%1\" is not a date (use 2026-03-01 or 01.03.2026)").arg(dateText)));
        }

        const QString key = c.email.toCaseFolded();
        if (!key.isEmpty() && stored.contains(key)) {
            row.duplicate = true;
            plan.issues.append(warningAt(record.line, emailCol,
                                         tr("a candidate with this e-mail is already stored")));
        } else if (!key.isEmpty() && seenAtLine.contains(key)) {
            row.duplicate = true;
            row.duplicateOfLine = seenAtLine.value(key);
            plan.issues.append(warningAt(record.line, emailCol,
                                         tr("same e-mail as line %1").arg(row.duplicateOfLine)));
        } else if (!key.isEmpty()) {
            seenAtLine.insert(key, record.line);
        }
        plan.rows.append(row);
    }
    return plan;
}

Result<int> CandidateCsvImport::commit(Database& db, RowId openingId,
                                       const CandidateImportPlan& plan,
                                       DuplicatePolicy duplicates) {
    if (plan.hasErrors())
        return Error{tr("The file has errors; nothing was imported.")};
    TransactionGuard tx(db);
    if (!tx.begun())
        return tx.begun().error();
    CandidateRepository candidates(db);
    ApplicationRepository applications(db);
    int written = 0;
    for (const CandidateImportRow& row : plan.rows) {
        if (row.duplicate && duplicates == DuplicatePolicy::Skip)
            continue;
        Candidate candidate = row.candidate;
        candidate.createdAt = QDateTime(row.appliedOn, QTime(0, 0), Qt::UTC);
        if (auto stored = candidates.insert(candidate); !stored)
            return Error{tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
        Application application;
        application.candidateId = candidate.id;
        application.openingId = openingId;
        application.appliedOn = row.appliedOn;
        application.updatedAt = candidate.createdAt;
        if (auto stored = applications.insert(application); !stored)
            return Error{tr("Line %1: %2").arg(row.line).arg(stored.error().message)};
        ++written;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace debrief

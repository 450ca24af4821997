#include "NameRedaction.h"

#include "PersonRecords.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace debrief {
namespace {

struct StoredDecision {
    RowId id = kNoRow;
    QUuid uuid;
    QString rationale;
};

} // namespace

QString NameRedaction::replaced(const QString& text, const QStringList& names,
                                const QString& replacement) {
    QStringList longestFirst = names;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString result = text;
    for (const QString& name : std::as_const(longestFirst)) {
        if (name.trimmed().size() < 2)
            continue;
        // Letters and digits on either side mean the name is part of a longer word.
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])") +
                                          QRegularExpression::escape(name.trimmed()) +
                                          QStringLiteral("(?![\\p{L}\\p{N}])"),
                                      QRegularExpression::UseUnicodePropertiesOption);
        result.replace(word, replacement);
    }
    return result;
}

QStringList NameRedaction::namesOf(const PersonRecords& person) {
    QStringList names;
    for (const QString& name : {person.fullName, person.preferredName}) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names.append(name.trimmed());
    }
    return names;
}

Status NameRedaction::applyToDecisions(Database& db, const PersonRecords& person,
                                       const QString& replacement,
                                       AuditRepository::RedactionKey key) {
    const QStringList names = namesOf(person);
    if (names.isEmpty())
        return {};
    auto query =
        db.exec(QStringLiteral("SELECT DISTINCT d.id, d.uuid, d.rationale FROM decisions d "
                               "JOIN applications a ON a.opening_id = d.opening_id "
                               "WHERE a.candidate_id = ? ORDER BY d.id"),
                {sql::rowId(person.candidateId)});
    if (!query)
        return query.error();
    QList<StoredDecision> decisions;
    while (query->next()) {
        decisions.append({query->value(0).toLongLong(), sql::parseUuid(query->value(1).toString()),
                          query->value(2).toString()});
    }
    AuditRepository audit(db);
    for (const StoredDecision& decision : std::as_const(decisions)) {
        const QString rationale = replaced(decision.rationale, names, replacement);
        if (rationale != decision.rationale) {
            auto updated = db.exec(
                QStringLiteral("UPDATE decisions SET rationale = ?, row_version = row_version + 1 "
                               "WHERE id = ?"),
                {sql::text(rationale), sql::rowId(decision.id)});
            if (!updated)
                return updated.error();
        }
        auto entries = audit.about(decision.uuid);
        if (!entries)
            return entries.error();
        for (AuditEntry entry : std::as_const(*entries)) {
            const AuditEntry before = entry;
            entry.oldValue = replaced(entry.oldValue, names, replacement);
            entry.newValue = replaced(entry.newValue, names, replacement);
            entry.reason = replaced(entry.reason, names, replacement);
            if (entry == before)
                continue;
            if (Status redacted = audit.redact(entry, key); !redacted)
                return redacted;
        }
    }
    return {};
}

} // namespace debrief

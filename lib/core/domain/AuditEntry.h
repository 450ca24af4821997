#pragma once

#include "RowId.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace debrief {

/// A change made to a record after it was submitted: who changed which field
/// from what to what, when and why. Append-only.
struct AuditEntry {
    RowId id = kNoRow;
    QUuid uuid;
    QDateTime occurredAt;
    QString actor;
    /// "scorecard", "decision", …
    QString entityType;
    QUuid entityUuid;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;

    /// A change of `field` on a record of `entityType`; the caller adds
    /// who, when, which record and why.
    static AuditEntry change(QString entityType, QString field, QString oldValue,
                             QString newValue) {
        AuditEntry entry;
        entry.entityType = std::move(entityType);
        entry.field = std::move(field);
        entry.oldValue = std::move(oldValue);
        entry.newValue = std::move(newValue);
        return entry;
    }

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

} // namespace debrief

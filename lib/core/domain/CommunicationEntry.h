#pragma once

#include "Enums.h"
#include "RowId.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace debrief {

/// One message or call to or from a candidate about an application.
struct CommunicationEntry {
    RowId id = kNoRow;
    QUuid uuid;
    RowId applicationId = kNoRow;
    QDateTime occurredAt;
    CommunicationChannel channel = CommunicationChannel::Email;
    CommunicationDirection direction = CommunicationDirection::Outbound;
    QString summary;
    /// The next answer date promised in this message, if any.
    QDate nextPromisedDate;
    QString author;

    friend bool operator==(const CommunicationEntry&, const CommunicationEntry&) = default;
};

} // namespace debrief

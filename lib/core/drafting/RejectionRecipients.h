#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Application.h"

#include <QList>
#include <QSet>

namespace debrief {

class Database;

/// Who of an opening gets a rejection: every rejected application, and the
/// finalists the decision named without choosing who still wait for an
/// answer. One rule for `debrief-cli drafts` and the drafts view.
class DEBRIEF_CORE_EXPORT RejectionRecipients {
public:
    /// Application ids the opening's decision names without choosing them;
    /// empty before the decision.
    static Result<QSet<RowId>> passedOver(Database& db, RowId openingId);
    /// Whether `application` gets a rejection, given passedOver().
    static bool isRecipient(const Application& application, const QSet<RowId>& passedOver);
    /// The opening's applications that get a rejection, in the repository's order.
    static Result<QList<Application>> forOpening(Database& db, RowId openingId);
};

} // namespace debrief

#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QLabel>

namespace debrief {

class DatabaseSession;

/// The amber note a panelist who is not a lead sees at the top of a
/// decision form before filling anything in: only the opening's leads (by
/// name) may record, amend or decline, and who they are working as. Hidden
/// for a lead.
class LeadOnlyBanner : public QLabel {
    Q_OBJECT

public:
    explicit LeadOnlyBanner(QWidget* parent = nullptr);

    /// Shows the note when `panelistId` is not a lead of `openingId`;
    /// returns whether they may decide.
    Result<bool> update(DatabaseSession& session, RowId openingId, RowId panelistId);
};

} // namespace debrief

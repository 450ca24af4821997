#pragma once

#include "Enums.h"
#include "RowId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// One panelist's seat on an opening's panel. The lead may reveal
/// scorecards to the whole panel and records the decision.
struct PanelMember {
    RowId panelistId = kNoRow;
    bool isLead = false;

    friend bool operator==(const PanelMember&, const PanelMember&) = default;
};

/// A position (or several identical ones) that a panel is hiring for.
struct Opening {
    /// The most positions one opening hires for; more is a typing mistake
    /// (or a number meant for something else), wherever it comes from.
    static constexpr int kMaxPositions = 999;

    RowId id = kNoRow;
    QUuid uuid;
    QString title;
    QString team;
    QString hiringManager;
    int positions = 1;
    OpeningStatus status = OpeningStatus::Open;
    QString description;
    QDateTime createdAt;
    QList<PanelMember> panel;
    /// Set by the panel lead: every panelist sees all submitted scorecards,
    /// even before submitting their own.
    bool scoresRevealed = false;

    /// The stored row's version when this was read (migration 10): a save
    /// passes it back and is refused when the row has moved on since.
    int rowVersion = 1;

    friend bool operator==(const Opening&, const Opening&) = default;
};

} // namespace debrief

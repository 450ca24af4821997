#pragma once

#include "domain/Enums.h"
#include "domain/RowId.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace debrief {

/// Where a new opening's rubric comes from: a built-in template in one
/// language, a copy of another opening's current rubric, or nothing yet
/// (the panel writes it in the rubric editor).
struct RubricSource {
    enum class Kind { Template, CopyOfOpening, Empty };

    Kind kind = Kind::Template;
    /// For Template: the template's id ("software-engineer") and language.
    QString templateId;
    QString language;
    /// For CopyOfOpening: the opening whose rubric is copied.
    RowId openingId = kNoRow;

    static RubricSource fromTemplate(const QString& id, const QString& language) {
        return {Kind::Template, id, language, kNoRow};
    }
    static RubricSource copyOf(RowId openingId) { return {Kind::CopyOfOpening, {}, {}, openingId}; }
    static RubricSource empty() { return {Kind::Empty, {}, {}, kNoRow}; }

    friend bool operator==(const RubricSource&, const RubricSource&) = default;
};

/// One interview round as the set-up lists it.
struct RoundSetup {
    /// The stored round this entry is; null for a round still to be created
    /// (the services fill it in, so undo and redo keep talking about the
    /// same round even though its row id changes).
    QUuid uuid;
    QString name;
    /// On creation: the rubric source's round (index into its suggested
    /// rounds) whose criteria, description and duration this round takes
    /// over, even when renamed; -1 for a round of the panel's own.
    int sourceRound = -1;

    friend bool operator==(const RoundSetup&, const RoundSetup&) = default;
};

/// One seat on the panel: a stored panelist, or a new person to be stored
/// from name and e-mail address.
struct PanelSeat {
    /// kNoRow for a new panelist.
    RowId panelistId = kNoRow;
    /// For a new panelist what is stored; for a stored one what is shown.
    QString name;
    QString email;
    bool isLead = false;

    bool isNew() const { return panelistId == kNoRow; }

    friend bool operator==(const PanelSeat&, const PanelSeat&) = default;
};

/// Everything the panel decides when it sets up an opening, as one value:
/// what the set-up dialog edits, what OpeningSetupValidator checks, and
/// what OpeningCreator and OpeningSetupUpdater write.
struct OpeningSetup {
    /// The opening's uuid; null for an opening not created yet.
    QUuid uuid;
    QString title;
    QString team;
    QString hiringManager;
    int positions = 1;
    OpeningStatus status = OpeningStatus::Open;
    QString description;
    /// In interview order.
    QList<RoundSetup> rounds;
    /// Only read when the opening is created; afterwards the rubric is
    /// changed in the rubric editor.
    RubricSource rubric;
    /// In seat order; exactly one seat is the lead.
    QList<PanelSeat> panel;
    /// The version of the opening's row this set-up was read from (or
    /// written as): a save based on an older one is refused as stale.
    int rowVersion = 0;

    /// Equal in content: the row version says which stored row a set-up was
    /// read from, not what it sets up.
    friend bool operator==(const OpeningSetup& a, const OpeningSetup& b) {
        return a.uuid == b.uuid && a.title == b.title && a.team == b.team &&
               a.hiringManager == b.hiringManager && a.positions == b.positions &&
               a.status == b.status && a.description == b.description && a.rounds == b.rounds &&
               a.rubric == b.rubric && a.panel == b.panel;
    }
};

} // namespace debrief

#pragma once

#include "ChangeEvent.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// Says in one plain sentence who changed what on a shared server, for the
/// status bar ("Priya submitted a scorecard for Zoë Clarke"): the actor is
/// the panelist whose login role made the change (else the login name),
/// candidates and openings are named as lib/core's readers find them now.
/// It never says a score, a recommendation or a note.
class DEBRIEF_CORE_EXPORT ChangeDescription {
    Q_DECLARE_TR_FUNCTIONS(ChangeDescription)

public:
    explicit ChangeDescription(Database& db)
        : m_db(db) {}

    /// The sentence for one change.
    QString sentence(const ChangeEvent& event);
    /// The sentence for the change of `events` that matters most to a panel
    /// (a reveal, then a decision, then a scorecard, …), with how many more
    /// came with it; empty for no events.
    QString summary(const QList<ChangeEvent>& events);
    /// The one of `events` summary() speaks of; -1 for none.
    static qsizetype mostTelling(const QList<ChangeEvent>& events);

private:
    QString actorName(const QString& loginRole);
    QString candidateOfApplication(const QUuid& application);
    QString candidateNamed(const QUuid& candidate);
    QString openingTitled(const QUuid& opening);

    Database& m_db;
    /// Login role → name, read once per description (bursts repeat them).
    QHash<QString, QString> m_actors;
};

} // namespace debrief

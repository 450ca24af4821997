#include "ChangeDescription.h"

#include "opening/PanelDirectory.h"
#include "pipeline/CandidateRecords.h"

namespace debrief {
namespace {

using Action = ChangeEvent::Action;

/// Lower is more telling: what a panel waits for before what merely moved.
int weightOf(const ChangeEvent& event) {
    if (event.action == Action::Revealed)
        return 0;
    if (event.table == QLatin1String("decisions"))
        return 1;
    if (event.table == QLatin1String("scorecards"))
        return 2;
    if (event.table == QLatin1String("applications") || event.table == QLatin1String("candidates"))
        return 3;
    if (event.table == QLatin1String("interviews"))
        return 4;
    return 5;
}

} // namespace

qsizetype ChangeDescription::mostTelling(const QList<ChangeEvent>& events) {
    qsizetype best = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (best < 0 || weightOf(events.at(i)) < weightOf(events.at(best)))
            best = i;
    }
    return best;
}

QString ChangeDescription::summary(const QList<ChangeEvent>& events) {
    const qsizetype best = mostTelling(events);
    if (best < 0)
        return {};
    const QString first = sentence(events.at(best));
    if (events.size() == 1)
        return first;
    //: %1 is a sentence such as "Priya submitted a scorecard for Zoë Clarke".
    return tr("%1 (and %n more change(s))", "", int(events.size() - 1)).arg(first);
}

QString ChangeDescription::sentence(const ChangeEvent& event) {
    const QString who = actorName(event.actor);
    const QString& table = event.table;
    if (table == QLatin1String("scorecards")) {
        const QString candidate = candidateOfApplication(event.application);
        switch (event.action) {
        case Action::Submitted:
            return tr("%1 submitted a scorecard for %2").arg(who, candidate);
        case Action::Amended:
            return tr("%1 amended a scorecard for %2").arg(who, candidate);
        default:
            return tr("%1 removed a scorecard for %2").arg(who, candidate);
        }
    }
    if (table == QLatin1String("openings")) {
        switch (event.action) {
        case Action::Revealed:
            return tr("%1 revealed the scores for %2").arg(who, openingTitled(event.opening));
        case Action::Added:
            return tr("%1 set up the opening %2").arg(who, openingTitled(event.opening));
        case Action::Removed:
            return tr("%1 removed an opening").arg(who);
        default:
            return tr("%1 edited the opening %2").arg(who, openingTitled(event.opening));
        }
    }
    if (table == QLatin1String("decisions")) {
        const QString opening = openingTitled(event.opening);
        switch (event.action) {
        case Action::Added:
            return tr("%1 recorded the decision for %2").arg(who, opening);
        case Action::Removed:
            return tr("%1 took back the decision for %2").arg(who, opening);
        default:
            return tr("%1 amended the decision for %2").arg(who, opening);
        }
    }
    if (table == QLatin1String("candidates")) {
        switch (event.action) {
        case Action::Added:
            return tr("%1 added %2").arg(who, candidateNamed(event.uuid));
        case Action::Removed:
            return tr("%1 removed a candidate").arg(who);
        default:
            return tr("%1 edited %2").arg(who, candidateNamed(event.uuid));
        }
    }
    if (table == QLatin1String("applications")) {
        switch (event.action) {
        case Action::Added:
            return tr("%1 added %2 to %3")
                .arg(who, candidateOfApplication(event.application), openingTitled(event.opening));
        case Action::Removed:
            return tr("%1 removed a candidate from %2").arg(who, openingTitled(event.opening));
        default:
            return tr("%1 edited %2").arg(who, candidateOfApplication(event.application));
        }
    }
    if (table == QLatin1String("interviews")) {
        const QString candidate = candidateOfApplication(event.application);
        switch (event.action) {
        case Action::Added:
            return tr("%1 scheduled an interview with %2").arg(who, candidate);
        case Action::Removed:
            return tr("%1 removed an interview with %2").arg(who, candidate);
        default:
            return tr("%1 changed an interview with %2").arg(who, candidate);
        }
    }
    if (table == QLatin1String("rejection_drafts")) {
        const QString candidate = candidateOfApplication(event.application);
        if (event.action == Action::Removed)
            return tr("%1 removed the message to %2").arg(who, candidate);
        return tr("%1 worked on the message to %2").arg(who, candidate);
    }
    return tr("%1 made a change").arg(who);
}

QString ChangeDescription::actorName(const QString& loginRole) {
    if (auto known = m_actors.constFind(loginRole); known != m_actors.cend())
        return *known;
    QString name = loginRole;
    // Identity on a server is the login role (panelists.login_role).
    if (auto panelist = PanelDirectory(m_db).panelistByLogin(loginRole); panelist && *panelist)
        name = (*panelist)->name;
    if (name.isEmpty())
        name = tr("Someone");
    m_actors.insert(loginRole, name);
    return name;
}

QString ChangeDescription::candidateOfApplication(const QUuid& application) {
    CandidateRecords records(m_db);
    if (auto found = records.applicationByUuid(application); found && *found) {
        if (auto candidate = records.candidateOf(**found); candidate)
            return candidate->fullName;
    }
    //: Stands for a candidate's name once the record is gone.
    return tr("a candidate");
}

QString ChangeDescription::candidateNamed(const QUuid& candidate) {
    if (auto found = CandidateRecords(m_db).candidateByUuid(candidate); found && *found)
        return (*found)->fullName;
    return tr("a candidate");
}

QString ChangeDescription::openingTitled(const QUuid& opening) {
    if (auto found = PanelDirectory(m_db).openingByUuid(opening); found && *found)
        return (*found)->title;
    //: Stands for an opening's title once the record is gone.
    return tr("an opening");
}

} // namespace debrief

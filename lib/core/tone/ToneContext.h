#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

/// What the tone check knows about the message beyond its text: who it is
/// for (for the greeting rule), which other candidates' names must not
/// appear, and whether the panel put the candidate in the talent pool
/// (only then may a message promise future contact).
struct ToneContext {
    QString candidateName;
    /// Empty: the first word of candidateName.
    QString candidateFirstName;
    QStringList otherCandidateNames;
    bool talentPool = false;
};

} // namespace debrief

#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace debrief::demo {

class DemoRandom;

/// Sentences for the communication log, scorecard takeaways and reference
/// summaries, varied by the seeded generator so the demo reads naturally.
/// English sample content (stored data, not interface text).
class DemoPhraseBank {
public:
    static QString applicationReceived(const QString& source);
    static QString acknowledgement(const QDate& promised);
    static QString screenInvitation(const QDate& on);
    static QString screenHeld(const QDate& promised, DemoRandom& random);
    static QString interviewInvitation(const QString& round, const QDate& on,
                                       const QDate& promised = {});
    static QString interviewThanks(const QString& round, const QDate& promised, DemoRandom& random);
    static QString rejection(PipelineStage furthest);
    static QString withdrawal(DemoRandom& random);
    static QString offerMade(const QDate& answerBy);
    static QString offerAccepted(const QDate& startOn);
    static QString runnerUpHeld();

    static QString takeaways(const QString& strongest, const QString& weakest,
                             Recommendation recommendation, DemoRandom& random);
    static QString refereeRelation(DemoRandom& random);
    static QString referenceSummary(DemoRandom& random);
    static QString applicationNote(DemoRandom& random);
    /// "Friday 14 March": fixed English, whatever the machine's locale.
    static QString day(const QDate& date);
};

} // namespace debrief::demo

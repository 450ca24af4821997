#include "DraftToneCheck.h"

#include "DraftContext.h"
#include "tone/ToneCategory.h"
#include "tone/ToneChecker.h"

namespace debrief {

ToneContext DraftToneCheck::contextFor(const DraftContext& context) {
    ToneContext tone;
    tone.candidateName = context.candidate.fullName;
    // The name the greeting uses, as the template's {candidate.firstName}.
    tone.candidateFirstName = context.firstName();
    tone.otherCandidateNames = context.otherFinalistNames;
    tone.talentPool = context.application.talentPool;
    return tone;
}

Result<QList<ToneFinding>> DraftToneCheck::check(const DraftContext& context, const QString& body) {
    auto checker = ToneChecker::forLanguage(context.language);
    if (!checker)
        return checker.error();
    return checker->check(body, contextFor(context));
}

QStringList DraftToneCheck::categoryNames(const QList<ToneFinding>& findings) {
    QStringList names;
    for (const ToneFinding& f : findings)
        names.append(ToneCategory::displayName(f.category));
    return names;
}

} // namespace debrief

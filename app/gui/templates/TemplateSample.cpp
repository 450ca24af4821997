#include "TemplateSample.h"

#include "drafting/DraftComposer.h"
#include "drafting/DraftContext.h"
#include "drafting/DraftLanguage.h"

namespace debrief {

Result<TemplateValues> TemplateSample::values(const QString& language, TemplateStage stage,
                                              const QDate& today,
                                              const TemplateSampleFlags& flags) {
    auto words = DraftLanguage::load(language);
    if (!words)
        return words.error();
    // Sample data, like the demo's: names, not interface text.
    DraftContext context;
    context.language = words->code();
    context.today = today;
    context.stage = stage;
    context.candidate.fullName = QStringLiteral("Sam Rivera");
    context.opening.title = QStringLiteral("Backend Engineer");
    context.opening.team = QStringLiteral("Payments Platform");
    context.application.appliedOn = today.addDays(-30);
    context.application.talentPool = flags.talentPool;
    context.lastInterview = today.addDays(-6);
    context.sender = {QStringLiteral("Priya Raman"), QStringLiteral("Engineering Manager"), {}};
    const QStringList criteria{QStringLiteral("System design"), QStringLiteral("Communication")};
    if (stage == TemplateStage::Final || stage == TemplateStage::Offer) {
        for (int rank = 0; rank < criteria.size(); ++rank) {
            StrengthSuggestion strength;
            strength.criterionName = criteria.at(rank);
            strength.meanScore = 3.5;
            strength.scaleSize = 4;
            strength.scoreText = words->formatScore(strength.meanScore, strength.scaleSize);
            strength.sentence = words->strengthSentence(rank, criteria.at(rank));
            context.strengths.append(strength);
        }
        if (flags.shareDecidingFactor)
            context.shareableDecidingCriteria = {QStringLiteral("Incident response")};
    }
    DraftOptions options;
    options.feedbackOffered = flags.feedbackOffered;
    return DraftComposer::values(context, *words, options);
}

} // namespace debrief

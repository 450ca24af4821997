#include "DraftComposer.h"

#include "DraftContextLoader.h"
#include "DraftLanguage.h"
#include "MessageTemplates.h"
#include "TemplateRenderer.h"

namespace debrief {
namespace {

QString strengthsParagraph(const DraftContext& context, const DraftOptions& options) {
    QStringList sentences;
    if (options.strengthSentences) {
        sentences = *options.strengthSentences;
    } else {
        for (const StrengthSuggestion& s : context.strengths)
            sentences.append(s.sentence);
    }
    QStringList kept;
    for (const QString& sentence : std::as_const(sentences)) {
        if (!sentence.trimmed().isEmpty())
            kept.append(sentence.simplified());
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace

Result<DraftContext> DraftComposer::context(RowId applicationId, const QString& language,
                                            const QDate& today, const ScoreViewer& composer) {
    auto words = DraftLanguage::load(language);
    if (!words)
        return words.error();
    return DraftContextLoader(m_db, composer).load(applicationId, *words, today);
}

Result<RejectionDraft> DraftComposer::compose(RowId applicationId, const QString& language,
                                              const QDate& today, const ScoreViewer& composer,
                                              const DraftOptions& options) {
    auto loaded = context(applicationId, language, today, composer);
    if (!loaded)
        return loaded.error();
    return compose(*loaded, options);
}

Result<RejectionDraft> DraftComposer::compose(const DraftContext& context,
                                              const DraftOptions& options) {
    auto words = DraftLanguage::load(context.language);
    if (!words)
        return words.error();
    auto stored = MessageTemplates(m_db).latestOrBuiltIn(context.language, context.stage);
    if (!stored)
        return stored.error();
    const TemplateValues filled = values(context, *words, options);
    const QString source = tr("template %1/%2, version %3")
                               .arg(stored->language, toKey(stored->stage))
                               .arg(stored->version);
    auto subject = TemplateRenderer(stored->subject, 1, source).renderLine(filled);
    if (!subject)
        return subject.error();
    auto body = TemplateRenderer(stored->body, 1, source).renderPlain(filled);
    if (!body)
        return body.error();
    RejectionDraft draft;
    draft.applicationId = context.application.id;
    draft.language = context.language;
    draft.templateId = stored->id;
    draft.subject = *subject;
    draft.body = *body;
    return draft;
}

TemplateValues DraftComposer::values(const DraftContext& context, const DraftLanguage& language,
                                     const DraftOptions& options) {
    TemplateValues v;
    language.applyFallbacks(v);
    const DraftSender sender = options.sender.value_or(context.sender);
    v.setText(QStringLiteral("candidate.firstName"), context.firstName());
    v.setText(QStringLiteral("candidate.fullName"), context.candidate.fullName.simplified());
    v.setText(QStringLiteral("opening.title"), context.opening.title.simplified());
    v.setText(QStringLiteral("opening.team"), context.opening.team.simplified());
    v.setText(QStringLiteral("stage.reached"), language.stageName(context.stage));
    v.setText(QStringLiteral("sender.name"), sender.name.simplified());
    v.setText(QStringLiteral("sender.role"), sender.role.simplified());
    v.setText(QStringLiteral("date.today"), language.formatDate(context.today));
    v.setText(QStringLiteral("date.applied"), language.formatDate(context.application.appliedOn));
    v.setText(QStringLiteral("date.lastInterview"), language.formatDate(context.lastInterview));
    const QString strengths = strengthsParagraph(context, options);
    v.setText(QStringLiteral("strengths"), strengths);
    const QString factor = language.decidingFactor(context.shareableDecidingCriteria);
    v.setText(QStringLiteral("decidingFactor"), factor);

    v.setFlag(QStringLiteral("talentPool"), context.application.talentPool);
    v.setFlag(QStringLiteral("shareDecidingFactor"), !factor.isEmpty());
    v.setFlag(QStringLiteral("feedbackOffered"),
              options.feedbackOffered.value_or(context.isFinalist() ||
                                               context.stage == TemplateStage::Interview));
    v.setFlag(QStringLiteral("hasStrengths"), !strengths.isEmpty());
    v.setFlag(QStringLiteral("isFinalist"), context.isFinalist());
    return v;
}

} // namespace debrief

#include "DraftingFixture.h"

#include "decision/DecisionWorkflow.h"
#include "drafting/DraftComposer.h"
#include "drafting/DraftLanguage.h"
#include "drafting/MessageTemplates.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ScorecardRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::DraftingFixture;

namespace {

const QString kZoe = QString::fromUtf8("Zoë Brandt");
const QString kMiguel = QString::fromUtf8("Miguel Ángel Ortega");
const QString kAoife = QString::fromUtf8("Aoife Ní Bhriain");
const QString kLukasz = QString::fromUtf8("Łukasz Nowak");
const QString kTheo = QString::fromUtf8("Théo Girard");
const QString kLan = QString::fromUtf8("Nguyễn Thị Lan");
const QString kDecidedBy = QStringLiteral("In the end, the decision came down to");
const QString kPool = QStringLiteral("We would genuinely like to stay in touch.");

} // namespace

/// DraftComposer on the demo database: who signs, which strengths, when the
/// deciding factor and the talent-pool invitation appear, and that nothing
/// but the chosen values reaches the letter.
class TestDraftComposer : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QString error;
        m_db = DraftingFixture::demo(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_files)),
                                     &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void finalistStrengthsComeFromSubmittedScorecards() {
        const RowId zoe = app(kZoe);
        auto context = DraftComposer(*m_db).context(
            zoe, QStringLiteral("en"), DraftingFixture::kToday, DraftingFixture::composer(*m_db));
        QVERIFY2(context, qPrintable(context.errorMessage()));
        QCOMPARE(context->stage, TemplateStage::Final);
        QVERIFY(context->isFinalist());
        // Hand-check against DemoDebriefStory: Zoë's system design cards
        // (round 2, seats 1 and 2) say 5 and 5: mean 5.0. API and data
        // modelling 4 and 5: 4.5. Code quality 4 and 4: 4.0. Collaboration
        // (4+3+4+4)/4 = 3.75 is level 0.69 on 1-5: below the bar.
        QCOMPARE(context->strengths.size(), 3);
        QCOMPARE(context->strengths[0].criterionName, QStringLiteral("System design"));
        QCOMPARE(context->strengths[0].meanScore, 5.0);
        QCOMPARE(context->strengths[1].criterionName, QStringLiteral("API and data modelling"));
        QCOMPARE(context->strengths[1].meanScore, 4.5);
        QCOMPARE(context->strengths[2].criterionName, QStringLiteral("Code quality and testing"));
        QCOMPARE(context->strengths[2].meanScore, 4.0);
        // The same means by plain SQL over the submitted cards.
        for (const StrengthSuggestion& s : context->strengths) {
            const QString sql = QStringLiteral(
                "SELECT AVG(r.score) FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id "
                "JOIN interviews i ON i.id = s.interview_id JOIN criteria c ON c.id = "
                "r.criterion_id WHERE i.application_id = ? AND s.status = 'submitted' AND "
                "r.score IS NOT NULL AND c.name = ?");
            QCOMPARE(DraftingFixture::scalar(*m_db, sql, {zoe, s.criterionName}).toDouble(),
                     s.meanScore);
        }
        // The evidence is the panel's own notes for those scores.
        const QString evidence = QStringLiteral(
            "SELECT r.evidence FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id JOIN "
            "interviews i ON i.id = s.interview_id JOIN criteria c ON c.id = r.criterion_id "
            "WHERE i.application_id = ? AND c.name = 'System design' ORDER BY s.id");
        auto notes = m_db->exec(evidence, {zoe});
        QVERIFY(notes);
        QStringList expected;
        while (notes->next())
            expected.append(notes->value(0).toString());
        QCOMPARE(expected.size(), 2);
        QCOMPARE(QSet<QString>(context->strengths[0].evidence.begin(),
                               context->strengths[0].evidence.end()),
                 QSet<QString>(expected.begin(), expected.end()));

        auto draft = DraftComposer(*m_db).compose(*context);
        QVERIFY2(draft, qPrintable(draft.errorMessage()));
        QVERIFY(draft->body.startsWith(QString::fromUtf8("Hello Zoë,\n\n")));
        QVERIFY(draft->body.contains(QStringLiteral(
            "The panel rated you highly on system design. Another clear strength was API and data "
            "modelling. We also noted your strength in code quality and testing.")));
        QCOMPARE(draft->subject,
                 QStringLiteral("Your application for Senior Backend Engineer: our decision"));
        // No decision yet: nothing to share, no invitation (not in the pool).
        QVERIFY(!draft->body.contains(kDecidedBy));
        QVERIFY(!draft->body.contains(kPool));
        QVERIFY(draft->body.contains(QStringLiteral("I will set up a call")));
        // From the hiring manager, by name and role.
        QVERIFY(draft->body.endsWith(
            QStringLiteral("Warm regards,\nPriya Raman\nEngineering manager, Payments")));
        QCOMPARE(context->sender.email, QStringLiteral("priya.raman@example.com"));
        QCOMPARE(draft->status, DraftStatus::Draft);
        QCOMPARE(draft->id, kNoRow);
    }

    void draftPointsAtTheTemplateVersion() {
        auto draft =
            DraftComposer(*m_db).compose(app(kZoe), QStringLiteral("de"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY2(draft, qPrintable(draft.errorMessage()));
        auto used = MessageTemplates(*m_db).get(draft->templateId);
        QVERIFY(used);
        QCOMPARE(used->language, QStringLiteral("de"));
        QCOMPARE(used->stage, TemplateStage::Final);
        QCOMPARE(used->version, 1);
        QCOMPARE(used->author, MessageTemplates::builtInAuthor());
        QCOMPARE(draft->language, QStringLiteral("de"));
        QVERIFY(draft->body.startsWith(QString::fromUtf8("Hallo Zoë,\n\nvielen Dank")));
        QVERIFY(draft->body.contains(QStringLiteral("„System design“")));
    }

    void decidingFactorOnlyWhenTheDecisionAllowsIt() {
        auto recorded = DecisionWorkflow(*m_db).record(
            DraftingFixture::debriefDecision(*m_db, false), QStringLiteral("lead"));
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        auto hidden = compose(kZoe);
        QVERIFY(!hidden.body.contains(kDecidedBy));
        QVERIFY(!hidden.body.contains(QStringLiteral("debugging")));
        // The runner-up the panel put in the talent pool is invited.
        QVERIFY(hidden.body.contains(kPool));

        Decision shared = recorded->after;
        shared.shareDecidingFactor = true;
        QVERIFY(DecisionRepository(*m_db).update(shared));
        auto told = compose(kZoe);
        QVERIFY2(
            told.body.contains(kDecidedBy + QStringLiteral(" debugging and production ownership.")),
            qPrintable(told.body));
        // Miguel Ángel is a runner-up too, but not in the pool.
        auto miguel = compose(kMiguel);
        QVERIFY(miguel.body.contains(kDecidedBy));
        QVERIFY(!miguel.body.contains(kPool));
        QVERIFY(miguel.body.startsWith(QStringLiteral("Hello Miguel,")));
        // The chosen candidate never gets a deciding factor.
        auto chosen =
            DraftComposer(*m_db).context(app(kAoife), QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(chosen);
        QCOMPARE(chosen->decisionRole, DecisionRole::Chosen);
        QVERIFY(chosen->shareableDecidingCriteria.isEmpty());
    }

    void filledOpeningSharesWhatDecidedIt() {
        // The demo's filled opening: the decision may be shared, and Łukasz
        // is in the talent pool; Théo is not.
        auto lukasz = compose(kLukasz);
        QVERIFY2(lukasz.body.contains(kDecidedBy +
                                      QStringLiteral(" hiring and growing teams and handling "
                                                     "conflict.")),
                 qPrintable(lukasz.body));
        QVERIFY(lukasz.body.contains(kPool));
        QVERIFY(lukasz.body.endsWith(QStringLiteral("Jonas Lindqvist\nVP Engineering")));
        auto theo = compose(kTheo);
        QVERIFY(theo.body.contains(kDecidedBy));
        QVERIFY(!theo.body.contains(kPool));
        // The decision's rationale is the panel's own record, never the letter.
        QVERIFY(!lukasz.body.contains(QStringLiteral("cleared the bar")));
    }

    void noOtherCandidateIsNamed_data() {
        QTest::addColumn<QString>("candidate");
        for (const QString& name : {kZoe, kMiguel, kLukasz, kTheo})
            QTest::newRow(qPrintable(name)) << name;
    }

    void noOtherCandidateIsNamed() {
        QFETCH(QString, candidate);
        QVERIFY(DecisionWorkflow(*m_db).record(DraftingFixture::debriefDecision(*m_db, true),
                                               QStringLiteral("lead")));
        auto context =
            DraftComposer(*m_db).context(app(candidate), QStringLiteral("en"),
                                         DraftingFixture::kToday, DraftingFixture::composer(*m_db));
        QVERIFY(context);
        QCOMPARE(context->otherFinalistNames.size(), 2);
        auto draft = DraftComposer(*m_db).compose(*context);
        QVERIFY(draft);
        const QString letter = draft->subject + u'\n' + draft->body;
        for (const QString& other : context->otherFinalistNames) {
            for (const QString& part : other.split(u' ')) {
                const QRegularExpression word(
                    QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part)),
                    QRegularExpression::UseUnicodePropertiesOption);
                QVERIFY2(!letter.contains(word), qPrintable(part + u'\n' + letter));
            }
        }
    }

    void earlierStagesHearFromTheLead() {
        // Make the hiring manager someone other than the lead, so the two
        // rules can be told apart: a finalist hears from Hannah, everyone
        // else from the lead, Priya.
        const RowId opening = DraftingFixture::openingOf(*m_db, app(kZoe));
        auto stored = OpeningRepository(*m_db).get(opening);
        QVERIFY(stored);
        Opening changed = *stored;
        changed.hiringManager = QStringLiteral("hannah okafor");
        QVERIFY(OpeningRepository(*m_db).update(changed));
        QVERIFY(
            compose(kZoe).body.endsWith(QStringLiteral("Hannah Okafor\nSenior backend engineer")));

        const RowId applied = firstRejectedAt(opening, QStringLiteral("applied"));
        QVERIFY(applied != kNoRow);
        auto context =
            DraftComposer(*m_db).context(applied, QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(context);
        QCOMPARE(context->stage, TemplateStage::Application);
        QVERIFY(context->strengths.isEmpty());
        auto draft = DraftComposer(*m_db).compose(*context);
        QVERIFY(draft);
        QVERIFY(draft->body.endsWith(QStringLiteral("Priya Raman\nEngineering manager, Payments")));
        QVERIFY(draft->body.contains(QStringLiteral("we will not be inviting you to interview")));
        // No call offered by default this early, no strengths, no pool.
        QVERIFY(!draft->body.contains(QStringLiteral("reply to this e-mail")));
        // The applied date in words (en: "27 October 2026").
        const QDate appliedOn = QDate::fromString(
            DraftingFixture::scalar(
                *m_db, QStringLiteral("SELECT applied_on FROM applications WHERE id = ?"),
                {applied})
                .toString(),
            Qt::ISODate);
        QVERIFY(appliedOn.isValid());
        QVERIFY2(
            draft->body.contains(QStringLiteral(" on %1. ")
                                     .arg(QLocale(QLocale::English)
                                              .toString(appliedOn, QStringLiteral("d MMMM yyyy")))),
            qPrintable(draft->body));
    }

    void interviewStageMentionsTheLastInterview() {
        const RowId opening = DraftingFixture::openingOf(*m_db, app(kZoe));
        const RowId interviewed = firstRejectedAt(opening, QStringLiteral("interview"));
        auto context =
            DraftComposer(*m_db).context(interviewed, QStringLiteral("fr"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(context);
        QCOMPARE(context->stage, TemplateStage::Interview);
        const QDate last = QDate::fromString(
            DraftingFixture::scalar(*m_db,
                                    QStringLiteral("SELECT MAX(substr(scheduled_at, 1, 10)) FROM "
                                                   "interviews WHERE application_id = ?"),
                                    {interviewed})
                .toString(),
            Qt::ISODate);
        QCOMPARE(context->lastInterview, last);
        auto draft = DraftComposer(*m_db).compose(*context);
        QVERIFY(draft);
        QVERIFY2(
            draft->body.contains(
                QStringLiteral("le dernier ayant eu lieu le %1.")
                    .arg(QLocale(QLocale::French).toString(last, QStringLiteral("d MMMM yyyy")))),
            qPrintable(draft->body));
        QVERIFY(draft->body.contains(QStringLiteral("je vous proposerai un court appel")));
    }

    void senderEditsWin() {
        DraftOptions options;
        options.strengthSentences =
            QStringList{QStringLiteral("Your walk through the payment retries was the clearest "
                                       "we heard."),
                        QStringLiteral("  ")};
        options.feedbackOffered = false;
        options.sender = DraftSender{QStringLiteral("Élodie Marchand"), QString(), QString()};
        auto draft =
            DraftComposer(*m_db).compose(app(kZoe), QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db), options);
        QVERIFY(draft);
        QVERIFY(
            draft->body.contains(QStringLiteral("Here is what stood out to us in your interviews. "
                                                "Your walk through the payment retries "
                                                "was the clearest we heard.\n\n")));
        QVERIFY(!draft->body.contains(QStringLiteral("rated you highly")));
        QVERIFY(!draft->body.contains(QStringLiteral("reply to this e-mail")));
        // No role: the signature is the name alone.
        QVERIFY(draft->body.endsWith(QString::fromUtf8("Warm regards,\nÉlodie Marchand")));

        options.strengthSentences = QStringList{};
        auto plain =
            DraftComposer(*m_db).compose(app(kZoe), QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db), options);
        QVERIFY(plain);
        QVERIFY(!plain->body.contains(QStringLiteral("what stood out to us")));
    }

    void onlyTheChosenValuesReachTheLetter() {
        auto context =
            DraftComposer(*m_db).context(app(kZoe), QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(context);
        auto language = DraftLanguage::load(QStringLiteral("en"));
        QVERIFY(language);
        const TemplateValues v = DraftComposer::values(*context, *language);
        QCOMPARE(v.text(QStringLiteral("candidate.firstName")), QString::fromUtf8("Zoë"));
        QCOMPARE(v.text(QStringLiteral("stage.reached")), QStringLiteral("final round"));
        QVERIFY(v.flag(QStringLiteral("isFinalist")));
        QVERIFY(v.flag(QStringLiteral("hasStrengths")));
        QVERIFY(!v.flag(QStringLiteral("talentPool")));
        QVERIFY(!v.flag(QStringLiteral("shareDecidingFactor")));
        // Personal data the panel holds but never puts in a letter.
        QVERIFY(v.text(QStringLiteral("candidate.email")).isEmpty());
        auto draft = DraftComposer(*m_db).compose(*context);
        QVERIFY(draft);
        for (const QString& never : {context->candidate.email, context->candidate.phone,
                                     context->candidate.location, context->opening.description}) {
            if (!never.isEmpty())
                QVERIFY2(!draft->body.contains(never), qPrintable(never));
        }
    }

    // Blind scoring: the strengths come from the scorecards the composer
    // may see. A panelist who still owes a card on Zoë (a draft on a new
    // interview) gets none of the panel's strengths or evidence, and is told
    // why; the lead, who has submitted on Zoë, gets them all.
    void strengthsRespectBlindScoring() {
        const RowId zoe = app(kZoe);
        auto interviews = InterviewRepository(*m_db).forApplication(zoe);
        QVERIFY(interviews && !interviews->isEmpty());
        auto panelists = PanelistRepository(*m_db).list();
        QVERIFY(panelists);
        const RowId lead = DraftingFixture::composer(*m_db).panelistId;
        RowId late = kNoRow;
        for (const Panelist& p : *panelists) {
            const bool seated =
                std::any_of(interviews->cbegin(), interviews->cend(),
                            [&](const Interview& i) { return i.panelistIds.contains(p.id); });
            if (!seated && p.id != lead)
                late = p.id;
        }
        QVERIFY(late != kNoRow);
        Interview extra = interviews->last();
        extra.id = kNoRow;
        extra.uuid = QUuid();
        extra.panelistIds = {late};
        QVERIFY(InterviewRepository(*m_db).insert(extra));
        Scorecard draft;
        draft.interviewId = extra.id;
        draft.panelistId = late;
        draft.rubricId = ScorecardRepository(*m_db).forApplication(zoe)->first().rubricId;
        draft.updatedAt = DraftingFixture::kNow;
        QVERIFY(ScorecardRepository(*m_db).insert(draft));

        auto blind = DraftComposer(*m_db).context(
            zoe, QStringLiteral("en"), DraftingFixture::kToday, ScoreViewer::panelist(late));
        QVERIFY2(blind, qPrintable(blind.errorMessage()));
        QVERIFY(blind->strengths.isEmpty());
        QCOMPARE(blind->strengthsWithheld.hidden, 4);
        QCOMPARE(blind->strengthsWithheld.reason, WithheldScorecards::Reason::YoursOutstanding);
        // Nobody on the panel now waits for the new seat as well.
        auto outsider = DraftComposer(*m_db).context(zoe, QStringLiteral("en"),
                                                     DraftingFixture::kToday, ScoreViewer{});
        QVERIFY(outsider && outsider->strengths.isEmpty());
        QCOMPARE(outsider->strengthsWithheld.reason, WithheldScorecards::Reason::PanelOutstanding);
        auto composed = DraftComposer(*m_db).compose(*blind);
        QVERIFY(composed);
        QVERIFY(!composed->body.contains(QStringLiteral("rated you highly")));

        auto seen = DraftComposer(*m_db).context(zoe, QStringLiteral("en"), DraftingFixture::kToday,
                                                 DraftingFixture::composer(*m_db));
        QVERIFY(seen);
        QCOMPARE(seen->strengths.size(), 3);
        QVERIFY(!seen->strengthsWithheld.any());
    }

    void unknownLanguageIsRefused() {
        auto draft =
            DraftComposer(*m_db).compose(app(kZoe), QStringLiteral("it"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(!draft);
        QVERIFY(draft.errorMessage().contains(QStringLiteral("“it”")));
        auto missing =
            DraftComposer(*m_db).compose(987654, QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("987654")));
    }

private:
    RowId app(const QString& name) { return DraftingFixture::applicationOf(*m_db, name); }

    RejectionDraft compose(const QString& name) {
        auto draft =
            DraftComposer(*m_db).compose(app(name), QStringLiteral("en"), DraftingFixture::kToday,
                                         DraftingFixture::composer(*m_db));
        if (!draft)
            qWarning("%s", qPrintable(draft.errorMessage()));
        return draft ? *draft : RejectionDraft{};
    }

    RowId firstRejectedAt(RowId opening, const QString& furthest) {
        return DraftingFixture::scalar(*m_db,
                                       QStringLiteral("SELECT id FROM applications WHERE "
                                                      "opening_id = ? AND stage = 'rejected' AND "
                                                      "furthest_stage = ? ORDER BY id"),
                                       {opening, furthest})
            .toLongLong();
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDraftComposer)
#include "tst_draftcomposer.moc"

// TalentPoolQuery against hand-built scorecards (strengths worked out in
// the comments) and against the demo database, where the pool and one
// candidate's strengths are rebuilt by walking the repositories.
#include "TestDatabase.h"
#include "correspondence/TalentPoolQuery.h"
#include "demo/DemoDataGenerator.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace debrief;

namespace {

QDateTime at(const QDate& day) {
    return QDateTime(day, QTime(9, 30), QTimeZone::utc());
}

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

struct Score {
    std::optional<int> score;
    const char* evidence;
};

} // namespace

class TestTalentPoolQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;
    Rubric m_rubric;
    RowId m_round = kNoRow;
    QList<RowId> m_panelists;

    void openFresh() {
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_files)));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
    }

    RowId opening(const QString& title, const QString& team) {
        Opening o;
        o.title = title;
        o.team = team;
        return OpeningRepository(*m_db).insert(o) ? o.id : kNoRow;
    }

    RowId candidate(const QString& name) {
        Candidate c;
        c.fullName = name;
        c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
        return CandidateRepository(*m_db).insert(c) ? c.id : kNoRow;
    }

    RowId apply(RowId candidateId, RowId openingId, bool talentPool) {
        Application a;
        a.candidateId = candidateId;
        a.openingId = openingId;
        a.stage = PipelineStage::Rejected;
        a.furthestStage = PipelineStage::Final;
        a.talentPool = talentPool;
        return ApplicationRepository(*m_db).insert(a) ? a.id : kNoRow;
    }

    void rubricFor(RowId openingId) {
        m_rubric = Rubric{};
        m_rubric.familyUuid = QUuid::createUuid();
        m_rubric.openingId = openingId;
        m_rubric.name = QStringLiteral("Support lead");
        const QList<std::pair<QString, int>> criteria = {
            {QStringLiteral("Customer empathy"), 4},
            {QStringLiteral("De-escalation"), 4},
            {QStringLiteral("Written communication"), 4},
            {QStringLiteral("Coaching"), 5}};
        for (const auto& [name, scale] : criteria) {
            Criterion c;
            c.name = name;
            c.scaleSize = scale;
            for (int level = 1; level <= scale; ++level)
                c.anchors.append(QStringLiteral("Level %1").arg(level));
            m_rubric.criteria.append(c);
        }
        QVERIFY(RubricRepository(*m_db).insert(m_rubric));
        InterviewRound round;
        round.openingId = openingId;
        round.name = QStringLiteral("Role-play");
        QVERIFY(InterviewRoundRepository(*m_db).insert(round));
        m_round = round.id;
        m_panelists.clear();
        for (const char* name : {"Mei Chen", "Priya Raman", "Jonas Lindqvist"}) {
            Panelist p;
            p.name = QString::fromUtf8(name);
            QVERIFY(PanelistRepository(*m_db).insert(p));
            m_panelists.append(p.id);
        }
    }

    /// One scorecard per entry of `cards`, by the panelists in turn, with a
    /// score for each of the four criteria in rubric order.
    void score(RowId applicationId, const QList<std::pair<ScorecardStatus, QList<Score>>>& cards) {
        Interview interview;
        interview.applicationId = applicationId;
        interview.roundId = m_round;
        interview.panelistIds = m_panelists;
        QVERIFY(InterviewRepository(*m_db).insert(interview));
        for (qsizetype i = 0; i < cards.size(); ++i) {
            Scorecard card;
            card.interviewId = interview.id;
            card.panelistId = m_panelists.at(i);
            card.rubricId = m_rubric.id;
            card.status = cards[i].first;
            if (card.isSubmitted())
                card.submittedAt = at(QDate(2026, 10, 1).addDays(i));
            for (qsizetype c = 0; c < cards[i].second.size(); ++c)
                card.ratings.append({m_rubric.criteria.at(c).id, cards[i].second[c].score,
                                     QString::fromUtf8(cards[i].second[c].evidence)});
            QVERIFY(ScorecardRepository(*m_db).insert(card));
        }
    }

    void log(RowId applicationId, const QDate& day, CommunicationDirection direction) {
        CommunicationEntry e;
        e.applicationId = applicationId;
        e.occurredAt = at(day);
        e.direction = direction;
        e.summary = QStringLiteral("Update.");
        QVERIFY(CommunicationRepository(*m_db).insert(e));
    }

private slots:
    void init() { openFresh(); }

    /// Mei submitted on every interview here, so she sees the others' cards.
    ScoreViewer mei() const { return ScoreViewer::panelist(m_panelists.value(0)); }

    void handBuiltPool() {
        const RowId support =
            opening(QStringLiteral("Customer Support Lead"), QStringLiteral("Customer Support"));
        const RowId backend =
            opening(QStringLiteral("Backend Engineer"), QStringLiteral("Payments Platform"));
        rubricFor(support);
        const RowId zoe = apply(candidate(utf8("Zoë Brandt")), support, true);
        const RowId miguel = candidate(utf8("Miguel Ángel Ortega"));
        const RowId miguelPool = apply(miguel, backend, true);
        const RowId miguelOther = apply(miguel, support, false);
        apply(candidate(utf8("Aoife Ní Bhriain")), support, false);

        // Zoë, criteria in order: empathy (1–4), de-escalation (1–4),
        // written (1–4), coaching (1–5).
        score(zoe, {{ScorecardStatus::Submitted,
                     {{4, "Calmed an angry caller in two minutes."},
                      {3, "Kept the role-play on track."},
                      {2, "Reply was long-winded."},
                      {5, "Built a peer-review habit in her team."}}},
                    {ScorecardStatus::Submitted,
                     {{3, "Listened first."},
                      {2, "Lost the thread once."},
                      {std::nullopt, "Not assessed in this round."},
                      {4, "Built a peer-review habit in her team."}}},
                    {ScorecardStatus::Draft, {{1, "draft"}, {1, ""}, {1, ""}, {1, ""}}}});
        log(miguelPool, QDate(2026, 10, 1), CommunicationDirection::Outbound);
        log(miguelPool, QDate(2026, 10, 5), CommunicationDirection::Inbound);
        log(miguelOther, QDate(2026, 10, 20), CommunicationDirection::Outbound);
        log(zoe, QDate(2026, 10, 9), CommunicationDirection::Inbound);

        auto pool = TalentPoolQuery(*m_db, mei()).list();
        QVERIFY2(pool, qPrintable(pool.errorMessage()));
        // Aoife and Miguel's second application are not in the pool; by name.
        QCOMPARE(pool->size(), 2);
        const TalentPoolEntry& m = pool->at(0);
        QCOMPARE(m.candidateName, utf8("Miguel Ángel Ortega"));
        QCOMPARE(m.applicationId, miguelPool);
        QCOMPARE(m.openingTitle, QStringLiteral("Backend Engineer"));
        QCOMPARE(m.openingTeam, QStringLiteral("Payments Platform"));
        QCOMPARE(m.furthestStage, PipelineStage::Final);
        QVERIFY(m.strengths.isEmpty());
        // Last contacted: the latest outbound entry of any of his
        // applications (10-20), not the inbound one (10-05).
        QCOMPARE(m.lastContacted, at(QDate(2026, 10, 20)));

        const TalentPoolEntry& z = pool->at(1);
        QCOMPARE(z.candidateName, utf8("Zoë Brandt"));
        QCOMPARE(z.email, QStringLiteral("zoë@example.org"));
        QVERIFY(!z.lastContacted.isValid()); // only an inbound entry
        // Submitted cards only (the draft's 1s are ignored), "not assessed"
        // left out. Normalised means: coaching ((5-1)/4 + (4-1)/4)/2 = .875;
        // empathy (3/3 + 2/3)/2 = .833; de-escalation (2/3 + 1/3)/2 = .5,
        // not above the middle; written (1/3) no.
        QCOMPARE(z.strengths.size(), 2);
        QCOMPARE(z.strengths[0].criterionName, QStringLiteral("Coaching"));
        QCOMPARE(z.strengths[0].meanScore, 4.5);
        QCOMPARE(z.strengths[0].scaleSize, 5);
        QCOMPARE(z.strengths[0].normalisedMean, 0.875);
        QCOMPARE(z.strengths[0].ratingCount, 2);
        // The same note twice is listed once.
        QCOMPARE(z.strengths[0].evidence,
                 QStringList{QStringLiteral("Built a peer-review habit in her team.")});
        QCOMPARE(z.strengths[1].criterionName, QStringLiteral("Customer empathy"));
        QCOMPARE(z.strengths[1].meanScore, 3.5);
        QVERIFY(qAbs(z.strengths[1].normalisedMean - 5.0 / 6.0) < 1e-12);
        // Highest score first.
        QCOMPARE(z.strengths[1].evidence,
                 (QStringList{QStringLiteral("Calmed an angry caller in two minutes."),
                              QStringLiteral("Listened first.")}));
    }

    // The evidence is the panel's; blind scoring decides who may read it.
    // Jonas has only a draft on Zoë: none of Mei's or Priya's strengths or
    // notes reach him, and he is told why; the lead's reveal lifts that.
    void blindScoringKeepsEvidenceFromADraftHolder() {
        const RowId support =
            opening(QStringLiteral("Customer Support Lead"), QStringLiteral("Customer Support"));
        rubricFor(support);
        const RowId zoe = apply(candidate(utf8("Zoë Brandt")), support, true);
        score(zoe,
              {{ScorecardStatus::Submitted,
                {{4, "Calmed an angry caller in two minutes."}, {3, ""}, {3, ""}, {5, ""}}},
               {ScorecardStatus::Submitted, {{4, "Listened first."}, {3, ""}, {3, ""}, {5, ""}}},
               {ScorecardStatus::Draft, {{1, "draft"}, {1, ""}, {1, ""}, {1, ""}}}});
        const ScoreViewer jonas = ScoreViewer::panelist(m_panelists.value(2));

        auto blind = TalentPoolQuery(*m_db, jonas).list();
        QVERIFY2(blind, qPrintable(blind.errorMessage()));
        QCOMPARE(blind->size(), 1);
        QVERIFY(blind->first().strengths.isEmpty());
        QCOMPARE(blind->first().withheld.hidden, 2);
        QCOMPARE(blind->first().withheld.reason, WithheldScorecards::Reason::YoursOutstanding);
        auto outsider = TalentPoolQuery(*m_db, ScoreViewer{}).list();
        QVERIFY(outsider && outsider->first().strengths.isEmpty());
        QCOMPARE(outsider->first().withheld.reason, WithheldScorecards::Reason::PanelOutstanding);

        auto seen = TalentPoolQuery(*m_db, mei()).list();
        QVERIFY(seen);
        // Coaching 5 and 5 of 5 and empathy 4 and 4 of 4 at the top (by
        // name), then de-escalation and written at 3 of 4: four strengths.
        QCOMPARE(seen->first().strengths.size(), 4);
        QCOMPARE(seen->first().strengths.at(1).criterionName, QStringLiteral("Customer empathy"));
        QCOMPARE(seen->first().strengths.at(1).evidence,
                 (QStringList{QStringLiteral("Calmed an angry caller in two minutes."),
                              QStringLiteral("Listened first.")}));

        Opening revealed = *OpeningRepository(*m_db).get(support);
        revealed.scoresRevealed = true;
        QVERIFY(OpeningRepository(*m_db).update(revealed));
        auto after = TalentPoolQuery(*m_db, jonas).list();
        QVERIFY(after);
        QCOMPARE(after->first().strengths, seen->first().strengths);
        QVERIFY(!after->first().withheld.any());
    }

    void emptyPool() {
        auto pool = TalentPoolQuery(*m_db, ScoreViewer{}).list();
        QVERIFY(pool);
        QVERIFY(pool->isEmpty());
    }

    void demoMatchesTheRepositories() {
        QVERIFY(DemoDataGenerator({1, QDate(2025, 3, 14), 60}).generate(*m_db));
        // The pool, from the repositories.
        QSet<RowId> expected;
        // Results held in variables: a range-for over *temporary would dangle.
        const auto openings = OpeningRepository(*m_db).list();
        QVERIFY(openings);
        for (const Opening& o : *openings) {
            const auto applications = ApplicationRepository(*m_db).forOpening(o.id);
            QVERIFY(applications);
            for (const Application& a : *applications) {
                if (a.talentPool)
                    expected.insert(a.id);
            }
        }
        QVERIFY2(!expected.isEmpty(), "the demo flags someone for the talent pool");
        // Seen by nobody on a panel: every card of the pool's applications
        // is in, so blind scoring hides none of them.
        auto pool = TalentPoolQuery(*m_db, ScoreViewer{}).list();
        QVERIFY2(pool, qPrintable(pool.errorMessage()));
        QSet<RowId> listed;
        for (const TalentPoolEntry& e : *pool)
            listed.insert(e.applicationId);
        QCOMPARE(listed, expected);
        QCOMPARE(pool->size(), expected.size());

        // Łukasz Nowak (the filled opening's runner-up): strengths rebuilt
        // from his submitted scorecards.
        const auto lukas = std::find_if(pool->cbegin(), pool->cend(), [](const auto& e) {
            return e.candidateName == utf8("Łukasz Nowak");
        });
        QVERIFY(lukas != pool->cend());
        QHash<QString, QList<double>> normalisedScores;
        QHash<QString, int> scales;
        const auto cards = ScorecardRepository(*m_db).forApplication(lukas->applicationId);
        QVERIFY(cards);
        for (const Scorecard& card : *cards) {
            if (!card.isSubmitted())
                continue;
            const Rubric rubric = *RubricRepository(*m_db).get(card.rubricId);
            for (const CriterionRating& r : card.ratings) {
                if (!r.score)
                    continue;
                const auto criterion =
                    std::find_if(rubric.criteria.cbegin(), rubric.criteria.cend(),
                                 [&r](const Criterion& c) { return c.id == r.criterionId; });
                normalisedScores[criterion->name].append(double(*r.score - 1) /
                                                         (criterion->scaleSize - 1));
                scales[criterion->name] = criterion->scaleSize;
            }
        }
        QStringList expectedStrengths;
        for (auto it = normalisedScores.cbegin(); it != normalisedScores.cend(); ++it) {
            double sum = 0;
            for (double s : it.value())
                sum += s;
            if (sum / it.value().size() > 0.5)
                expectedStrengths.append(it.key());
        }
        QVERIFY(!expectedStrengths.isEmpty());
        QStringList strengths;
        double previous = 2.0;
        for (const TalentStrength& s : lukas->strengths) {
            strengths.append(s.criterionName);
            double sum = 0;
            for (double v : normalisedScores.value(s.criterionName))
                sum += v;
            QVERIFY(qAbs(s.normalisedMean - sum / normalisedScores.value(s.criterionName).size()) <
                    1e-12);
            QCOMPARE(s.scaleSize, scales.value(s.criterionName));
            QVERIFY(s.normalisedMean <= previous); // strongest first
            previous = s.normalisedMean;
        }
        std::sort(strengths.begin(), strengths.end());
        std::sort(expectedStrengths.begin(), expectedStrengths.end());
        QCOMPARE(strengths, expectedStrengths);
        QCOMPARE(lukas->openingTitle, QStringLiteral("Engineering Manager"));
        QVERIFY(!lukas->withheld.any());
        QVERIFY(lukas->lastContacted.isValid());
        qInfo("demo: %d in the talent pool; Łukasz Nowak strong on %s", int(pool->size()),
              qPrintable(strengths.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestTalentPoolQuery)
#include "tst_talentpoolquery.moc"

// TalentPoolMatcher: ranking of hand-made pool entries (scores worked out
// in the comments from the documented weights) and suggestions for a new
// opening on the demo database.
#include "TestDatabase.h"
#include "correspondence/TalentPoolMatcher.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

TalentStrength strength(const QString& name, double mean, int scale) {
    TalentStrength s;
    s.criterionName = name;
    s.meanScore = mean;
    s.scaleSize = scale;
    s.normalisedMean = (mean - 1.0) / (scale - 1);
    s.ratingCount = 2;
    return s;
}

TalentPoolEntry entry(RowId candidateId, const QString& name, const QString& title,
                      const QString& team, QList<TalentStrength> strengths) {
    TalentPoolEntry e;
    e.applicationId = candidateId * 10;
    e.candidateId = candidateId;
    e.candidateName = name;
    e.openingId = 100 + candidateId;
    e.openingTitle = title;
    e.openingTeam = team;
    e.stage = PipelineStage::Rejected;
    e.strengths = std::move(strengths);
    return e;
}

OpeningProfile supportManager() {
    return {kNoRow,
            QStringLiteral("Senior Customer Support Manager"),
            QStringLiteral("Customer Support"),
            {QStringLiteral("Customer empathy"), QStringLiteral("Communication"),
             QStringLiteral("Budgeting")}};
}

} // namespace

class TestTalentPoolMatcher : public QObject {
    Q_OBJECT

private slots:
    void significantWordsDropSeniorityAndSmallWords() {
        QCOMPARE(TalentPoolMatcher::significantWords(
                     QStringLiteral("Senior Lead, Customer-Support & QA for the EU")),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("support")}));
        QCOMPARE(TalentPoolMatcher::significantWords(utf8("Leiterin Kundenservice für Ärzte")),
                 (QStringList{utf8("kundenservice"), utf8("ärzte")}));
    }

    void ranksByCriteriaThenTitleThenTeam() {
        const QList<TalentPoolEntry> pool = {
            // Empathy 3.5/4 (2 + .833) + "Written communication" contains
            // "Communication" 3/4 (2 + .667) + title "customer", "support"
            // (2 × 1.5) + same team (1) = 9.5
            entry(1, utf8("Zoë Brandt"), QStringLiteral("Customer Support Lead"),
                  QStringLiteral("Customer Support"),
                  {strength(QStringLiteral("Customer empathy"), 3.5, 4),
                   strength(QStringLiteral("Written communication"), 3.0, 4)}),
            // Title only: "support" (1.5)
            entry(2, utf8("Aoife Ní Bhriain"), QStringLiteral("IT Support Engineer"),
                  QStringLiteral("Internal IT"), {strength(QStringLiteral("Debugging"), 4.0, 4)}),
            // Criterion only: empathy 4/5 (2 + .75) = 2.75
            entry(3, utf8("Miguel Ángel Ortega"), QStringLiteral("Backend Engineer"),
                  QStringLiteral("Payments Platform"),
                  {strength(QStringLiteral("customer EMPATHY"), 4.0, 5)}),
            // Same team but nothing else: not a match.
            entry(4, QStringLiteral("Tomás Ruiz"), QStringLiteral("Data Analyst"),
                  QStringLiteral("Customer Support"), {strength(QStringLiteral("SQL"), 4.0, 4)}),
            // Hired elsewhere: never suggested.
            [] {
                TalentPoolEntry hired =
                    entry(5, QStringLiteral("Lan Nguyen"), QStringLiteral("Customer Support Lead"),
                          QStringLiteral("Customer Support"), {});
                hired.stage = PipelineStage::Hired;
                return hired;
            }(),
        };
        const QList<TalentPoolMatch> matches = TalentPoolMatcher::rank(supportManager(), pool);
        QCOMPARE(matches.size(), 3);
        QCOMPARE(matches[0].entry.candidateName, utf8("Zoë Brandt"));
        QVERIFY(qAbs(matches[0].score - (2 + 2.5 / 3 + 2 + 2.0 / 3 + 3.0 + 1.0)) < 1e-12);
        QCOMPARE(matches[0].matchedCriteria, (QStringList{QStringLiteral("Customer empathy"),
                                                          QStringLiteral("Communication")}));
        QCOMPARE(matches[0].sharedTitleWords,
                 (QStringList{QStringLiteral("customer"), QStringLiteral("support")}));
        QVERIFY(matches[0].sameTeam);
        QCOMPARE(matches[0].reasons.size(), 4); // two criteria, title, team
        QVERIFY2(matches[0].reasons[0].contains(QStringLiteral("“Customer empathy” (3.5 of 4)")),
                 qPrintable(matches[0].reasons[0]));
        QVERIFY(matches[0].reasons[2].contains(QStringLiteral("Customer Support Lead")));

        QCOMPARE(matches[1].entry.candidateName, utf8("Miguel Ángel Ortega"));
        QCOMPARE(matches[1].score, 2.75);
        QCOMPARE(matches[1].reasons.size(), 1);
        QCOMPARE(matches[2].entry.candidateName, utf8("Aoife Ní Bhriain"));
        QCOMPARE(matches[2].score, 1.5);
        QVERIFY(matches[2].matchedCriteria.isEmpty());
    }

    void eachCandidateOnceAndExclusionsHonoured() {
        TalentPoolEntry weak = entry(1, utf8("Zoë Brandt"), QStringLiteral("Support Agent"),
                                     QStringLiteral("Other"), {});
        TalentPoolEntry strong =
            entry(1, utf8("Zoë Brandt"), QStringLiteral("Backend Engineer"),
                  QStringLiteral("Other"), {strength(QStringLiteral("Customer empathy"), 4, 4)});
        strong.applicationId = 77;
        QList<TalentPoolMatch> matches = TalentPoolMatcher::rank(supportManager(), {weak, strong});
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches[0].entry.applicationId, 77); // the better of her two matches (3 > 1.5)
        matches = TalentPoolMatcher::rank(supportManager(), {weak, strong}, {1});
        QVERIFY(matches.isEmpty());
        // Entries from the opening itself are never suggested back to it.
        OpeningProfile same = supportManager();
        same.openingId = strong.openingId;
        matches = TalentPoolMatcher::rank(same, {strong});
        QVERIFY(matches.isEmpty());
    }

    void suggestsTheDemoRunnerUpForASimilarOpening() {
        QTemporaryDir dir;
        auto db = test::TestDatabase::open(dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoDataGenerator({1, QDate(2025, 3, 14), 0}).generate(**db));
        // A new opening much like the filled one Łukasz came from.
        Opening platformLead;
        platformLead.title = QStringLiteral("Platform Engineering Manager");
        platformLead.team = QStringLiteral("Platform Engineering");
        QVERIFY(OpeningRepository(**db).insert(platformLead));
        Rubric rubric;
        rubric.familyUuid = QUuid::createUuid();
        rubric.openingId = platformLead.id;
        rubric.name = QStringLiteral("Platform lead");
        for (const QString& name :
             {QStringLiteral("Technical judgement"), QStringLiteral("People leadership"),
              QStringLiteral("Budget ownership")}) {
            Criterion c;
            c.name = name;
            c.scaleSize = 4;
            c.anchors = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("4")};
            rubric.criteria.append(c);
        }
        QVERIFY(RubricRepository(**db).insert(rubric));

        auto matches = TalentPoolMatcher(**db, ScoreViewer{}).suggestFor(platformLead.id);
        QVERIFY2(matches, qPrintable(matches.errorMessage()));
        const auto lukas = std::find_if(matches->cbegin(), matches->cend(), [](const auto& m) {
            return m.entry.candidateName == utf8("Łukasz Nowak");
        });
        QVERIFY(lukas != matches->cend());
        // He came from "Engineering Manager" in Platform Engineering.
        QCOMPARE(lukas->sharedTitleWords,
                 (QStringList{QStringLiteral("engineering"), QStringLiteral("manager")}));
        QVERIFY(lukas->sameTeam);
        for (const QString& criterion : lukas->matchedCriteria)
            QVERIFY(rubric.criteria.cend() !=
                    std::find_if(rubric.criteria.cbegin(), rubric.criteria.cend(),
                                 [&](const Criterion& c) { return c.name == criterion; }));
        qInfo("Łukasz Nowak suggested (score %.2f): %s", lukas->score,
              qPrintable(lukas->reasons.join(QStringLiteral(" | "))));

        auto missing = TalentPoolMatcher(**db, ScoreViewer{}).suggestFor(987654);
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("987654")));
    }
};

QTEST_GUILESS_MAIN(TestTalentPoolMatcher)
#include "tst_talentpoolmatcher.moc"

#include "drafting/DraftLanguage.h"
#include "drafting/StrengthFinder.h"

#include <QTest>

using namespace debrief;

namespace {

Criterion criterion(RowId id, const char* name, int scale = 5) {
    Criterion c;
    c.id = id;
    c.name = QLatin1String(name);
    c.scaleSize = scale;
    return c;
}

Scorecard card(QList<CriterionRating> ratings,
               ScorecardStatus status = ScorecardStatus::Submitted) {
    Scorecard s;
    s.status = status;
    s.ratings = std::move(ratings);
    return s;
}

CriterionRating rating(RowId criterionId, std::optional<int> score, const char* evidence = "") {
    return {criterionId, score, QString::fromUtf8(evidence)};
}

} // namespace

/// StrengthFinder on hand-made scorecards; every expected mean is worked
/// out in the comment next to it.
class TestStrengthFinder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        auto en = DraftLanguage::load(QStringLiteral("en"));
        QVERIFY(en);
        m_en = std::make_unique<DraftLanguage>(*en);
    }

    void strongestFirstWithEvidenceAboveTheMean() {
        Rubric rubric;
        rubric.criteria = {criterion(1, "System design"), criterion(2, "Debugging"),
                           criterion(3, "Mentoring"), criterion(4, "API design")};
        const QList<Scorecard> cards = {
            card({rating(1, 5, "Estimated load first."), rating(2, 4, "Found the leak."),
                  rating(3, 3, "Explained well."), rating(4, 4, "Clean resources.")}),
            card({rating(1, 4, "Named failure modes."), rating(2, std::nullopt, "not asked"),
                  rating(3, 2, ""), rating(4, 5, "Clean resources.")}),
            // A draft is the panelist's unfinished opinion: never counted.
            card({rating(1, 1, "DRAFT"), rating(3, 5, "DRAFT")}, ScorecardStatus::Draft),
        };
        const QList<StrengthSuggestion> found = StrengthFinder::find(cards, {rubric}, *m_en);
        // System design (5+4)/2 = 4.5, level 0.875; API design (4+5)/2 = 4.5,
        // 0.875; Debugging 4 (one score, not-assessed left out), 0.75;
        // Mentoring (3+2)/2 = 2.5, 0.375: not a strength.
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].criterionName, QStringLiteral("System design"));
        QCOMPARE(found[0].meanScore, 4.5);
        QCOMPARE(found[0].ratingCount, 2);
        QCOMPARE(found[0].scaleSize, 5);
        QCOMPARE(found[0].criterionId, RowId(1));
        // Tie on level and count: rubric order decides.
        QCOMPARE(found[1].criterionName, QStringLiteral("API design"));
        QCOMPARE(found[2].criterionName, QStringLiteral("Debugging"));
        QCOMPARE(found[2].meanScore, 4.0);
        QCOMPARE(found[2].ratingCount, 1);
        // Evidence of scores at or above the mean, highest first, once each.
        QCOMPARE(found[0].evidence, QStringList{QStringLiteral("Estimated load first.")});
        QCOMPARE(found[1].evidence, QStringList{QStringLiteral("Clean resources.")});
        QCOMPARE(found[2].evidence, QStringList{QStringLiteral("Found the leak.")});
        QCOMPARE(found[0].sentence, QStringLiteral("The panel rated you highly on system design."));
        QCOMPARE(found[1].sentence, QStringLiteral("Another clear strength was API design."));
        QCOMPARE(found[2].sentence, QStringLiteral("We also noted your strength in debugging."));
    }

    void threshold() {
        Rubric rubric;
        rubric.criteria = {criterion(1, "A", 4), criterion(2, "B", 4), criterion(3, "C", 4)};
        const QList<Scorecard> cards = {card({rating(1, 4), rating(2, 3), rating(3, 3)}),
                                        card({rating(1, 3), rating(2, 3), rating(3, 4)}),
                                        card({rating(1, 3), rating(2, 4), rating(3, 3)})};
        // A: 10/3 = 3.33, level 0.78; B and C: 10/3 too. All three count.
        QCOMPARE(StrengthFinder::find(cards, {rubric}, *m_en).size(), 3);
        // Meeting the bar (3 of 4 everywhere) is level 0.67: no strength.
        const QList<Scorecard> solid = {card({rating(1, 3), rating(2, 3)}),
                                        card({rating(1, 3), rating(2, 3)})};
        QVERIFY(StrengthFinder::find(solid, {rubric}, *m_en).isEmpty());
    }

    void moreScoresWinATie() {
        Rubric rubric;
        rubric.criteria = {criterion(1, "First", 4), criterion(2, "Second", 4)};
        const QList<Scorecard> cards = {card({rating(1, 4), rating(2, 4)}), card({rating(2, 4)})};
        const auto found = StrengthFinder::find(cards, {rubric}, *m_en);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].criterionName, QStringLiteral("Second"));
        QCOMPARE(found[0].ratingCount, 2);
    }

    void atMostThree() {
        Rubric rubric;
        QList<CriterionRating> ratings;
        for (RowId id = 1; id <= 5; ++id) {
            rubric.criteria.append(criterion(id, "Criterion", 5));
            rubric.criteria.last().name += QString::number(id);
            ratings.append(rating(id, 5));
        }
        QCOMPARE(StrengthFinder::find({card(ratings)}, {rubric}, *m_en).size(),
                 StrengthFinder::kMaxStrengths);
    }

    void versionsOfARubricCountAsOneCriterion() {
        Rubric v1;
        v1.criteria = {criterion(1, "System design")};
        Rubric v2;
        v2.criteria = {criterion(7, " system design ")};
        // 5 on version 1, 3 on version 2: one criterion, mean 4, level 0.75.
        const auto found =
            StrengthFinder::find({card({rating(1, 5)}), card({rating(7, 3)})}, {v1, v2}, *m_en);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].meanScore, 4.0);
        QCOMPARE(found[0].ratingCount, 2);
    }

    void scoresAreWrittenInTheDraftsLanguage_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("rounded");
        // (4 + 3) / 2 = 3.5 on a 1–4 scale, and (5 + 5 + 4) / 3 = 4.666…
        // on 1–5, which rounds to 4.7: one decimal, the language's decimal
        // separator and words.
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("3.5 of 4")
                            << QStringLiteral("4.7 of 5");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("3,5 von 4")
                            << QStringLiteral("4,7 von 5");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("3,5 sur 4")
                            << QStringLiteral("4,7 sur 5");
    }

    void scoresAreWrittenInTheDraftsLanguage() {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        QCOMPARE(language->formatScore(3.5, 4), expected);
        Rubric rubric;
        rubric.criteria = {criterion(1, "System design", 4)};
        const auto found =
            StrengthFinder::find({card({rating(1, 4)}), card({rating(1, 3)})}, {rubric}, *language);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().scoreText, expected);
        QFETCH(QString, rounded);
        QCOMPARE(language->formatScore(14.0 / 3.0, 5), rounded);
    }

    void unknownCriteriaAreIgnored() {
        Rubric rubric;
        rubric.criteria = {criterion(1, "Known")};
        QVERIFY(StrengthFinder::find({card({rating(99, 5)})}, {rubric}, *m_en).isEmpty());
        QVERIFY(StrengthFinder::find({}, {rubric}, *m_en).isEmpty());
    }

private:
    std::unique_ptr<DraftLanguage> m_en;
};

QTEST_GUILESS_MAIN(TestStrengthFinder)
#include "tst_strengthfinder.moc"

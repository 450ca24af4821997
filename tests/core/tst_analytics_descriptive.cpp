// Descriptive statistics, weighted totals, gap contributions and the
// recommendation distribution.
//
// Where the expected numbers come from:
// - fromReference*: tests/data/analytics/<dataset>/reference-*.csv, written
//   by base R in tests/data/analytics/make-reference.R (mean, median, min,
//   max, sd() and the weighted-total definition of docs/ANALYTICS.md coded
//   again in R), on the four datasets there: Shrout & Fleiss (1979) Table 2,
//   Krippendorff (2011)'s reliability data, one with "not assessed" gaps and
//   one where panelists scored only some finalists.
// - the other tests: worked out by hand in the comments next to them.

#include "AnalyticsFixture.h"
#include "analytics/FinalistSummary.h"
#include "analytics/GapContribution.h"
#include "analytics/RatingMatrix.h"
#include "analytics/WeightedTotal.h"

#include <QTest>

#include <cmath>

using namespace debrief;
using AnalyticsFixture::criterion;
using AnalyticsFixture::kTolerance;
using AnalyticsFixture::near;

namespace {

QString show(std::optional<double> value) {
    return value ? QString::number(*value, 'g', 15) : QStringLiteral("NA");
}

/// Two criteria (weight 3 on 1–5, weight 1 on 1–4), one finalist, two panelists.
RatingMatrix smallMatrix() {
    return RatingMatrix(
        {criterion(QStringLiteral("Design"), 3, 5), criterion(QStringLiteral("Testing"), 1, 4)},
        {{kNoRow, kNoRow, QStringLiteral("Ada")}},
        {{kNoRow, {}, QStringLiteral("P1"), {}, {}, {}},
         {kNoRow, {}, QStringLiteral("P2"), {}, {}, {}}});
}

} // namespace

class TestAnalyticsDescriptive : public QObject {
    Q_OBJECT

private slots:
    void fromReferenceDescriptive_data() {
        QTest::addColumn<QString>("dataset");
        for (const QString& name : AnalyticsFixture::datasets())
            QTest::newRow(qPrintable(name)) << name;
    }

    void fromReferenceDescriptive() {
        QFETCH(QString, dataset);
        auto matrix = AnalyticsFixture::load(dataset);
        QVERIFY2(matrix.ok(), qPrintable(matrix.errorMessage()));
        auto rows =
            AnalyticsFixture::reference(dataset, QStringLiteral("reference-descriptive.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), matrix->finalistCount() * matrix->criterionCount());
        const QList<FinalistSummary> summaries = FinalistSummary::all(*matrix);
        for (const auto& row : *rows) {
            const int f =
                AnalyticsFixture::finalist(*matrix, row.value(QStringLiteral("finalist")));
            const int c =
                AnalyticsFixture::criterion(*matrix, row.value(QStringLiteral("criterion")));
            QVERIFY(f >= 0 && c >= 0);
            const ScoreSummary& s = summaries.at(f).criteria.at(c);
            const QString where = row.value(QStringLiteral("finalist")) + QLatin1Char('/') +
                                  row.value(QStringLiteral("criterion"));
            QCOMPARE(s.count, row.value(QStringLiteral("n")).toInt());
            QCOMPARE(s.notAssessed, row.value(QStringLiteral("not_assessed")).toInt());
            for (const auto& [name, value] :
                 {std::pair{QStringLiteral("mean"), s.mean},
                  std::pair{QStringLiteral("median"), s.median},
                  std::pair{QStringLiteral("min"),
                            s.minimum ? std::optional<double>(*s.minimum) : std::nullopt},
                  std::pair{QStringLiteral("max"),
                            s.maximum ? std::optional<double>(*s.maximum) : std::nullopt},
                  std::pair{QStringLiteral("sd"), s.standardDeviation}}) {
                const auto expected = AnalyticsFixture::number(row.value(name));
                QVERIFY2(near(value, expected),
                         qPrintable(QStringLiteral("%1 %2: %3, R says %4")
                                        .arg(where, name, show(value), show(expected))));
            }
        }
    }

    void fromReferenceTotals_data() { fromReferenceDescriptive_data(); }

    void fromReferenceTotals() {
        QFETCH(QString, dataset);
        auto matrix = AnalyticsFixture::load(dataset);
        QVERIFY2(matrix.ok(), qPrintable(matrix.errorMessage()));
        auto rows = AnalyticsFixture::reference(dataset, QStringLiteral("reference-totals.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), matrix->finalistCount());
        for (const auto& row : *rows) {
            const int f =
                AnalyticsFixture::finalist(*matrix, row.value(QStringLiteral("finalist")));
            const WeightedTotal total = WeightedTotal::of(*matrix, f);
            const auto expected = AnalyticsFixture::number(row.value(QStringLiteral("total")));
            QVERIFY2(near(total.points, expected),
                     qPrintable(QStringLiteral("%1: %2, R says %3")
                                    .arg(row.value(QStringLiteral("finalist")), show(total.points),
                                         show(expected))));
            QVERIFY(near(total.assessedWeightShare, AnalyticsFixture::number(row.value(
                                                        QStringLiteral("assessed_weight_share")))));
            QCOMPARE(total.criteriaWithoutRating,
                     row.value(QStringLiteral("criteria_without_rating")).toInt());
            QCOMPARE(total.expectedRatings, row.value(QStringLiteral("expected_ratings")).toInt());
            QCOMPARE(total.missingRatings, row.value(QStringLiteral("missing_ratings")).toInt());
        }
    }

    void fromReferenceGaps_data() {
        QTest::addColumn<QString>("dataset");
        // The Shrout & Fleiss and Krippendorff data have one criterion: the
        // gap is all of it, which the reference confirms as well.
        for (const QString& name : AnalyticsFixture::datasets())
            QTest::newRow(qPrintable(name)) << name;
    }

    void fromReferenceGaps() {
        QFETCH(QString, dataset);
        auto matrix = AnalyticsFixture::load(dataset);
        QVERIFY2(matrix.ok(), qPrintable(matrix.errorMessage()));
        auto rows = AnalyticsFixture::reference(dataset, QStringLiteral("reference-gaps.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        const int pairs = matrix->finalistCount() * (matrix->finalistCount() - 1) / 2;
        QCOMPARE(rows->size(), pairs * matrix->criterionCount());
        for (const auto& row : *rows) {
            const int a = AnalyticsFixture::finalist(*matrix, row.value(QStringLiteral("first")));
            const int b = AnalyticsFixture::finalist(*matrix, row.value(QStringLiteral("second")));
            const int c =
                AnalyticsFixture::criterion(*matrix, row.value(QStringLiteral("criterion")));
            const QList<GapContribution> gap = GapContribution::between(*matrix, a, b);
            QCOMPARE(gap.size(), matrix->criterionCount());
            const auto item = std::find_if(gap.cbegin(), gap.cend(), [c](const GapContribution& g) {
                return g.criterion == c;
            });
            QVERIFY(item != gap.cend());
            QVERIFY(
                near(item->points, AnalyticsFixture::number(row.value(QStringLiteral("points")))));
            QVERIFY(
                near(item->share, AnalyticsFixture::number(row.value(QStringLiteral("share")))));
        }
    }

    void gapContributionsAddUpAndAreSorted() {
        auto matrix = AnalyticsFixture::load(QStringLiteral("not-assessed"));
        QVERIFY(matrix.ok());
        // Cleo (3) against Dev (4), whose "Domain knowledge" nobody assessed.
        const QList<GapContribution> gap = GapContribution::between(*matrix, 2, 3);
        const double expectedGap =
            *WeightedTotal::of(*matrix, 2).points - *WeightedTotal::of(*matrix, 3).points;
        double points = 0.0;
        double shares = 0.0;
        for (qsizetype i = 0; i < gap.size(); ++i) {
            points += gap[i].points;
            shares += gap[i].share;
            if (i > 0)
                QVERIFY(std::abs(gap[i - 1].share) >= std::abs(gap[i].share));
        }
        QVERIFY(std::abs(points - expectedGap) < kTolerance);
        QVERIFY(std::abs(shares - 1.0) < kTolerance);
    }

    void weightedTotalByHand() {
        // Design (weight 3, 1–5): P1 5 → 1, P2 3 → 0.5, mean 0.75.
        // Testing (weight 1, 1–4): P1 not assessed, P2 2 → 1/3.
        // Total = 100 × (3 × 0.75 + 1 × 1/3) / 4 = 64.583333…
        RatingMatrix m = smallMatrix();
        QVERIFY(m.setScore(0, 0, 0, 5).ok());
        QVERIFY(m.setScore(0, 0, 1, std::nullopt).ok());
        QVERIFY(m.setScore(0, 1, 0, 3).ok());
        QVERIFY(m.setScore(0, 1, 1, 2).ok());
        const WeightedTotal total = WeightedTotal::of(m, 0);
        QVERIFY(total.points);
        QVERIFY(std::abs(*total.points - 100.0 * (2.25 + 1.0 / 3.0) / 4.0) < kTolerance);
        QCOMPARE(total.expectedRatings, 4);
        QCOMPARE(total.missingRatings, 1);
        QCOMPARE(total.criteriaWithoutRating, 0);
        QCOMPARE(total.assessedWeightShare, 1.0);

        // "Not assessed" is not a 1: scoring the gap 1 (→ 0) lowers Testing's
        // mean to 1/6 and the total to 100 × (2.25 + 1/6) / 4 = 60.416666…
        QVERIFY(m.setScore(0, 0, 1, 1).ok());
        QVERIFY(std::abs(*WeightedTotal::of(m, 0).points - 100.0 * (2.25 + 1.0 / 6.0) / 4.0) <
                kTolerance);
    }

    void criterionNobodyAssessedIsLeftOutOfTheTotal() {
        // Only Design is scored (4 and 5 → 0.75, 1): total 87.5 on 3 of 4
        // weight units, Testing missing from both cards.
        RatingMatrix m = smallMatrix();
        QVERIFY(m.setScore(0, 0, 0, 4).ok());
        QVERIFY(m.setScore(0, 1, 0, 5).ok());
        const WeightedTotal total = WeightedTotal::of(m, 0);
        QCOMPARE(*total.points, 87.5);
        QCOMPARE(total.assessedWeightShare, 0.75);
        QCOMPARE(total.criteriaWithoutRating, 1);
        QCOMPARE(total.missingRatings, 2);
        QVERIFY(total.missingNote().contains(QStringLiteral("2 of 4")));
        QVERIFY(total.missingNote().contains(QStringLiteral("75%")));
    }

    void noScoresGiveNoTotal() {
        RatingMatrix m = smallMatrix();
        m.addScorecard(0, 0);
        const FinalistSummary summary = FinalistSummary::of(m, 0);
        QVERIFY(!summary.total.points);
        QCOMPARE(summary.scorecards, 1);
        QCOMPARE(summary.criteria.at(0).count, 0);
        QCOMPARE(summary.criteria.at(0).notAssessed, 1);
        QVERIFY(!summary.criteria.at(0).mean);
        QVERIFY(!summary.criteria.at(0).standardDeviation);
        QVERIFY(GapContribution::between(m, 0, 0).isEmpty());
    }

    void scoresOutsideTheScaleAreRefused() {
        RatingMatrix m = smallMatrix();
        QVERIFY(!m.setScore(0, 0, 1, 5).ok());
        QVERIFY(!m.setScore(0, 0, 0, 0).ok());
        QVERIFY(!m.hasScorecard(0, 0));
    }

    void medianAndSpreadByHand() {
        // {2, 4, 4, 5}: median (4 + 4) / 2 = 4, mean 3.75,
        // sd = sqrt((3.0625 + 0.0625 + 0.0625 + 1.5625) / 3) = sqrt(4.75 / 3).
        const ScoreSummary s = ScoreSummary::of({4, 2, 5, 4});
        QCOMPARE(*s.median, 4.0);
        QCOMPARE(*s.mean, 3.75);
        QCOMPARE(*s.minimum, 2);
        QCOMPARE(*s.maximum, 5);
        QVERIFY(std::abs(*s.standardDeviation - std::sqrt(4.75 / 3.0)) < kTolerance);
        QCOMPARE(*ScoreSummary::of({3, 1, 2}).median, 2.0);
        QVERIFY(!ScoreSummary::of({3}).standardDeviation);
    }

    void recommendationDistribution() {
        // tests/data/analytics/not-assessed/recommendations.csv by hand:
        // Ada yes, strong_yes, yes, yes; Dev no, strong_no, no, (none).
        auto matrix = AnalyticsFixture::load(QStringLiteral("not-assessed"));
        QVERIFY(matrix.ok());
        const RecommendationCounts ada = FinalistSummary::of(*matrix, 0).recommendations;
        QCOMPARE(ada.count(Recommendation::Yes), 3);
        QCOMPARE(ada.count(Recommendation::StrongYes), 1);
        QCOMPARE(ada.count(Recommendation::No), 0);
        QCOMPARE(ada.missing, 0);
        const RecommendationCounts dev = FinalistSummary::of(*matrix, 3).recommendations;
        QCOMPARE(dev.count(Recommendation::No), 2);
        QCOMPARE(dev.count(Recommendation::StrongNo), 1);
        QCOMPARE(dev.given(), 3);
        QCOMPARE(dev.missing, 1);
        // Partial panel: Kai was seen by three panelists only (no, no, yes).
        auto partial = AnalyticsFixture::load(QStringLiteral("partial-panel"));
        QVERIFY(partial.ok());
        const RecommendationCounts kai = FinalistSummary::of(*partial, 5).recommendations;
        QCOMPARE(kai.given(), 3);
        QCOMPARE(kai.count(Recommendation::No), 2);
        QCOMPARE(kai.missing, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsDescriptive)
#include "tst_analytics_descriptive.moc"

// Tie detection: the seeded panel bootstrap of TieDetector.
//
// Where the expected numbers come from:
// - exactEnumeration*: all 3^3 = 27 equally likely ordered resamples of a
//   three-person panel, counted by hand in the comments and again by
//   exactProbability() below, a plain re-implementation of the weighted
//   total of docs/ANALYTICS.md on a list of panelists; the bootstrap with
//   20,000 resamples must land within 0.015 of it (over 4 standard errors:
//   sqrt(0.25 / 20000) = 0.0035).
// - samplerFollowsTheStandardEngine: std::mt19937_64, whose output the C++
//   standard fixes, and Lemire's (2019) multiply-shift rule written out here.
// - the others: the extreme cases are exact (1, 0.5) by construction.

#include "AnalyticsFixture.h"
#include "analytics/FinalistComparison.h"
#include "analytics/RatingMatrix.h"
#include "analytics/SeededIndexSampler.h"
#include "analytics/TieDetector.h"
#include "analytics/WeightedTotal.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace debrief;
using AnalyticsFixture::criterion;
using AnalyticsFixture::matrixOf;

namespace {

/// One criterion on 1–5; finalist f gets scores[f][p] from panelist p.
RatingMatrix oneCriterion(const QList<QList<int>>& scores) {
    RatingMatrix m = matrixOf({criterion(QStringLiteral("Skill"), 1, 5)}, int(scores.size()),
                              int(scores.first().size()));
    for (qsizetype f = 0; f < scores.size(); ++f) {
        for (qsizetype p = 0; p < scores[f].size(); ++p)
            (void)m.setScore(int(f), int(p), 0, scores[f][p]);
    }
    return m;
}

/// The weighted total on a panel given as panelist indices (with repeats).
std::optional<double> totalOn(const RatingMatrix& m, int finalist, const QList<int>& panel) {
    double weighted = 0.0;
    double weight = 0.0;
    for (int c = 0; c < m.criterionCount(); ++c) {
        double sum = 0.0;
        int raters = 0;
        for (int p : panel) {
            if (const auto s = m.score(finalist, p, c)) {
                sum += double(*s - 1) / double(m.criteria()[c].scaleSize - 1);
                ++raters;
            }
        }
        if (raters > 0) {
            weighted += m.criteria()[c].weight * sum / raters;
            weight += m.criteria()[c].weight;
        }
    }
    if (weight == 0.0)
        return std::nullopt;
    return 100.0 * weighted / weight;
}

/// P(first outranks second) over every ordered resample of a small panel,
/// ties and undefined totals counting one half.
double exactProbability(const RatingMatrix& m, int first, int second) {
    const int size = m.panelistCount();
    int resamples = 1;
    for (int i = 0; i < size; ++i)
        resamples *= size;
    double wins = 0.0;
    for (int code = 0; code < resamples; ++code) {
        QList<int> panel;
        for (int i = 0, rest = code; i < size; ++i, rest /= size)
            panel.append(rest % size);
        const auto a = totalOn(m, first, panel);
        const auto b = totalOn(m, second, panel);
        if (!a || !b || std::abs(*a - *b) < 1e-9)
            wins += 0.5;
        else if (*a > *b)
            wins += 1.0;
    }
    return wins / resamples;
}

TieReport run(const RatingMatrix& m, TieOptions options = {}) {
    auto report = TieDetector::run(m, options);
    if (!report.ok())
        qFatal("%s", qPrintable(report.errorMessage()));
    return *report;
}

} // namespace

class TestAnalyticsBootstrap : public QObject {
    Q_OBJECT

private slots:
    void samplerFollowsTheStandardEngine() {
        // For a power-of-two bound Lemire's rule never rejects and returns
        // the top bits of the draw's upper half.
        SeededIndexSampler sampler(42);
        std::mt19937_64 engine(42);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(sampler.below(8), std::uint32_t(engine() >> 61));
        // Bound 10: accept x·10 unless its low word is below 2^32 mod 10 = 6.
        SeededIndexSampler tens(7);
        std::mt19937_64 reference(7);
        for (int i = 0; i < 1000; ++i) {
            std::uint64_t product = 0;
            do {
                product = (reference() >> 32) * 10U;
            } while (std::uint32_t(product) < 6U);
            QCOMPARE(tens.below(10), std::uint32_t(product >> 32));
        }
    }

    void samplerIsUniform() {
        SeededIndexSampler sampler(2024);
        int counts[3] = {0, 0, 0};
        for (int i = 0; i < 30000; ++i)
            ++counts[sampler.below(3)];
        for (int count : counts)
            QVERIFY2(std::abs(count - 10000) < 300, qPrintable(QString::number(count)));
        QCOMPARE(SeededIndexSampler(1).below(1), 0U);
    }

    void sameSeedSameReport() {
        auto matrix = AnalyticsFixture::load(QStringLiteral("partial-panel"));
        QVERIFY(matrix.ok());
        const TieReport first = run(*matrix);
        const TieReport second = run(*matrix);
        QVERIFY(first == second);
        QCOMPARE(first.pairs.size(), 15);
        QCOMPARE(first.intervals.size(), 6);
        TieOptions other;
        other.seed = 7;
        const TieReport reseeded = run(*matrix, other);
        QCOMPARE(reseeded.pairs.size(), first.pairs.size());
        bool anyDifferent = false;
        for (qsizetype i = 0; i < first.pairs.size(); ++i)
            anyDifferent |=
                first.pairs[i].probabilityFirstAhead != reseeded.pairs[i].probabilityFirstAhead;
        QVERIFY(anyDifferent);
    }

    void hugeGapIsClear() {
        const RatingMatrix m = oneCriterion({{5, 5, 4, 5}, {1, 2, 1, 1}});
        const TieReport report = run(m);
        const FinalistPair& pair = report.pairs.first();
        QCOMPARE(pair.probabilityFirstAhead, 1.0);
        QCOMPARE(pair.verdict, TieVerdict::FirstAhead);
        QVERIFY(TieDetector::describe(m, pair).contains(QStringLiteral("F0 ahead of F1")));
        // The same pair seen the other way round.
        const RatingMatrix swapped = oneCriterion({{1, 2, 1, 1}, {5, 5, 4, 5}});
        // A copy: the report is a temporary, a reference into it dangles
        // (AddressSanitizer: heap-use-after-free).
        const FinalistPair other = run(swapped).pairs.first();
        QCOMPARE(other.probabilityFirstAhead, 0.0);
        QCOMPARE(other.verdict, TieVerdict::SecondAhead);
        QVERIFY(TieDetector::describe(swapped, other).contains(QStringLiteral("F1 ahead of F0")));
    }

    void identicalFinalistsAreTooCloseToCall() {
        const RatingMatrix m = oneCriterion({{4, 2, 5, 3}, {4, 2, 5, 3}});
        const FinalistPair pair = run(m).pairs.first();
        QCOMPARE(pair.probabilityFirstAhead, 0.5);
        QCOMPARE(pair.verdict, TieVerdict::TooCloseToCall);
        QCOMPARE(*pair.gap, 0.0);
        QCOMPARE(pair.undecidedResamples, 0);
        QVERIFY(TieDetector::describe(m, pair).contains(QStringLiteral("too close to call")));
    }

    void exactEnumerationSmallCase() {
        // Differences A − B per panelist (2, −1, 0) on one criterion. With
        // n1, n2, n3 draws of each panelist A wins when 2 n1 > n2 and ties
        // when 2 n1 = n2. Counting the 27 ordered draws by pattern:
        // A wins (3,0,0) 1, (2,1,0) 3, (2,0,1) 3, (1,0,2) 3, (1,1,1) 6 = 16;
        // ties (0,0,3) 1, (1,2,0) 3 = 4; B wins 7. P = (16 + 4/2) / 27 = 2/3.
        const RatingMatrix m = oneCriterion({{3, 1, 2}, {1, 2, 2}});
        QVERIFY(std::abs(exactProbability(m, 0, 1) - 2.0 / 3.0) < 1e-12);
        TieOptions options;
        options.resamples = 20000;
        const FinalistPair pair = run(m, options).pairs.first();
        QVERIFY2(std::abs(pair.probabilityFirstAhead - 2.0 / 3.0) < 0.015,
                 qPrintable(QString::number(pair.probabilityFirstAhead)));
        // 2/3 is below the default threshold of 0.75, above 0.6.
        QCOMPARE(pair.verdict, TieVerdict::TooCloseToCall);
        options.threshold = 0.6;
        QCOMPARE(run(m, options).pairs.first().verdict, TieVerdict::FirstAhead);
    }

    void exactEnumerationOddPanel() {
        // Differences (1, −1, 1): A wins when n1 + n3 ≥ 2, i.e. a
        // Binomial(3, 2/3) of at least 2: 3 × (2/3)² × (1/3) + (2/3)³ = 20/27.
        const RatingMatrix m = oneCriterion({{4, 2, 3}, {3, 3, 2}});
        QVERIFY(std::abs(exactProbability(m, 0, 1) - 20.0 / 27.0) < 1e-12);
        TieOptions options;
        options.resamples = 20000;
        QVERIFY(std::abs(run(m, options).pairs.first().probabilityFirstAhead - 20.0 / 27.0) <
                0.015);
    }

    void exactEnumerationWithGapsAndWeights() {
        // Two weighted criteria, a "not assessed" and a finalist P2 never saw:
        // resamples of P2 alone (1 of 27) leave F1 without a total and count
        // as undecided. The exact value comes from exactProbability().
        RatingMatrix m = matrixOf(
            {criterion(QStringLiteral("Design"), 2, 5), criterion(QStringLiteral("Testing"), 1, 4)},
            2, 3);
        const int scores[2][3][2] = {{{4, 3}, {3, 0}, {5, 2}}, {{5, 2}, {2, 4}, {0, 0}}};
        for (int f = 0; f < 2; ++f) {
            for (int p = 0; p < 3; ++p) {
                if (f == 1 && p == 2)
                    continue;
                for (int c = 0; c < 2; ++c) {
                    const int s = scores[f][p][c];
                    QVERIFY(
                        m.setScore(f, p, c, s == 0 ? std::nullopt : std::optional<int>(s)).ok());
                }
            }
        }
        const double exact = exactProbability(m, 0, 1);
        TieOptions options;
        options.resamples = 20000;
        const FinalistPair pair = run(m, options).pairs.first();
        QVERIFY2(std::abs(pair.probabilityFirstAhead - exact) < 0.015,
                 qPrintable(
                     QStringLiteral("%1 vs exact %2").arg(pair.probabilityFirstAhead).arg(exact)));
        QVERIFY(std::abs(pair.undecidedResamples / 20000.0 - 1.0 / 27.0) < 0.01);
    }

    void pairsCarryTotalsAndContributions() {
        auto matrix = AnalyticsFixture::load(QStringLiteral("not-assessed"));
        QVERIFY(matrix.ok());
        const TieReport report = run(*matrix);
        const FinalistPair* pair = report.pair(3, 2);
        QVERIFY(pair);
        QCOMPARE(pair->first, 2);
        QCOMPARE(pair->second, 3);
        QCOMPARE(pair->firstTotal, WeightedTotal::of(*matrix, 2).points);
        QCOMPARE(pair->contributions, GapContribution::between(*matrix, 2, 3));
        QVERIFY(!report.pair(1, 1));
        // Cleo's 87.7 against Dev's 36.3: clear on any resample.
        QCOMPARE(pair->verdict, TieVerdict::FirstAhead);
    }

    void intervalsOfConstantScoresAreAPoint() {
        // F0 scores 4 from everyone: 75 on every resample.
        const RatingMatrix m = oneCriterion({{4, 4, 4}, {1, 5, 3}});
        const TieReport report = run(m);
        QCOMPARE(*report.intervals[0].low, 75.0);
        QCOMPARE(*report.intervals[0].high, 75.0);
        QCOMPARE(report.intervals[0].definedResamples, 2000);
        QVERIFY(*report.intervals[1].low < 50.0);
        QVERIFY(*report.intervals[1].high > 50.0);
    }

    void comparisonBundlesTheReports() {
        auto matrix = AnalyticsFixture::load(QStringLiteral("partial-panel"));
        QVERIFY(matrix.ok());
        auto report = FinalistComparison::run(*matrix);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->finalists.size(), 6);
        QVERIFY(report->ties == run(*matrix));
        QCOMPARE(report->calibration.panelists.size(), 5);
        QCOMPARE(report->calibration.criteria.size(), 3);
        TieOptions few;
        few.resamples = 10;
        QVERIFY(!FinalistComparison::run(*matrix, few).ok());
    }

    void optionsOutOfRangeAreRefused() {
        const RatingMatrix m = oneCriterion({{4, 4}, {1, 5}});
        TieOptions few;
        few.resamples = 100;
        QVERIFY(!TieDetector::run(m, few).ok());
        TieOptions half;
        half.threshold = 0.5;
        QVERIFY(!TieDetector::run(m, half).ok());
        TieOptions level;
        level.intervalLevel = 1.0;
        QVERIFY(!TieDetector::run(m, level).ok());
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsBootstrap)
#include "tst_analytics_bootstrap.moc"

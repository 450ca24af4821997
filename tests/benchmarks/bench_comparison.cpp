#include "analytics/FinalistComparison.h"
#include "analytics/FinalistSummary.h"
#include "analytics/RatingMatrix.h"
#include "analytics/TieDetector.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace debrief;

namespace {

constexpr int kFinalists = 10;
constexpr int kPanelists = 10;
constexpr int kCriteria = 15;
/// Share of cells a panelist marks "not assessed", as real panels do.
constexpr double kNotAssessed = 0.05;

/// A full panel scoring every finalist on a 1..5 scale (weights 1..3),
/// each finalist with its own level so the totals differ a little; the same
/// every run (fixed seed).
RatingMatrix syntheticMatrix() {
    QList<Criterion> criteria;
    for (int c = 0; c < kCriteria; ++c) {
        Criterion criterion;
        criterion.id = c + 1;
        criterion.name = QStringLiteral("Criterion %1").arg(c + 1);
        criterion.weight = 1 + c % 3;
        criterion.scaleSize = 5;
        criteria.append(criterion);
    }
    QList<Finalist> finalists;
    for (int f = 0; f < kFinalists; ++f)
        finalists.append({f + 1, f + 1, QStringLiteral("Finalist %1").arg(f + 1)});
    QList<Panelist> panelists;
    for (int p = 0; p < kPanelists; ++p)
        panelists.append(Panelist{p + 1, {}, QStringLiteral("Panelist %1").arg(p + 1), {}, {}, {}});
    RatingMatrix matrix(criteria, finalists, panelists);
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.8);
    for (int f = 0; f < kFinalists; ++f) {
        const double level = 2.5 + 0.15 * f;
        for (int p = 0; p < kPanelists; ++p) {
            matrix.addScorecard(f, p);
            for (int c = 0; c < kCriteria; ++c) {
                if (unit(random) < kNotAssessed)
                    continue;
                const int score = std::clamp(int(std::lround(level + noise(random))), 1, 5);
                if (!matrix.setScore(f, p, c, score))
                    qFatal("score out of range");
            }
            matrix.setRecommendation(f, p, Recommendation(f * 7 % 4));
        }
    }
    return matrix;
}

} // namespace

/// The finalist comparison on 10 finalists × 10 panelists × 15 criteria with
/// 2,000 resamples of the panel (target: well under 50 ms on one core), next
/// to the descriptive statistics alone as the baseline the ratio is taken to.
class BenchComparison : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_matrix = syntheticMatrix(); }

    void baselineDescriptiveStatistics() {
        QList<FinalistSummary> summaries;
        QBENCHMARK {
            summaries = FinalistSummary::all(m_matrix);
        }
        QCOMPARE(summaries.size(), kFinalists);
    }

    void tieDetector2000Resamples() {
        TieOptions options;
        options.resamples = 2000;
        Result<TieReport> report = TieReport{};
        QBENCHMARK {
            report = TieDetector::run(m_matrix, options);
        }
        QVERIFY(report);
        // Every pair of 10 finalists: 10 × 9 / 2.
        QCOMPARE(report->pairs.size(), 45);
    }

    void finalistComparison2000Resamples() {
        Result<ComparisonReport> report = ComparisonReport{};
        QBENCHMARK {
            report = FinalistComparison::run(m_matrix);
        }
        QVERIFY(report);
        QCOMPARE(report->finalists.size(), kFinalists);
        QCOMPARE(report->calibration.criteria.size(), kCriteria);
    }

private:
    RatingMatrix m_matrix;
};

QTEST_GUILESS_MAIN(BenchComparison)
#include "bench_comparison.moc"

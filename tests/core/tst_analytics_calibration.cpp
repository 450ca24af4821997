// Panel calibration: leniency or severity, the halo flag, and the
// per-criterion agreement in one report.
//
// Where the expected numbers come from:
// - fromReference: tests/data/analytics/<dataset>/reference-calibration.csv,
//   written by tests/data/analytics/make-reference.R (offsets, their mean
//   and sd(), and the halo counts coded again in R).
// - the other tests: worked out by hand in the comments next to them.

#include "AnalyticsFixture.h"
#include "analytics/IntraclassCorrelation.h"
#include "analytics/KrippendorffAlpha.h"
#include "analytics/PanelCalibration.h"

#include <QTest>

#include <cmath>

using namespace debrief;
using AnalyticsFixture::criterion;
using AnalyticsFixture::kTolerance;
using AnalyticsFixture::matrixOf;
using AnalyticsFixture::near;

namespace {

RatingMatrix matrixOf(int criteria, int finalists, int panelists) {
    return AnalyticsFixture::matrixOf(AnalyticsFixture::uniformCriteria(criteria), finalists,
                                      panelists);
}

} // namespace

class TestAnalyticsCalibration : public QObject {
    Q_OBJECT

private slots:
    void fromReference_data() {
        QTest::addColumn<QString>("dataset");
        for (const QString& name : AnalyticsFixture::datasets())
            QTest::newRow(qPrintable(name)) << name;
    }

    void fromReference() {
        QFETCH(QString, dataset);
        auto matrix = AnalyticsFixture::load(dataset);
        QVERIFY2(matrix.ok(), qPrintable(matrix.errorMessage()));
        auto rows =
            AnalyticsFixture::reference(dataset, QStringLiteral("reference-calibration.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), matrix->panelistCount());
        const CalibrationReport report = PanelCalibration::analyse(*matrix);
        for (const auto& row : *rows) {
            const int p =
                AnalyticsFixture::panelist(*matrix, row.value(QStringLiteral("panelist")));
            const PanelistCalibration& r = report.panelists.at(p);
            QCOMPARE(r.panelist, p);
            QCOMPARE(r.comparisons, row.value(QStringLiteral("comparisons")).toInt());
            QCOMPARE(r.finalists, row.value(QStringLiteral("finalists")).toInt());
            QVERIFY2(near(r.meanOffset,
                          AnalyticsFixture::number(row.value(QStringLiteral("mean_offset")))),
                     qPrintable(row.value(QStringLiteral("panelist"))));
            QVERIFY(near(r.offsetSpread,
                         AnalyticsFixture::number(row.value(QStringLiteral("sd_offset")))));
            QCOMPARE(r.haloEligibleScorecards, row.value(QStringLiteral("halo_eligible")).toInt());
            QCOMPARE(r.flatScorecards, row.value(QStringLiteral("halo_flat")).toInt());
        }
    }

    void leniencyClasses() {
        // Partial panel (reference-calibration.csv): Pat +20.4 points over 9
        // comparisons is lenient; Nia −9.3 stays within ±10 points.
        auto matrix = AnalyticsFixture::load(QStringLiteral("partial-panel"));
        QVERIFY(matrix.ok());
        const CalibrationReport report = PanelCalibration::analyse(*matrix);
        QCOMPARE(report.panelists.at(4).leniency, Leniency::Lenient);
        QCOMPARE(report.panelists.at(2).leniency, Leniency::Typical);
        CalibrationOptions strict;
        strict.leniencyThreshold = 9.0;
        QCOMPARE(PanelCalibration::panelist(*matrix, 2, strict).leniency, Leniency::Severe);
        QCOMPARE(PanelCalibration::label(Leniency::Lenient), QStringLiteral("lenient"));
    }

    void oneStepAboveTheRestByHand() {
        // On a 1–5 scale P2 always scores one step (0.25 normalised) above
        // P0 and P1, who agree: P2's offset is +25 points on each of the
        // 2 × 2 cells. P0's is a − (a + a + 0.25) / 2 = −0.125, i.e. −12.5
        // points: severe by the 10-point rule.
        RatingMatrix m = matrixOf(2, 2, 3);
        for (int f = 0; f < 2; ++f) {
            for (int c = 0; c < 2; ++c) {
                QVERIFY(m.setScore(f, 0, c, 2 + f).ok());
                QVERIFY(m.setScore(f, 1, c, 2 + f).ok());
                QVERIFY(m.setScore(f, 2, c, 3 + f).ok());
            }
        }
        const PanelistCalibration lenient = PanelCalibration::panelist(m, 2);
        QCOMPARE(lenient.comparisons, 4);
        QCOMPARE(lenient.finalists, 2);
        QVERIFY(std::abs(*lenient.meanOffset - 25.0) < kTolerance);
        QVERIFY(std::abs(*lenient.offsetSpread) < kTolerance);
        QCOMPARE(lenient.leniency, Leniency::Lenient);
        const PanelistCalibration other = PanelCalibration::panelist(m, 0);
        QVERIFY(std::abs(*other.meanOffset + 12.5) < kTolerance);
        QCOMPARE(other.leniency, Leniency::Severe);
    }

    void aloneOnAFinalistIsUnknown() {
        RatingMatrix m = matrixOf(1, 1, 2);
        QVERIFY(m.setScore(0, 0, 0, 5).ok());
        const PanelistCalibration r = PanelCalibration::panelist(m, 0);
        QCOMPARE(r.comparisons, 0);
        QVERIFY(!r.meanOffset);
        QCOMPARE(r.leniency, Leniency::Unknown);
    }

    void haloNeedsFlatCardsOnMostFinalists() {
        // Five criteria on 1–5. P0 gives 4, 4, 4, 4, 4 to F0 and F1 (spread 0)
        // and 2, 5, 3, 4, 1 to F2: 2 of 3 eligible cards are flat, a halo.
        // P1 gives 4, 4, 4, 4, 5 (normalised 0.75 × 4 and 1: population sd
        // exactly 0.1, flat) to F0 only: one eligible card is too few.
        RatingMatrix m = matrixOf(5, 3, 2);
        const int spread[5] = {2, 5, 3, 4, 1};
        for (int c = 0; c < 5; ++c) {
            QVERIFY(m.setScore(0, 0, c, 4).ok());
            QVERIFY(m.setScore(1, 0, c, 4).ok());
            QVERIFY(m.setScore(2, 0, c, spread[c]).ok());
            QVERIFY(m.setScore(0, 1, c, c == 4 ? 5 : 4).ok());
        }
        const PanelistCalibration p0 = PanelCalibration::panelist(m, 0);
        QCOMPARE(p0.haloEligibleScorecards, 3);
        QCOMPARE(p0.flatScorecards, 2);
        QVERIFY(p0.halo);
        const PanelistCalibration p1 = PanelCalibration::panelist(m, 1);
        QCOMPARE(p1.haloEligibleScorecards, 1);
        QCOMPARE(p1.flatScorecards, 1);
        QVERIFY(!p1.halo);
        // Half is not most: with F1's card varied, 1 of 2 flat is no halo.
        for (int c = 0; c < 5; ++c)
            QVERIFY(m.setScore(1, 0, c, spread[c]).ok());
        QVERIFY(!PanelCalibration::panelist(m, 0).halo);
    }

    void cardsWithFewCriteriaAreNotJudged() {
        // Three assessed criteria (fewer than four): not eligible at all.
        RatingMatrix m = matrixOf(5, 2, 1);
        for (int f = 0; f < 2; ++f) {
            for (int c = 0; c < 3; ++c)
                QVERIFY(m.setScore(f, 0, c, 3).ok());
        }
        const PanelistCalibration r = PanelCalibration::panelist(m, 0);
        QCOMPARE(r.haloEligibleScorecards, 0);
        QVERIFY(!r.halo);
    }

    void reportCarriesAgreementPerCriterion() {
        auto matrix = AnalyticsFixture::load(QStringLiteral("not-assessed"));
        QVERIFY(matrix.ok());
        const CalibrationReport report = PanelCalibration::analyse(*matrix);
        QCOMPARE(report.criteria.size(), 4);
        QCOMPARE(report.panelists.size(), 4);
        // Not-assessed, reference-calibration.csv: Amara has 2 flat cards of 3.
        QVERIFY(report.panelists.at(0).halo);
        for (int c = 0; c < 4; ++c) {
            const CriterionAgreement& a = report.criteria.at(c);
            QCOMPARE(a.criterion, c);
            QCOMPARE(a.icc.icc2, IntraclassCorrelation::compute(*matrix, c).icc2);
            QCOMPARE(a.alpha.level, MeasurementLevel::Ordinal);
            QCOMPARE(a.alpha.alpha,
                     KrippendorffAlpha::compute(*matrix, c, MeasurementLevel::Ordinal).alpha);
            QVERIFY(!a.icc.basis.isEmpty());
            QVERIFY(!a.alpha.basis.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsCalibration)
#include "tst_analytics_calibration.moc"

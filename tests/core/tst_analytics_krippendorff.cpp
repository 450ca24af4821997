// Krippendorff's alpha at the nominal, ordinal and interval levels.
//
// Where the expected numbers come from:
// - publishedExample: Krippendorff (2011), "Computing Krippendorff's
//   Alpha-Reliability", section C: 12 units, 4 coders, nominal 0.743,
//   ordinal 0.815, interval 0.849.
// - fromReference: tests/data/analytics/<dataset>/reference-alpha.csv, written
//   by tests/data/analytics/krippendorff_reference.py, an exact-fraction
//   implementation of the pairwise-disagreement definition (not the
//   coincidence matrix used here).
// - the other tests: worked out by hand in the comments next to them.

#include "AnalyticsFixture.h"
#include "analytics/KrippendorffAlpha.h"

#include <QTest>

#include <cmath>

using namespace debrief;
using AnalyticsFixture::criterion;
using AnalyticsFixture::kTolerance;

namespace {

KrippendorffAlpha::Data publishedData() {
    // Rows are units 1..12, columns coders A..D; 0 marks a missing value.
    const int table[12][4] = {{1, 1, 0, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3},
                              {2, 2, 2, 2}, {1, 2, 3, 4}, {4, 4, 4, 4}, {1, 1, 2, 1},
                              {2, 2, 2, 2}, {0, 5, 5, 5}, {0, 0, 1, 1}, {0, 3, 0, 0}};
    KrippendorffAlpha::Data data;
    for (const auto& unit : table) {
        QList<std::optional<int>> row;
        for (int v : unit)
            row.append(v == 0 ? std::nullopt : std::optional<int>(v));
        data.append(row);
    }
    return data;
}

MeasurementLevel levelFrom(const QString& key) {
    if (key == QLatin1String("nominal"))
        return MeasurementLevel::Nominal;
    if (key == QLatin1String("interval"))
        return MeasurementLevel::Interval;
    return MeasurementLevel::Ordinal;
}

} // namespace

class TestAnalyticsKrippendorff : public QObject {
    Q_OBJECT

private slots:
    void publishedExample() {
        const auto data = publishedData();
        const AlphaResult nominal = KrippendorffAlpha::compute(data, MeasurementLevel::Nominal);
        const AlphaResult ordinal = KrippendorffAlpha::compute(data, MeasurementLevel::Ordinal);
        const AlphaResult interval = KrippendorffAlpha::compute(data, MeasurementLevel::Interval);
        QCOMPARE(QString::number(*nominal.alpha, 'f', 3), QStringLiteral("0.743"));
        QCOMPARE(QString::number(*ordinal.alpha, 'f', 3), QStringLiteral("0.815"));
        QCOMPARE(QString::number(*interval.alpha, 'f', 3), QStringLiteral("0.849"));
        // Unit 12 has one value: 11 pairable units with 40 values.
        QCOMPARE(nominal.units, 11);
        QCOMPARE(nominal.pairableValues, 40);
        QCOMPARE(nominal.unpairableValues, 1);
        QCOMPARE(nominal.coders, 4);
        QVERIFY(nominal.basis.contains(QStringLiteral("40 value")));
    }

    void fromReference_data() {
        QTest::addColumn<QString>("dataset");
        for (const QString& name : AnalyticsFixture::datasets())
            QTest::newRow(qPrintable(name)) << name;
    }

    void fromReference() {
        QFETCH(QString, dataset);
        auto matrix = AnalyticsFixture::load(dataset);
        QVERIFY2(matrix.ok(), qPrintable(matrix.errorMessage()));
        auto rows = AnalyticsFixture::reference(dataset, QStringLiteral("reference-alpha.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 3 * matrix->criterionCount());
        for (const auto& row : *rows) {
            const int c =
                AnalyticsFixture::criterion(*matrix, row.value(QStringLiteral("criterion")));
            const AlphaResult r = KrippendorffAlpha::compute(
                *matrix, c, levelFrom(row.value(QStringLiteral("level"))));
            const auto expected = AnalyticsFixture::number(row.value(QStringLiteral("alpha")));
            QVERIFY(expected);
            QVERIFY(r.alpha);
            QVERIFY2(std::abs(*r.alpha - *expected) <= kTolerance,
                     qPrintable(QStringLiteral("%1 %2: %3, Python says %4")
                                    .arg(row.value(QStringLiteral("criterion")),
                                         row.value(QStringLiteral("level")))
                                    .arg(*r.alpha, 0, 'g', 15)
                                    .arg(*expected, 0, 'g', 15)));
            QCOMPARE(r.units, row.value(QStringLiteral("units")).toInt());
            QCOMPARE(r.pairableValues, row.value(QStringLiteral("pairable_values")).toInt());
        }
    }

    void smallTableByHand() {
        // Two coders, units (1,1), (2,2), (1,2). Every value pairs with the
        // other one in its unit (weight 1/(2−1) = 1): o11 = 2, o22 = 2,
        // o12 = o21 = 1; n1 = n2 = 3, n = 6. Nominal: D_o ∝ o12 + o21 = 2,
        // D_e ∝ n1 n2 + n2 n1 = 18, alpha = 1 − (6 − 1) × 2 / 18 = 4/9.
        // With only two distinct values every level has one constant δ² for
        // the one pair of values (interval 1, ordinal (3 + 3 − 3)² = 9),
        // which cancels: all three levels give 4/9.
        const KrippendorffAlpha::Data data = {{1, 1}, {2, 2}, {1, 2}};
        for (MeasurementLevel level :
             {MeasurementLevel::Nominal, MeasurementLevel::Ordinal, MeasurementLevel::Interval}) {
            const AlphaResult r = KrippendorffAlpha::compute(data, level);
            QVERIFY(std::abs(*r.alpha - 4.0 / 9.0) < kTolerance);
        }
    }

    void missingValuesAreSkippedNotZero() {
        // Adding units where only one coder gave a value changes nothing.
        KrippendorffAlpha::Data data = {{1, 1}, {2, 2}, {1, 2}};
        KrippendorffAlpha::Data padded = data;
        padded.append({std::nullopt, 5});
        padded.append({std::nullopt, std::nullopt});
        const AlphaResult r = KrippendorffAlpha::compute(padded, MeasurementLevel::Interval);
        QCOMPARE(*r.alpha, *KrippendorffAlpha::compute(data, MeasurementLevel::Interval).alpha);
        QCOMPARE(r.unpairableValues, 1);
    }

    void undefinedWithoutPairsOrVariation() {
        QVERIFY(!KrippendorffAlpha::compute({{1, std::nullopt}, {std::nullopt, 2}},
                                            MeasurementLevel::Nominal)
                     .alpha);
        // Everybody agrees on one value: no expected disagreement, alpha 0/0.
        QVERIFY(!KrippendorffAlpha::compute({{3, 3}, {3, 3}}, MeasurementLevel::Ordinal).alpha);
        QVERIFY(!KrippendorffAlpha::compute({}, MeasurementLevel::Interval).alpha);
    }

    void systematicDisagreementIsNegative() {
        // Units (1,2) and (2,1): every pair disagrees. o12 = o21 = 2,
        // n1 = n2 = 2, n = 4: alpha = 1 − (n − 1)(o12 + o21) / (n1 n2 + n2 n1)
        // = 1 − 3 × 4 / 8 = −0.5.
        const AlphaResult r =
            KrippendorffAlpha::compute({{1, 2}, {2, 1}}, MeasurementLevel::Nominal);
        QVERIFY(std::abs(*r.alpha + 0.5) < kTolerance);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsKrippendorff)
#include "tst_analytics_krippendorff.moc"

// Intraclass correlations ICC(1,1), ICC(2,1), ICC(3,1) and the complete
// block they rest on.
//
// Where the expected numbers come from:
// - publishedShroutFleiss: Shrout & Fleiss (1979), "Intraclass correlations:
//   uses in assessing rater reliability", Psychological Bulletin 86(2),
//   Table 2 (data) and Table 4 (ICC(1,1) = .17, ICC(2,1) = .29,
//   ICC(3,1) = .71; BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02).
// - fromReference: tests/data/analytics/<dataset>/reference-icc.csv, written
//   by psych::ICC(lmer = FALSE) in tests/data/analytics/make-reference.R,
//   which also chooses the complete block on its own (combn over all
//   panelist sets).
// - the other tests: worked out by hand in the comments next to them.

#include "AnalyticsFixture.h"
#include "analytics/CompleteBlock.h"
#include "analytics/IntraclassCorrelation.h"

#include <QTest>

#include <cmath>

using namespace debrief;
using AnalyticsFixture::criterion;
using AnalyticsFixture::near;

namespace {

QStringList names(const QList<int>& indices, const QStringList& all) {
    QStringList out;
    for (int i : indices)
        out.append(all.at(i));
    return out;
}

RatingMatrix blankMatrix(int finalists, int panelists) {
    return AnalyticsFixture::matrixOf(
        {AnalyticsFixture::criterion(QStringLiteral("Skill"), 1.0, 5)}, finalists, panelists);
}

} // namespace

class TestAnalyticsIcc : public QObject {
    Q_OBJECT

private slots:
    void publishedShroutFleiss() {
        const IccResult r = IntraclassCorrelation::fromTable(
            {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}});
        QCOMPARE(qRound(*r.icc1 * 100), 17);
        QCOMPARE(qRound(*r.icc2 * 100), 29);
        QCOMPARE(qRound(*r.icc3 * 100), 71);
        QCOMPARE(qRound(r.meanSquareTargets * 100), 1124);
        QCOMPARE(qRound(r.meanSquareWithin * 100), 626);
        QCOMPARE(qRound(r.meanSquareRaters * 100), 3249);
        QCOMPARE(qRound(r.meanSquareResidual * 100), 102);
        QCOMPARE(r.targets(), 6);
        QCOMPARE(r.raters(), 4);
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
        auto rows = AnalyticsFixture::reference(dataset, QStringLiteral("reference-icc.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), matrix->criterionCount());
        QStringList finalists;
        for (const Finalist& f : matrix->finalists())
            finalists.append(f.name);
        QStringList panelists;
        for (const Panelist& p : matrix->panelists())
            panelists.append(p.name);
        for (const auto& row : *rows) {
            const int c =
                AnalyticsFixture::criterion(*matrix, row.value(QStringLiteral("criterion")));
            const IccResult r = IntraclassCorrelation::compute(*matrix, c);
            QCOMPARE(r.targets(), row.value(QStringLiteral("targets")).toInt());
            QCOMPARE(r.raters(), row.value(QStringLiteral("raters")).toInt());
            QCOMPARE(names(r.finalists, finalists).join(QLatin1Char(';')),
                     row.value(QStringLiteral("finalists")));
            QCOMPARE(names(r.panelists, panelists).join(QLatin1Char(';')),
                     row.value(QStringLiteral("panelists")));
            for (const auto& [name, value] : {std::pair{QStringLiteral("icc1"), r.icc1},
                                              std::pair{QStringLiteral("icc2"), r.icc2},
                                              std::pair{QStringLiteral("icc3"), r.icc3}}) {
                const auto expected = AnalyticsFixture::number(row.value(name));
                QVERIFY2(near(value, expected),
                         qPrintable(QStringLiteral("%1 %2: %3, psych says %4")
                                        .arg(row.value(QStringLiteral("criterion")), name)
                                        .arg(value.value_or(qQNaN()), 0, 'g', 15)
                                        .arg(expected.value_or(qQNaN()), 0, 'g', 15)));
            }
        }
    }

    void basisNamesWhatWasLeftOut() {
        // Partial panel, "System design": Pat scored three finalists only and
        // Mo missed Kai, so the block is 5 finalists × 4 panelists; Kai and
        // Pat are left out.
        auto matrix = AnalyticsFixture::load(QStringLiteral("partial-panel"));
        QVERIFY(matrix.ok());
        const IccResult r = IntraclassCorrelation::compute(*matrix, 0);
        QCOMPARE(r.finalistsLeftOut, 1);
        QCOMPARE(r.panelistsLeftOut, 1);
        QVERIFY(r.basis.contains(QStringLiteral("5 finalist")));
        QVERIFY(r.basis.contains(QStringLiteral("4 panelist")));
    }

    void blockTiesGoToTheEarlierPanelists() {
        // F0: P0, P1; F1: P0, P1; F2: P0, P2; F3: P0, P2. The blocks {P0, P1}
        // and {P0, P2} both hold 4 scores; {P0, P1} keeps the earlier panelist.
        RatingMatrix m = blankMatrix(4, 3);
        for (auto [f, p] :
             {std::pair{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {2, 2}, {3, 0}, {3, 2}})
            QVERIFY(m.setScore(f, p, 0, 1 + (f + p) % 5).ok());
        const CompleteBlock block = CompleteBlock::largest(m, 0);
        QCOMPARE(block.panelists, (QList<int>{0, 1}));
        QCOMPARE(block.finalists, (QList<int>{0, 1}));
        QCOMPARE(block.panelistsWithScores, 3);
        QCOMPARE(block.finalistsWithScores, 4);
    }

    void largePanelsUseTheTopRaters() {
        // 18 panelists (beyond the exhaustive limit of 16) on 3 finalists;
        // P17 scored F0 only. Top-k sets: the best is the 17 full raters on
        // all 3 finalists (51 scores) rather than 18 on one finalist.
        RatingMatrix m = blankMatrix(3, 18);
        for (int f = 0; f < 3; ++f) {
            for (int p = 0; p < 17; ++p)
                QVERIFY(m.setScore(f, p, 0, 1 + (f * 2 + p) % 5).ok());
        }
        QVERIFY(m.setScore(0, 17, 0, 3).ok());
        const CompleteBlock block = CompleteBlock::largest(m, 0);
        QCOMPARE(block.panelists.size(), 17);
        QVERIFY(!block.panelists.contains(17));
        QCOMPARE(block.finalists.size(), 3);
        const IccResult r = IntraclassCorrelation::compute(m, 0);
        QCOMPARE(r.raters(), 17);
        QVERIFY(r.icc1);
    }

    void noSpreadIsUndefined() {
        // Everyone gives everyone a 3: BMS = WMS = EMS = 0, every ICC is 0/0.
        const IccResult r = IntraclassCorrelation::fromTable({{3, 3}, {3, 3}, {3, 3}});
        QVERIFY(!r.icc1);
        QVERIFY(!r.icc2);
        QVERIFY(!r.icc3);
    }

    void tooLittleDataIsUndefined() {
        // Two panelists who never scored the same finalist: no block at all.
        RatingMatrix m = blankMatrix(2, 2);
        QVERIFY(m.setScore(0, 0, 0, 2).ok());
        QVERIFY(m.setScore(1, 1, 0, 4).ok());
        const IccResult r = IntraclassCorrelation::compute(m, 0);
        QVERIFY(!r.icc1);
        QCOMPARE(r.targets(), 0);
        QVERIFY(r.basis.startsWith(QStringLiteral("Not computed")));
        QVERIFY(!IntraclassCorrelation::fromTable({{1, 2}}).icc1);
        QVERIFY(!IntraclassCorrelation::fromTable({{1, 2}, {3}}).icc1);
    }

    void perfectAgreementByHand() {
        // Identical columns (1, 3, 5): WMS = JMS = EMS = 0, so all three ICCs
        // are BMS / BMS = 1.
        const IccResult r = IntraclassCorrelation::fromTable({{1, 1}, {3, 3}, {5, 5}});
        QCOMPARE(*r.icc1, 1.0);
        QCOMPARE(*r.icc2, 1.0);
        QCOMPARE(*r.icc3, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsIcc)
#include "tst_analytics_icc.moc"

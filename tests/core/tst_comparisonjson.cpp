#include "TestDatabase.h"
#include "analytics/ComparisonContext.h"
#include "analytics/ComparisonInput.h"
#include "analytics/ComparisonJson.h"
#include "analytics/ComparisonTable.h"
#include "analytics/FinalistComparison.h"
#include "demo/DemoDataGenerator.h"
#include "scoring/ScoreViewer.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

/// The documented fields (docs/COMPARE.md) of each object in the document.
const QStringList kTopFields{
    QStringLiteral("format"),     QStringLiteral("version"),     QStringLiteral("opening"),
    QStringLiteral("rubric"),     QStringLiteral("input"),       QStringLiteral("options"),
    QStringLiteral("criteria"),   QStringLiteral("panelists"),   QStringLiteral("finalists"),
    QStringLiteral("pairs"),      QStringLiteral("calibration"), QStringLiteral("viewer"),
    QStringLiteral("finalistSet")};
const QStringList kViewerFields{QStringLiteral("basis"), QStringLiteral("panelistId"),
                                QStringLiteral("name"), QStringLiteral("description")};
const QStringList kFinalistSetFields{QStringLiteral("basis"), QStringLiteral("description")};
const QStringList kWithheldFields{QStringLiteral("hidden"), QStringLiteral("submitted"),
                                  QStringLiteral("reason"), QStringLiteral("note")};
const QStringList kOpeningFields{QStringLiteral("id"), QStringLiteral("uuid"),
                                 QStringLiteral("title")};
const QStringList kRubricFields{QStringLiteral("id"), QStringLiteral("uuid"),
                                QStringLiteral("version")};
const QStringList kInputFields{
    QStringLiteral("submittedScorecards"), QStringLiteral("draftScorecards"),
    QStringLiteral("withheldScorecards"),  QStringLiteral("unmatchedRatings"),
    QStringLiteral("supersededRatings"),   QStringLiteral("summary")};
const QStringList kOptionFields{QStringLiteral("seed"),
                                QStringLiteral("resamples"),
                                QStringLiteral("threshold"),
                                QStringLiteral("intervalLevel"),
                                QStringLiteral("leniencyThreshold"),
                                QStringLiteral("leniencyMinimumComparisons"),
                                QStringLiteral("haloMinimumCriteria"),
                                QStringLiteral("haloMaximumSpread"),
                                QStringLiteral("haloMinimumScorecards")};
const QStringList kCriterionFields{QStringLiteral("id"), QStringLiteral("uuid"),
                                   QStringLiteral("name"), QStringLiteral("weight"),
                                   QStringLiteral("scaleSize")};
const QStringList kPanelistFields{QStringLiteral("id"), QStringLiteral("uuid"),
                                  QStringLiteral("name")};
const QStringList kFinalistFields{
    QStringLiteral("applicationId"), QStringLiteral("candidateId"),
    QStringLiteral("name"),          QStringLiteral("scorecards"),
    QStringLiteral("total"),         QStringLiteral("recommendations"),
    QStringLiteral("withheld"),      QStringLiteral("criteria")};
const QStringList kTotalFields{QStringLiteral("points"),
                               QStringLiteral("assessedWeightShare"),
                               QStringLiteral("criteriaWithoutRating"),
                               QStringLiteral("expectedRatings"),
                               QStringLiteral("missingRatings"),
                               QStringLiteral("missingNote"),
                               QStringLiteral("interval")};
const QStringList kIntervalFields{QStringLiteral("low"), QStringLiteral("high"),
                                  QStringLiteral("definedResamples")};
const QStringList kRecommendationFields{QStringLiteral("strongNo"), QStringLiteral("no"),
                                        QStringLiteral("yes"), QStringLiteral("strongYes"),
                                        QStringLiteral("missing")};
const QStringList kScoreFields{QStringLiteral("count"),
                               QStringLiteral("notAssessed"),
                               QStringLiteral("mean"),
                               QStringLiteral("median"),
                               QStringLiteral("minimum"),
                               QStringLiteral("maximum"),
                               QStringLiteral("standardDeviation")};
const QStringList kPairFields{QStringLiteral("first"),
                              QStringLiteral("second"),
                              QStringLiteral("firstTotal"),
                              QStringLiteral("secondTotal"),
                              QStringLiteral("gap"),
                              QStringLiteral("probabilityFirstAhead"),
                              QStringLiteral("undecidedResamples"),
                              QStringLiteral("verdict"),
                              QStringLiteral("description"),
                              QStringLiteral("contributions")};
const QStringList kContributionFields{QStringLiteral("criterion"), QStringLiteral("points"),
                                      QStringLiteral("share")};
const QStringList kPanelistCalibrationFields{QStringLiteral("panelist"),
                                             QStringLiteral("meanOffset"),
                                             QStringLiteral("offsetSpread"),
                                             QStringLiteral("comparisons"),
                                             QStringLiteral("finalists"),
                                             QStringLiteral("leniency"),
                                             QStringLiteral("haloEligibleScorecards"),
                                             QStringLiteral("flatScorecards"),
                                             QStringLiteral("halo")};
const QStringList kAgreementFields{QStringLiteral("criterion"), QStringLiteral("icc"),
                                   QStringLiteral("alpha")};
const QStringList kIccFields{QStringLiteral("icc1"),
                             QStringLiteral("icc2"),
                             QStringLiteral("icc3"),
                             QStringLiteral("finalists"),
                             QStringLiteral("panelists"),
                             QStringLiteral("finalistsLeftOut"),
                             QStringLiteral("panelistsLeftOut"),
                             QStringLiteral("basis")};
const QStringList kAlphaFields{QStringLiteral("level"),          QStringLiteral("alpha"),
                               QStringLiteral("units"),          QStringLiteral("coders"),
                               QStringLiteral("pairableValues"), QStringLiteral("unpairableValues"),
                               QStringLiteral("basis")};

/// Exactly the documented fields, no more and no fewer.
bool hasFields(const QJsonObject& object, QStringList expected, const char* where) {
    QStringList keys = object.keys();
    keys.sort();
    expected.sort();
    if (keys == expected)
        return true;
    qWarning("%s has %s, documented: %s", where, qPrintable(keys.join(QLatin1Char(','))),
             qPrintable(expected.join(QLatin1Char(','))));
    return false;
}

std::optional<double> number(const QJsonValue& value) {
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

/// The "debrief-comparison" JSON against FinalistComparison on the demo's
/// debrief opening, and on a hand-computed 2 × 2 × 1 matrix.
class TestComparisonJson : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        auto written = DemoDataGenerator({1, kToday, 0}).generate(*m_db);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        auto opening = OpeningRepository(*m_db).findByUuid(written->debriefOpeningUuid);
        QVERIFY(opening && opening->has_value());
        m_openingId = (*opening)->id;
    }

    void totalsAndProbabilitiesAreTheLibrarys() {
        auto input = ComparisonInput::load(*m_db, m_openingId, lead());
        QVERIFY2(input, qPrintable(input.errorMessage()));
        // The demo's debrief opening: three close finalists in the final
        // round and two more still interviewing.
        QCOMPARE(input->matrix.finalistCount(), 5);
        auto report = FinalistComparison::run(input->matrix);
        QVERIFY(report);
        const QJsonObject json = document(*input, *report).object();

        const QJsonArray finalists = json.value(QStringLiteral("finalists")).toArray();
        QCOMPARE(finalists.size(), 5);
        for (int f = 0; f < 5; ++f) {
            const QJsonObject total =
                finalists.at(f).toObject().value(QStringLiteral("total")).toObject();
            // Full precision: the JSON reads back to the very same double.
            QCOMPARE(number(total.value(QStringLiteral("points"))),
                     report->finalists.at(f).total.points);
            const QJsonObject interval = total.value(QStringLiteral("interval")).toObject();
            QCOMPARE(number(interval.value(QStringLiteral("low"))),
                     report->ties.intervals.at(f).low);
            QCOMPARE(number(interval.value(QStringLiteral("high"))),
                     report->ties.intervals.at(f).high);
        }
        const QJsonArray pairs = json.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 10); // 5 × 4 / 2
        for (int i = 0; i < 10; ++i) {
            const QJsonObject pair = pairs.at(i).toObject();
            const FinalistPair& expected = report->ties.pairs.at(i);
            QCOMPARE(pair.value(QStringLiteral("first")).toInt(), expected.first);
            QCOMPARE(pair.value(QStringLiteral("second")).toInt(), expected.second);
            QCOMPARE(pair.value(QStringLiteral("probabilityFirstAhead")).toDouble(),
                     expected.probabilityFirstAhead);
            QCOMPARE(number(pair.value(QStringLiteral("gap"))), expected.gap);
            QCOMPARE(pair.value(QStringLiteral("verdict")).toString(),
                     ComparisonJson::key(expected.verdict));
        }
    }

    void sameSeedGivesByteIdenticalJson() {
        const QByteArray first = loadAndWrite(1979);
        QVERIFY(!first.isEmpty());
        QCOMPARE(loadAndWrite(1979), first);
        // A different seed is recorded, so the documents differ at least there.
        QVERIFY(loadAndWrite(7) != first);
    }

    void everyDocumentedFieldIsThere() {
        auto input = ComparisonInput::load(*m_db, m_openingId, lead());
        QVERIFY(input);
        auto report = FinalistComparison::run(input->matrix);
        QVERIFY(report);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(
            document(*input, *report).toJson(QJsonDocument::Indented), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject json = parsed.object();
        QVERIFY(hasFields(json, kTopFields, "document"));
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("debrief-comparison"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(hasFields(json[QStringLiteral("opening")].toObject(), kOpeningFields, "opening"));
        QVERIFY(hasFields(json[QStringLiteral("rubric")].toObject(), kRubricFields, "rubric"));
        QVERIFY(hasFields(json[QStringLiteral("input")].toObject(), kInputFields, "input"));
        QVERIFY(hasFields(json[QStringLiteral("options")].toObject(), kOptionFields, "options"));
        QVERIFY(allHave(json[QStringLiteral("criteria")].toArray(), kCriterionFields, "criteria"));
        QVERIFY(allHave(json[QStringLiteral("panelists")].toArray(), kPanelistFields, "panelists"));
        for (const QJsonValue& value : json[QStringLiteral("finalists")].toArray()) {
            const QJsonObject f = value.toObject();
            QVERIFY(hasFields(f, kFinalistFields, "finalist"));
            QVERIFY(hasFields(f[QStringLiteral("total")].toObject(), kTotalFields, "total"));
            QVERIFY(hasFields(f[QStringLiteral("total")][QStringLiteral("interval")].toObject(),
                              kIntervalFields, "interval"));
            QVERIFY(hasFields(f[QStringLiteral("recommendations")].toObject(),
                              kRecommendationFields, "recommendations"));
            QVERIFY(allHave(f[QStringLiteral("criteria")].toArray(), kScoreFields, "score"));
            QVERIFY(
                hasFields(f[QStringLiteral("withheld")].toObject(), kWithheldFields, "withheld"));
        }
        QVERIFY(hasFields(json[QStringLiteral("viewer")].toObject(), kViewerFields, "viewer"));
        QVERIFY(hasFields(json[QStringLiteral("finalistSet")].toObject(), kFinalistSetFields,
                          "finalistSet"));
        int withContributions = 0;
        for (const QJsonValue& value : json[QStringLiteral("pairs")].toArray()) {
            QVERIFY(hasFields(value.toObject(), kPairFields, "pair"));
            // Empty when a total is undefined (a finalist whose cards the
            // viewer may not see yet).
            if (value[QStringLiteral("contributions")].toArray().isEmpty())
                continue;
            ++withContributions;
            QVERIFY(allHave(value[QStringLiteral("contributions")].toArray(), kContributionFields,
                            "contribution"));
        }
        QVERIFY(withContributions > 0);
        const QJsonObject calibration = json[QStringLiteral("calibration")].toObject();
        QVERIFY(hasFields(calibration, {QStringLiteral("panelists"), QStringLiteral("criteria")},
                          "calibration"));
        QVERIFY(allHave(calibration[QStringLiteral("panelists")].toArray(),
                        kPanelistCalibrationFields, "panelist calibration"));
        for (const QJsonValue& value : calibration[QStringLiteral("criteria")].toArray()) {
            QVERIFY(hasFields(value.toObject(), kAgreementFields, "agreement"));
            QVERIFY(hasFields(value[QStringLiteral("icc")].toObject(), kIccFields, "icc"));
            QVERIFY(hasFields(value[QStringLiteral("alpha")].toObject(), kAlphaFields, "alpha"));
        }
        QCOMPARE(json[QStringLiteral("criteria")].toArray().size(),
                 calibration[QStringLiteral("criteria")].toArray().size());
    }

    void handComputedMatrix() {
        // One criterion on 1..5, weight 1. Ada: 5 and 3 → normalised 1 and
        // 0.5, total 75; Ben: 1 and 3 → 0 and 0.5, total 25 (by hand).
        Criterion skill;
        skill.name = QStringLiteral("Skill");
        skill.scaleSize = 5;
        ComparisonInput input;
        input.matrix =
            RatingMatrix({skill}, {{1, 1, QStringLiteral("Ada")}, {2, 2, QStringLiteral("Ben")}},
                         {Panelist{1, {}, QStringLiteral("P"), {}, {}, {}},
                          Panelist{2, {}, QStringLiteral("Q"), {}, {}, {}}});
        QVERIFY(input.matrix.setScore(0, 0, 0, 5));
        QVERIFY(input.matrix.setScore(0, 1, 0, 3));
        QVERIFY(input.matrix.setScore(1, 0, 0, 1));
        QVERIFY(input.matrix.setScore(1, 1, 0, 3));
        auto report = FinalistComparison::run(input.matrix);
        QVERIFY(report);
        const QJsonObject json = ComparisonJson::write({}, input, *report).object();
        const QJsonObject ada = json[QStringLiteral("finalists")][0].toObject();
        QCOMPARE(ada[QStringLiteral("total")][QStringLiteral("points")].toDouble(), 75.0);
        QCOMPARE(
            json[QStringLiteral("finalists")][1][QStringLiteral("total")][QStringLiteral("points")]
                .toDouble(),
            25.0);
        // Ada's scores 5 and 3: mean 4, median 4, sd √2.
        const QJsonObject score = ada[QStringLiteral("criteria")][0].toObject();
        QCOMPARE(score[QStringLiteral("mean")].toDouble(), 4.0);
        QCOMPARE(score[QStringLiteral("median")].toDouble(), 4.0);
        QCOMPARE(score[QStringLiteral("standardDeviation")].toDouble(), std::sqrt(2.0));
        const QJsonObject pair = json[QStringLiteral("pairs")][0].toObject();
        QCOMPARE(pair[QStringLiteral("gap")].toDouble(), 50.0);
        // The only criterion makes the whole gap.
        QCOMPARE(pair[QStringLiteral("contributions")][0][QStringLiteral("points")].toDouble(),
                 50.0);
        QCOMPARE(pair[QStringLiteral("contributions")][0][QStringLiteral("share")].toDouble(), 1.0);
        // Without an opening the ids are null, not 0.
        QVERIFY(json[QStringLiteral("opening")][QStringLiteral("id")].isNull());
        // The table shows the same total, rounded.
        const QString table = ComparisonTable::write({}, input, *report);
        QVERIFY2(table.contains(QStringLiteral("75.0")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("25.0")), qPrintable(table));
    }

    // Without --as, `compare` shows the panel lead's view and says so; the
    // demo's lead has not submitted on Tobenna Okafor, so those cards stay
    // out of the numbers and the document says why.
    void leadsViewIsNamedAndWithheldCardsCounted() {
        auto input = ComparisonInput::load(*m_db, m_openingId, lead());
        QVERIFY(input);
        auto report = FinalistComparison::run(input->matrix);
        QVERIFY(report);
        const QJsonObject json = document(*input, *report).object();
        const QJsonObject viewer = json[QStringLiteral("viewer")].toObject();
        QCOMPARE(viewer[QStringLiteral("basis")].toString(), QStringLiteral("panel-lead"));
        QCOMPARE(viewer[QStringLiteral("name")].toString(), QStringLiteral("Priya Raman"));
        QCOMPARE(json[QStringLiteral("finalistSet")][QStringLiteral("basis")].toString(),
                 QStringLiteral("stage"));
        int hidden = 0;
        for (const QJsonValue& value : json[QStringLiteral("finalists")].toArray()) {
            const QJsonObject withheld = value[QStringLiteral("withheld")].toObject();
            hidden += withheld[QStringLiteral("hidden")].toInt();
            if (value[QStringLiteral("name")].toString() == QStringLiteral("Tobenna Okafor")) {
                QCOMPARE(withheld[QStringLiteral("reason")].toString(),
                         QStringLiteral("yours-outstanding"));
                QVERIFY(withheld[QStringLiteral("hidden")].toInt() > 0);
                // None of the hidden cards' scores is in the document.
                QCOMPARE(value[QStringLiteral("scorecards")].toInt(), 0);
                QVERIFY(value[QStringLiteral("total")][QStringLiteral("points")].isNull());
            }
        }
        QVERIFY(hidden > 0);
        QCOMPARE(json[QStringLiteral("input")][QStringLiteral("withheldScorecards")].toInt(),
                 hidden);
    }

private:
    ScoreViewer lead() {
        auto viewer = ScoreViewer::panelLead(*m_db, m_openingId);
        return viewer ? *viewer : ScoreViewer{};
    }

    QJsonDocument document(const ComparisonInput& input, const ComparisonReport& report) {
        auto context = ComparisonContext::load(*m_db, m_openingId, input.rubricId);
        if (!context)
            qWarning("%s", qPrintable(context.errorMessage()));
        return ComparisonJson::write(context ? *context : ComparisonContext{}, input, report);
    }

    /// Everything from storage again, so nothing cached can make runs equal.
    QByteArray loadAndWrite(std::uint64_t seed) {
        auto input = ComparisonInput::load(*m_db, m_openingId, lead());
        TieOptions options;
        options.seed = seed;
        auto report = input ? FinalistComparison::run(input->matrix, options)
                            : Result<ComparisonReport>(input.error());
        return report ? document(*input, *report).toJson(QJsonDocument::Indented) : QByteArray();
    }

    bool allHave(const QJsonArray& array, const QStringList& fields, const char* where) {
        if (array.isEmpty()) {
            qWarning("%s: empty", where);
            return false;
        }
        for (const QJsonValue& value : array) {
            if (!hasFields(value.toObject(), fields, where))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_openingId = kNoRow;
};

QTEST_GUILESS_MAIN(TestComparisonJson)
#include "tst_comparisonjson.moc"

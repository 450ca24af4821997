// Tests the demo data generator: reproducible by seed, and shaped like the
// story it promises (see lib/core/demo/DemoScenarios.cpp). Checks are
// structural; no totals are copied from the generator.
#include "DatabaseDump.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoDatabaseFile.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace debrief;

namespace {

const QDate kToday(2025, 3, 14);

/// Every row of every table as text, sorted per table. Read through a plain
/// connection so that nothing of the code under test is involved.
QStringList dumpDatabase(const QString& path) {
    if (test::TestDatabase::onServer()) {
        // On the server through Debrief's connection, without the
        // migrations' wall-clock stamps.
        auto db = test::TestDatabase::open(path, Database::OpenMode::MustExist);
        if (!db)
            return {db.errorMessage()};
        QStringList out = test::dumpDatabase(**db);
        out.removeIf([](const QString& line) { return line.startsWith(u"schema_version"); });
        return out;
    }
    QStringList out;
    const QString name = QStringLiteral("dump-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString& table : names) {
            QSqlQuery rows(db);
            // Table names come from the schema itself, not from data.
            rows.exec(QStringLiteral("SELECT * FROM ") + table);
            QStringList lines;
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                QStringList fields;
                for (int i = 0; i < record.count(); ++i) {
                    // Migrations stamp the wall clock when they ran; that is
                    // the only value the demo does not control.
                    if (table == QLatin1String("schema_version") &&
                        record.fieldName(i) == QLatin1String("applied_at"))
                        continue;
                    fields.append(
                        record.fieldName(i) + QLatin1Char('=') +
                        (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString()));
                }
                lines.append(table + QLatin1Char('|') + fields.join(QLatin1Char('|')));
            }
            lines.sort();
            out += lines;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

double normalised(int score, int scaleSize) {
    return double(score - 1) / double(scaleSize - 1);
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_files)); }

    /// Writes a demo database; the returned summary is empty on failure.
    std::unique_ptr<Database> generate(const QString& path, quint32 seed, int extra = 0,
                                       DemoDataSummary* summary = nullptr) {
        auto db = test::TestDatabase::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.errorMessage()));
            return {};
        }
        DemoDataGenerator generator({seed, kToday, extra});
        auto written = generator.generate(**db);
        if (!written) {
            qWarning("%s", qPrintable(written.errorMessage()));
            return {};
        }
        if (summary)
            *summary = *written;
        return std::move(db.value());
    }

    qint64 count(Database& db, const QString& sql) {
        auto q = db.exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameSeedGivesIdenticalDatabase() {
        const QString a = newPath();
        const QString b = newPath();
        QVERIFY(generate(a, 7));
        QVERIFY(generate(b, 7));
        const QStringList dumpA = dumpDatabase(a);
        const QStringList dumpB = dumpDatabase(b);
        QVERIFY(dumpA.size() > 1000);
        QCOMPARE(dumpA.size(), dumpB.size());
        for (qsizetype i = 0; i < dumpA.size(); ++i)
            QCOMPARE(dumpA.at(i), dumpB.at(i));
    }

    void differentSeedGivesDifferentContent() {
        const QString a = newPath();
        const QString b = newPath();
        auto dbA = generate(a, 7);
        auto dbB = generate(b, 8);
        QVERIFY(dbA && dbB);
        QVERIFY(dumpDatabase(a) != dumpDatabase(b));
        // Not just other UUIDs: other people, too.
        const auto names = [](Database& db) {
            QStringList out;
            auto q = db.exec(QStringLiteral("SELECT full_name FROM candidates ORDER BY id"));
            while (q && q->next())
                out.append(q->value(0).toString());
            return out;
        };
        QVERIFY(names(*dbA) != names(*dbB));
    }

    void hasTheExpectedStructure() {
        DemoDataSummary summary;
        auto db = generate(newPath(), 3, 0, &summary);
        QVERIFY(db);
        auto openings = OpeningRepository(*db).list();
        QVERIFY(openings.ok());
        QVERIFY(openings->size() >= 5);
        QSet<int> statuses;
        for (const Opening& o : *openings)
            statuses.insert(int(o.status));
        QVERIFY(statuses.size() >= 3);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM candidates")) >= 30);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT full_name) FROM "
                                           "candidates")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM candidates WHERE email NOT LIKE "
                                           "'%@example.com' AND email NOT LIKE '%@example.org'")),
                 0);

        bool overdue = false;
        bool editedRubricWithOldCards = false;
        for (const Opening& o : *openings) {
            auto versions = RubricRepository(*db).versionsForOpening(o.id);
            QVERIFY(versions.ok());
            QVERIFY2(!versions->isEmpty(), qPrintable(o.title));
            for (const Rubric& r : *versions) {
                QVERIFY(r.criteria.size() >= 5 && r.criteria.size() <= 7);
                for (const Criterion& c : r.criteria) {
                    QVERIFY(c.scaleSize == 4 || c.scaleSize == 5);
                    QCOMPARE(c.anchors.size(), c.scaleSize);
                    for (const QString& anchor : c.anchors)
                        QVERIFY(anchor.size() > 20);
                }
            }
            auto cards = ScorecardRepository(*db).forOpening(o.id);
            QVERIFY(cards.ok());
            for (const Scorecard& card : *cards) {
                if (card.isSubmitted())
                    QVERIFY(card.recommendation.has_value());
                if (versions->size() > 1 && card.rubricId == versions->constFirst().id)
                    editedRubricWithOldCards = true;
            }
            auto applications = ApplicationRepository(*db).forOpening(o.id);
            QVERIFY(applications.ok());
            for (const Application& a : *applications)
                overdue = overdue || a.isOverdue(kToday);
        }
        QVERIFY(overdue);
        QVERIFY(editedRubricWithOldCards);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE score IS NULL")) > 0);
        QVERIFY(count(*db, QStringLiteral(
                               "SELECT COUNT(*) FROM scorecards WHERE status = 'draft'")) > 0);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM referees WHERE concern")) > 0);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM communications WHERE "
                                          "next_promised_date IS NOT NULL")) > 0);
    }

    void datesAreInOrder_data() {
        QTest::addColumn<int>("extra");
        QTest::newRow("story") << 0;
        QTest::newRow("scale") << 400;
    }

    void datesAreInOrder() {
        QFETCH(int, extra);
        auto db = generate(newPath(), 4, extra);
        QVERIFY(db);
        const QString today = kToday.toString(Qt::ISODate);
        // Nothing happens before the application, and nothing but booked
        // interviews lies after today.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM interviews i JOIN applications a "
                                           "ON a.id = i.application_id "
                                           "WHERE substr(i.scheduled_at, 1, 10) < a.applied_on")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM applications a JOIN openings o "
                                           "ON o.id = a.opening_id "
                                           "WHERE a.applied_on < substr(o.created_at, 1, 10)")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM communications c JOIN "
                                           "applications a ON a.id = c.application_id "
                                           "WHERE substr(c.occurred_at, 1, 10) < a.applied_on")),
                 0);
        auto late = db->exec(QStringLiteral("SELECT COUNT(*) FROM communications "
                                            "WHERE substr(occurred_at, 1, 10) > ?"),
                             {today});
        QVERIFY(late && late->next());
        QCOMPARE(late->value(0).toInt(), 0);
        auto future = db->exec(QStringLiteral("SELECT COUNT(*) FROM scorecards s JOIN interviews i "
                                              "ON i.id = s.interview_id "
                                              "WHERE substr(i.scheduled_at, 1, 10) > ?"),
                               {today});
        QVERIFY(future && future->next());
        QCOMPARE(future->value(0).toInt(), 0);
    }

    void debriefOpeningHasThreeCloseFinalists() {
        DemoDataSummary summary;
        auto db = generate(newPath(), 11, 0, &summary);
        QVERIFY(db);
        auto opening = OpeningRepository(*db).findByUuid(summary.debriefOpeningUuid);
        QVERIFY(opening.ok() && opening->has_value());
        const RowId openingId = (*opening)->id;
        auto decision = DecisionRepository(*db).forOpening(openingId);
        QVERIFY(decision.ok());
        QVERIFY(!decision->has_value());
        auto rubric = RubricRepository(*db).currentForOpening(openingId);
        QVERIFY(rubric.ok() && rubric->has_value());

        auto applications = ApplicationRepository(*db).forOpening(openingId);
        QVERIFY(applications.ok());
        QList<double> totals;
        for (const Application& a : *applications) {
            if (a.stage != PipelineStage::Final)
                continue;
            auto cards = ScorecardRepository(*db).forApplication(a.id);
            QVERIFY(cards.ok());
            QVERIFY(std::count_if(cards->cbegin(), cards->cend(),
                                  [](const Scorecard& s) { return s.isSubmitted(); }) >= 3);
            totals.append(weightedTotal(**rubric, *cards));
            QVERIFY(a.promisedResponseDate.isValid());
            QVERIFY(std::abs(a.promisedResponseDate.daysTo(kToday)) <= 3);
        }
        QCOMPARE(totals.size(), 3);
        const auto [low, high] = std::minmax_element(totals.cbegin(), totals.cend());
        QVERIFY2(*high - *low < 5.0,
                 qPrintable(QStringLiteral("totals %1..%2").arg(*low).arg(*high)));
    }

    void filledOpeningHasADecision() {
        DemoDataSummary summary;
        auto db = generate(newPath(), 5, 0, &summary);
        QVERIFY(db);
        auto opening = OpeningRepository(*db).findByUuid(summary.filledOpeningUuid);
        QVERIFY(opening.ok() && opening->has_value());
        QCOMPARE((*opening)->status, OpeningStatus::Filled);
        auto decision = DecisionRepository(*db).forOpening((*opening)->id);
        QVERIFY(decision.ok() && decision->has_value());
        const Decision& d = **decision;
        QVERIFY(!d.rationale.isEmpty());
        QVERIFY(!d.decidingCriterionIds.isEmpty());
        int runnersUp = 0;
        bool chosenHired = false;
        bool talentPool = false;
        for (const DecisionOutcome& outcome : d.outcomes) {
            auto a = ApplicationRepository(*db).get(outcome.applicationId);
            QVERIFY(a.ok());
            if (outcome.role == DecisionRole::Chosen)
                chosenHired = a->stage == PipelineStage::Hired;
            if (outcome.role == DecisionRole::RunnerUp) {
                ++runnersUp;
                QVERIFY(outcome.rank >= 1);
                talentPool = talentPool || a->talentPool;
            }
        }
        QVERIFY(chosenHired);
        QVERIFY(runnersUp >= 2);
        QVERIFY(talentPool);
    }

    void extraCandidatesAddExactlyN() {
        auto base = generate(newPath(), 9, 0);
        auto scaled = generate(newPath(), 9, 500);
        QVERIFY(base && scaled);
        const QString apps = QStringLiteral("SELECT COUNT(*) FROM applications");
        QCOMPARE(count(*scaled, apps) - count(*base, apps), qint64(500));
        // The story itself is untouched by the crowd.
        QCOMPARE(count(*scaled, QStringLiteral("SELECT COUNT(*) FROM decisions")),
                 count(*base, QStringLiteral("SELECT COUNT(*) FROM decisions")));
    }

    void extraCandidatesCanCrowdOneOpening() {
        DemoDataSummary baseSummary;
        auto base = generate(newPath(), 9, 0, &baseSummary);
        auto db = test::TestDatabase::open(newPath());
        QVERIFY(base && db.ok());
        DemoDataGenerator::Options options{9, kToday, 300};
        options.extraCandidatesInOneOpening = true;
        auto written = DemoDataGenerator(options).generate(**db);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        // All 300 land in the debrief opening; every other opening keeps
        // exactly the applicants of the story alone.
        const QString perOpening =
            QStringLiteral("SELECT COUNT(*) FROM applications a JOIN openings o ON "
                           "o.id = a.opening_id WHERE o.uuid %1 '%2'");
        const QString debrief = written->debriefOpeningUuid.toString(QUuid::WithoutBraces);
        QCOMPARE(written->debriefOpeningUuid, baseSummary.debriefOpeningUuid);
        const QString equal = perOpening.arg(QStringLiteral("="), debrief);
        const QString other = perOpening.arg(QStringLiteral("<>"), debrief);
        QCOMPARE(count(**db, equal) - count(*base, equal), qint64(300));
        QCOMPARE(count(**db, other), count(*base, other));
    }

    void extraCandidatesCanBeHalfRejected() {
        DemoDataSummary baseSummary;
        auto base = generate(newPath(), 9, 0, &baseSummary);
        auto db = test::TestDatabase::open(newPath());
        QVERIFY(base && db.ok());
        DemoDataGenerator::Options options{9, kToday, 400};
        options.extraCandidatesInOneOpening = true;
        options.extraRejectedPercent = 50;
        auto written = DemoDataGenerator(options).generate(**db);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString rejected =
            QStringLiteral("SELECT COUNT(*) FROM applications a JOIN openings o ON o.id = "
                           "a.opening_id WHERE a.stage = 'rejected' AND o.uuid = '%1'")
                .arg(written->debriefOpeningUuid.toString(QUuid::WithoutBraces));
        const qint64 extraRejected = count(**db, rejected) - count(*base, rejected);
        // Each of the 400 is rejected with probability 1/2: 200 expected, a
        // standard deviation of 10; the opening's own mix would reject 25 %.
        QVERIFY2(extraRejected >= 160 && extraRejected <= 240,
                 qPrintable(QString::number(extraRejected)));
        // More than all is refused, and nothing is written.
        auto empty = test::TestDatabase::open(newPath());
        QVERIFY(empty.ok());
        options.extraRejectedPercent = 101;
        QVERIFY(!DemoDataGenerator(options).generate(**empty).ok());
        QCOMPARE(count(**empty, QStringLiteral("SELECT COUNT(*) FROM openings")), qint64(0));
    }

    void refusesANonEmptyDatabase() {
        auto db = generate(newPath(), 1);
        QVERIFY(db);
        const QString candidates = QStringLiteral("SELECT COUNT(*) FROM candidates");
        const qint64 before = count(*db, candidates);
        auto again = DemoDataGenerator({1, kToday, 0}).generate(*db);
        QVERIFY(!again.ok());
        QVERIFY(again.errorMessage().contains(QLatin1String("already contains")));
        QCOMPARE(count(*db, candidates), before);
    }

    void cancellingLeavesNothingBehind() {
        auto db = test::TestDatabase::open(newPath());
        QVERIFY(db.ok());
        DemoDataGenerator generator({2, kToday, 300});
        int calls = 0;
        generator.setProgressCallback([&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        auto written = generator.generate(**db);
        QVERIFY(!written.ok());
        QVERIFY(calls > 1);
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM candidates")), qint64(0));
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM openings")), qint64(0));
    }

    // The file `debrief-cli demo` and "Try the demo" write: in a folder it
    // creates owner-only, the file owner-only, an existing file replaced
    // whole and no side file left behind.
    void demoFileIsOwnerOnlyAndReplacesWhole() {
        DEBRIEF_SQLITE_ONLY("the demo file on disk");
        const QString folder = m_dir.filePath(QStringLiteral("data/debrief"));
        const QString path = folder + QLatin1Char('/') + DemoDatabaseFile::defaultFileName();
        auto first = DemoDatabaseFile::write(path, {1, kToday, 0});
        QVERIFY2(first, qPrintable(first.errorMessage()));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(path) & others));
        QVERIFY(!(QFile::permissions(folder) & others));

        // A user's changes to the demo go when it is written again.
        {
            auto db = test::TestDatabase::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("DELETE FROM communications")).ok());
        }
        auto second = DemoDatabaseFile::write(path, {1, kToday, 0});
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->communications, first->communications);
        auto db = test::TestDatabase::open(path);
        QVERIFY(db.ok());
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM communications")),
                 qint64(first->communications));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    }

private:
    /// 0-100: the weighted mean of per-criterion means of submitted scores.
    static double weightedTotal(const Rubric& rubric, const QList<Scorecard>& cards) {
        double sum = 0;
        double weights = 0;
        for (const Criterion& c : rubric.criteria) {
            double scores = 0;
            int n = 0;
            for (const Scorecard& card : cards) {
                const CriterionRating* r = card.rating(c.id);
                if (card.isSubmitted() && r && r->score) {
                    scores += normalised(*r->score, c.scaleSize);
                    ++n;
                }
            }
            if (n > 0) {
                sum += c.weight * scores / n;
                weights += c.weight;
            }
        }
        return weights > 0 ? 100.0 * sum / weights : 0.0;
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"

// Exchange of submitted scorecards between a panelist's laptop and the
// panel's database: two SQLite files built from the same demo seed (so
// every uuid matches), changed on one side or both.
#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "demo/DemoDataGenerator.h"
#include "interchange/PrivateFile.h"
#include "interchange/ScorecardPackageExporter.h"
#include "interchange/ScorecardPackageImporter.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace debrief;
using debrief::test::dumpDatabase;
using debrief::test::readFile;

namespace {

const QUuid kNewInterview =
    QUuid::fromString(QStringLiteral("7c1d7e0a-0000-4000-8000-000000000001"));
const QUuid kDraftInterview =
    QUuid::fromString(QStringLiteral("7c1d7e0a-0000-4000-8000-000000000002"));
const QUuid kNewCard = QUuid::fromString(QStringLiteral("7c1d7e0a-0000-4000-8000-0000000000c1"));
const QUuid kDraftCard = QUuid::fromString(QStringLiteral("7c1d7e0a-0000-4000-8000-0000000000d1"));

QString fixturePath(const QString& name) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/exchange/") + name;
}

std::unique_ptr<Database> demoDatabase(const QString& path) {
    auto db = test::TestDatabase::open(path);
    if (!db)
        return nullptr;
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = QDate(2026, 11, 26);
    if (!DemoDataGenerator(options).generate(**db))
        return nullptr;
    return std::move(*db);
}

} // namespace

class TestScorecardExchange : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exportHoldsSubmittedCardsOnly();
    void exportIsDeterministicAndOwnerReadable();
    void importInsertsNewCardsThenReportsUnchanged();
    void editOnBothSidesIsAConflictAndWritesNothing();
    void secondCardForSameInterviewIsAConflict();
    void brokenFixturesReportJsonPaths_data();
    void brokenFixturesReportJsonPaths();
    void validFixtureMatchesTheDemo();

private:
    /// Adds an interview with a fixed uuid, the same on both databases.
    Interview addInterview(Database& db, const QUuid& uuid);
    Scorecard newCard(const QUuid& uuid, RowId interviewId, ScorecardStatus status);
    QJsonArray exportedCards();
    Result<ScorecardImportSummary> exportAndImport();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_laptop;
    std::unique_ptr<Database> m_panel;
    RowId m_openingId = kNoRow;
    RowId m_panelistId = kNoRow;
    Scorecard m_existing;
    Rubric m_rubric;
};

void TestScorecardExchange::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_laptop = demoDatabase(m_dir->filePath(QStringLiteral("laptop.sqlite")));
    m_panel = demoDatabase(m_dir->filePath(QStringLiteral("panel.sqlite")));
    QVERIFY(m_laptop && m_panel);
    // Identical apart from when each file was created (its migration time).
    const QRegularExpression migrationRow(QStringLiteral("^schema_version\\|"));
    QStringList laptopRows = dumpDatabase(*m_laptop);
    QStringList panelRows = dumpDatabase(*m_panel);
    laptopRows.removeIf([&](const QString& row) { return migrationRow.match(row).hasMatch(); });
    panelRows.removeIf([&](const QString& row) { return migrationRow.match(row).hasMatch(); });
    QCOMPARE(laptopRows, panelRows);

    // The panelist: whoever wrote the first submitted card of the opening
    // that awaits its debrief (smallest uuid, so the pick is stable).
    auto openings = OpeningRepository(*m_laptop).list();
    QVERIFY(openings);
    for (const Opening& o : std::as_const(*openings)) {
        auto cards = ScorecardRepository(*m_laptop).forOpening(o.id);
        QVERIFY(cards);
        for (const Scorecard& c : std::as_const(*cards)) {
            if (c.isSubmitted() &&
                (m_existing.id == kNoRow || c.uuid.toString() < m_existing.uuid.toString()) &&
                (m_openingId == kNoRow || m_openingId == o.id)) {
                m_existing = c;
                m_openingId = o.id;
            }
        }
        if (m_openingId != kNoRow)
            break;
    }
    QVERIFY(m_openingId != kNoRow);
    m_panelistId = m_existing.panelistId;
    auto rubric = RubricRepository(*m_laptop).get(m_existing.rubricId);
    QVERIFY(rubric);
    m_rubric = *rubric;

    const Interview fresh = addInterview(*m_laptop, kNewInterview);
    QCOMPARE(addInterview(*m_panel, kNewInterview).id, fresh.id);
    const Interview draftOnly = addInterview(*m_laptop, kDraftInterview);
    Scorecard submitted = newCard(kNewCard, fresh.id, ScorecardStatus::Submitted);
    QVERIFY(ScorecardRepository(*m_laptop).insert(submitted));
    Scorecard draft = newCard(kDraftCard, draftOnly.id, ScorecardStatus::Draft);
    QVERIFY(ScorecardRepository(*m_laptop).insert(draft));
}

Interview TestScorecardExchange::addInterview(Database& db, const QUuid& uuid) {
    auto model =
        InterviewRepository(db).get(ScorecardRepository(db).get(m_existing.id).value().interviewId);
    Interview i = model.value();
    i.id = kNoRow;
    i.uuid = uuid;
    i.panelistIds = {m_panelistId};
    i.scheduledAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const Status inserted = InterviewRepository(db).insert(i);
    if (!inserted)
        qWarning("%s", qPrintable(inserted.errorMessage()));
    return i;
}

Scorecard TestScorecardExchange::newCard(const QUuid& uuid, RowId interviewId,
                                         ScorecardStatus status) {
    Scorecard card;
    card.uuid = uuid;
    card.interviewId = interviewId;
    card.panelistId = m_panelistId;
    card.rubricId = m_rubric.id;
    card.status = status;
    card.recommendation = Recommendation::Yes;
    card.keyTakeaways = QStringLiteral("Clear on trade-offs; wants more ownership.");
    card.updatedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 15, 30, 250), Qt::UTC);
    if (status == ScorecardStatus::Submitted)
        card.submittedAt = card.updatedAt;
    int level = 0;
    for (const Criterion& c : std::as_const(m_rubric.criteria)) {
        // Every third criterion not assessed, to carry a null through.
        const bool assessed = ++level % 3 != 0;
        card.ratings.append({c.id,
                             assessed ? std::optional<int>(1 + level % c.scaleSize) : std::nullopt,
                             QStringLiteral("Evidence %1").arg(level)});
    }
    return card;
}

QJsonArray TestScorecardExchange::exportedCards() {
    auto document = ScorecardPackageExporter(*m_laptop).exportDocument(m_openingId, m_panelistId);
    if (!document)
        qWarning("%s", qPrintable(document.errorMessage()));
    return document ? document->object().value(QStringLiteral("scorecards")).toArray()
                    : QJsonArray();
}

Result<ScorecardImportSummary> TestScorecardExchange::exportAndImport() {
    auto json = ScorecardPackageExporter(*m_laptop).exportJson(m_openingId, m_panelistId);
    if (!json)
        return json.error();
    return ScorecardPackageImporter(*m_panel).importJson(*json, QStringLiteral("cards.json"));
}

void TestScorecardExchange::exportHoldsSubmittedCardsOnly() {
    auto all = ScorecardRepository(*m_laptop).forOpening(m_openingId);
    QVERIFY(all);
    int submitted = 0;
    for (const Scorecard& c : std::as_const(*all))
        submitted += c.panelistId == m_panelistId && c.isSubmitted();
    const QJsonArray cards = exportedCards();
    QVERIFY(submitted >= 2);
    QCOMPARE(cards.size(), submitted);
    QStringList uuids;
    for (const QJsonValue& card : cards)
        uuids.append(card[QStringLiteral("uuid")].toString());
    QVERIFY(uuids.contains(kNewCard.toString(QUuid::WithoutBraces)));
    QVERIFY(!uuids.contains(kDraftCard.toString(QUuid::WithoutBraces)));
    QStringList sorted = uuids;
    sorted.sort();
    QCOMPARE(uuids, sorted);
}

void TestScorecardExchange::exportIsDeterministicAndOwnerReadable() {
    ScorecardPackageExporter exporter(*m_laptop);
    auto first = exporter.exportJson(m_openingId, m_panelistId);
    auto second = exporter.exportJson(m_openingId, m_panelistId);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("debrief-scorecards"));
    QCOMPARE(root[QStringLiteral("formatVersion")].toInt(), 1);

    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QVERIFY(PrivateFile::write(path, *first));
    QCOMPARE(readFile(path), *first);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther |
                                            QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
}

void TestScorecardExchange::importInsertsNewCardsThenReportsUnchanged() {
    const qsizetype exported = exportedCards().size();
    auto summary = exportAndImport();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(summary->written);
    QCOMPARE(summary->inserted.size(), 1);
    QCOMPARE(summary->unchanged.size(), exported - 1);
    QVERIFY(summary->conflicts.isEmpty());

    auto onLaptop = ScorecardRepository(*m_laptop).findByUuid(kNewCard);
    auto onPanel = ScorecardRepository(*m_panel).findByUuid(kNewCard);
    QVERIFY(onLaptop && onPanel && onLaptop->has_value() && onPanel->has_value());
    Scorecard expected = **onLaptop;
    expected.id = (*onPanel)->id;
    QCOMPARE(**onPanel, expected);
    auto draft = ScorecardRepository(*m_panel).findByUuid(kDraftCard);
    QVERIFY(draft && !draft->has_value());

    const QStringList before = dumpDatabase(*m_panel);
    auto again = exportAndImport();
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(again->inserted.isEmpty());
    QCOMPARE(again->unchanged.size(), exported);
    QVERIFY(again->unchanged.constFirst().contains(QStringLiteral("already up to date")));
    QCOMPARE(dumpDatabase(*m_panel), before);
}

void TestScorecardExchange::editOnBothSidesIsAConflictAndWritesNothing() {
    Scorecard laptopEdit = m_existing;
    laptopEdit.keyTakeaways = QStringLiteral("Edited on the laptop");
    laptopEdit.ratings.first().score = std::nullopt;
    // Both sides amend the submitted card, each with its reason.
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    QVERIFY(ScorecardWorkflow(*m_laptop).amend(laptopEdit, m_rubric, QStringLiteral("laptop"),
                                               QStringLiteral("Typed on the train"), now));
    Scorecard panelEdit = m_existing;
    panelEdit.keyTakeaways = QStringLiteral("Edited by the panel lead");
    QVERIFY(ScorecardWorkflow(*m_panel).amend(panelEdit, m_rubric, QStringLiteral("lead"),
                                              QStringLiteral("Clarified after the debrief"), now));

    const QStringList before = dumpDatabase(*m_panel);
    auto summary = exportAndImport();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(!summary->written);
    QCOMPARE(summary->conflicts.size(), 1);
    const QString conflict = summary->conflicts.constFirst();
    QVERIFY2(conflict.contains(QStringLiteral("key takeaways")), qPrintable(conflict));
    QVERIFY2(conflict.contains(QStringLiteral("not assessed in the file")), qPrintable(conflict));
    auto interview = InterviewRepository(*m_panel).get(m_existing.interviewId);
    QVERIFY(interview);
    QVERIFY2(conflict.contains(interview->uuid.toString(QUuid::WithoutBraces)),
             qPrintable(conflict));
    // The new card would have been inserted, but a conflict refuses all.
    QCOMPARE(summary->inserted.size(), 1);
    QCOMPARE(dumpDatabase(*m_panel), before);
}

void TestScorecardExchange::secondCardForSameInterviewIsAConflict() {
    auto interview = InterviewRepository(*m_panel).findByUuid(kNewInterview);
    QVERIFY(interview && interview->has_value());
    Scorecard other = newCard(QUuid::createUuid(), (*interview)->id, ScorecardStatus::Draft);
    QVERIFY(ScorecardRepository(*m_panel).insert(other));

    const QStringList before = dumpDatabase(*m_panel);
    auto summary = exportAndImport();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QVERIFY(!summary->written);
    QCOMPARE(summary->conflicts.size(), 1);
    QVERIFY2(summary->conflicts.constFirst().contains(QStringLiteral("another scorecard")),
             qPrintable(summary->conflicts.constFirst()));
    QCOMPARE(dumpDatabase(*m_panel), before);
}

void TestScorecardExchange::brokenFixturesReportJsonPaths_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong format") << "wrong-format.json"
                                  << "wrong-format.json: $.format: expected \"debrief-scorecards\"";
    QTest::newRow("unknown interview")
        << "unknown-interview.json"
        << "unknown-interview.json: $.scorecards[0].interviewUuid: no interview with uuid "
           "00000000-1111-4222-8333-444444444444 exists";
    QTest::newRow("score outside scale")
        << "score-outside-scale.json"
        << "score-outside-scale.json: $.scorecards[0].ratings[1].score: 9 is outside the scale";
    QTest::newRow("missing field")
        << "missing-field.json"
        << "missing-field.json: $.scorecards[0].keyTakeaways: missing required field";
    QTest::newRow("array at the top level") << "top-level-array.json"
                                            << "top-level-array.json: $: expected an object";
}

void TestScorecardExchange::brokenFixturesReportJsonPaths() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray json = readFile(fixturePath(file));
    QVERIFY(!json.isEmpty());
    const QStringList before = dumpDatabase(*m_panel);
    auto summary = ScorecardPackageImporter(*m_panel).importJson(json, file);
    QVERIFY(!summary);
    QVERIFY2(summary.errorMessage().contains(expected), qPrintable(summary.errorMessage()));
    QCOMPARE(dumpDatabase(*m_panel), before);
}

void TestScorecardExchange::validFixtureMatchesTheDemo() {
    // The broken fixtures are copies of this one with one thing broken; it
    // must itself import cleanly, or they would test the wrong thing.
    const QByteArray json = readFile(fixturePath(QStringLiteral("valid-one-card.json")));
    auto summary = ScorecardPackageImporter(*m_panel).importJson(json);
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    QCOMPARE(summary->unchanged.size(), 1);
    QVERIFY(summary->written);
}

QTEST_GUILESS_MAIN(TestScorecardExchange)
#include "tst_scorecardexchange.moc"

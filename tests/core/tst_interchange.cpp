// Tests the "debrief-opening" JSON interchange: export → import → export
// gives the same bytes, and every broken fixture in tests/data/interchange
// is refused with its JSON path while the target database stays unchanged.

#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "interchange/OpeningExporter.h"
#include "interchange/OpeningImporter.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using debrief::test::dumpDatabase;
using debrief::test::readFile;

namespace {

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QString fixturePath(const QString& name) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/interchange/") + name;
}

Criterion criterion(const QString& name, double weight, int scale) {
    Criterion c;
    c.name = name;
    c.description = QStringLiteral("Décrit « %1 » avec des exemples.").arg(name);
    c.weight = weight;
    c.scaleSize = scale;
    for (int level = 1; level <= scale; ++level)
        c.anchors.append(QStringLiteral("Niveau %1 : %2").arg(level).arg(name));
    return c;
}

/// What buildOpening() stored, for the checks.
struct Built {
    RowId openingId = kNoRow;
    QUuid openingUuid;
    QUuid firstPanelistUuid;
    QUuid unrelatedAuditUuid;
    /// The runner-up, kept on hold until the chosen candidate accepts.
    QUuid heldApplicationUuid;
};

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exportIsAPureFunctionOfTheData();
    void roundTripGivesIdenticalBytes();
    void exportHoldsEveryRecordOfTheOpening();
    void handWrittenFixtureImports();
    void brokenFixtureIsRefused_data();
    void brokenFixtureIsRefused();
    void existingOpeningIsRefused();
    void existingPeopleAreReusedNotOverwritten();
    void failureWhileWritingRollsBack();
    void longErrorListIsCapped();
    void missingOpeningIsAnError();
    void applicationOnHoldSurvivesRoundTrip();
    void fileWithoutHoldFieldsImportsWithDefaults();
    void wrongHoldFieldTypesAreReported();
    void cancelledInterviewSurvivesRoundTrip();
    void everyOlderVersionIsRead_data();
    void everyOlderVersionIsRead();
    void inconsistentCancellationIsReported();

private:
    std::unique_ptr<Database> open(const QString& name);
    /// An opening with every kind of record, plus a second opening and an
    /// audit entry that the export must leave out.
    Built buildOpening(Database& db);
    QByteArray exportOpening(Database& db, RowId id);
    /// Imports `root` into an empty file: refused with exactly the errors
    /// `expected` (each a part of one error line), nothing written.
    void expectRefused(const QJsonObject& root, const QStringList& expected);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInterchange::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> TestInterchange::open(const QString& name) {
    auto db = test::TestDatabase::open(m_dir->filePath(name));
    if (!db) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

void TestInterchange::expectRefused(const QJsonObject& root, const QStringList& expected) {
    auto db = open(QStringLiteral("refused.db"));
    QVERIFY(db);
    const QStringList before = dumpDatabase(*db);
    OpeningImporter importer(*db);
    auto imported = importer.importJson(QJsonDocument(root).toJson());
    QVERIFY(!imported.ok());
    QCOMPARE(importer.errors().size(), expected.size());
    for (const QString& text : expected)
        QVERIFY2(imported.errorMessage().contains(text), qPrintable(imported.errorMessage()));
    QCOMPARE(dumpDatabase(*db), before);
}

QByteArray TestInterchange::exportOpening(Database& db, RowId id) {
    auto json = OpeningExporter(db).exportJson(id);
    if (!json) {
        qWarning("%s", qPrintable(json.errorMessage()));
        return {};
    }
    return *json;
}

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto status_ = (expr);                                                               \
        QVERIFY2(status_.ok(), qPrintable(status_.errorMessage()));                                \
    } while (false)

Built TestInterchange::buildOpening(Database& db) {
    Built built;
    [&] {
        QList<Panelist> panelists{{kNoRow,
                                   {},
                                   QStringLiteral("Zoë Çelik"),
                                   QStringLiteral("zoe@example.invalid"),
                                   QStringLiteral("Responsable d'équipe"),
                                   {}},
                                  {kNoRow,
                                   {},
                                   QStringLiteral("Jürgen Weiß"),
                                   QStringLiteral("jw@example.invalid"),
                                   QStringLiteral("Ingénieur"),
                                   {}},
                                  {kNoRow,
                                   {},
                                   QStringLiteral("Amélie Dubois"),
                                   {},
                                   QStringLiteral("RH"),
                                   QStringLiteral("amelie")}};
        for (Panelist& p : panelists)
            CHECK_OK(PanelistRepository(db).insert(p));
        built.firstPanelistUuid = panelists[0].uuid;

        Opening opening;
        opening.title = QStringLiteral("Ingénieure logicielle senior");
        opening.team = QStringLiteral("Plateforme");
        opening.hiringManager = QStringLiteral("Søren Kierkegård");
        opening.positions = 2;
        opening.status = OpeningStatus::OnHold;
        opening.description = QStringLiteral("Équipe « données » — télétravail possible 🚀");
        opening.createdAt = utc("2024-02-01T08:15:30.123Z");
        opening.panel = {
            {panelists[0].id, true}, {panelists[1].id, false}, {panelists[2].id, false}};
        CHECK_OK(OpeningRepository(db).insert(opening));
        built.openingId = opening.id;
        built.openingUuid = opening.uuid;

        RubricRepository rubrics(db);
        Rubric v1;
        v1.openingId = opening.id;
        v1.name = QStringLiteral("Grille backend");
        v1.createdAt = utc("2024-02-01T08:20:00.000Z");
        v1.criteria = {criterion(QStringLiteral("Conception"), 1.5, 4),
                       criterion(QStringLiteral("Communication"), 1.0, 4)};
        CHECK_OK(rubrics.insert(v1));
        Rubric v2 = v1;
        v2.id = kNoRow;
        v2.uuid = QUuid();
        v2.version = 2;
        v2.createdAt = utc("2024-02-03T10:00:00.500Z");
        v2.criteria = {criterion(QStringLiteral("Conception"), 0.75, 5),
                       criterion(QStringLiteral("Communication"), 1.0, 4),
                       criterion(QStringLiteral("Débogage"), 2.0, 4)};
        for (Criterion& c : v2.criteria)
            c.id = kNoRow;
        CHECK_OK(rubrics.insert(v2));
        auto storedV1 = rubrics.get(v1.id);
        auto storedV2 = rubrics.get(v2.id);
        QVERIFY(storedV1 && storedV2);
        const QList<Criterion> c1 = storedV1->criteria;
        const QList<Criterion> c2 = storedV2->criteria;
        QCOMPARE(c2.size(), 3);

        InterviewRoundRepository rounds(db);
        InterviewRound phone{kNoRow, {}, opening.id, 0, QStringLiteral("Entretien téléphonique"),
                             {},     30, {c2[1].id}};
        InterviewRound technical{kNoRow,
                                 {},
                                 opening.id,
                                 1,
                                 QStringLiteral("Technique"),
                                 QStringLiteral("Exercice en binôme"),
                                 90,
                                 {c2[2].id, c2[0].id}};
        CHECK_OK(rounds.insert(phone));
        CHECK_OK(rounds.insert(technical));

        QList<Candidate> candidates{{kNoRow,
                                     {},
                                     QStringLiteral("Åsa Öberg"),
                                     QStringLiteral("Åsa"),
                                     QStringLiteral("asa@example.invalid"),
                                     QStringLiteral("+46 70 000 00 00"),
                                     QStringLiteral("Göteborg"),
                                     QStringLiteral("referral"),
                                     QStringLiteral("Très motivée"),
                                     utc("2024-02-05T09:00:00.001Z")},
                                    {kNoRow,
                                     {},
                                     QStringLiteral("Léa Fontaine"),
                                     {},
                                     QStringLiteral("lea@example.invalid"),
                                     {},
                                     QStringLiteral("Lyon"),
                                     {},
                                     {},
                                     utc("2024-02-06T09:00:00.000Z")},
                                    {kNoRow,
                                     {},
                                     QStringLiteral("Nguyễn Văn An"),
                                     QStringLiteral("An"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     {},
                                     utc("2024-02-07T23:59:59.999Z")}};
        for (Candidate& c : candidates)
            CHECK_OK(CandidateRepository(db).insert(c));

        ApplicationRepository applications(db);
        QList<Application> apps(3);
        const PipelineStage stages[] = {PipelineStage::Final, PipelineStage::Offer,
                                        PipelineStage::Rejected};
        for (int i = 0; i < 3; ++i) {
            apps[i].candidateId = candidates[i].id;
            apps[i].openingId = opening.id;
            apps[i].stage = stages[i];
            apps[i].furthestStage = i == 2 ? PipelineStage::Interview : stages[i];
            apps[i].appliedOn = QDate(2024, 2, 10 + i);
            apps[i].promisedResponseDate = i == 0 ? QDate(2024, 3, 1) : QDate();
            apps[i].talentPool = i == 2;
            apps[i].notes = QStringLiteral("Préavis : %1 mois").arg(i + 1);
            apps[i].updatedAt = utc("2024-02-20T12:00:00.250Z");
            // The runner-up waits on purpose, so the round trip covers a hold.
            apps[i].onHold = i == 0;
            apps[i].holdReason =
                i == 0 ? QStringLiteral("En attente de la réponse de Léa à l'offre") : QString();
            CHECK_OK(applications.insert(apps[i]));
        }
        built.heldApplicationUuid = apps[0].uuid;

        InterviewRepository interviews(db);
        // Field by field: an aggregate initializer must name every later
        // field too (-Wmissing-field-initializers, an error in CI).
        const auto interview = [](RowId application, RowId round, const QDateTime& at,
                                  int minutes) {
            Interview i;
            i.applicationId = application;
            i.roundId = round;
            i.scheduledAt = at;
            i.durationMinutes = minutes;
            return i;
        };
        Interview i1 = interview(apps[0].id, technical.id, utc("2024-02-15T13:30:00.000Z"), 90);
        i1.location = QStringLiteral("Salle Curie");
        i1.panelistIds = {panelists[0].id, panelists[1].id};
        Interview i2 = interview(apps[1].id, technical.id, utc("2024-02-16T13:30:00.000Z"), 90);
        i2.panelistIds = {panelists[1].id, panelists[0].id};
        Interview i3 = interview(apps[2].id, phone.id, QDateTime(), 30);
        i3.panelistIds = {panelists[2].id};
        for (Interview* i : {&i1, &i2, &i3})
            CHECK_OK(interviews.insert(*i));

        ScorecardRepository scorecards(db);
        Scorecard s1;
        s1.interviewId = i1.id;
        s1.panelistId = panelists[0].id;
        s1.rubricId = v2.id;
        s1.status = ScorecardStatus::Submitted;
        s1.recommendation = Recommendation::StrongYes;
        s1.keyTakeaways = QStringLiteral("A découpé le problème très proprement.");
        s1.ratings = {{c2[0].id, 5, QStringLiteral("Schéma clair, compromis expliqués")},
                      {c2[2].id, std::nullopt, QStringLiteral("n'a pas été évalué")},
                      {c2[1].id, 3, {}}};
        s1.updatedAt = utc("2024-02-15T16:00:00.000Z");
        s1.submittedAt = utc("2024-02-15T16:00:00.000Z");
        Scorecard s2 = s1;
        s2.panelistId = panelists[1].id;
        s2.status = ScorecardStatus::Draft;
        s2.recommendation = std::nullopt;
        s2.ratings = {{c2[0].id, 3, {}}};
        s2.submittedAt = QDateTime();
        Scorecard s3 = s1;
        s3.interviewId = i2.id;
        s3.panelistId = panelists[1].id;
        s3.recommendation = Recommendation::Yes;
        Scorecard s4;
        s4.interviewId = i3.id;
        s4.panelistId = panelists[2].id;
        s4.rubricId = v1.id;
        s4.status = ScorecardStatus::Submitted;
        s4.recommendation = Recommendation::No;
        s4.ratings = {{c1[1].id, 2, QStringLiteral("Réponses vagues")}};
        s4.updatedAt = utc("2024-02-12T10:00:00.000Z");
        s4.submittedAt = utc("2024-02-12T10:00:00.000Z");
        for (Scorecard* s : {&s1, &s2, &s3, &s4})
            CHECK_OK(scorecards.insert(*s));

        ReferenceRepository references(db);
        Reference r1{kNoRow,
                     {},
                     apps[0].id,
                     QStringLiteral("Björn Ångström"),
                     QStringLiteral("ancien manager"),
                     QStringLiteral("+46 8 000 00"),
                     QDate(2024, 2, 18),
                     QStringLiteral("Très positif"),
                     false};
        Reference r2{
            kNoRow,  {}, apps[0].id, QStringLiteral("Chloé Martin"), QStringLiteral("collègue"), {},
            QDate(), {}, true};
        CHECK_OK(references.insert(r1));
        CHECK_OK(references.insert(r2));

        Decision decision;
        decision.openingId = opening.id;
        decision.decidedAt = utc("2024-02-21T17:45:12.345Z");
        decision.decidedBy = panelists[0].id;
        decision.rationale = QStringLiteral("Léa a quatre mois de plus sur le débogage en prod.");
        decision.decidingCriterionIds = {c2[2].id, c2[0].id};
        decision.shareDecidingFactor = true;
        decision.outcomes = {{apps[1].id, DecisionRole::Chosen, 0},
                             {apps[0].id, DecisionRole::RunnerUp, 1},
                             {apps[2].id, DecisionRole::NotSelected, 0}};
        CHECK_OK(DecisionRepository(db).insert(decision));

        CommunicationRepository communications(db);
        CommunicationEntry m1{kNoRow,
                              {},
                              apps[0].id,
                              utc("2024-02-22T09:00:00.000Z"),
                              CommunicationChannel::Email,
                              CommunicationDirection::Outbound,
                              QStringLiteral("Réponse promise pour le 1er mars"),
                              QDate(2024, 3, 1),
                              QStringLiteral("Zoë Çelik")};
        CommunicationEntry m2{kNoRow,
                              {},
                              apps[2].id,
                              utc("2024-02-22T09:00:00.000Z"),
                              CommunicationChannel::Phone,
                              CommunicationDirection::Inbound,
                              QStringLiteral("A demandé un retour"),
                              QDate(),
                              {}};
        CHECK_OK(communications.insert(m1));
        CHECK_OK(communications.insert(m2));

        AuditRepository audit(db);
        AuditEntry e1{kNoRow,
                      {},
                      utc("2024-02-16T08:00:00.000Z"),
                      QStringLiteral("Zoë Çelik"),
                      QStringLiteral("scorecard"),
                      s1.uuid,
                      QStringLiteral("score"),
                      QStringLiteral("4"),
                      QStringLiteral("5"),
                      QStringLiteral("Relu mes notes")};
        AuditEntry e2{kNoRow,
                      {},
                      utc("2024-02-22T08:00:00.000Z"),
                      QStringLiteral("Zoë Çelik"),
                      QStringLiteral("decision"),
                      decision.uuid,
                      QStringLiteral("rationale"),
                      {},
                      QStringLiteral("Précisé"),
                      {}};
        AuditEntry unrelated{kNoRow,
                             {},
                             utc("2024-02-22T08:00:00.000Z"),
                             QStringLiteral("x"),
                             QStringLiteral("scorecard"),
                             QUuid::createUuid(),
                             QStringLiteral("score"),
                             {},
                             {},
                             {}};
        for (AuditEntry* e : {&e1, &e2, &unrelated})
            CHECK_OK(audit.insert(*e));
        built.unrelatedAuditUuid = unrelated.uuid;

        // A second opening sharing a candidate: it must stay out of the export.
        Opening other;
        other.title = QStringLiteral("Autre poste");
        other.createdAt = utc("2024-01-01T00:00:00.000Z");
        CHECK_OK(OpeningRepository(db).insert(other));
        Application otherApp;
        otherApp.candidateId = candidates[0].id;
        otherApp.openingId = other.id;
        CHECK_OK(applications.insert(otherApp));
    }();
    return built;
}

void TestInterchange::exportIsAPureFunctionOfTheData() {
    auto db = open(QStringLiteral("source.db"));
    QVERIFY(db);
    const Built built = buildOpening(*db);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray first = exportOpening(*db, built.openingId);
    QVERIFY(!first.isEmpty());
    QCOMPARE(exportOpening(*db, built.openingId), first);
}

void TestInterchange::roundTripGivesIdenticalBytes() {
    auto source = open(QStringLiteral("source.db"));
    QVERIFY(source);
    const Built built = buildOpening(*source);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray exported = exportOpening(*source, built.openingId);
    QVERIFY(!exported.isEmpty());

    auto target = open(QStringLiteral("target.db"));
    QVERIFY(target);
    OpeningImporter importer(*target);
    auto imported = importer.importJson(exported, QStringLiteral("source.json"));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(importer.errors().isEmpty());
    const QByteArray again = exportOpening(*target, *imported);
    if (again != exported) {
        QFile a(m_dir->filePath(QStringLiteral("first.json")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(exported);
        QFile b(m_dir->filePath(QStringLiteral("again.json")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(again);
        m_dir->setAutoRemove(false);
        QFAIL(qPrintable(QStringLiteral("exports differ; see %1").arg(m_dir->path())));
    }
    QCOMPARE(again, exported);

    auto opening = OpeningRepository(*target).get(*imported);
    QVERIFY(opening);
    QCOMPARE(opening->uuid, built.openingUuid);
    QCOMPARE(opening->title, QStringLiteral("Ingénieure logicielle senior"));
    QCOMPARE(opening->createdAt, utc("2024-02-01T08:15:30.123Z"));
}

void TestInterchange::exportHoldsEveryRecordOfTheOpening() {
    auto db = open(QStringLiteral("source.db"));
    QVERIFY(db);
    const Built built = buildOpening(*db);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray json = exportOpening(*db, built.openingId);
    const QJsonObject root = QJsonDocument::fromJson(json).object();

    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("debrief-opening"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 3);
    QVERIFY(root.value(QStringLiteral("exportedBy")).toString().startsWith(u"Debrief "));
    const auto count = [&root](const char* key) {
        return root.value(QLatin1String(key)).toArray().size();
    };
    QCOMPARE(count("rubrics"), 2);
    QCOMPARE(count("rounds"), 2);
    QCOMPARE(count("panelists"), 3);
    QCOMPARE(count("candidates"), 3);
    QCOMPARE(count("applications"), 3); // not the second opening's
    QCOMPARE(count("interviews"), 3);
    QCOMPARE(count("scorecards"), 4);
    QCOMPARE(count("references"), 2);
    QCOMPARE(count("communications"), 2);
    QCOMPARE(count("auditLog"), 2); // not the unrelated entry
    QVERIFY(!json.contains(built.unrelatedAuditUuid.toString(QUuid::WithoutBraces).toLatin1()));

    const QJsonObject opening = root.value(QStringLiteral("opening")).toObject();
    QCOMPARE(opening.value(QStringLiteral("status")).toString(), QStringLiteral("on_hold"));
    QCOMPARE(opening.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2024-02-01T08:15:30.123Z"));
    const QJsonArray panel = opening.value(QStringLiteral("panel")).toArray();
    QCOMPARE(panel.size(), 3);
    QCOMPARE(panel.at(0).toObject().value(QStringLiteral("panelistUuid")).toString(),
             built.firstPanelistUuid.toString(QUuid::WithoutBraces));
    QCOMPARE(panel.at(0).toObject().value(QStringLiteral("lead")).toBool(), true);

    // Rubric versions in version order; criteria in rubric order.
    const QJsonArray rubrics = root.value(QStringLiteral("rubrics")).toArray();
    QCOMPARE(rubrics.at(1).toObject().value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray criteria =
        rubrics.at(1).toObject().value(QStringLiteral("criteria")).toArray();
    QCOMPARE(criteria.size(), 3);
    QCOMPARE(criteria.at(2).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Débogage"));
    QCOMPARE(criteria.at(0).toObject().value(QStringLiteral("weight")).toDouble(), 0.75);
    QCOMPARE(criteria.at(0).toObject().value(QStringLiteral("anchors")).toArray().size(), 5);

    // "Not assessed" is null, never 0.
    int nullScores = 0;
    for (const QJsonValue card : root.value(QStringLiteral("scorecards")).toArray()) {
        for (const QJsonValue rating : card.toObject().value(QStringLiteral("ratings")).toArray())
            nullScores += rating.toObject().value(QStringLiteral("score")).isNull() ? 1 : 0;
    }
    QCOMPARE(nullScores, 2); // s1 and its copy s3

    const QJsonObject decision = root.value(QStringLiteral("decision")).toObject();
    const QJsonArray outcomes = decision.value(QStringLiteral("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(1).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("runner_up"));
    QCOMPARE(decision.value(QStringLiteral("decidingCriterionUuids")).toArray().size(), 2);
    QCOMPARE(decision.value(QStringLiteral("decidedAt")).toString(),
             QStringLiteral("2024-02-21T17:45:12.345Z"));

    // Records refer to each other by uuid only: no local row id leaks out.
    QVERIFY(!json.contains("\"id\""));
    QVERIFY(!json.contains("Id\""));
    QVERIFY(json.contains(QStringLiteral("Nguyễn Văn An").toUtf8()));
}

void TestInterchange::handWrittenFixtureImports() {
    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    auto imported = OpeningImporter(*db).importJson(
        readFile(fixturePath(QStringLiteral("valid-minimal.json"))));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto scorecards = ScorecardRepository(*db).forOpening(*imported);
    QVERIFY(scorecards);
    QCOMPARE(scorecards->size(), 1);
    QCOMPARE(scorecards->at(0).ratings.size(), 2);
    QCOMPARE(scorecards->at(0).ratings.at(0).score, std::optional<int>(3));
    QCOMPARE(scorecards->at(0).ratings.at(1).score, std::optional<int>());
    auto candidates = CandidateRepository(*db).list();
    QVERIFY(candidates);
    QCOMPARE(candidates->size(), 1);
    QCOMPARE(candidates->at(0).fullName, QStringLiteral("Léa Fontaine"));
}

void TestInterchange::brokenFixtureIsRefused_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("malformed") << "malformed.json"
                               << QStringList{
                                      QStringLiteral("$: malformed JSON at line 9, column")};
    QTest::newRow("wrong format marker")
        << "wrong-format.json"
        << QStringList{QStringLiteral("$.format: expected \"debrief-opening\"")};
    QTest::newRow("newer version")
        << "newer-version.json"
        << QStringList{QStringLiteral("$.formatVersion: this file was written by a newer Debrief")};
    QTest::newRow("missing field")
        << "missing-field.json"
        << QStringList{QStringLiteral("$.candidates[0].fullName: missing required field")};
    QTest::newRow("wrong type") << "wrong-type.json"
                                << QStringList{
                                       QStringLiteral("$.candidates[0].email: expected a string")};
    QTest::newRow("unknown enum key")
        << "unknown-enum.json"
        << QStringList{QStringLiteral("$.applications[0].stage: unknown key \"interviw\"; expected "
                                      "one of: applied, screen, interview")};
    QTest::newRow("dangling reference")
        << "dangling-reference.json"
        << QStringList{QStringLiteral("$.interviews[0].roundUuid: refers to interview round "
                                      "0e000000-0000-4000-8000-0000000000aa")};
    QTest::newRow("duplicate uuid")
        << "duplicate-uuid.json"
        << QStringList{QStringLiteral("$.candidates[1].uuid: duplicate uuid "
                                      "0f000000-0000-4000-8000-000000000001; already used at "
                                      "$.candidates[0].uuid")};
    QTest::newRow("score outside scale")
        << "score-outside-scale.json"
        << QStringList{QStringLiteral(
               "$.scorecards[0].ratings[1].score: 7 is outside the criterion's scale 1–4")};
    // Issue #12: 1e308 positions said "less than 1"; a weight of 1e308 was
    // accepted and every total of the opening printed "nan".
    QTest::newRow("positions out of range")
        << "positions-out-of-range.json"
        << QStringList{QStringLiteral("$.opening.positions: 1e+308 is outside the range 1–999")};
    QTest::newRow("weight out of range")
        << "weight-out-of-range.json"
        << QStringList{QStringLiteral(
               "$.rubrics[0].criteria[0].weight: 1e+308 is outside the range 0–100")};
    QTest::newRow("several errors")
        << "several-errors.json"
        << QStringList{QStringLiteral("$.candidates[0].email: expected a string"),
                       QStringLiteral("$.applications[0].stage: unknown key \"hired!\""),
                       QStringLiteral("$.scorecards[0].panelistUuid: refers to panelist"),
                       QStringLiteral("$.scorecards[0].ratings[0].score: 0 is outside"),
                       QStringLiteral("$.rounds[0].durationMinutes: expected an integer"),
                       QStringLiteral("$.opening.titel: unknown field")};
}

void TestInterchange::brokenFixtureIsRefused() {
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const QByteArray json = readFile(fixturePath(fixture));
    QVERIFY2(!json.isEmpty(), qPrintable(fixture));

    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    buildOpening(*db);
    QVERIFY(!QTest::currentTestFailed());
    const QStringList before = dumpDatabase(*db);

    OpeningImporter importer(*db);
    auto imported = importer.importJson(json, fixture);
    QVERIFY(!imported.ok());
    const QString message = imported.errorMessage();
    for (const QString& text : expected)
        QVERIFY2(message.contains(text), qPrintable(message));
    // Every line names the file and a JSON path.
    for (const QString& line : message.split(QLatin1Char('\n')))
        QVERIFY2(line.startsWith(fixture + QStringLiteral(": $")), qPrintable(line));
    // Nothing beyond what the fixture broke is reported.
    QCOMPARE(importer.errors().size(), expected.size());
    QCOMPARE(dumpDatabase(*db), before);
}

void TestInterchange::existingOpeningIsRefused() {
    auto source = open(QStringLiteral("source.db"));
    QVERIFY(source);
    const Built built = buildOpening(*source);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray json = exportOpening(*source, built.openingId);

    auto target = open(QStringLiteral("target.db"));
    QVERIFY(target);
    auto first = OpeningImporter(*target).importJson(json);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const QStringList before = dumpDatabase(*target);
    auto second = OpeningImporter(*target).importJson(json);
    QVERIFY(!second.ok());
    QVERIFY2(second.errorMessage().startsWith(QStringLiteral("$.opening.uuid: this opening")),
             qPrintable(second.errorMessage()));
    QVERIFY(second.errorMessage().contains(QStringLiteral("already exists")));
    QCOMPARE(dumpDatabase(*target), before);

    // The source itself holds the opening too.
    const QStringList sourceBefore = dumpDatabase(*source);
    QVERIFY(!OpeningImporter(*source).importJson(json).ok());
    QCOMPARE(dumpDatabase(*source), sourceBefore);
}

void TestInterchange::existingPeopleAreReusedNotOverwritten() {
    const QByteArray json = readFile(fixturePath(QStringLiteral("valid-minimal.json")));
    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    Panelist known{kNoRow,
                   QUuid::fromString(u"0b000000-0000-4000-8000-000000000001"),
                   QStringLiteral("Zoë Ç. (stored)"),
                   {},
                   {},
                   {}};
    QVERIFY(PanelistRepository(*db).insert(known).ok());

    auto imported = OpeningImporter(*db).importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto panelists = PanelistRepository(*db).list();
    QVERIFY(panelists);
    QCOMPARE(panelists->size(), 1);
    QCOMPARE(panelists->at(0).name, QStringLiteral("Zoë Ç. (stored)"));
    auto opening = OpeningRepository(*db).get(*imported);
    QVERIFY(opening);
    QCOMPARE(opening->panel.size(), 1);
    QCOMPARE(opening->panel.at(0).panelistId, known.id);
}

void TestInterchange::failureWhileWritingRollsBack() {
    auto source = open(QStringLiteral("source.db"));
    QVERIFY(source);
    const Built built = buildOpening(*source);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray json = exportOpening(*source, built.openingId);

    // Messages are written late, after the opening, rubrics, applications,
    // scorecards…: a failure there must take all of those back out.
    auto target = open(QStringLiteral("target.db"));
    QVERIFY(target);
    QVERIFY(test::TestDatabase::refuseWrites(*target, QStringLiteral("refuse_messages"),
                                             QStringLiteral("INSERT"),
                                             QStringLiteral("communications")));
    const QStringList before = dumpDatabase(*target);
    auto imported = OpeningImporter(*target).importJson(json);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.errorMessage().startsWith(u"$: nothing was imported"),
             qPrintable(imported.errorMessage()));
    QCOMPARE(dumpDatabase(*target), before);
}

void TestInterchange::longErrorListIsCapped() {
    QJsonObject root =
        QJsonDocument::fromJson(readFile(fixturePath(QStringLiteral("valid-minimal.json"))))
            .object();
    QJsonArray broken;
    for (int i = 0; i < 40; ++i)
        broken.append(QJsonObject{{QStringLiteral("uuid"), 42}});
    root.insert(QStringLiteral("auditLog"), broken);
    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    OpeningImporter importer(*db);
    auto imported = importer.importJson(QJsonDocument(root).toJson());
    QVERIFY(!imported.ok());
    QCOMPARE(importer.errors().size(), 40 * 9); // a bad uuid and 8 missing fields each
    const QStringList lines = imported.errorMessage().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), OpeningImporter::kListedErrors + 1);
    QVERIFY2(lines.last().contains(QString::number(40 * 9 - OpeningImporter::kListedErrors)),
             qPrintable(lines.last()));
    QVERIFY(lines.first().startsWith(u"$.auditLog[0].uuid: expected a UUID"));
}

void TestInterchange::missingOpeningIsAnError() {
    auto db = open(QStringLiteral("empty.db"));
    QVERIFY(db);
    auto json = OpeningExporter(*db).exportJson(4711);
    QVERIFY(!json.ok());
    QVERIFY(!json.errorMessage().isEmpty());
}

void TestInterchange::applicationOnHoldSurvivesRoundTrip() {
    auto source = open(QStringLiteral("source.db"));
    QVERIFY(source);
    const Built built = buildOpening(*source);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray json = exportOpening(*source, built.openingId);

    // Every application carries both fields, on hold or not.
    const QString held = built.heldApplicationUuid.toString(QUuid::WithoutBraces);
    int heldSeen = 0;
    const QJsonArray applications =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("applications")).toArray();
    QCOMPARE(applications.size(), 3);
    for (const QJsonValue value : applications) {
        const QJsonObject a = value.toObject();
        QVERIFY(a.value(QStringLiteral("onHold")).isBool());
        QVERIFY(a.value(QStringLiteral("holdReason")).isString());
        const bool isHeld = a.value(QStringLiteral("uuid")).toString() == held;
        heldSeen += isHeld ? 1 : 0;
        QCOMPARE(a.value(QStringLiteral("onHold")).toBool(), isHeld);
        QCOMPARE(a.value(QStringLiteral("holdReason")).toString().isEmpty(), !isHeld);
    }
    QCOMPARE(heldSeen, 1);

    auto target = open(QStringLiteral("target.db"));
    QVERIFY(target);
    auto imported = OpeningImporter(*target).importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto stored = ApplicationRepository(*target).findByUuid(built.heldApplicationUuid);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->onHold, true);
    QCOMPARE((*stored)->holdReason, QStringLiteral("En attente de la réponse de Léa à l'offre"));
}

void TestInterchange::fileWithoutHoldFieldsImportsWithDefaults() {
    // valid-minimal.json is a format version 1 file, written before the hold
    // fields existed.
    const QByteArray json = readFile(fixturePath(QStringLiteral("valid-minimal.json")));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    const QJsonObject application =
        root.value(QStringLiteral("applications")).toArray().at(0).toObject();
    QVERIFY(!application.contains(QStringLiteral("onHold")));
    QVERIFY(!application.contains(QStringLiteral("holdReason")));

    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    OpeningImporter importer(*db);
    auto imported = importer.importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(importer.errors().isEmpty());
    auto stored = ApplicationRepository(*db).findByUuid(
        QUuid::fromString(application.value(QStringLiteral("uuid")).toString()));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->onHold, false);
    QCOMPARE((*stored)->holdReason, QString());
}

void TestInterchange::wrongHoldFieldTypesAreReported() {
    QJsonObject root =
        QJsonDocument::fromJson(readFile(fixturePath(QStringLiteral("valid-minimal.json"))))
            .object();
    QJsonArray applications = root.value(QStringLiteral("applications")).toArray();
    QJsonObject application = applications.at(0).toObject();
    application.insert(QStringLiteral("onHold"), QStringLiteral("yes"));
    application.insert(QStringLiteral("holdReason"), QJsonValue::Null);
    applications.replace(0, application);
    root.insert(QStringLiteral("applications"), applications);
    // The messages the reader gives any other boolean or text field.
    expectRefused(root, {QStringLiteral("$.applications[0].onHold: expected true or false"),
                         QStringLiteral("$.applications[0].holdReason: expected a string")});
}

void TestInterchange::cancelledInterviewSurvivesRoundTrip() {
    auto db = open(QStringLiteral("source.db"));
    QVERIFY(db);
    const Built built = buildOpening(*db);
    QVERIFY(!QTest::currentTestFailed());
    // One interview moved twice and cancelled, with a call link.
    auto interviews = InterviewRepository(*db).forApplication(
        (**ApplicationRepository(*db).findByUuid(built.heldApplicationUuid)).id);
    QVERIFY(interviews && !interviews->isEmpty());
    Interview cancelled = interviews->constFirst();
    cancelled.videoLink = QStringLiteral("https://meet.example.org/salle-curie?pwd=a;b");
    cancelled.invitationSequence = 3;
    cancelled.cancelledAt = utc("2024-02-14T17:05:09.250Z");
    cancelled.cancelledBy = QStringLiteral("Hélène Martin");
    cancelled.cancellationReason = QStringLiteral("Léa est malade ; nouvelle date à suivre.");
    QVERIFY(InterviewRepository(*db).update(cancelled));

    const QByteArray json = exportOpening(*db, built.openingId);
    const QJsonArray exported =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("interviews")).toArray();
    int seen = 0;
    for (const QJsonValue& value : exported) {
        const QJsonObject i = value.toObject();
        // Every interview carries the version 3 fields, standing or not.
        for (const char* key : {"videoLink", "invitationSequence", "cancelledAt", "cancelledBy",
                                "cancellationReason"})
            QVERIFY2(i.contains(QLatin1String(key)), key);
        if (i.value(QStringLiteral("uuid")).toString() !=
            cancelled.uuid.toString(QUuid::WithoutBraces))
            continue;
        ++seen;
        QCOMPARE(i.value(QStringLiteral("cancelledAt")).toString(),
                 QStringLiteral("2024-02-14T17:05:09.250Z"));
        QCOMPARE(i.value(QStringLiteral("invitationSequence")).toInt(), 3);
    }
    QCOMPARE(seen, 1);

    auto target = open(QStringLiteral("target.db"));
    QVERIFY(target);
    auto imported = OpeningImporter(*target).importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto stored = InterviewRepository(*target).findByUuid(cancelled.uuid);
    QVERIFY(stored && stored->has_value());
    Interview expected = cancelled;
    expected.id = (*stored)->id;
    expected.applicationId = (*stored)->applicationId;
    expected.roundId = (*stored)->roundId;
    expected.panelistIds = (*stored)->panelistIds;
    // Row versions are the storing database's own: an imported row is new.
    QCOMPARE((*stored)->rowVersion, 1);
    expected.rowVersion = 1;
    QCOMPARE(**stored, expected);
    QVERIFY((*stored)->isCancelled());
    QCOMPARE(exportOpening(*target, *imported), json);
}

void TestInterchange::everyOlderVersionIsRead_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("onHold");
    QTest::addColumn<int>("cancelled");
    QTest::newRow("version 1") << "valid-minimal.json" << 1 << false << 0;
    QTest::newRow("version 2") << "valid-v2.json" << 2 << true << 0;
    QTest::newRow("version 3") << "valid-v3-cancelled.json" << 3 << false << 1;
}

void TestInterchange::everyOlderVersionIsRead() {
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QFETCH(bool, onHold);
    QFETCH(int, cancelled);
    const QByteArray json = readFile(fixturePath(fixture));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("formatVersion")).toInt(),
             version);
    auto db = open(QStringLiteral("target.db"));
    QVERIFY(db);
    OpeningImporter importer(*db);
    auto imported = importer.importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(importer.errors().isEmpty());
    auto applications = ApplicationRepository(*db).forOpening(*imported);
    QVERIFY(applications && applications->size() == 1);
    QCOMPARE(applications->at(0).onHold, onHold);
    auto interviews = InterviewRepository(*db).forApplication(applications->at(0).id);
    QVERIFY(interviews);
    int cancelledCount = 0;
    for (const Interview& i : *interviews) {
        if (!i.isCancelled()) {
            // Standing interviews of every version read the same way.
            QCOMPARE(i.videoLink, QString());
            QCOMPARE(i.invitationSequence, 0);
            QCOMPARE(i.cancelledBy, QString());
            QCOMPARE(i.cancellationReason, QString());
            QCOMPARE(i.location, QStringLiteral("Room 2"));
            continue;
        }
        ++cancelledCount;
        QCOMPARE(i.cancelledAt, utc("2024-03-03T17:15:00.000Z"));
        QCOMPARE(i.cancelledBy, QStringLiteral("Hélène Martin"));
        QCOMPARE(i.cancellationReason,
                 QStringLiteral("Léa asked to move it; the new date is 5 March."));
        QCOMPARE(i.videoLink, QStringLiteral("https://meet.example.invalid/backend-lea"));
        QCOMPARE(i.invitationSequence, 2);
    }
    QCOMPARE(cancelledCount, cancelled);
    // Written back, it is a version 3 file, whatever it was read from.
    const QJsonObject again = QJsonDocument::fromJson(exportOpening(*db, *imported)).object();
    QCOMPARE(again.value(QStringLiteral("formatVersion")).toInt(), 3);
}

void TestInterchange::inconsistentCancellationIsReported() {
    QJsonObject root =
        QJsonDocument::fromJson(readFile(fixturePath(QStringLiteral("valid-v3-cancelled.json"))))
            .object();
    QJsonArray interviews = root.value(QStringLiteral("interviews")).toArray();
    QJsonObject standing = interviews.at(0).toObject();
    standing.insert(QStringLiteral("cancellationReason"), QStringLiteral("a reason, but when?"));
    QJsonObject cancelled = interviews.at(1).toObject();
    cancelled.insert(QStringLiteral("cancellationReason"), QStringLiteral("  "));
    cancelled.insert(QStringLiteral("invitationSequence"), -1);
    interviews.replace(0, standing);
    interviews.replace(1, cancelled);
    root.insert(QStringLiteral("interviews"), interviews);
    expectRefused(
        root,
        {QStringLiteral("$.interviews[1].invitationSequence: -1 is less than 0"),
         QStringLiteral("$.interviews[0].cancelledAt: the interview has who cancelled it or why, "
                        "but no time it was cancelled"),
         QStringLiteral("$.interviews[1].cancellationReason: a cancelled interview needs the "
                        "reason it was cancelled")});
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"

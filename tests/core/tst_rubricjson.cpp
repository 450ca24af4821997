#include "rubric/RubricJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace debrief;

/// RubricJson: export and import of rubrics, and the validation that turns
/// every problem of a hand-edited file into a message with its JSON path.
class TestRubricJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEverythingButRowIds();
    void roundTripOfMinimalRubric();
    void exportWritesDocumentedShape();
    void keysAreMadeFromNamesAndUnique();
    void templateRoundTripKeepsKeysAndRounds();
    void validFixtureLoads();
    void brokenFixtureFails_data();
    void brokenFixtureFails();
    void errorMessageStartsWithSourceName();

private:
    static QByteArray fixture(const QString& name);
    static Rubric sampleRubric();
    /// The keys that an export writes for criteria with these names.
    static QStringList exportedKeys(const QStringList& names);
};

QByteArray TestRubricJson::fixture(const QString& name) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/rubric/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Rubric TestRubricJson::sampleRubric() {
    Rubric rubric;
    rubric.id = 17;
    rubric.uuid = QUuid::fromString(QStringLiteral("6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));
    rubric.familyUuid = QUuid::fromString(QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));
    rubric.version = 3;
    rubric.openingId = 5;
    rubric.name = QStringLiteral("Backend engineer – Berlin");
    rubric.description = QStringLiteral("Line one.\nLine two with \"quotes\" and ümlauts.");
    rubric.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 15, 250), Qt::UTC);
    const QList<int> scales = {4, 5, 3};
    const QList<double> weights = {1.5, 0.0, 2.25};
    const QStringList names = {QStringLiteral("Problem solving"), QStringLiteral("Größe"),
                               QStringLiteral("Problem-solving (pairing)")};
    for (int i = 0; i < 3; ++i) {
        Criterion criterion;
        criterion.id = 100 + i;
        criterion.uuid = QUuid::createUuid();
        criterion.name = names.at(i);
        criterion.description = i == 1 ? QString() : QStringLiteral("Description %1").arg(i);
        criterion.weight = weights.at(i);
        criterion.scaleSize = scales.at(i);
        for (int level = 1; level <= criterion.scaleSize; ++level)
            criterion.anchors.append(QStringLiteral("Level %1 of criterion %2").arg(level).arg(i));
        rubric.criteria.append(criterion);
    }
    return rubric;
}

void TestRubricJson::roundTripKeepsEverythingButRowIds() {
    const Rubric original = sampleRubric();
    const auto imported = RubricJson::importRubric(RubricJson::exportRubric(original));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));

    // Row ids and openingId are local to one database file and not exported.
    Rubric expected = original;
    expected.id = kNoRow;
    expected.openingId = kNoRow;
    for (Criterion& criterion : expected.criteria)
        criterion.id = kNoRow;
    QCOMPARE(imported->name, expected.name);
    QCOMPARE(imported->createdAt, expected.createdAt);
    QCOMPARE(imported->criteria.size(), expected.criteria.size());
    for (qsizetype i = 0; i < expected.criteria.size(); ++i) {
        QCOMPARE(imported->criteria.at(i).anchors, expected.criteria.at(i).anchors);
        QCOMPARE(imported->criteria.at(i).weight, expected.criteria.at(i).weight);
    }
    QVERIFY(*imported == expected);
}

void TestRubricJson::roundTripOfMinimalRubric() {
    Rubric original;
    original.name = QStringLiteral("Only a name");
    Criterion criterion;
    criterion.name = QStringLiteral("Communication");
    criterion.scaleSize = 2;
    criterion.anchors = {QStringLiteral("Hard to follow."), QStringLiteral("Clear.")};
    original.criteria.append(criterion);

    const auto imported = RubricJson::importRubric(RubricJson::exportRubric(original));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->uuid.isNull());
    QVERIFY(!imported->createdAt.isValid());
    QVERIFY(*imported == original);
}

void TestRubricJson::exportWritesDocumentedShape() {
    const QJsonObject root =
        QJsonDocument::fromJson(RubricJson::exportRubric(sampleRubric())).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("debrief-rubric"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("uuid")).toString(),
             QStringLiteral("6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));
    QCOMPARE(root.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2024-05-01T09:30:15.250Z"));
    QVERIFY(!root.contains(QStringLiteral("id")));
    QVERIFY(!root.contains(QStringLiteral("openingId")));
    QVERIFY(!root.contains(QStringLiteral("rounds")));
    const QJsonObject first = root.value(QStringLiteral("criteria")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("problem-solving"));
    QCOMPARE(first.value(QStringLiteral("scaleSize")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("anchors")).toArray().size(), 4);
    QVERIFY(!first.contains(QStringLiteral("id")));
}

QStringList TestRubricJson::exportedKeys(const QStringList& names) {
    Rubric rubric;
    rubric.name = QStringLiteral("Keys");
    for (const QString& name : names) {
        Criterion criterion;
        criterion.name = name;
        rubric.criteria.append(criterion);
    }
    QStringList keys;
    const QJsonArray criteria = QJsonDocument::fromJson(RubricJson::exportRubric(rubric))
                                    .object()
                                    .value(QStringLiteral("criteria"))
                                    .toArray();
    for (const QJsonValue& criterion : criteria)
        keys.append(criterion.toObject().value(QStringLiteral("key")).toString());
    return keys;
}

void TestRubricJson::keysAreMadeFromNamesAndUnique() {
    QCOMPARE(exportedKeys({QStringLiteral("Problemlösung"), QStringLiteral("Größe & Maß"),
                           QStringLiteral("  Qualité du code! "), QStringLiteral("–?!")}),
             QStringList({QStringLiteral("problemlosung"), QStringLiteral("grosse-mass"),
                          QStringLiteral("qualite-du-code"), QStringLiteral("criterion")}));
    QCOMPARE(exportedKeys({QStringLiteral("Team work"), QStringLiteral("Team-work"),
                           QStringLiteral("team work!")}),
             QStringList({QStringLiteral("team-work"), QStringLiteral("team-work-2"),
                          QStringLiteral("team-work-3")}));
}

void TestRubricJson::templateRoundTripKeepsKeysAndRounds() {
    RubricTemplate original;
    original.id = QStringLiteral("warehouse");
    original.language = QStringLiteral("de");
    original.rubric = sampleRubric();
    original.rubric.id = kNoRow;
    original.rubric.openingId = kNoRow;
    for (Criterion& criterion : original.rubric.criteria)
        criterion.id = kNoRow;
    original.criterionKeys = {QStringLiteral("a"), QStringLiteral("b-2"), QStringLiteral("c")};
    original.rounds = {{QStringLiteral("Screen"), QStringLiteral("Short call"), 30, {2, 0}},
                       {QStringLiteral("On-site"), QString(), 120, {1}}};

    const auto imported = RubricJson::importTemplate(RubricJson::exportTemplate(original));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->criterionKeys, original.criterionKeys);
    QCOMPARE(imported->rounds.size(), 2);
    QCOMPARE(imported->rounds.at(0).criterionIndices, QList<int>({2, 0}));
    QVERIFY(*imported == original);
}

void TestRubricJson::validFixtureLoads() {
    const auto imported = RubricJson::importTemplate(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->rubric.name, QStringLiteral("Warehouse shift lead"));
    QCOMPARE(imported->rubric.version, 1);
    QCOMPARE(imported->criterionKeys,
             QStringList({QStringLiteral("safety"), QStringLiteral("scheduling")}));
    QCOMPARE(imported->rubric.criteria.at(0).description, QString());
    QCOMPARE(imported->rubric.criteria.at(0).weight, 2.0);
    QCOMPARE(imported->rubric.criteria.at(1).scaleSize, 2);
    QCOMPARE(imported->rubric.criteria.at(1).anchors.size(), 2);
    QVERIFY(imported->rounds.isEmpty());
    QVERIFY(imported->id.isEmpty());
}

void TestRubricJson::brokenFixtureFails_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("count");

    // One expected text per error unless `count` says otherwise.
    auto row = [](const char* file, QStringList expected, int count = -1) {
        QTest::newRow(file) << QString::fromLatin1(file) << expected
                            << (count < 0 ? int(expected.size()) : count);
    };
    row("malformed.json", {QStringLiteral("$: not valid JSON"), QStringLiteral("at line 6,")}, 1);
    row("not-an-object.json", {QStringLiteral("$: expected a JSON object, found an array")});
    row("wrong-format.json", {QStringLiteral("$.format: expected \"debrief-rubric\"")});
    row("newer-format-version.json",
        {QStringLiteral("$.formatVersion: the file has format version 2")});
    row("missing-name.json", {QStringLiteral("$.name: required field is missing")});
    row("wrong-anchor-count.json", {QStringLiteral("$.criteria[1].anchors: expected 5 anchor "
                                                   "texts for a 1–5 scale, found 4")});
    row("negative-weight.json",
        {QStringLiteral("$.criteria[0].weight: the weight must be a number ≥ 0, found -1")});
    // Issue #12: a weight of 1e308 was accepted and printed "nan" totals.
    row("weight-out-of-range.json",
        {QStringLiteral("$.criteria[0].weight: the weight must be at most 100, found 1e+308")});
    row("scale-out-of-range.json",
        {QStringLiteral("$.criteria[0].scaleSize: the scale must have 2 to 10 levels, found 12"),
         QStringLiteral("$.criteria[1].scaleSize: the scale must have 2 to 10 levels, found 1")});
    row("duplicate-criterion-names.json",
        {QStringLiteral("$.criteria[2].name: \"  communication \" is already the name of "
                        "$.criteria[0]")});
    row("duplicate-criterion-keys.json",
        {QStringLiteral("$.criteria[1].key: \"communication\" is already the key of "
                        "$.criteria[0]")});
    row("duplicate-anchors.json",
        {QStringLiteral("$.criteria[0].anchors[2]: the anchor text for level 3 repeats level 1"),
         QStringLiteral("$.criteria[0].anchors[3]: the anchor text for level 4 is empty")});
    row("all-zero-weights.json",
        {QStringLiteral("$.criteria: at least one criterion needs a weight above 0")});
    row("unknown-round-criterion.json",
        {QStringLiteral("$.rounds[0].criteria[1]: no criterion has the key \"system-design\""),
         QStringLiteral("$.rounds[0].criteria[2]: \"communication\" is listed twice"),
         QStringLiteral("$.rounds[1].durationMinutes: expected 5 to 480 minutes, found 1000")});
    row("several-errors.json",
        {QStringLiteral("$.name: must not be empty"), QStringLiteral("$.uuid: expected a UUID"),
         QStringLiteral("$.criteria[0].key: \"Problem Solving\" is not a valid key"),
         QStringLiteral("$.criteria[0].weight: expected a number, found the text \"heavy\""),
         QStringLiteral("$.criteria[1].anchors: expected 5 anchor texts for a 1–5 scale, found 3"),
         QStringLiteral("$.criteria[1].anchors[0]: the anchor text for level 1 is empty"),
         QStringLiteral("$.criteria[1].anchor: unknown field"),
         QStringLiteral("$.criteria[2].scaleSize: the scale must have 2 to 10 levels, found 11"),
         QStringLiteral("$.rounds[0].criteria[1]: no criterion has the key \"testing\"")});
}

void TestRubricJson::brokenFixtureFails() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(int, count);

    const auto imported = RubricJson::importRubric(fixture(file), file);
    QVERIFY(!imported.ok());
    const QString message = imported.errorMessage();
    for (const QString& part : expected)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, message)));
    // Every error is on a line of its own after the header line.
    const QStringList lines = message.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() - 1 == count, qPrintable(message));
    QVERIFY2(lines.first().endsWith(QStringLiteral("Problems found: %1").arg(count)),
             qPrintable(message));
}

void TestRubricJson::errorMessageStartsWithSourceName() {
    const auto imported = RubricJson::importRubric(fixture(QStringLiteral("missing-name.json")),
                                                   QStringLiteral("x.json"));
    QVERIFY(imported.errorMessage().startsWith(QStringLiteral("x.json is not a valid rubric")));
    const auto unnamed = RubricJson::importRubric(fixture(QStringLiteral("missing-name.json")));
    QVERIFY(unnamed.errorMessage().startsWith(QStringLiteral("The rubric is not valid")));
}

QTEST_GUILESS_MAIN(TestRubricJson)
#include "tst_rubricjson.moc"

#include "rubric/RubricJson.h"
#include "rubric/RubricTemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// The built-in rubric templates: every one loads in every shipped language
/// through the validating parser, the translations match the English
/// structure and are really translated, and missing languages fall back.
class TestRubricTemplates : public QObject {
    Q_OBJECT

private slots:
    void builtInTemplatesAreListed();
    void everyTemplateLoads_data();
    void everyTemplateLoads();
    void translationMatchesEnglish_data();
    void translationMatchesEnglish();
    void bothScaleSizesAreOffered();
    void unknownLanguageFallsBackToEnglish();
    void regionalLanguageUsesBaseLanguage();
    void unknownTemplateIsAnError();
    void listingUsesRequestedLanguage();
    void templatesRoundTripThroughJson();
    void brokenTemplateFailsWithFileAndPath();
    void templateMustMatchItsFileName();

private:
    static RubricTemplate loaded(const QString& id, const QString& language);
    static void addTemplateRows(const QStringList& languages);
};

namespace {

const QStringList kExpectedIds = {QStringLiteral("customer-support"), QStringLiteral("general"),
                                  QStringLiteral("people-manager"),
                                  QStringLiteral("software-engineer")};
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};

} // namespace

RubricTemplate TestRubricTemplates::loaded(const QString& id, const QString& language) {
    const auto result = RubricTemplateLibrary().load(id, language);
    if (!result)
        qFatal("%s", qPrintable(result.errorMessage()));
    return result.value();
}

void TestRubricTemplates::addTemplateRows(const QStringList& languages) {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const QString& id : RubricTemplateLibrary().ids()) {
        for (const QString& language : languages)
            QTest::newRow(qPrintable(id + QLatin1Char('.') + language)) << id << language;
    }
}

void TestRubricTemplates::builtInTemplatesAreListed() {
    const RubricTemplateLibrary library;
    const QStringList ids = library.ids();
    for (const QString& id : kExpectedIds)
        QVERIFY2(ids.contains(id), qPrintable(id));
    const QList<RubricTemplateInfo> infos = library.templates(QStringLiteral("en"));
    // A template that fails to load is left out of the listing.
    QCOMPARE(infos.size(), ids.size());
    for (const RubricTemplateInfo& info : infos) {
        QCOMPARE(info.languages, kLanguages);
        QVERIFY(!info.name.isEmpty());
        QVERIFY(!info.description.isEmpty());
    }
}

void TestRubricTemplates::everyTemplateLoads_data() {
    addTemplateRows(kLanguages);
}

void TestRubricTemplates::everyTemplateLoads() {
    QFETCH(QString, id);
    QFETCH(QString, language);

    const auto result = RubricTemplateLibrary().load(id, language);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const RubricTemplate& t = result.value();
    QCOMPARE(t.id, id);
    QCOMPARE(t.language, language);
    QCOMPARE(t.rubric.id, kNoRow);
    QVERIFY(t.rubric.uuid.isNull());
    QVERIFY(!t.rubric.name.trimmed().isEmpty());
    QVERIFY(!t.rubric.description.trimmed().isEmpty());
    QVERIFY2(t.rubric.criteria.size() >= 5 && t.rubric.criteria.size() <= 7,
             qPrintable(QString::number(t.rubric.criteria.size())));
    QCOMPARE(t.criterionKeys.size(), t.rubric.criteria.size());

    QSet<int> assessed;
    for (const SuggestedRound& round : t.rounds) {
        QVERIFY(!round.name.trimmed().isEmpty());
        QVERIFY(round.durationMinutes > 0);
        for (int index : round.criterionIndices) {
            QVERIFY(index >= 0 && index < t.rubric.criteria.size());
            assessed.insert(index);
        }
    }
    // A criterion that no round assesses could never be scored.
    QCOMPARE(assessed.size(), t.rubric.criteria.size());

    for (const Criterion& criterion : t.rubric.criteria) {
        QCOMPARE(criterion.id, kNoRow);
        QVERIFY(criterion.uuid.isNull());
        QVERIFY(!criterion.name.trimmed().isEmpty());
        QVERIFY(!criterion.description.trimmed().isEmpty());
        QVERIFY(criterion.weight > 0);
        QCOMPARE(criterion.anchors.size(), criterion.scaleSize);
        QSet<QString> distinct;
        for (const QString& anchor : criterion.anchors) {
            QVERIFY2(!anchor.trimmed().isEmpty(), qPrintable(criterion.name));
            distinct.insert(anchor.simplified().toCaseFolded());
        }
        QVERIFY2(distinct.size() == criterion.scaleSize, qPrintable(criterion.name));
    }
}

void TestRubricTemplates::translationMatchesEnglish_data() {
    addTemplateRows({QStringLiteral("de"), QStringLiteral("fr")});
}

void TestRubricTemplates::translationMatchesEnglish() {
    QFETCH(QString, id);
    QFETCH(QString, language);

    const RubricTemplate english = loaded(id, QStringLiteral("en"));
    const RubricTemplate translated = loaded(id, language);

    // Same structure: only the texts may differ.
    QCOMPARE(translated.criterionKeys, english.criterionKeys);
    QCOMPARE(translated.rubric.criteria.size(), english.rubric.criteria.size());
    QCOMPARE(translated.rounds.size(), english.rounds.size());
    for (qsizetype i = 0; i < english.rounds.size(); ++i) {
        QCOMPARE(translated.rounds.at(i).durationMinutes, english.rounds.at(i).durationMinutes);
        QCOMPARE(translated.rounds.at(i).criterionIndices, english.rounds.at(i).criterionIndices);
        QVERIFY(translated.rounds.at(i).description != english.rounds.at(i).description);
    }

    // An untranslated copy is caught: every description and anchor differs.
    QVERIFY(translated.rubric.name != english.rubric.name);
    QVERIFY(translated.rubric.description != english.rubric.description);
    int sameNames = 0;
    for (qsizetype i = 0; i < english.rubric.criteria.size(); ++i) {
        const Criterion& en = english.rubric.criteria.at(i);
        const Criterion& other = translated.rubric.criteria.at(i);
        const QByteArray where = (id + QLatin1Char('/') + english.criterionKeys.at(i)).toUtf8();
        QVERIFY2(other.weight == en.weight, where.constData());
        QVERIFY2(other.scaleSize == en.scaleSize, where.constData());
        QVERIFY2(other.description != en.description, where.constData());
        for (int level = 0; level < en.scaleSize; ++level)
            QVERIFY2(other.anchors.at(level) != en.anchors.at(level), where.constData());
        // Some names are the same word in both languages ("Communication").
        sameNames += other.name == en.name ? 1 : 0;
    }
    QVERIFY(sameNames < english.rubric.criteria.size() / 2);
}

void TestRubricTemplates::bothScaleSizesAreOffered() {
    QSet<int> scales;
    for (const QString& id : RubricTemplateLibrary().ids()) {
        for (const Criterion& criterion : loaded(id, QStringLiteral("en")).rubric.criteria)
            scales.insert(criterion.scaleSize);
    }
    QVERIFY(scales.contains(4));
    QVERIFY(scales.contains(5));
}

void TestRubricTemplates::unknownLanguageFallsBackToEnglish() {
    const RubricTemplate fallback = loaded(QStringLiteral("general"), QStringLiteral("xx"));
    QCOMPARE(fallback.language, QStringLiteral("en"));
    QVERIFY(fallback == loaded(QStringLiteral("general"), QStringLiteral("en")));
    QCOMPARE(loaded(QStringLiteral("general"), QString()).language, QStringLiteral("en"));
}

void TestRubricTemplates::regionalLanguageUsesBaseLanguage() {
    QCOMPARE(loaded(QStringLiteral("general"), QStringLiteral("de_CH")).language,
             QStringLiteral("de"));
    QCOMPARE(loaded(QStringLiteral("general"), QStringLiteral("fr-CA")).language,
             QStringLiteral("fr"));
}

void TestRubricTemplates::unknownTemplateIsAnError() {
    const auto result =
        RubricTemplateLibrary().load(QStringLiteral("astronaut"), QStringLiteral("en"));
    QVERIFY(!result.ok());
    QVERIFY(result.errorMessage().contains(QStringLiteral("\"astronaut\"")));
}

void TestRubricTemplates::listingUsesRequestedLanguage() {
    const QList<RubricTemplateInfo> german =
        RubricTemplateLibrary().templates(QStringLiteral("de"));
    const auto found = std::find_if(german.cbegin(), german.cend(), [](const auto& info) {
        return info.id == QStringLiteral("software-engineer");
    });
    QVERIFY(found != german.cend());
    QCOMPARE(found->name, loaded(found->id, QStringLiteral("de")).rubric.name);
    QVERIFY(found->name != loaded(found->id, QStringLiteral("en")).rubric.name);
}

void TestRubricTemplates::templatesRoundTripThroughJson() {
    for (const QString& id : RubricTemplateLibrary().ids()) {
        const RubricTemplate original = loaded(id, QStringLiteral("fr"));
        const auto again = RubricJson::importTemplate(RubricJson::exportTemplate(original));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY2(*again == original, qPrintable(id));
    }
}

void TestRubricTemplates::brokenTemplateFailsWithFileAndPath() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(":/debrief/rubrics/general.en.json"),
                        dir.filePath(QStringLiteral("general.en.json"))));
    // Drop the last anchor of the first criterion: a typical editing slip.
    RubricTemplate slipped = loaded(QStringLiteral("general"), QStringLiteral("de"));
    slipped.rubric.criteria[0].anchors.removeLast();
    QFile broken(dir.filePath(QStringLiteral("general.de.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(RubricJson::exportTemplate(slipped));
    broken.close();

    const RubricTemplateLibrary library(dir.path());
    const auto result = library.load(QStringLiteral("general"), QStringLiteral("de"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().startsWith(QStringLiteral("general.de.json")),
             qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(QStringLiteral(
                 "$.criteria[0].anchors: expected 4 anchor texts for a 1–4 scale, found 3")),
             qPrintable(result.errorMessage()));
    // The listing still offers the template, in English.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Skipping a rubric template "
                                                           "translation .*general\\.de\\.json")));
    const QList<RubricTemplateInfo> listed = library.templates(QStringLiteral("de"));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().name,
             loaded(QStringLiteral("general"), QStringLiteral("en")).rubric.name);
}

void TestRubricTemplates::templateMustMatchItsFileName() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(":/debrief/rubrics/general.fr.json"),
                        dir.filePath(QStringLiteral("general.de.json"))));
    const auto result =
        RubricTemplateLibrary(dir.path()).load(QStringLiteral("general"), QStringLiteral("de"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("general.de.json")),
             qPrintable(result.errorMessage()));
}

QTEST_GUILESS_MAIN(TestRubricTemplates)
#include "tst_rubrictemplates.moc"

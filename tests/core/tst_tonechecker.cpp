#include "tone/ToneCategory.h"
#include "tone/ToneChecker.h"
#include "tone/ToneReport.h"
#include "tone/ToneRuleSet.h"
#include "tone/Utf8Text.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <algorithm>

using namespace debrief;

/// The tone and risk check: each category on hand-made sentences, exact
/// spans, the context-driven rules (talent pool, other candidates, greeting),
/// broken rule files, and the labelled test sets in tests/data/tone with
/// their precision and recall.
class TestToneChecker : public QObject {
    Q_OBJECT

private slots:
    void builtInRulesLoad_data();
    void builtInRulesLoad();
    void regionalLanguageUsesBaseRules();
    void unknownLanguageNamesTheOthers();
    void everyCategoryHasAName();
    void flagsEachCategory_data();
    void flagsEachCategory();
    void spansAreExact_data();
    void spansAreExact();
    void decomposedAccentsMatchNames();
    void talentPoolAllowsFuturePromises();
    void otherCandidatesByName();
    void greetingRule_data();
    void greetingRule();
    void exceptionsKeepTechnicalTerms();
    void findingsSortedAndMerged();
    void brokenRuleFile_data();
    void brokenRuleFile();
    void userRuleFileLoads();
    void utf8IsCheckedWithOffset();
    void reportCountsLinesAndColumns();
    void reportJsonShape();
    void checkIsFastEnoughForTyping();
    void labelledTestSet_data();
    void labelledTestSet();

private:
    static ToneChecker checker(const QString& language);
    static QStringList categories(const QList<ToneFinding>& findings);
    static QString fixture(const QString& name);
};

namespace {

/// One labelled sentence of tests/data/tone/<lang>.tsv.
struct LabelledSentence {
    int line = 0;
    QString part;
    QString label;
    ToneContext context;
    QString text;
};

struct Tally {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;
    /// Label -> (right, total).
    QMap<QString, QPair<int, int>> perLabel;

    double precision() const {
        const int flagged = truePositives + falsePositives;
        return flagged == 0 ? 1.0 : double(truePositives) / flagged;
    }
    double recall() const {
        const int positives = truePositives + falseNegatives;
        return positives == 0 ? 1.0 : double(truePositives) / positives;
    }
    int size() const { return truePositives + falsePositives + falseNegatives + trueNegatives; }
};

ToneContext parseFlags(const QString& flags) {
    ToneContext context;
    if (flags == QLatin1String("-"))
        return context;
    for (const QString& flag : flags.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = flag.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = flag.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("talentPool"))
            context.talentPool = value == QLatin1String("1");
        else if (key == QLatin1String("name"))
            context.candidateName = value;
        else if (key == QLatin1String("other"))
            context.otherCandidateNames.append(value);
        else
            qFatal("unknown flag %s", qPrintable(key));
    }
    return context;
}

QList<LabelledSentence> readTestSet(const QString& language) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/tone/%1.tsv").arg(language));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("missing test set %s", qPrintable(file.fileName()));
    static const QRegularExpression partMarker(QStringLiteral("^# --- part: ([a-z0-9-]+) ---"));
    QList<LabelledSentence> sentences;
    QString part;
    int lineNumber = 0;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (const auto marker = partMarker.match(line); marker.hasMatch())
            part = marker.captured(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() != 3 || part.isEmpty())
            qFatal("%s.tsv:%d: expected label, flags and sentence after a part marker",
                   qPrintable(language), lineNumber);
        sentences.append(
            {lineNumber, part, columns.at(0), parseFlags(columns.at(1)), columns.at(2)});
    }
    return sentences;
}

void count(Tally& tally, const LabelledSentence& sentence, const QStringList& found) {
    const bool flagged = !found.isEmpty();
    const bool shouldFlag = sentence.label != QLatin1String("clean");
    if (flagged && shouldFlag)
        ++tally.truePositives;
    else if (flagged)
        ++tally.falsePositives;
    else if (shouldFlag)
        ++tally.falseNegatives;
    else
        ++tally.trueNegatives;
    auto& [right, total] = tally.perLabel[sentence.label];
    ++total;
    if (shouldFlag ? found.contains(sentence.label) : !flagged)
        ++right;
}

void print(const QString& language, const QString& part, const Tally& tally) {
    qInfo().noquote() << QStringLiteral("%1 %2: %3 sentences, precision %4, recall %5 "
                                        "(TP %6, FP %7, FN %8, TN %9)")
                             .arg(language, part.leftJustified(8))
                             .arg(tally.size())
                             .arg(tally.precision(), 0, 'f', 3)
                             .arg(tally.recall(), 0, 'f', 3)
                             .arg(tally.truePositives)
                             .arg(tally.falsePositives)
                             .arg(tally.falseNegatives)
                             .arg(tally.trueNegatives);
    QStringList accuracy;
    for (auto it = tally.perLabel.constBegin(); it != tally.perLabel.constEnd(); ++it)
        accuracy.append(QStringLiteral("%1 %2/%3").arg(it.key()).arg(it->first).arg(it->second));
    qInfo().noquote() << QStringLiteral("   per label: ") + accuracy.join(QStringLiteral(", "));
}

/// A realistic two-page rejection letter (about 900 words) for timing.
QString twoPageDraft() {
    const QString paragraph = QStringLiteral(
        "Thank you for the time you spent with us over the last three weeks, and for the care "
        "you put into the take-home exercise. Everyone on the panel enjoyed the pairing session "
        "with you, and your answer on caching was one of the most thoughtful we heard. It was a "
        "close decision. In the end we chose a candidate with more experience running on-call "
        "rotations for a payments system, which the role needs from the first month. I know "
        "this is not the news you were hoping for, and I'm sorry we took longer than the date we "
        "promised you. If it helps, I'd be glad to talk through the panel's written feedback on "
        "a short call next week; the strongest part of your interview was the way you broke the "
        "reporting problem into steps.\n\n");
    QString draft = QStringLiteral("Dear Zoë,\n\n");
    for (int i = 0; i < 7; ++i)
        draft += paragraph;
    return draft + QStringLiteral("Best wishes,\nAna Costa, Engineering Manager\n");
}

} // namespace

ToneChecker TestToneChecker::checker(const QString& language) {
    auto result = ToneChecker::forLanguage(language);
    if (!result)
        qFatal("%s", qPrintable(result.errorMessage()));
    return result.value();
}

QStringList TestToneChecker::categories(const QList<ToneFinding>& findings) {
    QStringList out;
    for (const ToneFinding& finding : findings) {
        if (!out.contains(finding.category))
            out.append(finding.category);
    }
    return out;
}

QString TestToneChecker::fixture(const QString& name) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/tone/") + name;
}

void TestToneChecker::builtInRulesLoad_data() {
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestToneChecker::builtInRulesLoad() {
    QFETCH(QString, language);
    QVERIFY(ToneRuleSet::builtInLanguages().contains(language));
    const auto rules = ToneRuleSet::builtIn(language);
    QVERIFY2(rules.ok(), qPrintable(rules.errorMessage()));
    QCOMPARE(rules->language, language);
    // Every category is explained, and every one has rules (greeting: the structural rule).
    for (const QString& key : ToneCategory::keys()) {
        QVERIFY2(!rules->categoryExplanation(key).isEmpty(), qPrintable(key));
        const bool hasRule =
            key == ToneCategory::greeting() ||
            std::any_of(rules->rules.cbegin(), rules->rules.cend(),
                        [&key](const ToneRule& rule) { return rule.category == key; });
        QVERIFY2(hasRule, qPrintable(key));
    }
    QVERIFY(rules->greeting.pattern.contains(QStringLiteral("{name}")));
    QVERIFY(!rules->otherCandidateName.explanation.isEmpty());
    for (const ToneRule& rule : rules->rules) {
        QVERIFY2(!rule.matcher.pattern().isEmpty() && rule.matcher.isValid(), qPrintable(rule.id));
        QVERIFY2(!rule.explanation.contains(QLatin1Char('\n')), qPrintable(rule.id));
    }
}

void TestToneChecker::regionalLanguageUsesBaseRules() {
    QCOMPARE(checker(QStringLiteral("de_CH")).rules().language, QStringLiteral("de"));
    QCOMPARE(checker(QStringLiteral("fr-CA")).rules().language, QStringLiteral("fr"));
}

void TestToneChecker::unknownLanguageNamesTheOthers() {
    const auto result = ToneChecker::forLanguage(QStringLiteral("xx"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("\"xx\"")),
             qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(QStringLiteral("de, en, fr")),
             qPrintable(result.errorMessage()));
}

void TestToneChecker::everyCategoryHasAName() {
    QCOMPARE(ToneCategory::keys().size(), 7);
    for (const QString& key : ToneCategory::keys()) {
        QVERIFY(ToneCategory::isKnown(key));
        QVERIFY(ToneCategory::displayName(key) != key);
    }
    QVERIFY(!ToneCategory::isKnown(QStringLiteral("rude")));
}

void TestToneChecker::flagsEachCategory_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("flagged");
    const QString en = QStringLiteral("en");
    const QString de = QStringLiteral("de");
    const QString fr = QStringLiteral("fr");
    QTest::newRow("en cold") << en << QStringLiteral("We regret to inform you that it's a no.")
                             << ToneCategory::cold() << QStringLiteral("We regret to inform");
    QTest::newRow("en vague") << en << QStringLiteral("Sadly it was not the right fit.")
                              << ToneCategory::vague() << QStringLiteral("not the right fit");
    QTest::newRow("en promise") << en << QStringLiteral("We'll keep your résumé on file.")
                                << ToneCategory::promise()
                                << QStringLiteral("keep your résumé on file");
    QTest::newRow("en protected") << en << QStringLiteral("You may be overqualified.")
                                  << ToneCategory::protectedTrait()
                                  << QStringLiteral("overqualified");
    QTest::newRow("en disclosure")
        << en << QStringLiteral("The other candidate knew Go.") << ToneCategory::disclosure()
        << QStringLiteral("The other candidate");
    QTest::newRow("en blame") << en << QStringLiteral("It was a disappointing round.")
                              << ToneCategory::blame() << QStringLiteral("disappointing");
    QTest::newRow("de cold") << de
                             << QStringLiteral("Leider müssen wir Ihnen mitteilen, dass es nicht "
                                               "geklappt hat.")
                             << ToneCategory::cold()
                             << QStringLiteral("Leider müssen wir Ihnen mitteilen");
    QTest::newRow("de protected") << de << QStringLiteral("Sie wären überqualifiziert.")
                                  << ToneCategory::protectedTrait()
                                  << QStringLiteral("überqualifiziert");
    QTest::newRow("de blame") << de << QStringLiteral("Ihre Antworten waren schwach.")
                              << ToneCategory::blame() << QStringLiteral("schwach");
    QTest::newRow("fr cold") << fr << QStringLiteral("Votre candidature n’a pas été retenue.")
                             << ToneCategory::cold()
                             << QStringLiteral("Votre candidature n’a pas été retenue");
    QTest::newRow("fr protected") << fr << QStringLiteral("Une équipe jeune et dynamique.")
                                  << ToneCategory::protectedTrait()
                                  << QStringLiteral("équipe jeune et dynamique");
    QTest::newRow("fr vague") << fr << QStringLiteral("Nous partons dans une autre direction.")
                              << ToneCategory::vague()
                              << QStringLiteral("dans une autre direction");
}

void TestToneChecker::flagsEachCategory() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, flagged);
    const QList<ToneFinding> findings = checker(language).check(text, {});
    const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                    [&](const ToneFinding& f) { return f.category == category; });
    QVERIFY2(found != findings.cend(), qPrintable(categories(findings).join(QLatin1Char(','))));
    QCOMPARE(text.mid(found->start, found->length), flagged);
    QVERIFY(!found->explanation.isEmpty());
    QVERIFY(!found->suggestion.isEmpty());
    QVERIFY(!found->ruleId.isEmpty());
}

void TestToneChecker::spansAreExact_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QString>("category");
    // Positions counted by hand in UTF-16 code units (what QString indexes).
    // "Zoë, " is Z,o,ë,comma,space = 5, so "we regret to inform" starts at 5, 19 long.
    QTest::newRow("after accented name")
        << QStringLiteral("en") << QStringLiteral("Zoë, we regret to inform you of our decision.")
        << qsizetype(5) << qsizetype(19) << ToneCategory::cold();
    // "Señora Núñez was " = 6+1+5+1+3+1 = 17; "disappointing" is 13.
    QTest::newRow("accented words before")
        << QStringLiteral("en") << QStringLiteral("Señora Núñez was disappointing.")
        << qsizetype(17) << qsizetype(13) << ToneCategory::blame();
    // "Ärger über " = 5+1+4+1 = 11; "überqualifiziert" is 16.
    QTest::newRow("german umlauts")
        << QStringLiteral("de") << QStringLiteral("Ärger über überqualifiziert klingt hart.")
        << qsizetype(11) << qsizetype(16) << ToneCategory::protectedTrait();
    // An emoji is two UTF-16 units: "🙂 " = 3; "Frankly" is 7.
    QTest::newRow("after surrogate pair")
        << QStringLiteral("en") << QStringLiteral("🙂 Frankly, no.") << qsizetype(3)
        << qsizetype(7) << ToneCategory::blame();
    // "Hélène, " = 8; "nous avons le regret de" is 23 (typographic apostrophe elsewhere).
    QTest::newRow("french") << QStringLiteral("fr")
                            << QStringLiteral("Hélène, nous avons le regret de l’annoncer.")
                            << qsizetype(8) << qsizetype(23) << ToneCategory::cold();
}

void TestToneChecker::spansAreExact() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, length);
    QFETCH(QString, category);
    const QList<ToneFinding> findings = checker(language).check(text, {});
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().start, start);
    QCOMPARE(findings.first().length, length);
    QCOMPARE(findings.first().category, category);
}

void TestToneChecker::decomposedAccentsMatchNames() {
    // The draft typed with a combining diaeresis (NFD), the name in NFC.
    const QString nfdText = QStringLiteral("Dear Zoe\u0308,\nThank you.");
    ToneContext context;
    context.candidateName = QStringLiteral("Zo\u00EB Martin");
    QVERIFY(checker(QStringLiteral("en")).check(nfdText, context).isEmpty());
    context.candidateName.clear();
    context.otherCandidateNames = {QStringLiteral("Zo\u00EB Martin")};
    const auto findings = checker(QStringLiteral("en")).check(nfdText, context);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().category, ToneCategory::disclosure());
    // "Dear " = 5; "Zoe" + U+0308 = 4 code units.
    QCOMPARE(findings.first().start, 5);
    QCOMPARE(findings.first().length, 4);
}

void TestToneChecker::talentPoolAllowsFuturePromises() {
    const ToneChecker en = checker(QStringLiteral("en"));
    const QString text =
        QStringLiteral("We will keep your details on file and contact you about future roles.");
    ToneContext notInPool;
    const auto flagged = en.check(text, notInPool);
    QCOMPARE(categories(flagged), QStringList{ToneCategory::promise()});
    ToneContext inPool;
    inPool.talentPool = true;
    QVERIFY(en.check(text, inPool).isEmpty());

    const QString german = QStringLiteral("Wir behalten Sie gerne im Hinterkopf.");
    QCOMPARE(categories(checker(QStringLiteral("de")).check(german, notInPool)),
             QStringList{ToneCategory::promise()});
    QVERIFY(checker(QStringLiteral("de")).check(german, inPool).isEmpty());
    const QString french = QStringLiteral("Nous conservons votre CV dans notre vivier.");
    QCOMPARE(categories(checker(QStringLiteral("fr")).check(french, notInPool)),
             QStringList{ToneCategory::promise()});
    QVERIFY(checker(QStringLiteral("fr")).check(french, inPool).isEmpty());
}

void TestToneChecker::otherCandidatesByName() {
    const ToneChecker en = checker(QStringLiteral("en"));
    ToneContext context;
    context.candidateName = QStringLiteral("Will Hart");
    context.otherCandidateNames = {QStringLiteral("Priya Nair"), QStringLiteral("Grace Hart")};
    const QString text = QStringLiteral(
        "Dear Will,\nPRIYA NAIR and Priya both impressed us; Nair too. We will grace the "
        "Hart family name.");
    const auto findings = en.check(text, context);
    QStringList flagged;
    for (const ToneFinding& finding : findings) {
        QCOMPARE(finding.category, ToneCategory::disclosure());
        flagged.append(text.mid(finding.start, finding.length));
    }
    // The full name in any case, each part as written; "grace" in lower case is a
    // word, and "Hart" is also the addressee's own name.
    QCOMPARE(flagged, (QStringList{QStringLiteral("PRIYA NAIR"), QStringLiteral("Priya"),
                                   QStringLiteral("Nair")}));
    QCOMPARE(findings.first().ruleId, QStringLiteral("disclosure.name"));
}

void TestToneChecker::greetingRule_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("flagged");
    const QString zoe = QStringLiteral("Zoë Martin");
    QTest::newRow("dear first name") << QStringLiteral("Dear Zoë,\nThanks.") << zoe << QString();
    QTest::newRow("hi after blank lines")
        << QStringLiteral("\n\n  Hi Zoë -\nThanks.") << zoe << QString();
    QTest::newRow("full name") << QStringLiteral("Hello Zoë Martin,") << zoe << QString();
    QTest::newRow("title and last name") << QStringLiteral("Dear Ms Martin,") << zoe << QString();
    QTest::newRow("lower case") << QStringLiteral("dear zoë,") << zoe << QString();
    QTest::newRow("sir or madam") << QStringLiteral("Dear Sir or Madam,\nThanks.") << zoe
                                  << QStringLiteral("Dear Sir or Madam");
    QTest::newRow("dear candidate")
        << QStringLiteral("Dear candidate,") << zoe << QStringLiteral("Dear candidate");
    QTest::newRow("no greeting") << QStringLiteral("Thanks for your time. We chose someone.") << zoe
                                 << QStringLiteral("Thanks for your time");
    QTest::newRow("other name") << QStringLiteral("Dear Zoey,") << zoe
                                << QStringLiteral("Dear Zoey");
    QTest::newRow("name later in line")
        << QStringLiteral("Thanks Zoë,") << zoe << QStringLiteral("Thanks Zoë");
    QTest::newRow("no name in context")
        << QStringLiteral("Thanks for your time.") << QString() << QString();
    QTest::newRow("empty draft") << QStringLiteral("  \n ") << zoe << QString();
}

void TestToneChecker::greetingRule() {
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, flagged);
    ToneContext context;
    context.candidateName = name;
    QList<ToneFinding> greetings;
    for (const ToneFinding& finding : checker(QStringLiteral("en")).check(text, context)) {
        if (finding.category == ToneCategory::greeting())
            greetings.append(finding);
    }
    if (flagged.isEmpty()) {
        QVERIFY(greetings.isEmpty());
        return;
    }
    QCOMPARE(greetings.size(), 1);
    QCOMPARE(text.mid(greetings.first().start, greetings.first().length), flagged);
    // The suggestion names the candidate.
    QVERIFY(greetings.first().suggestion.contains(QStringLiteral("Dear Zoë,")));
}

void TestToneChecker::exceptionsKeepTechnicalTerms() {
    const ToneChecker en = checker(QStringLiteral("en"));
    QVERIFY(en.check(QStringLiteral("Your answer on the race condition was clear."), {}).isEmpty());
    QVERIFY(en.check(QStringLiteral("You chose weak consistency for the cache."), {}).isEmpty());
    QVERIFY(en.check(QStringLiteral("The old codebase is quite old code indeed."), {}).isEmpty());
    QCOMPARE(categories(en.check(QStringLiteral("Your answers were weak."), {})),
             QStringList{ToneCategory::blame()});
    QCOMPARE(categories(en.check(QStringLiteral("Race played no part."), {})),
             QStringList{ToneCategory::protectedTrait()});
}

void TestToneChecker::findingsSortedAndMerged() {
    const ToneChecker en = checker(QStringLiteral("en"));
    // "not the right fit" (vague.fit) and "Other candidates ... better fit" and
    // "better fit" overlap: one vague finding. The blame word comes first.
    const QString text = QStringLiteral(
        "Frankly, other candidates were simply a better fit, and you were not the right fit.");
    const auto findings = en.check(text, {});
    QCOMPARE(categories(findings), (QStringList{ToneCategory::blame(), ToneCategory::vague()}));
    QCOMPARE(findings.size(), 3);
    QVERIFY(std::is_sorted(
        findings.cbegin(), findings.cend(),
        [](const ToneFinding& a, const ToneFinding& b) { return a.start < b.start; }));
    // "other candidates were simply a better fit" starts at 9 ("Frankly, " = 9).
    QCOMPARE(findings.at(1).start, 9);
    QCOMPARE(text.mid(findings.at(1).start, findings.at(1).length),
             QStringLiteral("other candidates were simply a better fit"));
    QCOMPARE(text.mid(findings.at(2).start, findings.at(2).length),
             QStringLiteral("not the right fit"));
}

void TestToneChecker::brokenRuleFile_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("not json") << QStringLiteral("broken-syntax.json")
                              << QStringList{QStringLiteral("$: not valid JSON"),
                                             QStringLiteral("line 5, column 4")};
    QTest::newRow("other kind of file")
        << QStringLiteral("broken-format.json")
        << QStringList{QStringLiteral("$.format: expected \"debrief-tone-rules\"")};
    QTest::newRow("bad rules")
        << QStringLiteral("broken-rules.json")
        << QStringList{QStringLiteral("$.rules[0].patterns[1]: not a valid regular expression"),
                       QStringLiteral("$.rules[1].category: unknown category \"rude\""),
                       QStringLiteral("$.rules[2].id: the id \"cold.one\" is already used at "
                                      "$.rules[0].id"),
                       QStringLiteral("$.rules[2].patterns[0]: the pattern matches empty text"),
                       QStringLiteral("$.rules[2].condition: unknown condition"),
                       QStringLiteral("$.rules[3].explanation: missing required field"),
                       QStringLiteral("$.rules[3].patterns: expected at least one pattern"),
                       QStringLiteral("$.rules[3].colour: unknown field"),
                       QStringLiteral("$.greeting.pattern: the greeting pattern must contain "
                                      "{name}"),
                       QStringLiteral("$.categories.rude: unknown category")};
}

void TestToneChecker::brokenRuleFile() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const auto result = ToneRuleSet::load(fixture(file));
    QVERIFY(!result.ok());
    for (const QString& part : expected) {
        QVERIFY2(
            result.errorMessage().contains(part),
            qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(part, result.errorMessage())));
    }
    // Every line names the file.
    for (const QString& line : result.errorMessage().split(QLatin1Char('\n')))
        QVERIFY2(line.startsWith(fixture(file)), qPrintable(line));
}

void TestToneChecker::userRuleFileLoads() {
    const auto rules = ToneRuleSet::load(fixture(QStringLiteral("custom-rules.json")));
    QVERIFY2(rules.ok(), qPrintable(rules.errorMessage()));
    QCOMPARE(rules->language, QStringLiteral("en"));
    QCOMPARE(rules->rules.size(), 1);
    const ToneChecker custom(rules.value());
    const QString text = QStringLiteral("Cheers, and we will ping you. Pinged again.");
    const auto findings = custom.check(text, {});
    QCOMPARE(findings.size(), 2);
    QCOMPARE(text.mid(findings.at(0).start, findings.at(0).length), QStringLiteral("ping"));
    QCOMPARE(text.mid(findings.at(1).start, findings.at(1).length), QStringLiteral("Pinged"));
    QCOMPARE(findings.at(0).ruleId, QStringLiteral("cold.ping"));
}

void TestToneChecker::utf8IsCheckedWithOffset() {
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("plain")), -1);
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("Zo\xC3\xAB")), -1);
    // Latin-1 "Zoë": the ë is byte 2.
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("Zo\xEB and")), 2);
    // Overlong "/", a surrogate, a truncated sequence, a code point past U+10FFFF.
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("a\xC0\xAF")), 1);
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("ab\xED\xA0\x80")), 2);
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("abc\xE2\x82")), 3);
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("\xF4\x90\x80\x80")), 0);
    QCOMPARE(Utf8Text::firstInvalidByte(QByteArray("\xF0\x9F\x99\x82")), -1);
    const auto decoded = Utf8Text::decode(QByteArray("\xEF\xBB\xBFHi"), QStringLiteral("a.txt"));
    QCOMPARE(decoded.value(), QStringLiteral("Hi"));
    const auto bad = Utf8Text::decode(QByteArray("Zo\xEB"), QStringLiteral("letter.txt"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().startsWith(QStringLiteral("letter.txt: not valid UTF-8 at byte "
                                                          "offset 2")),
             qPrintable(bad.errorMessage()));
}

void TestToneChecker::reportCountsLinesAndColumns() {
    // Line 2 starts after "Zoë\n" (index 4); "🙂 x" puts x at UTF-16 index 4+3 = 7,
    // which is character column 3 (🙂 is one character, space the second).
    const QString text = QStringLiteral("Zoë\n🙂 x");
    const TonePosition at = ToneReport::position(text, 7);
    QCOMPARE(at.line, 2);
    QCOMPARE(at.column, 3);
    QCOMPARE(ToneReport::position(text, 0).column, 1);
    QCOMPARE(ToneReport::codePoints(text, 0, text.size()), 7);

    const QString letter = QStringLiteral("Hi Zoë,\nWe regret to inform you.");
    const auto findings = checker(QStringLiteral("en")).check(letter, {});
    QCOMPARE(ToneReport::text(QStringLiteral("l.txt"), letter, findings),
             QStringLiteral("l.txt:2:1: Cold or formulaic: %1 — %2\n    “We regret to inform”\n")
                 .arg(findings.first().explanation, findings.first().suggestion));
}

void TestToneChecker::reportJsonShape() {
    const QString letter = QStringLiteral("Dear Zoë,\nThe other candidate was 🙂 weak.");
    ToneContext context;
    context.candidateName = QStringLiteral("Zoë Martin");
    const auto findings = checker(QStringLiteral("en")).check(letter, context);
    const QJsonObject root =
        ToneReport::json(QStringLiteral("d.txt"), QStringLiteral("en"), letter, findings).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("debrief-tone-findings"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("clean")).toBool(), false);
    const QJsonArray items = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject weak = items.at(1).toObject();
    // Line 2 is "The other candidate was 🙂 weak."; "weak" is at character 27
    // (24 characters before the emoji, the emoji, a space) and file offset 10 + 26 = 36
    // ("Dear Zoë,\n" is 10 characters).
    QCOMPARE(weak.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(weak.value(QStringLiteral("column")).toInt(), 27);
    QCOMPARE(weak.value(QStringLiteral("offset")).toInt(), 36);
    QCOMPARE(weak.value(QStringLiteral("length")).toInt(), 4);
    QCOMPARE(weak.value(QStringLiteral("text")).toString(), QStringLiteral("weak"));
    QCOMPARE(weak.value(QStringLiteral("category")).toString(), QStringLiteral("blame"));
    QCOMPARE(weak.value(QStringLiteral("rule")).toString(), QStringLiteral("blame.belittling"));
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.size(), 7);
    QCOMPARE(counts.value(QStringLiteral("blame")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("disclosure")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("cold")).toInt(), 0);
}

void TestToneChecker::checkIsFastEnoughForTyping() {
    const ToneChecker en = checker(QStringLiteral("en"));
    const QString draft = twoPageDraft();
    ToneContext context;
    context.candidateName = QStringLiteral("Zoë Martin");
    context.otherCandidateNames = {QStringLiteral("Priya Nair"), QStringLiteral("Tom Becker")};
    QVERIFY(en.check(draft, context).isEmpty());
    QList<qint64> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto findings = en.check(draft, context);
        times.append(timer.nsecsElapsed());
        QVERIFY(findings.isEmpty());
    }
    std::sort(times.begin(), times.end());
    const double medianMs = times.at(times.size() / 2) / 1e6;
    qInfo().noquote() << QStringLiteral("two-page draft (%1 characters): median %2 ms per check")
                             .arg(draft.size())
                             .arg(medianMs, 0, 'f', 2);
    // The target is well under 5 ms; the bound leaves room for a loaded test machine.
    QVERIFY2(medianMs < 25.0, qPrintable(QString::number(medianMs)));
}

void TestToneChecker::labelledTestSet_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimumSize");
    QTest::addColumn<double>("minimumScore");
    QTest::newRow("en") << QStringLiteral("en") << 150 << 0.9;
    QTest::newRow("de") << QStringLiteral("de") << 110 << 0.85;
    QTest::newRow("fr") << QStringLiteral("fr") << 110 << 0.85;
}

void TestToneChecker::labelledTestSet() {
    QFETCH(QString, language);
    QFETCH(int, minimumSize);
    QFETCH(double, minimumScore);
    const ToneChecker tone = checker(language);
    QMap<QString, Tally> parts;
    Tally whole;
    for (const LabelledSentence& sentence : readTestSet(language)) {
        QVERIFY2(sentence.label == QLatin1String("clean") || ToneCategory::isKnown(sentence.label),
                 qPrintable(sentence.label));
        const QStringList found = categories(tone.check(sentence.text, sentence.context));
        count(parts[sentence.part], sentence, found);
        count(whole, sentence, found);
        const bool right = sentence.label == QLatin1String("clean")
                               ? found.isEmpty()
                               : found.contains(sentence.label);
        if (!right) {
            qInfo().noquote() << QStringLiteral("  %1.tsv:%2 [%3] %4 -> %5")
                                     .arg(language)
                                     .arg(sentence.line)
                                     .arg(sentence.label, sentence.text,
                                          found.isEmpty() ? QStringLiteral("clean")
                                                          : found.join(QLatin1Char(',')));
        }
    }
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
        print(language, it.key(), it.value());
    print(language, QStringLiteral("all"), whole);
    QVERIFY2(whole.size() >= minimumSize, qPrintable(QString::number(whole.size())));
    QVERIFY2(whole.precision() >= minimumScore, qPrintable(QString::number(whole.precision())));
    QVERIFY2(whole.recall() >= minimumScore, qPrintable(QString::number(whole.recall())));
}

QTEST_GUILESS_MAIN(TestToneChecker)
#include "tst_tonechecker.moc"

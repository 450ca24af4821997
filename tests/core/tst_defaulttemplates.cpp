#include "drafting/DefaultTemplates.h"
#include "drafting/DraftLanguage.h"
#include "drafting/TemplateFields.h"
#include "drafting/TemplateRenderer.h"
#include "drafting/TemplateValues.h"
#include "tone/ToneChecker.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};

/// Values as a draft for a finalist would have them; flags as given.
TemplateValues values(const DraftLanguage& language, bool flagsOn) {
    TemplateValues v;
    language.applyFallbacks(v);
    v.setText(QStringLiteral("candidate.firstName"), QString::fromUtf8("Zoë"));
    v.setText(QStringLiteral("candidate.fullName"), QString::fromUtf8("Zoë Brandt"));
    v.setText(QStringLiteral("opening.title"), QStringLiteral("Senior Backend Engineer"));
    v.setText(QStringLiteral("opening.team"), QStringLiteral("Payments Platform"));
    v.setText(QStringLiteral("stage.reached"), language.stageName(TemplateStage::Final));
    v.setText(QStringLiteral("sender.name"), QStringLiteral("Priya Raman"));
    v.setText(QStringLiteral("sender.role"), QStringLiteral("Engineering manager, Payments"));
    v.setText(QStringLiteral("date.today"), language.formatDate(QDate(2026, 11, 20)));
    v.setText(QStringLiteral("date.applied"), language.formatDate(QDate(2026, 9, 28)));
    v.setText(QStringLiteral("date.lastInterview"), language.formatDate(QDate(2026, 11, 16)));
    if (flagsOn) {
        v.setText(QStringLiteral("strengths"), QStringLiteral("STRENGTHS-MARK"));
        v.setText(QStringLiteral("decidingFactor"), QStringLiteral("FACTOR-MARK"));
    }
    for (const QString& flag : TemplateFields::flagNames())
        v.setFlag(flag, flagsOn);
    return v;
}

QString render(const QString& text, const TemplateValues& v) {
    auto out = TemplateRenderer(text).renderPlain(v);
    return out ? *out : QStringLiteral("ERROR ") + out.errorMessage();
}

QStringList paragraphs(const QString& text) {
    return text.split(QStringLiteral("\n\n"));
}

} // namespace

/// The shipped rejection templates and language files: every stage and
/// language loads, renders cleanly with every flag on and off, and keeps
/// each promise inside the section that allows it.
class TestDefaultTemplates : public QObject {
    Q_OBJECT

private slots:
    void threeLanguagesShip() {
        QCOMPARE(DraftLanguage::available(), kLanguages);
        for (const QString& lang : kLanguages) {
            auto loaded = DraftLanguage::load(lang);
            QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
            QCOMPARE(loaded->code(), lang);
        }
        auto swiss = DraftLanguage::load(QStringLiteral("de_CH"));
        QVERIFY(swiss);
        QCOMPARE(swiss->code(), QStringLiteral("de"));
        auto missing = DraftLanguage::load(QStringLiteral("it"));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QStringLiteral("“it”")) &&
                     missing.errorMessage().contains(QStringLiteral("de, en, fr")),
                 qPrintable(missing.errorMessage()));
    }

    void everyTemplateRenders_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<TemplateStage>("stage");
        QTest::addColumn<bool>("flagsOn");
        for (const QString& lang : kLanguages) {
            for (TemplateStage stage : allTemplateStages()) {
                for (bool on : {true, false}) {
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1 %2 %3")
                                       .arg(lang, toKey(stage),
                                            on ? QStringLiteral("on") : QStringLiteral("off"))))
                        << lang << stage << on;
                }
            }
        }
    }

    void everyTemplateRenders() {
        QFETCH(QString, lang);
        QFETCH(TemplateStage, stage);
        QFETCH(bool, flagsOn);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        auto text = DefaultTemplates::load(lang, stage);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        const TemplateValues v = values(*language, flagsOn);
        auto subject = TemplateRenderer(text->subject).renderLine(v);
        QVERIFY2(subject, qPrintable(subject.errorMessage()));
        QVERIFY(subject->contains(QStringLiteral("Senior Backend Engineer")));
        const QString body = render(text->body, v);
        QVERIFY2(!body.startsWith(QLatin1String("ERROR")), qPrintable(body));
        // No template syntax left, no doubled spaces, no holes.
        QVERIFY2(!body.contains(QLatin1String("{{")) && !body.contains(QLatin1String("}}")),
                 qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("\n\n\n")), qPrintable(body));
        QVERIFY2(!body.contains(QRegularExpression(QStringLiteral("\\S  \\S"))), qPrintable(body));
        QVERIFY2(!body.contains(QRegularExpression(QStringLiteral(" [,.]"))), qPrintable(body));
        // A personal greeting on the first line, the signature at the end.
        const QString greeting = body.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(greeting.contains(QString::fromUtf8("Zoë")) && greeting.endsWith(QLatin1Char(',')),
                 qPrintable(greeting));
        QVERIFY2(body.endsWith(QStringLiteral("Priya Raman\nEngineering manager, Payments")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Payments Platform")));
        // Strengths and the deciding factor appear only when switched on.
        if (!flagsOn) {
            QVERIFY(!body.contains(QLatin1String("STRENGTHS-MARK")));
            QVERIFY(!body.contains(QLatin1String("FACTOR-MARK")));
        } else if (stage == TemplateStage::Final) {
            QVERIFY(body.contains(QLatin1String("STRENGTHS-MARK")));
            QVERIFY(body.contains(QLatin1String("FACTOR-MARK")));
        }
    }

    void missingValuesLeaveNoHoles_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<TemplateStage>("stage");
        QTest::addColumn<QString>("greeting");
        const QHash<QString, QString> greetings = {
            {QStringLiteral("en"), QStringLiteral("Hello there,")},
            {QStringLiteral("de"), QStringLiteral("Hallo und guten Tag,")},
            {QStringLiteral("fr"), QStringLiteral("Bonjour Madame, Monsieur,")}};
        for (const QString& lang : kLanguages) {
            for (TemplateStage stage : allTemplateStages())
                QTest::newRow(qPrintable(lang + u' ' + toKey(stage)))
                    << lang << stage << greetings.value(lang);
        }
    }

    void missingValuesLeaveNoHoles() {
        // Every text empty, every flag on: only the fallbacks speak.
        QFETCH(QString, lang);
        QFETCH(TemplateStage, stage);
        QFETCH(QString, greeting);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        auto text = DefaultTemplates::load(lang, stage);
        QVERIFY(text);
        TemplateValues v;
        language->applyFallbacks(v);
        for (const QString& flag : TemplateFields::flagNames())
            v.setFlag(flag, flag != QLatin1String("hasStrengths") &&
                                flag != QLatin1String("shareDecidingFactor"));
        auto subject = TemplateRenderer(text->subject).renderLine(v);
        QVERIFY(subject);
        const QString body = render(text->body, v);
        QVERIFY2(!body.startsWith(QLatin1String("ERROR")), qPrintable(body));
        QCOMPARE(body.section(QLatin1Char('\n'), 0, 0), greeting);
        const QRegularExpression hole(
            QString::fromUtf8("\\s[,.:;]|\\S  \\S|« »|„“|\\bthe  role\\b|\\(\\s*\\)"));
        for (const QString& out : {*subject, body}) {
            const auto found = hole.match(out);
            QVERIFY2(!found.hasMatch() || (lang == QLatin1String("fr") &&
                                           found.captured(0).trimmed() == QLatin1String(":")),
                     qPrintable(found.captured(0) + u'\n' + out));
        }
        QVERIFY2(body.endsWith(v.fallback(QStringLiteral("sender.name")) + u'\n' +
                               v.fallback(QStringLiteral("sender.role"))) ||
                     body.endsWith(v.fallback(QStringLiteral("sender.name"))),
                 qPrintable(body));
        QVERIFY2(!subject->trimmed().isEmpty(), qPrintable(*subject));
    }

    void formalAddressInGermanAndFrench_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("formal");
        QTest::addColumn<QString>("informal");
        QTest::newRow("de") << "de"
                            << "\\b(Sie|Ihnen|Ihre[rnms]?)\\b"
                            << "\\b(du|dich|dir|dein[e]?[rnms]?|euch)\\b";
        QTest::newRow("fr") << "fr"
                            << "\\b(vous|votre|vos)\\b"
                            << "\\b(tu|toi|ton|ta|tes|te)\\b";
    }

    void formalAddressInGermanAndFrench() {
        QFETCH(QString, lang);
        QFETCH(QString, formal);
        QFETCH(QString, informal);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        // Unicode word boundaries: "êtes" is not "tes".
        const QRegularExpression formalWords(formal,
                                             QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpression informalWords(informal,
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
        for (TemplateStage stage : allTemplateStages()) {
            auto text = DefaultTemplates::load(lang, stage);
            QVERIFY(text);
            const QString body = render(text->body, values(*language, true));
            QVERIFY2(body.contains(formalWords), qPrintable(body));
            const auto informalHit = informalWords.match(body);
            QVERIFY2(!informalHit.hasMatch(), qPrintable(informalHit.captured(0) + u'\n' + body));
        }
    }

    void futureContactOnlyForTheTalentPool_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<TemplateStage>("stage");
        for (const QString& lang : kLanguages) {
            for (TemplateStage stage : allTemplateStages())
                QTest::newRow(qPrintable(lang + u' ' + toKey(stage))) << lang << stage;
        }
    }

    void futureContactOnlyForTheTalentPool() {
        QFETCH(QString, lang);
        QFETCH(TemplateStage, stage);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        auto text = DefaultTemplates::load(lang, stage);
        QVERIFY(text);
        TemplateValues without = values(*language, false);
        TemplateValues with = values(*language, false);
        with.setFlag(QStringLiteral("talentPool"), true);
        const QStringList plainParagraphs = paragraphs(render(text->body, without));
        QStringList added;
        for (const QString& p : paragraphs(render(text->body, with))) {
            if (!plainParagraphs.contains(p))
                added.append(p);
        }
        // An offer letter invites to this role, not to future ones: the
        // flag changes nothing there.
        if (stage == TemplateStage::Offer) {
            QVERIFY2(added.isEmpty(), qPrintable(added.join(u'\n')));
            return;
        }
        // Exactly one paragraph, about future openings, and only with the flag.
        QCOMPARE(added.size(), 1);
        static const QRegularExpression future(
            QStringLiteral("contact|melde|Kontakt|contacter|contacterons"));
        QVERIFY2(added.first().contains(future), qPrintable(added.first()));
        for (const QString& p : plainParagraphs)
            QVERIFY2(!p.contains(future), qPrintable(p));
    }

    void toneCheckFindsNothing_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<TemplateStage>("stage");
        QTest::addColumn<bool>("pool");
        for (const QString& lang : kLanguages) {
            for (TemplateStage stage : allTemplateStages()) {
                for (bool pool : {true, false})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2%3").arg(
                        lang, toKey(stage), pool ? QStringLiteral(" pool") : QString())))
                        << lang << stage << pool;
            }
        }
    }

    void toneCheckFindsNothing() {
        // The shipped letters, rendered as a finalist would get them, pass
        // the tone and risk check of their own language (lib/core/tone).
        QFETCH(QString, lang);
        QFETCH(TemplateStage, stage);
        QFETCH(bool, pool);
        auto language = DraftLanguage::load(lang);
        QVERIFY(language);
        auto text = DefaultTemplates::load(lang, stage);
        QVERIFY(text);
        TemplateValues v = values(*language, true);
        v.setFlag(QStringLiteral("talentPool"), pool);
        v.setText(QStringLiteral("strengths"),
                  language->strengthSentence(0, QStringLiteral("System design")) + u' ' +
                      language->strengthSentence(1, QStringLiteral("Code quality and testing")));
        v.setText(QStringLiteral("decidingFactor"),
                  language->decidingFactor({QStringLiteral("Mentoring")}));
        auto checker = ToneChecker::forLanguage(lang);
        QVERIFY2(checker, qPrintable(checker.errorMessage()));
        ToneContext context;
        context.candidateName = QString::fromUtf8("Zoë Brandt");
        context.otherCandidateNames = {QString::fromUtf8("Miguel Ángel Ortega"),
                                       QString::fromUtf8("Aoife Ní Bhriain")};
        context.talentPool = pool;
        const QString body = render(text->body, v);
        auto subject = TemplateRenderer(text->subject).renderLine(v);
        QVERIFY(subject);
        // The greeting rule reads the first line, which a subject has not.
        ToneContext subjectContext = context;
        subjectContext.candidateName.clear();
        for (const auto& [out, used] :
             {std::pair{body, context}, std::pair{*subject, subjectContext}}) {
            const QList<ToneFinding> findings = checker->check(out, used);
            QStringList shown;
            for (const ToneFinding& f : findings)
                shown.append(f.category + u':' + u' ' + out.mid(f.start, f.length));
            QVERIFY2(findings.isEmpty(), qPrintable(shown.join(u'\n') + u'\n' + out));
        }
    }

    void englishFinalRoundReadsAsWritten() {
        // The whole letter once, as a finalist with everything switched on
        // gets it: a person reads this, so the test shows it in full.
        auto language = DraftLanguage::load(QStringLiteral("en"));
        QVERIFY(language);
        TemplateValues v = values(*language, true);
        v.setText(QStringLiteral("strengths"),
                  QStringLiteral("The panel rated you highly on system design."));
        v.setText(QStringLiteral("decidingFactor"),
                  language->decidingFactor({QStringLiteral("Mentoring")}));
        auto text = DefaultTemplates::load(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(text);
        QCOMPARE(
            render(text->body, v),
            QString::fromUtf8(
                "Hello Zoë,\n\n"
                "Thank you for the time and energy you gave to our interviews for the Senior "
                "Backend Engineer role in the Payments Platform team. Reaching the final "
                "round takes a lot of preparation, and I wanted to tell you myself: we have "
                "offered the role to another finalist, so we will not be making you an offer "
                "this time.\n\n"
                "Here is what stood out to us in your interviews. The panel rated you highly on "
                "system design.\n\n"
                "In the end, the decision came down to mentoring.\n\n"
                "We would genuinely like to stay in touch. With your permission, I will "
                "contact you when a role opens that fits your experience; if you would "
                "rather I did not, a short reply is enough.\n\n"
                "If a conversation about the decision and your interviews would help you, "
                "reply to this e-mail and I will set up a call at a time that suits you.\n\n"
                "Thank you again for everything you put into this process. I wish you every "
                "success in what comes next.\n\n"
                "Warm regards,\nPriya Raman\nEngineering manager, Payments"));
    }

    void languageWords() {
        auto en = DraftLanguage::load(QStringLiteral("en"));
        auto de = DraftLanguage::load(QStringLiteral("de"));
        auto fr = DraftLanguage::load(QStringLiteral("fr"));
        QVERIFY(en && de && fr);
        const QDate day(2026, 3, 4);
        QCOMPARE(en->formatDate(day), QStringLiteral("4 March 2026"));
        QCOMPARE(de->formatDate(day), QString::fromUtf8("4. März 2026"));
        QCOMPARE(fr->formatDate(day), QStringLiteral("4 mars 2026"));
        QCOMPARE(en->formatDate(QDate()), QString());
        QCOMPARE(en->joinList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
                 QStringLiteral("a, b and c"));
        QCOMPARE(en->decidingFactor(
                     {QStringLiteral("Hiring and team building"), QStringLiteral("API design")}),
                 QStringLiteral("hiring and team building and API design"));
        QCOMPARE(de->decidingFactor({QStringLiteral("Konfliktlösung"), QStringLiteral("Führung")}),
                 QString::fromUtf8("„Konfliktlösung“ und „Führung“"));
        QCOMPARE(fr->decidingFactor({QStringLiteral("Mentorat")}),
                 QString::fromUtf8("« Mentorat »"));
        QCOMPARE(en->strengthSentence(0, QStringLiteral("System design")),
                 QStringLiteral("The panel rated you highly on system design."));
        QCOMPARE(en->strengthSentence(5, QStringLiteral("Mentoring")),
                 QStringLiteral("We also noted your strength in mentoring."));
        QCOMPARE(de->stageName(TemplateStage::Final), QStringLiteral("Endrunde"));
        QCOMPARE(fr->stageName(TemplateStage::Screen), QString::fromUtf8("premier échange"));
    }

    void brokenTemplateFilesSayWhere_data() {
        QTest::addColumn<QString>("contents");
        QTest::addColumn<QString>("says");
        QTest::newRow("no subject") << "Hello {{candidate.firstName}},"
                                    << "x.txt, line 1:";
        QTest::newRow("no blank line") << "Subject: Hi\nHello"
                                       << "x.txt, line 2:";
        QTest::newRow("empty subject") << "Subject:   \n\nHello"
                                       << "x.txt, line 1: the subject";
        QTest::newRow("subject placeholder") << "Subject: About {{opening.name}}\n\nHello"
                                             << "x.txt, line 1, column 16:";
        QTest::newRow("body placeholder")
            << "Subject: Hi\n\nHello,\n\nThanks {{candidate.lastName}}."
            << "x.txt, line 5, column 8:";
        QTest::newRow("body unclosed") << "Subject: Hi\n\nHello,\n{{#if talentPool}}\nx"
                                       << "x.txt, line 4, column 1:";
    }

    void brokenTemplateFilesSayWhere() {
        QFETCH(QString, contents);
        QFETCH(QString, says);
        auto parsed = DefaultTemplates::parse(contents, QStringLiteral("x.txt"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().startsWith(says), qPrintable(parsed.errorMessage()));
    }

    void brokenLanguageFileSaysWhere() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("xx")));
        QFile file(dir.filePath(QStringLiteral("xx/language.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\ndate.format = d MMMM yyyy\nstage.final: final round\n");
        file.close();
        auto loaded = DraftLanguage::load(QStringLiteral("xx"), dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().startsWith(QStringLiteral("xx/language.txt, line 3:")),
                 qPrintable(loaded.errorMessage()));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("date.format = d MMMM yyyy\n");
        file.close();
        loaded = DraftLanguage::load(QStringLiteral("xx"), dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().contains(QStringLiteral("is missing")),
                 qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDefaultTemplates)
#include "tst_defaulttemplates.moc"

#include "drafting/DraftText.h"
#include "drafting/TemplateFields.h"
#include "drafting/TemplateRenderer.h"
#include "drafting/TemplateValues.h"

#include <QTest>

using namespace debrief;

namespace {

/// Every text field set to a recognisable value, every flag off.
TemplateValues sampleValues() {
    TemplateValues v;
    for (const QString& name : TemplateFields::textNames())
        v.setText(name, QStringLiteral("<") + name + QStringLiteral(">"));
    return v;
}

QString plain(const QString& text, const TemplateValues& values) {
    auto rendered = TemplateRenderer(text).renderPlain(values);
    return rendered ? *rendered : QStringLiteral("ERROR: ") + rendered.errorMessage();
}

} // namespace

/// TemplateRenderer, TemplateValues and DraftText: the template language of
/// rejection drafts, with no database involved.
class TestTemplateRenderer : public QObject {
    Q_OBJECT

private slots:
    void everyPlaceholderRendersItsValue_data() {
        QTest::addColumn<QString>("name");
        for (const QString& name : TemplateFields::textNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyPlaceholderRendersItsValue() {
        QFETCH(QString, name);
        TemplateValues v;
        QVERIFY(v.setText(name, QString::fromUtf8("Zoë “%1” value").arg(name)));
        QCOMPARE(plain(QStringLiteral("[{{%1}}] [{{ %1 }}]").arg(name), v),
                 QString::fromUtf8("[Zoë “%1” value] [Zoë “%1” value]").arg(name));
    }

    void everyFlagSwitchesIfAndUnless_data() {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("on");
        for (const QString& flag : TemplateFields::flagNames()) {
            QTest::newRow(qPrintable(flag + QStringLiteral(" on"))) << flag << true;
            QTest::newRow(qPrintable(flag + QStringLiteral(" off"))) << flag << false;
        }
    }

    void everyFlagSwitchesIfAndUnless() {
        QFETCH(QString, flag);
        QFETCH(bool, on);
        TemplateValues v;
        QVERIFY(v.setFlag(flag, on));
        const QString text =
            QStringLiteral("a{{#if %1}}Y{{else}}N{{/if}}b{{#unless %1}}U{{/unless}}c").arg(flag);
        QCOMPARE(plain(text, v), on ? QStringLiteral("aYbc") : QStringLiteral("aNbUc"));
        // {{else}} inside {{#unless}} too.
        QCOMPARE(plain(QStringLiteral("{{#unless %1}}U{{else}}E{{/unless}}").arg(flag), v),
                 on ? QStringLiteral("E") : QStringLiteral("U"));
    }

    void unsetFlagIsOff() {
        QCOMPARE(plain(QStringLiteral("{{#if talentPool}}pool{{else}}none{{/if}}"), {}),
                 QStringLiteral("none"));
    }

    void ifOnATextValueMeansNotEmpty() {
        TemplateValues v;
        v.setText(QStringLiteral("opening.team"), QStringLiteral("Payments"));
        const QString text = QStringLiteral("role{{#if opening.team}} in {{opening.team}}{{/if}}"
                                            "{{#if sender.role}}, {{sender.role}}{{/if}}.");
        QCOMPARE(plain(text, v), QStringLiteral("role in Payments."));
        v.setText(QStringLiteral("opening.team"), QStringLiteral("   "));
        QCOMPARE(plain(text, v), QStringLiteral("role."));
    }

    void nestedSections_data() {
        QTest::addColumn<bool>("finalist");
        QTest::addColumn<bool>("pool");
        QTest::addColumn<bool>("share");
        QTest::addColumn<QString>("expected");
        // Hand-written truth table of the template below.
        QTest::newRow("F P S") << true << true << true << QStringLiteral("F[P][S]");
        QTest::newRow("F P -") << true << true << false << QStringLiteral("F[P][-]");
        QTest::newRow("F - S") << true << false << true << QStringLiteral("F[nopool:S]");
        QTest::newRow("F - -") << true << false << false << QStringLiteral("F[nopool:-]");
        QTest::newRow("- P S") << false << true << true << QStringLiteral("E[P]");
        QTest::newRow("- - S") << false << false << true << QStringLiteral("E");
    }

    void nestedSections() {
        QFETCH(bool, finalist);
        QFETCH(bool, pool);
        QFETCH(bool, share);
        QFETCH(QString, expected);
        TemplateValues v;
        v.setFlag(QStringLiteral("isFinalist"), finalist);
        v.setFlag(QStringLiteral("talentPool"), pool);
        v.setFlag(QStringLiteral("shareDecidingFactor"), share);
        const QString text = QStringLiteral(
            "{{#if isFinalist}}F"
            "{{#if talentPool}}[P][{{#if shareDecidingFactor}}S{{else}}-{{/if}}]"
            "{{else}}[nopool:{{#unless shareDecidingFactor}}-{{else}}S{{/unless}}]{{/if}}"
            "{{else}}E{{#if talentPool}}[P]{{/if}}{{/if}}");
        QCOMPARE(plain(text, v), expected);
    }

    void fallbackOrder() {
        const QString text = QStringLiteral("Hello {{candidate.firstName|friend}},");
        TemplateValues v;
        // 1. the value itself
        v.setText(QStringLiteral("candidate.firstName"), QString::fromUtf8("Zoë"));
        QCOMPARE(plain(text, v), QString::fromUtf8("Hello Zoë,"));
        // 2. the template's own fallback, also for a value of spaces only
        v.setText(QStringLiteral("candidate.firstName"), QStringLiteral("  "));
        v.setFallback(QStringLiteral("candidate.firstName"), QStringLiteral("there"));
        QCOMPARE(plain(text, v), QStringLiteral("Hello friend,"));
        // 3. the language's fallback
        QCOMPARE(plain(QStringLiteral("Hello {{candidate.firstName}},"), v),
                 QStringLiteral("Hello there,"));
        // 4. the built-in neutral words: never "Hello ,"
        QCOMPARE(plain(QStringLiteral("Hello {{candidate.firstName}},"), {}),
                 QStringLiteral("Hello there,"));
        // An empty inline fallback does not mean "nothing".
        QCOMPARE(plain(QStringLiteral("Hello {{candidate.firstName|}},"), {}),
                 QStringLiteral("Hello there,"));
    }

    void everyFieldHasANeutralFallback() {
        for (const QString& name : TemplateFields::textNames()) {
            const QString rendered = plain(QStringLiteral("{{%1}}").arg(name), {});
            QVERIFY2(!rendered.trimmed().isEmpty() && !rendered.startsWith(QLatin1String("ERROR")),
                     qPrintable(name));
        }
    }

    void fallbackMayHoldSpacesAndPunctuation() {
        QCOMPARE(plain(QStringLiteral("Bonjour {{candidate.firstName | Madame, Monsieur}},"), {}),
                 QStringLiteral("Bonjour Madame, Monsieur,"));
    }

    void htmlEscapesValuesAndMakesParagraphs() {
        TemplateValues v;
        v.setText(QStringLiteral("candidate.fullName"),
                  QStringLiteral("<script>alert(1)</script>"));
        v.setText(QStringLiteral("opening.team"), QStringLiteral("O'Brien & Co"));
        const QString text = QStringLiteral("Hello {{candidate.fullName}},\n\nWelcome to\n"
                                            "{{opening.team}} \"now\".\n");
        auto html = TemplateRenderer(text).renderHtml(v);
        QVERIFY2(html, qPrintable(html.errorMessage()));
        QCOMPARE(*html, QStringLiteral("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;,</p>\n"
                                       "<p>Welcome to<br>\nO&#39;Brien &amp; Co &quot;now&quot;."
                                       "</p>"));
        // Plain text keeps the characters as they are.
        QCOMPARE(plain(text, v), QStringLiteral("Hello <script>alert(1)</script>,\n\nWelcome to\n"
                                                "O'Brien & Co \"now\"."));
    }

    void htmlDocumentNamesLanguageAndCharset() {
        const QString doc =
            DraftText::toHtmlDocument(QStringLiteral("a & b"), QStringLiteral("de"));
        QVERIFY(doc.contains(QStringLiteral("<html lang=\"de\">")));
        QVERIFY(doc.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(doc.contains(QStringLiteral("<p>a &amp; b</p>")));
    }

    void valuesAreNeverReadAsTemplateSyntax() {
        TemplateValues v;
        v.setText(QStringLiteral("candidate.fullName"),
                  QStringLiteral("{{sender.name}} {{#if talentPool}}x{{/if}}"));
        v.setText(QStringLiteral("sender.name"), QStringLiteral("SECRET"));
        QCOMPARE(plain(QStringLiteral("{{candidate.fullName}}"), v),
                 QStringLiteral("{{sender.name}} {{#if talentPool}}x{{/if}}"));
    }

    void nothingOutsideTheValuesIsReachable_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        // Names a template engine elsewhere might resolve through objects,
        // parents or properties: here every one is an unknown placeholder.
        QTest::newRow("candidate e-mail") << "{{candidate.email}}"
                                          << "candidate.email";
        QTest::newRow("candidate notes") << "{{candidate.notes}}"
                                         << "candidate.notes";
        QTest::newRow("opening description") << "{{opening.description}}"
                                             << "opening.description";
        QTest::newRow("decision rationale") << "{{decision.rationale}}"
                                            << "decision.rationale";
        QTest::newRow("whole candidate") << "{{candidate}}"
                                         << "candidate";
        QTest::newRow("this") << "{{this}}"
                              << "this";
        QTest::newRow("parent") << "{{../candidate.fullName}}"
                                << "../candidate.fullName";
        QTest::newRow("proto") << "{{__proto__}}"
                               << "__proto__";
        QTest::newRow("index") << "{{candidate[0]}}"
                               << "candidate[0]";
        QTest::newRow("flag as if name") << "{{#if candidate.email}}x{{/if}}"
                                         << "candidate.email";
    }

    void nothingOutsideTheValuesIsReachable() {
        QFETCH(QString, text);
        QFETCH(QString, named);
        TemplateRenderer renderer(text);
        QVERIFY(!renderer.check());
        QVERIFY2(renderer.problem()->message.contains(QStringLiteral("“%1”").arg(named)),
                 qPrintable(renderer.problem()->message));
        QVERIFY(!renderer.renderPlain(sampleValues()));
        // Nor can such a name be put into the values.
        TemplateValues v;
        QVERIFY(!v.setText(named, QStringLiteral("leak")));
        QVERIFY(!v.setFlag(named, true));
        QVERIFY(v.text(named).isEmpty());
    }

    void errorsNameWhatAndWhere_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown placeholder")
            << "Hello,\n\nDear {{candidate.nickname}}" << 3 << 6 << "“candidate.nickname”";
        QTest::newRow("unknown flag")
            << "a\n  {{#if inTalentPool}}x{{/if}}" << 2 << 3 << "unknown flag “inTalentPool”";
        QTest::newRow("flag as placeholder")
            << "x {{talentPool}}" << 1 << 3 << "“talentPool” is a flag";
        QTest::newRow("unclosed if")
            << "a\n{{#if talentPool}}\nb\n"
            << 2 << 1 << "“{{#if talentPool}}” is never closed; add “{{/if}}”";
        QTest::newRow("unclosed unless") << "{{#if isFinalist}}{{/if}} {{#unless talentPool}}b" << 1
                                         << 27 << "add “{{/unless}}”";
        QTest::newRow("inner unclosed")
            << "{{#if isFinalist}}\n{{#if talentPool}}x\n{{/if}}" << 1 << 1 << "never closed";
        QTest::newRow("else outside") << "a {{else}} b" << 1 << 3 << "{{else}} outside";
        QTest::newRow("second else")
            << "{{#if talentPool}}a{{else}}b{{else}}c{{/if}}" << 1 << 29 << "a second {{else}}";
        QTest::newRow("close without open") << "a\nb {{/if}}" << 2 << 3 << "closes no open";
        QTest::newRow("mismatched close") << "{{#unless talentPool}}x{{/if}}" << 1 << 24
                                          << "does not match “{{#unless talentPool}}”";
        QTest::newRow("tag not closed")
            << "Hello {{candidate.firstName,\nthere}}" << 1 << 7 << "not closed by “}}”";
        QTest::newRow("stray closing braces")
            << "Hello candidate.firstName}}" << 1 << 26 << "without an opening";
        QTest::newRow("empty tag") << "a {{ }}" << 1 << 3 << "empty tag";
        QTest::newRow("unknown block")
            << "{{#each strengths}}{{/each}}" << 1 << 1 << "unknown tag “#each strengths”";
        QTest::newRow("if without name") << "{{#if}}{{/if}}" << 1 << 1 << "needs the name";
        QTest::newRow("accented line")
            << QString::fromUtf8("Zoë, Ångström: {{opening.teem}}") << 1 << 16 << "“opening.teem”";
    }

    void errorsNameWhatAndWhere() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        TemplateRenderer renderer(text);
        QVERIFY(renderer.problem().has_value());
        const TemplateProblem& p = *renderer.problem();
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QVERIFY2(p.message.startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(column)),
                 qPrintable(p.message));
        QVERIFY2(p.message.contains(says), qPrintable(p.message));
        QCOMPARE(renderer.check().errorMessage(), p.message);
        auto rendered = renderer.renderPlain({});
        QVERIFY(!rendered);
        QCOMPARE(rendered.errorMessage(), p.message);
    }

    void problemGivesOffsetAndLength() {
        const QString text = QStringLiteral("ab\ncd {{candidate.mail}} ef");
        TemplateRenderer renderer(text);
        QVERIFY(renderer.problem());
        QCOMPARE(text.mid(renderer.problem()->offset, renderer.problem()->length),
                 QStringLiteral("{{candidate.mail}}"));
    }

    void errorsCountFromTheFirstLineAndNameTheSource() {
        TemplateRenderer renderer(QStringLiteral("fine\n{{opening.name}}"), 3,
                                  QStringLiteral("de/final.txt"));
        QVERIFY(renderer.problem());
        QCOMPARE(renderer.problem()->line, 4);
        QVERIFY2(renderer.problem()->message.startsWith(
                     QStringLiteral("de/final.txt, line 4, column 1: unknown placeholder")),
                 qPrintable(renderer.problem()->message));
    }

    void sectionLinesLeaveNoBlankLines() {
        const QString text = QStringLiteral("Hello,\n"
                                            "\n"
                                            "{{#if talentPool}}\n"
                                            "  Pool paragraph.\n"
                                            "\n"
                                            "{{/if}}\n"
                                            "   {{! a comment for the author }}  \n"
                                            "{{#unless talentPool}}\n"
                                            "Other paragraph.\n"
                                            "\n"
                                            "{{/unless}}\n"
                                            "Bye\n"
                                            "{{#if sender.role}}\n"
                                            "{{sender.role}}\n"
                                            "{{/if}}\n");
        TemplateValues v;
        v.setFlag(QStringLiteral("talentPool"), true);
        QCOMPARE(plain(text, v), QStringLiteral("Hello,\n\n  Pool paragraph.\n\nBye"));
        v.setFlag(QStringLiteral("talentPool"), false);
        v.setText(QStringLiteral("sender.role"), QStringLiteral("Lead"));
        QCOMPARE(plain(text, v), QStringLiteral("Hello,\n\nOther paragraph.\n\nBye\nLead"));
    }

    void inlineSectionsKeepTheirLine() {
        TemplateValues v;
        QCOMPARE(plain(QStringLiteral("a\n{{#if talentPool}}x{{/if}} b\nc"), v),
                 QStringLiteral("a\n b\nc"));
    }

    void renderLineFoldsWhiteSpace() {
        TemplateValues v;
        v.setText(QStringLiteral("opening.title"), QStringLiteral("Senior\n  Engineer"));
        auto line = TemplateRenderer(QStringLiteral("Your application for {{opening.title}}  "))
                        .renderLine(v);
        QVERIFY(line);
        QCOMPARE(*line, QStringLiteral("Your application for Senior Engineer"));
    }

    void tidyFoldsBlankLines() {
        QCOMPARE(DraftText::tidy(QStringLiteral("\n\n a \r\n\r\n\n  \nb  \n\n")),
                 QStringLiteral(" a\n\nb"));
    }

    void fieldsAreDescribed() {
        const QList<TemplateField> fields = TemplateFields::all();
        QCOMPARE(fields.size(),
                 TemplateFields::textNames().size() + TemplateFields::flagNames().size());
        for (const TemplateField& f : fields)
            QVERIFY2(!f.description.isEmpty(), qPrintable(f.name));
        // The names the contract promises.
        for (const char* name :
             {"candidate.firstName", "candidate.fullName", "opening.title", "opening.team",
              "stage.reached", "sender.name", "sender.role", "date.today", "date.applied",
              "date.lastInterview", "strengths", "decidingFactor"})
            QVERIFY(TemplateFields::isText(QLatin1String(name)));
        for (const char* name :
             {"talentPool", "shareDecidingFactor", "feedbackOffered", "hasStrengths", "isFinalist"})
            QVERIFY(TemplateFields::isFlag(QLatin1String(name)));
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"

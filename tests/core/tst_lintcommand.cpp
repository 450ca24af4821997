#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// `debrief-cli lint` run as a process: the exit status (0 clean, 1 findings,
/// 2 usage or input errors), the compiler-style lines, the JSON document and
/// the context options.
class TestLintCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanDraftExitsZero();
    void findingsArePrintedWithLineAndColumn();
    void jsonOutputHasDocumentedShape();
    void contextOptionsChangeTheFindings();
    void otherLanguagesAndOwnRules();
    void inputErrorsExitTwo_data();
    void inputErrorsExitTwo();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run lint(const QStringList& args) const;
    QString write(const QString& name, const QByteArray& content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLintCommand::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestLintCommand::Run TestLintCommand::lint(const QStringList& args) const {
    QProcess process;
    process.start(QStringLiteral(DEBRIEF_CLI), QStringList{QStringLiteral("lint")} + args);
    if (!process.waitForFinished(30000))
        qFatal("debrief-cli lint did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestLintCommand::write(const QString& name, const QByteArray& content) const {
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestLintCommand::cleanDraftExitsZero() {
    const QString file = write(QStringLiteral("clean.txt"),
                               "Dear Zo\xC3\xAB,\n\nThank you for your time. We chose someone "
                               "with more on-call experience.\n\nAna\n");
    const Run run = lint({file, QStringLiteral("--name"), QStringLiteral("Zoë Martin")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
}

void TestLintCommand::findingsArePrintedWithLineAndColumn() {
    // Line 3, after "Sadly, " (7 characters): column 8.
    const QString file = write(QStringLiteral("draft.txt"),
                               "Hi,\n\nSadly, we regret to inform you of our decision.\n");
    const Run run = lint({file});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(file + QStringLiteral(":3:8: Cold or formulaic: ")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral(" — ")));
    QCOMPARE(lines.at(1), QStringLiteral("    “we regret to inform”"));
}

void TestLintCommand::jsonOutputHasDocumentedShape() {
    const QString file =
        write(QStringLiteral("draft.txt"), "Dear Sir or Madam,\nYour answers were weak.\n");
    const Run run = lint(
        {file, QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("Zoë Martin")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("debrief-tone-findings"));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(root.value(QStringLiteral("clean")).toBool(), false);
    QStringList found;
    for (const QJsonValue& item : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = item.toObject();
        found.append(QStringLiteral("%1:%2 %3 %4")
                         .arg(finding.value(QStringLiteral("line")).toInt())
                         .arg(finding.value(QStringLiteral("column")).toInt())
                         .arg(finding.value(QStringLiteral("category")).toString(),
                              finding.value(QStringLiteral("text")).toString()));
    }
    // The generic salutation is cold and, with a name given, a missing greeting too.
    QCOMPARE(found, (QStringList{QStringLiteral("1:1 cold Dear Sir or Madam"),
                                 QStringLiteral("1:1 greeting Dear Sir or Madam"),
                                 QStringLiteral("2:19 blame weak")}));
}

void TestLintCommand::contextOptionsChangeTheFindings() {
    const QString file =
        write(QStringLiteral("pool.txt"), "We will keep your CV on file. Priya Nair was chosen.\n");
    const Run plain = lint({file});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY(plain.out.contains(QStringLiteral("Promise not made")));
    QVERIFY(!plain.out.contains(QStringLiteral("Other candidate disclosed")));
    const Run pooled = lint({file, QStringLiteral("--talent-pool")});
    QCOMPARE(pooled.exitCode, 0);
    const Run named = lint({file, QStringLiteral("--talent-pool"), QStringLiteral("--other"),
                            QStringLiteral("Tom Becker"), QStringLiteral("--other"),
                            QStringLiteral("Priya Nair")});
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.out.contains(QStringLiteral(":1:31: Other candidate disclosed")),
             qPrintable(named.out));
}

void TestLintCommand::otherLanguagesAndOwnRules() {
    const QString german =
        write(QStringLiteral("de.txt"),
              "Leider müssen wir Ihnen mitteilen, dass es nicht geklappt hat.\n");
    QCOMPARE(lint({german}).exitCode, 0);
    const Run de = lint({german, QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(de.exitCode, 1);
    QVERIFY(de.out.contains(QStringLiteral(":1:1: ")));
    const QString rules = QStringLiteral(DEBRIEF_TEST_DATA_DIR "/tone/custom-rules.json");
    const QString chat = write(QStringLiteral("chat.txt"), "We will ping you.\n");
    QCOMPARE(lint({chat}).exitCode, 0);
    QCOMPARE(lint({chat, QStringLiteral("--rules"), rules}).exitCode, 1);
}

void TestLintCommand::inputErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("Usage: debrief-cli lint FILE");
    QTest::newRow("two files") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                               << QStringLiteral("Usage: debrief-cli lint FILE");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/draft.txt")}
                                  << QStringLiteral("Cannot read /nonexistent/draft.txt");
    QTest::newRow("latin-1 file") << QStringList{QStringLiteral("@latin1")}
                                  << QStringLiteral("not valid UTF-8 at byte offset 7");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("@clean"), QStringLiteral("--lang"), QStringLiteral("xx")}
        << QStringLiteral("there are rules for: de, en, fr");
    QTest::newRow("broken rule file")
        << QStringList{QStringLiteral("@clean"), QStringLiteral("--rules"),
                       QStringLiteral(DEBRIEF_TEST_DATA_DIR "/tone/broken-rules.json")}
        << QStringLiteral("$.rules[0].patterns[1]");
}

void TestLintCommand::inputErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString& arg : args) {
        if (arg == QLatin1String("@latin1"))
            arg = write(QStringLiteral("latin1.txt"), "Dear Zo\xEB,\n");
        else if (arg == QLatin1String("@clean"))
            arg = write(QStringLiteral("clean.txt"), "Thanks.\n");
    }
    const Run run = lint(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"

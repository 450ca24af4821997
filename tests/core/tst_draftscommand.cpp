#include "CliProcess.h"
#include "DraftingFixture.h"

#include "decision/DecisionWorkflow.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::DraftingFixture;

namespace {

using Run = test::CliRun;

Run runCli(const QStringList& args) {
    return test::runProgram(QStringLiteral(DEBRIEF_CLI), args);
}

/// Python's e-mail package's reading of every file (tests/tools/check_eml.py).
QList<QJsonObject> parseAll(const QStringList& paths) {
    QProcess python;
    python.start(QStringLiteral(DEBRIEF_PYTHON),
                 QStringList{QStringLiteral(DEBRIEF_CHECK_EML)} + paths);
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("check_eml.py failed: %s", python.readAllStandardError().constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput());
    QList<QJsonObject> out;
    if (doc.isObject())
        out.append(doc.object());
    for (const QJsonValue& v : doc.array())
        out.append(v.toObject());
    return out;
}

QJsonObject firstAddress(const QJsonObject& parsed, const char* field) {
    return parsed.value(QLatin1String(field)).toArray().at(0).toObject();
}

QString unfold(QString text) {
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

} // namespace

/// The real `debrief-cli drafts` on a demo database, every .eml it writes
/// read back by an independent MIME parser (Python's e-mail package).
class TestDraftsCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QByteArray(DEBRIEF_PYTHON).isEmpty())
            QFAIL("No Python 3 interpreter was found at configure time; scripts/setup.sh installs "
                  "python3.");
        m_dbPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_dbPath,
                                 QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The debrief opening's decision: Aoife chosen, Zoë and Miguel Ángel
        // runners-up on hold until her offer is accepted.
        auto db = Database::openSqlite(m_dbPath, Database::OpenMode::MustExist);
        QVERIFY(db);
        auto recorded = DecisionWorkflow(**db).record(DraftingFixture::debriefDecision(**db, true),
                                                      QStringLiteral("lead"));
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        m_opening = QString::number(recorded->openingId);
        m_rejected = DraftingFixture::scalar(**db,
                                             QStringLiteral("SELECT COUNT(*) FROM applications "
                                                            "WHERE opening_id = ? AND stage = "
                                                            "'rejected'"),
                                             {recorded->openingId})
                         .toInt();
        QVERIFY(m_rejected > 0);
    }

    void heldRunnersUpWaitUnlessAskedFor() {
        const QString out = m_dir.filePath(QStringLiteral("plain"));
        const Run run =
            runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_dbPath,
                    QStringLiteral("--opening"), m_opening, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(emlFiles(out).size(), m_rejected);
        QVERIFY2(run.out.contains(QStringLiteral("Skipped 2 held runner-up drafts")),
                 qPrintable(run.out));
        QCOMPARE(outputsLogged(), m_rejected);
    }

    void everyFileParsesWithTheRightFields() {
        const QString out = m_dir.filePath(QStringLiteral("held"));
        const Run run = runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_dbPath,
                                QStringLiteral("--opening"), m_opening, QStringLiteral("--out"),
                                out, QStringLiteral("--include-held")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = emlFiles(out);
        QCOMPARE(files.size(), m_rejected + 2);
        // A folder the command made is the owner's alone: file names carry names.
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(run.out.contains(QStringLiteral("(held)")));

        const QList<QJsonObject> parsed = parseAll(files);
        QCOMPARE(parsed.size(), files.size());
        auto db = Database::openSqlite(m_dbPath, Database::OpenMode::MustExist);
        QVERIFY(db);
        int accented = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject& eml = parsed.at(i);
            const RowId applicationId =
                QFileInfo(files.at(i)).fileName().section(u'-', 0, 0).toLongLong();
            QVERIFY(applicationId > 0);
            // Owner-only: candidate data.
            QCOMPARE(QFile::permissions(files.at(i)) & ~(QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ReadUser | QFile::WriteUser),
                     QFileDevice::Permissions());
            QVERIFY2(eml.value(u"defects").toArray().isEmpty(),
                     QJsonDocument(eml.value(u"defects").toArray()).toJson().constData());
            const QJsonObject lines = eml.value(u"lines").toObject();
            QCOMPARE(lines.value(u"bare_lf").toInt(), 0);
            QCOMPARE(lines.value(u"bare_cr").toInt(), 0);
            QVERIFY(lines.value(u"max_length").toInt() <= 998);
            QVERIFY(lines.value(u"max_header_length").toInt() <= 78);

            // Subject, recipient and body as the stored draft and candidate say.
            auto q = (*db)->exec(
                QStringLiteral("SELECT d.subject, d.body, c.full_name, c.email, "
                               "COALESCE(NULLIF(c.preferred_name, ''), c.full_name) "
                               "FROM rejection_drafts d JOIN applications a ON a.id = "
                               "d.application_id JOIN candidates c ON c.id = a.candidate_id "
                               "WHERE d.application_id = ? ORDER BY d.id DESC"),
                {applicationId});
            QVERIFY(q && q->next());
            QCOMPARE(eml.value(u"subject").toString(), q->value(0).toString());
            const QJsonObject to = firstAddress(eml, "to_addresses");
            QCOMPARE(to.value(u"name").toString(), q->value(2).toString());
            QCOMPARE(to.value(u"address").toString(), q->value(3).toString());
            QCOMPARE(unfold(eml.value(u"plain").toString()), q->value(1).toString() + u'\n');
            const QString greetingName = q->value(4).toString().section(u' ', 0, 0);
            QVERIFY(unfold(eml.value(u"plain").toString())
                        .startsWith(QStringLiteral("Hello %1,\n").arg(greetingName)));
            QVERIFY(eml.value(u"html").toString().contains(
                QStringLiteral("<p>Hello %1,</p>").arg(greetingName.toHtmlEscaped())));
            QCOMPARE(eml.value(u"content_type").toString(),
                     QStringLiteral("multipart/alternative"));
            for (const QJsonValue& part : eml.value(u"parts").toArray())
                QCOMPARE(part.toObject().value(u"charset").toString().toLower(),
                         QStringLiteral("utf-8"));
            const QString name = to.value(u"name").toString();
            if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; }))
                ++accented;
        }
        QVERIFY(accented >= 2);

        // The two runners-up by name, accents intact through RFC 2047 and UTF-8.
        const QJsonObject zoe = parsedFor(files, parsed, QStringLiteral("zoe-brandt"));
        QCOMPARE(firstAddress(zoe, "to_addresses").value(u"name").toString(),
                 QString::fromUtf8("Zoë Brandt"));
        QVERIFY(
            unfold(zoe.value(u"plain").toString()).startsWith(QString::fromUtf8("Hello Zoë,\n")));
        QVERIFY(zoe.value(u"plain").toString().contains(
            QStringLiteral("In the end, the decision came down to debugging and production "
                           "ownership.")));
        QCOMPARE(firstAddress(zoe, "from_addresses").value(u"name").toString(),
                 QStringLiteral("Priya Raman"));
        QCOMPARE(firstAddress(zoe, "from_addresses").value(u"address").toString(),
                 QStringLiteral("priya.raman@example.com"));
        const QJsonObject miguel = parsedFor(files, parsed, QStringLiteral("miguel-angel-ortega"));
        QCOMPARE(firstAddress(miguel, "to_addresses").value(u"name").toString(),
                 QString::fromUtf8("Miguel Ángel Ortega"));
        QVERIFY(!miguel.value(u"plain").toString().contains(QStringLiteral("stay in touch")));
    }

    void rerunReusesTheStoredDrafts() {
        const qint64 before = draftRows();
        const Run run =
            runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_dbPath,
                    QStringLiteral("--opening"), m_opening, QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("again")), QStringLiteral("--include-held")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(draftRows(), before);
    }

    void germanDraftsForTheFilledOpening() {
        const QString out = m_dir.filePath(QStringLiteral("de"));
        const Run run =
            runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_dbPath,
                    QStringLiteral("--opening"), QStringLiteral("3"), QStringLiteral("--out"), out,
                    QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = emlFiles(out);
        const QList<QJsonObject> parsed = parseAll(files);
        const QJsonObject lukasz = parsedFor(files, parsed, QStringLiteral("lukasz-nowak"));
        QCOMPARE(firstAddress(lukasz, "to_addresses").value(u"name").toString(),
                 QString::fromUtf8("Łukasz Nowak"));
        const QString body = unfold(lukasz.value(u"plain").toString());
        QVERIFY2(body.startsWith(QString::fromUtf8("Hallo Łukasz,\n\nvielen Dank")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("gern in Kontakt bleiben")));
        QCOMPARE(lukasz.value(u"subject").toString(),
                 QStringLiteral("Ihre Bewerbung als Engineering Manager: unsere Entscheidung"));
    }

    void badArgumentsSayWhat_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no out") << QStringList{} << 2 << "Usage: debrief-cli drafts";
        QTest::newRow("language") << QStringList{QStringLiteral("--out"), QStringLiteral("x"),
                                                 QStringLiteral("--lang"), QStringLiteral("it")}
                                  << 2 << "“it”";
    }

    void badArgumentsSayWhat() {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run run = runCli(QStringList{QStringLiteral("drafts"), QStringLiteral("--db"),
                                           m_dbPath, QStringLiteral("--opening"), m_opening} +
                               extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

    void unknownOpeningUuid() {
        const Run run = runCli({QStringLiteral("drafts"), QStringLiteral("--db"), m_dbPath,
                                QStringLiteral("--opening"),
                                QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("00000000-0000-4000-8000-000000000001")),
                 qPrintable(run.err));
    }

private:
    static QStringList emlFiles(const QString& dir) {
        QStringList files;
        for (const QString& name :
             QDir(dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
            files.append(QDir(dir).filePath(name));
        return files;
    }

    static QJsonObject parsedFor(const QStringList& files, const QList<QJsonObject>& parsed,
                                 const QString& slug) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i).endsWith(u'-' + slug + QStringLiteral(".eml")))
                return parsed.value(i);
        }
        return {};
    }

    qint64 scalar(const QString& sql) {
        auto db = Database::openSqlite(m_dbPath, Database::OpenMode::MustExist);
        return db ? DraftingFixture::scalar(**db, sql).toLongLong() : -1;
    }

    qint64 draftRows() { return scalar(QStringLiteral("SELECT COUNT(*) FROM rejection_drafts")); }

    int outputsLogged() {
        return int(scalar(QStringLiteral("SELECT COUNT(*) FROM communications WHERE summary LIKE "
                                         "'Saved the message %.eml file.' AND author = "
                                         "'debrief-cli'")));
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_opening;
    int m_rejected = 0;
};

QTEST_GUILESS_MAIN(TestDraftsCommand)
#include "tst_draftscommand.moc"

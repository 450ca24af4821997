#include "CliProcess.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ScorecardRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::CliRun;
using debrief::test::runCli;

namespace {

QJsonObject finalistNamed(const QJsonObject& document, const QString& name) {
    for (const QJsonValue& value : document.value(QStringLiteral("finalists")).toArray()) {
        if (value[QStringLiteral("name")].toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

/// `debrief-cli compare` and `report` with and without `--as`, run as
/// processes on a demo database (DemoDebriefStory): Jonas Lindqvist has only
/// a draft on Yui Kobayashi's interview, where Tomás Herrera submitted. As
/// Jonas none of Tomás's scores or notes for Yui come out, and the output
/// says so and why; without `--as` the commands act as the panel lead and
/// say that.
class TestCompareCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    Panelist m_jonas;
    Panelist m_tomas;
    RowId m_yui = kNoRow;
    Scorecard m_tomasCard;

    QStringList compare(const QStringList& more) const {
        return QStringList{QStringLiteral("compare"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--opening"), QStringLiteral("1")} +
               more;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo =
            runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_db, QStringLiteral("--seed"),
                    QStringLiteral("1"), QStringLiteral("--today"), QStringLiteral("2026-11-26")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto db = Database::openSqlite(m_db, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        auto panelists = PanelistRepository(**db).list();
        QVERIFY(panelists.ok());
        for (const Panelist& p : *panelists)
            m_jonas = p.name == QStringLiteral("Jonas Lindqvist") ? p : m_jonas;
        QVERIFY(m_jonas.id != kNoRow && !m_jonas.email.isEmpty());
        auto candidates = CandidateRepository(**db).list();
        QVERIFY(candidates.ok());
        for (const Candidate& c : *candidates)
            m_yui = c.fullName == QStringLiteral("Yui Kobayashi") ? c.id : m_yui;
        QVERIFY(m_yui != kNoRow);
        auto applications = ApplicationRepository(**db).forCandidate(m_yui);
        QVERIFY(applications.ok() && applications->size() == 1);
        auto interviews = InterviewRepository(**db).forApplication(applications->first().id);
        QVERIFY(interviews.ok() && !interviews->isEmpty());
        auto cards = ScorecardRepository(**db).forInterview(interviews->first().id);
        QVERIFY(cards.ok());
        bool jonasDraft = false;
        for (const Scorecard& card : *cards) {
            if (card.panelistId == m_jonas.id)
                jonasDraft = !card.isSubmitted();
            else if (card.isSubmitted())
                m_tomasCard = card;
        }
        QVERIFY(jonasDraft);
        QVERIFY(m_tomasCard.id != kNoRow);
        auto tomas = PanelistRepository(**db).get(m_tomasCard.panelistId);
        QVERIFY(tomas.ok());
        m_tomas = *tomas;
    }

    void asADraftHolderInJson() {
        const CliRun run =
            runCli(compare({QStringLiteral("--as"), m_jonas.uuid.toString(QUuid::WithoutBraces),
                            QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject viewer = json[QStringLiteral("viewer")].toObject();
        QCOMPARE(viewer[QStringLiteral("basis")].toString(), QStringLiteral("named"));
        QCOMPARE(viewer[QStringLiteral("name")].toString(), m_jonas.name);
        QCOMPARE(viewer[QStringLiteral("panelistId")].toInteger(), m_jonas.id);
        const QJsonObject yui = finalistNamed(json, QStringLiteral("Yui Kobayashi"));
        QVERIFY(!yui.isEmpty());
        const QJsonObject withheld = yui[QStringLiteral("withheld")].toObject();
        QCOMPARE(withheld[QStringLiteral("reason")].toString(),
                 QStringLiteral("yours-outstanding"));
        QCOMPARE(withheld[QStringLiteral("hidden")].toInt(), 1);
        QVERIFY(withheld[QStringLiteral("note")].toString().contains(
            QStringLiteral("hidden until you submit yours")));
        // None of Tomás's scores: no rating counted, no total.
        QCOMPARE(yui[QStringLiteral("scorecards")].toInt(), 0);
        QVERIFY(yui[QStringLiteral("total")][QStringLiteral("points")].isNull());
        for (const QJsonValue& criterion : yui[QStringLiteral("criteria")].toArray())
            QCOMPARE(criterion[QStringLiteral("count")].toInt(), 0);
        QCOMPARE(json[QStringLiteral("finalistSet")][QStringLiteral("basis")].toString(),
                 QStringLiteral("stage"));
    }

    void asADraftHolderAsText() {
        // By e-mail, in other case: the same panelist.
        const CliRun run = runCli(compare({QStringLiteral("--as"), m_jonas.email.toUpper()}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(
                     QStringLiteral("Blind scoring: the scores as seen by Jonas Lindqvist.")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("  Yui Kobayashi: 1 of 1 scorecard")));
        QVERIFY(run.out.contains(QStringLiteral("hidden until you submit yours")));
        QVERIFY(!run.out.contains(QStringLiteral("--as PANELIST")));
        // Yui's row of the totals has no number (Tomás's card is not read).
        const QString totals = run.out.section(QStringLiteral("Weighted totals"), 1, 1)
                                   .section(QStringLiteral("\n\n"), 0, 0);
        const QString row = totals.section(QStringLiteral("Yui Kobayashi"), 1, 1)
                                .section(QLatin1Char('\n'), 0, 0)
                                .simplified();
        QVERIFY2(row.startsWith(QStringLiteral("– – 0")), qPrintable(row));
    }

    void withoutAsActsAsTheLead() {
        const CliRun text = runCli(compare({}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Blind scoring: the scores as seen by Priya "
                                                  "Raman, the panel lead, since no one was "
                                                  "named.")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(
            QStringLiteral("Use --as PANELIST to see the scores as another panelist may.")));
        const CliRun json = runCli(compare({QStringLiteral("--json")}));
        QVERIFY(json.exitCode == 0);
        const QJsonObject viewer = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()[QStringLiteral("viewer")]
                                       .toObject();
        QCOMPARE(viewer[QStringLiteral("basis")].toString(), QStringLiteral("panel-lead"));
        QCOMPARE(viewer[QStringLiteral("name")].toString(), QStringLiteral("Priya Raman"));
        // By row id, Jonas sees what he saw by uuid.
        const CliRun byId = runCli(compare(
            {QStringLiteral("--as"), QString::number(m_jonas.id), QStringLiteral("--json")}));
        QVERIFY(byId.exitCode == 0);
        QCOMPARE(QJsonDocument::fromJson(byId.out.toUtf8())
                     .object()[QStringLiteral("viewer")][QStringLiteral("name")]
                     .toString(),
                 m_jonas.name);
    }

    void unknownViewerIsRefused() {
        const CliRun uuid = runCli(compare(
            {QStringLiteral("--as"), QStringLiteral("0b0b0b0b-0000-4000-8000-000000000001")}));
        QCOMPARE(uuid.exitCode, 1);
        QVERIFY(uuid.err.contains(QStringLiteral("no panelist with uuid")));
        const QString address = QStringLiteral("someone.else@example.com");
        const CliRun mail = runCli(compare({QStringLiteral("--as"), address}));
        QCOMPARE(mail.exitCode, 1);
        // The error names the file, never the address it was given.
        QVERIFY(!mail.err.contains(address));
        QVERIFY(mail.err.contains(QStringLiteral("--as")));
        const CliRun word = runCli(compare({QStringLiteral("--as"), QStringLiteral("jonas")}));
        QCOMPARE(word.exitCode, 1);
        QVERIFY(word.err.contains(QStringLiteral("--as takes a panelist's id, uuid or e-mail.")));
    }

    CliRun packet(const Panelist& viewer, const QString& pdf) const {
        return runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("--kind"),
                       QStringLiteral("packet"), QStringLiteral("--candidate"),
                       QString::number(m_yui), QStringLiteral("--as"), QString::number(viewer.id),
                       QStringLiteral("--generated-at"), QStringLiteral("2026-11-26T09:00"),
                       QStringLiteral("--out"), pdf});
    }

#ifdef DEBRIEF_PDFTOTEXT
    static QString pdfWords(const QString& pdf) {
        QProcess text;
        text.start(QStringLiteral(DEBRIEF_PDFTOTEXT), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(60000))
            return {};
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    }
#endif

    void reportSaysWhoseViewItIs() {
        const QString pdf = m_dir.filePath(QStringLiteral("packet.pdf"));
        const CliRun run = packet(m_jonas, pdf);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(
            QStringLiteral("Blind scoring: the scores as seen by Jonas Lindqvist.")));
        const CliRun lead = runCli(
            {QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--opening"),
             QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("calibration"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("calibration.pdf"))});
        QVERIFY2(lead.exitCode == 0, qPrintable(lead.err));
        QVERIFY(lead.out.contains(QStringLiteral("the panel lead, since no one was named")));
        QVERIFY(lead.out.contains(QStringLiteral("--as PANELIST")));
#ifdef DEBRIEF_PDFTOTEXT
        const QString words = pdfWords(pdf);
        QVERIFY2(words.contains(QStringLiteral("Scores as seen by Jonas Lindqvist")),
                 qPrintable(words));
        // Tomás's own packet shows his notes as read here, so their absence
        // from Jonas's is no accident of the text extraction.
        const QString own = m_dir.filePath(QStringLiteral("packet-tomas.pdf"));
        QVERIFY(packet(m_tomas, own).exitCode == 0);
        const QString seen = pdfWords(own);
        int checked = 0;
        for (const CriterionRating& rating : m_tomasCard.ratings) {
            if (rating.evidence.trimmed().isEmpty())
                continue;
            QVERIFY2(seen.contains(rating.evidence.simplified()), qPrintable(rating.evidence));
            QVERIFY2(!words.contains(rating.evidence.simplified()), qPrintable(rating.evidence));
            ++checked;
        }
        QVERIFY(checked >= 3);
#endif
    }

    void aWeightOutOfRangeRefusesInsteadOfPrintingNan() {
        // Issue #12: a criterion weight of 1e308 (stored before weights were
        // bounded; a copy of the demo with one weight set by hand) printed
        // "nan" totals in compare, its JSON and the comparison PDF. Each
        // now refuses with a message that names the criterion's weight.
        const QString copy = m_dir.filePath(QStringLiteral("huge-weight.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            auto db = Database::openSqlite(copy, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            auto changed = (*db)->exec(QStringLiteral("UPDATE criteria SET weight = ? WHERE "
                                                      "sort_order = 0"),
                                       {1e308});
            QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
            QVERIFY(changed->numRowsAffected() > 0);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("huge-weight.pdf"));
        const QList<QStringList> commands{{QStringLiteral("compare")},
                                          {QStringLiteral("compare"), QStringLiteral("--json")},
                                          {QStringLiteral("report"), QStringLiteral("--kind"),
                                           QStringLiteral("comparison"), QStringLiteral("--out"),
                                           pdf}};
        const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        for (const QStringList& command : commands) {
            const CliRun run =
                runCli(command + QStringList{QStringLiteral("--db"), copy,
                                             QStringLiteral("--opening"), QStringLiteral("1")});
            const QString what = command.join(QLatin1Char(' '));
            QVERIFY2(run.exitCode == 1, qPrintable(what + QLatin1Char('\n') + run.out));
            QVERIFY2(!notANumber.match(run.out + run.err).hasMatch(),
                     qPrintable(what + QLatin1Char('\n') + run.out + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("the weight 1e+308")) &&
                         run.err.contains(QStringLiteral("from 0 to 100")),
                     qPrintable(what + QLatin1Char('\n') + run.err));
        }
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"

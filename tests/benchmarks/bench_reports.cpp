#include "BenchDemo.h"
#include "analytics/ComparisonInput.h"
#include "demo/DemoDataGenerator.h"
#include "report/ReportDocument.h"
#include "report/ReportGenerator.h"
#include "report/ReportPageSetup.h"
#include "report/ReportPdfWriter.h"
#include "reporting/CandidatePacketData.h"
#include "reporting/ComparisonReportData.h"
#include "reporting/ReportDataLoader.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TransactionGuard.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace debrief;
using namespace debrief::report;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kGeneratedAt(kToday, QTime(9, 0), Qt::UTC);

int g_packets = 200;

/// Processor time per call, in ms (see bench_candidatelist): stable on a
/// shared machine, unlike wall-clock time.
double cpuMsPerCall(const std::function<void()>& work, int calls = 3) {
    const std::clock_t start = std::clock();
    for (int i = 0; i < calls; ++i)
        work();
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / calls;
}

ReportPageSetup a4() {
    ReportPageSetup setup;
    setup.pageSize = QPageSize(QPageSize::A4);
    setup.locale = QLocale::c();
    return setup;
}

} // namespace

/// Writing PDF reports on the demo database: the finalist comparison of the
/// debrief opening (5 finalists: the story's three and two candidates still
/// in interviews) and a batch of candidate packets for scorecarded
/// candidates (the demo's extra candidates, all in that opening), each next
/// to a baseline measured in the same run: the comparison's data and
/// analytics alone, a one-page report, and the packets' data alone.
class BenchReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    /// The plain demo (the comparison's 5 finalists), and the demo with
    /// extra candidates in the same opening (the packets).
    std::unique_ptr<Database> m_demo;
    std::unique_ptr<Database> m_crowd;
    RowId m_opening = kNoRow;
    QList<RowId> m_packets;

    /// A demo database; `extra` candidates all join the debrief opening.
    std::unique_ptr<Database> demo(const QString& name, int extra) {
        auto db = Database::openSqlite(m_dir.filePath(name));
        if (!db)
            return nullptr;
        auto opening = bench::writeCrowdedDemo(**db, kToday, extra);
        if (!opening)
            return nullptr;
        m_opening = *opening;
        return std::move(*db);
    }

    /// The opening's panel lead, as `debrief-cli report` without --as.
    ScoreViewer lead(Database& db) const {
        auto viewer = ScoreViewer::panelLead(db, m_opening);
        return viewer ? *viewer : ScoreViewer{};
    }

    ReportRequest request(ReportKind kind, RowId application = kNoRow) const {
        ReportRequest r;
        r.kind = kind;
        r.openingId = m_opening;
        r.viewer = lead(*m_demo);
        r.applicationId = application;
        r.generatedAt = kGeneratedAt;
        r.locale = QLocale::c();
        return r;
    }

    /// What `debrief-cli report` does: read the data, then write the PDF.
    static Status write(ReportGenerator& generator, Database& db, const ReportRequest& r,
                        const QString& path) {
        auto data = ReportDataLoader(db).load(r);
        if (!data)
            return data.error();
        return generator.write(*data, r, a4(), path);
    }

    void writePackets() {
        ReportGenerator generator;
        for (qsizetype i = 0; i < m_packets.size(); ++i) {
            const QString path = m_dir.filePath(QStringLiteral("packet-%1.pdf").arg(i));
            QVERIFY2(
                write(generator, *m_crowd, request(ReportKind::Packet, m_packets.at(i)), path).ok(),
                "packet not written");
        }
    }

private slots:
    void initTestCase() {
        m_demo = demo(QStringLiteral("demo.sqlite"), 0);
        QVERIFY(m_demo);
        // About 7% of extra applicants reach interviews and get scorecards.
        m_crowd = demo(QStringLiteral("crowd.sqlite"), std::max(200, g_packets * 18));
        QVERIFY(m_crowd);
        auto applications = ApplicationRepository(*m_crowd).forOpening(m_opening);
        QVERIFY(applications.ok());
        // Recent interviews still have drafts in the demo; here every panelist
        // has submitted, so each interviewed candidate's packet has scorecards.
        TransactionGuard transaction(*m_crowd);
        ScorecardRepository cards(*m_crowd);
        for (const Application& a : *applications) {
            auto own = cards.forApplication(a.id);
            QVERIFY(own.ok());
            for (Scorecard card : *own) {
                if (!card.isSubmitted()) {
                    card.status = ScorecardStatus::Submitted;
                    card.submittedAt = card.updatedAt;
                    QVERIFY(cards.update(card).ok());
                }
            }
            if (!own->isEmpty() && m_packets.size() < g_packets)
                m_packets.append(a.id);
        }
        QVERIFY(transaction.commit().ok());
        QCOMPARE(m_packets.size(), qsizetype(g_packets));
    }

    void baselineOnePageReport() {
        ReportDocument document;
        document.setTitle(QStringLiteral("Baseline"));
        document.setGeneratedAt(kGeneratedAt);
        document.addParagraph(QStringLiteral("One page, no table, no chart."));
        const QString path = m_dir.filePath(QStringLiteral("one-page.pdf"));
        ReportPdfWriter writer;
        QBENCHMARK {
            QVERIFY(writer.write(document, a4(), path).ok());
        }
        QCOMPARE(writer.pageCount(), 1);
        qInfo("cpu: %.1f ms",
              cpuMsPerCall([&] { QVERIFY(writer.write(document, a4(), path).ok()); }));
    }

    void baselineComparisonData() {
        Result<ComparisonReportData> data = ComparisonReportData{};
        QBENCHMARK {
            data = ComparisonReportData::load(*m_demo, m_opening, lead(*m_demo));
        }
        QVERIFY(data.ok());
        QCOMPARE(data->input.matrix.finalistCount(), 5);
        qInfo("cpu: %.1f ms", cpuMsPerCall([&] {
                  (void)ComparisonReportData::load(*m_demo, m_opening, lead(*m_demo));
              }));
    }

    void comparisonReport5Finalists() {
        ReportGenerator generator;
        const QString path = m_dir.filePath(QStringLiteral("comparison.pdf"));
        QBENCHMARK {
            QVERIFY(write(generator, *m_demo, request(ReportKind::Comparison), path).ok());
        }
        QVERIFY(generator.writer().pageCount() >= 3);
        qInfo("%d pages; cpu: %.1f ms", generator.writer().pageCount(), cpuMsPerCall([&] {
                  QVERIFY(write(generator, *m_demo, request(ReportKind::Comparison), path).ok());
              }));
    }

    void baselinePacketDataBatch() {
        QBENCHMARK {
            for (RowId application : std::as_const(m_packets))
                QVERIFY(CandidatePacketData::load(*m_crowd, application, lead(*m_crowd)).ok());
        }
        qInfo("%d packets' data; cpu: %.1f ms", int(m_packets.size()),
              cpuMsPerCall(
                  [&] {
                      for (RowId application : std::as_const(m_packets))
                          (void)CandidatePacketData::load(*m_crowd, application, lead(*m_crowd));
                  },
                  1));
    }

    /// The part of the packets' data that reads the scores the way the
    /// comparison does (ComparisonInput on one application).
    void packetScoresBatch() {
        QBENCHMARK {
            for (RowId application : std::as_const(m_packets))
                QVERIFY(ComparisonInput::load(*m_crowd, m_opening, lead(*m_crowd),
                                              FinalistSet::given({application}))
                            .ok());
        }
        qInfo("%d packets' scores; cpu: %.1f ms", int(m_packets.size()),
              cpuMsPerCall(
                  [&] {
                      for (RowId application : std::as_const(m_packets))
                          (void)ComparisonInput::load(*m_crowd, m_opening, lead(*m_crowd),
                                                      FinalistSet::given({application}));
                  },
                  1));
    }

    void packetBatch() {
        QBENCHMARK {
            writePackets();
        }
        qInfo("%d packets; cpu: %.1f ms", int(m_packets.size()),
              cpuMsPerCall([this] { writePackets(); }, 1));
    }
};

/// Takes `--packets N` (default 200) before Qt Test's own options, so that
/// the CTest smoke run can write a small batch.
int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto at = args.indexOf(QStringLiteral("--packets"));
    if (at > 0 && at + 1 < args.size()) {
        bool ok = false;
        g_packets = args.at(at + 1).toInt(&ok);
        if (!ok || g_packets < 1) {
            qCritical("--packets takes a positive number");
            return 2;
        }
        args.remove(at, 2);
    }
    BenchReports bench;
    return QTest::qExec(&bench, args);
}

#include "bench_reports.moc"

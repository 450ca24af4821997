#include "BenchDemo.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <functional>

using namespace debrief;

namespace {

/// Rows a candidate table shows at once on a large screen; a keystroke is
/// "done" when these are ready to paint.
constexpr int kVisibleRows = 40;
/// The roles a table view asks for when it paints a cell.
constexpr int kPaintRoles[] = {Qt::DisplayRole, Qt::FontRole, Qt::ForegroundRole,
                               Qt::TextAlignmentRole, Qt::DecorationRole};
const QDate kToday(2026, 11, 20);

int g_candidates = 20000;

/// Processor time per call, in ms: unlike QBENCHMARK's wall-clock figure it
/// does not grow when other processes share the machine (std::clock() is
/// process time on Linux and macOS; on Windows it is wall time).
double cpuMsPerCall(const std::function<void()>& work, int calls = 5) {
    const std::clock_t start = std::clock();
    for (int i = 0; i < calls; ++i)
        work();
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / calls;
}

/// Writes the benchmark's data to `path`: the demo (seed 1, kToday) with
/// g_candidates extra candidates, all in the opening ready for its
/// debrief, whose id it gives.
Result<RowId> writeDatabase(const QString& path) {
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    return bench::writeCrowdedDemo(**db, kToday, g_candidates);
}

} // namespace

/// How the candidate list of one opening with 20,000 applicants (the demo
/// data's scale mode, all extra applicants in the debrief opening) answers a
/// keystroke in the search field and a change of the stage filter, next to
/// two baselines: the unfiltered first page and a naive load of every row.
///
/// Each search or stage case sets its filter once, then times reload() and
/// reading the visible rows: setSearchText() and setStageFilter() store the
/// new filter and call exactly that reload(), so every iteration repeats one
/// keystroke's work (the filter bar's debounce timer comes on top of it).
/// A search runs over the list's search index, read on the first search and
/// again after every write: searchAfterAChange times a keystroke that must
/// read it again.
class BenchCandidateList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void baselineUnfilteredFirstPage();
    void baselineFullLoadOfEveryRow();
    void searchKeystroke_data();
    void searchKeystroke();
    void searchAfterAChange_data();
    void searchAfterAChange();
    void typingTheWholeName();
    void stageFilter_data();
    void stageFilter();
    void keystrokeCountAndPage_data();
    void keystrokeCountAndPage();

private:
    /// What a view does after a reset: count rows and read the visible cells.
    int touchVisibleRows() const { return touchVisibleRows(*m_model); }
    static int touchVisibleRows(const CandidateTableModel& model);

    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<CandidateTableModel> m_model;
    RowId m_openingId = kNoRow;
    QString m_name;
};

void BenchCandidateList::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Figures are quoted from Release builds (docs/BENCHMARKS.md); say
    // which this is, so that a Debug run's figures are not taken for them.
#ifdef NDEBUG
    qInfo("a Release build (NDEBUG)");
#else
    qInfo("a Debug build: quote figures from a Release build");
#endif
    const QString path = m_dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    auto opening = writeDatabase(path);
    QVERIFY2(opening, qPrintable(opening.errorMessage()));
    QVERIFY(*opening != kNoRow);
    m_openingId = *opening;
    qInfo("generated %d extra candidates in %lld ms", g_candidates, timer.elapsed());

    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(kToday);
    QVERIFY(m_session->open(path).ok());
    m_model = std::make_unique<CandidateTableModel>(*m_session);
    QVERIFY(m_model->setOpening(m_openingId).ok());
    QVERIFY(m_model->matchingCount() >= g_candidates);
    qInfo("the opening lists %d candidates", m_model->matchingCount());

    // A real name from the middle of the list, so the prefixes match the
    // way a user's typing would; plain ASCII so the figures' labels print
    // the same everywhere.
    auto everyone = m_session->pipeline().rowsForOpening(m_openingId);
    QVERIFY(everyone.ok() && !everyone->isEmpty());
    for (auto i = everyone->size() / 2; i < everyone->size() && m_name.isEmpty(); ++i) {
        const QString name = everyone->at(i).candidateName.toLower();
        const bool ascii =
            std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii && name.size() >= 8)
            m_name = name;
    }
    QVERIFY(!m_name.isEmpty());
}

int BenchCandidateList::touchVisibleRows(const CandidateTableModel& model) {
    const int rows = std::min(model.rowCount(), kVisibleRows);
    int filled = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : kPaintRoles)
                filled += model.data(index, role).isValid() ? 1 : 0;
        }
    }
    return filled;
}

void BenchCandidateList::baselineUnfilteredFirstPage() {
    // A list that was never searched, as the window shows it at start-up:
    // the first page and the count from SQL.
    CandidateTableModel fresh(*m_session);
    QVERIFY(fresh.setOpening(m_openingId).ok());
    QBENCHMARK {
        QVERIFY(fresh.reload().ok());
        QVERIFY(touchVisibleRows(fresh) > 0);
    }
    qInfo("cpu: %.1f ms", cpuMsPerCall([&fresh] {
              (void)fresh.reload();
              touchVisibleRows(fresh);
          }));
}

void BenchCandidateList::baselineFullLoadOfEveryRow() {
    // What a list that loads everything (and filters in memory) pays once.
    PipelineQuery query = m_session->pipeline();
    QBENCHMARK {
        auto rows = query.rowsForOpening(m_openingId);
        QVERIFY(rows.ok() && rows->size() >= g_candidates);
    }
    qInfo("cpu: %.1f ms",
          cpuMsPerCall([&query, this] { (void)query.rowsForOpening(m_openingId); }, 2));
}

void BenchCandidateList::searchKeystroke_data() {
    QTest::addColumn<QString>("text");
    // "a", "an", "ann", … up to the whole first name and a bit of the surname.
    const int length = std::min<int>(static_cast<int>(m_name.size()), 8);
    for (int n = 1; n <= length; ++n) {
        const QString prefix = m_name.left(n);
        if (!prefix.endsWith(QLatin1Char(' ')))
            QTest::newRow(qPrintable(prefix)) << prefix;
    }
}

void BenchCandidateList::searchKeystroke() {
    QFETCH(QString, text);
    QVERIFY(m_model->setStageFilter(std::nullopt).ok());
    QVERIFY(m_model->setSearchText(text).ok());
    QVERIFY(m_model->matchingCount() > 0);
    QBENCHMARK {
        QVERIFY(m_model->reload().ok());
        QVERIFY(touchVisibleRows() > 0);
    }
    qInfo("\"%s\" matches %d of the opening's candidates; cpu: %.1f ms", qPrintable(text),
          m_model->matchingCount(), cpuMsPerCall([this] {
              (void)m_model->reload();
              touchVisibleRows();
          }));
}

void BenchCandidateList::searchAfterAChange_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("broad") << m_name.left(1);
    QTest::newRow("narrow") << m_name.left(8);
}

void BenchCandidateList::searchAfterAChange() {
    // A keystroke right after a write to the database (one application's
    // row changed, as an edit in the detail pane does): the list's search
    // index must be read again before the search runs. The write is not
    // timed, only the keystroke after it; averaged over a few.
    QFETCH(QString, text);
    QVERIFY(m_model->setStageFilter(std::nullopt).ok());
    QVERIFY(m_model->setSearchText(text).ok());
    const RowId touched = m_model->pipelineRow(0).applicationId;
    constexpr int kRuns = 10;
    qint64 wallNs = 0;
    std::clock_t cpu = 0;
    for (int run = 0; run < kRuns; ++run) {
        auto written = m_session->database().exec(
            QStringLiteral("UPDATE applications SET updated_at = updated_at WHERE id = ?"),
            {touched});
        QVERIFY(written);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        QVERIFY(m_model->reload().ok());
        QVERIFY(touchVisibleRows() > 0);
        cpu += std::clock() - start;
        wallNs += timer.nsecsElapsed();
    }
    QTest::setBenchmarkResult(double(wallNs) / 1e6 / kRuns, QTest::WalltimeMilliseconds);
    qInfo("\"%s\" after a write matches %d; cpu: %.1f ms", qPrintable(text),
          m_model->matchingCount(), 1000.0 * double(cpu) / CLOCKS_PER_SEC / kRuns);
}

void BenchCandidateList::typingTheWholeName() {
    // The same keystrokes through setSearchText() itself, and clearing the
    // field at the end: per keystroke, divide by the number of prefixes + 1.
    const int length = std::min<int>(static_cast<int>(m_name.size()), 8);
    qInfo("typing %d keystrokes of \"%s\" and clearing the field", length,
          qPrintable(m_name.left(length)));
    QBENCHMARK {
        for (int n = 1; n <= length; ++n) {
            QVERIFY(m_model->setSearchText(m_name.left(n)).ok());
            touchVisibleRows();
        }
        QVERIFY(m_model->setSearchText({}).ok());
        touchVisibleRows();
    }
}

void BenchCandidateList::stageFilter_data() {
    QTest::addColumn<int>("stage");
    QTest::addColumn<bool>("searchedBefore");
    for (const bool searched : {false, true}) {
        const char* how = searched ? ", after a search" : "";
        QTest::addRow("all stages%s", how) << -1 << searched;
        for (const PipelineStage stage : {PipelineStage::Applied, PipelineStage::Screen,
                                          PipelineStage::Interview, PipelineStage::Rejected}) {
            QTest::addRow("%s%s", qPrintable(toKey(stage)), how)
                << static_cast<int>(stage) << searched;
        }
    }
}

void BenchCandidateList::stageFilter() {
    // A list whose search index is current (the search field was used and
    // nothing was written since) answers from it; one that was never
    // searched (a fresh model) asks SQL, as the window does at start-up.
    QFETCH(int, stage);
    QFETCH(bool, searchedBefore);
    CandidateTableModel fresh(*m_session);
    CandidateTableModel& model = searchedBefore ? *m_model : fresh;
    QVERIFY(model.setOpening(m_openingId).ok());
    if (searchedBefore)
        QVERIFY(model.setSearchText(m_name.left(1)).ok());
    QVERIFY(model.setSearchText({}).ok());
    const auto filter = stage < 0 ? std::nullopt : std::optional(static_cast<PipelineStage>(stage));
    QVERIFY(model.setStageFilter(filter).ok());
    QBENCHMARK {
        QVERIFY(model.reload().ok());
        touchVisibleRows(model);
    }
    qInfo("the stage filter keeps %d candidates; cpu: %.1f ms", model.matchingCount(),
          cpuMsPerCall([&model] {
              (void)model.reload();
              touchVisibleRows(model);
          }));
}

void BenchCandidateList::keystrokeCountAndPage_data() {
    QTest::addColumn<bool>("count");
    QTest::newRow("count") << true;
    QTest::newRow("first page") << false;
}

void BenchCandidateList::keystrokeCountAndPage() {
    // A keystroke's two queries apart, for the second letter of the name:
    // how many match (for the scroll bar), and the first page of them.
    QFETCH(bool, count);
    PipelineFilter filter;
    filter.search = m_name.left(2);
    PipelineQuery query = m_session->pipeline();
    QBENCHMARK {
        if (count)
            QVERIFY(query.count(m_openingId, filter).ok());
        else
            QVERIFY(query.page(m_openingId, filter, 0, CandidateTableModel::kPageSize).ok());
    }
}

/// Takes `--candidates N` (default 20,000) before Qt Test's own options, so
/// that the CTest smoke run can use a small list. `--write-db FILE` writes
/// the benchmark's data to FILE and exits, for the start-up benchmark
/// (`debrief --db FILE --benchmark-startup`) to open the same list.
int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    QString writeTo;
    if (const auto at = args.indexOf(QStringLiteral("--write-db"));
        at > 0 && at + 1 < args.size()) {
        writeTo = args.at(at + 1);
        args.remove(at, 2);
    }
    const auto at = args.indexOf(QStringLiteral("--candidates"));
    if (at > 0 && at + 1 < args.size()) {
        bool ok = false;
        g_candidates = args.at(at + 1).toInt(&ok);
        if (!ok || g_candidates < 1) {
            qCritical("--candidates takes a positive number");
            return 2;
        }
        args.remove(at, 2);
    }
    if (!writeTo.isEmpty()) {
        auto opening = writeDatabase(writeTo);
        if (!opening) {
            qCritical("%s", qPrintable(opening.errorMessage()));
            return 1;
        }
        return 0;
    }
    BenchCandidateList bench;
    return QTest::qExec(&bench, args);
}

#include "bench_candidatelist.moc"

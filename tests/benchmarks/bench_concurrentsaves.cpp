#include "BenchArguments.h"
#include "PostgresServer.h"
#include "ScoringPanel.h"

#include "scoring/ScorecardWorkflow.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <latch>
#include <memory>

using namespace debrief;
using debrief::test::PanelLogins;
using debrief::test::PostgresServer;
using debrief::test::ScoringPanel;

namespace {

/// `--clients N`: simulated panelists in the crowded run.
int g_clients = 30;
/// `--saves N`: timed saves per client and run.
int g_saves = 40;
/// `--pace MS`: each client's pause between two saves; 500 is the scorecard
/// editor's autosave delay, so a panelist typing without a break saves at
/// about this rate. 0 saves back to back (saturation).
int g_paceMs = 500;
/// `--pairs N`: one client, then all clients, N times in turn.
int g_pairs = 2;
constexpr int kCardsEach = 20;
const QDateTime kNow(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC);

/// Nearest-rank percentile of sorted values.
double percentile(const QList<double>& sorted, double q) {
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// One simulated panelist: their login and the drafts they keep saving.
struct Client {
    ServerAddress login;
    QList<Scorecard> cards;
};

} // namespace

/// Save latency of a scorecard draft on the shared server with one panelist
/// and with a whole crowd at once (docs/BENCHMARKS.md, "Concurrent scorecard
/// saves"): each client is a thread with its own connection under its own
/// LOGIN role, saving its own drafts (ScorecardWorkflow::saveDraft: the
/// versioned update and the ratings, one transaction) every `--pace` ms,
/// the crowd's clients spread evenly over that pause. Prints p50 and p95 of
/// every timed save for each run and the ratio p95(crowd) ÷ p95(one) per
/// pair, and their median. Asserts nothing about speed.
class BenchConcurrentSaves : public QObject {
    Q_OBJECT

private:
    ScoringPanel m_panel;
    QList<ServerAddress> m_logins;
    std::unique_ptr<Database> m_admin;
    const QString m_name = QStringLiteral("debrief_bench_saves");
    const QString m_prefix = QStringLiteral("debrief_bench");

    /// `clients` clients save `g_saves` times each, all at once; every
    /// save's wall time in ms (empty, with a warning, when one failed).
    QList<double> run(QList<Client>& clients, int active) {
        QList<QList<double>> times(active);
        QStringList problems(active);
        std::latch start(active);
        QList<QThread*> threads;
        for (int c = 0; c < active; ++c) {
            threads.append(QThread::create([&, c] {
                Client& client = clients[c];
                // A connection belongs to the thread that opened it.
                auto db = Database::openPostgres(client.login, Database::OpenMode::MustExist);
                start.arrive_and_wait();
                if (!db) {
                    problems[c] = db.errorMessage();
                    return;
                }
                ScorecardWorkflow workflow(**db);
                // Spread over the pause, as real autosaves are.
                if (g_paceMs > 0)
                    QThread::msleep(ulong(g_paceMs * c / active));
                QElapsedTimer clock;
                for (int s = 0; s < g_saves; ++s) {
                    Scorecard& card = client.cards[s % client.cards.size()];
                    ScoringPanel::edit(card, c * 100000 + s);
                    clock.start();
                    const auto saved = workflow.saveDraft(card, kNow);
                    times[c].append(double(clock.nsecsElapsed()) / 1e6);
                    if (!saved) {
                        problems[c] = saved.errorMessage();
                        return;
                    }
                    if (g_paceMs > 0)
                        QThread::msleep(ulong(g_paceMs));
                }
            }));
            threads.constLast()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        QList<double> all;
        for (int c = 0; c < active; ++c) {
            if (!problems.at(c).isEmpty()) {
                qWarning("client %d: %s", c, qPrintable(problems.at(c)));
                return {};
            }
            all.append(times.at(c));
        }
        std::sort(all.begin(), all.end());
        return all;
    }

private slots:
    void initTestCase() {
        const auto address = PostgresServer::freshDatabase(m_name);
        QVERIFY2(address, "the test server is needed (scripts/pg-test-server, or ctest)");
        auto admin = Database::openPostgres(*address, Database::OpenMode::CreateIfMissing);
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        m_admin = std::move(admin).value();
        auto panel = ScoringPanel::build(*m_admin, g_clients, kCardsEach);
        QVERIFY2(panel, qPrintable(panel.errorMessage()));
        m_panel = *panel;
        auto logins = PanelLogins::create(*address, m_prefix, g_clients);
        QVERIFY(logins);
        m_logins = *logins;
    }

    void saveLatency() {
        // Every client's drafts are there before any save is timed; only
        // the client saves them from then on, so its versions stay current.
        QList<Client> clients(g_clients);
        ScorecardWorkflow workflow(*m_admin);
        for (int c = 0; c < g_clients; ++c) {
            clients[c].login = m_logins.at(c);
            for (int k = 0; k < kCardsEach; ++k) {
                Scorecard card =
                    m_panel.draft(m_panel.interviews.at(k), m_panel.panelists.at(c), c * 100 + k);
                QVERIFY(workflow.saveDraft(card, kNow).ok());
                clients[c].cards.append(card);
            }
        }
        std::printf("concurrent scorecard saves: %d saves per client, pause %d ms, %d pairs\n",
                    g_saves, g_paceMs, g_pairs);
        QList<double> ratios;
        QList<double> oneP50, oneP95, crowdP50, crowdP95;
        for (int pair = 0; pair < g_pairs; ++pair) {
            const QList<double> one = run(clients, 1);
            QVERIFY(!one.isEmpty());
            const QList<double> crowd = run(clients, g_clients);
            QVERIFY(!crowd.isEmpty());
            oneP50.append(percentile(one, 0.50));
            oneP95.append(percentile(one, 0.95));
            crowdP50.append(percentile(crowd, 0.50));
            crowdP95.append(percentile(crowd, 0.95));
            ratios.append(crowdP95.constLast() / oneP95.constLast());
            std::printf("pair %d: 1 client p50 %.2f ms p95 %.2f ms (%lld saves); %d clients p50 "
                        "%.2f ms p95 %.2f ms (%lld saves); p95 ratio %.2f\n",
                        pair + 1, oneP50.constLast(), oneP95.constLast(),
                        static_cast<long long>(one.size()), g_clients, crowdP50.constLast(),
                        crowdP95.constLast(), static_cast<long long>(crowd.size()),
                        ratios.constLast());
            std::fflush(stdout);
        }
        std::printf("median: 1 client p50 %.2f ms p95 %.2f ms; %d clients p50 %.2f ms p95 %.2f "
                    "ms; p95(%d) / p95(1) = %.2f (goal: at most 3)\n",
                    median(oneP50), median(oneP95), g_clients, median(crowdP50), median(crowdP95),
                    g_clients, median(ratios));
        std::fflush(stdout);
    }

    void cleanupTestCase() {
        m_admin.reset();
        if (const auto admin = PostgresServer::admin()) {
            PostgresServer::run(admin->database, QStringLiteral("DROP DATABASE IF EXISTS ") +
                                                     m_name + QStringLiteral(" WITH (FORCE)"));
            PanelLogins::drop(*admin, m_prefix, g_clients);
        }
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    using debrief::bench::takePositiveOption;
    if (!takePositiveOption(args, QStringLiteral("--clients"), g_clients) ||
        !takePositiveOption(args, QStringLiteral("--saves"), g_saves) ||
        !takePositiveOption(args, QStringLiteral("--pairs"), g_pairs))
        return 2;
    // A pause of 0 is allowed: read it before the positive-number options.
    if (const auto at = args.indexOf(QStringLiteral("--pace")); at > 0 && at + 1 < args.size()) {
        bool ok = false;
        g_paceMs = args.at(at + 1).toInt(&ok);
        if (!ok || g_paceMs < 0) {
            std::fprintf(stderr, "--pace takes a number of milliseconds\n");
            return 2;
        }
        args.remove(at, 2);
    }
    BenchConcurrentSaves bench;
    return QTest::qExec(&bench, args);
}

#include "bench_concurrentsaves.moc"

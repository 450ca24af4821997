#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

namespace {

/// What reads scorecards straight from storage: the repository, the
/// session's accessor for it, or SQL on the scorecards table.
const QRegularExpression kReadsScorecards(
    QStringLiteral("\\bScorecardRepository\\b|\\bscorecards\\(\\)|\\b(FROM|JOIN) scorecards\\b"));

struct Allowed {
    /// Why this file may read scorecards without going through blind scoring.
    const char* why;
    /// A word the file must also contain (the reader it filters through).
    const char* mustAlsoUse = nullptr;
};

/// Files (or folders, ending in '/') under the source tree that may read
/// scorecards directly, and why. Everything that shows a score, a note or a
/// recommendation to someone goes through lib/core/scoring instead
/// (BlindScoringPolicy via VisibleScorecards or ApplicationScorecards).
const QHash<QString, Allowed> kAllowed = {
    {QStringLiteral("lib/core/scoring/"), {"the rule itself and its readers"}},
    {QStringLiteral("lib/core/storage/"),
     {"the repository (its seats, without content, for the counts of the pipeline, panelist "
      "and rubric removal)"}},
    {QStringLiteral("lib/core/interchange/"),
     {"file formats that move whole records between databases, shown to nobody"}},
    {QStringLiteral("lib/core/demo/"), {"writes the demo's cards"}},
    {QStringLiteral("lib/core/privacy/"),
     {"a person's own data: their export for a subject access request (the data controller's, so "
      "blind scoring does not apply), and removing their text or records; shows none to a "
      "panelist"}},
    {QStringLiteral("lib/core/correspondence/TalentPoolQuery.cpp"),
     {"reads the pool's ratings in one query, then keeps those of the cards the viewer may see",
      "ApplicationScorecards"}},
    {QStringLiteral("lib/core/scheduling/InterviewScheduler.cpp"),
     {"whether an interview has cards before it is unscheduled or cancelled; shows none"}},
    {QStringLiteral("lib/core/scheduling/MyInterviewsQuery.cpp"),
     {"the viewer's own cards only: which of theirs are still owed"}},
    {QStringLiteral("lib/core/server/ServerInit.cpp"),
     {"the server's twin of the rule (row-level security, debrief_may_see_scorecard), which "
      "every read on a panel server passes"}},
    {QStringLiteral("lib/core/pipeline/CandidateDetails.cpp"),
     {"counts submitted and draft cards per interview from their seats (no content), shows "
      "none",
      "seatsForApplication"}},
};

const Allowed* allowedFor(const QString& relative) {
    for (auto it = kAllowed.cbegin(); it != kAllowed.cend(); ++it) {
        if (it.key().endsWith(QLatin1Char('/')) ? relative.startsWith(it.key())
                                                : relative == it.key())
            return &it.value();
    }
    return nullptr;
}

} // namespace

/// Blind scoring is one rule, and every read of scorecards for display goes
/// through it: no file of lib/ or app/ outside a short, explained list reads
/// the scorecards table or its repository directly.
class TestScorecardReaders : public QObject {
    Q_OBJECT

private slots:
    void patternFindsEveryWayIn() {
        QVERIFY(kReadsScorecards.match(QStringLiteral("ScorecardRepository(db).forOpening(1)"))
                    .hasMatch());
        QVERIFY(kReadsScorecards.match(QStringLiteral("session.scorecards().forInterview(2)"))
                    .hasMatch());
        QVERIFY(kReadsScorecards.match(QStringLiteral("\"SELECT * FROM scorecards WHERE\""))
                    .hasMatch());
        QVERIFY(kReadsScorecards.match(QStringLiteral("JOIN scorecards s ON")).hasMatch());
        QVERIFY(!kReadsScorecards.match(QStringLiteral("ApplicationScorecards::load")).hasMatch());
        QVERIFY(!kReadsScorecards.match(QStringLiteral("VisibleScorecards")).hasMatch());
        // The view of seats (migration 12) holds no scores, evidence or
        // recommendation: counts read it anywhere.
        QVERIFY(!kReadsScorecards
                     .match(QStringLiteral("\"SELECT COUNT(*) FROM scorecard_seats "
                                           "s JOIN\""))
                     .hasMatch());
    }

    void onlyTheListedFilesReadScorecards() {
        const QString root = QStringLiteral(DEBRIEF_SOURCE_DIR);
        QStringList unexpected;
        int allowedSeen = 0;
        for (const QString& top : {QStringLiteral("lib"), QStringLiteral("app")}) {
            QDirIterator it(root + QLatin1Char('/') + top,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                if (!kReadsScorecards.match(text).hasMatch())
                    continue;
                const QString relative = path.mid(root.size() + 1);
                const Allowed* allowed = allowedFor(relative);
                if (!allowed) {
                    unexpected.append(relative);
                    continue;
                }
                ++allowedSeen;
                if (allowed->mustAlsoUse)
                    QVERIFY2(text.contains(QLatin1String(allowed->mustAlsoUse)),
                             qPrintable(relative));
            }
        }
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(QStringLiteral("Read scorecards through lib/core/scoring "
                                           "(VisibleScorecards, ApplicationScorecards): ") +
                            unexpected.join(QStringLiteral(", "))));
        QVERIFY(allowedSeen >= 5);
    }
};

QTEST_GUILESS_MAIN(TestScorecardReaders)
#include "tst_scorecardreaders.moc"

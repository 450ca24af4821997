// The retention period (lib/core/privacy): its text form, where it is kept,
// who it makes due (checked against a second reading of the rule, written
// here from the raw tables), and what anonymising them does on the demo
// database: the personal text gone from the file's bytes after the scrub,
// every statistic unchanged.
#include "PrivacyFixture.h"
#include "TestDatabase.h"

#include "correspondence/CommunicationLog.h"
#include "pipeline/PipelineWorkflow.h"
#include "privacy/Anonymiser.h"
#include "privacy/RetentionPolicy.h"
#include "privacy/RetentionSettings.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::PrivacyFixture;

namespace {

const QString kActor = QStringLiteral("Data protection test");

/// The rule a second time, from the raw tables: every application of the
/// candidate rejected or withdrawn and not on hold, and the latest of the
/// timestamps on and around their applications before the cutoff day.
QList<RowId> dueByHand(Database& db, const QDate& cutoff) {
    QHash<RowId, QList<QString>> stages;
    QHash<RowId, QDateTime> latest;
    QSet<RowId> anonymised;
    const auto later = [&latest](RowId id, const QString& stamp) {
        const QDateTime when = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (when.isValid() && (!latest.contains(id) || when > latest[id]))
            latest[id] = when;
    };
    auto candidates = db.exec(QStringLiteral("SELECT id FROM candidates "
                                             "WHERE anonymised_at IS NOT NULL"));
    while (candidates->next())
        anonymised.insert(candidates->value(0).toLongLong());
    auto applications =
        db.exec(QStringLiteral("SELECT candidate_id, stage, on_hold, updated_at, uuid, id "
                               "FROM applications"));
    QHash<QString, RowId> byUuid;
    QHash<RowId, RowId> byId;
    while (applications->next()) {
        const RowId who = applications->value(0).toLongLong();
        const bool held = applications->value(2).toBool();
        stages[who].append(held ? QStringLiteral("held") : applications->value(1).toString());
        later(who, applications->value(3).toString());
        byUuid.insert(applications->value(4).toString(), who);
        byId.insert(applications->value(5).toLongLong(), who);
    }
    for (const char* sql : {"SELECT application_id, occurred_at FROM communications",
                            "SELECT application_id, updated_at FROM rejection_drafts",
                            "SELECT application_id, sent_at FROM rejection_drafts",
                            "SELECT i.application_id, s.updated_at FROM scorecards s "
                            "JOIN interviews i ON i.id = s.interview_id"}) {
        auto rows = db.exec(QString::fromLatin1(sql));
        while (rows->next())
            later(byId.value(rows->value(0).toLongLong()), rows->value(1).toString());
    }
    auto audit = db.exec(QStringLiteral("SELECT entity_uuid, occurred_at FROM audit_log"));
    while (audit->next()) {
        if (byUuid.contains(audit->value(0).toString()))
            later(byUuid.value(audit->value(0).toString()), audit->value(1).toString());
    }
    QList<RowId> due;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        const bool closed = std::all_of(it->cbegin(), it->cend(), [](const QString& s) {
            return s == QLatin1String("rejected") || s == QLatin1String("withdrawn");
        });
        if (closed && !anonymised.contains(it.key()) &&
            latest.value(it.key()).toLocalTime().date() < cutoff)
            due.append(it.key());
    }
    std::sort(due.begin(), due.end());
    return due;
}

QList<RowId> idsOf(const QList<RetentionCase>& cases) {
    QList<RowId> ids;
    for (const RetentionCase& c : cases)
        ids.append(c.candidateId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString textOf(Database& db, const QString& sql, RowId id) {
    auto query = db.exec(sql, {id});
    return query && query->next() ? query->value(0).toString() : QStringLiteral("<no row>");
}

} // namespace

class TestRetention : public QObject {
    Q_OBJECT

private slots:
    void init();
    void periodIsReadAndWritten();
    void periodIsKeptInTheDatabase();
    void dryRunFollowsTheRule();
    void openOrHeldApplicationKeepsSomeone();
    void applyRemovesThePersonalTextAndKeepsTheStatistics();
    void auditKeepsStagesAndLosesText();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("demo.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRetention::init() {
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = PrivacyFixture::demo(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestRetention::periodIsReadAndWritten() {
    const auto months = RetentionPeriod::fromText(QStringLiteral(" 12M "));
    QVERIFY2(months, qPrintable(months.errorMessage()));
    QCOMPARE(months->count, 12);
    QCOMPARE(months->unit, RetentionPeriod::Unit::Months);
    QCOMPARE(months->toText(), QStringLiteral("12m"));
    QVERIFY(months->toDisplayText().startsWith(QStringLiteral("12 month")));
    const auto years = RetentionPeriod::fromText(QStringLiteral("2y"));
    QVERIFY(years);
    QCOMPARE(years->toText(), QStringLiteral("24m"));
    const auto days = RetentionPeriod::fromText(QStringLiteral("180d"));
    QVERIFY(days);
    QVERIFY(days->toDisplayText().startsWith(QStringLiteral("180 day")));
    // The cutoff is the first day not yet past the period: 12 months before
    // 7 December 2026, and 180 days before it (183 days back is 7 June).
    QCOMPARE(months->cutoff(QDate(2026, 12, 7)), QDate(2025, 12, 7));
    QCOMPARE(days->cutoff(QDate(2026, 12, 7)), QDate(2026, 6, 10));
    for (const char* bad : {"", "12", "m", "12 weeks", "0m", "121m", "3661d", "-3m", "1.5m"}) {
        const auto parsed = RetentionPeriod::fromText(QString::fromLatin1(bad));
        QVERIFY2(!parsed, bad);
        QVERIFY2(!parsed.errorMessage().isEmpty(), bad);
    }
    QVERIFY(RetentionPeriod::fromText(QStringLiteral("120m")));
    QVERIFY(RetentionPeriod::fromText(QStringLiteral("3660d")));
}

void TestRetention::periodIsKeptInTheDatabase() {
    RetentionSettings settings(*m_db);
    auto none = settings.period();
    QVERIFY2(none, qPrintable(none.errorMessage()));
    QVERIFY(!none->has_value());
    QVERIFY(settings.setPeriod(RetentionPeriod{6, RetentionPeriod::Unit::Months}));
    QVERIFY(settings.setPeriod(RetentionPeriod{9, RetentionPeriod::Unit::Months}));
    auto stored = m_db->exec(QStringLiteral("SELECT setting_value FROM database_settings "
                                            "WHERE name = 'retention_period'"));
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("9m"));
    // Read back through a second connection: the period is the file's.
    {
        auto other = test::TestDatabase::open(path(), Database::OpenMode::MustExist);
        QVERIFY(other);
        auto readBack = RetentionSettings(**other).period();
        QVERIFY(readBack && readBack->has_value());
        QCOMPARE(**readBack, (RetentionPeriod{9, RetentionPeriod::Unit::Months}));
    }
    QVERIFY(!settings.setPeriod(RetentionPeriod{0, RetentionPeriod::Unit::Days}));
    QVERIFY(settings.setPeriod(std::nullopt));
    auto removed = settings.period();
    QVERIFY(removed && !removed->has_value());
}

void TestRetention::dryRunFollowsTheRule() {
    const QDate today = PrivacyFixture::demoDay();
    int seenNonEmpty = 0;
    for (const auto& period : {RetentionPeriod{14, RetentionPeriod::Unit::Days},
                               RetentionPeriod{30, RetentionPeriod::Unit::Days},
                               RetentionPeriod{2, RetentionPeriod::Unit::Months}}) {
        auto due = RetentionPolicy::due(*m_db, period, today);
        QVERIFY2(due, qPrintable(due.errorMessage()));
        QCOMPARE(idsOf(*due), dueByHand(*m_db, period.cutoff(today)));
        seenNonEmpty += due->isEmpty() ? 0 : 1;
        for (const RetentionCase& c : std::as_const(*due)) {
            QVERIFY(c.lastActivity < period.cutoff(today));
            QVERIFY(c.applications >= 1);
        }
    }
    QVERIFY(seenNonEmpty >= 2);
    // A longer period lists fewer, and one of ten years nobody in the demo.
    auto fourteen = RetentionPolicy::due(*m_db, {14, RetentionPeriod::Unit::Days}, today);
    auto sixty = RetentionPolicy::due(*m_db, {60, RetentionPeriod::Unit::Days}, today);
    QVERIFY(fourteen->size() > sixty->size());
    auto decade = RetentionPolicy::due(*m_db, {120, RetentionPeriod::Unit::Months}, today);
    QVERIFY(decade && decade->isEmpty());
    // The hired, the chosen and everyone in process are never due, however long ago.
    auto later = RetentionPolicy::due(*m_db, {1, RetentionPeriod::Unit::Days}, today.addYears(5));
    QVERIFY(later);
    auto closed = m_db->exec(QStringLiteral(
        "SELECT COUNT(DISTINCT candidate_id) FROM applications WHERE candidate_id NOT IN "
        "(SELECT candidate_id FROM applications WHERE stage NOT IN ('rejected', 'withdrawn') "
        "OR on_hold)"));
    QVERIFY(closed->next());
    QCOMPARE(later->size(), closed->value(0).toInt());
    const RowId lukasz = PrivacyFixture::candidateNamed(*m_db, QStringLiteral("Łukasz Nowak"));
    const RowId lan = PrivacyFixture::candidateNamed(*m_db, QStringLiteral("Nguyễn Thị Lan"));
    QVERIFY(idsOf(*later).contains(lukasz));
    QVERIFY(!idsOf(*later).contains(lan)); // hired
    // Łukasz is in the talent pool: listed, and marked so.
    const auto pooled = std::find_if(later->cbegin(), later->cend(),
                                     [lukasz](const auto& c) { return c.candidateId == lukasz; });
    QVERIFY(pooled->talentPool);
    // A dry run changes nothing.
    const QStringList before = PrivacyFixture::statistics(*m_db, today);
    QCOMPARE(PrivacyFixture::personalTextByCandidate(*m_db).value(lukasz).isEmpty(), false);
    QCOMPARE(textOf(*m_db, QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), lukasz),
             QStringLiteral("Łukasz Nowak"));
    QCOMPARE(PrivacyFixture::statistics(*m_db, today), before);
}

void TestRetention::openOrHeldApplicationKeepsSomeone() {
    const QDate today = PrivacyFixture::demoDay().addYears(2);
    const RetentionPeriod period{12, RetentionPeriod::Unit::Months};
    auto due = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(due && due->size() >= 3);
    const RowId first = due->at(0).candidateId;
    const RowId second = due->at(1).candidateId;
    // One applies again (still open), the other's application is put on hold.
    auto application = ApplicationRepository(*m_db).forCandidate(first);
    QVERIFY(application && !application->isEmpty());
    Application again;
    again.candidateId = first;
    auto other =
        m_db->exec(QStringLiteral("SELECT id FROM openings WHERE id NOT IN (SELECT opening_id FROM "
                                  "applications WHERE candidate_id = ?) ORDER BY id LIMIT 1"),
                   {first});
    QVERIFY(other && other->next());
    again.openingId = other->value(0).toLongLong();
    again.stage = PipelineStage::Applied;
    again.updatedAt = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC); // old, and still open
    QVERIFY(ApplicationRepository(*m_db).insert(again));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE applications SET on_hold = ? WHERE candidate_id = ?"),
                       {true, second}));
    auto now = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(now);
    QVERIFY(!idsOf(*now).contains(first));
    QVERIFY(!idsOf(*now).contains(second));
    QCOMPARE(now->size(), due->size() - 2);
    QCOMPARE(idsOf(*now), dueByHand(*m_db, period.cutoff(today)));
}

void TestRetention::applyRemovesThePersonalTextAndKeepsTheStatistics() {
    // Debian's SQLite zeroes deleted content (SECURE_DELETE); builds that do
    // not leave it in free space until the scrub's VACUUM: test as those.
    QVERIFY(PrivacyFixture::keepDeletedContent(*m_db));
    const QDate today = PrivacyFixture::demoDay();
    const RetentionPeriod period{30, RetentionPeriod::Unit::Days};
    auto due = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(due && due->size() >= 5);
    const QList<RowId> affected = idsOf(*due);
    const QStringList before = PrivacyFixture::statistics(*m_db, today);
    QVERIFY2(before.size() > 50, qPrintable(before.join(u'\n')));
    const QStringList distinctive = PrivacyFixture::distinctiveText(*m_db, affected);
    // Every name and address of theirs is in that list, and the file holds them now.
    for (const RowId id : affected) {
        for (const char* column : {"full_name", "email"}) {
            const QString value = textOf(
                *m_db,
                QStringLiteral("SELECT %1 FROM candidates WHERE id = ?").arg(QLatin1String(column)),
                id);
            QVERIFY2(distinctive.contains(value), column);
        }
    }
    QVERIFY(distinctive.size() > 4 * affected.size());
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), distinctive), distinctive);
    const QHash<RowId, QStringList> othersBefore = PrivacyFixture::personalTextByCandidate(*m_db);

    const QDateTime now(today, QTime(9, 0), Qt::UTC);
    auto run = RetentionPolicy::apply(*m_db, period, today, kActor, now);
    QVERIFY2(run, qPrintable(run.errorMessage()));
    QCOMPARE(idsOf(run->anonymised), affected);
    QCOMPARE(run->result.candidates, affected.size());
    QVERIFY(run->result.fileScrubbed);

    // The bytes of the file and its log no longer hold any of it.
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), distinctive), QStringList());
    // Statistics and everyone else's data are as they were.
    QCOMPARE(PrivacyFixture::statistics(*m_db, today), before);
    const QHash<RowId, QStringList> othersAfter = PrivacyFixture::personalTextByCandidate(*m_db);
    for (auto it = othersBefore.cbegin(); it != othersBefore.cend(); ++it) {
        if (!affected.contains(it.key()))
            QCOMPARE(othersAfter.value(it.key()), it.value());
    }
    for (const RowId id : affected) {
        QCOMPARE(textOf(*m_db, QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), id),
                 QStringLiteral("Anonymised candidate #%1").arg(id));
        // Only the placeholder name and why it happened are left of their text.
        QCOMPARE(othersAfter.value(id),
                 (QStringList{QStringLiteral("Anonymised candidate #%1").arg(id),
                              QStringLiteral("retention_period=30d")}));
        auto audited = m_db->exec(
            QStringLiteral("SELECT l.actor, l.new_value, l.occurred_at FROM audit_log l JOIN "
                           "candidates c ON c.uuid = l.entity_uuid WHERE c.id = ? AND "
                           "l.field = 'anonymised'"),
            {id});
        QVERIFY(audited && audited->next());
        QCOMPARE(audited->value(0).toString(), kActor);
        QCOMPARE(audited->value(1).toString(), QStringLiteral("retention_period=30d"));
    }
    auto pooled = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM applications a JOIN candidates "
                                            "c ON c.id = a.candidate_id WHERE a.talent_pool AND "
                                            "c.anonymised_at IS NOT NULL"));
    QVERIFY(pooled->next());
    QCOMPARE(pooled->value(0).toInt(), 0);
    auto count = RetentionPolicy::anonymisedCount(*m_db);
    QVERIFY(count);
    QCOMPARE(*count, affected.size());

    // Nobody is due any more, and a second run changes nothing.
    auto again = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(again && again->isEmpty());
    auto rerun = RetentionPolicy::apply(*m_db, period, today, kActor, now);
    QVERIFY(rerun);
    QCOMPARE(rerun->result.candidates, 0);
}

void TestRetention::auditKeepsStagesAndLosesText() {
    const QDate today = PrivacyFixture::demoDay().addYears(2);
    const RetentionPeriod period{12, RetentionPeriod::Unit::Months};
    auto due = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(due && !due->isEmpty());
    // Someone whose one application was rejected.
    RowId who = kNoRow;
    Application application;
    for (const RetentionCase& c : std::as_const(*due)) {
        auto applications = ApplicationRepository(*m_db).forCandidate(c.candidateId);
        QVERIFY(applications);
        if (applications->size() == 1 && applications->at(0).stage == PipelineStage::Rejected) {
            who = c.candidateId;
            application = applications->at(0);
            break;
        }
    }
    QVERIFY(who != kNoRow);
    QVERIFY(PrivacyFixture::keepDeletedContent(*m_db));
    // Long ago: a note written and a stage set, both audited; a message
    // logged and taken back, which leaves entries about a record that is gone.
    const QDateTime then(PrivacyFixture::demoDay(), QTime(10, 0), Qt::UTC);
    const QString note = QStringLiteral("Mentioned a chronic illness in the call");
    ApplicationChange change;
    change.notes = note;
    change.stage = PipelineStage::Withdrawn;
    QVERIFY(PipelineWorkflow(*m_db).change(application.uuid, change, kActor, then));
    CommunicationEntry entry;
    entry.applicationId = application.id;
    entry.occurredAt = then;
    entry.summary = QStringLiteral("Asked about the parental leave policy");
    auto logged = CommunicationLog(*m_db).record(entry, kActor, then, FinalAnswer::No);
    QVERIFY2(logged, qPrintable(logged.errorMessage()));
    QVERIFY(CommunicationLog(*m_db).undo(*logged, kActor, then.addSecs(60)));
    const QStringList secrets{note, entry.summary};
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), secrets), secrets);
    auto stillDue = RetentionPolicy::due(*m_db, period, today);
    QVERIFY(idsOf(*stillDue).contains(who));

    auto run = RetentionPolicy::apply(*m_db, period, today, kActor, QDateTime(today, QTime(8, 0)));
    QVERIFY2(run, qPrintable(run.errorMessage()));
    QVERIFY(run->result.orphanEntries >= 2); // the message's "added" and "removed"
    auto entries = AuditRepository(*m_db).about(application.uuid);
    QVERIFY(entries);
    bool sawStage = false;
    bool sawNotes = false;
    for (const AuditEntry& e : std::as_const(*entries)) {
        if (e.field == QLatin1String("stage")) {
            sawStage = true;
            QCOMPARE(e.newValue, QStringLiteral("withdrawn"));
            QCOMPARE(e.oldValue, QStringLiteral("rejected"));
            QCOMPARE(e.actor, kActor);
            QCOMPARE(e.occurredAt, then);
        } else if (e.field == QLatin1String("notes")) {
            sawNotes = true;
            QVERIFY(e.oldValue.isEmpty() && e.newValue.isEmpty());
        }
    }
    QVERIFY(sawStage && sawNotes);
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), secrets), QStringList());
    QVERIFY(
        Anonymiser::keepsAuditValue(QStringLiteral("scorecard"), QStringLiteral("score:Craft")));
    QVERIFY(!Anonymiser::keepsAuditValue(QStringLiteral("scorecard"),
                                         QStringLiteral("evidence:Craft")));
    QVERIFY(!Anonymiser::keepsAuditValue(QStringLiteral("decision"), QStringLiteral("rationale")));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"

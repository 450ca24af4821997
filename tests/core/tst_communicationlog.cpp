#include "TestDatabase.h"
#include "correspondence/CommunicationLog.h"
#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 15), QTimeZone::utc());
const QString kActor = QStringLiteral("Mei Chen");
const QDate kPromised(2026, 11, 18);
} // namespace

/// CommunicationLog on a real SQLite file: each entry and the promised date
/// it moves are written together, audited, and taken back exactly by undo.
class TestCommunicationLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Application m_application;

    Application stored() { return *ApplicationRepository(*m_db).get(m_application.id); }
    QList<CommunicationEntry> logOf() {
        return *CommunicationRepository(*m_db).forApplication(m_application.id);
    }
    QList<AuditEntry> auditOf(const QString& entity, const QUuid& uuid) {
        auto entries = AuditRepository(*m_db).forEntity(entity, uuid);
        return entries ? *entries : QList<AuditEntry>{};
    }
    CommunicationEntry entry(CommunicationDirection direction, const QString& summary,
                             const QDate& next = {}) {
        CommunicationEntry e;
        e.applicationId = m_application.id;
        e.occurredAt = kNow.addSecs(-3600);
        e.channel = CommunicationChannel::Phone;
        e.direction = direction;
        e.summary = summary;
        e.nextPromisedDate = next;
        return e;
    }

private slots:
    void init() {
        static int n = 0;
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("log%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        Opening opening;
        opening.title = QStringLiteral("Customer Support Lead");
        QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
        Candidate candidate;
        candidate.fullName = QString::fromUtf8("Zoë Brandt");
        QVERIFY(CandidateRepository(*m_db).insert(candidate).ok());
        m_application = Application{};
        m_application.candidateId = candidate.id;
        m_application.openingId = opening.id;
        m_application.stage = PipelineStage::Final;
        m_application.furthestStage = PipelineStage::Final;
        m_application.promisedResponseDate = kPromised;
        QVERIFY(ApplicationRepository(*m_db).insert(m_application).ok());
    }

    void nextPromisedDateMovesThePromiseAndIsAudited() {
        const QDate next(2026, 11, 27);
        auto logged = CommunicationLog(*m_db).record(
            entry(CommunicationDirection::Outbound, QStringLiteral("Called: decision next week."),
                  next),
            kActor, kNow);
        QVERIFY2(logged, qPrintable(logged.errorMessage()));
        QCOMPARE(logged->promisedBefore, kPromised);
        QCOMPARE(logged->promisedAfter, next);
        QCOMPARE(stored().promisedResponseDate, next);
        QCOMPARE(stored().updatedAt, kNow);

        const QList<CommunicationEntry> log = logOf();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].uuid, logged->entry.uuid);
        QCOMPARE(log[0].summary, QStringLiteral("Called: decision next week."));
        QCOMPARE(log[0].occurredAt, kNow.addSecs(-3600));
        QCOMPARE(log[0].author, kActor); // empty author: the actor
        QCOMPARE(log[0].nextPromisedDate, next);

        const QList<AuditEntry> app = auditOf(QStringLiteral("application"), m_application.uuid);
        QCOMPARE(app.size(), 1);
        QCOMPARE(app[0].field, QStringLiteral("promised_response_date"));
        QCOMPARE(app[0].oldValue, QStringLiteral("2026-11-18"));
        QCOMPARE(app[0].newValue, QStringLiteral("2026-11-27"));
        QCOMPARE(app[0].actor, kActor);
        const QList<AuditEntry> added = auditOf(QStringLiteral("communication"), log[0].uuid);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].field, QStringLiteral("added"));
        QCOMPARE(added[0].newValue, log[0].summary);
    }

    void finalAnswerClearsThePromise() {
        auto logged = CommunicationLog(*m_db).record(
            entry(CommunicationDirection::Outbound, QStringLiteral("Sent the rejection.")), kActor,
            kNow, FinalAnswer::Yes);
        QVERIFY2(logged, qPrintable(logged.errorMessage()));
        QVERIFY(!stored().promisedResponseDate.isValid());
        QVERIFY(!logged->promisedAfter.isValid());
        const QList<AuditEntry> app = auditOf(QStringLiteral("application"), m_application.uuid);
        QCOMPARE(app.size(), 1);
        QCOMPARE(app[0].oldValue, QStringLiteral("2026-11-18"));
        QCOMPARE(app[0].newValue, QString());
    }

    void otherMessagesLeaveThePromiseAlone() {
        CommunicationLog log(*m_db);
        QVERIFY(log.record(entry(CommunicationDirection::Inbound,
                                 QStringLiteral("Candidate asked for an update.")),
                           kActor, kNow));
        QVERIFY(log.record(
            entry(CommunicationDirection::Outbound, QStringLiteral("Replied: still on track.")),
            kActor, kNow));
        QCOMPARE(stored().promisedResponseDate, kPromised);
        QCOMPARE(logOf().size(), 2);
        QVERIFY(auditOf(QStringLiteral("application"), m_application.uuid).isEmpty());
    }

    void inboundPromiseAlsoMovesTheDate() {
        // The candidate called and we promised an answer on the phone.
        auto logged = CommunicationLog(*m_db).record(entry(CommunicationDirection::Inbound,
                                                           QStringLiteral("Candidate called."),
                                                           QDate(2026, 11, 24)),
                                                     kActor, kNow);
        QVERIFY(logged);
        QCOMPARE(stored().promisedResponseDate, QDate(2026, 11, 24));
    }

    void refusalsNameTheFieldAndWriteNothing_data() {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty summary") << 0 << QStringLiteral("Summary:");
        QTest::newRow("inbound final answer") << 1 << QStringLiteral("Final answer:");
        QTest::newRow("final answer with date") << 2 << QStringLiteral("Next promised date:");
        QTest::newRow("no application") << 3 << QStringLiteral("Application:");
        QTest::newRow("unknown application") << 4 << QStringLiteral("12345");
    }

    void refusalsNameTheFieldAndWriteNothing() {
        QFETCH(int, broken);
        QFETCH(QString, field);
        CommunicationEntry e = entry(CommunicationDirection::Outbound, QStringLiteral("Called."));
        FinalAnswer final = FinalAnswer::No;
        switch (broken) {
        case 0:
            e.summary = QStringLiteral("   ");
            break;
        case 1:
            e.direction = CommunicationDirection::Inbound;
            final = FinalAnswer::Yes;
            break;
        case 2:
            e.nextPromisedDate = QDate(2026, 12, 1);
            final = FinalAnswer::Yes;
            break;
        case 3:
            e.applicationId = kNoRow;
            break;
        case 4:
            e.applicationId = 12345;
            break;
        }
        auto refused = CommunicationLog(*m_db).record(e, kActor, kNow, final);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(field), qPrintable(refused.errorMessage()));
        QVERIFY(logOf().isEmpty());
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());
        QCOMPARE(stored().promisedResponseDate, kPromised);
    }

    void aFailedDateChangeLeavesNoEntry() {
        // A trigger makes the application update fail after the entry was
        // inserted: the transaction must take the entry back too.
        QVERIFY(test::TestDatabase::refuseWrites(*m_db, QStringLiteral("refuse_update"),
                                                 QStringLiteral("UPDATE"),
                                                 QStringLiteral("applications")));
        auto failed = CommunicationLog(*m_db).record(
            entry(CommunicationDirection::Outbound, QStringLiteral("Called."), QDate(2026, 12, 1)),
            kActor, kNow);
        QVERIFY(!failed);
        QVERIFY(logOf().isEmpty());
        QVERIFY(AuditRepository(*m_db).list()->isEmpty());
        QCOMPARE(stored().promisedResponseDate, kPromised);
    }

    void undoRestoresEntryAndDateExactly() {
        CommunicationLog log(*m_db);
        const Application before = stored();
        auto logged =
            log.record(entry(CommunicationDirection::Outbound,
                             QStringLiteral("Called: one more week."), QDate(2026, 11, 25)),
                       kActor, kNow);
        QVERIFY(logged);
        QVERIFY(log.undo(*logged, kActor, kNow.addSecs(60)));
        QVERIFY(logOf().isEmpty());
        QCOMPARE(stored().promisedResponseDate, before.promisedResponseDate);
        const QList<AuditEntry> trail =
            auditOf(QStringLiteral("communication"), logged->entry.uuid);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[1].field, QStringLiteral("removed"));
        QCOMPARE(trail[1].oldValue, QStringLiteral("Called: one more week."));
        // Date set and set back.
        QCOMPARE(auditOf(QStringLiteral("application"), m_application.uuid).size(), 2);

        // Redo: the same entry (same uuid) and the same date again.
        auto redone = log.record(logged->entry, kActor, kNow.addSecs(120));
        QVERIFY2(redone, qPrintable(redone.errorMessage()));
        QCOMPARE(redone->entry.uuid, logged->entry.uuid);
        QCOMPARE(redone->promisedAfter, QDate(2026, 11, 25));
        QCOMPARE(stored().promisedResponseDate, QDate(2026, 11, 25));
        QCOMPARE(logOf().size(), 1);
    }

    void undoKeepsALaterDateChange() {
        CommunicationLog log(*m_db);
        auto logged = log.record(
            entry(CommunicationDirection::Outbound, QStringLiteral("Called."), QDate(2026, 11, 25)),
            kActor, kNow);
        QVERIFY(logged);
        ApplicationChange later;
        later.promisedResponseDate = QDate(2026, 12, 2);
        QVERIFY(PipelineWorkflow(*m_db).change(m_application.uuid, later, kActor, kNow));
        QVERIFY(log.undo(*logged, kActor, kNow));
        QVERIFY(logOf().isEmpty());
        QCOMPARE(stored().promisedResponseDate, QDate(2026, 12, 2));
        // Undoing twice finds nothing to undo.
        auto again = log.undo(*logged, kActor, kNow);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(logged->entry.uuid.toString(QUuid::WithoutBraces)));
    }

    void outputsAreLoggedWithTheSubjectOnly_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("clipboard") << int(OutputKind::Clipboard) << QStringLiteral("clipboard");
        QTest::newRow("mail client") << int(OutputKind::MailClient) << QStringLiteral("mail");
        QTest::newRow("eml") << int(OutputKind::EmlFile) << QStringLiteral(".eml");
    }

    void outputsAreLoggedWithTheSubjectOnly() {
        QFETCH(int, kind);
        QFETCH(QString, words);
        // A subject with a body pasted below it: only the first line stays.
        const QString subject = QString::fromUtf8(
            "Your application for Customer Support Lead\nDear Zoë, thank you for your time.");
        auto logged = CommunicationLog(*m_db).recordOutput(m_application.id, OutputKind(kind),
                                                           subject, kActor, kNow);
        QVERIFY2(logged, qPrintable(logged.errorMessage()));
        const QList<CommunicationEntry> log = logOf();
        QCOMPARE(log.size(), 1);
        QVERIFY2(
            log[0].summary.contains(QStringLiteral("“Your application for Customer Support Lead”")),
            qPrintable(log[0].summary));
        QVERIFY(log[0].summary.contains(words));
        QVERIFY(!log[0].summary.contains(QStringLiteral("Dear")));
        QCOMPARE(log[0].channel, CommunicationChannel::Email);
        QCOMPARE(log[0].direction, CommunicationDirection::Outbound);
        QCOMPARE(log[0].occurredAt, kNow);
        QCOMPARE(log[0].author, kActor);
        // Producing a message is not sending it.
        QCOMPARE(stored().promisedResponseDate, kPromised);
    }

    void longSubjectsAreShortenedInTheSummary() {
        const QString subject = QString(300, QLatin1Char('x'));
        const QString summary = CommunicationLog::outputSummary(OutputKind::EmlFile, subject);
        QVERIFY(!summary.contains(subject));
        // 120 characters of subject at most (119 + ellipsis) plus the wording.
        QVERIFY(summary.contains(QString(119, QLatin1Char('x')) + QChar(0x2026)));
        QVERIFY(!summary.contains(QString(120, QLatin1Char('x'))));
    }
};

QTEST_GUILESS_MAIN(TestCommunicationLog)
#include "tst_communicationlog.moc"

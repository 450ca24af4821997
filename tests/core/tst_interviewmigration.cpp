#include "DatabaseDump.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace debrief;

namespace {

/// The schema of versions 1 to 4, exactly as those steps wrote it, with
/// one scheduled interview in it.
QStringList version4File() {
    QStringList statements = test::schemaUpTo(4);
    statements += {
        QStringLiteral("INSERT INTO panelists (id, uuid, name, email) VALUES (1, "
                       "'0b000000-0000-4000-8000-000000000001', 'Zoë Brandt', 'zoe@example.org')"),
        QStringLiteral("INSERT INTO openings (id, uuid, title, status, created_at) VALUES (1, "
                       "'0a000000-0000-4000-8000-000000000001', 'Backend Engineer', 'open', "
                       "'2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO rounds (id, uuid, opening_id, sort_order, name) VALUES (1, "
                       "'0e000000-0000-4000-8000-000000000001', 1, 0, 'Technical screen')"),
        QStringLiteral("INSERT INTO candidates (id, uuid, full_name, created_at) VALUES (1, "
                       "'0f000000-0000-4000-8000-000000000001', 'Amélie Dubois', "
                       "'2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO applications (id, uuid, candidate_id, opening_id, stage, "
                       "furthest_stage, updated_at) VALUES (1, "
                       "'1a000000-0000-4000-8000-000000000001', 1, 1, 'interview', 'interview', "
                       "'2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO interviews (id, uuid, application_id, round_id, scheduled_at, "
                       "duration_minutes, location) VALUES (7, "
                       "'1b000000-0000-4000-8000-000000000001', 1, 1, '2025-02-03T09:30:00.000Z', "
                       "60, 'Room 4.12')"),
        QStringLiteral("INSERT INTO interview_panelists (interview_id, panelist_id, seat) VALUES "
                       "(7, 1, 0)"),
    };
    return statements;
}

QStringList columnsOf(Database& db, const QString& table) {
    QStringList names;
    auto query = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace

/// Migration 5 on a file an earlier Debrief wrote (schema version 4): the
/// interviews table gains its scheduling columns and indexes, and every
/// interview already there keeps its data and reads as standing.
class TestInterviewMigration : public QObject {
    Q_OBJECT

private slots:
    void versionFourFileGainsTheColumnsAndKeepsItsData();
    void invitationSequenceCannotBeNegative();

private:
    QTemporaryDir m_dir;
};

void TestInterviewMigration::versionFourFileGainsTheColumnsAndKeepsItsData() {
    QVERIFY(latestSchemaVersion() >= 5);
    const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
    QVERIFY(test::runRawSql(path, version4File()));

    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    const QStringList columns = columnsOf(**db, QStringLiteral("interviews"));
    for (const char* column : {"video_link", "invitation_sequence", "cancelled_at", "cancelled_by",
                               "cancellation_reason"})
        QVERIFY2(columns.contains(QLatin1String(column)), column);
    auto indexes = (*db)->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                              "AND name IN ('interviews_scheduled', "
                                              "'interview_panelists_panelist')"));
    QVERIFY(indexes);
    int found = 0;
    while (indexes->next())
        ++found;
    QCOMPARE(found, 2);

    auto interview = InterviewRepository(**db).get(7);
    QVERIFY2(interview, qPrintable(interview.errorMessage()));
    QCOMPARE(interview->uuid,
             QUuid::fromString(QStringLiteral("1b000000-0000-4000-8000-000000000001")));
    QCOMPARE(interview->scheduledAt, QDateTime(QDate(2025, 2, 3), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(interview->durationMinutes, 60);
    QCOMPARE(interview->location, QStringLiteral("Room 4.12"));
    QCOMPARE(interview->panelistIds, QList<RowId>{1});
    QCOMPARE(interview->videoLink, QString());
    QCOMPARE(interview->invitationSequence, 0);
    QVERIFY(!interview->isCancelled());
    QCOMPARE(interview->cancelledBy, QString());
    QCOMPARE(interview->cancellationReason, QString());
    QVERIFY(interview->expectsScorecardFrom(1));

    // The new columns take values like any other.
    Interview cancelled = *interview;
    cancelled.cancelledAt = QDateTime(QDate(2025, 2, 1), QTime(8, 0), QTimeZone::utc());
    cancelled.cancelledBy = QStringLiteral("Zoë Brandt");
    cancelled.cancellationReason = QStringLiteral("Candidate withdrew");
    cancelled.videoLink = QStringLiteral("https://meet.example.org/x");
    cancelled.invitationSequence = 4;
    QVERIFY(InterviewRepository(**db).update(cancelled));
    QCOMPARE(*InterviewRepository(**db).get(7), cancelled);
    db->reset();
    // Opening again runs nothing more.
    auto again = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(again);
    auto steps = (*again)->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QVERIFY(steps && steps->next());
    QCOMPARE(steps->value(0).toInt(), int(allMigrations().size()));
}

void TestInterviewMigration::invitationSequenceCannotBeNegative() {
    const QString path = m_dir.filePath(QStringLiteral("check.sqlite"));
    QVERIFY(test::runRawSql(path, version4File()));
    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(db);
    auto interview = InterviewRepository(**db).get(7);
    QVERIFY(interview);
    interview->invitationSequence = -1;
    QVERIFY(!InterviewRepository(**db).update(*interview));
}

QTEST_GUILESS_MAIN(TestInterviewMigration)
#include "tst_interviewmigration.moc"

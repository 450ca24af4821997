#include "ScoringPanel.h"

#include "PostgresServer.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace debrief::test {
namespace {

const QDateTime kCreated(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

QString roleName(const QString& prefix, int number) {
    return prefix + QStringLiteral("_%1").arg(number, 2, 10, QLatin1Char('0'));
}

/// Runs one statement as the admin, its text made by the server's format()
/// from bound values: role names as identifiers (%I), passwords as
/// literals (%L). CREATE ROLE and GRANT take no bound values themselves.
bool runFormatted(QSqlDatabase& db, const QString& format, const QVariantList& values) {
    QSqlQuery make(db);
    make.prepare(QStringLiteral("SELECT format(") + format + QStringLiteral(")"));
    for (const QVariant& value : values)
        make.addBindValue(value);
    if (!make.exec() || !make.next()) {
        qWarning("format: %s", qPrintable(make.lastError().text()));
        return false;
    }
    const QString statement = make.value(0).toString();
    QSqlQuery run(db);
    if (!run.exec(statement)) {
        qWarning("admin statement failed: %s", qPrintable(run.lastError().text()));
        return false;
    }
    return true;
}

template <typename Work> bool asAdmin(const ServerAddress& server, Work work) {
    const QString name = QStringLiteral("logins-") + QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.database);
        db.setConnectOptions(server.connectOptions());
        if (!db.open()) {
            qWarning("cannot connect as the admin: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
            done = work(db);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

Result<ScoringPanel> ScoringPanel::build(Database& db, int panelists, int candidates) {
    ScoringPanel panel;
    Opening opening;
    opening.title = QStringLiteral("Platform Engineer");
    opening.createdAt = kCreated;
    for (int i = 0; i < panelists; ++i) {
        Panelist panelist{kNoRow, {}, QStringLiteral("Panelist %1").arg(i + 1), {}, {}, {}};
        if (Status stored = PanelistRepository(db).insert(panelist); !stored)
            return stored.error();
        panel.panelists.append(panelist.id);
        opening.panel.append({panelist.id, i == 0});
    }
    if (Status stored = OpeningRepository(db).insert(opening); !stored)
        return stored.error();
    panel.openingId = opening.id;

    panel.rubric.familyUuid = QUuid::createUuid();
    panel.rubric.openingId = opening.id;
    panel.rubric.name = QStringLiteral("Platform");
    panel.rubric.createdAt = kCreated;
    for (const char* name : {"Systems design", "Operations", "Collaboration"}) {
        Criterion criterion;
        criterion.name = QString::fromLatin1(name);
        criterion.scaleSize = 4;
        criterion.anchors = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4")};
        panel.rubric.criteria.append(criterion);
    }
    if (Status stored = RubricRepository(db).insert(panel.rubric); !stored)
        return stored.error();

    InterviewRound round;
    round.openingId = opening.id;
    round.name = QStringLiteral("Panel interview");
    if (Status stored = InterviewRoundRepository(db).insert(round); !stored)
        return stored.error();
    for (int i = 0; i < candidates; ++i) {
        Candidate candidate;
        candidate.fullName = QStringLiteral("Candidate %1").arg(i + 1);
        candidate.email = QStringLiteral("candidate%1@example.org").arg(i + 1);
        candidate.createdAt = kCreated;
        if (Status stored = CandidateRepository(db).insert(candidate); !stored)
            return stored.error();
        Application application;
        application.candidateId = candidate.id;
        application.openingId = opening.id;
        application.updatedAt = kCreated;
        if (Status stored = ApplicationRepository(db).insert(application); !stored)
            return stored.error();
        Interview interview;
        interview.applicationId = application.id;
        interview.roundId = round.id;
        interview.panelistIds = panel.panelists;
        if (Status stored = InterviewRepository(db).insert(interview); !stored)
            return stored.error();
        panel.interviews.append(interview.id);
    }
    return panel;
}

Scorecard ScoringPanel::draft(RowId interview, RowId panelist, int seed) const {
    Scorecard card;
    card.interviewId = interview;
    card.panelistId = panelist;
    card.rubricId = rubric.id;
    card.recommendation = seed % 2 ? Recommendation::Yes : Recommendation::No;
    card.keyTakeaways = QStringLiteral("Takeaways %1").arg(seed);
    for (const Criterion& criterion : rubric.criteria)
        card.ratings.append({criterion.id, std::nullopt, {}});
    edit(card, seed);
    return card;
}

void ScoringPanel::edit(Scorecard& card, int seed) {
    for (qsizetype i = 0; i < card.ratings.size(); ++i) {
        card.ratings[i].score = 1 + int((seed + i) % 4);
        card.ratings[i].evidence = QStringLiteral("Evidence %1 for criterion %2").arg(seed).arg(i);
    }
}

std::optional<QList<ServerAddress>> PanelLogins::create(const ServerAddress& database,
                                                        const QString& prefix, int count) {
    QList<ServerAddress> logins;
    const QString group = prefix + QStringLiteral("_panel");
    const bool made = asAdmin(database, [&](QSqlDatabase& db) {
        if (!runFormatted(db, QStringLiteral("'DROP ROLE IF EXISTS %I', ?::text"), {group}) ||
            !runFormatted(db, QStringLiteral("'CREATE ROLE %I NOLOGIN', ?::text"), {group}))
            return false;
        // What Debrief reads and writes as a panelist; opening a database
        // also runs CREATE TABLE IF NOT EXISTS schema_version, which needs
        // CREATE on the schema even when the table is there.
        for (const QString& grant :
             {QStringLiteral("'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                             "public TO %I', ?::text"),
              QStringLiteral("'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', "
                             "?::text"),
              QStringLiteral("'GRANT USAGE, CREATE ON SCHEMA public TO %I', ?::text")}) {
            if (!runFormatted(db, grant, {group}))
                return false;
        }
        for (int i = 1; i <= count; ++i) {
            ServerAddress login = database;
            login.user = roleName(prefix, i);
            login.password = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!runFormatted(db, QStringLiteral("'DROP ROLE IF EXISTS %I', ?::text"),
                              {login.user}) ||
                !runFormatted(db,
                              QStringLiteral("'CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
                                             "?::text, ?::text, ?::text"),
                              {login.user, login.password, group}))
                return false;
            logins.append(login);
        }
        return true;
    });
    if (!made)
        return std::nullopt;
    return logins;
}

void PanelLogins::drop(const ServerAddress& admin, const QString& prefix, int count) {
    asAdmin(admin, [&](QSqlDatabase& db) {
        for (int i = 1; i <= count; ++i)
            runFormatted(db, QStringLiteral("'DROP ROLE IF EXISTS %I', ?::text"),
                         {roleName(prefix, i)});
        return runFormatted(db, QStringLiteral("'DROP ROLE IF EXISTS %I', ?::text"),
                            {QString(prefix + QStringLiteral("_panel"))});
    });
}

} // namespace debrief::test

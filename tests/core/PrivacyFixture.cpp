#include "PrivacyFixture.h"

#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "analytics/FinalistSummary.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoDatabaseFile.h"
#include "reporting/CalibrationReportData.h"
#include "reporting/OpeningSummaryData.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace debrief::test {
namespace {

/// Personal text by candidate: each query gives the candidate's id first,
/// then text columns.
const char* const kPersonalText[] = {
    "SELECT id, full_name, preferred_name, email, phone, location, source, notes FROM candidates",
    "SELECT candidate_id, notes, hold_reason FROM applications",
    "SELECT a.candidate_id, i.location, i.video_link, i.cancellation_reason FROM interviews i "
    "JOIN applications a ON a.id = i.application_id",
    "SELECT a.candidate_id, s.key_takeaways FROM scorecards s JOIN interviews i ON "
    "i.id = s.interview_id JOIN applications a ON a.id = i.application_id",
    "SELECT a.candidate_id, r.evidence FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id "
    "JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id",
    "SELECT a.candidate_id, r.name, r.relation, r.contact, r.summary FROM referees r "
    "JOIN applications a ON a.id = r.application_id",
    "SELECT a.candidate_id, m.summary FROM communications m "
    "JOIN applications a ON a.id = m.application_id",
    "SELECT a.candidate_id, d.subject, d.body FROM rejection_drafts d "
    "JOIN applications a ON a.id = d.application_id",
};

/// The uuid of every record about a candidate, for the audit entries.
const char* const kRecordUuids[] = {
    "SELECT id, uuid FROM candidates",
    "SELECT candidate_id, uuid FROM applications",
    "SELECT a.candidate_id, i.uuid FROM interviews i JOIN applications a ON a.id = "
    "i.application_id",
    "SELECT a.candidate_id, s.uuid FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
    "JOIN applications a ON a.id = i.application_id",
    "SELECT a.candidate_id, r.uuid FROM referees r JOIN applications a ON a.id = r.application_id",
    "SELECT a.candidate_id, m.uuid FROM communications m "
    "JOIN applications a ON a.id = m.application_id",
    "SELECT a.candidate_id, d.uuid FROM rejection_drafts d "
    "JOIN applications a ON a.id = d.application_id",
};

const char* const kSharedText[] = {
    "SELECT title, team, hiring_manager, description FROM openings",
    "SELECT name, email, role FROM panelists",
    "SELECT name, description FROM rubrics",
    "SELECT name, description FROM criteria",
    "SELECT anchor_text FROM criterion_anchors",
    "SELECT name, description FROM rounds",
    "SELECT subject, body FROM message_templates",
};

void addText(QStringList& into, const QString& text) {
    if (text.trimmed().size() >= 4 && !into.contains(text))
        into.append(text);
}

QString number(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("-");
}

} // namespace

std::unique_ptr<Database> PrivacyFixture::demo(const QString& path, QString* error) {
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = demoDay();
    // The demo file as debrief-cli demo writes it; on the server, the same
    // data generated into a fresh database.
    if (!TestDatabase::onServer()) {
        if (auto written = DemoDatabaseFile::write(path, options); !written) {
            *error = written.errorMessage();
            return {};
        }
    }
    auto db =
        TestDatabase::open(path, TestDatabase::onServer() ? Database::OpenMode::CreateIfMissing
                                                          : Database::OpenMode::MustExist);
    if (!db) {
        *error = db.errorMessage();
        return {};
    }
    if (TestDatabase::onServer()) {
        if (auto written = DemoDataGenerator(options).generate(**db); !written) {
            *error = written.errorMessage();
            return {};
        }
    }
    return std::move(*db);
}

RowId PrivacyFixture::candidateNamed(Database& db, const QString& fullName) {
    auto query =
        db.exec(QStringLiteral("SELECT id FROM candidates WHERE full_name = ?"), {fullName});
    return query && query->next() ? query->value(0).toLongLong() : kNoRow;
}

QHash<RowId, QStringList> PrivacyFixture::personalTextByCandidate(Database& db) {
    QHash<RowId, QStringList> text;
    for (const char* sql : kPersonalText) {
        auto rows = db.exec(QString::fromLatin1(sql));
        while (rows && rows->next()) {
            QStringList& mine = text[rows->value(0).toLongLong()];
            for (int column = 1; column < rows->record().count(); ++column)
                addText(mine, rows->value(column).toString());
        }
    }
    QHash<QString, RowId> owners;
    for (const char* sql : kRecordUuids) {
        auto rows = db.exec(QString::fromLatin1(sql));
        while (rows && rows->next())
            owners.insert(rows->value(1).toString(), rows->value(0).toLongLong());
    }
    auto audit = db.exec(QStringLiteral("SELECT entity_uuid, old_value, new_value, reason "
                                        "FROM audit_log"));
    while (audit && audit->next()) {
        const auto owner = owners.constFind(audit->value(0).toString());
        if (owner == owners.constEnd())
            continue;
        for (int column = 1; column <= 3; ++column)
            addText(text[*owner], audit->value(column).toString());
    }
    return text;
}

QStringList PrivacyFixture::sharedText(Database& db) {
    QStringList text;
    for (const char* sql : kSharedText) {
        auto rows = db.exec(QString::fromLatin1(sql));
        while (rows && rows->next()) {
            for (int column = 0; column < rows->record().count(); ++column)
                addText(text, rows->value(column).toString());
        }
    }
    return text;
}

QStringList PrivacyFixture::distinctiveText(Database& db, const QList<RowId>& candidates) {
    const QHash<RowId, QStringList> byCandidate = personalTextByCandidate(db);
    QStringList theirs;
    QStringList everyoneElse = sharedText(db);
    for (auto it = byCandidate.cbegin(); it != byCandidate.cend(); ++it) {
        for (const QString& text : it.value())
            addText(candidates.contains(it.key()) ? theirs : everyoneElse, text);
    }
    QStringList distinctive;
    for (const QString& text : std::as_const(theirs)) {
        const bool elsewhere =
            std::any_of(everyoneElse.cbegin(), everyoneElse.cend(),
                        [&text](const QString& other) { return other.contains(text); });
        if (!elsewhere)
            distinctive.append(text);
    }
    return distinctive;
}

QStringList PrivacyFixture::foundInFile(const QString& path, const QStringList& needles) {
    QByteArray bytes;
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll() + QByteArray(1, '\0');
    }
    QStringList found;
    for (const QString& needle : needles) {
        if (bytes.contains(needle.toUtf8()))
            found.append(needle);
    }
    return found;
}

QStringList PrivacyFixture::foundStored(Database& db, const QString& path,
                                        const QStringList& needles) {
    if (!TestDatabase::onServer())
        return foundInFile(path, needles);
    const QString rows = dumpDatabase(db).join(QLatin1Char('\n'));
    QStringList found;
    for (const QString& needle : needles) {
        if (rows.contains(needle))
            found.append(needle);
    }
    return found;
}

bool PrivacyFixture::keepDeletedContent(Database& db) {
    if (TestDatabase::onServer())
        return true;
    return db.exec(QStringLiteral("PRAGMA secure_delete = OFF")).ok();
}

QStringList PrivacyFixture::statistics(Database& db, const QDate& today,
                                       const QSet<RowId>& leaveOut, bool perApplicationOnly) {
    QStringList lines;
    auto openings = OpeningRepository(db).list();
    if (!openings)
        return {openings.errorMessage()};
    for (const Opening& opening : std::as_const(*openings)) {
        const QString at = QStringLiteral("opening %1 ").arg(opening.id);
        if (!perApplicationOnly) {
            auto summary = OpeningSummaryData::load(db, opening.id, today);
            if (!summary)
                return {summary.errorMessage()};
            lines.append(at + QStringLiteral("applications %1 stage changes %2 promises %3/%4/%5")
                                  .arg(summary->applications)
                                  .arg(summary->recordedStageChanges)
                                  .arg(summary->promisesKept)
                                  .arg(summary->promisesMissed)
                                  .arg(summary->promisesPending));
            for (const StageFigures& s : std::as_const(summary->stages)) {
                lines.append(at + QStringLiteral("stage %1: %2 %3 %4 %5 %6 %7 %8")
                                      .arg(toKey(s.stage))
                                      .arg(s.now)
                                      .arg(s.reached)
                                      .arg(s.finishedStays)
                                      .arg(number(s.medianDaysFinished))
                                      .arg(s.currentStays)
                                      .arg(number(s.medianDaysSoFar))
                                      .arg(number(s.medianDaysSinceApplied)));
            }
        }
        auto lead = ScoreViewer::panelLead(db, opening.id);
        if (!lead)
            return {lead.errorMessage()};
        auto calibration = CalibrationReportData::load(db, opening.id, *lead);
        if (!calibration) {
            // An opening nobody scored yet: the same words before and after.
            lines.append(at + calibration.errorMessage());
            continue;
        }
        const RatingMatrix& m = calibration->input.matrix;
        const QList<FinalistSummary> summaries = FinalistSummary::all(m);
        for (int f = 0; f < m.finalistCount(); ++f) {
            const RowId application = m.finalists().at(f).applicationId;
            if (leaveOut.contains(application))
                continue;
            const QString who = at + QStringLiteral("application %1 ").arg(application);
            lines.append(who + QStringLiteral("total %1 share %2")
                                   .arg(number(summaries.at(f).total.points))
                                   .arg(summaries.at(f).total.assessedWeightShare));
            for (int p = 0; p < m.panelistCount(); ++p) {
                if (!m.hasScorecard(f, p))
                    continue;
                const auto recommendation = m.recommendation(f, p);
                QStringList scores;
                for (int c = 0; c < m.criterionCount(); ++c) {
                    const auto score = m.score(f, p, c);
                    scores.append(score ? QString::number(*score) : QStringLiteral("-"));
                }
                lines.append(
                    who + QStringLiteral("panelist %1: %2 %3")
                              .arg(m.panelists().at(p).id)
                              .arg(scores.join(u','))
                              .arg(recommendation ? toKey(*recommendation) : QStringLiteral("-")));
            }
        }
        if (perApplicationOnly)
            continue;
        for (const PanelistCalibration& p : std::as_const(calibration->calibration.panelists)) {
            lines.append(at + QStringLiteral("leniency %1: %2 %3 %4 halo %5/%6")
                                  .arg(m.panelists().at(p.panelist).id)
                                  .arg(number(p.meanOffset))
                                  .arg(number(p.offsetSpread))
                                  .arg(p.comparisons)
                                  .arg(p.flatScorecards)
                                  .arg(p.haloEligibleScorecards));
        }
        for (const CriterionAgreement& c : std::as_const(calibration->calibration.criteria)) {
            lines.append(at + QStringLiteral("agreement %1: %2 %3 %4 %5")
                                  .arg(m.criteria().at(c.criterion).id)
                                  .arg(number(c.icc.icc1))
                                  .arg(number(c.icc.icc2))
                                  .arg(number(c.icc.icc3))
                                  .arg(number(c.alpha.alpha)));
        }
    }
    return lines;
}

} // namespace debrief::test

// "Export everything about this person" (lib/core/privacy/PersonExport) on
// the demo database: the JSON is checked against the tables, read here by
// SQL of the test's own, so a record the export forgets or invents fails.
#include "PrivacyFixture.h"

#include "pipeline/PipelineWorkflow.h"
#include "privacy/PersonExport.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::PrivacyFixture;

namespace {

const QDateTime kExportedAt(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

/// Rows of one query as "a|b|c" lines, sorted.
QStringList rows(Database& db, const QString& sql, RowId candidateId) {
    auto query = db.exec(sql, {candidateId});
    QStringList out;
    while (query && query->next()) {
        QStringList fields;
        for (int i = 0; i < query->record().count(); ++i)
            fields.append(query->value(i).toString());
        out.append(fields.join(u'|'));
    }
    out.sort();
    return out;
}

template <typename Fn> QStringList collect(const QJsonArray& array, Fn fn) {
    QStringList out;
    for (const QJsonValue& value : array)
        out.append(fn(value.toObject()));
    out.sort();
    return out;
}

} // namespace

class TestPersonExport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exportHoldsEverythingAboutThePerson();
    void exportIsRepeatableAndHoldsNobodyElse();
    void unknownCandidateIsNamedByIdInTheError();

private:
    QJsonObject exported(RowId candidateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_lukasz = kNoRow;
};

void TestPersonExport::init() {
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = PrivacyFixture::demo(m_dir->filePath(QStringLiteral("demo.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error));
    // The runner-up of the filled opening: scorecards from several
    // panelists, references, messages, a decision role, the talent pool.
    m_lukasz = PrivacyFixture::candidateNamed(*m_db, QStringLiteral("Łukasz Nowak"));
    QVERIFY(m_lukasz != kNoRow);
}

QJsonObject TestPersonExport::exported(RowId candidateId) {
    auto json = PersonExport(*m_db).exportJson(candidateId, kExportedAt);
    if (!json) {
        qWarning("%s", qPrintable(json.errorMessage()));
        return {};
    }
    return QJsonDocument::fromJson(*json).object();
}

void TestPersonExport::exportHoldsEverythingAboutThePerson() {
    // An audited change of their own, and one of someone else's that must
    // not appear.
    auto applicationUuid = m_db->exec(
        QStringLiteral("SELECT uuid FROM applications WHERE candidate_id = ?"), {m_lukasz});
    QVERIFY(applicationUuid && applicationUuid->next());
    ApplicationChange change;
    change.notes = QStringLiteral("Asked to be considered for the platform lead role");
    QVERIFY(PipelineWorkflow(*m_db).change(QUuid(applicationUuid->value(0).toString()), change,
                                           QStringLiteral("Ines"), kExportedAt.addDays(-1)));
    auto other = m_db->exec(QStringLiteral("SELECT uuid FROM applications WHERE candidate_id <> ? "
                                           "ORDER BY id LIMIT 1"),
                            {m_lukasz});
    QVERIFY(other && other->next());
    change.notes = QStringLiteral("Someone else's note");
    QVERIFY(PipelineWorkflow(*m_db).change(QUuid(other->value(0).toString()), change,
                                           QStringLiteral("Ines"), kExportedAt.addDays(-1)));

    const QJsonObject root = exported(m_lukasz);
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("debrief-person"));
    QCOMPARE(root.value(u"formatVersion").toInt(), 1);
    QCOMPARE(root.value(u"exportedAt").toString(), QStringLiteral("2026-12-01T09:30:00.000Z"));

    const QJsonObject candidate = root.value(u"candidate").toObject();
    const QStringList stored = rows(
        *m_db,
        QStringLiteral("SELECT uuid, full_name, preferred_name, email, phone, location, source, "
                       "notes FROM candidates WHERE id = ?"),
        m_lukasz);
    QStringList fields;
    for (const char* key :
         {"uuid", "fullName", "preferredName", "email", "phone", "location", "source", "notes"})
        fields.append(candidate.value(QLatin1String(key)).toString());
    QCOMPARE(QStringList{fields.join(u'|')}, stored);
    QVERIFY(candidate.value(u"anonymisedAt").isNull());

    const QJsonArray applications = root.value(u"applications").toArray();
    QCOMPARE(collect(applications,
                     [](const QJsonObject& a) -> QString {
                         return a.value(u"uuid").toString() + u'|' +
                                a.value(u"opening").toObject().value(u"title").toString() + u'|' +
                                a.value(u"stage").toString() + u'|' +
                                a.value(u"furthestStage").toString() + u'|' +
                                a.value(u"notes").toString();
                     }),
             rows(*m_db,
                  QStringLiteral("SELECT a.uuid, o.title, a.stage, a.furthest_stage, a.notes FROM "
                                 "applications a JOIN openings o ON o.id = a.opening_id "
                                 "WHERE a.candidate_id = ?"),
                  m_lukasz));
    QVERIFY(!applications.isEmpty());
    const QJsonObject application = applications.at(0).toObject();
    // The decision's word on them, and no rationale (it is about others too).
    const QJsonObject decision = application.value(u"decision").toObject();
    QCOMPARE(QStringList{decision.value(u"role").toString() + u'|' +
                         QString::number(decision.value(u"rank").toInt())},
             rows(*m_db,
                  QStringLiteral("SELECT o.role, o.runner_up_rank FROM decision_outcomes o JOIN "
                                 "applications a ON a.id = o.application_id WHERE "
                                 "a.candidate_id = ?"),
                  m_lukasz));
    QVERIFY(!decision.contains(u"rationale"));

    // Every scorecard and rating as the panel wrote it, whoever wrote it.
    QStringList ratings;
    int cards = 0;
    for (const QJsonValue& interview : application.value(u"interviews").toArray()) {
        for (const QJsonValue& card : interview.toObject().value(u"scorecards").toArray()) {
            ++cards;
            const QJsonObject c = card.toObject();
            for (const QJsonValue& rating : c.value(u"ratings").toArray()) {
                const QJsonObject r = rating.toObject();
                ratings.append(c.value(u"panelist").toString() + u'|' +
                               r.value(u"criterion").toString() + u'|' +
                               (r.value(u"score").isNull()
                                    ? QString()
                                    : QString::number(r.value(u"score").toInt())) +
                               u'|' + r.value(u"evidence").toString());
            }
        }
    }
    ratings.sort();
    QCOMPARE(ratings,
             rows(*m_db,
                  QStringLiteral("SELECT p.name, c.name, r.score, r.evidence FROM ratings r "
                                 "JOIN criteria c ON c.id = r.criterion_id "
                                 "JOIN scorecards s ON s.id = r.scorecard_id "
                                 "JOIN panelists p ON p.id = s.panelist_id "
                                 "JOIN interviews i ON i.id = s.interview_id "
                                 "JOIN applications a ON a.id = i.application_id "
                                 "WHERE a.candidate_id = ?"),
                  m_lukasz));
    QVERIFY(cards >= 2);
    QVERIFY(ratings.size() >= 8);

    QCOMPARE(collect(application.value(u"references").toArray(),
                     [](const QJsonObject& r) -> QString {
                         return r.value(u"name").toString() + u'|' +
                                r.value(u"contact").toString() + u'|' +
                                r.value(u"summary").toString();
                     }),
             rows(*m_db,
                  QStringLiteral("SELECT r.name, r.contact, r.summary FROM referees r JOIN "
                                 "applications a ON a.id = r.application_id WHERE "
                                 "a.candidate_id = ?"),
                  m_lukasz));
    QVERIFY(!application.value(u"references").toArray().isEmpty());
    QCOMPARE(collect(application.value(u"communications").toArray(),
                     [](const QJsonObject& m) -> QString {
                         return m.value(u"uuid").toString() + u'|' + m.value(u"summary").toString();
                     }),
             rows(*m_db,
                  QStringLiteral("SELECT m.uuid, m.summary FROM communications m JOIN "
                                 "applications a ON a.id = m.application_id WHERE "
                                 "a.candidate_id = ?"),
                  m_lukasz));
    QVERIFY(!application.value(u"communications").toArray().isEmpty());
    QCOMPARE(collect(application.value(u"rejectionDrafts").toArray(),
                     [](const QJsonObject& d) -> QString {
                         return d.value(u"subject").toString() + u'|' + d.value(u"body").toString();
                     }),
             rows(*m_db,
                  QStringLiteral("SELECT d.subject, d.body FROM rejection_drafts d JOIN "
                                 "applications a ON a.id = d.application_id WHERE "
                                 "a.candidate_id = ?"),
                  m_lukasz));

    // The audit entries about their records, and only those.
    const QJsonArray audit = root.value(u"auditLog").toArray();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(u"newValue").toString(),
             QStringLiteral("Asked to be considered for the platform lead role"));
    QCOMPARE(audit.at(0).toObject().value(u"actor").toString(), QStringLiteral("Ines"));
}

void TestPersonExport::exportIsRepeatableAndHoldsNobodyElse() {
    auto first = PersonExport(*m_db).exportJson(m_lukasz, kExportedAt);
    auto second = PersonExport(*m_db).exportJson(m_lukasz, kExportedAt);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    const QString text = QString::fromUtf8(*first);
    // No other candidate's name or address, and not the rationale that
    // speaks about the other finalists.
    auto others = m_db->exec(
        QStringLiteral("SELECT full_name, email FROM candidates WHERE id <> ?"), {m_lukasz});
    int checked = 0;
    while (others->next()) {
        QVERIFY2(!text.contains(others->value(0).toString()),
                 qPrintable(others->value(0).toString()));
        QVERIFY(!text.contains(others->value(1).toString()));
        ++checked;
    }
    QVERIFY(checked > 50);
    auto rationale = m_db->exec(QStringLiteral("SELECT rationale FROM decisions"));
    QVERIFY(rationale->next());
    QVERIFY(!text.contains(rationale->value(0).toString().left(40)));
}

void TestPersonExport::unknownCandidateIsNamedByIdInTheError() {
    auto missing = PersonExport(*m_db).exportJson(9999, kExportedAt);
    QVERIFY(!missing);
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("9999")),
             qPrintable(missing.errorMessage()));
}

QTEST_GUILESS_MAIN(TestPersonExport)
#include "tst_personexport.moc"

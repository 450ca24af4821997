// "Erase this person" (lib/core/privacy/PersonEraser) on the demo database:
// refused for the chosen and for a held runner-up with nothing changed;
// otherwise every row about them gone (counted here by SQL of the test's
// own), their name out of the rationale, one audit entry without personal
// text, the file's bytes free of their text, and the other candidates'
// figures unchanged.
#include "PrivacyFixture.h"

#include "DatabaseDump.h"

#include "decision/DecisionWorkflow.h"
#include "privacy/PersonEraser.h"
#include "scoring/ScoreViewer.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::PrivacyFixture;

namespace {

const QString kActor = QStringLiteral("Data protection test");
const QDateTime kNow(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC);

int countOf(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto query = db.exec(sql, values);
    return query && query->next() ? query->value(0).toInt() : -1;
}

/// Rows that refer to the candidate, table by table.
QList<int> rowsAbout(Database& db, RowId candidateId, const QString& uuid) {
    QList<int> counts;
    for (const char* sql :
         {"SELECT COUNT(*) FROM candidates WHERE id = ?",
          "SELECT COUNT(*) FROM applications WHERE candidate_id = ?",
          "SELECT COUNT(*) FROM interviews i JOIN applications a ON a.id = i.application_id "
          "WHERE a.candidate_id = ?",
          "SELECT COUNT(*) FROM decision_outcomes o JOIN applications a ON "
          "a.id = o.application_id WHERE a.candidate_id = ?",
          "SELECT COUNT(*) FROM referees r JOIN applications a ON a.id = r.application_id "
          "WHERE a.candidate_id = ?",
          "SELECT COUNT(*) FROM communications m JOIN applications a ON "
          "a.id = m.application_id WHERE a.candidate_id = ?",
          "SELECT COUNT(*) FROM rejection_drafts d JOIN applications a ON "
          "a.id = d.application_id WHERE a.candidate_id = ?"})
        counts.append(countOf(db, QString::fromLatin1(sql), {candidateId}));
    counts.append(countOf(db,
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_uuid = ? "
                                         "AND field <> 'erased'"),
                          {uuid}));
    return counts;
}

QString uuidOf(Database& db, RowId candidateId) {
    auto query = db.exec(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {candidateId});
    return query && query->next() ? query->value(0).toString() : QString();
}

} // namespace

class TestPersonEraser : public QObject {
    Q_OBJECT

private slots:
    void init();
    void chosenAndHeldAreRefusedAndNothingChanges();
    void erasureLeavesNothingAboutThePerson();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("demo.sqlite")); }
    /// Records a decision for the opening ready for its debrief: the first
    /// finalist chosen, the second first runner-up (held), the rest not
    /// selected; the rationale names both.
    void recordDecision(RowId& chosen, RowId& runnerUp);
    RowId candidateOf(RowId applicationId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPersonEraser::init() {
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = PrivacyFixture::demo(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
}

RowId TestPersonEraser::candidateOf(RowId applicationId) {
    auto query = m_db->exec(QStringLiteral("SELECT candidate_id FROM applications WHERE id = ?"),
                            {applicationId});
    return query && query->next() ? query->value(0).toLongLong() : kNoRow;
}

void TestPersonEraser::recordDecision(RowId& chosen, RowId& runnerUp) {
    auto opening = m_db->exec(QStringLiteral("SELECT opening_id, COUNT(*) FROM applications "
                                             "WHERE stage = 'final' GROUP BY opening_id "
                                             "ORDER BY 2 DESC, 1 LIMIT 1"));
    QVERIFY(opening && opening->next());
    const RowId openingId = opening->value(0).toLongLong();
    auto finalists = m_db->exec(QStringLiteral("SELECT id FROM applications WHERE opening_id = ? "
                                               "AND stage = 'final' ORDER BY id"),
                                {openingId});
    DecisionRequest request;
    request.openingId = openingId;
    while (finalists->next()) {
        const RowId id = finalists->value(0).toLongLong();
        if (request.chosen.isEmpty())
            request.chosen.append(id);
        else if (request.runnersUp.isEmpty())
            request.runnersUp.append({id, 1, false});
        else
            request.notSelected.append(id);
    }
    QVERIFY(!request.notSelected.isEmpty());
    chosen = request.chosen.constFirst();
    runnerUp = request.runnersUp.constFirst().applicationId;
    auto rubric = RubricRepository(*m_db).currentForOpening(openingId);
    QVERIFY(rubric && rubric->has_value());
    request.decidingCriterionIds = {(*rubric)->criteria.constFirst().id};
    auto names = m_db->exec(QStringLiteral("SELECT c.full_name FROM candidates c JOIN "
                                           "applications a ON a.candidate_id = c.id "
                                           "WHERE a.id IN (?, ?) ORDER BY a.id"),
                            {chosen, runnerUp});
    QStringList named;
    while (names->next())
        named.append(names->value(0).toString());
    QCOMPARE(named.size(), 2);
    request.rationale = QStringLiteral("%1 designs for failure; %2 was close behind.")
                            .arg(named.at(0), named.at(1));
    auto lead = ScoreViewer::panelLead(*m_db, openingId);
    QVERIFY(lead && !lead->isNobody());
    request.decidedBy = lead->panelistId;
    request.decidedAt = kNow.addDays(-2);
    auto recorded = DecisionWorkflow(*m_db).record(request, kActor);
    QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
}

void TestPersonEraser::chosenAndHeldAreRefusedAndNothingChanges() {
    RowId chosen = kNoRow;
    RowId runnerUp = kNoRow;
    recordDecision(chosen, runnerUp);
    if (QTest::currentTestFailed())
        return;
    const QStringList before = test::dumpDatabase(*m_db);
    for (const RowId application : {chosen, runnerUp}) {
        const RowId candidate = candidateOf(application);
        auto plan = PersonEraser(*m_db).plan(candidate);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QVERIFY(!plan->allowed());
        // Names the candidate by id and the opening, never by name.
        QVERIFY(plan->refusal.contains(QStringLiteral("#%1").arg(candidate)));
        QVERIFY(!plan->refusal.contains(plan->person.fullName));
        QVERIFY(plan->refusal.contains(plan->openings.constFirst()));
        auto erased = PersonEraser(*m_db).erase(candidate, kActor, kNow);
        QVERIFY(!erased);
        QCOMPARE(erased.errorMessage(), plan->refusal);
    }
    QVERIFY(PersonEraser(*m_db).plan(candidateOf(chosen))->refusal.contains(u"chosen"));
    QVERIFY(PersonEraser(*m_db).plan(candidateOf(runnerUp))->refusal.contains(u"on hold"));
    QCOMPARE(test::dumpDatabase(*m_db), before);

    // Once the offer is accepted the runner-up is released, and may be erased.
    QVERIFY(DecisionWorkflow(*m_db).offerAccepted(chosen, kActor, kNow.addDays(-1)));
    const RowId released = candidateOf(runnerUp);
    const QString name = PersonEraser(*m_db).plan(released)->person.fullName;
    QVERIFY(PersonEraser(*m_db).plan(released)->allowed());
    auto erased = PersonEraser(*m_db).erase(released, kActor, kNow);
    QVERIFY2(erased, qPrintable(erased.errorMessage()));
    auto rationale = m_db->exec(QStringLiteral("SELECT d.rationale FROM decisions d JOIN "
                                               "applications a ON a.opening_id = d.opening_id "
                                               "WHERE a.id = ?"),
                                {chosen});
    QVERIFY(rationale && rationale->next());
    QVERIFY(!rationale->value(0).toString().contains(name));
    QVERIFY(rationale->value(0).toString().endsWith(
        QStringLiteral("; [erased candidate] was close behind.")));
    // The chosen one is still refused.
    QVERIFY(!PersonEraser(*m_db).plan(candidateOf(chosen))->allowed());
}

void TestPersonEraser::erasureLeavesNothingAboutThePerson() {
    QVERIFY(PrivacyFixture::keepDeletedContent(*m_db));
    // The second runner-up of the filled opening: cards, references,
    // messages, a decision outcome; named in nobody's rationale.
    const RowId theo = PrivacyFixture::candidateNamed(*m_db, QStringLiteral("Théo Girard"));
    QVERIFY(theo != kNoRow);
    const QString uuid = uuidOf(*m_db, theo);
    const QList<int> held = rowsAbout(*m_db, theo, uuid);
    QCOMPARE(held.at(0), 1);
    QVERIFY(held.at(1) >= 1 && held.at(2) >= 1 && held.at(3) == 1 && held.at(5) >= 1);
    const int ratingsBefore = countOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM ratings"));
    const int cardsOfTheo =
        countOf(*m_db,
                QStringLiteral("SELECT COUNT(*) FROM scorecards s JOIN interviews i ON "
                               "i.id = s.interview_id JOIN applications a ON "
                               "a.id = i.application_id WHERE a.candidate_id = ?"),
                {theo});
    const int ratingsOfTheo =
        countOf(*m_db,
                QStringLiteral("SELECT COUNT(*) FROM ratings r JOIN scorecards s ON "
                               "s.id = r.scorecard_id JOIN interviews i ON i.id = s.interview_id "
                               "JOIN applications a ON a.id = i.application_id WHERE "
                               "a.candidate_id = ?"),
                {theo});
    QVERIFY(cardsOfTheo >= 2 && ratingsOfTheo > cardsOfTheo);
    auto applicationIds =
        m_db->exec(QStringLiteral("SELECT id FROM applications WHERE candidate_id = ?"), {theo});
    QSet<RowId> his;
    while (applicationIds->next())
        his.insert(applicationIds->value(0).toLongLong());
    const QStringList othersBefore =
        PrivacyFixture::statistics(*m_db, PrivacyFixture::demoDay(), his, true);
    QVERIFY(othersBefore.size() > 20);
    const QStringList distinctive = PrivacyFixture::distinctiveText(*m_db, {theo});
    QVERIFY(distinctive.size() >= 5);
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), distinctive), distinctive);

    auto plan = PersonEraser(*m_db).plan(theo);
    QVERIFY(plan && plan->allowed());
    QCOMPARE(plan->person.counts().scorecards, cardsOfTheo);
    auto erased = PersonEraser(*m_db).erase(theo, kActor, kNow);
    QVERIFY2(erased, qPrintable(erased.errorMessage()));
    QVERIFY(erased->fileScrubbed);
    QCOMPARE(erased->deleted, plan->person.counts());

    QCOMPARE(rowsAbout(*m_db, theo, uuid), QList<int>(held.size(), 0));
    QCOMPARE(countOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM ratings")),
             ratingsBefore - ratingsOfTheo);
    // One audit entry says a person was erased: ids and counts, no text of theirs.
    auto note = m_db->exec(QStringLiteral("SELECT actor, field, old_value, new_value, reason "
                                          "FROM audit_log WHERE entity_uuid = ?"),
                           {uuid});
    QVERIFY(note && note->next());
    QCOMPARE(note->value(0).toString(), kActor);
    QCOMPARE(note->value(1).toString(), QStringLiteral("erased"));
    QVERIFY(note->value(2).isNull());
    QCOMPARE(note->value(3).toString(), erased->deleted.toRecordText());
    QVERIFY(note->value(3).toString().startsWith(
        QStringLiteral("applications=1 interviews=%1 scorecards=%2 ")
            .arg(held.at(2))
            .arg(cardsOfTheo)));
    QVERIFY(note->value(4).toString().isEmpty());
    QVERIFY(!note->next());
    // Nothing of theirs is left in the file, and the others' figures stand.
    QCOMPARE(PrivacyFixture::foundStored(*m_db, path(), distinctive), QStringList());
    QCOMPARE(PrivacyFixture::statistics(*m_db, PrivacyFixture::demoDay(), his, true), othersBefore);
    auto again = PersonEraser(*m_db).plan(theo);
    QVERIFY(!again);
    QVERIFY(again.errorMessage().contains(QString::number(theo)));
}

QTEST_GUILESS_MAIN(TestPersonEraser)
#include "tst_personeraser.moc"

#include "TestDatabase.h"
#include "pipeline/CandidateIntake.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QDate kToday(2026, 11, 20);

NewCandidate person(const QString& name, const QString& email) {
    NewCandidate input;
    input.fullName = name;
    input.email = email;
    input.phone = QStringLiteral("+44 20 7946 0000");
    input.source = QStringLiteral("Referral");
    return input;
}
} // namespace

/// Adding candidates by hand to a real SQLite file: required fields, the
/// duplicate rule, reuse across openings, and taking an addition back.
class TestCandidateIntake : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_support = kNoRow;
    RowId m_design = kNoRow;

    int candidates() { return static_cast<int>(CandidateRepository(*m_db).list()->size()); }
    int applicationsOf(RowId opening) {
        return static_cast<int>(ApplicationRepository(*m_db).forOpening(opening)->size());
    }

private slots:
    void init() {
        static int n = 0;
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("ci%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        for (RowId* id : {&m_support, &m_design}) {
            Opening opening;
            opening.title = id == &m_support ? QStringLiteral("Support") : QStringLiteral("Design");
            QVERIFY(OpeningRepository(*m_db).insert(opening).ok());
            *id = opening.id;
        }
    }

    void addsCandidateAndApplication() {
        NewCandidate input =
            person(QStringLiteral("  Ana Lima "), QStringLiteral("ana@example.org"));
        input.promisedResponseDate = QDate(2026, 11, 27);
        auto added = CandidateIntake(*m_db).add(m_support, input, kToday);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QVERIFY(added->candidateIsNew);
        auto candidate = CandidateRepository(*m_db).get(added->candidate.id);
        QCOMPARE(candidate->fullName, QStringLiteral("Ana Lima"));
        QCOMPARE(candidate->phone, QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(candidate->source, QStringLiteral("Referral"));
        auto application = ApplicationRepository(*m_db).get(added->application.id);
        QCOMPARE(application->stage, PipelineStage::Applied);
        QCOMPARE(application->furthestStage, PipelineStage::Applied);
        QCOMPARE(application->appliedOn, kToday);
        QCOMPARE(application->promisedResponseDate, QDate(2026, 11, 27));
        QCOMPARE(application->openingId, m_support);
    }

    void nameAndValidEmailAreRequired() {
        const QList<IntakeProblem> noName =
            CandidateIntake::validate(person(QStringLiteral(" "), QStringLiteral("a@example.org")));
        QCOMPARE(noName.size(), 1);
        QCOMPARE(noName[0].field, IntakeField::FullName);

        const QList<IntakeProblem> badMail =
            CandidateIntake::validate(person(QStringLiteral("Ana"), QStringLiteral("ana@nowhere")));
        QCOMPARE(badMail.size(), 1);
        QCOMPARE(badMail[0].field, IntakeField::Email);
        QVERIFY2(badMail[0].message.contains(QStringLiteral("ana@nowhere")),
                 qPrintable(badMail[0].message));

        auto refused = CandidateIntake(*m_db).add(
            m_support, person(QString(), QStringLiteral("not-an-address")), kToday);
        QVERIFY(!refused.ok());
        // Both problems, each line naming its field.
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Name: ")),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("E-mail: ")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(candidates(), 0);
        QCOMPARE(applicationsOf(m_support), 0);
    }

    void sameEmailTwiceInOneOpeningIsRefused() {
        CandidateIntake intake(*m_db);
        QVERIFY(intake
                    .add(m_support,
                         person(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")),
                         kToday)
                    .ok());
        // Any case: e-mail addresses are compared case-insensitively.
        const NewCandidate again =
            person(QStringLiteral("Ana L."), QStringLiteral("ANA@example.org"));
        auto problems = intake.check(m_support, again);
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->at(0).field, IntakeField::Email);
        auto refused = intake.add(m_support, again, kToday);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().startsWith(QStringLiteral("E-mail: ")),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("already applied")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(candidates(), 1);
        QCOMPARE(applicationsOf(m_support), 1);
    }

    void knownPersonIsReusedInAnotherOpening() {
        CandidateIntake intake(*m_db);
        auto first = intake.add(
            m_support, person(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")),
            kToday);
        QVERIFY(first.ok());
        auto second = intake.add(
            m_design, person(QStringLiteral("Ana Lima"), QStringLiteral("Ana@Example.org")),
            kToday);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(!second->candidateIsNew);
        QCOMPARE(second->candidate.id, first->candidate.id);
        QCOMPARE(candidates(), 1);
        QCOMPARE(applicationsOf(m_design), 1);

        // Taking back the second application keeps the person: they still
        // applied to Support.
        QVERIFY(intake.takeBack(*second).ok());
        QCOMPARE(applicationsOf(m_design), 0);
        QCOMPARE(candidates(), 1);
    }

    void takeBackAndRestoreKeepUuids() {
        CandidateIntake intake(*m_db);
        auto added = intake.add(
            m_support, person(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")),
            kToday);
        QVERIFY(added.ok());
        QVERIFY(intake.takeBack(*added).ok());
        QCOMPARE(candidates(), 0);
        QCOMPARE(applicationsOf(m_support), 0);

        auto restored = intake.restore(*added);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(candidates(), 1);
        QCOMPARE(applicationsOf(m_support), 1);
        auto application = ApplicationRepository(*m_db).findByUuid(added->application.uuid);
        QVERIFY(application.ok() && application->has_value());
        QCOMPARE((*application)->candidateId, restored->candidate.id);
        QCOMPARE(restored->candidate.uuid, added->candidate.uuid);
    }
};

QTEST_GUILESS_MAIN(TestCandidateIntake)
#include "tst_candidateintake.moc"

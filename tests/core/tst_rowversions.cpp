// Every versioned table (migration 10) refuses a save based on an old read:
// two editors read the same row, the first saves, the second is refused as
// stale with the row as the first stored it, and nothing of the second is
// written, child rows included. Saving again on the version now stored (what
// "Keep Mine" does) succeeds. The rows are the demo database's (seed 1), so
// every record kind is exercised with realistic child rows.

#include "DraftingFixture.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RejectionDraftRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace debrief;

namespace {

QVariant scalar(Database& db, const char* sql) {
    return test::DraftingFixture::scalar(db, QString::fromLatin1(sql), {});
}

} // namespace

class TestRowVersions : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void candidate();
    void application();
    void opening();
    void interview();
    void decision();
    void rejectionDraft();
    void reference();
    void missingRowIsNotFoundNotStale();

private:
    /// The check, for any repository: `change` makes an edit that differs
    /// from `otherChange`'s, both on copies of the row with id `id`.
    template <typename Repository, typename T>
    void refusesStaleSave(RowId id, const std::function<void(T&)>& change,
                          const std::function<void(T&)>& otherChange);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRowVersions::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = test::DraftingFixture::demo(m_dir->filePath(QStringLiteral("versions.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestRowVersions::cleanup() {
    m_db.reset();
    m_dir.reset();
}

template <typename Repository, typename T>
void TestRowVersions::refusesStaleSave(RowId id, const std::function<void(T&)>& change,
                                       const std::function<void(T&)>& otherChange) {
    QVERIFY(id > 0);
    Repository repository(*m_db);
    auto read = repository.get(id);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    const T original = *read;
    T first = original;
    T second = original;

    change(first);
    const auto saved = repository.update(first);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(first.rowVersion, original.rowVersion + 1);
    auto afterFirst = repository.get(id);
    QVERIFY(afterFirst);
    QCOMPARE(*afterFirst, first);

    otherChange(second);
    QVERIFY(second != first);
    const auto refused = repository.update(second);
    QVERIFY(!refused.ok());
    QVERIFY(refused.isStale());
    QCOMPARE(refused.current(), first);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Nothing was overwritten")),
             qPrintable(refused.errorMessage()));
    // The refused editor's value is left as it was, version included.
    QCOMPARE(second.rowVersion, original.rowVersion);
    auto afterRefusal = repository.get(id);
    QVERIFY(afterRefusal);
    QCOMPARE(*afterRefusal, first);

    // Keep Mine: the same edit, now based on the version stored.
    second.rowVersion = refused.current().rowVersion;
    const auto kept = repository.update(second);
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(second.rowVersion, original.rowVersion + 2);
    auto afterKeep = repository.get(id);
    QVERIFY(afterKeep);
    QCOMPARE(*afterKeep, second);
}

void TestRowVersions::candidate() {
    const RowId id = scalar(*m_db, "SELECT MIN(id) FROM candidates").toLongLong();
    refusesStaleSave<CandidateRepository, Candidate>(
        id, [](Candidate& c) { c.notes = QStringLiteral("Prefers mornings"); },
        [](Candidate& c) { c.phone = QStringLiteral("+44 20 7946 0000"); });
}

void TestRowVersions::application() {
    const RowId id = scalar(*m_db, "SELECT MIN(id) FROM applications").toLongLong();
    refusesStaleSave<ApplicationRepository, Application>(
        id,
        [](Application& a) {
            a.onHold = true;
            a.holdReason = QStringLiteral("Waiting for the budget");
        },
        [](Application& a) { a.stage = PipelineStage::Withdrawn; });
}

void TestRowVersions::opening() {
    // An opening with a panel of at least two, so the child rows differ.
    const RowId id = scalar(*m_db, "SELECT opening_id FROM opening_panel GROUP BY opening_id "
                                   "HAVING COUNT(*) > 1 ORDER BY opening_id LIMIT 1")
                         .toLongLong();
    refusesStaleSave<OpeningRepository, Opening>(
        id, [](Opening& o) { o.panel.removeLast(); },
        [](Opening& o) {
            o.title = QStringLiteral("Staff engineer");
            std::reverse(o.panel.begin(), o.panel.end());
        });
}

void TestRowVersions::interview() {
    const RowId id = scalar(*m_db, "SELECT interview_id FROM interview_panelists GROUP BY "
                                   "interview_id HAVING COUNT(*) > 1 ORDER BY interview_id "
                                   "LIMIT 1")
                         .toLongLong();
    refusesStaleSave<InterviewRepository, Interview>(
        id, [](Interview& i) { i.panelistIds.removeLast(); },
        [](Interview& i) { i.location = QStringLiteral("Room 4.12"); });
}

void TestRowVersions::decision() {
    const RowId id = scalar(*m_db, "SELECT MIN(id) FROM decisions").toLongLong();
    refusesStaleSave<DecisionRepository, Decision>(
        id, [](Decision& d) { d.rationale = QStringLiteral("Stronger on system design."); },
        [](Decision& d) {
            d.shareDecidingFactor = !d.shareDecidingFactor;
            d.outcomes.removeLast();
        });
}

void TestRowVersions::rejectionDraft() {
    // The demo holds no drafts yet: one written by hand for a rejected applicant.
    RejectionDraft draft;
    draft.applicationId =
        scalar(*m_db, "SELECT MIN(id) FROM applications WHERE stage = 'rejected'").toLongLong();
    draft.language = QStringLiteral("en");
    draft.subject = QStringLiteral("Your application");
    draft.body = QStringLiteral("Dear Ann,\n\nThank you.");
    QVERIFY(RejectionDraftRepository(*m_db).insert(draft));
    const RowId id = draft.id;
    refusesStaleSave<RejectionDraftRepository, RejectionDraft>(
        id, [](RejectionDraft& d) { d.subject = QStringLiteral("About your application"); },
        [](RejectionDraft& d) { d.body = QStringLiteral("Thank you for your time."); });
}

void TestRowVersions::reference() {
    const RowId id = scalar(*m_db, "SELECT MIN(id) FROM referees").toLongLong();
    refusesStaleSave<ReferenceRepository, Reference>(
        id, [](Reference& r) { r.concern = !r.concern; },
        [](Reference& r) { r.summary = QStringLiteral("Reliable under pressure."); });
}

void TestRowVersions::missingRowIsNotFoundNotStale() {
    Reference ghost;
    ghost.id = 999999;
    ghost.name = QStringLiteral("Nobody");
    const auto refused = ReferenceRepository(*m_db).update(ghost);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.isStale());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("999999")),
             qPrintable(refused.errorMessage()));
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"

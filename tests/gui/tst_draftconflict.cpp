#include "ConflictTable.h"
#include "DatabaseSession.h"
#include "drafts/DraftEditor.h"

#include "analytics/ComparisonInput.h"
#include "decision/DecisionWorkflow.h"
#include "demo/DemoDataGenerator.h"
#include "drafting/DraftWorkflow.h"
#include "scoring/ScoreViewer.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/RejectionDraftRepository.h"
#include "storage/RubricRepository.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

} // namespace

/// The draft editor when its draft was saved elsewhere (a second
/// connection to the same file, as a second window or computer would): a
/// save or a Mark as Sent is refused and shows both versions, and the
/// sender keeps theirs or takes the other; with no conflict saving is
/// silent. On the demo's debrief opening, decided, with a rejected
/// finalist's draft (not held).
class TestDraftConflict : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savingWithoutConflictIsSilent();
    void keepMineSavesOverTheOtherVersion();
    void takeTheirsShowsTheOtherVersion();
    void markingAChangedDraftSentShowsItFirst();

private:
    /// Opens the editor on the rejected finalist and stores its draft.
    void openAndSave();
    /// Saves the stored draft through a second connection after `change`.
    void saveElsewhere(const std::function<void(RejectionDraft&)>& change);
    /// Appends `text` to the message and clicks Save.
    void typeAndSave(const QString& text);
    RejectionDraft stored();
    QDialog* conflictDialog() const;
    QStringList tableTexts() const;
    void click(QWidget* in, const char* name);

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<DraftEditor> m_editor;
    QUuid m_openingUuid;
    RowId m_rejected = kNoRow;
};

void TestDraftConflict::initTestCase() {
    QVERIFY(m_dir.isValid());
    DatabaseSession session;
    QVERIFY(session.create(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    auto written = DemoDataGenerator({1, kToday, 0}).generate(session.database());
    QVERIFY2(written, qPrintable(written.errorMessage()));
    m_openingUuid = written->debriefOpeningUuid;
}

void TestDraftConflict::init() {
    m_path = m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_files));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), m_path));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_settings->setUiLanguage(QStringLiteral("en"));
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->open(m_path));
    m_session->clock().setFixedToday(kToday);
    Database& db = m_session->database();
    auto opening = OpeningRepository(db).findByUuid(m_openingUuid);
    QVERIFY(opening && opening->has_value());
    RowId lead = kNoRow;
    for (const PanelMember& m : (*opening)->panel)
        lead = m.isLead && lead == kNoRow ? m.panelistId : lead;
    auto input = ComparisonInput::load(db, (*opening)->id, ScoreViewer::panelist(lead));
    QVERIFY(input);
    QList<RowId> finalists;
    for (const Finalist& f : input->matrix.finalists())
        finalists.append(f.applicationId);
    QVERIFY(finalists.size() >= 3);
    auto rubric = RubricRepository(db).currentForOpening((*opening)->id);
    QVERIFY(rubric && rubric->has_value());
    DecisionRequest request;
    request.openingId = (*opening)->id;
    request.chosen = {finalists[0]};
    request.runnersUp = {{finalists[1], 1, false}};
    request.decidingCriterionIds = {(*rubric)->criteria.first().id};
    request.rationale = QStringLiteral("Clearer system design in the final round.");
    request.decidedBy = lead;
    request.decidedAt = QDateTime(kToday, QTime(10, 0), Qt::UTC);
    auto decided = DecisionWorkflow(db).record(request, QStringLiteral("lead"));
    QVERIFY2(decided, qPrintable(decided.errorMessage()));
    m_rejected = finalists[2];
}

void TestDraftConflict::cleanup() {
    if (m_editor)
        m_editor->hide(); // not close(): no save behind the test's back
    m_editor.reset();
    m_session.reset();
    m_settings.reset();
}

void TestDraftConflict::openAndSave() {
    m_editor = std::make_unique<DraftEditor>(*m_session, *m_settings);
    const Status loaded = m_editor->load(m_rejected);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    m_editor->resize(1100, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    click(m_editor.get(), "saveDraftButton");
    QVERIFY(stored().id != kNoRow);
}

void TestDraftConflict::saveElsewhere(const std::function<void(RejectionDraft&)>& change) {
    auto other = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    QVERIFY2(other, qPrintable(other.errorMessage()));
    auto draft = RejectionDraftRepository(**other).latestForApplication(m_rejected);
    QVERIFY(draft && draft->has_value());
    RejectionDraft edited = **draft;
    change(edited);
    auto saved = DraftWorkflow(**other).save(edited, QStringLiteral("elsewhere"),
                                             QDateTime::currentDateTimeUtc());
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
}

void TestDraftConflict::typeAndSave(const QString& text) {
    auto* body = m_editor->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
    QVERIFY(body);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, text);
    click(m_editor.get(), "saveDraftButton");
}

RejectionDraft TestDraftConflict::stored() {
    auto draft = RejectionDraftRepository(m_session->database()).latestForApplication(m_rejected);
    return draft && draft->has_value() ? **draft : RejectionDraft{};
}

QDialog* TestDraftConflict::conflictDialog() const {
    return test::ConflictTable::shownDialog(m_editor.get(), QStringLiteral("draftConflictDialog"));
}

QStringList TestDraftConflict::tableTexts() const {
    return test::ConflictTable::rows(conflictDialog());
}

void TestDraftConflict::click(QWidget* in, const char* name) {
    auto* button = in->findChild<QPushButton*>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestDraftConflict::savingWithoutConflictIsSilent() {
    openAndSave();
    const int version = stored().rowVersion;
    typeAndSave(QStringLiteral(" Mine."));
    QVERIFY(stored().body.endsWith(QStringLiteral(" Mine.")));
    QCOMPARE(stored().rowVersion, version + 1);
    QVERIFY(!conflictDialog());
    QVERIFY(!m_editor->findChild<QMessageBox*>(QStringLiteral("draftMessage")));
    QCOMPARE(m_editor->findChild<QLabel*>(QStringLiteral("draftStatus"))->text(),
             QStringLiteral("Saved."));

    // Changed elsewhere while nothing is typed here: closing keeps theirs
    // and asks nothing.
    saveElsewhere([](RejectionDraft& d) { d.subject = QStringLiteral("Their subject"); });
    QVERIFY(m_editor->close());
    QVERIFY(!conflictDialog());
    QCOMPARE(stored().subject, QStringLiteral("Their subject"));
    QCOMPARE(stored().rowVersion, version + 2);
}

void TestDraftConflict::keepMineSavesOverTheOtherVersion() {
    openAndSave();
    const RejectionDraft before = stored();
    saveElsewhere([](RejectionDraft& d) { d.subject = QStringLiteral("Their subject"); });
    typeAndSave(QStringLiteral(" Mine."));
    QTRY_VERIFY(conflictDialog());
    // Nothing was overwritten while the sender decides.
    QCOMPARE(stored().subject, QStringLiteral("Their subject"));
    QCOMPARE(stored().body, before.body);
    const QStringList rows = tableTexts();
    const QString mine = before.body + QStringLiteral(" Mine.");
    QVERIFY2(rows.contains(QStringLiteral("Subject|%1|Their subject|differs").arg(before.subject)),
             qPrintable(rows.join(u'\n')));
    // The whole message, both versions.
    QVERIFY2(rows.contains(QStringLiteral("Message|%1|%2|differs").arg(mine, before.body)),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Status|Draft|Draft|")));
    click(conflictDialog(), "keepMineButton");
    QTRY_VERIFY(!conflictDialog());
    QTRY_COMPARE(stored().body, mine);
    QCOMPARE(stored().subject, before.subject);
    QCOMPARE(stored().rowVersion, before.rowVersion + 2);
    QVERIFY(!m_editor->findChild<QMessageBox*>(QStringLiteral("draftMessage")));
}

void TestDraftConflict::takeTheirsShowsTheOtherVersion() {
    openAndSave();
    const RejectionDraft before = stored();
    saveElsewhere([](RejectionDraft& d) {
        d.subject = QStringLiteral("Their subject");
        d.body = QStringLiteral("Their message.");
    });
    typeAndSave(QStringLiteral(" Mine."));
    QTRY_VERIFY(conflictDialog());
    click(conflictDialog(), "takeTheirsButton");
    QTRY_VERIFY(!conflictDialog());
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Their subject"));
    QCOMPARE(m_editor->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"))->toPlainText(),
             QStringLiteral("Their message."));
    // Nothing of the sender's version is saved afterwards either.
    QVERIFY(m_editor->close());
    QCOMPARE(stored().rowVersion, before.rowVersion + 1);
    QCOMPARE(stored().body, QStringLiteral("Their message."));
}

void TestDraftConflict::markingAChangedDraftSentShowsItFirst() {
    openAndSave();
    const RejectionDraft before = stored();
    // Still a letter with a greeting, so no tone finding asks first.
    const QString theirs = before.body + QStringLiteral("\nTheir line.");
    saveElsewhere([&](RejectionDraft& d) { d.body = theirs; });
    const auto markSent = [this] {
        click(m_editor.get(), "markSentButton");
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_editor->findChild<QDialog*>(QStringLiteral("markSentDialog"))));
        dialog->accept();
    };
    markSent();
    QTRY_VERIFY(conflictDialog());
    QVERIFY(!stored().isSent());
    QVERIFY(
        tableTexts().contains(QStringLiteral("Message|%1|%2|differs").arg(before.body, theirs)));
    click(conflictDialog(), "takeTheirsButton");
    QTRY_VERIFY(!conflictDialog());
    QVERIFY(!stored().isSent());
    // Now the sender has seen what goes out.
    markSent();
    QTRY_VERIFY(stored().isSent());
    QCOMPARE(stored().body, theirs);
    QVERIFY(!conflictDialog());
}

QTEST_MAIN(TestDraftConflict)
#include "tst_draftconflict.moc"

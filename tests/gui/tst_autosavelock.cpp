#include "DatabaseSession.h"
#include "ScoringFixture.h"
#include "scorecard/ScorecardEditor.h"

#include "storage/ScorecardRepository.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace debrief;

namespace {

/// How long SQLite's busy timeout (5 s) and the editor's retries (2 s, 4 s,
/// …) may take together before a save must have happened.
constexpr int kSaveWithinMs = 30000;

} // namespace

/// The scorecard editor's autosave while another program holds the
/// database's write lock (debrief-testtool hold-lock, a second process):
/// the save waits or is tried again, the user is told, and what they typed
/// stays in the editor until it is saved. Closing meanwhile asks first.
class TestAutosaveLock : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shortLockDelaysTheSave();
    void longLockKeepsTheTextUntilItCanBeSaved();
    void closingWithUnsavedTextCanDiscardIt();

private:
    /// Starts the other program; it holds the lock for `ms` milliseconds,
    /// or until release() when `ms` is 0.
    void holdLock(int ms = 0);
    void release();
    void openEditor(RowId panelistId);
    QString storedEvidence(RowId panelistId);
    QString status() const;
    QPlainTextEdit* evidence() const;
    QMessageBox* question() const;

    std::unique_ptr<test::ScoringFixture> m_fixture;
    std::unique_ptr<ScorecardEditor> m_editor;
    std::unique_ptr<QProcess> m_holder;
};

void TestAutosaveLock::init() {
    m_fixture = std::make_unique<test::ScoringFixture>();
    const QString failure = m_fixture->setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestAutosaveLock::cleanup() {
    if (m_holder) {
        m_holder->kill();
        m_holder->waitForFinished();
        m_holder.reset();
    }
    m_editor.reset();
    m_fixture.reset();
}

void TestAutosaveLock::holdLock(int ms) {
    m_holder = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("hold-lock"), QStringLiteral("--db"),
                     m_fixture->databasePath()};
    if (ms > 0)
        args << QStringLiteral("--ms") << QString::number(ms);
    m_holder->start(QStringLiteral(DEBRIEF_TESTTOOL), args);
    QVERIFY(m_holder->waitForStarted());
    QVERIFY(m_holder->waitForReadyRead(10000));
    QCOMPARE(m_holder->readLine().trimmed(), QByteArray("locked"));
}

void TestAutosaveLock::release() {
    m_holder->write("\n");
    m_holder->closeWriteChannel();
    QVERIFY(m_holder->waitForFinished(10000));
    QCOMPARE(m_holder->exitCode(), 0);
}

void TestAutosaveLock::openEditor(RowId panelistId) {
    QString failure;
    m_editor = m_fixture->openEditor(panelistId, &failure);
    QVERIFY2(m_editor, qPrintable(failure));
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

QString TestAutosaveLock::storedEvidence(RowId panelistId) {
    auto cards = ScorecardRepository(m_fixture->session().database())
                     .forInterview(m_fixture->sample.interview);
    if (!cards)
        return QStringLiteral("(cannot read: %1)").arg(cards.errorMessage());
    for (const Scorecard& card : *cards) {
        if (card.panelistId == panelistId)
            return card.rating(m_fixture->sample.design)->evidence;
    }
    return QStringLiteral("(no card)");
}

QString TestAutosaveLock::status() const {
    return m_editor->findChild<QLabel*>(QStringLiteral("scorecardStatus"))->text();
}

QPlainTextEdit* TestAutosaveLock::evidence() const {
    return m_editor->findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit0"));
}

QMessageBox* TestAutosaveLock::question() const {
    auto* box = m_editor->findChild<QMessageBox*>(QStringLiteral("unsavedDraftQuestion"));
    return box && box->isVisible() ? box : nullptr;
}

void TestAutosaveLock::shortLockDelaysTheSave() {
    openEditor(m_fixture->sample.kim);
    holdLock(1500);
    evidence()->setFocus();
    QTest::keyClicks(evidence(), QStringLiteral("Needed hints on the cache"));
    QTRY_COMPARE_WITH_TIMEOUT(storedEvidence(m_fixture->sample.kim),
                              QStringLiteral("Needed hints on the cache"), kSaveWithinMs);
    QCOMPARE(evidence()->toPlainText(), QStringLiteral("Needed hints on the cache"));
    QTRY_VERIFY(status().startsWith(QStringLiteral("Draft saved ")));
}

void TestAutosaveLock::longLockKeepsTheTextUntilItCanBeSaved() {
    const RowId sam = m_fixture->sample.sam;
    openEditor(sam);
    // A first draft is stored; the lock then meets an update of it.
    evidence()->setFocus();
    QTest::keyClicks(evidence(), QStringLiteral("Sketched"));
    QTRY_COMPARE(storedEvidence(sam), QStringLiteral("Sketched"));

    holdLock();
    QTest::keyClicks(evidence(), QStringLiteral(" a sharded queue"));
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Not saved yet")), kSaveWithinMs);
    QVERIFY2(status().contains(QStringLiteral("your changes are kept here")), qPrintable(status()));
    // Why, for whoever asks: the file is busy with another writer.
    const QString why = m_editor->findChild<QLabel*>(QStringLiteral("scorecardStatus"))->toolTip();
    QVERIFY2(why.contains(QStringLiteral("is busy")), qPrintable(why));
    QCOMPARE(storedEvidence(sam), QStringLiteral("Sketched"));
    QCOMPARE(evidence()->toPlainText(), QStringLiteral("Sketched a sharded queue"));

    // Closing now would lose the text: the editor asks, and stays open.
    m_editor->close();
    QTRY_VERIFY(question());
    QVERIFY(question()->text().contains(QStringLiteral("not saved yet")));
    QCOMPARE(question()->detailedText(), why);
    QPushButton* keep = nullptr;
    for (QAbstractButton* button : question()->buttons()) {
        if (button->text() == QStringLiteral("&Keep Editing"))
            keep = qobject_cast<QPushButton*>(button);
    }
    QVERIFY(keep);
    QCOMPARE(question()->defaultButton(), keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!question());
    QVERIFY(m_editor->isVisible());

    // Still typing while the lock is held; all of it is saved once it goes.
    evidence()->setFocus();
    QTest::keyClicks(evidence(), QStringLiteral(" with retries"));
    release();
    QTRY_COMPARE_WITH_TIMEOUT(storedEvidence(sam),
                              QStringLiteral("Sketched a sharded queue with retries"),
                              kSaveWithinMs);
    QTRY_VERIFY(status().startsWith(QStringLiteral("Draft saved ")));
    m_editor->close();
    QVERIFY(!question());
    QVERIFY(!m_editor->isVisible());
}

void TestAutosaveLock::closingWithUnsavedTextCanDiscardIt() {
    const RowId kim = m_fixture->sample.kim;
    openEditor(kim);
    holdLock();
    evidence()->setFocus();
    QTest::keyClicks(evidence(), QStringLiteral("Never mind"));
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Not saved yet")), kSaveWithinMs);
    m_editor->close();
    QTRY_VERIFY(question());
    QAbstractButton* discard = nullptr;
    for (QAbstractButton* button : question()->buttons()) {
        if (button->text() == QStringLiteral("&Discard Changes"))
            discard = button;
    }
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(!m_editor->isVisible());
    release();
    // Discarded: nothing is left to save, even when asked to.
    m_editor->saveDraftNow();
    QCOMPARE(storedEvidence(kim), QStringLiteral("(no card)"));
}

QTEST_MAIN(TestAutosaveLock)
#include "tst_autosavelock.moc"

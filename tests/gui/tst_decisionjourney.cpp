#include "DraftsTree.h"
#include "EmptyOpening.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "decision/DecisionDialog.h"
#include "drafts/DraftEditor.h"
#include "drafts/RejectionDraftsView.h"

#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CommunicationRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace debrief;
using debrief::test::DraftsTree;
using debrief::test::EmptyOpening;

namespace {} // namespace

/// A panel's own opening, built on an empty database through lib/core (no
/// demo data), taken from the decision to the last message in the window:
/// Decision › Record Decision… by keyboard (the plan listed before saving),
/// Rejection Drafts (the not-selected finalist under Ready, the runner-up
/// under Held), one-step undo, Offer Declined (the runner-up becomes the
/// chosen candidate with an offer letter), and "Send anyway?" on a draft
/// with an open tone finding.
class TestDecisionJourney : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fromTheDecisionToTheLastMessage();
    void sendAnywayAsksOnlyWithFindingsAndIsLogged();

private:
    void recordByKeyboard();
    RejectionDraftsView* openDrafts();
    DraftEditor* openDraft(RejectionDraftsView* view, DraftGroup group, const QString& name);
    QList<Application> applications();
    Application application(RowId id);
    QString lastSummary(RowId applicationId);

    QTemporaryDir m_dir;
    int m_files = 0;
    EmptyOpening m_o;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestDecisionJourney::init() {
    const QString path = m_dir.filePath(QStringLiteral("own%1.sqlite").arg(++m_files));
    QString error;
    m_o = EmptyOpening::build(path, &error);
    QVERIFY2(m_o.db, qPrintable(error));
    m_o.db.reset(); // the window opens the file itself
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_settings->setUiLanguage(QStringLiteral("en"));
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->open(path));
    m_session->clock().setFixedToday(EmptyOpening::kToday);
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showOpening(m_o.openingId);
    QCOMPARE(m_window->currentOpeningId(), m_o.openingId);
}

void TestDecisionJourney::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

QList<Application> TestDecisionJourney::applications() {
    // Their content: an undo writes the old content again, so the row
    // versions move on.
    auto all = ApplicationRepository(m_session->database()).forOpening(m_o.openingId);
    QList<Application> found = all ? *all : QList<Application>{};
    for (Application& a : found)
        a.rowVersion = 0;
    return found;
}

Application TestDecisionJourney::application(RowId id) {
    auto found = ApplicationRepository(m_session->database()).get(id);
    return found ? *found : Application{};
}

QString TestDecisionJourney::lastSummary(RowId applicationId) {
    auto entries = CommunicationRepository(m_session->database()).forApplication(applicationId);
    return entries && !entries->isEmpty() ? entries->constLast().summary : QString();
}

void TestDecisionJourney::recordByKeyboard() {
    m_window->findChild<QAction*>(QStringLiteral("recordDecisionAction"))->trigger();
    DecisionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DecisionDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), DecisionDialog::Mode::Record);
    // Rows: Ana, Ben, Chloé (oldest application first). Items: Not
    // selected, Chosen, Runner-up.
    for (const auto& [row, downs] : {std::pair{0, 1}, std::pair{1, 2}}) {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo%1").arg(row));
        QVERIFY(combo);
        combo->setFocus();
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
    }
    auto* criteria = dialog->findChild<QListWidget*>(QStringLiteral("decidingCriteriaList"));
    criteria->setFocus();
    criteria->setCurrentRow(0);
    QTest::keyClick(criteria, Qt::Key_Space);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit")),
                     QStringLiteral("Ana's pipeline design was the clearest."));

    // Before saving: what recording does to everyone, in plain words.
    auto* plan = dialog->findChild<QListWidget*>(QStringLiteral("plannedChanges"));
    QStringList lines;
    for (int i = 0; i < plan->count(); ++i)
        lines.append(plan->item(i)->text());
    const QStringList expected{
        QStringLiteral("Ana Lima: chosen, Final → Offer"),
        QStringLiteral("Ben Novak: runner-up 1, on hold (stays in Final)"),
        QString::fromUtf8("Chloé Martin: finalist not selected, Final → Rejected"),
        QStringLiteral("Dev Patel: still in process, Interview → Rejected"),
        QStringLiteral("Eve Walsh: still in process, Applied → Rejected"),
        QStringLiteral("3 candidate(s) will wait under Ready in Rejection Drafts.")};
    // English plurals come from the translation file the integrator updates.
    QCOMPARE(lines.mid(0, 5), expected.mid(0, 5));
    QVERIFY2(lines.at(5).startsWith(QStringLiteral("3 candidate")), qPrintable(lines.at(5)));
    QCOMPARE(application(m_o.eve).stage, PipelineStage::Applied); // nothing saved yet

    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<DecisionDialog*>());
}

RejectionDraftsView* TestDecisionJourney::openDrafts() {
    m_window->findChild<QAction*>(QStringLiteral("rejectionDraftsAction"))->trigger();
    auto* view = m_window->findChild<RejectionDraftsView*>();
    if (view)
        (void)view->reload();
    return view;
}

DraftEditor* TestDecisionJourney::openDraft(RejectionDraftsView* view, DraftGroup group,
                                            const QString& name) {
    QTreeWidget* tree = view->tree();
    QTreeWidgetItem* item = DraftsTree::row(tree, group, name);
    if (!item)
        return nullptr;
    tree->setFocus();
    tree->setCurrentItem(item);
    QTest::keyClick(tree, Qt::Key_Return);
    for (DraftEditor* editor : view->findChildren<DraftEditor*>()) {
        if (editor->isVisible() && editor->windowTitle().contains(name))
            return editor;
    }
    return nullptr;
}

void TestDecisionJourney::fromTheDecisionToTheLastMessage() {
    const QList<Application> before = applications();
    recordByKeyboard();
    QCOMPARE(application(m_o.ana).stage, PipelineStage::Offer);
    QVERIFY(application(m_o.ben).onHold);
    for (RowId closed : {m_o.chloe, m_o.dev, m_o.eve})
        QCOMPARE(application(closed).stage, PipelineStage::Rejected);

    RejectionDraftsView* view = openDrafts();
    QVERIFY(view && view->isVisible());
    QCOMPARE(DraftsTree::names(view->tree(), DraftGroup::Ready),
             (QStringList{QString::fromUtf8("Chloé Martin"), QStringLiteral("Dev Patel"),
                          QStringLiteral("Eve Walsh")}));
    QCOMPARE(DraftsTree::names(view->tree(), DraftGroup::Held),
             QStringList{QStringLiteral("Ben Novak")});
    QCOMPARE(DraftsTree::names(view->tree(), DraftGroup::Offer),
             QStringList{QStringLiteral("Ana Lima")});

    // Edit › Undo takes the whole recording back in one step.
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(applications(), before);
    QVERIFY(view->reload());
    QVERIFY(DraftsTree::names(view->tree(), DraftGroup::Ready).isEmpty());
    stack->redo();
    QCOMPARE(application(m_o.chloe).stage, PipelineStage::Rejected);

    // Ana declines: Decision › Offer Declined / Hire Fell Through….
    m_window->findChild<QAction*>(QStringLiteral("offerDeclinedAction"))->trigger();
    QDialog* declined = nullptr;
    QTRY_VERIFY((declined = m_window->findChild<QDialog*>(QStringLiteral("offerDeclinedDialog"))));
    auto* note = declined->findChild<QLabel*>(QStringLiteral("offerOutcomeNote"));
    QVERIFY2(note->text().contains(QStringLiteral("Ben Novak, the first runner-up")),
             qPrintable(note->text()));
    QTest::keyClicks(declined->findChild<QPlainTextEdit*>(QStringLiteral("declineReasonEdit")),
                     QStringLiteral("Accepted a counter-offer."));
    QTest::mouseClick(declined->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog*>(QStringLiteral("offerDeclinedDialog")));
    QCOMPARE(application(m_o.ana).stage, PipelineStage::Withdrawn);
    QCOMPARE(application(m_o.ben).stage, PipelineStage::Offer);
    QVERIFY(!application(m_o.ben).onHold);
    QCOMPARE(stack->count(), 2);

    // Ben is the chosen candidate now, with an offer letter to start from.
    QVERIFY(view->reload());
    QCOMPARE(DraftsTree::names(view->tree(), DraftGroup::Offer),
             QStringList{QStringLiteral("Ben Novak")});
    QVERIFY(DraftsTree::names(view->tree(), DraftGroup::Held).isEmpty());
    DraftEditor* letter = openDraft(view, DraftGroup::Offer, QStringLiteral("Ben Novak"));
    QVERIFY(letter);
    QVERIFY2(letter->windowTitle().startsWith(QStringLiteral("Offer for Ben Novak")),
             qPrintable(letter->windowTitle()));
    const QString subject = letter->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text();
    QVERIFY2(subject.contains(QStringLiteral("we would like to make you an offer")),
             qPrintable(subject));
    QVERIFY(letter->findings().isEmpty());
    letter->close();
}

void TestDecisionJourney::sendAnywayAsksOnlyWithFindingsAndIsLogged() {
    recordByKeyboard();
    RejectionDraftsView* view = openDrafts();
    QVERIFY(view);

    // Eve's draft as written: no findings, so Copy does not ask.
    DraftEditor* eve = openDraft(view, DraftGroup::Ready, QStringLiteral("Eve Walsh"));
    QVERIFY(eve);
    QTest::mouseClick(eve->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QVERIFY(!eve->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion")));
    QTRY_VERIFY(lastSummary(m_o.eve).startsWith(QStringLiteral("Copied the message")));
    QVERIFY(!lastSummary(m_o.eve).contains(QStringLiteral("tone finding")));
    eve->close();

    // Dev's with a vague reason typed in: Copy asks first.
    DraftEditor* dev = openDraft(view, DraftGroup::Ready, QStringLiteral("Dev Patel"));
    QVERIFY(dev);
    auto* body = dev->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit"));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("You were not the right fit for us."));
    const QString logged = lastSummary(m_o.dev);
    auto* copy = dev->findChild<QPushButton*>(QStringLiteral("copyButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = dev->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion"))));
    QVERIFY2(question->text().contains(QStringLiteral("Vague reason")),
             qPrintable(question->text()));
    QVERIFY2(question->text().contains(QStringLiteral("not the right fit")),
             qPrintable(question->text()));
    // Go Back is the default: Enter goes back, and nothing is logged.
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("goBackButton"));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!dev->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion")));
    QCOMPARE(lastSummary(m_o.dev), logged);

    // Send Anyway: copied, and the log says what went with it.
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_VERIFY((question = dev->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion"))));
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("sendAnywayButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(lastSummary(m_o.dev) != logged);
    QVERIFY2(lastSummary(m_o.dev).contains(QStringLiteral("Sent with 1 open tone finding")) &&
                 lastSummary(m_o.dev).contains(QStringLiteral("Vague reason")),
             qPrintable(lastSummary(m_o.dev)));

    QTRY_VERIFY(!dev->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion")));

    // Mark as Sent asks the same way; the sent message is logged with it.
    QTest::mouseClick(dev->findChild<QPushButton*>(QStringLiteral("markSentButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((question = dev->findChild<QMessageBox*>(QStringLiteral("sendAnywayQuestion"))));
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("sendAnywayButton")),
                      Qt::LeftButton);
    QDialog* channel = nullptr;
    QTRY_VERIFY((channel = dev->findChild<QDialog*>(QStringLiteral("markSentDialog"))));
    channel->accept();
    QTRY_VERIFY(lastSummary(m_o.dev).startsWith(QStringLiteral("Sent the rejection")));
    QVERIFY2(lastSummary(m_o.dev).contains(QStringLiteral("Sent with 1 open tone finding")),
             qPrintable(lastSummary(m_o.dev)));
}

QTEST_MAIN(TestDecisionJourney)
#include "tst_decisionjourney.moc"

#include "DatabaseSession.h"
#include "DraftsTree.h"
#include "MainWindow.h"
#include "drafts/DraftEditor.h"
#include "drafts/RejectionDraftsView.h"

#include "analytics/ComparisonInput.h"
#include "decision/DecisionWorkflow.h"
#include "demo/DemoDataGenerator.h"
#include "scoring/ScoreViewer.h"
#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RejectionDraftRepository.h"
#include "storage/RubricRepository.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <algorithm>

using namespace debrief;
using debrief::test::DraftsTree;

namespace {

const QDate kToday(2026, 11, 20);

template <typename T> T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

/// Opening › Rejection Drafts… and the draft editor on the demo database:
/// the debrief opening ("Senior Backend Engineer", five finalists) gets a
/// decision with one chosen finalist and one runner-up.
class TestRejectionDrafts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runnerUpIsHeldUntilTheOfferIsAccepted();
    void highlighterMarksRiskyWordsAndListsThem();
    void copyPutsPlainTextAndHtmlOnTheClipboard();
    void saveAsEmlWritesAnOwnerOnlyFileThatParses();

private:
    void recordDecision();
    std::unique_ptr<DraftEditor> openEditor(RowId applicationId);
    QString nameOf(RowId applicationId);
    Application application(RowId id);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    QUuid m_openingUuid;
    RowId m_opening = kNoRow;
    RowId m_lead = kNoRow;
    QList<RowId> m_finalists;
    QList<RowId> m_criteria;
};

void TestRejectionDrafts::initTestCase() {
    QVERIFY(m_dir.isValid());
    DatabaseSession session;
    QVERIFY(session.create(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    auto written = DemoDataGenerator({1, kToday, 0}).generate(session.database());
    QVERIFY2(written, qPrintable(written.errorMessage()));
    m_openingUuid = written->debriefOpeningUuid;
}

void TestRejectionDrafts::init() {
    // A fresh copy of the demo per test: each one writes to it.
    const QString path = m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_files));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), path));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_settings->setUiLanguage(QStringLiteral("en"));
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->open(path));
    m_session->clock().setFixedToday(kToday);
    auto opening = OpeningRepository(m_session->database()).findByUuid(m_openingUuid);
    QVERIFY(opening && opening->has_value());
    QCOMPARE((*opening)->title, QStringLiteral("Senior Backend Engineer"));
    m_opening = (*opening)->id;
    m_lead = kNoRow;
    for (const PanelMember& m : (*opening)->panel)
        m_lead = m.isLead && m_lead == kNoRow ? m.panelistId : m_lead;
    auto input =
        ComparisonInput::load(m_session->database(), m_opening, ScoreViewer::panelist(m_lead));
    QVERIFY(input);
    m_finalists.clear();
    for (const Finalist& f : input->matrix.finalists())
        m_finalists.append(f.applicationId);
    QCOMPARE(m_finalists.size(), 5);
    auto rubric = RubricRepository(m_session->database()).currentForOpening(m_opening);
    QVERIFY(rubric && rubric->has_value());
    m_criteria.clear();
    for (const Criterion& c : (*rubric)->criteria)
        m_criteria.append(c.id);
}

void TestRejectionDrafts::cleanup() {
    m_session.reset();
    m_settings.reset();
}

void TestRejectionDrafts::recordDecision() {
    DecisionRequest request;
    request.openingId = m_opening;
    request.chosen = {m_finalists[0]};
    request.runnersUp = {{m_finalists[1], 1, false}};
    request.decidingCriterionIds = {m_criteria[0]};
    request.rationale = QStringLiteral("Clearer system design in the final round.");
    request.shareDecidingFactor = true;
    request.decidedBy = m_lead;
    request.decidedAt = QDateTime(kToday, QTime(10, 0), Qt::UTC);
    auto decided = DecisionWorkflow(m_session->database()).record(request, QStringLiteral("lead"));
    QVERIFY2(decided, qPrintable(decided.errorMessage()));
    QVERIFY(application(m_finalists[1]).onHold);
}

std::unique_ptr<DraftEditor> TestRejectionDrafts::openEditor(RowId applicationId) {
    auto editor = std::make_unique<DraftEditor>(*m_session, *m_settings);
    const Status loaded = editor->load(applicationId);
    if (!loaded)
        qWarning() << loaded.errorMessage();
    editor->resize(1100, 700);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qWarning() << "editor not exposed";
    return editor;
}

QString TestRejectionDrafts::nameOf(RowId applicationId) {
    auto candidate =
        CandidateRepository(m_session->database()).get(application(applicationId).candidateId);
    return candidate ? candidate->fullName : QString();
}

Application TestRejectionDrafts::application(RowId id) {
    auto found = ApplicationRepository(m_session->database()).get(id);
    return found ? *found : Application{};
}

void TestRejectionDrafts::runnerUpIsHeldUntilTheOfferIsAccepted() {
    recordDecision();
    const RowId runnerUp = m_finalists[1];
    const QString runnerUpName = nameOf(runnerUp);
    const QString chosenName = nameOf(m_finalists[0]);
    MainWindow window(*m_session, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The decision closed most of the opening, so it is no longer the one
    // with the most finalists: select it by id.
    window.showOpening(m_opening);
    QCOMPARE(window.currentOpeningId(), m_opening);

    auto* action = window.findChild<QAction*>(QStringLiteral("rejectionDraftsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    action->trigger();
    auto* view = window.findChild<RejectionDraftsView*>();
    QVERIFY(view && view->isWindow() && view->isVisible());
    QTreeWidget* tree = view->tree();
    QVERIFY(DraftsTree::groupRow(tree, DraftGroup::Held)
                ->text(0)
                .startsWith(QStringLiteral("Held (1)")));
    QTreeWidgetItem* held = DraftsTree::row(tree, DraftGroup::Held, runnerUpName);
    QVERIFY2(held, qPrintable(runnerUpName));
    QVERIFY(held->text(2).startsWith(QStringLiteral("Runner-up 1")));
    // The chosen finalist is nobody's rejection: their offer letter waits.
    QVERIFY(DraftsTree::row(tree, DraftGroup::Offer, chosenName));
    for (DraftGroup g : {DraftGroup::Held, DraftGroup::Ready, DraftGroup::Sent})
        QVERIFY(!DraftsTree::row(tree, g, chosenName));

    // Enter on the row opens the draft, with the banner saying why it waits.
    tree->setFocus();
    tree->setCurrentItem(held);
    QTest::keyClick(tree, Qt::Key_Return);
    auto* editor = view->findChild<DraftEditor*>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->applicationId(), runnerUp);
    auto* banner = child<QLabel>(editor, "heldBanner");
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().startsWith(
                 QStringLiteral("Held until %1’s offer is accepted").arg(chosenName)),
             qPrintable(banner->text()));
    const QString body = child<QPlainTextEdit>(editor, "bodyEdit")->toPlainText();
    QVERIFY(body.contains(runnerUpName.section(QLatin1Char(' '), 0, 0)));
    QVERIFY2(!body.contains(chosenName), "the draft must never name the chosen candidate");

    // Mark as Sent asks first; "Keep Held" leaves everything as it was.
    QTest::mouseClick(child<QPushButton>(editor, "markSentButton"), Qt::LeftButton);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = editor->findChild<QMessageBox*>(QStringLiteral("heldConfirmation"))));
    QVERIFY(confirm->text().contains(QStringLiteral("Held until")));
    QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<QMessageBox*>(QStringLiteral("heldConfirmation")));
    QVERIFY(!editor->findChild<QDialog*>(QStringLiteral("markSentDialog")));
    QVERIFY(application(runnerUp).onHold);
    QCOMPARE(application(runnerUp).stage, PipelineStage::Final);
    editor->close(); // saves the draft, still unsent
    auto stored = RejectionDraftRepository(m_session->database()).latestForApplication(runnerUp);
    QVERIFY(stored && stored->has_value());
    QVERIFY(!(*stored)->isSent());
    QVERIFY(DraftsTree::row(tree, DraftGroup::Held, runnerUpName));

    // The chosen candidate accepts, through Decision › Offer Accepted….
    window.findChild<QAction*>(QStringLiteral("offerAcceptedAction"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("offerAcceptedDialog"))));
    dialog->accept();
    QCOMPARE(application(m_finalists[0]).stage, PipelineStage::Hired);

    action->trigger(); // the same window, read afresh
    QCOMPARE(window.findChildren<RejectionDraftsView*>().size(), 1);
    QVERIFY(DraftsTree::groupRow(tree, DraftGroup::Held)
                ->text(0)
                .startsWith(QStringLiteral("Held (0)")));
    QTreeWidgetItem* ready = DraftsTree::row(tree, DraftGroup::Ready, runnerUpName);
    QVERIFY(ready);
    QVERIFY2(ready->text(2).startsWith(QStringLiteral("Draft saved")), qPrintable(ready->text(2)));
    tree->setCurrentItem(ready);
    QTest::mouseClick(child<QPushButton>(view, "openDraftButton"), Qt::LeftButton);
    QTRY_VERIFY((editor = view->findChild<DraftEditor*>()) && editor->isVisible());
    QVERIFY(!child<QLabel>(editor, "heldBanner")->isVisible());
    QVERIFY(!editor->isHeld());
}

void TestRejectionDrafts::highlighterMarksRiskyWordsAndListsThem() {
    recordDecision();
    auto editor = openEditor(m_finalists[1]);
    auto* body = child<QPlainTextEdit>(editor.get(), "bodyEdit");
    auto* list = child<QListWidget>(editor.get(), "toneFindingsList");
    QVERIFY(body && list);
    const QString sentence = QStringLiteral("We felt you were not a culture fit.");
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, sentence);
    const qsizetype at = body->toPlainText().indexOf(QStringLiteral("culture fit"));
    QVERIFY(at > 0);

    // After the typing pause: listed, with the flagged words…
    QTRY_VERIFY(std::any_of(
        editor->findings().begin(), editor->findings().end(), [at](const ToneFinding& f) {
            return f.category == QStringLiteral("protected") && f.start <= at && f.end() >= at + 11;
        }));
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count() && !item; ++i)
        item =
            list->item(i)->text().contains(QStringLiteral("culture fit")) ? list->item(i) : nullptr;
    QVERIFY(item);
    auto* heading = child<QLabel>(editor.get(), "toneFindingsHeading");
    QVERIFY2(heading->text().contains(QStringLiteral("%1 finding").arg(list->count())),
             qPrintable(heading->text()));

    // …and marked in the text with a wavy underline.
    const QTextBlock block = body->document()->findBlock(int(at));
    const int inBlock = int(at) - block.position();
    bool marked = false;
    for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
        marked = marked || (r.start <= inBlock && r.start + r.length >= inBlock + 11 &&
                            r.format.underlineStyle() == QTextCharFormat::WaveUnderline);
    }
    QVERIFY(marked);

    // Enter on the finding selects its words in the editor.
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY2(body->textCursor().selectedText().contains(QStringLiteral("culture fit")),
             qPrintable(body->textCursor().selectedText()));
    QVERIFY(body->hasFocus());
}

void TestRejectionDrafts::copyPutsPlainTextAndHtmlOnTheClipboard() {
    const RowId runnerUp = m_finalists[1];
    auto editor = openEditor(runnerUp);
    const int logged =
        int(CommunicationRepository(m_session->database()).forApplication(runnerUp)->size());
    QTest::mouseClick(child<QPushButton>(editor.get(), "copyButton"), Qt::LeftButton);
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasText() && data->hasHtml());
    const QString body = child<QPlainTextEdit>(editor.get(), "bodyEdit")->toPlainText();
    QCOMPARE(data->text(), body);
    QVERIFY(data->html().contains(QStringLiteral("<p>")));
    // One paragraph of HTML per blank-line separated paragraph of text.
    QCOMPARE(data->html().count(QStringLiteral("<p>")),
             body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts).size());
    auto entries = CommunicationRepository(m_session->database()).forApplication(runnerUp);
    QVERIFY(entries);
    QCOMPARE(int(entries->size()), logged + 1);
    QVERIFY(entries->constLast().summary.contains(
        child<QLineEdit>(editor.get(), "subjectEdit")->text().left(20)));
}

void TestRejectionDrafts::saveAsEmlWritesAnOwnerOnlyFileThatParses() {
    const RowId runnerUp = m_finalists[1];
    auto editor = openEditor(runnerUp);
    const QString subject = child<QLineEdit>(editor.get(), "subjectEdit")->text();
    QVERIFY(!subject.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("answer%1.eml").arg(m_files));
    QTest::mouseClick(child<QPushButton>(editor.get(), "saveEmlButton"), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = editor->findChild<QFileDialog*>(QStringLiteral("emlFileDialog"))));
    QVERIFY(dialog->selectedFiles().constFirst().endsWith(QStringLiteral(".eml")));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // public there, as a user's Save
    QTRY_VERIFY(QFile::exists(path));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(path).testFlag(QFile::ReadOwner));
    auto entries = CommunicationRepository(m_session->database()).forApplication(runnerUp);
    QVERIFY(entries && !entries->isEmpty());
    QVERIFY(entries->constLast().summary.contains(QStringLiteral(".eml")));

    if (QStringLiteral(DEBRIEF_PYTHON).isEmpty())
        QFAIL("No Python interpreter to read the .eml file back with; scripts/setup.sh installs "
              "python3.");
    QProcess python;
    python.start(QStringLiteral(DEBRIEF_PYTHON), {QStringLiteral(DEBRIEF_CHECK_EML), path});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
    auto candidate =
        CandidateRepository(m_session->database()).get(application(runnerUp).candidateId);
    QVERIFY(candidate);
    QVERIFY(parsed.value(QStringLiteral("to")).toString().contains(candidate->email));
    QVERIFY(parsed.value(QStringLiteral("defects")).toArray().isEmpty());
    const QString plain = parsed.value(QStringLiteral("plain")).toString();
    const QString body = child<QPlainTextEdit>(editor.get(), "bodyEdit")->toPlainText();
    QCOMPARE(QString(plain).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(),
             body.trimmed());
}

QTEST_MAIN(TestRejectionDrafts)
#include "tst_rejectiondrafts.moc"

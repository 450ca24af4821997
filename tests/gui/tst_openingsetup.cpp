#include "DatabaseSession.h"
#include "MainWindow.h"
#include "OpeningListModel.h"
#include "SampleDatabase.h"
#include "opening/OpeningSetupDialog.h"

#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

/// File › New Opening… and Opening › Set Up Opening… on the real main
/// window over a copy of the sample database: the dialog is filled by
/// keyboard, found by object names, and what it writes is checked in the
/// database, in the openings list and on the undo stack.
class TestOpeningSetup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAnOpeningFromATemplate();
    void emptyTitleKeepsOkFromCreatingAnything();
    void editsTheSetUpAndUndoRestoresIt();
    void undoGivesUpOnceCandidatesWereAdded();

private:
    template <typename T> T* find(QWidget* parent, const char* name) {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    OpeningSetupDialog* trigger(const char* actionName);
    void typeInto(QWidget* dialog, const char* name, const QString& text);
    /// Fills a new opening from the software-engineer template with Pat
    /// and a new panelist Kim (the lead), and presses OK.
    void createSoftwareOpening(const QString& title);
    std::optional<Opening> storedOpening(const QString& title);
    QString selectedTitle() const;
    static QJsonObject softwareTemplate();

    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOpeningSetup::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.sqlite"));
    auto db = Database::openSqlite(m_sample);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    test::SampleDatabase sample;
    const QString failure = sample.fill(**db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestOpeningSetup::init() {
    // Every test writes, so each gets its own copy of the sample.
    const QString path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(QFile::copy(m_sample, path));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(test::SampleDatabase::today());
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOpeningSetup::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

OpeningSetupDialog* TestOpeningSetup::trigger(const char* actionName) {
    auto* action = m_window->findChild<QAction*>(QString::fromLatin1(actionName));
    if (!action)
        qFatal("no action %s", actionName);
    action->trigger();
    auto* dialog = m_window->findChild<OpeningSetupDialog*>(QStringLiteral("openingSetupDialog"));
    if (!dialog || !dialog->isVisible())
        qFatal("the set-up dialog did not open");
    return dialog;
}

void TestOpeningSetup::typeInto(QWidget* dialog, const char* name, const QString& text) {
    auto* edit = find<QLineEdit>(dialog, name);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

QJsonObject TestOpeningSetup::softwareTemplate() {
    // Read as plain JSON, independently of the template parser.
    QFile file(QStringLiteral(":/debrief/rubrics/software-engineer.en.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the software-engineer template");
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<Opening> TestOpeningSetup::storedOpening(const QString& title) {
    auto openings = OpeningRepository(m_session->database()).list();
    if (!openings)
        qFatal("%s", qPrintable(openings.errorMessage()));
    for (const Opening& opening : *openings) {
        if (opening.title == title)
            return opening;
    }
    return std::nullopt;
}

QString TestOpeningSetup::selectedTitle() const {
    auto* list = m_window->findChild<QListView*>(QStringLiteral("openingList"));
    return list->currentIndex().data(OpeningListModel::TitleRole).toString();
}

void TestOpeningSetup::createSoftwareOpening(const QString& title) {
    QPointer<OpeningSetupDialog> dialog = trigger("newOpeningAction");
    typeInto(dialog, "openingTitleEdit", title);
    typeInto(dialog, "openingTeamEdit", QStringLiteral("Infrastructure"));
    typeInto(dialog, "hiringManagerEdit", QStringLiteral("Robin Park"));
    auto* positions = find<QSpinBox>(dialog, "positionsSpin");
    QTest::keyClick(positions, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(positions, QStringLiteral("3"));
    // Open, On hold, Filled, Cancelled: one down is On hold.
    QTest::keyClick(find<QComboBox>(dialog, "openingStatusCombo"), Qt::Key_Down);
    // Templates sorted by name; General is chosen first, Software engineer
    // is two further down (after People manager).
    auto* templates = find<QComboBox>(dialog, "rubricTemplateCombo");
    QCOMPARE(templates->currentText(), QStringLiteral("Template: General (any role)"));
    QTest::keyClick(templates, Qt::Key_Down);
    QTest::keyClick(templates, Qt::Key_Down);
    QCOMPARE(templates->currentText(),
             QStringLiteral("Template: ") + softwareTemplate()[u"name"].toString());

    QTest::keyClicks(find<QLineEdit>(dialog, "roundNameEdit"), QStringLiteral("Reference call"));
    QTest::keyClick(find<QLineEdit>(dialog, "roundNameEdit"), Qt::Key_Return);
    QVERIFY(dialog); // Return added the round; it did not press OK

    QCOMPARE(find<QComboBox>(dialog, "knownPanelistCombo")->currentText(),
             QStringLiteral("Pat Lee"));
    QTest::mouseClick(find<QPushButton>(dialog, "addPanelistButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(dialog, "newPanelistNameEdit"), QStringLiteral("Kim Nowak"));
    QTest::keyClicks(find<QLineEdit>(dialog, "newPanelistEmailEdit"),
                     QStringLiteral("kim@example.org"));
    QTest::keyClick(find<QLineEdit>(dialog, "newPanelistEmailEdit"), Qt::Key_Return);
    QCOMPARE(find<QListWidget>(dialog, "panelList")->count(), 2);
    QTest::keyClick(find<QComboBox>(dialog, "leadCombo"), Qt::Key_Down);
    QCOMPARE(find<QComboBox>(dialog, "leadCombo")->currentText(), QStringLiteral("Kim Nowak"));

    QTest::mouseClick(find<QPushButton>(dialog, "openingSetupOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

void TestOpeningSetup::createsAnOpeningFromATemplate() {
    const QJsonObject json = softwareTemplate();
    const QJsonArray criteria = json[u"criteria"].toArray();
    const QJsonArray rounds = json[u"rounds"].toArray();

    // The preview and the suggested rounds, before anything is written.
    OpeningSetupDialog* dialog = trigger("newOpeningAction");
    auto* templates = find<QComboBox>(dialog, "rubricTemplateCombo");
    QTest::keyClick(templates, Qt::Key_Down);
    QTest::keyClick(templates, Qt::Key_Down);
    const QString preview = find<QLabel>(dialog, "templatePreview")->text();
    for (const QJsonValue& criterion : criteria)
        QVERIFY2(preview.contains(criterion[u"name"].toString()), qPrintable(preview));
    auto* roundList = find<QListWidget>(dialog, "roundsList");
    QCOMPARE(roundList->count(), rounds.size());
    QCOMPARE(roundList->item(0)->text(), rounds.at(0)[u"name"].toString());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<OpeningSetupDialog*>());

    createSoftwareOpening(QStringLiteral("Site Reliability Engineer"));
    const auto opening = storedOpening(QStringLiteral("Site Reliability Engineer"));
    QVERIFY(opening.has_value());
    QCOMPARE(opening->team, QStringLiteral("Infrastructure"));
    QCOMPARE(opening->hiringManager, QStringLiteral("Robin Park"));
    QCOMPARE(opening->positions, 3);
    QCOMPARE(opening->status, OpeningStatus::OnHold);

    auto rubric = RubricRepository(m_session->database()).currentForOpening(opening->id);
    QVERIFY(rubric.ok() && rubric->has_value());
    QCOMPARE((*rubric)->criteria.size(), criteria.size());
    auto stored = InterviewRoundRepository(m_session->database()).forOpening(opening->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), rounds.size() + 1); // the template's and "Reference call"
    for (int i = 0; i < rounds.size(); ++i) {
        QCOMPARE(stored->at(i).name, rounds.at(i)[u"name"].toString());
        QCOMPARE(stored->at(i).criterionIds.size(), rounds.at(i)[u"criteria"].toArray().size());
    }
    QCOMPARE(stored->last().name, QStringLiteral("Reference call"));
    QCOMPARE(opening->panel.size(), 2);
    QVERIFY(!opening->panel.at(0).isLead);
    QVERIFY(opening->panel.at(1).isLead);
    auto kim = PanelistRepository(m_session->database()).get(opening->panel.at(1).panelistId);
    QCOMPARE(kim->name, QStringLiteral("Kim Nowak"));
    QCOMPARE(kim->email, QStringLiteral("kim@example.org"));

    // The list shows and selects it; four openings: the sample's three and it.
    auto* list = m_window->findChild<QListView*>(QStringLiteral("openingList"));
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(selectedTitle(), QStringLiteral("Site Reliability Engineer"));

    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Create opening “Site Reliability Engineer”"));
    stack->undo();
    QVERIFY(!storedOpening(QStringLiteral("Site Reliability Engineer")).has_value());
    QCOMPARE(list->model()->rowCount(), 3);
    stack->redo();
    const auto again = storedOpening(QStringLiteral("Site Reliability Engineer"));
    QVERIFY(again.has_value());
    QCOMPARE(again->uuid, opening->uuid);
    QCOMPARE(selectedTitle(), QStringLiteral("Site Reliability Engineer"));
}

void TestOpeningSetup::emptyTitleKeepsOkFromCreatingAnything() {
    QPointer<OpeningSetupDialog> dialog = trigger("newOpeningAction");
    auto* titleError = find<QLabel>(dialog, "titleError");
    auto* panelError = find<QLabel>(dialog, "panelError");
    QVERIFY(titleError->isHidden()); // nothing is marked before the first OK

    QTest::mouseClick(find<QPushButton>(dialog, "openingSetupOkButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(titleError->isVisible());
    QCOMPARE(titleError->text(), QStringLiteral("The title is empty: name the opening."));
    QVERIFY(panelError->isVisible());
    QVERIFY(panelError->text().contains(u"The panel is empty"));
    QVERIFY(find<QLabel>(dialog, "roundsError")->isHidden()); // General suggests rounds
    QVERIFY(find<QLabel>(dialog, "setupMessage")->isVisible());
    QCOMPARE(OpeningRepository(m_session->database()).list()->size(), 3);
    QCOMPARE(m_window->undoStack()->count(), 0);

    // The marks follow the edits from now on.
    QTest::keyClicks(find<QLineEdit>(dialog, "openingTitleEdit"), QStringLiteral("QA Lead"));
    QVERIFY(titleError->isHidden());
    QVERIFY(panelError->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(OpeningRepository(m_session->database()).list()->size(), 3);
}

void TestOpeningSetup::editsTheSetUpAndUndoRestoresIt() {
    auto* list = m_window->findChild<QListView*>(QStringLiteral("openingList"));
    const auto matches =
        list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                             QStringLiteral("Product Designer"), 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    list->setCurrentIndex(matches.first());
    const RowId id = m_window->currentOpeningId();

    QPointer<OpeningSetupDialog> dialog = trigger("openingSetupAction");
    QCOMPARE(find<QLineEdit>(dialog, "openingTitleEdit")->text(),
             QStringLiteral("Product Designer"));
    QVERIFY(!find<QComboBox>(dialog, "rubricTemplateCombo")->isVisible());
    QVERIFY(find<QLabel>(dialog, "rubricNote")->isVisible());
    typeInto(dialog, "openingTitleEdit", QStringLiteral("Senior Product Designer"));
    QTest::keyClicks(find<QLineEdit>(dialog, "roundNameEdit"), QStringLiteral("Portfolio review"));
    QTest::keyClick(find<QLineEdit>(dialog, "roundNameEdit"), Qt::Key_Return);
    // Rename it in place: F2, type, Return (which must not press OK).
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* roundList = find<QListWidget>(dialog, "roundsList");
    roundList->setFocus();
    roundList->setCurrentRow(0);
    QTest::keyClick(roundList, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Portfolio critique"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(roundList->item(0)->text(), QStringLiteral("Portfolio critique"));
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(find<QPushButton>(dialog, "addPanelistButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(dialog, "openingSetupOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    OpeningRepository openings(m_session->database());
    InterviewRoundRepository rounds(m_session->database());
    QCOMPARE(openings.get(id)->title, QStringLiteral("Senior Product Designer"));
    QCOMPARE(rounds.forOpening(id)->size(), 1);
    QCOMPARE(rounds.forOpening(id)->first().name, QStringLiteral("Portfolio critique"));
    QCOMPARE(selectedTitle(), QStringLiteral("Senior Product Designer"));
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Change set-up of “Senior Product Designer”"));

    stack->undo();
    QCOMPARE(openings.get(id)->title, QStringLiteral("Product Designer"));
    QVERIFY(rounds.forOpening(id)->isEmpty());
    QVERIFY(openings.get(id)->panel.isEmpty());
    QCOMPARE(selectedTitle(), QStringLiteral("Product Designer"));
    stack->redo();
    QCOMPARE(openings.get(id)->title, QStringLiteral("Senior Product Designer"));
    QCOMPARE(rounds.forOpening(id)->size(), 1);
}

void TestOpeningSetup::undoGivesUpOnceCandidatesWereAdded() {
    createSoftwareOpening(QStringLiteral("Support Engineer"));
    const auto opening = storedOpening(QStringLiteral("Support Engineer"));
    QVERIFY(opening.has_value());
    Candidate person;
    person.fullName = QStringLiteral("Alex Kim");
    QVERIFY(CandidateRepository(m_session->database()).insert(person).ok());
    Application application;
    application.candidateId = person.id;
    application.openingId = opening->id;
    QVERIFY(ApplicationRepository(m_session->database()).insert(application).ok());

    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QVERIFY(storedOpening(QStringLiteral("Support Engineer")).has_value());
    QTRY_COMPARE(stack->count(), 0);
    auto* note = m_window->findChild<QMessageBox*>(QStringLiteral("undoGivenUpMessage"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"Candidates have been added to “Support Engineer”"),
             qPrintable(note->text()));
    note->close();
}

QTEST_MAIN(TestOpeningSetup)
#include "tst_openingsetup.moc"

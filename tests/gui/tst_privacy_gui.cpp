#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "MenuKeys.h"

#include "demo/DemoDatabaseFile.h"
#include "privacy/RetentionPolicy.h"
#include "privacy/RetentionSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace debrief;
using test::pressInNextMenu;
using test::pressMenuKey;

namespace {

const QDate kToday = test::DemoWindowFixture::today();

} // namespace

/// Data protection in the real main window on the demo database (seed 1,
/// today 26 Nov 2026): the candidate list's "Export Everything About This
/// Person…" and "Erase This Person…", File › Data Protection… and the
/// retention period applied on opening a database. What the window wrote
/// is read on a second connection.
class TestPrivacyGui : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportFromTheContextMenu();
    void eraseIsRefusedForTheChosenCandidate();
    void eraseAsksThenErases();
    void dataProtectionKeepsThePeriodUndoablyAndAnonymises();
    void periodAppliesWhenADatabaseIsOpened();

private:
    template <typename T> T* child(const QString& name) const { return m_demo->child<T>(name); }
    /// Shows the candidate with this name in the list and gives their row id.
    RowId showCandidate(const QString& fullName);
    /// The window active again (after a dialog) and the list focused, where
    /// the menu key opens the candidate's context menu.
    void focusList();
    QStringList listedNames() const;
    QString storedName(RowId candidateId) const;

    std::unique_ptr<test::DemoWindowFixture> m_demo;
};

void TestPrivacyGui::init() {
    m_demo = std::make_unique<test::DemoWindowFixture>();
    QCOMPARE(m_demo->setUp(), QString());
}

void TestPrivacyGui::cleanup() {
    m_demo.reset();
}

RowId TestPrivacyGui::showCandidate(const QString& fullName) {
    auto row = m_demo->database().exec(
        QStringLiteral("SELECT a.opening_id, a.id, c.id FROM applications a JOIN candidates c "
                       "ON c.id = a.candidate_id WHERE c.full_name = ?"),
        {fullName});
    if (!row || !row->next())
        return kNoRow;
    m_demo->window().showApplication(row->value(0).toLongLong(), row->value(1).toLongLong());
    return row->value(2).toLongLong();
}

void TestPrivacyGui::focusList() {
    m_demo->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_demo->window()));
    auto* table = child<QTableView>(QStringLiteral("candidateTable"));
    table->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
}

QStringList TestPrivacyGui::listedNames() const {
    auto* table = child<QTableView>(QStringLiteral("candidateTable"));
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names.append(table->model()->index(row, CandidateTableModel::Name).data().toString());
    return names;
}

QString TestPrivacyGui::storedName(RowId candidateId) const {
    auto row = m_demo->database().exec(
        QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {candidateId});
    return row && row->next() ? row->value(0).toString() : QString();
}

void TestPrivacyGui::exportFromTheContextMenu() {
    const RowId lukasz = showCandidate(QStringLiteral("Łukasz Nowak"));
    QVERIFY(lukasz != kNoRow);
    focusList();
    pressInNextMenu(Qt::Key_X);
    pressMenuKey();
    QFileDialog* files = nullptr;
    QTRY_VERIFY((files = child<QFileDialog>(QStringLiteral("personExportFileDialog"))));
    // Suggested by id: a file name shows in folder listings.
    QVERIFY(files->selectedFiles().constFirst().endsWith(
        QStringLiteral("candidate-%1.json").arg(lukasz)));
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QTRY_VERIFY(QApplication::focusWidget() == name);
    const QString path = QFileInfo(m_demo->session().filePath())
                             .dir()
                             .filePath(QStringLiteral("access-request.json"));
    name->selectAll();
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("debrief-person"));
    QCOMPARE(root.value(u"candidate").toObject().value(u"fullName").toString(),
             QStringLiteral("Łukasz Nowak"));
    QTRY_VERIFY(m_demo->window().statusBar()->currentMessage().contains(path));

    // The database file itself is refused, and left as it was.
    const QByteArray before = [this] {
        QFile db(m_demo->session().filePath());
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    }();
    focusList();
    pressInNextMenu(Qt::Key_X);
    pressMenuKey();
    QTRY_VERIFY((files = child<QFileDialog>(QStringLiteral("personExportFileDialog"))));
    name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QTRY_VERIFY(QApplication::focusWidget() == name);
    name->selectAll();
    QTest::keyClicks(name, m_demo->session().filePath());
    // The file dialog's own "replace it?" runs its own event loop: say yes
    // from a timer, then the refusal follows.
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* replace = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(replace->button(QMessageBox::Yes));
        replace->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(name, Qt::Key_Return);
    QMessageBox* error = nullptr;
    QTRY_VERIFY((error = child<QMessageBox>(QStringLiteral("errorMessage"))));
    QVERIFY(error->text().contains(QStringLiteral("is the database")));
    QFile db(m_demo->session().filePath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
}

void TestPrivacyGui::eraseIsRefusedForTheChosenCandidate() {
    const RowId lan = showCandidate(QStringLiteral("Nguyễn Thị Lan"));
    QVERIFY(lan != kNoRow);
    focusList();
    pressInNextMenu(Qt::Key_E);
    pressMenuKey();
    QMessageBox* refusal = nullptr;
    QTRY_VERIFY((refusal = child<QMessageBox>(QStringLiteral("eraseRefusal"))));
    QVERIFY(refusal->text().contains(QStringLiteral("chosen candidate")));
    QVERIFY(refusal->text().contains(QStringLiteral("Engineering Manager")));
    QCOMPARE(refusal->textFormat(), Qt::PlainText);
    QTest::keyClick(refusal, Qt::Key_Escape);
    QTRY_VERIFY(!child<QMessageBox>(QStringLiteral("eraseRefusal")));
    QCOMPARE(storedName(lan), QStringLiteral("Nguyễn Thị Lan"));
}

void TestPrivacyGui::eraseAsksThenErases() {
    const RowId theo = showCandidate(QStringLiteral("Théo Girard"));
    QVERIFY(theo != kNoRow);
    QVERIFY(listedNames().contains(QStringLiteral("Théo Girard")));
    // Asked first; Escape keeps them.
    focusList();
    pressInNextMenu(Qt::Key_E);
    pressMenuKey();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = child<QMessageBox>(QStringLiteral("eraseQuestion"))));
    QVERIFY(question->text().contains(QStringLiteral("Erase Théo Girard")));
    QVERIFY(question->text().contains(QStringLiteral("scorecard")));
    QVERIFY(question->text().contains(QStringLiteral("Engineering Manager")));
    QVERIFY(question->text().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!child<QMessageBox>(QStringLiteral("eraseQuestion")));
    QCOMPARE(storedName(theo), QStringLiteral("Théo Girard"));

    showCandidate(QStringLiteral("Théo Girard"));
    focusList();
    pressInNextMenu(Qt::Key_E);
    pressMenuKey();
    QTRY_VERIFY((question = child<QMessageBox>(QStringLiteral("eraseQuestion"))));
    auto* erase = question->findChild<QPushButton*>(QStringLiteral("confirmEraseButton"));
    QVERIFY(erase);
    QTest::mouseClick(erase, Qt::LeftButton);
    QTRY_VERIFY(storedName(theo).isEmpty());
    QTRY_VERIFY(!listedNames().contains(QStringLiteral("Théo Girard")));
    QVERIFY(!listedNames().isEmpty());
    QCOMPARE(m_demo->window().undoStack()->count(), 0);
    QVERIFY(m_demo->window().statusBar()->currentMessage().contains(
        QStringLiteral("Erased candidate #%1").arg(theo)));
    auto audit = m_demo->database().exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = 'erased'"));
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toInt(), 1);
}

void TestPrivacyGui::dataProtectionKeepsThePeriodUndoablyAndAnonymises() {
    MainWindow& window = m_demo->window();
    window.activateWindow();
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_D);
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = child<QWidget>(QStringLiteral("dataProtectionDialog"))) &&
                dialog->isVisible());
    auto* enabled = dialog->findChild<QCheckBox*>(QStringLiteral("retentionEnabled"));
    auto* count = dialog->findChild<QSpinBox*>(QStringLiteral("retentionCount"));
    auto* unit = dialog->findChild<QComboBox*>(QStringLiteral("retentionUnit"));
    auto* due = dialog->findChild<QTreeWidget*>(QStringLiteral("dueList"));
    auto* anonymise = dialog->findChild<QPushButton*>(QStringLiteral("anonymiseNowButton"));
    QVERIFY(enabled && count && unit && due && anonymise);
    QVERIFY(!enabled->isChecked()); // a new database has no period
    QCOMPARE(due->topLevelItemCount(), 0);
    QVERIFY(!anonymise->isEnabled());
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(enabled->isChecked());
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("30"));
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Down); // months → days
    QCOMPARE(unit->currentText(), QStringLiteral("days"));
    auto expected =
        RetentionPolicy::due(m_demo->database(), {30, RetentionPeriod::Unit::Days}, kToday);
    QVERIFY(expected && expected->size() >= 5);
    QTRY_COMPARE(due->topLevelItemCount(), int(expected->size()));
    for (int row = 0; row < due->topLevelItemCount(); ++row)
        QCOMPARE(due->topLevelItem(row)->text(0), expected->at(row).fullName);
    QVERIFY(anonymise->isEnabled());

    // Save keeps the period, as one step Edit › Undo takes back.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveRetentionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const auto stored = [this] {
        return RetentionSettings(m_demo->database()).period();
    };
    QCOMPARE(**stored(), (RetentionPeriod{30, RetentionPeriod::Unit::Days}));
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Set retention period to 30 day(s)"));
    window.undoStack()->undo();
    QVERIFY(!stored()->has_value());
    window.undoStack()->redo();
    QCOMPARE(**stored(), (RetentionPeriod{30, RetentionPeriod::Unit::Days}));

    // Anonymise Now asks, then anonymises the people listed.
    window.activateWindow();
    QAction* open = window.findChild<QAction*>(QStringLiteral("dataProtectionAction"));
    open->trigger();
    QTRY_VERIFY((dialog = child<QWidget>(QStringLiteral("dataProtectionDialog"))) &&
                dialog->isVisible());
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("retentionEnabled"))->isChecked());
    anonymise = dialog->findChild<QPushButton*>(QStringLiteral("anonymiseNowButton"));
    QTest::mouseClick(anonymise, Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox*>(QStringLiteral("anonymiseQuestion"))));
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmAnonymiseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!child<QWidget>(QStringLiteral("dataProtectionDialog")));
    for (const RetentionCase& c : std::as_const(*expected)) {
        QCOMPARE(storedName(c.candidateId),
                 QStringLiteral("Anonymised candidate #%1").arg(c.candidateId));
    }
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Anonymised")));
    QCOMPARE(window.undoStack()->count(), 0);
    auto again =
        RetentionPolicy::due(m_demo->database(), {30, RetentionPeriod::Unit::Days}, kToday);
    QVERIFY(again && again->isEmpty());
}

void TestPrivacyGui::periodAppliesWhenADatabaseIsOpened() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.sqlite"));
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = kToday;
    QVERIFY(DemoDatabaseFile::write(path, options));
    QList<RetentionCase> due;
    {
        auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
        QVERIFY(db);
        QVERIFY(
            RetentionSettings(**db).setPeriod(RetentionPeriod{30, RetentionPeriod::Unit::Days}));
        auto listed = RetentionPolicy::due(**db, {30, RetentionPeriod::Unit::Days}, kToday);
        QVERIFY(listed && listed->size() >= 5);
        due = *listed;
    }
    QVERIFY(m_demo->window().openDatabase(path));
    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(db);
    for (const RetentionCase& c : std::as_const(due)) {
        auto row = (*db)->exec(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"),
                               {c.candidateId});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(),
                 QStringLiteral("Anonymised candidate #%1").arg(c.candidateId));
    }
    QVERIFY(m_demo->window().statusBar()->currentMessage().contains(
        QStringLiteral("Anonymised %1 candidate").arg(due.size())));
    // The list the window shows holds none of their names.
    for (const RetentionCase& c : std::as_const(due))
        QVERIFY(!listedNames().contains(c.fullName));
}

QTEST_MAIN(TestPrivacyGui)
#include "tst_privacy_gui.moc"

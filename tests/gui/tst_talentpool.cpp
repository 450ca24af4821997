#include "CandidateTableModel.h"
#include "DemoWindowFixture.h"
#include "opening/OpeningSetupDialog.h"
#include "talentpool/TalentPoolModel.h"
#include "talentpool/TalentPoolSuggestionDialog.h"

#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace debrief;

namespace {

const QDate kToday = test::DemoWindowFixture::today();

} // namespace

/// The talent pool view and the suggestions after File › New Opening… on
/// the demo database (seed 1, today 26 Nov 2026), through the real main
/// window. Expected rows come from SQL written here on a second connection.
class TestTalentPool : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsExactlyThePoolAcrossOpenings();
    void filterMatchesNamesAndStrengths();
    void newOpeningSuggestsThePoolAndAddingIsOneUndoableStep();
    void dismissingAddsNothing();

private:
    template <typename T> T* child(const QString& name) const { return m_demo->child<T>(name); }
    QTableView* table() const { return child<QTableView>(QStringLiteral("talentPoolTable")); }
    QList<RowId> sqlIds(const QString& sql, const QVariantList& values = {}) const;
    int sqlCount(const QString& sql, const QVariantList& values = {}) const;
    QList<RowId> listedIds() const;
    void openPool();
    /// Creates "Engineering Manager, Data" with one panelist through the
    /// set-up dialog; returns its id.
    RowId createOpening();
    TalentPoolSuggestionDialog* suggestions() const {
        return m_demo->window().findChild<TalentPoolSuggestionDialog*>(
            QStringLiteral("talentPoolSuggestions"));
    }

    std::unique_ptr<test::DemoWindowFixture> m_demo;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTalentPool::init() {
    m_demo = std::make_unique<test::DemoWindowFixture>();
    const QString failure = m_demo->setUp();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTalentPool::cleanup() {
    if (auto* dialog = suggestions())
        delete dialog;
    m_tester.reset();
    m_demo.reset();
}

QList<RowId> TestTalentPool::sqlIds(const QString& sql, const QVariantList& values) const {
    QList<RowId> ids;
    auto query = m_demo->database().exec(sql, values);
    while (query && query->next())
        ids.append(query->value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

int TestTalentPool::sqlCount(const QString& sql, const QVariantList& values) const {
    auto query = m_demo->database().exec(sql, values);
    return query && query->next() ? query->value(0).toInt() : -1;
}

QList<RowId> TestTalentPool::listedIds() const {
    QList<RowId> ids;
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(TalentPoolModel::ApplicationIdRole).value<RowId>());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestTalentPool::openPool() {
    QTest::keyClick(&m_demo->window(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(child<QDockWidget>(QStringLiteral("talentPoolDock"))->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("talentPoolFilter")));
}

void TestTalentPool::listsExactlyThePoolAcrossOpenings() {
    // The demo keeps one person in the pool; three more, from two other
    // openings, are marked here so the list spans openings.
    QVERIFY(m_demo->database()
                .exec(QStringLiteral("UPDATE applications SET talent_pool = ? WHERE id IN "
                                     "(SELECT a.id FROM applications a JOIN candidates c ON "
                                     "c.id = a.candidate_id WHERE c.full_name IN (?, ?, ?))"),
                      {true, QStringLiteral("Ngozi Okonkwo"), QStringLiteral("Emeka Eze"),
                       QStringLiteral("Théo Girard")})
                .ok());
    const QList<RowId> expected =
        sqlIds(QStringLiteral("SELECT id FROM applications WHERE talent_pool = ?"), {true});
    QCOMPARE(expected.size(), 4);
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(DISTINCT opening_id) FROM applications WHERE "
                                     "talent_pool = ?"),
                      {true}),
             3);
    openPool();
    QTRY_COMPARE(listedIds(), expected);
    QCOMPARE(child<QLabel>(QStringLiteral("talentPoolSummary"))->text(),
             QStringLiteral("In the talent pool: 4"));

    // The selected person's detail names their opening.
    auto* detail = child<QTextBrowser>(QStringLiteral("talentPoolDetail"));
    const QModelIndex first = table()->currentIndex();
    QVERIFY(first.isValid());
    const QString opening =
        table()->model()->index(first.row(), TalentPoolModel::Opening).data().toString();
    QVERIFY2(detail->toPlainText().contains(opening.section(QStringLiteral(" ("), 0, 0)),
             qPrintable(detail->toPlainText()));

    // Enter shows the application in the main window.
    const RowId application = first.data(TalentPoolModel::ApplicationIdRole).value<RowId>();
    QTest::keyClick(table(), Qt::Key_Return);
    auto* candidates = child<QTableView>(QStringLiteral("candidateTable"));
    QTRY_COMPARE(
        candidates->currentIndex().data(CandidateTableModel::ApplicationIdRole).value<RowId>(),
        application);
}

void TestTalentPool::filterMatchesNamesAndStrengths() {
    QVERIFY(m_demo->database()
                .exec(QStringLiteral("UPDATE applications SET talent_pool = ? WHERE id IN "
                                     "(SELECT a.id FROM applications a JOIN candidates c ON "
                                     "c.id = a.candidate_id WHERE c.full_name IN (?, ?))"),
                      {true, QStringLiteral("Ngozi Okonkwo"), QStringLiteral("Emeka Eze")})
                .ok());
    openPool();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    // "Nowak" is one pool member (Bartłomiej Nowak is not in the pool).
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM applications a JOIN candidates c ON "
                                     "c.id = a.candidate_id WHERE a.talent_pool = ? AND "
                                     "c.full_name LIKE ?"),
                      {true, QStringLiteral("%Nowak%")}),
             1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nowak"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Łukasz Nowak"));
    QCOMPARE(child<QLabel>(QStringLiteral("talentPoolSummary"))->text(),
             QStringLiteral("In the talent pool: 1 of 3 shown"));
    // A strength the first row names also finds its owner.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    QString strength; // the first strength any row names
    for (int row = 0; row < table()->model()->rowCount() && strength.isEmpty(); ++row) {
        const QString strengths =
            table()->model()->index(row, TalentPoolModel::Strengths).data().toString();
        if (strengths != QStringLiteral("none recorded"))
            strength = strengths.section(QStringLiteral(" ("), 0, 0);
    }
    QVERIFY2(!strength.isEmpty(), "no pool member has a strength recorded");
    QTest::keyClicks(QApplication::focusWidget(), strength);
    QTRY_VERIFY(table()->model()->rowCount() >= 1);
    QCOMPARE(
        table()->model()->index(0, TalentPoolModel::Strengths).data().toString().contains(strength),
        true);
}

RowId TestTalentPool::createOpening() {
    const int before = sqlCount(QStringLiteral("SELECT COUNT(*) FROM openings"));
    auto* action = child<QAction>(QStringLiteral("newOpeningAction"));
    action->trigger();
    QPointer<OpeningSetupDialog> dialog =
        m_demo->window().findChild<OpeningSetupDialog*>(QStringLiteral("openingSetupDialog"));
    if (!dialog)
        return kNoRow;
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("openingTitleEdit"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Engineering Manager, Data"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPanelistButton")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openingSetupOkButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !dialog; }))
        return kNoRow;
    if (sqlCount(QStringLiteral("SELECT COUNT(*) FROM openings")) != before + 1)
        return kNoRow;
    auto id = sqlIds(QStringLiteral("SELECT id FROM openings WHERE title = ?"),
                     {QStringLiteral("Engineering Manager, Data")});
    return id.size() == 1 ? id.first() : kNoRow;
}

void TestTalentPool::newOpeningSuggestsThePoolAndAddingIsOneUndoableStep() {
    // The demo's only pool member came from "Engineering Manager", which
    // shares two words with the new title: exactly one suggestion.
    const QList<RowId> pool = sqlIds(
        QStringLiteral("SELECT candidate_id FROM applications WHERE talent_pool = ?"), {true});
    QCOMPARE(pool.size(), 1);
    const RowId candidate = pool.first();
    const RowId opening = createOpening();
    QVERIFY(opening != kNoRow);
    TalentPoolSuggestionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = suggestions()) && dialog->isVisible());
    QVERIFY(!dialog->isModal());
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("talentPoolSuggestionList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Łukasz Nowak"));
    QVERIFY2(!list->topLevelItem(0)->text(2).isEmpty(), "no reason given");
    QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("Engineering Manager")) ||
                 list->topLevelItem(0)->text(2).contains(QStringLiteral("engineering")),
             qPrintable(list->topLevelItem(0)->text(2)));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addSuggestionsButton"));
    QVERIFY(!add->isEnabled()); // nothing ticked yet

    // Space ticks the selected person; Return adds them.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_VERIFY(add->isEnabled());
    const int undoBefore = m_demo->window().undoStack()->count();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!suggestions());

    const QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM applications WHERE opening_id = ? AND candidate_id = ?");
    QCOMPARE(sqlCount(sql, {opening, candidate}), 1);
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM applications WHERE opening_id = ?"),
                      {opening}),
             1);
    QCOMPARE(m_demo->window().undoStack()->count(), undoBefore + 1);
    QCOMPARE(m_demo->window().undoStack()->undoText(),
             QStringLiteral("Add 1 candidate(s) from the talent pool to “Engineering Manager, "
                            "Data”"));
    QCOMPARE(m_demo->window().currentOpeningId(), opening);
    auto* candidates = child<QTableView>(QStringLiteral("candidateTable"));
    QTRY_COMPARE(candidates->model()->rowCount(), 1);

    // Undo removes the application (and only it); the opening stays.
    m_demo->window().undoStack()->undo();
    QCOMPARE(sqlCount(sql, {opening, candidate}), 0);
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM openings WHERE id = ?"), {opening}), 1);
    QTRY_COMPARE(candidates->model()->rowCount(), 0);
    m_demo->window().undoStack()->redo();
    QCOMPARE(sqlCount(sql, {opening, candidate}), 1);
}

void TestTalentPool::dismissingAddsNothing() {
    const RowId opening = createOpening();
    QVERIFY(opening != kNoRow);
    TalentPoolSuggestionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = suggestions()) && dialog->isVisible());
    const int undoBefore = m_demo->window().undoStack()->count();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("dismissSuggestionsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!suggestions());
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM applications WHERE opening_id = ?"),
                      {opening}),
             0);
    QCOMPARE(m_demo->window().undoStack()->count(), undoBefore);
}

QTEST_MAIN(TestTalentPool)
#include "tst_talentpool.moc"

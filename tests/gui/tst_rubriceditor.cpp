#include "DatabaseSession.h"
#include "rubric/RubricEditor.h"

#include "demo/DemoDataGenerator.h"
#include "rubric/RubricVersioning.h"
#include "storage/Database.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/RubricRepository.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

/// The rubric editor on a copy of the demo database, driven with keyboard
/// and mouse: edits, undo/redo, criteria order, round links and saving a
/// rubric that submitted scorecards use (which must make a new version).
class TestRubricEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCurrentVersionAndItsCriteria();
    void weightAndAnchorEditsUndoAndRedo();
    void percentageWeightsShowAsStoredAndStopAtTheLimit();
    void addsRenamesAndReordersCriteria();
    void togglesARoundLinkWithTheKeyboard();
    void exportThenImportRestoresTheCriteria();
    void savingWithSubmittedScorecardsCreatesANewVersion();
    void savingRefusesAnEmptyAnchorWithAMessage();

private:
    template <typename T> T* find(const char* name) {
        auto* widget = m_editor->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    std::unique_ptr<Database> openCopy();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QUuid m_debriefUuid;
    RowId m_openingId = kNoRow;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<RubricEditor> m_editor;
};

void TestRubricEditor::initTestCase() {
    m_template = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::openSqlite(m_template);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    DemoDataGenerator::Options options;
    options.seed = 7;
    options.today = QDate(2026, 11, 26);
    auto summary = DemoDataGenerator(options).generate(**db);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    m_debriefUuid = summary->debriefOpeningUuid;
}

void TestRubricEditor::init() {
    // Every test edits its own copy of the demo file.
    m_path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(QFile::copy(m_template, m_path));
    m_session = std::make_unique<DatabaseSession>();
    QVERIFY(m_session->open(m_path).ok());
    auto opening = OpeningRepository(m_session->database()).findByUuid(m_debriefUuid);
    QVERIFY(opening.ok() && opening->has_value());
    m_openingId = (*opening)->id;
    m_editor = std::make_unique<RubricEditor>(*m_session);
    auto loaded = m_editor->loadOpening(m_openingId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestRubricEditor::cleanup() {
    m_editor.reset();
    m_session.reset();
}

std::unique_ptr<Database> TestRubricEditor::openCopy() {
    auto db = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    if (!db)
        qFatal("cannot reopen %s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

void TestRubricEditor::showsTheCurrentVersionAndItsCriteria() {
    auto db = openCopy();
    auto current = RubricRepository(*db).currentForOpening(m_openingId);
    QVERIFY(current.ok() && current->has_value());
    const Rubric& rubric = **current;
    QVERIFY(!rubric.criteria.isEmpty());

    auto* list = find<QListWidget>("criteriaList");
    QCOMPARE(list->count(), rubric.criteria.size());
    QVERIFY(list->item(0)->text().contains(rubric.criteria.at(0).name));
    QCOMPARE(find<QLineEdit>("criterionName")->text(), rubric.criteria.at(0).name);
    QCOMPARE(find<QLineEdit>("anchor1")->text(), rubric.criteria.at(0).anchors.at(0));
    QCOMPARE(find<QLineEdit>("anchor5")->isVisible(), rubric.criteria.at(0).scaleSize == 5);
    const QString version = find<QLabel>("versionLabel")->text();
    QVERIFY2(version.startsWith(QStringLiteral("Version %1").arg(rubric.version)),
             qPrintable(version));
    if (rubric.version > 1)
        QVERIFY2(version.contains(QStringLiteral("against version 1")), qPrintable(version));

    auto rounds = InterviewRoundRepository(*db).forOpening(m_openingId);
    QVERIFY(rounds.ok());
    auto* grid = find<QTableWidget>("roundGrid");
    QCOMPARE(grid->columnCount(), rounds->size());
    QCOMPARE(grid->rowCount(), rubric.criteria.size());
    for (int col = 0; col < rounds->size(); ++col) {
        for (int row = 0; row < rubric.criteria.size(); ++row) {
            const bool linked = rounds->at(col).criterionIds.contains(rubric.criteria.at(row).id);
            QCOMPARE(grid->item(row, col)->checkState() == Qt::Checked, linked);
        }
    }
}

void TestRubricEditor::weightAndAnchorEditsUndoAndRedo() {
    const Criterion before = m_editor->state().rubric.criteria.at(0);
    auto* weight = find<QDoubleSpinBox>("criterionWeight");
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("7.5"));
    QCOMPARE(m_editor->state().rubric.criteria.at(0).weight, 7.5);
    QVERIFY2(m_editor->undoStack()->undoText().contains(QStringLiteral("weight")),
             qPrintable(m_editor->undoStack()->undoText()));

    auto* anchor = find<QLineEdit>("anchor2");
    anchor->setFocus();
    anchor->selectAll();
    QTest::keyClicks(anchor, QStringLiteral("Needs prompting"));
    QCOMPARE(m_editor->state().rubric.criteria.at(0).anchors.at(1),
             QStringLiteral("Needs prompting"));
    // Typing into one field is one undo step.
    QCOMPARE(m_editor->undoStack()->count(), 2);

    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->state().rubric.criteria.at(0).anchors.at(1), before.anchors.at(1));
    QCOMPARE(anchor->text(), before.anchors.at(1));
    QCOMPARE(m_editor->state().rubric.criteria.at(0).weight, 7.5);
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->state().rubric.criteria.at(0).weight, before.weight);
    QCOMPARE(weight->value(), before.weight);

    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->state().rubric.criteria.at(0).weight, 7.5);
    QCOMPARE(weight->value(), 7.5);
    QCOMPARE(m_editor->state().rubric.criteria.at(0).anchors.at(1), before.anchors.at(1));
}

void TestRubricEditor::percentageWeightsShowAsStoredAndStopAtTheLimit() {
    // Weights as percentages (30 of 100) are valid in every rubric file and
    // import; the editor showed them cut to 10. The one limit is the core's.
    const RowId criterion = m_editor->state().rubric.criteria.at(0).id;
    QVERIFY(m_session->database()
                .exec(QStringLiteral("UPDATE criteria SET weight = 30 WHERE id = ?"), {criterion})
                .ok());
    QVERIFY(m_editor->loadOpening(m_openingId).ok());
    auto* weight = find<QDoubleSpinBox>("criterionWeight");
    QCOMPARE(weight->value(), 30.0);
    QCOMPARE(m_editor->state().rubric.criteria.at(0).weight, 30.0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(weight->maximum(), Criterion::kMaxWeight);
    // Typing past it stops at 100.
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("250"));
    QTest::keyClick(weight, Qt::Key_Tab);
    QVERIFY(weight->value() <= Criterion::kMaxWeight);
    QVERIFY(Criterion::isValidWeight(m_editor->state().rubric.criteria.at(0).weight));
}

void TestRubricEditor::addsRenamesAndReordersCriteria() {
    const QList<Criterion> before = m_editor->state().rubric.criteria;
    auto* list = find<QListWidget>("criteriaList");
    list->setFocus();
    QTest::mouseClick(find<QPushButton>("addCriterion"), Qt::LeftButton);
    QCOMPARE(m_editor->state().rubric.criteria.size(), before.size() + 1);
    QCOMPARE(m_editor->state().current, 1);
    QCOMPARE(list->count(), before.size() + 1);

    auto* name = find<QLineEdit>("criterionName");
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Ownership"));
    QCOMPARE(m_editor->state().rubric.criteria.at(1).name, QStringLiteral("Ownership"));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Ownership")));

    list->setFocus();
    // Button shortcuts click after a short animation, hence the QTRY.
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(m_editor->state().rubric.criteria.at(0).name, QStringLiteral("Ownership"));
    QCOMPARE(m_editor->state().rubric.criteria.at(1).name, before.at(0).name);
    QCOMPARE(m_editor->state().current, 0);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Move “Ownership” up"));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(m_editor->state().rubric.criteria.at(1).name, QStringLiteral("Ownership"));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(m_editor->state().rubric.criteria.at(2).name, QStringLiteral("Ownership"));

    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->state().rubric.criteria.at(0).name, QStringLiteral("Ownership"));
    // Removing it again leaves the rubric as it was.
    QTest::keyClick(list, Qt::Key_Delete, Qt::AltModifier);
    QTRY_COMPARE(m_editor->state().rubric.criteria, before);
}

void TestRubricEditor::togglesARoundLinkWithTheKeyboard() {
    auto* grid = find<QTableWidget>("roundGrid");
    QVERIFY(grid->columnCount() > 0);
    const bool was = grid->item(0, 0)->checkState() == Qt::Checked;
    const QUuid criterion = m_editor->state().rubric.criteria.at(0).uuid;
    grid->setFocus();
    grid->setCurrentCell(0, 0);
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(m_editor->state().roundCriteria.at(0).contains(criterion), !was);
    QCOMPARE(grid->item(0, 0)->checkState() == Qt::Checked, !was);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->state().roundCriteria.at(0).contains(criterion), was);
    QCOMPARE(grid->item(0, 0)->checkState() == Qt::Checked, was);
}

void TestRubricEditor::exportThenImportRestoresTheCriteria() {
    const QList<Criterion> before = m_editor->state().rubric.criteria;
    const QString file = m_dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(m_editor->exportTo(file).ok());
    QTest::mouseClick(find<QPushButton>("removeCriterion"), Qt::LeftButton);
    QCOMPARE(m_editor->state().rubric.criteria.size(), before.size() - 1);

    auto imported = m_editor->importFrom(file);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    const QList<Criterion> after = m_editor->state().rubric.criteria;
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).anchors, before.at(i).anchors);
        QCOMPARE(after.at(i).weight, before.at(i).weight);
        QVERIFY(after.at(i).uuid != before.at(i).uuid);
    }
    QVERIFY(m_editor->undoStack()->undoText().startsWith(QStringLiteral("Import rubric")));

    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": 12 }");
    broken.close();
    QVERIFY(!m_editor->importFrom(broken.fileName()).ok());
    QCOMPARE(m_editor->state().rubric.criteria.size(), before.size());
}

void TestRubricEditor::savingWithSubmittedScorecardsCreatesANewVersion() {
    const Rubric loaded = m_editor->state().rubric;
    {
        auto db = openCopy();
        auto submitted = RubricVersioning(*db).submittedScorecardCount(loaded.id);
        QVERIFY(submitted.ok());
        QVERIFY2(*submitted > 0, "the demo's current rubric should have submitted scorecards");
    }
    auto* weight = find<QDoubleSpinBox>("criterionWeight");
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("4.5"));
    QSignalSpy saved(m_editor.get(), &RubricEditor::rubricSaved);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!find<QLabel>("messageLabel")->text().isEmpty());

    auto db = openCopy();
    auto versions = RubricRepository(*db).versionsForOpening(m_openingId);
    QVERIFY(versions.ok());
    const Rubric& newest = versions->last();
    QCOMPARE(newest.version, loaded.version + 1);
    QCOMPARE(newest.familyUuid, loaded.familyUuid);
    QCOMPARE(newest.criteria.at(0).weight, 4.5);
    auto old = RubricRepository(*db).get(loaded.id);
    QVERIFY(old.ok());
    QCOMPARE(old->criteria.at(0).weight, loaded.criteria.at(0).weight);
    QCOMPARE(m_editor->state().rubric.id, newest.id);
    QVERIFY(find<QLabel>("versionLabel")
                ->text()
                .startsWith(QStringLiteral("Version %1").arg(newest.version)));
    QVERIFY(m_editor->undoStack()->isClean());
}

void TestRubricEditor::savingRefusesAnEmptyAnchorWithAMessage() {
    const Rubric loaded = m_editor->state().rubric;
    auto* anchor = find<QLineEdit>("anchor1");
    anchor->setFocus();
    anchor->selectAll();
    QTest::keyClick(anchor, Qt::Key_Delete);
    QVERIFY(m_editor->state().rubric.criteria.at(0).anchors.at(0).isEmpty());
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto* message = find<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(loaded.criteria.at(0).name), qPrintable(message->text()));
    auto db = openCopy();
    auto versions = RubricRepository(*db).versionsForOpening(m_openingId);
    QCOMPARE(versions->last(), loaded);
}

QTEST_MAIN(TestRubricEditor)
#include "tst_rubriceditor.moc"

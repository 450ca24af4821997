#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SampleDatabase.h"
#include "csvimport/CandidateImportWizard.h"

#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

namespace {

QString fixturePath(const QString& name) {
    return QStringLiteral(DEBRIEF_TEST_DATA_DIR "/csv/") + name;
}

/// What a cancelled import must leave exactly as it was.
struct DatabaseState {
    int candidates = -1;
    int applications = -1;
    QByteArray fileBytes;
    QByteArray walBytes;

    bool operator==(const DatabaseState&) const = default;
};

} // namespace

/// The CSV import wizard, opened from the main window's Opening menu over
/// the sample database (Backend Engineer selected: 5 of its 8 candidates),
/// driven with keyboard and mouse through file, mapping and preview.
class TestCsvImportWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void brokenFilesNameLineAndColumnAndImportNothing_data();
    void brokenFilesNameLineAndColumnAndImportNothing();
    void nonUtf8FileIsReadAsWesternAndChoosingUtf8Blocks();
    void unmappingARequiredFieldBlocksTheImport();
    void goodFileImportsOnceWithFormulaCellsAsText();
    void splitNamesImportWithoutTouchingTheMapping_data();
    void splitNamesImportWithoutTouchingTheMapping();
    void previewShowsDatesOneLineAndMarksFormulas();
    void choosingTheDateOrderSettlesAmbiguousDates();
    void delimiterRowsAreSkippedWithOneNote();
    void longProblemListsEndWithACount();
    void aLargeFileShowsCountsAndACancelWritesNothing();

private:
    CandidateImportWizard* openWizard();
    void loadFile(const QString& path);
    void clickButton(QWizard::WizardButton which);
    void goToPreview();
    QStringList problems() const;
    QString storedName(const QString& email);
    DatabaseState state();
    int applicationsInBackend();

    template <typename T> T* find(const QString& name) const {
        return m_wizard ? m_wizard->findChild<T*>(name) : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<CandidateImportWizard> m_wizard;
    test::SampleDatabase m_sample;
};

void TestCsvImportWizard::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    auto db = Database::openSqlite(m_template);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    const QString failure = m_sample.fill(**db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCsvImportWizard::init() {
    // A fresh copy per test, so that every count starts from the sample's.
    m_path = m_dir.filePath(
        QStringLiteral("panel-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(test::SampleDatabase::today());
    const Status opened = m_session->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCsvImportWizard::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

CandidateImportWizard* TestCsvImportWizard::openWizard() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("importCandidatesCsvAction"));
    if (!action)
        return nullptr;
    action->trigger();
    m_wizard = m_window->findChild<CandidateImportWizard*>();
    if (m_wizard && !QTest::qWaitForWindowExposed(m_wizard))
        return nullptr;
    return m_wizard;
}

void TestCsvImportWizard::loadFile(const QString& path) {
    auto* edit = find<QLineEdit>(QStringLiteral("csvFileEdit"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestCsvImportWizard::clickButton(QWizard::WizardButton which) {
    QAbstractButton* button = m_wizard->button(which);
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestCsvImportWizard::goToPreview() {
    QCOMPARE(m_wizard->currentId(), int(CandidateImportWizard::FilePage));
    clickButton(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(CandidateImportWizard::MappingPage));
    clickButton(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(CandidateImportWizard::PreviewPage));
}

QStringList TestCsvImportWizard::problems() const {
    QStringList texts;
    if (auto* list = find<QListWidget>(QStringLiteral("csvProblemList"))) {
        for (int i = 0; i < list->count(); ++i)
            texts.append(list->item(i)->text());
    }
    return texts;
}

QString TestCsvImportWizard::storedName(const QString& email) {
    auto found = CandidateRepository(m_session->database()).findByEmail(email);
    return found && found->size() == 1 ? found->first().fullName : QString();
}

DatabaseState TestCsvImportWizard::state() {
    DatabaseState s;
    if (auto all = CandidateRepository(m_session->database()).list())
        s.candidates = static_cast<int>(all->size());
    if (auto query =
            m_session->database().exec(QStringLiteral("SELECT COUNT(*) FROM applications"));
        query && query->next())
        s.applications = query->value(0).toInt();
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        s.fileBytes = file.readAll();
    QFile wal(m_path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        s.walBytes = wal.readAll();
    return s;
}

int TestCsvImportWizard::applicationsInBackend() {
    auto apps = ApplicationRepository(m_session->database()).forOpening(m_sample.backendOpening);
    return apps ? static_cast<int>(apps->size()) : -1;
}

void TestCsvImportWizard::brokenFilesNameLineAndColumnAndImportNothing_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    // Lines and columns read off the fixtures by hand (see tests/data/csv/README.md).
    QTest::newRow("unbalanced quote")
        << QStringLiteral("unbalanced-quote.csv")
        << QStringList{QStringLiteral("Line 3, column “Notes”: a quote opens a field here but is "
                                      "never closed")};
    QTest::newRow("missing required column")
        << QStringLiteral("missing-email-column.csv")
        << QStringList{QStringLiteral("Line 1: the required column \"E-mail\" is missing")};
    QTest::newRow("invalid e-mails")
        << QStringLiteral("invalid-rows.csv")
        << QStringList{QStringLiteral("Line 2, column “Email”: this is not a valid e-mail address"),
                       QStringLiteral("Line 4, column “Name”: the name is empty"),
                       QStringLiteral("Line 5, column “Email”: this is not a valid e-mail address"),
                       QStringLiteral("Line 6, column “Email”: same e-mail as line 3")};
    // Issue #12: a header alone "imported 0"; a NUL inside an address was
    // taken as part of it.
    QTest::newRow("no candidates")
        << QStringLiteral("header-only.csv")
        << QStringList{QStringLiteral("File: no candidates in the file")};
    QTest::newRow("NUL in an e-mail")
        << QStringLiteral("nul-in-email.csv")
        << QStringList{QStringLiteral("Line 2, column “Email”: this value holds the control "
                                      "character U+0000 (NUL)")};
}

void TestCsvImportWizard::brokenFilesNameLineAndColumnAndImportNothing() {
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const DatabaseState before = state();
    QVERIFY(before.candidates == 8 && before.applications == 8); // the sample's
    QVERIFY(openWizard());
    loadFile(fixturePath(fixture));
    goToPreview();

    const QStringList listed = problems();
    for (const QString& text : expected) {
        const bool found = std::any_of(listed.cbegin(), listed.cend(),
                                       [&](const QString& p) { return p.startsWith(text); });
        QVERIFY2(found,
                 qPrintable(text + QStringLiteral("\nnot in:\n") + listed.join(QLatin1Char('\n'))));
    }
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    const auto* summary = find<QLabel>(QStringLiteral("csvSummaryLabel"));
    QVERIFY(summary && summary->text().contains(QStringLiteral("blocking error")));
    QVERIFY(!summary->text().contains(QStringLiteral(" 0 blocking")));

    clickButton(QWizard::CancelButton);
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());
    QCOMPARE(state(), before);
}

void TestCsvImportWizard::nonUtf8FileIsReadAsWesternAndChoosingUtf8Blocks() {
    const DatabaseState before = state();
    QVERIFY(openWizard());
    loadFile(fixturePath(QStringLiteral("latin1.csv")));
    auto* encoding = find<QComboBox>(QStringLiteral("csvEncodingCombo"));
    QVERIFY(encoding);
    QCOMPARE(encoding->currentText(), QStringLiteral("Windows-1252"));
    QCOMPARE(find<QComboBox>(QStringLiteral("csvDelimiterCombo"))->currentData().toChar(),
             QLatin1Char(','));
    const auto* detected = find<QLabel>(QStringLiteral("csvDetectedLabel"));
    QVERIFY2(detected->text().contains(QStringLiteral("Detected: Windows-1252, comma")),
             qPrintable(detected->text()));
    goToPreview();
    // Detected: a warning at the first byte that is not UTF-8 (é of Renée),
    // and the names read correctly, so the import could go ahead.
    QVERIFY2(problems().value(0).startsWith(
                 QStringLiteral("Line 2, column “Name”: the file is not valid UTF-8")),
             qPrintable(problems().join(QLatin1Char('\n'))));
    auto* table = find<QTableView>(QStringLiteral("csvPreviewTable"));
    QVERIFY(table);
    QVERIFY(
        table->model()
            ->match(table->model()->index(0, 2), Qt::DisplayRole, QStringLiteral("Renée Dupont"))
            .size() == 1);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());

    // Reading it as UTF-8 instead turns the same spot into a blocking error.
    clickButton(QWizard::BackButton);
    clickButton(QWizard::BackButton);
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Home);
    QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
    // The detected encoding is still named beside the choice.
    QVERIFY(detected->text().contains(QStringLiteral("Detected: Windows-1252")));
    goToPreview();
    QVERIFY2(problems().value(0).startsWith(
                 QStringLiteral("Line 2, column “Name”: this byte is not valid UTF-8")),
             qPrintable(problems().join(QLatin1Char('\n'))));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

    clickButton(QWizard::CancelButton);
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());
    QCOMPARE(state(), before);
}

void TestCsvImportWizard::unmappingARequiredFieldBlocksTheImport() {
    QVERIFY(openWizard());
    loadFile(fixturePath(QStringLiteral("good-comma.csv")));
    clickButton(QWizard::NextButton);
    // good-comma.csv: Name, E-Mail, Phone, Applied on, Notes (by hand).
    auto* name = find<QComboBox>(QStringLiteral("mapping_name"));
    auto* email = find<QComboBox>(QStringLiteral("mapping_email"));
    auto* date = find<QComboBox>(QStringLiteral("mapping_applied-on"));
    auto* source = find<QComboBox>(QStringLiteral("mapping_source"));
    QVERIFY(name && email && date && source);
    QCOMPARE(name->currentData().toInt(), 0);
    QCOMPARE(email->currentData().toInt(), 1);
    QCOMPARE(date->currentData().toInt(), 3);
    QCOMPARE(source->currentData().toInt(), -1);

    email->setFocus();
    QTest::keyClick(email, Qt::Key_Home); // "(not imported)"
    QCOMPARE(email->currentData().toInt(), -1);
    const auto* missing = find<QLabel>(QStringLiteral("mappingMissingLabel"));
    QVERIFY(missing && missing->text().contains(QStringLiteral("E-mail")));
    clickButton(QWizard::NextButton);
    QVERIFY2(problems().value(0).startsWith(
                 QStringLiteral("Line 1: the required column \"E-mail\" is missing or not mapped; "
                                "the file's columns are “Name” (1), “E-Mail” (2)")),
             qPrintable(problems().join(u'\n')));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

    clickButton(QWizard::BackButton);
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Down); // column 1, "Name": valid header, invalid e-mails
    QTest::keyClick(email, Qt::Key_Down); // column 2, "E-Mail" again
    QCOMPARE(email->currentData().toInt(), 1);
    clickButton(QWizard::NextButton);
    QVERIFY(problems().isEmpty());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestCsvImportWizard::goodFileImportsOnceWithFormulaCellsAsText() {
    const QString fixture = fixturePath(QStringLiteral("formula-cells.csv"));
    // Independent count: the data lines of the file, less the two rows the
    // fixture's README names as duplicates (line 5: Alice already applied to
    // Backend Engineer; line 8 repeats line 7). Gina (line 6) is known from
    // Product Designer, so she gets an application but no second record.
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int dataLines = static_cast<int>(file.readAll().trimmed().count('\n'));
    QCOMPARE(dataLines, 7);
    const int expectedApplications = dataLines - 2;
    const int expectedNewCandidates = expectedApplications - 1;

    const DatabaseState before = state();
    QCOMPARE(applicationsInBackend(), 5);
    QVERIFY(openWizard());
    loadFile(fixture);
    goToPreview();
    auto* table = find<QTableView>(QStringLiteral("csvPreviewTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), dataLines);
    const QString summary = find<QLabel>(QStringLiteral("csvSummaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("%1 candidate").arg(expectedApplications)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 duplicate")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("0 blocking error")), qPrintable(summary));
    const QStringList listed = problems();
    QVERIFY(listed.contains(QStringLiteral(
        "Line 5, column “Email”: a candidate with this e-mail has already applied to this "
        "opening")));
    QVERIFY(listed.contains(QStringLiteral("Line 8, column “Email”: same e-mail as line 7")));
    QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [](const QString& p) {
        return p.startsWith(QStringLiteral("Line 6, column “Email”: already stored"));
    }));

    clickButton(QWizard::FinishButton);
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());
    const DatabaseState after = state();
    QCOMPARE(after.candidates, before.candidates + expectedNewCandidates);
    QCOMPARE(after.applications, before.applications + expectedApplications);
    QCOMPARE(applicationsInBackend(), 5 + expectedApplications);
    // The list reloaded with the new rows.
    auto* list = m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    QTRY_COMPARE(list->model()->rowCount(), 5 + expectedApplications);

    // Formula-like cells are kept verbatim, as text.
    auto formula = CandidateRepository(m_session->database())
                       .findByEmail(QStringLiteral("formula.one@example.com"));
    QVERIFY(formula.ok() && formula->size() == 1);
    QCOMPARE(formula->first().fullName, QStringLiteral("=cmd()"));
    QCOMPARE(formula->first().phone, QStringLiteral("+1"));
    QCOMPARE(formula->first().source, QStringLiteral("@x"));
    QCOMPARE(formula->first().notes, QStringLiteral("-2"));

    // One undo step takes back exactly the import; redo writes it again.
    QUndoStack* undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    QVERIFY2(undo->undoText().startsWith(QStringLiteral("Import 5 candidate")),
             qPrintable(undo->undoText()));
    QVERIFY(undo->undoText().endsWith(QStringLiteral("from formula-cells.csv")));
    undo->undo();
    QCOMPARE(state().candidates, before.candidates);
    QCOMPARE(state().applications, before.applications);
    QTRY_COMPARE(list->model()->rowCount(), 5);
    QCOMPARE(CandidateRepository(m_session->database())
                 .findByEmail(QStringLiteral("gina@example.org"))
                 ->size(),
             1);
    undo->redo();
    QCOMPARE(state().candidates, before.candidates + expectedNewCandidates);
    QCOMPARE(applicationsInBackend(), 5 + expectedApplications);
}

void TestCsvImportWizard::splitNamesImportWithoutTouchingTheMapping_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("lastNameColumn");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("names");
    // Columns, e-mails and names read off the fixtures by hand.
    QTest::newRow("English (LinkedIn)")
        << QStringLiteral("linkedin-connections.csv") << 1
        << QStringList{QStringLiteral("hannah.keller@example.com"),
                       QStringLiteral("tomas.ferreira@example.org"),
                       QStringLiteral("aiko.tanaka@example.com")}
        << QStringList{QStringLiteral("Hannah Keller"), QStringLiteral("Tomás Ferreira"),
                       QStringLiteral("Aiko Tanaka")};
    QTest::newRow("German") << QStringLiteral("german-spreadsheet.csv") << 1
                            << QStringList{QStringLiteral("juergen.weiss@example.com"),
                                           QStringLiteral("anna-lena.schroeder@example.org"),
                                           QStringLiteral("mehmet.yilmaz@example.com")}
                            << QStringList{QStringLiteral("Jürgen Weiß"),
                                           QStringLiteral("Anna-Lena Schröder"),
                                           QStringLiteral("Mehmet Yılmaz")};
    QTest::newRow("French") << QStringLiteral("french-spreadsheet.csv") << 1
                            << QStringList{QStringLiteral("elodie.lefevre@example.org"),
                                           QStringLiteral("francois.dupont@example.org"),
                                           QStringLiteral("chloe.ndiaye@example.org")}
                            << QStringList{QStringLiteral("Élodie Lefèvre"),
                                           QStringLiteral("François Dupont-Martin"),
                                           QStringLiteral("Chloé N'Diaye")};
}

void TestCsvImportWizard::splitNamesImportWithoutTouchingTheMapping() {
    QFETCH(QString, fixture);
    QFETCH(int, lastNameColumn);
    QFETCH(QStringList, emails);
    QFETCH(QStringList, names);
    const DatabaseState before = state();
    QVERIFY(openWizard());
    loadFile(fixturePath(fixture));
    clickButton(QWizard::NextButton);
    // First name in the name combo, last name joined after it, and the
    // first name as the preferred name.
    QCOMPARE(find<QComboBox>(QStringLiteral("mapping_name"))->currentData().toInt(), 0);
    QCOMPARE(find<QComboBox>(QStringLiteral("mapping_name_join"))->currentData().toInt(),
             lastNameColumn);
    QCOMPARE(find<QComboBox>(QStringLiteral("mapping_preferred-name"))->currentData().toInt(), 0);
    QCOMPARE(find<QLabel>(QStringLiteral("mappingExample_name"))->text(),
             QStringLiteral("e.g. ") + names.first());
    QVERIFY(find<QLabel>(QStringLiteral("mappingMissingLabel"))->text().isEmpty());
    clickButton(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(CandidateImportWizard::PreviewPage));
    clickButton(QWizard::FinishButton);
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());

    QCOMPARE(state().candidates, before.candidates + 3);
    for (int i = 0; i < emails.size(); ++i)
        QCOMPARE(storedName(emails.at(i)), names.at(i));
}

void TestCsvImportWizard::previewShowsDatesOneLineAndMarksFormulas() {
    QVERIFY(openWizard());
    loadFile(fixturePath(QStringLiteral("handmade-odd.csv")));
    clickButton(QWizard::NextButton);
    // handmade-odd.csv: FIRST name, SURNAME, e_mail, Mobile Number,
    // where from, APPLIED, comments (by hand).
    const QList<std::pair<const char*, int>> expected{
        {"mapping_name", 0},  {"mapping_name_join", 1},     {"mapping_email", 2},
        {"mapping_phone", 3}, {"mapping_source", -1},       {"mapping_applied-on", 5},
        {"mapping_notes", 6}, {"mapping_preferred-name", 0}};
    for (const auto& [name, column] : expected) {
        auto* combo = find<QComboBox>(QString::fromLatin1(name));
        QVERIFY2(combo, name);
        QCOMPARE(combo->currentData().toInt(), column);
    }
    // Without the join the name is the first name alone; with it, both.
    auto* join = find<QComboBox>(QStringLiteral("mapping_name_join"));
    auto* example = find<QLabel>(QStringLiteral("mappingExample_name"));
    QCOMPARE(example->text(), QStringLiteral("e.g. Anna van der Berg"));
    join->setFocus();
    QTest::keyClick(join, Qt::Key_Home); // "(nothing)"
    QCOMPARE(example->text(), QStringLiteral("e.g. Anna"));
    QTest::keyClick(join, Qt::Key_Down); // column 1
    QTest::keyClick(join, Qt::Key_Down); // column 2, SURNAME
    QCOMPARE(example->text(), QStringLiteral("e.g. Anna van der Berg"));

    clickButton(QWizard::NextButton);
    auto* table = find<QTableView>(QStringLiteral("csvPreviewTable"));
    QVERIFY(table);
    QAbstractItemModel* model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto columnOf = [model](const QString& header) {
        for (int col = 0; col < model->columnCount(); ++col) {
            if (model->headerData(col, Qt::Horizontal).toString() == header)
                return col;
        }
        return -1;
    };
    const int nameCol = columnOf(QStringLiteral("Full name"));
    const int dateCol = columnOf(QStringLiteral("Applied on"));
    const int notesCol = columnOf(QStringLiteral("Notes"));
    QVERIFY(nameCol > 0 && dateCol > 0 && notesCol > 0);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, nameCol).data().toString(), QStringLiteral("Anna van der Berg"));
    QCOMPARE(model->index(1, nameCol).data().toString(), QStringLiteral("Okonkwo"));
    // "2026-01-05 10:30:00", "2026-01-07" and "5 Jan 2026 9:00" in the
    // app's date format ("d MMM yyyy", as the candidate list shows dates).
    QCOMPARE(model->index(0, dateCol).data().toString(), QStringLiteral("5 Jan 2026"));
    QCOMPARE(model->index(1, dateCol).data().toString(), QStringLiteral("7 Jan 2026"));
    QCOMPARE(model->index(2, dateCol).data().toString(), QStringLiteral("5 Jan 2026"));
    // A two-line note is one line with a visible break; the tooltip has it whole.
    const QModelIndex note = model->index(0, notesCol);
    QCOMPARE(note.data().toString(),
             QStringLiteral("Met at the Go meetup ⏎ asked about remote work"));
    // (A tooltip is rich text, so that a value is never read as markup.)
    const auto shownTip = [](const QModelIndex& index) {
        return QTextDocumentFragment::fromHtml(index.data(Qt::ToolTipRole).toString())
            .toPlainText();
    };
    QCOMPARE(shownTip(note), QStringLiteral("Met at the Go meetup\nasked about remote work"));
    QVERIFY(note.data(Qt::DecorationRole).isNull());
    QCOMPARE(table->rowHeight(0), table->rowHeight(1));
    // The pasted formula is shown as it is, marked, and explained.
    const QModelIndex formula = model->index(2, notesCol);
    QCOMPARE(formula.data().toString(),
             QStringLiteral("=HYPERLINK(\"http://example.com/cv\",\"CV\")"));
    QVERIFY(!formula.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(shownTip(formula).startsWith(QStringLiteral("=HYPERLINK(\"http://example.com/cv\"")) &&
                 shownTip(formula).endsWith(QStringLiteral(
                     "Looks like a spreadsheet formula. Debrief keeps it as text and never runs "
                     "it.")),
             qPrintable(shownTip(formula)));
    QVERIFY(model->index(2, nameCol).data(Qt::DecorationRole).isNull());
    QVERIFY(problems().contains(QStringLiteral("Line 5, column “comments”: starts like a "
                                               "spreadsheet formula; it is stored as text and "
                                               "never run")));

    clickButton(QWizard::FinishButton);
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());
    QCOMPARE(storedName(QStringLiteral("anna.vdberg@example.com")),
             QStringLiteral("Anna van der Berg"));
    auto bo =
        CandidateRepository(m_session->database()).findByEmail(QStringLiteral("bo.li@example.org"));
    QVERIFY(bo.ok() && bo->size() == 1);
    QCOMPARE(bo->first().notes, QStringLiteral("=HYPERLINK(\"http://example.com/cv\",\"CV\")"));
}

void TestCsvImportWizard::choosingTheDateOrderSettlesAmbiguousDates() {
    QVERIFY(openWizard());
    loadFile(fixturePath(QStringLiteral("ambiguous-dates.csv")));
    goToPreview();
    QVERIFY2(problems().value(0).startsWith(
                 QStringLiteral("Line 2, column “Applied”: this date could be 3 April 2026 (day "
                                "first) or 4 March 2026 (month first)")),
             qPrintable(problems().join(u'\n')));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

    clickButton(QWizard::BackButton);
    auto* order = find<QComboBox>(QStringLiteral("mapping_date_order"));
    QVERIFY(order);
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down); // day first
    clickButton(QWizard::NextButton);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(u'\n')));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    auto* table = find<QTableView>(QStringLiteral("csvPreviewTable"));
    const int dateCol = table->model()->columnCount() - 2; // Applied on, then Notes
    QCOMPARE(table->model()->headerData(dateCol, Qt::Horizontal).toString(),
             QStringLiteral("Applied on"));
    QCOMPARE(table->model()->index(0, dateCol).data().toString(), QStringLiteral("3 Apr 2026"));
    QCOMPARE(table->model()->index(1, dateCol).data().toString(), QStringLiteral("5 Jun 2026"));
}

void TestCsvImportWizard::delimiterRowsAreSkippedWithOneNote() {
    // Issue #12: Excel's ",," rows made every row of the file an error.
    QVERIFY(openWizard());
    loadFile(fixturePath(QStringLiteral("trailing-delimiters.csv")));
    goToPreview();
    auto* table = find<QTableView>(QStringLiteral("csvPreviewTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    const QStringList listed = problems();
    QCOMPARE(listed.size(), 1);
    QVERIFY2(
        listed.first().startsWith(QStringLiteral("Line 3: 3 rows hold nothing but delimiters")),
        qPrintable(listed.first()));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    clickButton(QWizard::FinishButton);
    QTRY_COMPARE(storedName(QStringLiteral("ben@example.com")), QStringLiteral("Ben Okafor"));
}

void TestCsvImportWizard::longProblemListsEndWithACount() {
    // 100 rows whose addresses are not ones: the list names the first 20 by
    // line and counts the other 80 in a last line that selects nothing.
    const QString path = m_dir.filePath(QStringLiteral("hundred-bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Email\n");
    for (int row = 0; row < 100; ++row)
        file.write(QStringLiteral("Ann Example,address-%1\n").arg(row).toUtf8());
    file.close();
    QVERIFY(openWizard());
    loadFile(path);
    goToPreview();
    const QStringList listed = problems();
    QCOMPARE(listed.size(), 21);
    QVERIFY2(listed.at(19).startsWith(QStringLiteral("Line 21, column “Email”")),
             qPrintable(listed.at(19)));
    QVERIFY2(listed.last().contains(QStringLiteral("80 more")) &&
                 listed.last().contains(QStringLiteral("errors: 80, warnings: 0")),
             qPrintable(listed.last()));
    auto* list = find<QListWidget>(QStringLiteral("csvProblemList"));
    QVERIFY(!(list->item(20)->flags() & Qt::ItemIsSelectable));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestCsvImportWizard::aLargeFileShowsCountsAndACancelWritesNothing() {
    // More rows than the preview keeps: it counts them all and shows the
    // first; the write shows its progress at once, and Cancel there rolls
    // everything back.
    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Email\n");
    for (int i = 0; i < 3000; ++i)
        file.write(QStringLiteral("Person %1,person.%1@example.org\n").arg(i).toUtf8());
    file.close();
    const DatabaseState before = state();
    QVERIFY(openWizard());
    loadFile(csv);
    goToPreview();
    QCOMPARE(find<QTableView>(QStringLiteral("csvPreviewTable"))->model()->rowCount(), 1000);
    const QString summary = find<QLabel>(QStringLiteral("csvSummaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("3000 candidate")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("error(s). The table shows the first 1000 row")),
             qPrintable(summary));

    bool cancelClicked = false;
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto* progress = m_wizard->findChild<QProgressDialog*>(QStringLiteral("csvImportProgress"));
        if (!progress || !progress->isVisible())
            return;
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelClicked = true;
        canceller.stop();
    });
    canceller.start();
    clickButton(QWizard::FinishButton);
    QTRY_VERIFY(cancelClicked);
    QVERIFY(m_wizard && m_wizard->isVisible());
    QCOMPARE(state().candidates, before.candidates);
    QCOMPARE(state().applications, before.applications);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

QTEST_MAIN(TestCsvImportWizard)
#include "tst_csvimportwizard.moc"

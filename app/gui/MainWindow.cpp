#include "MainWindow.h"

#include "LanguageMenu.h"
#include "WarningBox.h"

#include "CandidateDetailPane.h"
#include "CandidateTableModel.h"
#include "CardDelegate.h"
#include "DatabaseSession.h"
#include "DisplayText.h"
#include "EmptyState.h"
#include "OpeningListModel.h"
#include "RecentDatabases.h"
#include "TopLevelWindows.h"
#include "backup/BackupMenu.h"
#include "communication/CommunicationEditing.h"
#include "comparison/ComparisonMenu.h"
#include "csvimport/CandidateImportMenu.h"
#include "decision/DecisionMenu.h"
#include "drafts/DraftsMenu.h"
#include "exchange/ScorecardExchangeActions.h"
#include "live/LiveUpdates.h"
#include "opening/OpeningSetupMenu.h"
#include "pipeline/CandidateFilterBar.h"
#include "pipeline/PipelineEditing.h"
#include "privacy/PrivacyMenu.h"
#include "report/ReportMenu.h"
#include "rubric/RubricMenu.h"
#include "scheduling/MyInterviewsMenu.h"
#include "scheduling/SchedulingMenu.h"
#include "scorecard/ScorecardMenu.h"
#include "server/MoveToServerDialog.h"
#include "server/ServerMenu.h"
#include "talentpool/TalentPoolMenu.h"
#include "templates/TemplateMenu.h"
#include "waiting/WaitingOnUsMenu.h"
#include "welcome/DemoOffer.h"
#include "welcome/WelcomePage.h"

#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief {
namespace {

QLabel* heading(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // the candidates' heading names an opening
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MainWindow::MainWindow(DatabaseSession& session, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_recent(std::make_unique<RecentDatabases>(settings))
    , m_undoStack(new QUndoStack(this))
    , m_openings(new OpeningListModel(session, this))
    , m_candidates(new CandidateTableModel(session, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/debrief/icons/debrief.svg")));
    // Every window and dialog the application opens fits its screen, and
    // Escape or Ctrl+W closes the secondary ones.
    TopLevelWindows::install();

    m_detail = new CandidateDetailPane(session);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildOpeningsPanel());
    m_splitter->addWidget(buildCandidatesPanel());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_welcome = new WelcomePage;
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);
    // Left to right: openings, search and stage filter, candidates, details.
    setTabOrder(m_openingList, m_search);
    QWidget* stageFilter = m_filterBar->findChild<QWidget*>(QStringLiteral("stageFilter"));
    setTabOrder(m_search, stageFilter);
    setTabOrder(stageFilter, m_candidateTable);
    setTabOrder(m_candidateTable, m_detail);

    m_statusSummary = new QLabel;
    m_statusSummary->setTextFormat(Qt::PlainText);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addWidget(m_statusSummary, 1);

    // On a shared server, others' changes show as they happen. Made before
    // the menus, so the views they install can follow it too.
    connect(new LiveUpdates(m_session, statusBar(), this), &LiveUpdates::changed, this,
            &MainWindow::reloadKeepingPlace);
    buildMenus();
    connectWelcome();
    restoreLayout();
    giveDocksAThird();
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    // Edits refresh the opening counts in place; the status bar follows them.
    connect(m_openings, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateCandidatesState();
    });
    onDatabaseChanged();
    (m_pages->currentWidget() == m_welcome ? static_cast<QWidget*>(m_welcome) : m_openingList)
        ->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildOpeningsPanel() {
    m_openingList = new QListView;
    m_openingList->setObjectName(QStringLiteral("openingList"));
    m_openingList->setAccessibleName(tr("Openings"));
    m_openingList->setModel(m_openings);
    m_openingList->setItemDelegate(new CardDelegate(m_openingList));
    m_openingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openingList->setUniformItemSizes(true);
    connect(m_openingList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOpeningChanged);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addWidget(heading(tr("&Openings"), m_openingList));
    layout->addWidget(m_openingList);
    return panel;
}

QWidget* MainWindow::buildCandidatesPanel() {
    // Search, stage filter and sorting happen in the database (the model
    // fetches pages), so the table sits directly on the model.
    m_filterBar = new CandidateFilterBar(*m_candidates);
    m_filterBar->setObjectName(QStringLiteral("candidateFilterBar"));
    m_search = m_filterBar->searchField();
    connect(m_filterBar, &CandidateFilterBar::errorOccurred, this, &MainWindow::report);
    connect(m_candidates, &CandidateTableModel::loadFailed, this, &MainWindow::report);

    m_candidateTable = new QTableView;
    m_candidateTable->setObjectName(QStringLiteral("candidateTable"));
    m_candidateTable->setAccessibleName(tr("Candidates"));
    m_candidateTable->setModel(m_candidates);
    m_candidateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateTable->setAlternatingRowColors(true);
    // Furthest along first: the people a panel is deciding about lead.
    m_candidateTable->horizontalHeader()->setSortIndicator(CandidateTableModel::Stage,
                                                           Qt::DescendingOrder);
    m_candidateTable->setSortingEnabled(true);
    m_candidateTable->setShowGrid(false);
    m_candidateTable->setWordWrap(false);
    // Tab moves on to the detail pane instead of walking every cell.
    m_candidateTable->setTabKeyNavigation(false);
    m_candidateTable->verticalHeader()->hide();
    QHeaderView* header = m_candidateTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateTableModel::Name, QHeaderView::Stretch);
    // Widths from the rows on screen, not every loaded row: the short,
    // uniform columns read the same, and measuring a 200-row page cell by
    // cell was a quarter of start-up (and again at every page and search).
    header->setResizeContentsPrecision(0);
    header->setHighlightSections(false);
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCandidateChanged);

    m_candidatesHeading = heading(tr("&Candidates"), m_candidateTable);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_candidatesHeading, 1);
    searchRow->addWidget(m_filterBar, 2);

    m_noCandidates = new EmptyState(tr("No candidates yet."));
    m_noCandidates->setObjectName(QStringLiteral("noCandidates"));
    m_candidateStack = new QStackedWidget;
    m_candidateStack->addWidget(m_candidateTable);
    m_candidateStack->addWidget(m_noCandidates);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(searchRow);
    layout->addWidget(m_candidateStack);
    return panel;
}

void MainWindow::buildMenus() {
    QMenu* file = buildFileMenu();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Every edit in the window is a command on m_undoStack, so these name it.
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    buildViewMenu();
    RubricMenu::install(this, m_session, [this] {
        const QModelIndex index = m_openingList->currentIndex();
        return index.isValid() ? m_openings->openingId(index.row()) : kNoRow;
    });
    ScorecardMenu::install(this, m_session, m_settings, m_detail, [this] {
        const QModelIndex index = m_openingList->currentIndex();
        return index.isValid() ? m_openings->openingId(index.row()) : kNoRow;
    });
    CandidateImportMenu::install(
        this, m_session, m_undoStack,
        [this] { return m_openings->openingId(m_openingList->currentIndex().row()); },
        [this] { reloadAll(); });
    PipelineEditing::install(this, m_session, m_settings, *m_undoStack, *m_openings, *m_candidates,
                             m_detail);
    CommunicationEditing::install(this, m_session, m_settings, *m_openings, *m_candidates,
                                  m_detail);
    SchedulingMenu::install(this, m_session, m_settings, *m_openings, *m_candidates, m_detail);
    TemplateMenu::install(this, m_session, m_settings);
    OpeningSetupMenu::installSetUp(this, m_session);
    DecisionMenu::install(
        this, m_session, m_settings,
        [this] { return m_openings->openingId(m_openingList->currentIndex().row()); },
        [this] { reloadAll(); });
    ComparisonMenu::install(this, m_session, m_settings, [this] { return currentOpeningId(); });
    DraftsMenu::install(this, m_session, m_settings, [this] { return currentOpeningId(); });
    // Last, so that its actions for one candidate close the context menu.
    PrivacyMenu::install(this, file, m_session, m_settings, m_detail);
    buildHelpMenu();
}

QMenu* MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create =
        file->addAction(tr("&New Panel Database…"), this, &MainWindow::askNewDatabase);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcuts(QKeySequence::New);
    OpeningSetupMenu::installNewOpening(this, file, m_session);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::askOpenDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcuts(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    ServerMenu::install(this, file, m_session, m_settings, [this] { reloadAll(); });
    file->addSeparator();
    (new ScorecardExchangeActions(m_session, m_settings, this))->addTo(file, [this] {
        return m_openings->openingId(m_openingList->currentIndex().row());
    });
    ReportMenu::install(this, file, m_session, m_settings, [this] { return currentOpeningId(); });
    file->addSeparator();
    BackupMenu::install(this, file, m_session);
    MoveToServerDialog::addTo(file, m_session, [this](const QString& uri) { openDatabase(uri); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    return file;
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reloadAll);
    refresh->setShortcuts(QKeySequence::Refresh);
    view->addSeparator();
    QAction* openings = view->addAction(
        tr("Go to &Openings"), this, [this] { m_openingList->setFocus(Qt::ShortcutFocusReason); });
    openings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* find = view->addAction(tr("&Find Candidate"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcuts(QKeySequence::Find);
    QAction* details = view->addAction(tr("Candidate &Details"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_detail, &QWidget::setVisible);
    view->addSeparator();
    WaitingOnUsMenu::install(this, view, m_session, *m_openings);
    TalentPoolMenu::install(this, view, m_session, m_settings, *m_openings);
    MyInterviewsMenu::install(this, view, m_session, m_settings);
    view->addSeparator();
    auto* language = new LanguageMenu(m_settings, view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* demo = help->addAction(tr("Try the &Demo"), this, &MainWindow::tryDemo);
    demo->setObjectName(QStringLiteral("tryDemoAction"));
    demo->setToolTip(tr("Open a sample database to look around in; your own data is not "
                        "touched."));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Debrief"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString& path : files) {
        QAction* action =
            m_recentMenu->addAction(DisplayText::withLiteralAmpersands(QFileInfo(path).fileName()),
                                    this, [this, path] { openDatabase(path); });
        action->setToolTip(DisplayText::toolTip(path));
        action->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] { m_recent->clear(); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::connectWelcome() {
    connect(m_welcome, &WelcomePage::newOpeningRequested, this, &MainWindow::startNewOpening);
    connect(m_welcome, &WelcomePage::newDatabaseRequested, this, [this] {
        if (askNewDatabase())
            startNewOpening(); // a new panel database leads on to its first opening
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::askOpenDatabase);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::tryDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString& path) { openDatabase(path); });
    // The empty candidate list offers what the Opening menu does.
    for (const auto& [text, name] :
         {std::pair{tr("&Add Candidate…"), "addCandidateAction"},
          std::pair{tr("I&mport from CSV…"), "importCandidatesCsvAction"}}) {
        if (auto* action = findChild<QAction*>(QLatin1String(name)))
            m_noCandidates->addButton(text, action);
    }
}

void MainWindow::startNewOpening() {
    if (auto* action = findChild<QAction*>(QStringLiteral("newOpeningAction"))) {
        action->setEnabled(m_session.isOpen()); // as File shows it
        action->trigger();
    }
}

void MainWindow::tryDemo() {
    DemoOffer::start(this, m_session.today(), m_session.filePath(),
                     [this](const QString& path) { openDatabase(path); });
}

void MainWindow::updatePage() {
    const bool welcome = !m_session.isOpen() || m_openings->rowCount() == 0;
    if (welcome)
        m_welcome->display(m_session.filePath(), m_recent->files());
    QWidget* page = welcome ? static_cast<QWidget*>(m_welcome) : m_splitter;
    if (m_pages->currentWidget() == page)
        return;
    const bool hadFocus = m_pages->isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(page);
    if (hadFocus || !QApplication::focusWidget())
        (welcome ? static_cast<QWidget*>(m_welcome) : m_openingList)->setFocus();
}

void MainWindow::updateCandidatesState() {
    const QModelIndex current = m_openingList->currentIndex();
    const bool none =
        current.isValid() && current.data(OpeningListModel::CandidateCountRole).toInt() == 0;
    if (none) {
        m_noCandidates->setText(
            tr("No candidates for %1 yet. Add them one by one, or import a CSV file from a job "
               "board or a spreadsheet.")
                .arg(current.data(OpeningListModel::TitleRole).toString()));
    }
    m_candidateStack->setCurrentWidget(none ? static_cast<QWidget*>(m_noCandidates)
                                            : m_candidateTable);
    m_detail->setEmptyHint(none ? tr("Add a candidate, and their details appear here.")
                                : tr("Select a candidate to see their details."));
}

void MainWindow::giveDocksAThird() {
    // A list docked below the panes would otherwise take its size hint,
    // most of a 720-pixel-high window, the first time it is shown.
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        connect(dock->toggleViewAction(), &QAction::triggered, this, [this, dock](bool shown) {
            if (shown && !dock->isFloating() && !dock->property("debriefSized").toBool()) {
                dock->setProperty("debriefSized", true);
                resizeDocks({dock}, {height() / 3}, Qt::Vertical);
            }
        });
    }
}

void MainWindow::restoreLayout() {
    // The default fits a 1280×720 screen with its panels and title bar;
    // a remembered size larger than today's screen is shrunk on show.
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1200, 660);
    // The splitter is all the window has for a layout state; toolbars and
    // docks, if they arrive, would need QMainWindow::saveState here too.
    if (!m_splitter->restoreState(m_settings.mainWindowState())) {
        // Openings a fifth, candidates half, the candidate the rest.
        const int total = width();
        m_splitter->setSizes({total / 5, total / 2, total - total / 5 - total / 2});
    }
}

void MainWindow::saveLayout() {
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(m_splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

bool MainWindow::openDatabase(const QString& path) {
    if (auto opened = m_session.open(path); !opened) {
        report(opened.errorMessage());
        return false;
    }
    m_recent->add(m_session.filePath());
    return true;
}

bool MainWindow::createDatabase(const QString& path) {
    if (auto created = m_session.create(path); !created) {
        report(created.errorMessage());
        return false;
    }
    m_recent->add(m_session.filePath());
    return true;
}

void MainWindow::askOpenDatabase() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_session.filePath()).absolutePath(),
        tr("Debrief databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::askNewDatabase() {
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"),
        QFileInfo(m_session.filePath()).absolutePath() + QStringLiteral("/debrief.sqlite"),
        tr("Debrief databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    return createDatabase(path);
}

void MainWindow::onDatabaseChanged() {
    m_undoStack->clear();
    m_filterBar->reset();
    reloadAll();
    updateTitle();
}

void MainWindow::reloadAll() {
    const QModelIndex current = m_openingList->currentIndex();
    const RowId selected = m_openings->openingId(current.isValid() ? current.row() : -1);
    if (auto loaded = m_openings->reload(); !loaded)
        report(loaded.errorMessage());
    const int row = m_openings->rowOf(selected);
    if (row >= 0)
        m_openingList->setCurrentIndex(m_openings->index(row));
    else
        selectDebriefOpening();
    if (m_openings->rowCount() == 0)
        onOpeningChanged({});
    updateStatus();
    updatePage();
}

void MainWindow::reloadKeepingPlace() {
    const QModelIndex candidate = m_candidateTable->currentIndex();
    const RowId application =
        candidate.isValid() ? candidate.data(CandidateTableModel::ApplicationIdRole).value<RowId>()
                            : kNoRow;
    const RowId opening = currentOpeningId();
    reloadAll();
    if (application != kNoRow && currentOpeningId() == opening)
        selectCandidateRow(m_candidates->rowOfApplication(application));
}

void MainWindow::selectDebriefOpening() {
    const int row = m_openings->debriefRow();
    if (row >= 0)
        m_openingList->setCurrentIndex(m_openings->index(row));
}

RowId MainWindow::currentOpeningId() const {
    const QModelIndex index = m_openingList->currentIndex();
    return index.isValid() ? m_openings->openingId(index.row()) : kNoRow;
}

void MainWindow::showOpening(RowId openingId) {
    reloadAll();
    const int row = m_openings->rowOf(openingId);
    if (row >= 0)
        m_openingList->setCurrentIndex(m_openings->index(row));
}

void MainWindow::showApplication(RowId openingId, RowId applicationId) {
    showOpening(openingId);
    // The list loads in pages; the candidate may be further down than loaded.
    const auto rowOf = [this, applicationId] {
        int row = m_candidates->rowOfApplication(applicationId);
        while (row < 0 && m_candidates->canFetchMore({})) {
            m_candidates->fetchMore({});
            row = m_candidates->rowOfApplication(applicationId);
        }
        return row;
    };
    int row = rowOf();
    if (row < 0) {
        m_filterBar->reset(); // a search or stage filter hides them
        row = rowOf();
    }
    selectCandidateRow(row);
    if (row >= 0)
        m_candidateTable->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectCandidateRow(int row) {
    if (row >= 0 && row < m_candidates->rowCount())
        m_candidateTable->setCurrentIndex(m_candidates->index(row, 0));
}

void MainWindow::onOpeningChanged(const QModelIndex& current) {
    const RowId id = current.isValid() ? m_openings->openingId(current.row()) : kNoRow;
    if (auto loaded = m_candidates->setOpening(id); !loaded)
        report(loaded.errorMessage());
    m_candidatesHeading->setText(
        current.isValid() ? tr("&Candidates for %1")
                                .arg(DisplayText::withLiteralAmpersands(
                                    current.data(OpeningListModel::TitleRole).toString()))
                          : tr("&Candidates"));
    m_detail->clear();
    updateCandidatesState();
}

void MainWindow::onCandidateChanged(const QModelIndex& current) {
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const RowId id = current.data(CandidateTableModel::ApplicationIdRole).value<RowId>();
    if (auto shown = m_detail->showApplication(id); !shown)
        report(shown.errorMessage());
}

void MainWindow::updateTitle() {
    if (!m_session.isOpen()) {
        setWindowTitle(tr("Debrief"));
        return;
    }
    if (const auto& server = m_session.server()) {
        setWindowFilePath({});
        setWindowTitle(
            DisplayText::windowTitle(tr("%1 on %2 — Debrief").arg(server->database, server->host)));
        return;
    }
    setWindowFilePath(m_session.filePath());
    setWindowTitle(DisplayText::windowTitle(
        tr("%1 — Debrief").arg(QFileInfo(m_session.filePath()).fileName())));
}

void MainWindow::updateStatus() {
    if (!m_session.isOpen()) {
        m_statusSummary->setText(
            tr("No database open. Use File › New Panel Database… or File › Open…."));
        return;
    }
    QStringList parts{tr("%n opening(s)", "", m_openings->rowCount()),
                      tr("%n candidate(s)", "", m_openings->totalCandidates())};
    if (const int overdue = m_openings->totalOverdue(); overdue > 0)
        parts.append(tr("%n waiting past their promised date", "", overdue));
    m_statusSummary->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::report(const QString& message) {
    emit errorOccurred(message);
    // open(), not exec(): the box is window-modal but the caller carries on,
    // so nothing (including a test driving the window) is blocked by it.
    WarningBox::show(this, tr("Debrief"), message, QStringLiteral("errorMessage"));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Debrief"),
        tr("<h3>Debrief %1</h3><p>Structured interview debriefs for hiring panels: scored "
           "rubrics, independent scorecards, recorded decisions and honest, timely answers "
           "for every candidate.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace debrief

#pragma once

#include "domain/RowId.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace debrief {

class CandidateDetailPane;
class CandidateFilterBar;
class CandidateTableModel;
class DatabaseSession;
class EmptyState;
class OpeningListModel;
class RecentDatabases;
class Settings;
class WelcomePage;

/// Debrief's main window: the openings on the left, the selected opening's
/// candidates in the middle and the selected candidate on the right, over the
/// session's database; the welcome page instead while there is no opening. Errors are emitted as
/// errorOccurred() and shown in a window-modal message box that never blocks the caller.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(DatabaseSession& session, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens another database; on failure reports why and keeps the current one.
    bool openDatabase(const QString& path);
    /// Creates and opens a new, empty database file.
    bool createDatabase(const QString& path);

    /// Selects the opening a debrief is most likely about (see OpeningListModel).
    void selectDebriefOpening();
    /// Selects the candidate at `row` of the table as sorted and filtered.
    void selectCandidateRow(int row);
    /// The opening selected in the list, or kNoRow.
    RowId currentOpeningId() const;
    /// Reloads the views and selects `openingId` (kNoRow: keeps the selection).
    void showOpening(RowId openingId);
    /// Selects `openingId` and in it the application `applicationId`,
    /// clearing the search and stage filter when they hide it.
    void showApplication(RowId openingId, RowId applicationId);

    QUndoStack* undoStack() const { return m_undoStack; }

signals:
    void errorOccurred(const QString& message);
    /// File › New Opening… wrote a new opening (not emitted on redo).
    void openingCreated(RowId openingId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildOpeningsPanel();
    QWidget* buildCandidatesPanel();
    void buildMenus();
    QMenu* buildFileMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void rebuildRecentMenu();
    void restoreLayout();
    void giveDocksAThird();
    void connectWelcome();
    void startNewOpening();
    void tryDemo();
    /// The welcome page while no database is open or it has no opening; the panes otherwise.
    void updatePage();
    /// The candidate list, or what to do when the opening has no candidates yet.
    void updateCandidatesState();
    void saveLayout();

    void onDatabaseChanged();
    void onOpeningChanged(const QModelIndex& current);
    void onCandidateChanged(const QModelIndex& current);
    void reloadAll();
    /// reloadAll() after someone else's change (LiveUpdates), keeping the
    /// selected candidate where they are still listed.
    void reloadKeepingPlace();
    void updateTitle();
    void updateStatus();
    void report(const QString& message);
    void askOpenDatabase();
    /// File › New…: true when a new database was created and opened.
    bool askNewDatabase();
    void showAbout();

    DatabaseSession& m_session;
    Settings& m_settings;
    std::unique_ptr<RecentDatabases> m_recent;
    QUndoStack* m_undoStack = nullptr;
    OpeningListModel* m_openings = nullptr;
    CandidateTableModel* m_candidates = nullptr;
    CandidateFilterBar* m_filterBar = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_candidateStack = nullptr;
    EmptyState* m_noCandidates = nullptr;
    QListView* m_openingList = nullptr;
    QLabel* m_candidatesHeading = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_candidateTable = nullptr;
    CandidateDetailPane* m_detail = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusSummary = nullptr;
};

} // namespace debrief

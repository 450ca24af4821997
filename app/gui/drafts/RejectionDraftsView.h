#pragma once

#include "Result.h"
#include "drafting/RejectionQueue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

class DatabaseSession;
class DraftEditor;
class Settings;

/// Opening › Rejection Drafts…: RejectionQueue's candidates of an opening
/// in four groups: offer letters (the chosen candidate's, while the offer is
/// pending), held (runners-up, with the reason), ready, and sent (when and
/// how). Opens a candidate's draft in a DraftEditor and writes every ready
/// one as .eml files in one go through DraftBatchExport.
class RejectionDraftsView : public QWidget {
    Q_OBJECT

public:
    RejectionDraftsView(DatabaseSession& session, Settings& settings, QWidget* parent = nullptr);

    Status load(RowId openingId);
    /// Reads the opening again, keeping the selected candidate selected.
    Status reload();
    RowId openingId() const { return m_openingId; }
    QTreeWidget* tree() const { return m_tree; }

    /// Opens (or raises) the editor for `applicationId`; null on failure.
    DraftEditor* openDraft(RowId applicationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    QTreeWidgetItem* addRow(QTreeWidgetItem* group, const DraftCandidate& row);
    QString detail(const DraftCandidate& row) const;
    RowId selectedApplication() const;
    void openSelected();
    void askFolder();
    void saveAllReady(const QString& folder);
    void updateButtons();
    void report(const QString& message);

    DatabaseSession& m_session;
    Settings& m_settings;
    RowId m_openingId = kNoRow;
    QList<DraftCandidate> m_rows;

    QLabel* m_heading = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_saveAll = nullptr;
};

} // namespace debrief

#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace debrief {

class DatabaseSession;
class WaitingOnUsModel;

/// The "Waiting on us" list: every candidate past the date the panel
/// promised them an answer, oldest first, with how long they have waited and
/// when anyone last spoke to them. Enter or a double-click asks to show that
/// candidate in the main window.
class WaitingOnUsView : public QWidget {
    Q_OBJECT

public:
    explicit WaitingOnUsView(DatabaseSession& session, QWidget* parent = nullptr);

    /// Reads the list again, keeping the selected candidate when still listed.
    Status reload();
    int count() const;
    QTableView* table() const { return m_table; }

signals:
    void applicationActivated(RowId openingId, RowId applicationId);

private:
    void updateSummary();

    WaitingOnUsModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace debrief

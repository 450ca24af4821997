#pragma once

#include "domain/RowId.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace debrief {

class DatabaseSession;
class Settings;

/// File › Send Scorecards… and File › Import Scorecards…: the menu side of
/// exchanging submitted scorecards without a shared server. The work is
/// done by ScorecardPackageExporter / ScorecardPackageImporter in lib/core.
class ScorecardExchangeActions : public QObject {
    Q_OBJECT

public:
    /// Gives the opening selected in the window, or kNoRow.
    using OpeningProvider = std::function<RowId()>;

    ScorecardExchangeActions(DatabaseSession& session, Settings& settings, QWidget* window);
    void addTo(QMenu* menu, OpeningProvider currentOpening);

    void sendScorecards();
    void importScorecards();

signals:
    /// New scorecards were written to the open database.
    void scorecardsImported();

private:
    DatabaseSession& m_session;
    Settings& m_settings;
    QWidget* m_window;
    OpeningProvider m_currentOpening;
};

} // namespace debrief

#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "domain/Opening.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

class Database;

/// Turns a set-up's panel into the seats an opening stores: new people are
/// stored as panelists first (or matched to a stored panelist with the same
/// e-mail address, so nobody is stored twice), stored ones must exist.
/// Runs inside the caller's transaction.
class PanelSeatWriter {
    Q_DECLARE_TR_FUNCTIONS(PanelSeatWriter)

public:
    explicit PanelSeatWriter(Database& db)
        : m_db(db) {}

    /// Fills in the panelist id of every new seat.
    Result<QList<PanelMember>> write(QList<PanelSeat>& seats);

private:
    Database& m_db;
};

} // namespace debrief

#pragma once

#include "DemoDataGenerator.h"
#include "DemoPeopleBank.h"
#include "DemoRandom.h"
#include "DemoScenarios.h"
#include "domain/RowId.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace debrief {
class Database;
}

namespace debrief::demo {

/// What every part of the demo writer shares: the database, the one seeded
/// generator, the reference day and the running counts.
struct DemoContext {
    Database& db;
    DemoRandom& random;
    DemoPeopleBank& people;
    QDate today;
    DemoDataSummary& summary;
    /// Row ids of demoPanelists(), in the same order.
    QList<RowId> panelistIds;

    /// A UTC timestamp on `day`; never the clock, so output is reproducible.
    static QDateTime at(const QDate& day, int hour, int minute = 0) {
        return QDateTime(day, QTime(hour, minute), Qt::UTC);
    }

    double leniencyOf(RowId panelistId) const {
        const qsizetype index = panelistIds.indexOf(panelistId);
        return index < 0 ? 0.0 : demoPanelists().at(index).leniency;
    }

    QString panelistName(RowId panelistId) const {
        const qsizetype index = panelistIds.indexOf(panelistId);
        return index < 0 ? QString() : demoPanelists().at(index).name;
    }
};

} // namespace debrief::demo

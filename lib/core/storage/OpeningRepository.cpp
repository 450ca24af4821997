#include "OpeningRepository.h"

#include "ChildRows.h"
#include "RecordTable.h"

namespace debrief {
namespace {

const sql::ChildTable kPanel{QStringLiteral("opening_panel"),
                             QStringLiteral("opening_id"),
                             {QStringLiteral("panelist_id"), QStringLiteral("is_lead")},
                             QStringLiteral("seat")};

QVariantList values(const Opening& o) {
    return {sql::uuid(o.uuid),
            sql::text(o.title),
            sql::text(o.team),
            sql::text(o.hiringManager),
            o.positions,
            toKey(o.status),
            sql::text(o.description),
            sql::timestamp(o.createdAt),
            sql::flag(o.scoresRevealed)};
}

Result<Opening> read(sql::SqlRow& row) {
    Opening o;
    o.id = row.rowId("id");
    o.uuid = row.uuid("uuid");
    o.title = row.text("title");
    o.team = row.text("team");
    o.hiringManager = row.text("hiring_manager");
    o.positions = row.integer("positions");
    o.status = row.key<OpeningStatus>("status");
    o.description = row.text("description");
    o.createdAt = row.timestamp("created_at");
    o.scoresRevealed = row.flag("scores_revealed");
    return row.finish(std::move(o));
}

Status savePanel(Database& db, Opening& o) {
    QList<QVariantList> rows;
    for (const PanelMember& member : o.panel)
        rows.append(QVariantList{member.panelistId, sql::flag(member.isLead)});
    return sql::replaceChildRows(db, kPanel, o.id, rows);
}

Status loadPanel(Database& db, Opening& o) {
    auto panel = sql::loadChildRows<PanelMember>(db, kPanel, o.id, [](sql::SqlRow& row) {
        return row.finish(PanelMember{row.rowId("panelist_id"), row.flag("is_lead")});
    });
    if (!panel)
        return panel.error();
    o.panel = std::move(panel).value();
    return {};
}

Error notFound(RowId id) {
    return Error{OpeningRepository::tr("There is no opening with id %1.").arg(id)};
}

Error changedMeanwhile(Database& db, RowId id) {
    return sql::RowVersions::changedMeanwhile(OpeningRepository::tr("Opening %1").arg(id),
                                              db.location());
}

const sql::RecordTable<Opening>& table() {
    static const sql::RecordTable<Opening> map{
        .table = QStringLiteral("openings"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("team"),
                    QStringLiteral("hiring_manager"), QStringLiteral("positions"),
                    QStringLiteral("status"), QStringLiteral("description"),
                    QStringLiteral("created_at"), QStringLiteral("scores_revealed")},
        .keepWhenNull = {QStringLiteral("uuid"), QStringLiteral("created_at")},
        .values = values,
        .read = read,
        .notFound = notFound,
        .stampNew = [](Opening& o) { sql::stampIfInvalid(o.createdAt); },
        .saveChildren = savePanel,
        .loadChildren = loadPanel,
        .changedMeanwhile = changedMeanwhile,
    };
    return map;
}

} // namespace

Status OpeningRepository::insert(Opening& value) {
    return sql::insertRecord(m_db, table(), value);
}

VersionedSave<Opening> OpeningRepository::update(Opening& value) {
    return sql::updateVersioned(m_db, table(), value);
}

Status OpeningRepository::remove(RowId id) {
    // The decision and the applications (with their interviews and
    // scorecards) go first: they point at the opening's rubric criteria and
    // rounds, and PostgreSQL checks those references after each cascaded
    // step, so a plain cascade from the opening would be refused there.
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const char* dependents : {"DELETE FROM decisions WHERE opening_id = ?",
                                   "DELETE FROM applications WHERE opening_id = ?"}) {
        if (auto removed = m_db.exec(QLatin1String(dependents), {id}); !removed)
            return removed.error();
    }
    if (Status removed = sql::removeRecord(m_db, table(), id); !removed)
        return removed;
    return tx.commit();
}

Result<Opening> OpeningRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Opening>> OpeningRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<QList<Opening>> OpeningRepository::list() {
    return sql::selectRecords(m_db, table(), QStringLiteral("ORDER BY created_at DESC, id DESC"));
}

} // namespace debrief

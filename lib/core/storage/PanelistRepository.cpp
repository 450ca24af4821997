#include "PanelistRepository.h"

#include "RecordTable.h"

namespace debrief {
namespace {

QVariantList values(const Panelist& p) {
    return {sql::uuid(p.uuid), sql::text(p.name), sql::text(p.email), sql::text(p.role),
            sql::text(p.loginRole)};
}

Result<Panelist> read(sql::SqlRow& row) {
    Panelist p;
    p.id = row.rowId("id");
    p.uuid = row.uuid("uuid");
    p.name = row.text("name");
    p.email = row.text("email");
    p.role = row.text("role");
    p.loginRole = row.text("login_role");
    return row.finish(std::move(p));
}

Error notFound(RowId id) {
    return Error{PanelistRepository::tr("There is no panelist with id %1.").arg(id)};
}

const sql::RecordTable<Panelist>& table() {
    static const sql::RecordTable<Panelist> map{
        .table = QStringLiteral("panelists"),
        .columns = {QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("email"),
                    QStringLiteral("role"), QStringLiteral("login_role")},
        .keepWhenNull = {QStringLiteral("uuid")},
        .values = values,
        .read = read,
        .notFound = notFound,
    };
    return map;
}

} // namespace

Status PanelistRepository::insert(Panelist& value) {
    return sql::insertRecord(m_db, table(), value);
}

Status PanelistRepository::update(const Panelist& value) {
    return sql::updateRecord(m_db, table(), value);
}

Status PanelistRepository::remove(RowId id) {
    // Scores and seats must not silently lose their author; the panel takes
    // the person off first.
    const auto unused = sql::refuseIfReferenced(
        m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM opening_panel WHERE panelist_id = ?) + "
                       "(SELECT COUNT(*) FROM interview_panelists WHERE panelist_id = ?) + "
                       "(SELECT COUNT(*) FROM scorecard_seats WHERE panelist_id = ?)"),
        id,
        tr("Panelist %1 cannot be removed: they still sit on an opening's panel or an "
           "interview, or wrote scorecards. Take them off those first.")
            .arg(id));
    if (!unused)
        return unused;
    return sql::removeRecord(m_db, table(), id);
}

Result<Panelist> PanelistRepository::get(RowId id) {
    return sql::selectById(m_db, table(), id);
}

Result<std::optional<Panelist>> PanelistRepository::findByUuid(const QUuid& uuid) {
    return sql::selectByUuid(m_db, table(), uuid);
}

Result<std::optional<Panelist>> PanelistRepository::findByLogin(const QString& loginRole) {
    if (loginRole.isEmpty())
        return std::optional<Panelist>();
    return sql::selectFirst(m_db, table(), QStringLiteral("WHERE login_role = ? ORDER BY id"),
                            {loginRole});
}

Result<QList<Panelist>> PanelistRepository::list() {
    return sql::selectRecords(m_db, table(), QStringLiteral("ORDER BY LOWER(name), id"));
}

Result<QList<Panelist>> PanelistRepository::forOpening(RowId openingId) {
    return sql::selectRecords(m_db, table(),
                              QStringLiteral("JOIN opening_panel ON opening_panel.panelist_id = "
                                             "panelists.id WHERE opening_panel.opening_id = ? "
                                             "ORDER BY opening_panel.seat"),
                              {openingId});
}

} // namespace debrief

#include "DatabaseTransfer.h"

#include "OpeningExporter.h"
#include "files/OutputPaths.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/ServerAddress.h"
#include "storage/TableCopy.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace debrief {
namespace {

/// How many rows pass between two progress reports: often enough for a
/// smooth bar, rarely enough that a window repainting costs nothing.
constexpr qint64 kRowsPerReport = 200;

/// Counts progress steps and asks the caller whether to go on.
class Steps {
public:
    Steps(const DatabaseTransfer::Progress& progress, qint64 total)
        : m_progress(progress)
        , m_total(total) {}

    /// One more step done; false when the caller cancelled.
    bool advance(bool report) {
        ++m_done;
        if (!m_progress || !(report || m_done % kRowsPerReport == 0 || m_done == m_total))
            return true;
        return m_progress(m_done, m_total);
    }

private:
    const DatabaseTransfer::Progress& m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

Error cancelled() {
    return Error{DatabaseTransfer::tr("The copy was cancelled; nothing was copied.")};
}

} // namespace

Status DatabaseTransfer::checkCompatible(Database& source, Database& target) {
    const int latest = latestSchemaVersion();
    for (Database* db : {&source, &target}) {
        if (db->schemaVersion() > latest)
            return Error{tr("%1 was written by a newer version of Debrief (schema %2; this "
                            "version knows up to %3); nothing was copied. Update Debrief first.")
                             .arg(db->location())
                             .arg(db->schemaVersion())
                             .arg(latest)};
        if (db->schemaVersion() < latest)
            return Error{tr("%1 uses schema %2 from an earlier Debrief; open it once in this "
                            "Debrief to upgrade it. Nothing was copied.")
                             .arg(db->location())
                             .arg(db->schemaVersion())};
    }
    if (target.isReadOnly())
        return Error{
            tr("%1 was opened for reading only; nothing was copied.").arg(target.location())};
    return {};
}

Status DatabaseTransfer::checkEmpty(Database& target) {
    qint64 openings = 0;
    qint64 candidates = 0;
    qint64 panelists = 0;
    qint64 others = 0;
    for (const CopiedTable& table : TableCopy::tables()) {
        auto count = TableCopy::rowCount(target, table);
        if (!count)
            return count.error();
        if (table.name == QLatin1String("openings"))
            openings = *count;
        else if (table.name == QLatin1String("candidates"))
            candidates = *count;
        else if (table.name == QLatin1String("panelists"))
            panelists = *count;
        else
            others += *count;
    }
    if (openings + candidates + panelists + others == 0)
        return {};
    const QStringList held{
        tr("%n opening(s)", "", int(openings)), tr("%n candidate(s)", "", int(candidates)),
        tr("%n panelist(s)", "", int(panelists)), tr("%n other row(s)", "", int(others))};
    return Error{tr("%1 already holds Debrief data (%2); nothing was copied. Copy into a new, "
                    "empty database.")
                     .arg(target.location(), held.join(QStringLiteral(", ")))};
}

Status DatabaseTransfer::compareOpenings(Database& source, Database& target,
                                         const QList<qint64>& ids,
                                         const std::function<bool()>& step) {
    OpeningExporter from(source);
    OpeningExporter to(target);
    for (const qint64 id : ids) {
        auto original = from.exportJson(id);
        if (!original)
            return original.error();
        auto copied = to.exportJson(id);
        if (!copied)
            return copied.error();
        if (*original != *copied)
            return Error{tr("Opening #%1 reads back from %2 differently than from %3 (its "
                            "\"debrief-opening\" export differs), so nothing was copied. Please "
                            "report this as a bug.")
                             .arg(id)
                             .arg(target.location(), source.location())};
        if (!step())
            return cancelled();
    }
    return {};
}

Result<TransferSummary> DatabaseTransfer::copy(Database& source, Database& target,
                                               const Progress& progress) {
    if (auto compatible = checkCompatible(source, target); !compatible)
        return compatible.error();
    // The source in one snapshot, so that a panel working on the server
    // meanwhile never leaves a half-made change in the copy.
    TransactionGuard reading(source);
    if (!reading.begun())
        return reading.begun().error();
    if (auto snapshot = TableCopy::readOneSnapshot(source); !snapshot)
        return snapshot.error();
    TransactionGuard writing(target);
    if (!writing.begun())
        return writing.begun().error();

    for (Database* db : {&source, &target}) {
        auto unknown = TableCopy::unknownTables(*db);
        if (!unknown)
            return unknown.error();
        if (!unknown->isEmpty())
            return Error{tr("%1 holds tables this version of Debrief cannot copy (%2); nothing "
                            "was copied.")
                             .arg(db->location(), unknown->join(QStringLiteral(", ")))};
        for (const CopiedTable& table : TableCopy::tables()) {
            if (auto columns = TableCopy::checkColumns(*db, table); !columns)
                return columns.error();
        }
    }
    if (auto empty = checkEmpty(target); !empty)
        return empty.error();

    TransferSummary summary;
    for (const CopiedTable& table : TableCopy::tables()) {
        auto count = TableCopy::rowCount(source, table);
        if (!count)
            return count.error();
        summary.rows += *count;
    }
    QList<qint64> openingIds;
    {
        auto ids = source.exec(QStringLiteral("SELECT id FROM openings ORDER BY id"));
        if (!ids)
            return ids.error();
        while (ids->next())
            openingIds.append(ids->value(0).toLongLong());
    }
    summary.openings = openingIds.size();

    Steps steps(progress, summary.rows + summary.openings);
    for (const CopiedTable& table : TableCopy::tables()) {
        auto copied =
            TableCopy::copyRows(source, target, table, [&steps] { return steps.advance(false); });
        if (!copied)
            return copied.error();
        if (auto carried = TableCopy::carryCounter(source, target, table); !carried)
            return carried.error();
    }
    if (auto same =
            compareOpenings(source, target, openingIds, [&steps] { return steps.advance(true); });
        !same)
        return same.error();
    if (auto committed = writing.commit(); !committed)
        return committed.error();
    return summary;
}

Result<TransferSummary> DatabaseTransfer::push(const QString& file, const QString& serverUri,
                                               const Progress& progress) {
    if (ServerAddress::isServerUri(file))
        return Error{tr("%1 is a server address, not a database file.")
                         .arg(ServerAddress::withoutPassword(file))};
    if (!ServerAddress::isServerUri(serverUri))
        return Error{tr("%1 is not a server address (postgresql://user@host:port/database).")
                         .arg(QDir::toNativeSeparators(serverUri))};
    auto source = Database::open(file, Database::OpenMode::ReadOnly);
    if (!source)
        return source.error();
    auto target = Database::open(serverUri, Database::OpenMode::CreateIfMissing);
    if (!target)
        return target.error();
    return copy(**source, **target, progress);
}

Result<TransferSummary> DatabaseTransfer::pull(const QString& serverUri, const QString& file,
                                               const Progress& progress) {
    if (!ServerAddress::isServerUri(serverUri))
        return Error{tr("%1 is not a server address (postgresql://user@host:port/database).")
                         .arg(QDir::toNativeSeparators(serverUri))};
    if (ServerAddress::isServerUri(file))
        return Error{tr("%1 is a server address, not a database file.")
                         .arg(ServerAddress::withoutPassword(file))};
    const QString path = QFileInfo(file).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    if (existed && QFileInfo(path).size() > 0)
        return Error{tr("%1 already exists and is not empty; nothing was copied. Give the name "
                        "of a new file.")
                         .arg(QDir::toNativeSeparators(path))};
    auto source = Database::open(serverUri, Database::OpenMode::ReadOnly);
    if (!source)
        return source.error();
    auto copyInto = [&]() -> Result<TransferSummary> {
        auto target = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!target)
            return target.error();
        return copy(**source, **target, progress);
    };
    // The target's connection is closed when copyInto returns.
    Result<TransferSummary> copied = copyInto();
    // A file that holds only an empty schema is no copy: leave nothing
    // behind that could be mistaken for one.
    if (!copied && !existed) {
        for (const QString& part : OutputPaths::databaseFiles(path))
            QFile::remove(part);
    }
    return copied;
}

} // namespace debrief

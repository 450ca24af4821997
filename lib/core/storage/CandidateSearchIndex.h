#pragma once

#include "Database.h"
#include "PipelineQuery.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace debrief {

/// One opening's candidate list as a search needs it, kept in memory from
/// one keystroke to the next: each application's id, stage and search key
/// (CandidateSearchKey), in the list's order. PipelineQuery fills it and
/// fills it again whenever the database, the opening or the order has
/// changed; a search then finds its page and its count in one pass over
/// memory, so that a keystroke costs about the same for one match or for
/// 20,000. Whoever shows a list keeps one (CandidateTableModel).
class DEBRIEF_CORE_EXPORT CandidateSearchIndex {
public:
    /// What the list was read for: the opening, its order, and where the
    /// data stood (Database::changeStamp) just before it was read.
    struct Source {
        RowId openingId = kNoRow;
        PipelineSortKey sortKey = PipelineSortKey::Stage;
        bool descending = true;
        /// std::nullopt: the engine cannot tell, so the list is never current.
        std::optional<DataStamp> stamp;

        friend bool operator==(const Source&, const Source&) = default;
    };

    /// The ids of one page of matches, in the list's order, and how many
    /// applications match in all.
    struct Matches {
        QList<RowId> page;
        int total = 0;
    };

    /// Whether it holds the list read for `source`, which is still current.
    bool holds(const Source& source) const {
        return m_source && source.stamp && *m_source == source;
    }
    /// Empties it, to be filled for `source` by append().
    void reset(const Source& source);
    /// Empties it and forgets what it was read for (after a failed read).
    void clear();
    /// Makes room for `applications`, about as many keys as the last list
    /// had per application.
    void reserve(qsizetype applications);
    /// Adds the next application of the list.
    void append(RowId applicationId, PipelineStage stage, QStringView searchKey);
    /// The applications that `filter`'s search (CandidateSearchKey::matches)
    /// and stage keep: `limit` of them after the first `offset`, and the
    /// number of all.
    Matches find(const PipelineFilter& filter, int offset, int limit) const;
    /// Applications held.
    qsizetype size() const { return m_ids.size(); }

private:
    std::optional<Source> m_source;
    QList<RowId> m_ids;
    QList<PipelineStage> m_stages;
    /// Every key, one after the other (one allocation for the whole list);
    /// the key of the application at i ends at m_keyEnds[i].
    QString m_keys;
    QList<qsizetype> m_keyEnds;
};

} // namespace debrief

#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "storage/CandidateSearchIndex.h"
#include "storage/PipelineQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace debrief {

class DatabaseSession;

/// One opening's candidates as a table: name, stage, dates, whether the
/// panel owes them an answer, talent-pool mark and scorecards submitted.
/// Rows arrive in pages (fetchMore) and lib/core searches, filters and
/// sorts, so an opening with 20,000 candidates opens as fast as one with 20;
/// a search runs over the list's CandidateSearchIndex, kept between
/// keystrokes.
class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Stage, AppliedOn, PromisedDate, AnswerDue, TalentPool, Scorecards };
    Q_ENUM(Column)
    static constexpr int kColumnCount = Scorecards + 1;
    /// Rows loaded per fetch: a few screens full.
    static constexpr int kPageSize = 200;

    enum Role {
        /// A value that sorts the column sensibly (dates as dates, …).
        SortRole = Qt::UserRole + 1,
        /// Name and e-mail address, for the search field.
        SearchRole,
        ApplicationIdRole,
        CandidateIdRole,
        /// True on every column of a row whose answer is overdue.
        OverdueRole,
    };
    Q_ENUM(Role)

    explicit CandidateTableModel(DatabaseSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorts in the database and starts again from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows this opening's candidates (kNoRow: none). On failure the table
    /// is left empty and the error says why.
    Status setOpening(RowId openingId);
    Status reload();
    /// Shows only candidates whose name or e-mail contains `text` (any case).
    Status setSearchText(const QString& text);
    /// Reads the list's search index now unless it is current, so that the
    /// keystrokes of a search about to start find it ready.
    Status prepareSearch();
    /// Shows only candidates in `stage`; nullopt shows every stage.
    Status setStageFilter(std::optional<PipelineStage> stage);
    const PipelineFilter& filter() const { return m_filter; }
    /// How many candidates match the filter, loaded or not.
    int matchingCount() const { return m_total; }
    RowId openingId() const { return m_openingId; }
    const PipelineRow& pipelineRow(int row) const { return m_rows.at(row); }
    /// Reads one application's row again after an edit and updates it where
    /// it is: it keeps its place until the next reload even when it no
    /// longer matches the filter or the sort, so it does not jump away from
    /// under the user. Removes the row when the application is gone.
    Status refreshApplication(RowId applicationId);
    /// The loaded row showing this application, or -1.
    int rowOfApplication(RowId applicationId) const;

signals:
    /// A fetch or sort the view asked for (no caller to return a Status to) failed.
    void loadFailed(const QString& message);

private:
    void notify(const Status& status);
    PipelineQuery pipeline();
    QVariant display(const PipelineRow& row, int column) const;
    QVariant sortKey(const PipelineRow& row, int column) const;
    QVariant toolTip(const PipelineRow& row, int column) const;
    bool isOverdue(const PipelineRow& row) const;
    Status fetchPage();
    Status loadFirstPage();

    DatabaseSession& m_session;
    RowId m_openingId = kNoRow;
    QList<PipelineRow> m_rows;
    PipelineFilter m_filter;
    CandidateSearchIndex m_searchIndex;
    int m_total = 0;
    bool m_resetting = false;
};

} // namespace debrief

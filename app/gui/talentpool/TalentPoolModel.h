#pragma once

#include "Result.h"
#include "correspondence/TalentPoolQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace debrief {

class DatabaseSession;

/// The talent pool as a table: every application the panel flagged for the
/// talent pool, across openings, with the strengths recorded (the evidence
/// in the tooltip), the opening they came from, how far they got and when
/// anyone last spoke to them.
class TalentPoolModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Candidate, Strengths, Opening, FurthestStage, LastContacted, ColumnCount };
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        OpeningIdRole,
        /// Every word the filter box may match: name, strengths, evidence, opening.
        FilterTextRole,
        /// int: how many strengths are recorded.
        StrengthCountRole,
    };
    /// How many strengths the Strengths column names.
    static constexpr int kStrengthsShown = 3;

    explicit TalentPoolModel(DatabaseSession& session, QObject* parent = nullptr);

    /// Reads the pool again; on failure the model is left empty.
    /// Who is looking, asked on every reload: the strengths and evidence
    /// are those of the scorecards they may see. Without one, nobody on the
    /// panel is looking (BlindScoringPolicy).
    void setViewer(std::function<ScoreViewer()> viewer) { m_viewer = std::move(viewer); }
    Status reload();
    const TalentPoolEntry& at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "System design (3.8 of 4)".
    static QString strengthText(const TalentStrength& strength);
    /// The strengths with their evidence, as HTML for a tooltip or the detail.
    static QString strengthsHtml(const TalentPoolEntry& entry);

private:
    QString display(const TalentPoolEntry& entry, int column) const;
    QString filterText(const TalentPoolEntry& entry) const;

    DatabaseSession& m_session;
    std::function<ScoreViewer()> m_viewer;
    QList<TalentPoolEntry> m_rows;
};

} // namespace debrief

#pragma once

#include "analytics/ComparisonReport.h"
#include "analytics/RatingMatrix.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

namespace debrief {

/// The comparison table: one row per criterion plus the weighted total,
/// one column per finalist being compared.
class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        /// bool: the panel disagrees on this cell (Disagreement::among).
        DisagreementRole = Qt::UserRole + 1,
        /// double or invalid: the mean score, or the weighted total's points.
        NumberRole,
        /// QList<int>: each panelist's score (criterion rows only).
        ScoresRole,
    };

    explicit ComparisonModel(QObject* parent = nullptr);

    /// Shows `report`, computed from `matrix`; both are copied. Per finalist
    /// of the matrix: whether blind scoring hides cards of theirs from the
    /// viewer, and the colour the charts draw them in.
    void setComparison(const RatingMatrix& matrix, const ComparisonReport& report,
                       const QList<bool>& hidden = {}, const QList<QColor>& colours = {});
    /// The tint of cells worth a conversation (disagreement, calibration
    /// readings): a pale orange that keeps black text readable.
    static QColor highlightColour();
    /// A small square of `colour`: a finalist's chart colour beside their name.
    static QIcon swatch(const QColor& colour);
    /// The row holding the weighted totals (the last one).
    int totalRow() const { return m_matrix.criterionCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant criterionData(int criterion, int finalist, int role) const;
    QVariant totalData(int finalist, int role) const;
    QString criterionText(int criterion, int finalist) const;
    QString criterionToolTip(int criterion, int finalist) const;
    QString totalText(int finalist) const;
    QString totalToolTip(int finalist) const;

    bool isHidden(int finalist) const { return m_hidden.value(finalist, false); }

    RatingMatrix m_matrix;
    ComparisonReport m_report;
    QList<bool> m_hidden;
    QList<QColor> m_colours;
};

} // namespace debrief

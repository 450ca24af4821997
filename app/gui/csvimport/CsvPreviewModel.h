#pragma once

#include "csv/CandidateColumnMapping.h"
#include "csv/CandidateImportPlan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace debrief {

/// The rows of a candidate import as they will be stored, one per CSV
/// record: its line, what happens to it (added, added as a known person,
/// skipped as a duplicate, blocked by an error) and the field values, each
/// on one line (a line break shows as ⏎, the tooltip has the whole text),
/// dates as the other views show them, and a cell a spreadsheet would run
/// as a formula marked with an icon and a tooltip.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Status, FirstField };
    /// What happens to a row, also given as Qt::UserRole on the Status column.
    enum class RowState { New, KnownCandidate, Duplicate, Error };
    Q_ENUM(RowState)
    static constexpr int kStateRole = Qt::UserRole + 1;

    explicit CsvPreviewModel(QObject* parent = nullptr);

    void setPlan(const CandidateImportPlan& plan);
    /// The field a column shows; only for columns from FirstField on.
    static CandidateField fieldOf(int column);
    /// The row that shows a CSV line, or -1.
    int rowOfLine(int line) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RowState stateOf(const CandidateImportRow& row) const;
    QString statusText(const CandidateImportRow& row) const;
    QString value(const CandidateImportRow& row, CandidateField field) const;
    static bool isFormula(const CandidateImportRow& row, CandidateField field);
    static QString oneLine(const QString& text);

    QList<CandidateImportRow> m_rows;
    /// Lines with a blocking error, and the first message for each.
    QHash<int, QString> m_errors;
};

} // namespace debrief

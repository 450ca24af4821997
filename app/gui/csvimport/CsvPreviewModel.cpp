#include "CsvPreviewModel.h"

#include "DisplayText.h"

#include "csv/CandidateCsvImport.h"
#include "csv/CsvWriter.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace debrief {

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void CsvPreviewModel::setPlan(const CandidateImportPlan& plan) {
    beginResetModel();
    m_rows = plan.rows;
    m_errors.clear();
    for (const CsvIssue& issue : plan.issues) {
        if (issue.isError() && issue.line > 0 && !m_errors.contains(issue.line))
            m_errors.insert(issue.line, issue.message);
    }
    endResetModel();
}

namespace {

/// The fields in column order: short values first, the free text last so
/// that it can take whatever width is left.
const QList<CandidateField>& fieldColumns() {
    static const QList<CandidateField> columns{
        CandidateField::FullName,  CandidateField::PreferredName, CandidateField::Email,
        CandidateField::Phone,     CandidateField::Location,      CandidateField::Source,
        CandidateField::AppliedOn, CandidateField::Notes};
    return columns;
}

} // namespace

CandidateField CsvPreviewModel::fieldOf(int column) {
    return fieldColumns().value(column - FirstField);
}

int CsvPreviewModel::rowOfLine(int line) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).line == line)
            return row;
    }
    return -1;
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstField + static_cast<int>(fieldColumns().size());
}

CsvPreviewModel::RowState CsvPreviewModel::stateOf(const CandidateImportRow& row) const {
    if (m_errors.contains(row.line))
        return RowState::Error;
    if (row.duplicate)
        return RowState::Duplicate;
    return row.existingCandidateId != kNoRow ? RowState::KnownCandidate : RowState::New;
}

QString CsvPreviewModel::statusText(const CandidateImportRow& row) const {
    switch (stateOf(row)) {
    case RowState::Error:
        return tr("Error");
    case RowState::Duplicate:
        return row.duplicateOfLine > 0 ? tr("Skipped: as line %1").arg(row.duplicateOfLine)
                                       : tr("Skipped: applied already");
    case RowState::KnownCandidate:
        return tr("Added (known person)");
    case RowState::New:
        return tr("Added");
    }
    return {};
}

QString CsvPreviewModel::value(const CandidateImportRow& row, CandidateField field) const {
    // Dates as every view shows them; the file's text when it is no date.
    if (field == CandidateField::AppliedOn)
        return row.appliedOn.isValid() ? DisplayText::date(row.appliedOn) : row.appliedOnText;
    return CandidateCsvImport::storedText(row, field);
}

QString CsvPreviewModel::oneLine(const QString& text) {
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*(?:\\r\\n|\\r|\\n)\\s*"));
    QString line = text;
    line.replace(lineBreaks, QStringLiteral(" ⏎ "));
    return line.replace(QLatin1Char('\t'), QLatin1Char(' '));
}

bool CsvPreviewModel::isFormula(const CandidateImportRow& row, CandidateField field) {
    return CsvWriter::looksLikeActiveFormula(CandidateCsvImport::storedText(row, field));
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateImportRow& row = m_rows.at(index.row());
    const int column = index.column();
    if (column == Status && role == kStateRole)
        return QVariant::fromValue(stateOf(row));
    if (column == Status && role == Qt::DecorationRole) {
        const RowState state = stateOf(row);
        if (state == RowState::Error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (state == RowState::Duplicate)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }
    if (column == Line) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == Status) {
        if (role == Qt::ToolTipRole && m_errors.contains(row.line))
            return DisplayText::toolTip(m_errors.value(row.line));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusText(row);
        return {};
    }
    const CandidateField field = fieldOf(column);
    const QString text = value(row, field);
    const bool formula = isFormula(row, field);
    switch (role) {
    case Qt::DisplayRole:
        // One line per row; the tooltip has the whole text.
        return oneLine(text);
    case Qt::ToolTipRole:
        if (!formula)
            return text.isEmpty() ? QVariant() : DisplayText::toolTip(text);
        return DisplayText::toolTip(
            tr("%1\n\nLooks like a spreadsheet formula. Debrief keeps it as text and never "
               "runs it.")
                .arg(text));
    case Qt::DecorationRole:
        return formula ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)
                       : QVariant();
    case Qt::AccessibleDescriptionRole:
        return formula ? tr("Looks like a formula, kept as text") : QVariant();
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Line)
        return tr("Line");
    if (section == Status)
        return tr("Status");
    if (section < columnCount())
        return CandidateColumnMapping::label(fieldOf(section));
    return {};
}

} // namespace debrief

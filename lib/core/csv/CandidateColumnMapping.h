#pragma once

#include "CsvDateReader.h"
#include "CsvTable.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// The candidate fields a CSV import can fill.
enum class CandidateField {
    FullName,
    PreferredName,
    Email,
    Phone,
    Location,
    Source,
    Notes,
    AppliedOn
};

/// Which CSV columns fill which candidate field, and how numeric dates are
/// ordered. A field comes from one column or from several joined with a
/// space (the name from a first-name and a last-name column). guess() reads
/// the header in English, German and French (CsvHeaderNames) by the rules in
/// docs/CSV.md; the user adjusts the result in the wizard or with --map.
class DEBRIEF_CORE_EXPORT CandidateColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(CandidateColumnMapping)

public:
    /// A field whose header fits several columns: the first is mapped until
    /// someone chooses.
    struct Ambiguity {
        CandidateField field;
        QList<int> columns;
    };

    /// Guesses the mapping from a header row alone.
    static CandidateColumnMapping guess(const QStringList& header);
    /// Guesses from the header and, where the header leaves it open, the
    /// values ("Vorname" next to "Name": is "Name" the full or the last name?).
    static CandidateColumnMapping guess(const CsvTable& table);

    static QList<CandidateField> allFields();
    /// Fields without which a row cannot become a candidate.
    static bool isRequired(CandidateField field);
    /// The field's name as shown to the user.
    static QString label(CandidateField field);
    /// The stable key used on the command line (`--map email=3`).
    static QString key(CandidateField field);
    static std::optional<CandidateField> fieldForKey(const QString& key);
    /// Reads the columns of `--map FIELD=COLUMNS`: 1-based numbers or header
    /// names (compared as CsvHeaderNames does), joined with "+"; "0" maps
    /// nothing. Returns 0-based columns; the error says what is wrong.
    static Result<QList<int>> parseColumns(const QString& spec, const QStringList& header);

    /// The 0-based columns joined into the field, in order; empty when unmapped.
    QList<int> columns(CandidateField field) const { return m_columns.value(field); }
    /// The first column of the field, or -1 when it is not mapped.
    int column(CandidateField field) const;
    /// Maps one column (-1: none); the user's choice settles an ambiguity.
    void setColumn(CandidateField field, int column);
    /// Maps columns joined in this order (negative ones are left out).
    void setColumns(CandidateField field, const QList<int>& columns);

    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

    /// Required fields that have no column.
    QList<CandidateField> missingRequired() const;
    const QList<Ambiguity>& ambiguities() const { return m_ambiguities; }
    /// What stands in the way, on line 1: a missing required field (with the
    /// columns the file has) or an ambiguous one is an error, an ambiguous
    /// optional field a warning.
    QList<CsvIssue> issues(const QStringList& header) const;

private:
    static CandidateColumnMapping detect(const QStringList& header,
                                         const QList<CsvRecord>& records);

    QHash<CandidateField, QList<int>> m_columns;
    QList<Ambiguity> m_ambiguities;
    DateOrder m_dateOrder = DateOrder::Detect;
};

} // namespace debrief

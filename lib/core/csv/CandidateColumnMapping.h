#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

/// Which CSV column fills which candidate field. Guessed from the header in
/// English, German and French, then adjustable by the user.
class DEBRIEF_CORE_EXPORT CandidateColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(CandidateColumnMapping)

public:
    /// Guesses the mapping from a header row.
    static CandidateColumnMapping guess(const QStringList& header);

    static QList<CandidateField> allFields();
    /// Fields without which a row cannot become a candidate.
    static bool isRequired(CandidateField field);
    /// The field's name as shown to the user.
    static QString label(CandidateField field);
    /// The stable key used on the command line (`--map email=3`).
    static QString key(CandidateField field);

    /// 0-based column, or -1 when the field is not mapped.
    int column(CandidateField field) const { return m_columns.value(field, -1); }
    void setColumn(CandidateField field, int column);

    /// Required fields that have no column.
    QList<CandidateField> missingRequired() const;

private:
    QHash<CandidateField, int> m_columns;
};

} // namespace debrief

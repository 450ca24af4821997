#pragma once

#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace debrief {

/// What a column's header says it holds. `Name` is the one word that
/// changes meaning with its neighbours ("Name", "Nom"): the full name on its
/// own, the last name next to a first-name column.
enum class HeaderRole {
    None,
    FullName,
    Name,
    FirstName,
    LastName,
    PreferredName,
    Email,
    Phone,
    Location,
    Source,
    AppliedOn,
    Notes
};

/// The column names that candidate exports and spreadsheets use, in
/// English, German and French, kept as data (csv/headers/<lang>.json,
/// compiled in as :/debrief/csv-headers/). Headers are compared without
/// case, accents, spaces or punctuation, so "E-Mail-Adresse" and
/// "email_adresse" are one name.
class DEBRIEF_CORE_EXPORT CsvHeaderNames {
    Q_DECLARE_TR_FUNCTIONS(CsvHeaderNames)

public:
    /// The shipped names of every language, read once.
    static const CsvHeaderNames& builtIn();

    /// Lower case, accents and everything but letters and digits removed:
    /// "Prénom" → "prenom", "E-Mail Address" → "emailaddress".
    static QString normalised(const QString& header);

    /// The role of a header, or HeaderRole::None for one nobody uses.
    HeaderRole roleOf(const QString& header) const;
    /// Every name of one role as written in the files (for the docs and tests).
    QStringList namesOf(HeaderRole role) const;
    /// What was wrong with the data files (unreadable, an unknown role, one
    /// name under two roles); empty for the shipped ones.
    const QStringList& problems() const { return m_problems; }

private:
    void read(const QString& path);

    QHash<QString, HeaderRole> m_roles;
    QHash<HeaderRole, QStringList> m_names;
    QStringList m_problems;
};

} // namespace debrief

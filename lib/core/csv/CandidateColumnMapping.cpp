#include "CandidateColumnMapping.h"

#include "CsvHeaderNames.h"

#include <QRegularExpression>

#include <algorithm>

#include <utility>

namespace debrief {
namespace {

/// Columns whose header has a role, by role, in column order.
using ColumnsByRole = QHash<HeaderRole, QList<int>>;

ColumnsByRole classify(const QStringList& header) {
    const CsvHeaderNames& names = CsvHeaderNames::builtIn();
    ColumnsByRole byRole;
    for (int col = 0; col < header.size(); ++col) {
        const HeaderRole role = names.roleOf(header.at(col));
        if (role != HeaderRole::None)
            byRole[role].append(col);
    }
    return byRole;
}

/// Whether a "Name" column next to a first-name column holds whole names
/// (its values contain the first name as a word on every row that has
/// both), rather than the last name its header suggests in German and
/// French forms ("Name, Vorname"; "Nom, Prénom").
bool holdsWholeNames(const QList<CsvRecord>& records, int nameColumn, int firstColumn) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    int compared = 0;
    for (const CsvRecord& record : records) {
        const QString first = record.fields.value(firstColumn).simplified().toCaseFolded();
        const QString name = record.fields.value(nameColumn).simplified().toCaseFolded();
        if (first.isEmpty() || name.isEmpty())
            continue;
        ++compared;
        if (!name.split(space).contains(first.section(QLatin1Char(' '), 0, 0)))
            return false;
    }
    return compared > 0;
}

/// A file without a header row has a candidate where the column names
/// should be; an e-mail address gives that away (no column is called
/// something@somewhere). Its cells are personal data, never quoted.
bool headerIsACandidate(const QStringList& header) {
    return std::any_of(header.cbegin(), header.cend(),
                       [](const QString& name) { return name.contains(u'@'); });
}

QString columnList(const QList<int>& columns, const QStringList& header) {
    constexpr int kListed = 12;
    const bool quoteNames = !headerIsACandidate(header);
    QStringList names;
    for (const int col : columns) {
        if (names.size() == kListed) {
            names.append(QStringLiteral("…"));
            break;
        }
        const QString name = quoteNames ? header.value(col).trimmed() : QString();
        names.append(name.isEmpty()
                         ? CandidateColumnMapping::tr("column %1").arg(col + 1)
                         : CandidateColumnMapping::tr("“%1” (%2)").arg(name).arg(col + 1));
    }
    return names.join(CandidateColumnMapping::tr(", "));
}

} // namespace

CandidateColumnMapping CandidateColumnMapping::detect(const QStringList& header,
                                                      const QList<CsvRecord>& records) {
    CandidateColumnMapping mapping;
    const ColumnsByRole byRole = classify(header);
    QList<Ambiguity> ambiguous;
    // The first column of a role wins; more than one is said.
    const auto take = [&](CandidateField field, const QList<int>& columns) {
        if (columns.isEmpty())
            return;
        mapping.setColumn(field, columns.first());
        if (columns.size() > 1)
            ambiguous.append({field, columns});
    };
    const std::pair<CandidateField, HeaderRole> direct[] = {
        {CandidateField::PreferredName, HeaderRole::PreferredName},
        {CandidateField::Email, HeaderRole::Email},
        {CandidateField::Phone, HeaderRole::Phone},
        {CandidateField::Location, HeaderRole::Location},
        {CandidateField::Source, HeaderRole::Source},
        {CandidateField::Notes, HeaderRole::Notes},
        {CandidateField::AppliedOn, HeaderRole::AppliedOn}};
    for (const auto& [field, role] : direct)
        take(field, byRole.value(role));

    const QList<int> full = byRole.value(HeaderRole::FullName);
    const QList<int> name = byRole.value(HeaderRole::Name);
    const QList<int> first = byRole.value(HeaderRole::FirstName);
    const QList<int> last = byRole.value(HeaderRole::LastName);
    if (!full.isEmpty()) {
        take(CandidateField::FullName, full);
    } else if (!first.isEmpty() && (!last.isEmpty() || !name.isEmpty())) {
        // A last-name column, or a "Name"/"Nom" that is not whole names.
        const QList<int> second = last.isEmpty() ? name : last;
        if (last.isEmpty() && holdsWholeNames(records, name.first(), first.first()))
            take(CandidateField::FullName, name);
        else
            mapping.setColumns(CandidateField::FullName, {first.first(), second.first()});
        if (first.size() > 1)
            ambiguous.append({CandidateField::FullName, first});
        if (second.size() > 1)
            ambiguous.append({CandidateField::FullName, second});
    } else {
        take(CandidateField::FullName, name);
    }
    // The first name is how a greeting addresses someone, unless the file
    // says how they prefer to be called.
    if (mapping.column(CandidateField::PreferredName) < 0 && !first.isEmpty())
        mapping.setColumn(CandidateField::PreferredName, first.first());

    mapping.m_ambiguities = ambiguous;
    return mapping;
}

CandidateColumnMapping CandidateColumnMapping::guess(const QStringList& header) {
    return detect(header, {});
}

CandidateColumnMapping CandidateColumnMapping::guess(const CsvTable& table) {
    return detect(table.header, table.records);
}

QList<CandidateField> CandidateColumnMapping::allFields() {
    return {CandidateField::FullName, CandidateField::PreferredName, CandidateField::Email,
            CandidateField::Phone,    CandidateField::Location,      CandidateField::Source,
            CandidateField::Notes,    CandidateField::AppliedOn};
}

bool CandidateColumnMapping::isRequired(CandidateField field) {
    return field == CandidateField::FullName || field == CandidateField::Email;
}

QString CandidateColumnMapping::label(CandidateField field) {
    switch (field) {
    case CandidateField::FullName:
        return tr("Full name");
    case CandidateField::PreferredName:
        return tr("Preferred name");
    case CandidateField::Email:
        return tr("E-mail");
    case CandidateField::Phone:
        return tr("Phone");
    case CandidateField::Location:
        return tr("Location");
    case CandidateField::Source:
        return tr("Source");
    case CandidateField::Notes:
        return tr("Notes");
    case CandidateField::AppliedOn:
        return tr("Applied on");
    }
    return {};
}

QString CandidateColumnMapping::key(CandidateField field) {
    switch (field) {
    case CandidateField::FullName:
        return QStringLiteral("name");
    case CandidateField::PreferredName:
        return QStringLiteral("preferred-name");
    case CandidateField::Email:
        return QStringLiteral("email");
    case CandidateField::Phone:
        return QStringLiteral("phone");
    case CandidateField::Location:
        return QStringLiteral("location");
    case CandidateField::Source:
        return QStringLiteral("source");
    case CandidateField::Notes:
        return QStringLiteral("notes");
    case CandidateField::AppliedOn:
        return QStringLiteral("applied-on");
    }
    return {};
}

std::optional<CandidateField> CandidateColumnMapping::fieldForKey(const QString& key) {
    for (const CandidateField field : allFields()) {
        if (CandidateColumnMapping::key(field) == key)
            return field;
    }
    return std::nullopt;
}

Result<QList<int>> CandidateColumnMapping::parseColumns(const QString& spec,
                                                        const QStringList& header) {
    if (spec.trimmed() == QLatin1String("0"))
        return QList<int>{};
    QList<int> columns;
    for (const QString& raw : spec.split(QLatin1Char('+'))) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            return Error{tr("a column is missing (give numbers or header names joined with +)")};
        bool isNumber = false;
        const int number = part.toInt(&isNumber);
        if (isNumber) {
            if (number < 1 || number > header.size()) {
                return Error{tr("there is no column %1; the file has %n column(s)", "",
                                static_cast<int>(header.size()))
                                 .arg(number)};
            }
            columns.append(number - 1);
            continue;
        }
        QList<int> named;
        for (int col = 0; col < header.size(); ++col) {
            if (header.at(col).trimmed().compare(part, Qt::CaseInsensitive) == 0)
                named.append(col);
        }
        for (int col = 0; named.isEmpty() && col < header.size(); ++col) {
            if (CsvHeaderNames::normalised(header.at(col)) == CsvHeaderNames::normalised(part))
                named.append(col);
        }
        if (named.isEmpty())
            return Error{tr("no column is called “%1”").arg(part)};
        if (named.size() > 1) {
            return Error{tr("%n columns are called “%1”; give the column's number instead", "",
                            static_cast<int>(named.size()))
                             .arg(part)};
        }
        columns.append(named.first());
    }
    return columns;
}

int CandidateColumnMapping::column(CandidateField field) const {
    const QList<int> list = m_columns.value(field);
    return list.isEmpty() ? -1 : list.first();
}

void CandidateColumnMapping::setColumn(CandidateField field, int column) {
    setColumns(field, {column});
}

void CandidateColumnMapping::setColumns(CandidateField field, const QList<int>& columns) {
    QList<int> kept;
    for (const int col : columns) {
        if (col >= 0)
            kept.append(col);
    }
    if (kept.isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, kept);
    m_ambiguities.removeIf([field](const Ambiguity& entry) { return entry.field == field; });
}

QList<CandidateField> CandidateColumnMapping::missingRequired() const {
    QList<CandidateField> missing;
    for (const CandidateField field : allFields()) {
        if (isRequired(field) && column(field) < 0)
            missing.append(field);
    }
    return missing;
}

QList<CsvIssue> CandidateColumnMapping::issues(const QStringList& header) const {
    QList<CsvIssue> found;
    if (headerIsACandidate(header)) {
        found.append({CsvIssue::Severity::Warning, 1, 0,
                      tr("the first row holds an e-mail address, so it looks like a candidate "
                         "rather than the column names; it is read as the column names (the "
                         "file needs a header row)")});
    }
    QList<int> all;
    for (int col = 0; col < header.size(); ++col)
        all.append(col);
    for (const CandidateField field : missingRequired()) {
        const QString columns = columnList(all, header);
        found.append(
            {CsvIssue::Severity::Error, 1, 0,
             field == CandidateField::FullName
                 ? tr("the required column \"%1\" is missing or not mapped; the file's columns "
                      "are %2. The name can also be a first-name and a last-name column joined.")
                       .arg(label(field), columns)
                 : tr("the required column \"%1\" is missing or not mapped; the file's columns "
                      "are %2")
                       .arg(label(field), columns)});
    }
    for (const Ambiguity& entry : m_ambiguities) {
        const QString columns = columnList(entry.columns, header);
        if (isRequired(entry.field)) {
            found.append({CsvIssue::Severity::Error, 1, 0,
                          tr("the columns %1 could each be \"%2\"; choose one")
                              .arg(columns, label(entry.field))});
        } else {
            found.append(
                {CsvIssue::Severity::Warning, 1, 0,
                 tr("the columns %1 could each be \"%2\"; %3 is used")
                     .arg(columns, label(entry.field), columnList({column(entry.field)}, header))});
        }
    }
    return found;
}

} // namespace debrief

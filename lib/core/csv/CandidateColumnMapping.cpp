#include "CandidateColumnMapping.h"

#include <QRegularExpression>

namespace debrief {
namespace {

/// Lower-case, without spaces, dashes, underscores or dots, so that
/// "E-Mail", "e_mail" and "Email" compare equal.
QString normalised(const QString& name) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_.]"));
    return name.toCaseFolded().remove(separators);
}

QStringList synonyms(CandidateField field) {
    switch (field) {
    case CandidateField::FullName:
        return {QStringLiteral("name"),
                QStringLiteral("fullname"),
                QStringLiteral("candidate"),
                QStringLiteral("candidatename"),
                QStringLiteral("vollständigername"),
                QStringLiteral("bewerber"),
                QStringLiteral("bewerberin"),
                QStringLiteral("nomcomplet"),
                QStringLiteral("nom"),
                QStringLiteral("candidat")};
    case CandidateField::PreferredName:
        return {QStringLiteral("preferredname"), QStringLiteral("firstname"),
                QStringLiteral("givenname"),     QStringLiteral("vorname"),
                QStringLiteral("rufname"),       QStringLiteral("prénom"),
                QStringLiteral("prenom")};
    case CandidateField::Email:
        return {QStringLiteral("email"),          QStringLiteral("emailaddress"),
                QStringLiteral("mail"),           QStringLiteral("emailadresse"),
                QStringLiteral("courriel"),       QStringLiteral("adresseemail"),
                QStringLiteral("adressecourriel")};
    case CandidateField::Phone:
        return {QStringLiteral("phone"),   QStringLiteral("telephone"), QStringLiteral("mobile"),
                QStringLiteral("telefon"), QStringLiteral("handy"),     QStringLiteral("téléphone"),
                QStringLiteral("portable")};
    case CandidateField::Location:
        return {QStringLiteral("location"), QStringLiteral("city"),  QStringLiteral("ort"),
                QStringLiteral("wohnort"),  QStringLiteral("stadt"), QStringLiteral("ville"),
                QStringLiteral("lieu")};
    case CandidateField::Source:
        return {QStringLiteral("source"), QStringLiteral("channel"), QStringLiteral("quelle"),
                QStringLiteral("kanal"), QStringLiteral("origine")};
    case CandidateField::Notes:
        return {QStringLiteral("notes"),       QStringLiteral("note"),
                QStringLiteral("comments"),    QStringLiteral("notizen"),
                QStringLiteral("bemerkungen"), QStringLiteral("commentaires"),
                QStringLiteral("remarques")};
    case CandidateField::AppliedOn:
        return {QStringLiteral("appliedon"),         QStringLiteral("applied"),
                QStringLiteral("applicationdate"),   QStringLiteral("date"),
                QStringLiteral("beworbenam"),        QStringLiteral("bewerbungsdatum"),
                QStringLiteral("datedecandidature"), QStringLiteral("candidaturele")};
    }
    return {};
}

} // namespace

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

CandidateColumnMapping CandidateColumnMapping::guess(const QStringList& header) {
    CandidateColumnMapping mapping;
    for (const CandidateField field : allFields()) {
        const QStringList names = synonyms(field);
        for (int col = 0; col < header.size(); ++col) {
            if (names.contains(normalised(header.at(col)))) {
                mapping.setColumn(field, col);
                break;
            }
        }
    }
    return mapping;
}

void CandidateColumnMapping::setColumn(CandidateField field, int column) {
    if (column < 0)
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

QList<CandidateField> CandidateColumnMapping::missingRequired() const {
    QList<CandidateField> missing;
    for (const CandidateField field : allFields()) {
        if (isRequired(field) && column(field) < 0)
            missing.append(field);
    }
    return missing;
}

} // namespace debrief

#include "CsvHeaderNames.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {
namespace {

/// The role keys of the data files.
HeaderRole roleForKey(const QString& key) {
    static const QHash<QString, HeaderRole> roles{
        {QStringLiteral("fullName"), HeaderRole::FullName},
        {QStringLiteral("name"), HeaderRole::Name},
        {QStringLiteral("firstName"), HeaderRole::FirstName},
        {QStringLiteral("lastName"), HeaderRole::LastName},
        {QStringLiteral("preferredName"), HeaderRole::PreferredName},
        {QStringLiteral("email"), HeaderRole::Email},
        {QStringLiteral("phone"), HeaderRole::Phone},
        {QStringLiteral("location"), HeaderRole::Location},
        {QStringLiteral("source"), HeaderRole::Source},
        {QStringLiteral("appliedOn"), HeaderRole::AppliedOn},
        {QStringLiteral("notes"), HeaderRole::Notes}};
    return roles.value(key, HeaderRole::None);
}

} // namespace

const CsvHeaderNames& CsvHeaderNames::builtIn() {
    static const CsvHeaderNames names = [] {
        CsvHeaderNames loaded;
        const QDir dir(QStringLiteral(":/debrief/csv-headers"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        if (files.isEmpty())
            loaded.m_problems.append(tr("No header names are compiled in."));
        for (const QString& file : files)
            loaded.read(dir.filePath(file));
        return loaded;
    }();
    return names;
}

QString CsvHeaderNames::normalised(const QString& header) {
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            plain.append(c);
    }
    return plain;
}

HeaderRole CsvHeaderNames::roleOf(const QString& header) const {
    return m_roles.value(normalised(header), HeaderRole::None);
}

QStringList CsvHeaderNames::namesOf(HeaderRole role) const {
    return m_names.value(role);
}

void CsvHeaderNames::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject headers = document.object().value(QLatin1String("headers")).toObject();
    if (error.error != QJsonParseError::NoError || headers.isEmpty()) {
        m_problems.append(tr("%1: not a header name file").arg(path));
        return;
    }
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const HeaderRole role = roleForKey(it.key());
        if (role == HeaderRole::None) {
            m_problems.append(tr("%1: unknown field \"%2\"").arg(path, it.key()));
            continue;
        }
        for (const QJsonValue& value : it.value().toArray()) {
            const QString name = value.toString();
            const QString key = normalised(name);
            const HeaderRole known = m_roles.value(key, HeaderRole::None);
            if (key.isEmpty() || (known != HeaderRole::None && known != role)) {
                m_problems.append(tr("%1: \"%2\" is empty or names two fields").arg(path, name));
                continue;
            }
            m_roles.insert(key, role);
            m_names[role].append(name);
        }
    }
}

} // namespace debrief

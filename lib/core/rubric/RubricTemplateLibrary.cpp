#include "RubricTemplateLibrary.h"

#include "RubricJson.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtDebug>

#include <algorithm>

namespace debrief {

QString RubricTemplateLibrary::builtInDirectory() {
    return QStringLiteral(":/debrief/rubrics");
}

QString RubricTemplateLibrary::fallbackLanguage() {
    return QStringLiteral("en");
}

RubricTemplateLibrary::RubricTemplateLibrary(QString directory)
    : m_directory(std::move(directory)) {
}

QMap<QString, QStringList> RubricTemplateLibrary::scan() const {
    static const QRegularExpression fileName(
        QStringLiteral("^([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]{2,3})\\.json$"));
    QMap<QString, QStringList> found;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = fileName.match(file);
        if (match.hasMatch())
            found[match.captured(1)].append(match.captured(2));
    }
    for (QStringList& languages : found) {
        std::sort(languages.begin(), languages.end(), [](const QString& a, const QString& b) {
            if ((a == fallbackLanguage()) != (b == fallbackLanguage()))
                return a == fallbackLanguage();
            return a < b;
        });
    }
    return found;
}

QStringList RubricTemplateLibrary::ids() const {
    return scan().keys();
}

QList<RubricTemplateInfo> RubricTemplateLibrary::templates(const QString& language) const {
    QList<RubricTemplateInfo> infos;
    const auto found = scan();
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        auto loaded = load(it.key(), language);
        // A broken translation should not hide a template that works in English.
        if (!loaded) {
            qWarning().noquote() << "Skipping a rubric template translation that does not load:"
                                 << loaded.errorMessage();
            loaded = load(it.key(), fallbackLanguage());
        }
        if (!loaded) {
            // Only file names and paths: templates hold no personal data.
            qWarning().noquote() << "Skipping a rubric template that does not load:"
                                 << loaded.errorMessage();
            continue;
        }
        infos.append({it.key(), loaded->rubric.name, loaded->rubric.description, it.value()});
    }
    QCollator collator;
    std::sort(infos.begin(), infos.end(),
              [&collator](const RubricTemplateInfo& a, const RubricTemplateInfo& b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return infos;
}

Result<RubricTemplate> RubricTemplateLibrary::load(const QString& id,
                                                   const QString& language) const {
    const QStringList languages = scan().value(id);
    if (languages.isEmpty())
        return Error{tr("There is no rubric template called \"%1\".").arg(id)};
    QString chosen = baseLanguage(language);
    if (!languages.contains(chosen))
        chosen = languages.contains(fallbackLanguage()) ? fallbackLanguage() : languages.first();
    return loadFile(id, chosen);
}

Result<RubricTemplate> RubricTemplateLibrary::loadFile(const QString& id,
                                                       const QString& language) const {
    const QString name = id + QLatin1Char('.') + language + QStringLiteral(".json");
    QFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the rubric template %1: %2").arg(name, file.errorString())};
    auto loaded = RubricJson::importTemplate(file.readAll(), name);
    if (!loaded)
        return loaded.error();
    RubricTemplate result = std::move(loaded).value();
    // The file name is what the library lists; a file that claims to be
    // another template or language would show up under the wrong entry.
    if (result.id != id || result.language != language)
        return Error{tr("%1 is not a valid rubric template: it says \"template\": \"%2\", "
                        "\"language\": \"%3\", but its file name says \"%4\" and \"%5\".")
                         .arg(name, result.id, result.language, id, language)};
    // Each opening that starts from a template must get records of its own.
    result.rubric.uuid = QUuid();
    result.rubric.familyUuid = QUuid();
    for (Criterion& criterion : result.rubric.criteria)
        criterion.uuid = QUuid();
    return result;
}

QString RubricTemplateLibrary::baseLanguage(const QString& language) {
    static const QRegularExpression separator(QStringLiteral("[-_]"));
    return language.section(separator, 0, 0).toLower();
}

} // namespace debrief

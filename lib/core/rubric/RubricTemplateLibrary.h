#pragma once

#include "Result.h"
#include "RubricTemplate.h"
#include "RubricTemplateInfo.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace debrief {

/// The rubric templates a panel can start an opening from: one JSON file per
/// template and language ("software-engineer.de.json"), read through the same
/// validating parser as an imported rubric. By default the built-in templates
/// compiled into the library; any folder of such files works the same way.
class DEBRIEF_CORE_EXPORT RubricTemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(RubricTemplateLibrary)

public:
    /// The resource folder holding the built-in templates.
    static QString builtInDirectory();
    /// The language every template has and that missing languages fall back to.
    static QString fallbackLanguage();

    explicit RubricTemplateLibrary(QString directory = builtInDirectory());

    /// Every template that loads, with name and description in `language`
    /// (or English when that translation is missing or broken), sorted by name.
    QList<RubricTemplateInfo> templates(const QString& language) const;
    /// Ids of every template found, whether or not it loads; sorted.
    QStringList ids() const;
    /// The template in `language` ("de", "de_CH" and "de-CH" all mean German),
    /// in English when it has no such translation. Ids are kNoRow and uuids
    /// null, so each opening that uses it gets records of its own.
    Result<RubricTemplate> load(const QString& id, const QString& language) const;

private:
    /// Template id -> its languages, English first.
    QMap<QString, QStringList> scan() const;
    Result<RubricTemplate> loadFile(const QString& id, const QString& language) const;
    static QString baseLanguage(const QString& language);

    QString m_directory;
};

} // namespace debrief

#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

/// What a template picker shows before a template is loaded: its id, its
/// name and description in the requested language, and the languages it has.
struct RubricTemplateInfo {
    QString id;
    QString name;
    QString description;
    /// ISO 639-1 codes, English first, then alphabetical.
    QStringList languages;

    friend bool operator==(const RubricTemplateInfo&, const RubricTemplateInfo&) = default;
};

} // namespace debrief

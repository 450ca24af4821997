#pragma once

#include "RubricTemplate.h"
#include "domain/Criterion.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace debrief {

/// Turns a rubric document into the JSON object that RubricJsonReader reads
/// back; the two are kept symmetric so that an export always re-imports.
class RubricJsonWriter {
public:
    static QJsonObject toObject(const RubricTemplate& document);
    /// A unique key per criterion made from its name ("Problem solving" ->
    /// "problem-solving", "Größe" -> "grosse"), numbered on collision.
    static QStringList keysFromNames(const QList<Criterion>& criteria);
    /// One name as a key, without the uniqueness step; "criterion" when the
    /// name has no letter or digit that survives.
    static QString keyFromName(const QString& name);

private:
    static QJsonObject criterionObject(const Criterion& criterion, const QString& key);
    static QJsonObject roundObject(const SuggestedRound& round, const QStringList& keys);
};

} // namespace debrief

#include "RubricJson.h"

#include "RubricJsonReader.h"
#include "RubricJsonWriter.h"

#include <QJsonDocument>

namespace debrief {

QString RubricJson::formatMarker() {
    return QStringLiteral("debrief-rubric");
}

QByteArray RubricJson::exportRubric(const Rubric& rubric) {
    RubricTemplate document;
    document.rubric = rubric;
    document.criterionKeys = RubricJsonWriter::keysFromNames(rubric.criteria);
    return exportTemplate(document);
}

QByteArray RubricJson::exportTemplate(const RubricTemplate& rubricTemplate) {
    return QJsonDocument(RubricJsonWriter::toObject(rubricTemplate))
        .toJson(QJsonDocument::Indented);
}

Result<Rubric> RubricJson::importRubric(const QByteArray& json, const QString& sourceName) {
    auto document = importTemplate(json, sourceName);
    if (!document)
        return document.error();
    return std::move(document).value().rubric;
}

Result<RubricTemplate> RubricJson::importTemplate(const QByteArray& json,
                                                  const QString& sourceName) {
    return RubricJsonReader().read(json, sourceName);
}

} // namespace debrief

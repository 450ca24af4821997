#include "RubricJsonWriter.h"

#include "RubricJson.h"

#include <QJsonArray>
#include <QSet>

namespace debrief {

namespace {

constexpr qsizetype kMaxKeyLength = 48;

QJsonValue uuidValue(const QUuid& uuid) {
    return uuid.isNull() ? QJsonValue() : QJsonValue(uuid.toString(QUuid::WithoutBraces));
}

void insertIfSet(QJsonObject& object, const QString& field, const QJsonValue& value) {
    if (!value.isUndefined())
        object.insert(field, value);
}

} // namespace

QJsonObject RubricJsonWriter::toObject(const RubricTemplate& document) {
    const Rubric& rubric = document.rubric;
    QJsonObject root;
    root.insert(QStringLiteral("format"), RubricJson::formatMarker());
    root.insert(QStringLiteral("formatVersion"), RubricJson::kFormatVersion);
    if (!document.id.isEmpty())
        root.insert(QStringLiteral("template"), document.id);
    if (!document.language.isEmpty())
        root.insert(QStringLiteral("language"), document.language);
    insertIfSet(root, QStringLiteral("uuid"), uuidValue(rubric.uuid));
    insertIfSet(root, QStringLiteral("familyUuid"), uuidValue(rubric.familyUuid));
    root.insert(QStringLiteral("version"), rubric.version);
    if (rubric.createdAt.isValid())
        root.insert(QStringLiteral("createdAt"),
                    rubric.createdAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("name"), rubric.name);
    root.insert(QStringLiteral("description"), rubric.description);

    QJsonArray criteria;
    for (qsizetype i = 0; i < rubric.criteria.size(); ++i)
        criteria.append(criterionObject(rubric.criteria.at(i), document.criterionKeys.value(i)));
    root.insert(QStringLiteral("criteria"), criteria);

    if (!document.rounds.isEmpty()) {
        QJsonArray rounds;
        for (const SuggestedRound& round : document.rounds)
            rounds.append(roundObject(round, document.criterionKeys));
        root.insert(QStringLiteral("rounds"), rounds);
    }
    return root;
}

QJsonObject RubricJsonWriter::criterionObject(const Criterion& criterion, const QString& key) {
    QJsonObject object;
    object.insert(QStringLiteral("key"), key);
    insertIfSet(object, QStringLiteral("uuid"), uuidValue(criterion.uuid));
    object.insert(QStringLiteral("name"), criterion.name);
    object.insert(QStringLiteral("description"), criterion.description);
    object.insert(QStringLiteral("weight"), criterion.weight);
    object.insert(QStringLiteral("scaleSize"), criterion.scaleSize);
    object.insert(QStringLiteral("anchors"), QJsonArray::fromStringList(criterion.anchors));
    return object;
}

QJsonObject RubricJsonWriter::roundObject(const SuggestedRound& round, const QStringList& keys) {
    QJsonObject object;
    object.insert(QStringLiteral("name"), round.name);
    if (!round.description.isEmpty())
        object.insert(QStringLiteral("description"), round.description);
    object.insert(QStringLiteral("durationMinutes"), round.durationMinutes);
    QJsonArray criteria;
    for (int index : round.criterionIndices)
        criteria.append(keys.value(index));
    object.insert(QStringLiteral("criteria"), criteria);
    return object;
}

QString RubricJsonWriter::keyFromName(const QString& name) {
    QString key;
    // NFKD splits "ö" into "o" plus a combining mark, which is then dropped.
    const QString decomposed = name.toLower()
                                   .replace(QChar(0x00DF), QStringLiteral("ss"))
                                   .normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !key.endsWith(QLatin1Char('-')))
            key.append(QLatin1Char('-'));
    }
    key = key.left(kMaxKeyLength);
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("criterion") : key;
}

QStringList RubricJsonWriter::keysFromNames(const QList<Criterion>& criteria) {
    QStringList keys;
    QSet<QString> used;
    for (const Criterion& criterion : criteria) {
        const QString base = keyFromName(criterion.name);
        QString key = base;
        for (int n = 2; used.contains(key); ++n)
            key = base + QLatin1Char('-') + QString::number(n);
        used.insert(key);
        keys.append(key);
    }
    return keys;
}

} // namespace debrief

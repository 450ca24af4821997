#include "RubricJsonReader.h"

#include "RubricJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace debrief {

namespace {

constexpr int kMinScale = 2;
constexpr int kMaxScale = 10;
constexpr int kMinRoundMinutes = 5;
constexpr int kMaxRoundMinutes = 480;
constexpr qsizetype kMaxKeyLength = 64;

QString fieldPath(const QString& path, const QString& name) {
    return path + QLatin1Char('.') + name;
}

QString indexPath(const QString& path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/// Anchors and names are compared the way a reader would see them.
QString comparable(const QString& text) {
    return text.simplified().toCaseFolded();
}

} // namespace

Result<RubricTemplate> RubricJsonReader::read(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        add(QStringLiteral("$"), tr("not valid JSON: %1 at line %2, column %3")
                                     .arg(parseError.errorString())
                                     .arg(line)
                                     .arg(column));
        return error(sourceName);
    }
    if (!document.isObject()) {
        expected(QStringLiteral("$"), tr("a JSON object"),
                 document.isArray() ? QJsonValue(document.array()) : QJsonValue());
        return error(sourceName);
    }
    readRoot(document.object());
    if (!m_errors.isEmpty())
        return error(sourceName);
    return m_document;
}

void RubricJsonReader::readRoot(const QJsonObject& root) {
    readHeader(root);
    // A file of another kind, or from a newer Debrief, would only produce a
    // flood of follow-on errors; the header problem says it all.
    if (!m_errors.isEmpty())
        return;
    const QString path = QStringLiteral("$");
    m_document.id = key(root, path, QStringLiteral("template"));
    m_document.language = text(root, path, QStringLiteral("language"), false);
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    if (root.contains(QStringLiteral("language")) &&
        !languagePattern.match(m_document.language).hasMatch())
        add(fieldPath(path, QStringLiteral("language")),
            tr("expected a two-letter language code such as \"en\", found \"%1\"")
                .arg(m_document.language));

    Rubric& rubric = m_document.rubric;
    rubric.uuid = uuid(root, path, QStringLiteral("uuid"));
    rubric.familyUuid = uuid(root, path, QStringLiteral("familyUuid"));
    rubric.version = integer(root, path, QStringLiteral("version"), false).value_or(1);
    if (rubric.version < 1)
        add(fieldPath(path, QStringLiteral("version")),
            tr("the version must be 1 or higher, found %1").arg(rubric.version));
    const QString created = text(root, path, QStringLiteral("createdAt"), false);
    if (!created.isEmpty()) {
        rubric.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        // Without a zone the time would mean something else on every machine.
        if (!rubric.createdAt.isValid() || rubric.createdAt.timeSpec() == Qt::LocalTime)
            add(fieldPath(path, QStringLiteral("createdAt")),
                tr("expected a time with zone such as \"2024-05-01T09:30:00.000Z\", found "
                   "\"%1\"")
                    .arg(created));
        else
            rubric.createdAt = rubric.createdAt.toUTC();
    }
    rubric.name = nonEmptyText(root, path, QStringLiteral("name"));
    rubric.description = text(root, path, QStringLiteral("description"), false);
    readCriteria(root);
    readRounds(root);
    rejectUnknownFields(
        root, path,
        {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("template"),
         QStringLiteral("language"), QStringLiteral("uuid"), QStringLiteral("familyUuid"),
         QStringLiteral("version"), QStringLiteral("createdAt"), QStringLiteral("name"),
         QStringLiteral("description"), QStringLiteral("criteria"), QStringLiteral("rounds")});
}

void RubricJsonReader::readHeader(const QJsonObject& root) {
    const QString path = QStringLiteral("$");
    const auto format = field(root, path, QStringLiteral("format"), true);
    if (format && format->toString() != RubricJson::formatMarker()) {
        add(fieldPath(path, QStringLiteral("format")),
            tr("expected \"%1\"; this is not a Debrief rubric file")
                .arg(RubricJson::formatMarker()));
        return;
    }
    const auto version = integer(root, path, QStringLiteral("formatVersion"), true);
    if (version && *version > RubricJson::kFormatVersion)
        add(fieldPath(path, QStringLiteral("formatVersion")),
            tr("the file has format version %1, but this Debrief reads up to version %2; "
               "a newer Debrief is needed")
                .arg(*version)
                .arg(RubricJson::kFormatVersion));
    else if (version && *version < 1)
        add(fieldPath(path, QStringLiteral("formatVersion")),
            tr("expected 1 or higher, found %1").arg(*version));
}

void RubricJsonReader::readCriteria(const QJsonObject& root) {
    const QString path = fieldPath(QStringLiteral("$"), QStringLiteral("criteria"));
    const auto criteria = array(root, QStringLiteral("$"), QStringLiteral("criteria"), true);
    if (!criteria)
        return;
    if (criteria->isEmpty()) {
        add(path, tr("a rubric needs at least one criterion"));
        return;
    }
    for (qsizetype i = 0; i < criteria->size(); ++i)
        readCriterion(criteria->at(i), indexPath(path, i));

    bool anyWeight = false;
    for (const Criterion& criterion : std::as_const(m_document.rubric.criteria))
        anyWeight = anyWeight || criterion.weight > 0;
    if (!anyWeight)
        add(path, tr("at least one criterion needs a weight above 0, or no total can be "
                     "computed"));
}

void RubricJsonReader::readCriterion(const QJsonValue& value, const QString& path) {
    Criterion criterion;
    criterion.weight = 1.0; // keeps a broken entry from causing the all-zero error
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        expected(path, tr("an object"), value);
        m_document.rubric.criteria.append(criterion);
        m_document.criterionKeys.append(QString());
        return;
    }
    const QString criterionKey = key(object, path, QStringLiteral("key"));
    if (criterionKey.isEmpty() && !object.contains(QStringLiteral("key")))
        add(fieldPath(path, QStringLiteral("key")),
            tr("required field is missing (a key such as \"problem-solving\")"));
    if (!criterionKey.isEmpty()) {
        if (m_keyPaths.contains(criterionKey))
            add(fieldPath(path, QStringLiteral("key")),
                tr("\"%1\" is already the key of %2; keys must be unique")
                    .arg(criterionKey, m_keyPaths.value(criterionKey)));
        else {
            m_keyPaths.insert(criterionKey, path);
            m_keyIndex.insert(criterionKey, int(m_document.rubric.criteria.size()));
        }
    }
    criterion.uuid = uuid(object, path, QStringLiteral("uuid"));
    criterion.name = nonEmptyText(object, path, QStringLiteral("name"));
    if (!criterion.name.trimmed().isEmpty()) {
        const QString folded = comparable(criterion.name);
        if (m_namePaths.contains(folded))
            add(fieldPath(path, QStringLiteral("name")),
                tr("\"%1\" is already the name of %2; names must be unique")
                    .arg(criterion.name, m_namePaths.value(folded)));
        else
            m_namePaths.insert(folded, path);
    }
    criterion.description = text(object, path, QStringLiteral("description"), false);
    const auto weight = number(object, path, QStringLiteral("weight"), true);
    if (weight && *weight < 0)
        add(fieldPath(path, QStringLiteral("weight")),
            tr("the weight must be a number ≥ 0, found %1").arg(*weight));
    else if (weight && !Criterion::isValidWeight(*weight))
        add(fieldPath(path, QStringLiteral("weight")),
            tr("the weight must be at most %1, found %2").arg(Criterion::kMaxWeight).arg(*weight));
    else if (weight)
        criterion.weight = *weight;
    const auto scale = integer(object, path, QStringLiteral("scaleSize"), true);
    const bool scaleValid = scale && *scale >= kMinScale && *scale <= kMaxScale;
    if (scale && !scaleValid)
        add(fieldPath(path, QStringLiteral("scaleSize")),
            tr("the scale must have %1 to %2 levels, found %3")
                .arg(kMinScale)
                .arg(kMaxScale)
                .arg(*scale));
    criterion.scaleSize = scaleValid ? *scale : 0;
    criterion.anchors = readAnchors(object, path, criterion.scaleSize);
    rejectUnknownFields(object, path,
                        {QStringLiteral("key"), QStringLiteral("uuid"), QStringLiteral("name"),
                         QStringLiteral("description"), QStringLiteral("weight"),
                         QStringLiteral("scaleSize"), QStringLiteral("anchors")});
    m_document.rubric.criteria.append(criterion);
    m_document.criterionKeys.append(criterionKey);
}

QStringList RubricJsonReader::readAnchors(const QJsonObject& object, const QString& path,
                                          int scaleSize) {
    QStringList anchors;
    const auto items = array(object, path, QStringLiteral("anchors"), true);
    if (!items)
        return anchors;
    const QString anchorsPath = fieldPath(path, QStringLiteral("anchors"));
    // With an invalid scale the count cannot be judged; that error is enough.
    if (scaleSize > 0 && items->size() != scaleSize)
        add(anchorsPath, tr("expected %1 anchor texts for a 1–%1 scale, found %2")
                             .arg(scaleSize)
                             .arg(items->size()));
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const QString itemPath = indexPath(anchorsPath, i);
        if (!item.isString()) {
            expected(itemPath, tr("a string"), item);
            anchors.append(QString());
            continue;
        }
        const QString anchor = item.toString();
        anchors.append(anchor);
        if (anchor.trimmed().isEmpty()) {
            add(itemPath, tr("the anchor text for level %1 is empty; describe what a "
                             "candidate at this level did")
                              .arg(i + 1));
            continue;
        }
        const QString folded = comparable(anchor);
        if (seen.contains(folded))
            add(itemPath, tr("the anchor text for level %1 repeats level %2; each level "
                             "needs its own description")
                              .arg(i + 1)
                              .arg(seen.value(folded) + 1));
        else
            seen.insert(folded, i);
    }
    return anchors;
}

void RubricJsonReader::readRounds(const QJsonObject& root) {
    const auto rounds = array(root, QStringLiteral("$"), QStringLiteral("rounds"), false);
    if (!rounds)
        return;
    const QString path = fieldPath(QStringLiteral("$"), QStringLiteral("rounds"));
    for (qsizetype i = 0; i < rounds->size(); ++i)
        readRound(rounds->at(i), indexPath(path, i));
}

void RubricJsonReader::readRound(const QJsonValue& value, const QString& path) {
    if (!value.isObject()) {
        expected(path, tr("an object"), value);
        return;
    }
    const QJsonObject object = value.toObject();
    SuggestedRound round;
    round.name = nonEmptyText(object, path, QStringLiteral("name"));
    for (const SuggestedRound& earlier : std::as_const(m_document.rounds)) {
        if (!round.name.trimmed().isEmpty() && comparable(earlier.name) == comparable(round.name))
            add(fieldPath(path, QStringLiteral("name")),
                tr("\"%1\" is already the name of an earlier round").arg(round.name));
    }
    round.description = text(object, path, QStringLiteral("description"), false);
    const auto minutes = integer(object, path, QStringLiteral("durationMinutes"), true);
    if (minutes && (*minutes < kMinRoundMinutes || *minutes > kMaxRoundMinutes))
        add(fieldPath(path, QStringLiteral("durationMinutes")),
            tr("expected %1 to %2 minutes, found %3")
                .arg(kMinRoundMinutes)
                .arg(kMaxRoundMinutes)
                .arg(*minutes));
    round.durationMinutes = minutes.value_or(round.durationMinutes);
    round.criterionIndices = readRoundCriteria(object, path);
    rejectUnknownFields(object, path,
                        {QStringLiteral("name"), QStringLiteral("description"),
                         QStringLiteral("durationMinutes"), QStringLiteral("criteria")});
    m_document.rounds.append(round);
}

QList<int> RubricJsonReader::readRoundCriteria(const QJsonObject& object, const QString& path) {
    QList<int> indices;
    const auto keys = array(object, path, QStringLiteral("criteria"), true);
    if (!keys)
        return indices;
    const QString keysPath = fieldPath(path, QStringLiteral("criteria"));
    for (qsizetype i = 0; i < keys->size(); ++i) {
        const QJsonValue item = keys->at(i);
        const QString itemPath = indexPath(keysPath, i);
        if (!item.isString()) {
            expected(itemPath, tr("a criterion key"), item);
            continue;
        }
        const auto found = m_keyIndex.constFind(item.toString());
        if (found == m_keyIndex.constEnd())
            add(itemPath, tr("no criterion has the key \"%1\"").arg(item.toString()));
        else if (indices.contains(found.value()))
            add(itemPath, tr("\"%1\" is listed twice in this round").arg(item.toString()));
        else
            indices.append(found.value());
    }
    return indices;
}

std::optional<QJsonValue> RubricJsonReader::field(const QJsonObject& object, const QString& path,
                                                  const QString& name, bool required) {
    const auto found = object.constFind(name);
    if (found == object.constEnd()) {
        if (required)
            add(fieldPath(path, name), tr("required field is missing"));
        return std::nullopt;
    }
    return found.value();
}

QString RubricJsonReader::text(const QJsonObject& object, const QString& path, const QString& name,
                               bool required) {
    const auto value = field(object, path, name, required);
    if (!value)
        return {};
    if (!value->isString()) {
        expected(fieldPath(path, name), tr("a string"), *value);
        return {};
    }
    return value->toString();
}

QString RubricJsonReader::nonEmptyText(const QJsonObject& object, const QString& path,
                                       const QString& name) {
    const auto value = field(object, path, name, true);
    if (!value)
        return {};
    if (!value->isString())
        expected(fieldPath(path, name), tr("a string"), *value);
    else if (value->toString().trimmed().isEmpty())
        add(fieldPath(path, name), tr("must not be empty"));
    return value->toString();
}

std::optional<double> RubricJsonReader::number(const QJsonObject& object, const QString& path,
                                               const QString& name, bool required) {
    const auto value = field(object, path, name, required);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        expected(fieldPath(path, name), tr("a number"), *value);
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<int> RubricJsonReader::integer(const QJsonObject& object, const QString& path,
                                             const QString& name, bool required) {
    const auto value = number(object, path, name, required);
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value) {
        add(fieldPath(path, name), tr("expected a whole number, found %1").arg(*value));
        return std::nullopt;
    }
    if (std::abs(*value) > std::numeric_limits<int>::max()) {
        add(fieldPath(path, name), tr("%1 is too large; the largest allowed is %2")
                                       .arg(*value)
                                       .arg(std::numeric_limits<int>::max()));
        return std::nullopt;
    }
    return int(*value);
}

QUuid RubricJsonReader::uuid(const QJsonObject& object, const QString& path, const QString& name) {
    const auto value = field(object, path, name, false);
    if (!value || value->isNull())
        return {};
    const QUuid parsed = QUuid::fromString(value->toString());
    if (!value->isString() || parsed.isNull())
        add(fieldPath(path, name),
            tr("expected a UUID such as \"3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b\" or null"));
    return parsed;
}

QString RubricJsonReader::key(const QJsonObject& object, const QString& path, const QString& name) {
    const QString value = text(object, path, name, false);
    if (object.value(name).isString() && !isValidKey(value))
        add(fieldPath(path, name),
            tr("\"%1\" is not a valid key; use lower-case letters, digits and single "
               "hyphens, such as \"problem-solving\"")
                .arg(value));
    return value;
}

std::optional<QJsonArray> RubricJsonReader::array(const QJsonObject& object, const QString& path,
                                                  const QString& name, bool required) {
    const auto value = field(object, path, name, required);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        expected(fieldPath(path, name), tr("an array"), *value);
        return std::nullopt;
    }
    return value->toArray();
}

void RubricJsonReader::rejectUnknownFields(const QJsonObject& object, const QString& path,
                                           const QStringList& known) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            add(fieldPath(path, it.key()),
                tr("unknown field; expected one of: %1").arg(known.join(QStringLiteral(", "))));
    }
}

void RubricJsonReader::add(const QString& path, const QString& message) {
    m_errors.append(path + QStringLiteral(": ") + message);
}

void RubricJsonReader::expected(const QString& path, const QString& what, const QJsonValue& found) {
    add(path, tr("expected %1, found %2").arg(what, describe(found)));
}

QString RubricJsonReader::describe(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return tr("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return tr("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

bool RubricJsonReader::isValidKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return key.size() <= kMaxKeyLength && pattern.match(key).hasMatch();
}

Error RubricJsonReader::error(const QString& sourceName) const {
    const int count = int(m_errors.size());
    // A plain count rather than "%n problem(s)": it reads right in English
    // without an English translation file.
    const QString header = sourceName.isEmpty()
                               ? tr("The rubric is not valid. Problems found: %1").arg(count)
                               : tr("%1 is not a valid rubric. Problems found: %2")
                                     .arg(sourceName, QString::number(count));
    return Error{header + QLatin1Char('\n') + m_errors.join(QLatin1Char('\n'))};
}

} // namespace debrief

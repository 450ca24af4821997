#pragma once

#include "Result.h"
#include "RubricTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace debrief {

/// The validating parser behind RubricJson. It never stops at the first
/// problem: each one is recorded with its JSON path and reading goes on with
/// a harmless default, so the user sees every error of a file at once.
/// One reader reads one document.
class RubricJsonReader {
    Q_DECLARE_TR_FUNCTIONS(RubricJsonReader)

public:
    Result<RubricTemplate> read(const QByteArray& json, const QString& sourceName);

private:
    void readRoot(const QJsonObject& root);
    void readHeader(const QJsonObject& root);
    void readCriteria(const QJsonObject& root);
    void readCriterion(const QJsonValue& value, const QString& path);
    QStringList readAnchors(const QJsonObject& object, const QString& path, int scaleSize);
    void readRounds(const QJsonObject& root);
    void readRound(const QJsonValue& value, const QString& path);
    QList<int> readRoundCriteria(const QJsonObject& object, const QString& path);

    // Field readers: each records a problem under PATH.FIELD and returns
    // std::nullopt (or an empty value) when the field is missing or wrong.
    std::optional<QJsonValue> field(const QJsonObject& object, const QString& path,
                                    const QString& name, bool required);
    QString text(const QJsonObject& object, const QString& path, const QString& name,
                 bool required);
    QString nonEmptyText(const QJsonObject& object, const QString& path, const QString& name);
    std::optional<double> number(const QJsonObject& object, const QString& path,
                                 const QString& name, bool required);
    std::optional<int> integer(const QJsonObject& object, const QString& path, const QString& name,
                               bool required);
    QUuid uuid(const QJsonObject& object, const QString& path, const QString& name);
    QString key(const QJsonObject& object, const QString& path, const QString& name);
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path,
                                    const QString& name, bool required);
    void rejectUnknownFields(const QJsonObject& object, const QString& path,
                             const QStringList& known);

    void add(const QString& path, const QString& message);
    void expected(const QString& path, const QString& what, const QJsonValue& found);
    static QString describe(const QJsonValue& value);
    static bool isValidKey(const QString& key);
    Error error(const QString& sourceName) const;

    RubricTemplate m_document;
    QStringList m_errors;
    /// Lower-cased trimmed criterion name -> path of the first criterion with it.
    QHash<QString, QString> m_namePaths;
    QHash<QString, QString> m_keyPaths;
    /// Criterion key -> index, for resolving the rounds' references.
    QHash<QString, int> m_keyIndex;
};

} // namespace debrief

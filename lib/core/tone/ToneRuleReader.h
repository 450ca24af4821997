#pragma once

#include "Result.h"
#include "ToneRuleSet.h"
#include "interchange/JsonErrorList.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace debrief {

class JsonObjectReader;

/// The validating parser behind ToneRuleSet::fromJson. Every problem is
/// collected with its JSON path ("$.rules[4].patterns[1]: …"), so a broken
/// rule file gives one clear message listing all of them. One reader reads
/// one file.
class ToneRuleReader {
    Q_DECLARE_TR_FUNCTIONS(ToneRuleReader)

public:
    Result<ToneRuleSet> read(const QByteArray& json, const QString& sourceName);

private:
    /// Every pattern as one case-insensitive expression that matches whole
    /// words only. Invalid (and errors added under `path`) when a pattern
    /// does not compile, can match empty text or uses a back-reference.
    QRegularExpression compileWords(const QStringList& patterns, const QString& path);
    bool readHeader(JsonObjectReader& root);
    void readCategories(JsonObjectReader& root);
    void readGreeting(JsonObjectReader& root);
    void readNameRule(JsonObjectReader& root);
    void readRules(JsonObjectReader& root);
    void readRule(const QJsonValue& value, const QString& path);
    ToneCondition readCondition(JsonObjectReader& in);
    QStringList readPatterns(JsonObjectReader& in, const char* key);
    /// Compiles and has no back-reference; errors added under `path`.
    bool checkPattern(const QString& pattern, const QString& path);
    bool matchesEmptyText(const QString& pattern, const QString& path);
    static bool hasBackReference(const QStringList& patterns);
    /// Every "(" closed and no ")" too many, outside escapes and [classes]:
    /// a pattern cannot close the group it is joined in.
    static bool balancedGroups(const QString& pattern);
    QString nonEmptyText(JsonObjectReader& in, const char* key);
    void requireCategory(const QString& key, const QString& path);
    void checkUniqueId(const QString& id, const QString& path);

    ToneRuleSet m_rules;
    JsonErrorList m_errors;
    /// Rule id -> path of the first rule with it.
    QHash<QString, QString> m_idPaths;
};

} // namespace debrief

#include "ToneRuleReader.h"

#include "ToneCategory.h"
#include "interchange/JsonObjectReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace debrief {
namespace {

constexpr int kMaxErrorsShown = 20;

constexpr auto kPatternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QString indexPath(const QString& path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/// Whole words: no letter or digit right before or after the match.
QString wholeWords(const QString& alternatives) {
    return QStringLiteral("(?<!\\w)(?:") + alternatives + QStringLiteral(")(?!\\w)");
}

} // namespace

Result<ToneRuleSet> ToneRuleReader::read(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column =
            QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        m_errors.add(QStringLiteral("$"), tr("not valid JSON: %1 at line %2, column %3")
                                              .arg(parseError.errorString())
                                              .arg(line)
                                              .arg(column));
    } else if (!document.isObject()) {
        m_errors.add(QStringLiteral("$"), tr("expected a JSON object at the top level"));
    } else {
        JsonObjectReader root(document.object(), QStringLiteral("$"), m_errors);
        if (readHeader(root)) {
            readCategories(root);
            readGreeting(root);
            readNameRule(root);
            readRules(root);
            root.reportUnknownFields();
        }
    }
    if (!m_errors.isEmpty())
        return Error{m_errors.summary(sourceName, kMaxErrorsShown)};
    return m_rules;
}

bool ToneRuleReader::readHeader(JsonObjectReader& root) {
    const QString format = root.text("format");
    // Another kind of file would only give a flood of follow-on errors.
    if (!m_errors.isEmpty())
        return false;
    if (format != ToneRuleSet::formatName()) {
        m_errors.add(root.fieldPath("format"),
                     tr("expected \"%1\"; this is not a Debrief tone rule file")
                         .arg(ToneRuleSet::formatName()));
        return false;
    }
    const int version = root.integer("formatVersion", 1, std::numeric_limits<int>::max());
    if (version > ToneRuleSet::kFormatVersion) {
        m_errors.add(root.fieldPath("formatVersion"),
                     tr("the file has format version %1, but this Debrief reads up to version "
                        "%2; a newer Debrief is needed")
                         .arg(version)
                         .arg(ToneRuleSet::kFormatVersion));
        return false;
    }
    m_rules.language = root.text("language");
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    if (!m_rules.language.isEmpty() && !languagePattern.match(m_rules.language).hasMatch())
        m_errors.add(
            root.fieldPath("language"),
            tr("expected a language code such as \"en\", found \"%1\"").arg(m_rules.language));
    return true;
}

void ToneRuleReader::readCategories(JsonObjectReader& root) {
    const QJsonValue value = root.value("categories");
    if (value.isUndefined())
        return;
    const QString path = root.fieldPath("categories");
    if (!value.isObject() || value.toObject().isEmpty()) {
        m_errors.add(path, tr("expected an object with at least one category"));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString itemPath = path + QLatin1Char('.') + it.key();
        if (!ToneCategory::isKnown(it.key())) {
            m_errors.add(itemPath, tr("unknown category; expected one of: %1")
                                       .arg(ToneCategory::keys().join(QStringLiteral(", "))));
        } else if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            m_errors.add(itemPath, tr("expected a one-line explanation of the category"));
        } else {
            m_rules.categories.append({it.key(), it.value().toString()});
        }
    }
}

void ToneRuleReader::readGreeting(JsonObjectReader& root) {
    const QJsonValue value = root.value("greeting");
    if (value.isUndefined())
        return;
    JsonObjectReader in(value, root.fieldPath("greeting"), m_errors);
    if (!in.isObject())
        return;
    ToneGreetingRule& rule = m_rules.greeting;
    rule.id = nonEmptyText(in, "id");
    checkUniqueId(rule.id, in.fieldPath("id"));
    rule.pattern = nonEmptyText(in, "pattern");
    rule.explanation = nonEmptyText(in, "explanation");
    rule.suggestion = nonEmptyText(in, "suggestion");
    in.reportUnknownFields();
    requireCategory(ToneCategory::greeting(), in.path());
    if (rule.pattern.isEmpty())
        return;
    if (!rule.pattern.contains(QStringLiteral("{name}"))) {
        m_errors.add(in.fieldPath("pattern"),
                     tr("the greeting pattern must contain {name}, where the candidate's name "
                        "goes"));
        return;
    }
    QString sample = rule.pattern;
    sample.replace(QStringLiteral("{name}"), QStringLiteral("Ana"));
    sample.replace(QStringLiteral("{lastName}"), QStringLiteral("Silva"));
    checkPattern(sample, in.fieldPath("pattern"));
}

void ToneRuleReader::readNameRule(JsonObjectReader& root) {
    const QJsonValue value = root.value("otherCandidateName");
    if (value.isUndefined())
        return;
    JsonObjectReader in(value, root.fieldPath("otherCandidateName"), m_errors);
    if (!in.isObject())
        return;
    m_rules.otherCandidateName.id = nonEmptyText(in, "id");
    checkUniqueId(m_rules.otherCandidateName.id, in.fieldPath("id"));
    m_rules.otherCandidateName.explanation = nonEmptyText(in, "explanation");
    m_rules.otherCandidateName.suggestion = nonEmptyText(in, "suggestion");
    in.reportUnknownFields();
    requireCategory(ToneCategory::disclosure(), in.path());
}

void ToneRuleReader::readRules(JsonObjectReader& root) {
    const QJsonArray rules = root.array("rules");
    for (qsizetype i = 0; i < rules.size(); ++i)
        readRule(rules.at(i), indexPath(root.fieldPath("rules"), i));
}

void ToneRuleReader::readRule(const QJsonValue& value, const QString& path) {
    JsonObjectReader in(value, path, m_errors);
    if (!in.isObject())
        return;
    ToneRule rule;
    rule.id = nonEmptyText(in, "id");
    checkUniqueId(rule.id, in.fieldPath("id"));
    rule.category = nonEmptyText(in, "category");
    if (!rule.category.isEmpty())
        requireCategory(rule.category, in.fieldPath("category"));
    rule.patterns = readPatterns(in, "patterns");
    if (value.toObject().contains(QStringLiteral("exceptions")))
        rule.exceptions = readPatterns(in, "exceptions");
    rule.explanation = nonEmptyText(in, "explanation");
    rule.suggestion = nonEmptyText(in, "suggestion");
    rule.condition = readCondition(in);
    in.reportUnknownFields();
    rule.matcher = compileWords(rule.patterns, in.fieldPath("patterns"));
    if (!rule.exceptions.isEmpty())
        rule.exceptionMatcher = compileWords(rule.exceptions, in.fieldPath("exceptions"));
    m_rules.rules.append(rule);
}

ToneCondition ToneRuleReader::readCondition(JsonObjectReader& in) {
    const QString condition = in.optionalText("condition");
    if (condition.isEmpty())
        return ToneCondition::Always;
    if (condition == QLatin1String("whenNotTalentPool"))
        return ToneCondition::WhenNotTalentPool;
    if (condition == QLatin1String("whenTalentPool"))
        return ToneCondition::WhenTalentPool;
    m_errors.add(in.fieldPath("condition"),
                 tr("unknown condition \"%1\"; expected whenNotTalentPool or whenTalentPool")
                     .arg(condition));
    return ToneCondition::Always;
}

QStringList ToneRuleReader::readPatterns(JsonObjectReader& in, const char* key) {
    const qsizetype errorsBefore = m_errors.size();
    const QStringList patterns = in.textList(key);
    if (patterns.isEmpty() && m_errors.size() == errorsBefore)
        m_errors.add(in.fieldPath(key), tr("expected at least one pattern"));
    return patterns;
}

bool ToneRuleReader::checkPattern(const QString& pattern, const QString& path) {
    const QRegularExpression expression(pattern, kPatternOptions);
    if (!expression.isValid()) {
        m_errors.add(path, tr("not a valid regular expression: %1 at character %2")
                               .arg(expression.errorString())
                               .arg(expression.patternErrorOffset() + 1));
        return false;
    }
    // The patterns of a rule are joined into one expression, which renumbers groups.
    if (hasBackReference({pattern})) {
        m_errors.add(path, tr("back-references are not supported; write the text out instead"));
        return false;
    }
    return true;
}

bool ToneRuleReader::matchesEmptyText(const QString& pattern, const QString& path) {
    if (!QRegularExpression(wholeWords(pattern), kPatternOptions).match(QString()).hasMatch())
        return false;
    m_errors.add(path, tr("the pattern matches empty text, so it would flag every position"));
    return true;
}

QRegularExpression ToneRuleReader::compileWords(const QStringList& patterns, const QString& path) {
    if (patterns.isEmpty())
        return {};
    QStringList groups;
    bool selfContained = true;
    for (const QString& pattern : patterns) {
        groups.append(QStringLiteral("(?:") + pattern + QLatin1Char(')'));
        selfContained = selfContained && balancedGroups(pattern);
    }
    QRegularExpression expression(wholeWords(groups.join(QLatin1Char('|'))), kPatternOptions);
    // Compiling is the expensive part of loading, so each pattern is compiled on
    // its own only when the joined expression fails, to name the culprit.
    if (!selfContained || !expression.isValid() || hasBackReference(patterns)) {
        bool valid = true;
        for (qsizetype i = 0; i < patterns.size(); ++i)
            valid = checkPattern(patterns.at(i), indexPath(path, i)) && valid;
        if (!valid || !expression.isValid())
            return {};
    }
    if (expression.match(QString()).hasMatch()) {
        for (qsizetype i = 0; i < patterns.size(); ++i)
            matchesEmptyText(patterns.at(i), indexPath(path, i));
        return {};
    }
    return expression;
}

bool ToneRuleReader::hasBackReference(const QStringList& patterns) {
    static const QRegularExpression backReference(QStringLiteral(R"(\\(?:[1-9]|g|k))"));
    return std::any_of(patterns.cbegin(), patterns.cend(), [](const QString& pattern) {
        return backReference.match(pattern).hasMatch();
    });
}

bool ToneRuleReader::balancedGroups(const QString& pattern) {
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (inClass) {
            inClass = c != QLatin1Char(']');
        } else if (c == QLatin1Char('[')) {
            inClass = true;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth < 0) {
            return false;
        }
    }
    return depth == 0 && !inClass;
}

QString ToneRuleReader::nonEmptyText(JsonObjectReader& in, const char* key) {
    const qsizetype errorsBefore = m_errors.size();
    const QString value = in.text(key).trimmed();
    if (value.isEmpty() && m_errors.size() == errorsBefore)
        m_errors.add(in.fieldPath(key), tr("must not be empty"));
    return value;
}

void ToneRuleReader::requireCategory(const QString& key, const QString& path) {
    if (!ToneCategory::isKnown(key)) {
        m_errors.add(path, tr("unknown category \"%1\"; expected one of: %2")
                               .arg(key, ToneCategory::keys().join(QStringLiteral(", "))));
        return;
    }
    // Categories are read first, so a missing explanation is known here.
    if (m_rules.categoryExplanation(key).isEmpty())
        m_errors.add(path, tr("the category \"%1\" is not explained in $.categories").arg(key));
}

void ToneRuleReader::checkUniqueId(const QString& id, const QString& path) {
    if (id.isEmpty())
        return;
    const auto first = m_idPaths.constFind(id);
    if (first != m_idPaths.constEnd()) {
        m_errors.add(path, tr("the id \"%1\" is already used at %2").arg(id, first.value()));
        return;
    }
    m_idPaths.insert(id, path);
}

} // namespace debrief

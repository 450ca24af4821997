#include "DraftLanguage.h"

#include "TemplateFields.h"
#include "TemplateValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace debrief {
namespace {

const QString kFileName = QStringLiteral("language.txt");

QString entry(const QHash<QString, QString>& entries, const QString& key) {
    return entries.value(key);
}

} // namespace

QString DraftLanguage::builtInDirectory() {
    return QStringLiteral(":/debrief/templates");
}

QStringList DraftLanguage::available(const QString& directory) {
    QStringList languages;
    for (const QString& sub :
         QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(directory + QLatin1Char('/') + sub + QLatin1Char('/') + kFileName))
            languages.append(sub);
    }
    return languages;
}

QString DraftLanguage::baseLanguage(const QString& language) {
    QString base = language.trimmed().toLower();
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[_-]")));
    if (cut >= 0)
        base.truncate(cut);
    return base;
}

QStringList DraftLanguage::requiredKeys() {
    QStringList keys = {QStringLiteral("date.format"),
                        QStringLiteral("list.separator"),
                        QStringLiteral("list.and"),
                        QStringLiteral("criterion.format"),
                        QStringLiteral("criterion.lowercase"),
                        QStringLiteral("decidingFactor"),
                        QStringLiteral("score"),
                        QStringLiteral("strength.1"),
                        QStringLiteral("strength.2"),
                        QStringLiteral("strength.3")};
    for (TemplateStage stage : allTemplateStages())
        keys.append(QStringLiteral("stage.") + toKey(stage));
    for (const QString& name : TemplateFields::textNames())
        keys.append(QStringLiteral("fallback.") + name);
    return keys;
}

Result<DraftLanguage> DraftLanguage::load(const QString& language, const QString& directory) {
    const QString code = baseLanguage(language);
    const QStringList known = available(directory);
    if (!known.contains(code))
        return Error{tr("There are no rejection templates in the language “%1” (available: %2).")
                         .arg(language, known.join(QStringLiteral(", ")))};
    const QString shown = code + QLatin1Char('/') + kFileName;
    QFile file(directory + QLatin1Char('/') + shown);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("Cannot read %1: %2").arg(shown, file.errorString())};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList required = requiredKeys();
    DraftLanguage result;
    result.m_code = code;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || !required.contains(key))
            return Error{tr("%1, line %2: expected “key = value” with one of the known keys, not "
                            "“%3”.")
                             .arg(shown)
                             .arg(i + 1)
                             .arg(line)};
        result.m_entries.insert(key, line.mid(equals + 1).trimmed());
    }
    for (const QString& key : required) {
        if (result.m_entries.value(key).isEmpty())
            return Error{tr("%1: the key “%2” is missing or empty.").arg(shown, key)};
    }
    return result;
}

QString DraftLanguage::stageName(TemplateStage stage) const {
    return entry(m_entries, QStringLiteral("stage.") + toKey(stage));
}

QString DraftLanguage::formatScore(double mean, int scaleSize) const {
    const QLocale locale(m_code);
    return entry(m_entries, QStringLiteral("score"))
        .arg(locale.toString(mean, 'f', 1), locale.toString(scaleSize));
}

QString DraftLanguage::formatDate(const QDate& date) const {
    if (!date.isValid())
        return {};
    return QLocale(m_code).toString(date, entry(m_entries, QStringLiteral("date.format")));
}

QString DraftLanguage::criterionInSentence(const QString& name) const {
    QString shown = name.trimmed();
    const bool lower =
        entry(m_entries, QStringLiteral("criterion.lowercase")) == QLatin1String("yes");
    // "API design" stays as it is; "System design" becomes "system design".
    if (lower && shown.size() > 1 && shown.at(0).isUpper() && !shown.at(1).isUpper())
        shown[0] = shown.at(0).toLower();
    return entry(m_entries, QStringLiteral("criterion.format")).arg(shown);
}

QString DraftLanguage::joinList(const QStringList& items) const {
    if (items.size() < 2)
        return items.value(0);
    const QString separator = entry(m_entries, QStringLiteral("list.separator")) + QLatin1Char(' ');
    return items.mid(0, items.size() - 1).join(separator) + QLatin1Char(' ') +
           entry(m_entries, QStringLiteral("list.and")) + QLatin1Char(' ') + items.constLast();
}

QString DraftLanguage::strengthSentence(int rank, const QString& criterionName) const {
    const int wording = std::clamp(rank + 1, 1, 3);
    return entry(m_entries, QStringLiteral("strength.%1").arg(wording))
        .arg(criterionInSentence(criterionName));
}

QString DraftLanguage::decidingFactor(const QStringList& criterionNames) const {
    if (criterionNames.isEmpty())
        return {};
    QStringList shown;
    for (const QString& name : criterionNames)
        shown.append(criterionInSentence(name));
    return entry(m_entries, QStringLiteral("decidingFactor")).arg(joinList(shown));
}

void DraftLanguage::applyFallbacks(TemplateValues& values) const {
    for (const QString& name : TemplateFields::textNames())
        values.setFallback(name, entry(m_entries, QStringLiteral("fallback.") + name));
}

} // namespace debrief

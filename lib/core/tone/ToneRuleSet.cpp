#include "ToneRuleSet.h"

#include "ToneRuleReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

namespace debrief {

QString ToneRuleSet::builtInDirectory() {
    return QStringLiteral(":/debrief/tone");
}

QStringList ToneRuleSet::builtInLanguages() {
    QStringList languages;
    const QStringList files =
        QDir(builtInDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.chopped(5));
    return languages;
}

QString ToneRuleSet::baseLanguage(const QString& language) {
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

Result<ToneRuleSet> ToneRuleSet::builtIn(const QString& language) {
    const QString base = baseLanguage(language);
    if (!builtInLanguages().contains(base)) {
        return Error{tr("There are no tone rules for the language \"%1\"; there are rules for: %2.")
                         .arg(language, builtInLanguages().join(QStringLiteral(", ")))};
    }
    // Compiling ~200 patterns takes tens of milliseconds; each editor and
    // each check of a test set would pay it again.
    static QMutex mutex;
    static QHash<QString, ToneRuleSet> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto cached = loaded.constFind(base); cached != loaded.constEnd())
        return cached.value();
    auto rules = load(builtInDirectory() + QLatin1Char('/') + base + QStringLiteral(".json"));
    if (rules)
        loaded.insert(base, rules.value());
    return rules;
}

Result<ToneRuleSet> ToneRuleSet::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the tone rule file %1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

Result<ToneRuleSet> ToneRuleSet::fromJson(const QByteArray& json, const QString& sourceName) {
    return ToneRuleReader().read(json, sourceName);
}

QString ToneRuleSet::categoryExplanation(const QString& key) const {
    for (const ToneCategoryInfo& info : categories) {
        if (info.key == key)
            return info.explanation;
    }
    return {};
}

} // namespace debrief

#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace debrief {

QStringList UiLanguage::supported() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString UiLanguage::resolve(const QString& requested) {
    if (supported().contains(requested))
        return requested;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (supported().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void UiLanguage::install(QCoreApplication& app, const QString& language) {
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // Loaded for English too: it carries the plural forms of "%n candidate(s)".
    auto* ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(QStringLiteral(":/i18n/debrief_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace debrief

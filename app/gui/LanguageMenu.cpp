#include "LanguageMenu.h"

#include "settings/Settings.h"

#include <QActionGroup>

namespace debrief {

LanguageMenu::LanguageMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    addChoice(tr("&System Language"), QString());
    addSeparator();
    // Each language is named in itself, so people can find their own even
    // when the interface is in a language they do not read.
    addChoice(QStringLiteral("&English"), QStringLiteral("en"));
    addChoice(QStringLiteral("&Deutsch"), QStringLiteral("de"));
    addChoice(QStringLiteral("&Français"), QStringLiteral("fr"));
}

void LanguageMenu::addChoice(const QString& label, const QString& code) {
    QAction* action = addAction(label);
    action->setCheckable(true);
    action->setChecked(m_settings.uiLanguage() == code);
    action->setData(code);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] {
        m_settings.setUiLanguage(code);
        m_settings.sync();
        emit languageChosen(tr("The language changes the next time Debrief starts."));
    });
}

} // namespace debrief

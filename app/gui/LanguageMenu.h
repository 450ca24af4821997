#pragma once

#include <QMenu>

namespace debrief {

class Settings;

/// View › Language: overrides the system locale with one of the shipped
/// languages. The choice is stored in the settings and takes effect at the
/// next start, when every window is built in the new language.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    LanguageMenu(Settings& settings, QWidget* parent = nullptr);

signals:
    /// The user picked a language; `message` says when it applies.
    void languageChosen(const QString& message);

private:
    void addChoice(const QString& label, const QString& code);

    Settings& m_settings;
    QActionGroup* m_group;
};

} // namespace debrief

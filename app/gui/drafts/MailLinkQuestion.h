#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace debrief {

/// Asked when a draft is too long for a mail link: mail clients cut long
/// links (or take none at all), so it offers an .eml file or the clipboard
/// instead, and opening the shortened message only when one can be opened.
class MailLinkQuestion {
    Q_DECLARE_TR_FUNCTIONS(MailLinkQuestion)

public:
    enum class Answer { Cancel, SaveEml, Copy, OpenShortened };

    /// Asks window-modally over `parent`; `tooLong` when no link can carry
    /// it (then there is no shortened choice). `answered` gets the choice.
    static void ask(QWidget* parent, bool tooLong, const std::function<void(Answer)>& answered);
};

} // namespace debrief

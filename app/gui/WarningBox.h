#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace debrief {

/// How the window tells of a failure it cannot show in place: a
/// window-modal warning that does not block the caller (open(), not exec(),
/// so a keyboard user or a test closes it), deletes itself when closed, and
/// shows its message as plain text, since messages name candidates,
/// openings, criteria and files, and a name is never markup.
class WarningBox {
public:
    static QMessageBox* show(QWidget* parent, const QString& title, const QString& message,
                             const QString& objectName = {});
};

} // namespace debrief

#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace debrief::test {

/// Reads an EditConflictDialog the way its user does: the open dialog of a
/// name over an editor, and its table row by row ("Field|Yours|Saved
/// elsewhere|differs"), so each conflict test checks what is on screen.
class ConflictTable {
public:
    /// The dialog named `objectName` over `owner`, when it is shown.
    static QDialog* shownDialog(const QWidget* owner, const QString& objectName);
    /// Each row's cells joined by '|'; empty without a dialog.
    static QStringList rows(const QDialog* dialog);
};

} // namespace debrief::test

#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace debrief {

struct ScorecardImportSummary;

/// Shows what an import of a scorecards file did: the scorecards inserted,
/// those already up to date and every conflict, or the file's errors.
class ScorecardImportResultDialog : public QDialog {
    Q_OBJECT

public:
    explicit ScorecardImportResultDialog(QWidget* parent = nullptr);

    void showSummary(const ScorecardImportSummary& summary);
    /// Each error with its JSON path; nothing was imported.
    void showErrors(const QStringList& errors);

private:
    void addGroup(const QString& title, const QStringList& lines);

    QLabel* m_headline = nullptr;
    QTreeWidget* m_details = nullptr;
};

} // namespace debrief

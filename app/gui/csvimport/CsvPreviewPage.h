#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableView;

namespace debrief {

class CandidateImportDraft;
class CsvPreviewModel;

/// Wizard page 3: the rows as they will be imported, every problem by line
/// and column, and a one-line summary. Import (the wizard's Finish) stays
/// disabled while any problem blocks the import.
class CsvPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvPreviewPage(CandidateImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showPlan();
    void showProblemRow(QListWidgetItem* item);
    void hideUnmappedColumns();
    QString summary() const;

    CandidateImportDraft& m_draft;
    CsvPreviewModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_problemsHeading = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace debrief

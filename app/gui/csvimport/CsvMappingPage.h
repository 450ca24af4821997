#pragma once

#include "csv/CandidateColumnMapping.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;

namespace debrief {

class CandidateImportDraft;

/// Wizard page 2: which CSV column fills which candidate field. One combo
/// box per field (objectName mapping_<key>, the key the CLI's --map takes),
/// pre-filled from the header; required fields are marked. The name has a
/// second combo (mapping_name_join) for a last-name column joined after the
/// first, and the date one for the order of day and month
/// (mapping_date_order). A missing required field or one several columns
/// could fill is said here, and listed again on the preview.
class CsvMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvMappingPage(CandidateImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

private:
    void fillCombos();
    void showExamples();
    void choose(CandidateField field);

    CandidateImportDraft& m_draft;
    QHash<CandidateField, QComboBox*> m_combos;
    QHash<CandidateField, QLabel*> m_examples;
    QComboBox* m_nameJoin = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QLabel* m_missing = nullptr;
};

} // namespace debrief

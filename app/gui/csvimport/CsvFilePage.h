#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace debrief {

class CandidateImportDraft;

/// Wizard page 1: which file, and how to read it. Shows the detected
/// encoding and delimiter in combo boxes the user can change, and the first
/// rows as they read, so that garbled accents or one-column rows show at once.
class CsvFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit CsvFilePage(CandidateImportDraft& draft, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// Reads `path` as if the user had typed it.
    void loadPath(const QString& path);

private:
    void browse();
    void loadTypedPath();
    void chooseEncoding();
    void chooseDelimiter();
    void showTable();
    void selectData(QComboBox* combo, const QVariant& value);

    CandidateImportDraft& m_draft;
    QLineEdit* m_fileEdit = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected = nullptr;
    QLabel* m_fileError = nullptr;
    QPlainTextEdit* m_sample = nullptr;
};

} // namespace debrief

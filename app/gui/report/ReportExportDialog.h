#pragma once

#include "Result.h"
#include "domain/RowId.h"
#include "reporting/ReportRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace debrief {

class DatabaseSession;

/// File › Export Report…: which report (kind, and the candidate for a
/// packet), page size (from the locale, overridable), PDF/A, and the file.
/// Export writes it with a cancellable progress dialog (creating the
/// suggested folder when it is missing) and closes; a failure is shown in a
/// message box naming the file and the dialog stays open.
class ReportExportDialog : public QDialog {
    Q_OBJECT

public:
    /// `viewer` is the panelist using the app: every report shows only the
    /// scorecards blind scoring lets them see.
    ReportExportDialog(DatabaseSession& session, RowId openingId, ScoreViewer viewer,
                       QWidget* parent = nullptr);

    /// Fills the candidate list from the opening; call once before showing.
    Status load();
    /// The request the dialog's fields describe.
    ReportRequest request() const;
    QString filePath() const;
    /// Writes the report to filePath() with progress; true when written.
    bool exportReport();

signals:
    /// The report is complete at `path`.
    void reportWritten(const QString& path);

private:
    void buildForm();
    void kindChanged();
    void chooseFile();
    void suggestFile();
    /// Creates the folder of `path` when it is the suggested one and missing.
    bool prepareFolder(const QString& path);
    void showError(const QString& message);

    DatabaseSession& m_session;
    RowId m_openingId = kNoRow;
    ScoreViewer m_viewer;
    QString m_openingTitle;
    /// The suggested name last put into the file field; replaced while the
    /// user has not typed a name of their own.
    QString m_suggested;
    QComboBox* m_kind = nullptr;
    QLabel* m_description = nullptr;
    QComboBox* m_candidate = nullptr;
    QComboBox* m_pageSize = nullptr;
    QCheckBox* m_pdfA = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace debrief

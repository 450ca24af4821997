#pragma once

#include "domain/RowId.h"
#include "pipeline/CandidateIntake.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;

namespace debrief {

class DatabaseSession;
class OptionalDateEdit;

/// Opening › Add Candidate…: a name, an e-mail address, optionally a phone
/// number, where the application came from and a promised answer date.
/// Problems (CandidateIntake's rules, including an e-mail that already
/// applied) are shown under their fields and keep the dialog open; it is
/// accepted only with input that can be added.
class AddCandidateDialog : public QDialog {
    Q_OBJECT

public:
    AddCandidateDialog(DatabaseSession& session, RowId openingId, const QString& openingTitle,
                       QWidget* parent = nullptr);

    NewCandidate candidate() const;

    void accept() override;

private:
    QLabel* errorLabel(const QString& objectName);
    QLabel* fieldError(IntakeField field, const QString& objectName);
    void showProblems(const QList<IntakeProblem>& problems);

    DatabaseSession& m_session;
    RowId m_openingId;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_source = nullptr;
    OptionalDateEdit* m_promised = nullptr;
    QMap<IntakeField, QWidget*> m_fields;
    QMap<IntakeField, QLabel*> m_errors;
    QLabel* m_generalError = nullptr;
};

} // namespace debrief

#pragma once

#include "domain/Enums.h"
#include "domain/Reference.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace debrief {

class OptionalDateEdit;

/// Adds or edits one reference: the referee's name, how they know the
/// candidate, how to reach them, when they were contacted, what they said
/// and whether it raised a concern. When adding for a candidate who is not
/// a finalist it says first, in ReferencePolicy's words, why asking now
/// costs the candidate goodwill.
class ReferenceDialog : public QDialog {
    Q_OBJECT

public:
    /// `reference` with a null uuid means adding a new one.
    ReferenceDialog(const Reference& reference, const QString& candidateName, PipelineStage stage,
                    const QDate& today, QWidget* parent = nullptr);

    /// The reference as entered (id, uuid and application kept).
    Reference reference() const;

    void accept() override;

private:
    QWidget* buildWarning(PipelineStage stage);

    Reference m_original;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_relation = nullptr;
    QLineEdit* m_contact = nullptr;
    OptionalDateEdit* m_contactedOn = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QCheckBox* m_concern = nullptr;
};

} // namespace debrief

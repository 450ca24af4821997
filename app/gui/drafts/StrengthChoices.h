#pragma once

#include "drafting/DraftContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace debrief {

/// What the sender adds to a rejection from the panel's own record: the
/// finalist's strongest criteria as sentences to accept (checked), edit
/// (F2 or double-click) or leave out, the deciding factor (offered only when
/// the decision allows sharing it), and the offer of a call. "Apply to Draft"
/// asks the editor to compose the message again with these choices.
class StrengthChoices : public QWidget {
    Q_OBJECT

public:
    explicit StrengthChoices(QWidget* parent = nullptr);

    /// Shows the context's suggestions, accepted unless the criterion is also
    /// the deciding factor to be shared, and its defaults.
    void setContext(const DraftContext& context, const DraftOptions& defaults);
    /// The sender's choices as composer options.
    DraftOptions options() const;
    /// False when the sender left the deciding factor out (or it may not be shared).
    bool shareDecidingFactor() const;
    /// Read-only once the message was sent.
    void setReadOnly(bool readOnly);

signals:
    void applyRequested();

private:
    void showEvidence();

    QStringList m_evidenceText;
    QListWidget* m_list = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_withheld = nullptr;
    QCheckBox* m_decidingFactor = nullptr;
    QCheckBox* m_feedback = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace debrief

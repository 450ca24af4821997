#pragma once

#include "domain/Enums.h"

#include <QDialog>

class QComboBox;

namespace debrief {

/// Draft › Mark as Sent…: asks how the rejection went out (e-mail, phone…)
/// before DraftWorkflow records it; the editor has already asked about a
/// held draft.
class MarkSentDialog : public QDialog {
    Q_OBJECT

public:
    /// `candidateName` only labels the question.
    MarkSentDialog(const QString& candidateName, QWidget* parent = nullptr);

    CommunicationChannel channel() const;

private:
    QComboBox* m_channel = nullptr;
};

} // namespace debrief

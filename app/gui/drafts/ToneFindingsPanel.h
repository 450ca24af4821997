#pragma once

#include "tone/ToneFinding.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace debrief {

/// The tone check's findings beside a draft: a heading with the count, then
/// one entry per finding (category, the flagged words, why, what to write
/// instead). Enter or a click on an entry asks the editor to select the span.
class ToneFindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ToneFindingsPanel(QWidget* parent = nullptr);

    /// Shows `findings` of `text` (positions are into `text`).
    void setFindings(const QString& text, const QList<ToneFinding>& findings);
    int count() const;
    QListWidget* list() const { return m_list; }

signals:
    /// Select [start, start + length) in the editor; `focusEditor` when the
    /// user pressed Enter and wants to rewrite the words.
    void spanRequested(qsizetype start, qsizetype length, bool focusEditor);

private:
    void emitSpan(QListWidgetItem* item, bool focusEditor);

    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace debrief

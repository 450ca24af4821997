#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>

class QTimer;
class QWidget;

namespace debrief {

/// When the scorecard editor saves its draft: shortly after the last change,
/// and, when the database refuses (another program holding its write lock
/// longer than SQLite waits, a full disk), again and again with growing
/// pauses while the changes stay pending in the editor, never dropped.
class DraftAutosave : public QObject {
    Q_OBJECT

public:
    /// `save` stores the editor's current draft.
    explicit DraftAutosave(std::function<Status()> save, QObject* parent = nullptr);

    /// Something changed: save shortly, unless more changes follow.
    void changed();
    /// Saves pending changes now; true when nothing is left pending.
    bool saveNow();
    /// Forgets pending changes (a discarded or submitted card).
    void discard();
    bool isPending() const { return m_pending; }
    /// Asks (window-modal, not blocking) whether to keep `parent` open or
    /// drop the pending changes, saying why they are unsaved (`detail`);
    /// dropping them discards them and calls `close`.
    void askBeforeDropping(QWidget* parent, const QString& detail, std::function<void()> close);

signals:
    void saved();
    /// The save was refused with `message`; it is tried again in
    /// `retryInSeconds`.
    void failed(const QString& message, int retryInSeconds);

private:
    std::function<Status()> m_save;
    QTimer* m_timer = nullptr;
    bool m_pending = false;
    int m_failures = 0;
};

} // namespace debrief

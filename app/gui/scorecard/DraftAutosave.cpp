#include "DraftAutosave.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace debrief {
namespace {

constexpr int kAfterChangeMs = 500;
/// After a refusal: 2, 4, 8, then every 15 seconds. Each try may wait for
/// the lock itself (SQLite's busy timeout), so tries must not follow closely.
constexpr int kFirstRetryMs = 2000;
constexpr int kLongestRetryMs = 15000;

} // namespace

DraftAutosave::DraftAutosave(std::function<Status()> save, QObject* parent)
    : QObject(parent)
    , m_save(std::move(save))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
}

void DraftAutosave::changed() {
    m_pending = true;
    // While a refused save waits for its retry, a change does not hurry it.
    if (m_failures == 0 || !m_timer->isActive())
        m_timer->start(kAfterChangeMs);
}

bool DraftAutosave::saveNow() {
    m_timer->stop();
    if (!m_pending)
        return true;
    const Status stored = m_save();
    if (!stored) {
        const int retryMs = std::min(kFirstRetryMs << std::min(m_failures, 3), kLongestRetryMs);
        ++m_failures;
        m_timer->start(retryMs);
        emit failed(stored.error().message, retryMs / 1000);
        return false;
    }
    m_pending = false;
    m_failures = 0;
    emit saved();
    return true;
}

void DraftAutosave::askBeforeDropping(QWidget* parent, const QString& detail,
                                      std::function<void()> close) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Close Scorecard"),
                                tr("Your latest changes to this scorecard are not saved yet. "
                                   "Keep it open so that Debrief can save them when the "
                                   "database is free again?"),
                                QMessageBox::NoButton, parent);
    box->setDetailedText(detail);
    box->setObjectName(QStringLiteral("unsavedDraftQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    QPushButton* drop = box->addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, drop, close = std::move(close)](QAbstractButton* clicked) {
                if (clicked != drop)
                    return;
                discard();
                close();
            });
    box->open();
}

void DraftAutosave::discard() {
    m_timer->stop();
    m_pending = false;
    m_failures = 0;
}

} // namespace debrief

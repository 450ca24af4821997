#pragma once

#include <QDialog>

#include <atomic>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QThread;

namespace debrief {

class DatabaseSession;

/// File › Move to Server…: copies the open database file into an empty
/// database on a panel server (DatabaseTransfer::push, which holds every
/// rule), showing its progress, and then offers to open the server. The
/// copy runs on a thread of its own so the window stays responsive and
/// can cancel it; the file itself is never changed.
class MoveToServerDialog : public QDialog {
    Q_OBJECT

public:
    /// Opens the server database at the URI it is given.
    using OpenServer = std::function<void(const QString& uri)>;

    /// Adds "Move to Server…" to `fileMenu`, enabled while a file is open.
    static void addTo(QMenu* fileMenu, DatabaseSession& session, OpenServer openServer);

    MoveToServerDialog(QString file, OpenServer openServer, QWidget* parent = nullptr);
    ~MoveToServerDialog() override;

    void reject() override;

private:
    void start();
    void showProgress(qint64 done, qint64 total);
    void finish(bool ok, const QString& message, const QString& uri);
    void setRunning(bool running);

    QString m_file;
    OpenServer m_openServer;
    QLineEdit* m_address = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_move = nullptr;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancel = false;
};

} // namespace debrief

#include "MoveToServerDialog.h"

#include "DatabaseSession.h"

#include "interchange/DatabaseTransfer.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace debrief {

void MoveToServerDialog::addTo(QMenu* fileMenu, DatabaseSession& session, OpenServer openServer) {
    QAction* move = fileMenu->addAction(tr("&Move to Server…"));
    move->setObjectName(QStringLiteral("moveToServerAction"));
    move->setToolTip(tr("Copy this database file to an empty database on a panel server"));
    QObject::connect(move, &QAction::triggered, fileMenu, [fileMenu, &session, openServer] {
        if (!session.isOpen() || session.database().dialect() != SqlDialect::Sqlite)
            return;
        auto* dialog =
            new MoveToServerDialog(session.filePath(), openServer, fileMenu->parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(fileMenu, &QMenu::aboutToShow, move, [move, &session] {
        move->setEnabled(session.isOpen() && session.database().dialect() == SqlDialect::Sqlite);
    });
}

MoveToServerDialog::MoveToServerDialog(QString file, OpenServer openServer, QWidget* parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_openServer(std::move(openServer)) {
    setObjectName(QStringLiteral("moveToServerDialog"));
    setWindowTitle(tr("Move to Server"));

    auto* intro = new QLabel(
        tr("Copies everything in %1 (openings, candidates, scorecards, decisions, drafts, "
           "templates and the audit log, with their ids) into an empty database on a panel "
           "server. The file itself stays as it is.")
            .arg(QDir::toNativeSeparators(m_file)),
        this);
    intro->setTextFormat(Qt::PlainText); // a file name is data
    intro->setWordWrap(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("serverAddressEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/debrief"));
    auto* addressLabel = new QLabel(tr("Server &address:"), this);
    addressLabel->setBuddy(m_address);
    auto* form = new QFormLayout;
    form->addRow(addressLabel, m_address);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("moveProgress"));
    m_progress->setAccessibleName(tr("Copy progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("moveStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_move->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveToServerDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveToServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

MoveToServerDialog::~MoveToServerDialog() {
    if (m_worker) {
        // Cancelled, the transfer rolls back at its next row.
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void MoveToServerDialog::reject() {
    if (m_worker) {
        m_cancel = true;
        m_status->setText(tr("Cancelling; nothing will be kept on the server…"));
        return;
    }
    QDialog::reject();
}

void MoveToServerDialog::start() {
    const QString uri = m_address->text().trimmed();
    if (uri.isEmpty()) {
        m_status->setText(tr("Enter the address of the server database."));
        m_address->setFocus();
        return;
    }
    m_cancel = false;
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the first report: connecting
    m_status->setText(tr("Connecting to %1…").arg(ServerAddress::withoutPassword(uri)));
    // The transfer opens its own connections on this thread; Qt SQL
    // connections belong to the thread that made them.
    m_worker = QThread::create([this, uri, file = m_file] {
        auto moved = DatabaseTransfer::push(file, uri, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        const bool ok = moved.ok();
        const QString message =
            ok ? tr("Copied %n opening(s) (%1 rows) to %2.", "", int(moved->openings))
                     .arg(QLocale().toString(moved->rows), ServerAddress::withoutPassword(uri))
               : moved.errorMessage();
        QMetaObject::invokeMethod(
            this, [this, ok, message, uri] { finish(ok, message, uri); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void MoveToServerDialog::showProgress(qint64 done, qint64 total) {
    if (!m_worker)
        return;
    // QProgressBar counts in int: report per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (!m_cancel)
        m_status->setText(tr("Copying…"));
}

void MoveToServerDialog::finish(bool ok, const QString& message, const QString& uri) {
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    setRunning(false);
    m_status->setText(message);
    if (!ok)
        return;
    m_progress->setValue(m_progress->maximum());
    m_move->setVisible(false);
    m_address->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    QPushButton* open = m_buttons->addButton(tr("&Open Server"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openServerButton"));
    open->setDefault(true);
    open->setFocus();
    connect(open, &QPushButton::clicked, this, [this, uri] {
        accept();
        if (m_openServer)
            m_openServer(uri);
    });
}

void MoveToServerDialog::setRunning(bool running) {
    m_address->setEnabled(!running);
    m_move->setEnabled(!running);
    m_progress->setVisible(true);
    if (!running)
        m_progress->setRange(0, 1000);
}

} // namespace debrief

#include "PersonActions.h"

#include "CandidateDetailPane.h"
#include "DatabaseSession.h"
#include "EditingUser.h"
#include "MainWindow.h"

#include "files/OutputPaths.h"
#include "interchange/PrivateFile.h"
#include "pipeline/CandidateRecords.h"
#include "privacy/FileScrub.h"
#include "privacy/PersonEraser.h"
#include "privacy/PersonExport.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace debrief {

PersonActions::PersonActions(MainWindow* window, DatabaseSession& session, Settings& settings,
                             CandidateDetailPane* detail)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_detail(detail) {
}

RowId PersonActions::shownCandidate() {
    if (!m_session.isOpen() || m_detail->applicationId() == kNoRow)
        return kNoRow;
    auto application =
        CandidateRecords(m_session.database()).application(m_detail->applicationId());
    if (!application) {
        emit errorOccurred(application.errorMessage());
        return kNoRow;
    }
    return application->candidateId;
}

void PersonActions::exportShown() {
    const RowId candidateId = shownCandidate();
    if (candidateId == kNoRow)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto* dialog = new QFileDialog(m_window, tr("Export Everything About This Person"), folder,
                                   tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("personExportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    // The id, not the name: the file name shows in folder listings.
    dialog->selectFile(QStringLiteral("candidate-%1.json").arg(candidateId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_detail->candidateName();
    connect(
        dialog, &QFileDialog::fileSelected, this, [this, candidateId, name](const QString& path) {
            if (Status apart = OutputPaths::check(path, m_session.filePath()); !apart) {
                emit errorOccurred(apart.errorMessage());
                return;
            }
            auto json =
                PersonExport(m_session.database()).exportJson(candidateId, m_session.clock().now());
            if (!json) {
                emit errorOccurred(json.errorMessage());
                return;
            }
            if (Status written = PrivateFile::write(path, *json); !written) {
                emit errorOccurred(written.errorMessage());
                return;
            }
            m_window->statusBar()->showMessage(
                tr("Saved everything about %1 to %2 (readable by you only).")
                    .arg(name, QDir::toNativeSeparators(path)),
                15000);
        });
    dialog->open();
}

void PersonActions::eraseShown() {
    const RowId candidateId = shownCandidate();
    if (candidateId == kNoRow)
        return;
    auto plan = PersonEraser(m_session.database()).plan(candidateId);
    if (!plan) {
        emit errorOccurred(plan.errorMessage());
        return;
    }
    if (!plan->allowed()) {
        auto* refusal = new QMessageBox(QMessageBox::Information, tr("Erase This Person"),
                                        plan->refusal, QMessageBox::Ok, m_window);
        refusal->setObjectName(QStringLiteral("eraseRefusal"));
        refusal->setTextFormat(Qt::PlainText);
        refusal->setAttribute(Qt::WA_DeleteOnClose);
        refusal->open();
        return;
    }
    // One plain-text label: names and opening titles are data, never markup
    // (QMessageBox's informative text would read them as rich text).
    const QString text =
        tr("Erase %1 and everything Debrief holds about them?").arg(plan->person.fullName) +
        QStringLiteral("\n\n") +
        tr("This deletes them and %1 (%2), takes their name out of decision rationales, and "
           "cannot be undone. The audit log keeps only that a person was erased, with these "
           "counts.")
            .arg(plan->person.counts().toDisplayText(), plan->openings.join(QStringLiteral(", ")));
    auto* question = new QMessageBox(QMessageBox::Warning, tr("Erase This Person"), text,
                                     QMessageBox::NoButton, m_window);
    question->setObjectName(QStringLiteral("eraseQuestion"));
    question->setTextFormat(Qt::PlainText);
    QPushButton* erase = question->addButton(tr("&Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("confirmEraseButton"));
    QPushButton* keep = question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(keep);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, erase, candidateId](QAbstractButton* clicked) {
                if (clicked == erase)
                    this->erase(candidateId);
            });
    question->open();
}

void PersonActions::erase(RowId candidateId) {
    auto erased =
        PersonEraser(m_session.database())
            .erase(candidateId, EditingUser::name(m_session, m_settings), m_session.clock().now());
    if (!erased) {
        emit errorOccurred(erased.errorMessage());
        return;
    }
    m_window->undoStack()->clear();
    m_window->showOpening(m_window->currentOpeningId());
    QString note =
        tr("Erased candidate #%1 and %2.").arg(candidateId).arg(erased->deleted.toDisplayText());
    if (!erased->fileScrubbed)
        note += QLatin1Char(' ') + FileScrub::incompleteNote(m_session.filePath());
    m_window->statusBar()->showMessage(note, 30000);
}

} // namespace debrief

#include "ReadyDraftsExport.h"

#include "DraftOutput.h"

#include "drafting/DraftComposer.h"
#include "drafting/DraftEmail.h"
#include "drafting/DraftWorkflow.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>

namespace debrief {

ReadyDraftsExport::Outcome ReadyDraftsExport::run(const QList<DraftCandidate>& candidates,
                                                  const QString& folder, QWidget* progressParent) {
    QList<DraftCandidate> ready;
    for (const DraftCandidate& c : candidates) {
        if (c.group == DraftGroup::Ready)
            ready.append(c);
    }
    Outcome outcome;
    std::unique_ptr<QProgressDialog> progress;
    if (progressParent) {
        progress = std::make_unique<QProgressDialog>(tr("Writing rejection e-mails…"), tr("Cancel"),
                                                     0, int(ready.size()), progressParent);
        progress->setObjectName(QStringLiteral("emlProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(500);
    }
    for (int i = 0; i < ready.size(); ++i) {
        if (progress) {
            progress->setValue(i);
            if (progress->wasCanceled()) {
                outcome.cancelled = true;
                break;
            }
        }
        auto written = writeOne(ready.at(i), folder);
        if (written)
            outcome.written.append(*written);
        else
            outcome.problems.append(tr("Application %1: %2")
                                        .arg(ready.at(i).application.id)
                                        .arg(written.errorMessage()));
    }
    if (progress)
        progress->setValue(int(ready.size()));
    return outcome;
}

Result<QString> ReadyDraftsExport::writeOne(const DraftCandidate& candidate,
                                            const QString& folder) {
    // The stored draft's language wins: the sender may have chosen it.
    const QString language =
        candidate.draft && !candidate.draft->isSent() ? candidate.draft->language : m_language;
    auto context =
        DraftComposer(m_db).context(candidate.application.id, language, m_today, m_composer);
    if (!context)
        return context.error();
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RejectionDraft draft;
    if (candidate.draft && !candidate.draft->isSent()) {
        draft = *candidate.draft;
    } else {
        auto composed = DraftComposer(m_db).compose(*context);
        if (!composed)
            return composed.error();
        auto saved = DraftWorkflow(m_db).save(*composed, m_actor, now);
        if (!saved)
            return saved.error();
        draft = *saved;
    }
    const QString path = QDir(folder).filePath(
        DraftOutput::fileName(candidate.application.id, candidate.candidate.fullName));
    if (Status written = DraftOutput::saveEml(
            m_db, draft, DraftEmail::message(*context, draft, now), path, m_actor, now);
        !written)
        return written.error();
    if (Status committed = tx.commit(); !committed) {
        QFile::remove(path);
        return committed.error();
    }
    return path;
}

} // namespace debrief

#include "DraftBatchExport.h"

#include "DraftComposer.h"
#include "DraftEmail.h"
#include "DraftToneCheck.h"
#include "DraftWorkflow.h"
#include "correspondence/CommunicationLog.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {

Status DraftBatchExport::makeFolder(const QString& path) {
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path))
        return Error{tr("Cannot create the folder %1.").arg(path)};
    // Owner-only: the file names carry candidates' names.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

QList<DraftCandidate> DraftBatchExport::selection(const QList<DraftCandidate>& queue) const {
    QList<DraftCandidate> chosen;
    for (const DraftCandidate& c : queue) {
        if (c.group == DraftGroup::Ready || (c.group == DraftGroup::Held && m_options.includeHeld))
            chosen.append(c);
    }
    return chosen;
}

DraftBatchOutcome DraftBatchExport::run(RowId openingId, const QString& folder,
                                        const Progress& progress) {
    DraftBatchOutcome outcome;
    auto queue = RejectionQueue::load(m_db, openingId);
    if (!queue) {
        outcome.problems.append(queue.errorMessage());
        return outcome;
    }
    if (Status made = makeFolder(folder); !made) {
        outcome.problems.append(made.errorMessage());
        return outcome;
    }
    for (const DraftCandidate& c : std::as_const(*queue)) {
        outcome.heldSkipped += c.group == DraftGroup::Held && !m_options.includeHeld ? 1 : 0;
        outcome.alreadySent += c.group == DraftGroup::Sent ? 1 : 0;
    }
    const QList<DraftCandidate> batch = selection(*queue);
    const int total = int(batch.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            outcome.cancelled = true;
            break;
        }
        const DraftCandidate& c = batch.at(i);
        QString findings;
        auto written = writeOne(c, folder, &findings);
        if (!written) {
            outcome.problems.append(
                tr("Application %1: %2").arg(c.application.id).arg(written.errorMessage()));
        } else if (!findings.isEmpty()) {
            outcome.withFindings.append(findings);
        } else {
            outcome.written.append(*written);
            outcome.writtenApplications.append(c.application.id);
            if (c.group == DraftGroup::Held)
                outcome.writtenHeld.append(c.application.id);
        }
    }
    if (progress && !outcome.cancelled)
        progress(total, total);
    return outcome;
}

Result<QString> DraftBatchExport::writeOne(const DraftCandidate& candidate, const QString& folder,
                                           QString* findings) {
    const bool stored = candidate.draft && !candidate.draft->isSent();
    const QString language = stored ? candidate.draft->language : m_options.language;
    DraftComposer composer(m_db);
    auto context =
        composer.context(candidate.application.id, language, m_now.date(), m_options.composer);
    if (!context)
        return context.error();
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    RejectionDraft draft;
    if (stored) {
        draft = *candidate.draft;
    } else {
        auto composed = composer.compose(*context);
        if (!composed)
            return composed.error();
        auto saved = DraftWorkflow(m_db).save(*composed, m_actor, m_now);
        if (!saved)
            return saved.error();
        draft = *saved;
    }
    auto found = DraftToneCheck::check(*context, draft.body);
    if (!found)
        return found.error();
    const QStringList open = DraftToneCheck::categoryNames(*found);
    if (!open.isEmpty() && !m_options.allowFindings) {
        // Left out, and a draft composed for it is not kept either.
        *findings = tr("Application %1: %2")
                        .arg(candidate.application.id)
                        .arg(CommunicationLog::findingsList(open));
        return QString();
    }
    const QString path = QDir(folder).filePath(
        DraftEmail::fileName(candidate.application.id, candidate.candidate.fullName));
    if (Status saved = DraftWorkflow(m_db).saveEml(
            draft, DraftEmail::message(*context, draft, m_now), path, m_actor, m_now, open);
        !saved)
        return saved.error();
    if (Status committed = tx.commit(); !committed) {
        QFile::remove(path);
        return committed.error();
    }
    return path;
}

} // namespace debrief

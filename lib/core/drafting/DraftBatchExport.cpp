#include "DraftBatchExport.h"

#include "DraftComposer.h"
#include "DraftContextLoader.h"
#include "DraftEmail.h"
#include "DraftLanguage.h"
#include "DraftToneCheck.h"
#include "DraftWorkflow.h"
#include "correspondence/CommunicationLog.h"
#include "files/OutputPaths.h"
#include "files/OwnerOnly.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace debrief {

Result<bool> DraftBatchExport::prepareFolder(const QString& path) {
    if (Status allowed = OutputPaths::check(path); !allowed)
        return allowed.error();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (Status made = OwnerOnly::makeFolders(path); !made)
            return made.error();
        return false;
    }
    if (!info.isDir())
        return Error{tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path))};
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                           QDir::Hidden | QDir::System);
    const bool onlyDrafts = std::all_of(entries.cbegin(), entries.cend(), [](const QFileInfo& e) {
        return e.isFile() && e.suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0;
    });
    if (onlyDrafts)
        OwnerOnly::tighten(path);
    return OwnerOnly::isShared(path);
}

QString DraftBatchExport::sharedFolderNote(const QString& folder) {
    return tr("Note: others can list the folder %1 and read the candidates' names in the file "
              "names; the files themselves are readable by you only. A folder of their own "
              "keeps the names private too.")
        .arg(QDir::toNativeSeparators(folder));
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
    auto shared = prepareFolder(folder);
    if (!shared) {
        outcome.problems.append(shared.errorMessage());
        return outcome;
    }
    outcome.folderShared = *shared;
    for (const DraftCandidate& c : std::as_const(*queue)) {
        outcome.heldSkipped += c.group == DraftGroup::Held && !m_options.includeHeld ? 1 : 0;
        outcome.alreadySent += c.group == DraftGroup::Sent ? 1 : 0;
    }
    const QList<DraftCandidate> batch = selection(*queue);
    const int total = int(batch.size());
    DraftContextLoader contexts(m_db, m_options.composer);
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            outcome.cancelled = true;
            break;
        }
        const DraftCandidate& c = batch.at(i);
        QString findings;
        bool stop = false;
        auto written = writeOne(c, folder, contexts, &findings, &stop);
        if (!written) {
            outcome.problems.append(
                tr("Application %1: %2").arg(c.application.id).arg(written.errorMessage()));
            if (stop) {
                outcome.problems.append(
                    tr("Stopped: %n more draft(s) not written.", "", total - i - 1));
                break;
            }
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
                                           DraftContextLoader& contexts, QString* findings,
                                           bool* stop) {
    const bool stored = candidate.draft && !candidate.draft->isSent();
    auto language = DraftLanguage::load(stored ? candidate.draft->language : m_options.language);
    if (!language)
        return language.error();
    auto context = contexts.load(candidate.application.id, *language, m_now.date());
    if (!context)
        return context.error();
    DraftComposer composer(m_db);
    TransactionGuard tx(m_db);
    if (!tx.begun()) {
        *stop = true;
        return tx.begun().error();
    }
    RejectionDraft draft;
    if (stored) {
        draft = *candidate.draft;
    } else {
        auto composed = composer.compose(*context);
        if (!composed)
            return composed.error();
        if (auto saved = DraftWorkflow(m_db).save(*composed, m_actor, m_now); !saved)
            return saved.error();
        draft = *composed;
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

#pragma once

#include "DraftCandidates.h"

#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace debrief {

class Database;

/// "Save All Ready as .eml…": one owner-only .eml file per ready rejection
/// in a folder, each stored as a draft first (so later edits start from what
/// was written) and logged, with a cancellable progress dialog for many.
class ReadyDraftsExport {
    Q_DECLARE_TR_FUNCTIONS(ReadyDraftsExport)

public:
    struct Outcome {
        QStringList written;
        /// One line per candidate that failed, naming the application.
        QStringList problems;
        bool cancelled = false;
    };

    /// `composer` is whose view of the scorecards the strengths come from.
    ReadyDraftsExport(Database& db, QString actor, QString language, QDate today,
                      ScoreViewer composer)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_language(std::move(language))
        , m_today(today)
        , m_composer(std::move(composer)) {}

    /// Writes the ready ones of `candidates` into `folder`; `progressParent`
    /// owns the progress dialog (none when null).
    Outcome run(const QList<DraftCandidate>& candidates, const QString& folder,
                QWidget* progressParent);

private:
    Result<QString> writeOne(const DraftCandidate& candidate, const QString& folder);

    Database& m_db;
    QString m_actor;
    QString m_language;
    QDate m_today;
    ScoreViewer m_composer;
};

} // namespace debrief

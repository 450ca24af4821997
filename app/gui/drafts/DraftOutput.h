#pragma once

#include "Result.h"
#include "correspondence/CommunicationLog.h"
#include "correspondence/EmailMessage.h"
#include "domain/RejectionDraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QMimeData;

namespace debrief {

class Database;

/// How a rejection draft leaves Debrief (clipboard, mail client, .eml file),
/// each output logged in the application's communication log in the same
/// transaction as the draft it came from is stored.
class DraftOutput {
    Q_DECLARE_TR_FUNCTIONS(DraftOutput)

public:
    /// The body as text/plain and text/html in one object, for the clipboard.
    static QMimeData* mimeData(const RejectionDraft& draft);
    /// The drafts' language when nothing else decides it: the interface
    /// language if there are templates in it, else English.
    static QString defaultLanguage(const QString& uiLanguage);
    /// "12-lukasz-nowak.eml": the application id and an ASCII form of the name.
    static QString fileName(RowId applicationId, const QString& fullName);

    /// Logs an output of `draft` (stored already) as `actor`, with the tone
    /// findings sent anyway.
    static Status log(Database& db, const RejectionDraft& draft, OutputKind kind,
                      const QString& actor, const QDateTime& now,
                      const QStringList& openFindings = {});
    /// Writes `message` owner-only to `path` and logs it; when the log
    /// cannot be written the file is removed again.
    static Status saveEml(Database& db, const RejectionDraft& draft, const EmailMessage& message,
                          const QString& path, const QString& actor, const QDateTime& now,
                          const QStringList& openFindings = {});
};

} // namespace debrief

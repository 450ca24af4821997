#pragma once

#include "DraftContext.h"
#include "Result.h"
#include "TemplateValues.h"
#include "debrief_core_export.h"
#include "domain/RejectionDraft.h"
#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

class Database;
class DraftLanguage;

/// Writes the first version of a rejection: loads what the panel recorded
/// about the application (DraftContextLoader), turns it into template
/// values, and renders the newest version of the template for the stage the
/// candidate reached, in the candidate's language. The draft is not stored;
/// DraftWorkflow::save() does that once the sender is happy with it.
class DEBRIEF_CORE_EXPORT DraftComposer {
    Q_DECLARE_TR_FUNCTIONS(DraftComposer)

public:
    explicit DraftComposer(Database& db)
        : m_db(db) {}

    /// The context alone, for an editor that shows the strength suggestions
    /// and their evidence beside the draft. The strengths come from the
    /// scorecards `composer` may see (blind scoring): whoever writes the draft.
    Result<DraftContext> context(RowId applicationId, const QString& language, const QDate& today,
                                 const ScoreViewer& composer);
    Result<RejectionDraft> compose(RowId applicationId, const QString& language, const QDate& today,
                                   const ScoreViewer& composer, const DraftOptions& options = {});
    /// Renders from a context already loaded (after the sender edited the
    /// strength sentences, for instance).
    Result<RejectionDraft> compose(const DraftContext& context, const DraftOptions& options = {});

    /// Exactly what the template may read for this context and options.
    static TemplateValues values(const DraftContext& context, const DraftLanguage& language,
                                 const DraftOptions& options = {});

private:
    Database& m_db;
};

} // namespace debrief

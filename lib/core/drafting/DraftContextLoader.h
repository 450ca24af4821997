#pragma once

#include "DraftContext.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace debrief {

class Database;
class DraftLanguage;

/// Reads what a rejection for one application may say: the candidate, the
/// opening, who signs, the decision's shareable deciding factor, the
/// strengths from the submitted scorecards the composer may see (blind
/// scoring), the dates. What every draft of an opening shares (the opening,
/// its decision, the panelists, the rubric versions, who reached the final)
/// is read once per loader and opening, so one loader used for a whole batch
/// reads the opening once, however many drafts it writes; the rest is read
/// per application.
class DEBRIEF_CORE_EXPORT DraftContextLoader {
    Q_DECLARE_TR_FUNCTIONS(DraftContextLoader)

public:
    DraftContextLoader(Database& db, ScoreViewer composer);
    ~DraftContextLoader();
    DraftContextLoader(const DraftContextLoader&) = delete;
    DraftContextLoader& operator=(const DraftContextLoader&) = delete;

    /// The context of one application's draft; the opening's part as read
    /// by the first load() for that opening.
    Result<DraftContext> load(RowId applicationId, const DraftLanguage& language,
                              const QDate& today);

private:
    struct OpeningFacts;

    Result<const OpeningFacts*> openingFacts(RowId openingId);
    static void setSender(DraftContext& context, const OpeningFacts& facts);
    static void setDecision(DraftContext& context, const OpeningFacts& facts);
    Status loadStrengths(DraftContext& context, const OpeningFacts& facts,
                         const DraftLanguage& language);
    Status loadLastInterview(DraftContext& context);
    static void setOtherFinalists(DraftContext& context, const OpeningFacts& facts);

    Database& m_db;
    ScoreViewer m_composer;
    std::unique_ptr<OpeningFacts> m_facts;
};

} // namespace debrief

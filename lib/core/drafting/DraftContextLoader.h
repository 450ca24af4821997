#pragma once

#include "DraftContext.h"
#include "Result.h"
#include "debrief_core_export.h"
#include "scoring/ScoreViewer.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

class Database;
class DraftLanguage;

/// Reads what a rejection for one application may say: the candidate, the
/// opening, who signs, the decision's shareable deciding factor, the
/// strengths from the submitted scorecards the composer may see (blind
/// scoring), the dates.
class DEBRIEF_CORE_EXPORT DraftContextLoader {
    Q_DECLARE_TR_FUNCTIONS(DraftContextLoader)

public:
    DraftContextLoader(Database& db, ScoreViewer composer)
        : m_db(db)
        , m_composer(std::move(composer)) {}

    Result<DraftContext> load(RowId applicationId, const DraftLanguage& language,
                              const QDate& today);

private:
    Status loadSender(DraftContext& context);
    Status loadDecision(DraftContext& context);
    Status loadStrengths(DraftContext& context, const DraftLanguage& language);
    Status loadLastInterview(DraftContext& context);
    Status loadOtherFinalists(DraftContext& context);

    Database& m_db;
    ScoreViewer m_composer;
};

} // namespace debrief

#pragma once

#include "DraftContext.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

class Database;
class DraftLanguage;

/// Reads what a rejection for one application may say: the candidate, the
/// opening, who signs, the decision's shareable deciding factor, the
/// strengths from submitted scorecards, the dates.
class DEBRIEF_CORE_EXPORT DraftContextLoader {
    Q_DECLARE_TR_FUNCTIONS(DraftContextLoader)

public:
    explicit DraftContextLoader(Database& db)
        : m_db(db) {}

    Result<DraftContext> load(RowId applicationId, const DraftLanguage& language,
                              const QDate& today);

private:
    Status loadSender(DraftContext& context);
    Status loadDecision(DraftContext& context);
    Status loadStrengths(DraftContext& context, const DraftLanguage& language);
    Status loadLastInterview(DraftContext& context);
    Status loadOtherFinalists(DraftContext& context);

    Database& m_db;
};

} // namespace debrief

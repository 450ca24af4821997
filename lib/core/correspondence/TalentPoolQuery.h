#pragma once

#include "Result.h"
#include "debrief_core_export.h"
#include "domain/Enums.h"
#include "domain/RowId.h"
#include "scoring/ScoreViewer.h"
#include "scoring/WithheldScorecards.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace debrief {

class Database;

/// A criterion a talent-pool candidate was rated well on in the submitted
/// scorecards the viewer may see: mean above the middle of the scale.
struct TalentStrength {
    QString criterionName;
    /// Mean of the submitted scores, on the criterion's scale (1…scaleSize).
    double meanScore = 0.0;
    int scaleSize = 0;
    /// The mean placed on 0…1 (0 the lowest level, 1 the highest), so
    /// criteria on different scales compare.
    double normalisedMean = 0.0;
    int ratingCount = 0;
    /// The panel's evidence notes from the ratings above the middle of the
    /// scale, highest score first, without repeats.
    QStringList evidence;

    friend bool operator==(const TalentStrength&, const TalentStrength&) = default;
};

/// One application the panel flagged for the talent pool, with what the
/// panel found strong and when the candidate last heard from anyone.
struct TalentPoolEntry {
    RowId applicationId = kNoRow;
    QUuid applicationUuid;
    RowId candidateId = kNoRow;
    QString candidateName;
    QString email;
    /// The opening they came from.
    RowId openingId = kNoRow;
    QString openingTitle;
    QString openingTeam;
    PipelineStage stage = PipelineStage::Applied;
    PipelineStage furthestStage = PipelineStage::Applied;
    /// Strongest first, from the scorecards the viewer may see.
    QList<TalentStrength> strengths;
    /// The scorecards blind scoring kept out of the strengths, and why.
    WithheldScorecards withheld;
    /// The latest message or call to the candidate about any of their
    /// applications; invalid when the log has none.
    QDateTime lastContacted;
};

/// The talent pool: every application flagged talentPool, across openings,
/// by candidate name, with the strengths and evidence of the scorecards the
/// viewer may see (BlindScoringPolicy). Two queries for the applications
/// and every submitted rating of them, then each application's cards
/// through ApplicationScorecards, which decides which ratings count.
class DEBRIEF_CORE_EXPORT TalentPoolQuery {
    Q_DECLARE_TR_FUNCTIONS(TalentPoolQuery)

public:
    TalentPoolQuery(Database& db, ScoreViewer viewer)
        : m_db(db)
        , m_viewer(std::move(viewer)) {}

    Result<QList<TalentPoolEntry>> list();

private:
    Database& m_db;
    ScoreViewer m_viewer;
};

} // namespace debrief

#pragma once

#include "Result.h"
#include "TalentPoolQuery.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// What a new opening looks for, as far as matching the talent pool goes.
struct OpeningProfile {
    /// The opening itself, whose own applications are never suggested;
    /// kNoRow for an opening not stored yet.
    RowId openingId = kNoRow;
    QString title;
    QString team;
    QStringList criteriaNames;
};

/// One talent-pool candidate suggested for a new opening, and why.
struct TalentPoolMatch {
    TalentPoolEntry entry;
    /// Higher is a better match; only for ordering.
    double score = 0.0;
    /// One translated sentence per reason, strongest first.
    QStringList reasons;
    /// The opening's criteria the candidate is strong on.
    QStringList matchedCriteria;
    /// Words the two opening titles share.
    QStringList sharedTitleWords;
    bool sameTeam = false;
};

/// Suggests talent-pool candidates for a new opening: the candidate is
/// strong on criteria the opening assesses (same name, or one name's words
/// within the other's), or came from an opening with a similar title; the
/// same team adds to either. Each candidate appears once, best match first.
/// Strengths are those of the scorecards the viewer may see (TalentPoolQuery).
class DEBRIEF_CORE_EXPORT TalentPoolMatcher {
    Q_DECLARE_TR_FUNCTIONS(TalentPoolMatcher)

public:
    TalentPoolMatcher(Database& db, ScoreViewer viewer)
        : m_db(db)
        , m_viewer(std::move(viewer)) {}

    /// The stored opening's profile (its current rubric's criteria) ranked
    /// against the pool, leaving out candidates already in that opening.
    Result<QList<TalentPoolMatch>> suggestFor(RowId openingId);

    /// Ranks `pool` for `opening`; hired candidates and entries without any
    /// criterion or title overlap are left out. `excludedCandidates` are
    /// left out as well (e.g. already applied).
    static QList<TalentPoolMatch> rank(const OpeningProfile& opening,
                                       const QList<TalentPoolEntry>& pool,
                                       const QSet<RowId>& excludedCandidates = {});
    /// The words of a title or criterion name that say what the job is:
    /// case-folded, three letters or more, without seniority words
    /// ("senior", "lead", …) and small words in English, German and French.
    static QStringList significantWords(const QString& text);

private:
    Database& m_db;
    ScoreViewer m_viewer;
};

} // namespace debrief

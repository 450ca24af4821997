#include "ScorecardPackageExporter.h"

#include "DebriefVersion.h"
#include "OpeningFormat.h"
#include "ScorecardPackageFormat.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QFileDevice>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace debrief {
namespace {

using openingformat::timestampValue;
using openingformat::uuidText;
using openingformat::uuidValue;

/// Turns row ids into the uuids the file refers to, loading each interview
/// and rubric once.
class UuidLookup {
public:
    explicit UuidLookup(Database& db)
        : m_db(db) {}

    Result<QUuid> interview(RowId id) {
        if (auto found = m_interviews.constFind(id); found != m_interviews.constEnd())
            return found.value();
        auto interview = InterviewRepository(m_db).get(id);
        if (!interview)
            return interview.error();
        m_interviews.insert(id, interview->uuid);
        return interview->uuid;
    }

    Result<Rubric> rubric(RowId id) {
        if (auto found = m_rubrics.constFind(id); found != m_rubrics.constEnd())
            return found.value();
        auto rubric = RubricRepository(m_db).get(id);
        if (!rubric)
            return rubric.error();
        m_rubrics.insert(id, *rubric);
        return rubric;
    }

private:
    Database& m_db;
    QHash<RowId, QUuid> m_interviews;
    QHash<RowId, Rubric> m_rubrics;
};

Result<QJsonArray> ratingsJson(const Scorecard& card, const Rubric& rubric) {
    QJsonArray ratings;
    for (const CriterionRating& r : card.ratings) {
        const auto criterion =
            std::find_if(rubric.criteria.cbegin(), rubric.criteria.cend(),
                         [&r](const Criterion& c) { return c.id == r.criterionId; });
        if (criterion == rubric.criteria.cend()) {
            return Error{ScorecardPackageExporter::tr(
                             "Scorecard %1 rates criterion #%2, which is not part of its rubric.")
                             .arg(uuidText(card.uuid))
                             .arg(r.criterionId)};
        }
        ratings.append(QJsonObject{
            {QStringLiteral("criterionUuid"), uuidValue(criterion->uuid)},
            {QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue::Null},
            {QStringLiteral("evidence"), r.evidence}});
    }
    return ratings;
}

Result<QJsonObject> scorecardJson(const Scorecard& card, UuidLookup& lookup) {
    auto interview = lookup.interview(card.interviewId);
    if (!interview)
        return interview.error();
    auto rubric = lookup.rubric(card.rubricId);
    if (!rubric)
        return rubric.error();
    auto ratings = ratingsJson(card, *rubric);
    if (!ratings)
        return ratings.error();
    return QJsonObject{
        {QStringLiteral("uuid"), uuidValue(card.uuid)},
        {QStringLiteral("interviewUuid"), uuidValue(*interview)},
        {QStringLiteral("rubricUuid"), uuidValue(rubric->uuid)},
        {QStringLiteral("recommendation"),
         card.recommendation ? QJsonValue(toKey(*card.recommendation)) : QJsonValue::Null},
        {QStringLiteral("keyTakeaways"), card.keyTakeaways},
        {QStringLiteral("submittedAt"), timestampValue(card.submittedAt)},
        {QStringLiteral("updatedAt"), timestampValue(card.updatedAt)},
        {QStringLiteral("ratings"), *ratings}};
}

} // namespace

Result<QJsonDocument> ScorecardPackageExporter::exportDocument(RowId openingId, RowId panelistId) {
    auto opening = OpeningRepository(m_db).get(openingId);
    if (!opening)
        return opening.error();
    auto panelist = PanelistRepository(m_db).get(panelistId);
    if (!panelist)
        return panelist.error();
    auto all = ScorecardRepository(m_db).forOpening(openingId);
    if (!all)
        return all.error();
    QList<Scorecard> cards;
    for (const Scorecard& card : std::as_const(*all)) {
        if (card.panelistId == panelistId && card.isSubmitted())
            cards.append(card);
    }
    std::sort(cards.begin(), cards.end(), [](const Scorecard& a, const Scorecard& b) {
        return uuidText(a.uuid) < uuidText(b.uuid);
    });
    UuidLookup lookup(m_db);
    QJsonArray cardArray;
    for (const Scorecard& card : std::as_const(cards)) {
        auto json = scorecardJson(card, lookup);
        if (!json)
            return json.error();
        cardArray.append(*json);
    }
    QJsonObject root{
        {QStringLiteral("format"), scorecardformat::formatMarker()},
        {QStringLiteral("formatVersion"), scorecardformat::kFormatVersion},
        {QStringLiteral("exportedBy"), QString(QStringLiteral("Debrief ") + applicationVersion())},
        {QStringLiteral("opening"), QJsonObject{{QStringLiteral("uuid"), uuidValue(opening->uuid)},
                                                {QStringLiteral("title"), opening->title}}},
        {QStringLiteral("panelist"),
         QJsonObject{{QStringLiteral("uuid"), uuidValue(panelist->uuid)},
                     {QStringLiteral("name"), panelist->name}}},
        {QStringLiteral("scorecards"), cardArray}};
    return QJsonDocument(root);
}

Result<QByteArray> ScorecardPackageExporter::exportJson(RowId openingId, RowId panelistId) {
    auto document = exportDocument(openingId, panelistId);
    if (!document)
        return document.error();
    return document->toJson(QJsonDocument::Indented);
}

} // namespace debrief

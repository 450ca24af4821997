#include "PersonExport.h"

#include "DebriefVersion.h"
#include "PersonRecords.h"

#include "interchange/OpeningFormat.h"
#include "storage/ApplicationRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RejectionDraftRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace debrief {
namespace {

using openingformat::dateValue;
using openingformat::timestampValue;
using openingformat::uuidValue;

/// Builds the document, reading through the repositories and naming what
/// the records point at (openings, rounds, criteria, panelists) on the way.
class PersonDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(PersonExport)

public:
    explicit PersonDocumentBuilder(Database& db)
        : m_db(db) {}

    Result<QJsonObject> build(RowId candidateId, const QDateTime& exportedAt);

private:
    Result<QJsonObject> application(const Application& a);
    Result<QJsonValue> decisionAbout(const Application& a);
    Result<QJsonArray> interviews(RowId applicationId);
    Result<QJsonArray> scorecards(RowId interviewId);
    Result<QJsonArray> references(RowId applicationId);
    Result<QJsonArray> communications(RowId applicationId);
    Result<QJsonArray> drafts(RowId applicationId);
    Result<QJsonArray> auditLog(const PersonRecords& person);
    Result<QString> panelistName(RowId id);
    Result<Rubric> rubric(RowId id);

    Database& m_db;
    QHash<RowId, QString> m_panelists;
    QHash<RowId, Rubric> m_rubrics;
};

const Criterion* findCriterion(const Rubric& rubric, RowId id) {
    for (const Criterion& c : rubric.criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Result<QJsonObject> PersonDocumentBuilder::build(RowId candidateId, const QDateTime& exportedAt) {
    auto person = PersonRecords::load(m_db, candidateId);
    if (!person)
        return person.error();
    auto held = CandidateRepository(m_db).get(candidateId);
    if (!held)
        return held.error();
    auto stored = ApplicationRepository(m_db).forCandidate(candidateId);
    if (!stored)
        return stored.error();
    QList<Application> sorted = *stored;
    std::sort(sorted.begin(), sorted.end(),
              [](const Application& a, const Application& b) { return a.id < b.id; });
    QJsonArray applications;
    for (const Application& a : std::as_const(sorted)) {
        auto object = application(a);
        if (!object)
            return object.error();
        applications.append(*object);
    }
    auto audit = auditLog(*person);
    if (!audit)
        return audit.error();
    QJsonObject candidate = openingformat::candidateObject(*held);
    candidate.insert(QStringLiteral("anonymisedAt"), timestampValue(person->anonymisedAt));
    return QJsonObject{
        {QStringLiteral("format"), PersonExport::formatMarker()},
        {QStringLiteral("formatVersion"), PersonExport::kFormatVersion},
        {QStringLiteral("exportedBy"), QString(QStringLiteral("Debrief ") + applicationVersion())},
        {QStringLiteral("exportedAt"), timestampValue(exportedAt)},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("applications"), applications},
        {QStringLiteral("auditLog"), *audit}};
}

Result<QJsonObject> PersonDocumentBuilder::application(const Application& a) {
    auto opening = OpeningRepository(m_db).get(a.openingId);
    if (!opening)
        return opening.error();
    auto decision = decisionAbout(a);
    if (!decision)
        return decision.error();
    auto held = interviews(a.id);
    if (!held)
        return held.error();
    auto referees = references(a.id);
    if (!referees)
        return referees.error();
    auto messages = communications(a.id);
    if (!messages)
        return messages.error();
    auto letters = drafts(a.id);
    if (!letters)
        return letters.error();
    return QJsonObject{{QStringLiteral("uuid"), uuidValue(a.uuid)},
                       {QStringLiteral("opening"),
                        QJsonObject{{QStringLiteral("uuid"), uuidValue(opening->uuid)},
                                    {QStringLiteral("title"), opening->title},
                                    {QStringLiteral("team"), opening->team},
                                    {QStringLiteral("status"), toKey(opening->status)}}},
                       {QStringLiteral("stage"), toKey(a.stage)},
                       {QStringLiteral("furthestStage"), toKey(a.furthestStage)},
                       {QStringLiteral("appliedOn"), dateValue(a.appliedOn)},
                       {QStringLiteral("promisedResponseDate"), dateValue(a.promisedResponseDate)},
                       {QStringLiteral("talentPool"), a.talentPool},
                       {QStringLiteral("onHold"), a.onHold},
                       {QStringLiteral("holdReason"), a.holdReason},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("updatedAt"), timestampValue(a.updatedAt)},
                       {QStringLiteral("decision"), *decision},
                       {QStringLiteral("interviews"), *held},
                       {QStringLiteral("references"), *referees},
                       {QStringLiteral("communications"), *messages},
                       {QStringLiteral("rejectionDrafts"), *letters}};
}

Result<QJsonValue> PersonDocumentBuilder::decisionAbout(const Application& a) {
    auto decision = DecisionRepository(m_db).forOpening(a.openingId);
    if (!decision)
        return decision.error();
    if (!*decision)
        return QJsonValue(QJsonValue::Null);
    const Decision& d = **decision;
    const auto outcome =
        std::find_if(d.outcomes.cbegin(), d.outcomes.cend(),
                     [&a](const DecisionOutcome& o) { return o.applicationId == a.id; });
    if (outcome == d.outcomes.cend())
        return QJsonValue(QJsonValue::Null);
    auto current = RubricRepository(m_db).currentForOpening(a.openingId);
    if (!current)
        return current.error();
    QJsonArray deciding;
    for (const RowId id : d.decidingCriterionIds) {
        const Criterion* criterion = *current ? findCriterion(**current, id) : nullptr;
        deciding.append(criterion ? QJsonValue(criterion->name) : QJsonValue(QJsonValue::Null));
    }
    return QJsonValue(QJsonObject{{QStringLiteral("decidedAt"), timestampValue(d.decidedAt)},
                                  {QStringLiteral("role"), toKey(outcome->role)},
                                  {QStringLiteral("rank"), outcome->rank},
                                  {QStringLiteral("decidingCriteria"), deciding}});
}

Result<QJsonArray> PersonDocumentBuilder::interviews(RowId applicationId) {
    auto stored = InterviewRepository(m_db).forApplication(applicationId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const Interview& i : std::as_const(*stored)) {
        auto round = InterviewRoundRepository(m_db).get(i.roundId);
        if (!round)
            return round.error();
        QJsonArray panel;
        for (const RowId id : i.panelistIds) {
            auto name = panelistName(id);
            if (!name)
                return name.error();
            panel.append(*name);
        }
        auto cards = scorecards(i.id);
        if (!cards)
            return cards.error();
        out.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(i.uuid)},
                               {QStringLiteral("round"), round->name},
                               {QStringLiteral("scheduledAt"), timestampValue(i.scheduledAt)},
                               {QStringLiteral("durationMinutes"), i.durationMinutes},
                               {QStringLiteral("location"), i.location},
                               {QStringLiteral("videoLink"), i.videoLink},
                               {QStringLiteral("panelists"), panel},
                               {QStringLiteral("cancelledAt"), timestampValue(i.cancelledAt)},
                               {QStringLiteral("cancelledBy"), i.cancelledBy},
                               {QStringLiteral("cancellationReason"), i.cancellationReason},
                               {QStringLiteral("scorecards"), *cards}});
    }
    return out;
}

Result<QJsonArray> PersonDocumentBuilder::scorecards(RowId interviewId) {
    // Every card as the panel wrote it: the data controller answers a
    // request for access, so blind scoring does not apply here.
    auto stored = ScorecardRepository(m_db).forInterview(interviewId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const Scorecard& s : std::as_const(*stored)) {
        auto panelist = panelistName(s.panelistId);
        if (!panelist)
            return panelist.error();
        auto scoredAgainst = rubric(s.rubricId);
        if (!scoredAgainst)
            return scoredAgainst.error();
        QJsonArray ratings;
        for (const CriterionRating& r : s.ratings) {
            const Criterion* criterion = findCriterion(*scoredAgainst, r.criterionId);
            ratings.append(QJsonObject{
                {QStringLiteral("criterion"),
                 criterion ? QJsonValue(criterion->name) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("scaleSize"),
                 criterion ? QJsonValue(criterion->scaleSize) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue::Null},
                {QStringLiteral("evidence"), r.evidence}});
        }
        out.append(QJsonObject{
            {QStringLiteral("uuid"), uuidValue(s.uuid)},
            {QStringLiteral("panelist"), *panelist},
            {QStringLiteral("status"), toKey(s.status)},
            {QStringLiteral("recommendation"),
             s.recommendation ? QJsonValue(toKey(*s.recommendation)) : QJsonValue::Null},
            {QStringLiteral("keyTakeaways"), s.keyTakeaways},
            {QStringLiteral("rubricVersion"), scoredAgainst->version},
            {QStringLiteral("updatedAt"), timestampValue(s.updatedAt)},
            {QStringLiteral("submittedAt"), timestampValue(s.submittedAt)},
            {QStringLiteral("ratings"), ratings}});
    }
    return out;
}

Result<QJsonArray> PersonDocumentBuilder::references(RowId applicationId) {
    auto stored = ReferenceRepository(m_db).forApplication(applicationId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const Reference& r : std::as_const(*stored)) {
        out.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(r.uuid)},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("relation"), r.relation},
                               {QStringLiteral("contact"), r.contact},
                               {QStringLiteral("contactedOn"), dateValue(r.contactedOn)},
                               {QStringLiteral("summary"), r.summary},
                               {QStringLiteral("concern"), r.concern}});
    }
    return out;
}

Result<QJsonArray> PersonDocumentBuilder::communications(RowId applicationId) {
    auto stored = CommunicationRepository(m_db).forApplication(applicationId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const CommunicationEntry& c : std::as_const(*stored)) {
        out.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(c.uuid)},
                               {QStringLiteral("occurredAt"), timestampValue(c.occurredAt)},
                               {QStringLiteral("channel"), toKey(c.channel)},
                               {QStringLiteral("direction"), toKey(c.direction)},
                               {QStringLiteral("summary"), c.summary},
                               {QStringLiteral("nextPromisedDate"), dateValue(c.nextPromisedDate)},
                               {QStringLiteral("author"), c.author}});
    }
    return out;
}

Result<QJsonArray> PersonDocumentBuilder::drafts(RowId applicationId) {
    auto stored = RejectionDraftRepository(m_db).forApplication(applicationId);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const RejectionDraft& d : std::as_const(*stored)) {
        out.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(d.uuid)},
                               {QStringLiteral("language"), d.language},
                               {QStringLiteral("subject"), d.subject},
                               {QStringLiteral("body"), d.body},
                               {QStringLiteral("status"), toKey(d.status)},
                               {QStringLiteral("createdAt"), timestampValue(d.createdAt)},
                               {QStringLiteral("updatedAt"), timestampValue(d.updatedAt)},
                               {QStringLiteral("sentAt"), timestampValue(d.sentAt)},
                               {QStringLiteral("sentChannel"), d.sentChannel}});
    }
    return out;
}

Result<QJsonArray> PersonDocumentBuilder::auditLog(const PersonRecords& person) {
    QList<AuditEntry> entries;
    AuditRepository audit(m_db);
    for (const QUuid& uuid : person.recordUuids()) {
        auto about = audit.about(uuid);
        if (!about)
            return about.error();
        entries.append(*about);
    }
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.id < b.id;
    });
    QJsonArray out;
    for (const AuditEntry& a : std::as_const(entries))
        out.append(openingformat::auditEntryObject(a));
    return out;
}

Result<QString> PersonDocumentBuilder::panelistName(RowId id) {
    if (const auto known = m_panelists.constFind(id); known != m_panelists.constEnd())
        return *known;
    auto panelist = PanelistRepository(m_db).get(id);
    if (!panelist)
        return panelist.error();
    m_panelists.insert(id, panelist->name);
    return panelist->name;
}

Result<Rubric> PersonDocumentBuilder::rubric(RowId id) {
    if (const auto known = m_rubrics.constFind(id); known != m_rubrics.constEnd())
        return *known;
    auto stored = RubricRepository(m_db).get(id);
    if (!stored)
        return stored.error();
    m_rubrics.insert(id, *stored);
    return *stored;
}

} // namespace

Result<QJsonDocument> PersonExport::exportDocument(RowId candidateId, const QDateTime& exportedAt) {
    auto root = PersonDocumentBuilder(m_db).build(candidateId, exportedAt);
    if (!root)
        return root.error();
    return QJsonDocument(*root);
}

Result<QByteArray> PersonExport::exportJson(RowId candidateId, const QDateTime& exportedAt) {
    auto document = exportDocument(candidateId, exportedAt);
    if (!document)
        return document.error();
    return document->toJson(QJsonDocument::Indented);
}

} // namespace debrief

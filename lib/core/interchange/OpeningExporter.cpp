#include "OpeningExporter.h"

#include "DebriefVersion.h"
#include "OpeningFormat.h"
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
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace debrief {
namespace {

using openingformat::dateValue;
using openingformat::timestampValue;
using openingformat::uuidText;
using openingformat::uuidValue;

/// Everything that belongs to one opening, as loaded from the repositories.
struct OpeningData {
    Opening opening;
    QList<Rubric> rubrics;
    QList<InterviewRound> rounds;
    QList<Panelist> panelists;
    QList<Candidate> candidates;
    QList<Application> applications;
    QList<Interview> interviews;
    QList<Scorecard> scorecards;
    QList<Reference> references;
    std::optional<Decision> decision;
    QList<CommunicationEntry> communications;
    QList<AuditEntry> auditLog;
};

/// Sorts by a key made once per item, not twice per comparison: the order
/// is defined on a uuid's text, and thousands of records make that count.
template <typename T, typename Key> void sortByKey(QList<T>& items, Key key) {
    std::vector<std::pair<decltype(key(items.constFirst())), qsizetype>> keyed;
    keyed.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        keyed.emplace_back(key(items.at(i)), i);
    std::sort(keyed.begin(), keyed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto& entry : keyed)
        sorted.append(std::move(items[entry.second]));
    items = std::move(sorted);
}

template <typename T> void sortByUuid(QList<T>& items) {
    sortByKey(items, [](const T& item) { return uuidText(item.uuid); });
}

template <typename T> void sortByTimeThenUuid(QList<T>& items) {
    sortByKey(items, [](const T& item) { return std::pair(item.occurredAt, uuidText(item.uuid)); });
}

/// Gives the order documented in docs/INTERCHANGE.md, independent of the
/// order in which the database happened to return rows.
void sortForExport(OpeningData& d) {
    std::sort(d.rubrics.begin(), d.rubrics.end(), [](const Rubric& a, const Rubric& b) {
        if (a.familyUuid != b.familyUuid)
            return uuidText(a.familyUuid) < uuidText(b.familyUuid);
        return a.version < b.version;
    });
    std::sort(d.rounds.begin(), d.rounds.end(),
              [](const InterviewRound& a, const InterviewRound& b) {
                  if (a.position != b.position)
                      return a.position < b.position;
                  return uuidText(a.uuid) < uuidText(b.uuid);
              });
    sortByUuid(d.panelists);
    sortByUuid(d.candidates);
    sortByUuid(d.applications);
    sortByUuid(d.interviews);
    sortByUuid(d.scorecards);
    sortByUuid(d.references);
    sortByTimeThenUuid(d.communications);
    sortByTimeThenUuid(d.auditLog);
}

/// Loads the opening's records through the repositories, each table once
/// for the whole opening (the export's order comes from sortForExport, not
/// from the order they are read in).
class OpeningLoader {
public:
    explicit OpeningLoader(Database& db)
        : m_db(db) {}

    Status load(RowId openingId, OpeningData& d) {
        auto opening = OpeningRepository(m_db).get(openingId);
        if (!opening)
            return opening.error();
        d.opening = *opening;
        if (auto s = loadRubricsAndRounds(d); !s)
            return s;
        if (auto s = loadApplications(d); !s)
            return s;
        auto scorecards = ScorecardRepository(m_db).forOpening(openingId);
        if (!scorecards)
            return scorecards.error();
        d.scorecards = *scorecards;
        if (auto s = loadScoredRubrics(d); !s)
            return s;
        auto decision = DecisionRepository(m_db).forOpening(openingId);
        if (!decision)
            return decision.error();
        d.decision = *decision;
        if (auto s = loadPanelists(d); !s)
            return s;
        return loadAuditLog(d);
    }

private:
    Status loadRubricsAndRounds(OpeningData& d) {
        auto rubrics = RubricRepository(m_db).versionsForOpening(d.opening.id);
        if (!rubrics)
            return rubrics.error();
        d.rubrics = *rubrics;
        auto rounds = InterviewRoundRepository(m_db).forOpening(d.opening.id);
        if (!rounds)
            return rounds.error();
        d.rounds = *rounds;
        return {};
    }

    Status loadApplications(OpeningData& d) {
        const RowId openingId = d.opening.id;
        auto applications = ApplicationRepository(m_db).forOpening(openingId);
        if (!applications)
            return applications.error();
        d.applications = *applications;
        // A candidate applies to an opening once (applications are unique by
        // candidate and opening): one candidate per application.
        auto candidates = CandidateRepository(m_db).forOpening(openingId);
        if (!candidates)
            return candidates.error();
        d.candidates = *candidates;
        auto interviews = InterviewRepository(m_db).forOpening(openingId);
        if (!interviews)
            return interviews.error();
        d.interviews = *interviews;
        auto references = ReferenceRepository(m_db).forOpening(openingId);
        if (!references)
            return references.error();
        d.references = *references;
        auto communications = CommunicationRepository(m_db).forOpening(openingId);
        if (!communications)
            return communications.error();
        d.communications = *communications;
        return {};
    }

    /// A scorecard keeps the rubric version it was scored against; should
    /// that version not be one of the opening's, it travels along anyway.
    Status loadScoredRubrics(OpeningData& d) {
        QSet<RowId> known;
        for (const Rubric& r : std::as_const(d.rubrics))
            known.insert(r.id);
        for (const Scorecard& s : std::as_const(d.scorecards)) {
            if (known.contains(s.rubricId))
                continue;
            auto rubric = RubricRepository(m_db).get(s.rubricId);
            if (!rubric)
                return rubric.error();
            d.rubrics.append(*rubric);
            known.insert(s.rubricId);
        }
        return {};
    }

    Status loadPanelists(OpeningData& d) {
        QList<RowId> ids;
        for (const PanelMember& seat : std::as_const(d.opening.panel))
            ids.append(seat.panelistId);
        for (const Interview& i : std::as_const(d.interviews))
            ids.append(i.panelistIds);
        for (const Scorecard& s : std::as_const(d.scorecards))
            ids.append(s.panelistId);
        if (d.decision && d.decision->decidedBy != kNoRow)
            ids.append(d.decision->decidedBy);
        QSet<RowId> loaded;
        for (RowId id : std::as_const(ids)) {
            if (loaded.contains(id))
                continue;
            auto panelist = PanelistRepository(m_db).get(id);
            if (!panelist)
                return panelist.error();
            d.panelists.append(*panelist);
            loaded.insert(id);
        }
        return {};
    }

    Status loadAuditLog(OpeningData& d) {
        QSet<QUuid> records{d.opening.uuid};
        auto add = [&records](const auto& list) {
            for (const auto& item : list)
                records.insert(item.uuid);
        };
        add(d.rubrics);
        for (const Rubric& r : std::as_const(d.rubrics))
            add(r.criteria);
        add(d.rounds);
        add(d.panelists);
        add(d.candidates);
        add(d.applications);
        add(d.interviews);
        add(d.scorecards);
        add(d.references);
        add(d.communications);
        if (d.decision)
            records.insert(d.decision->uuid);
        auto all = AuditRepository(m_db).list();
        if (!all)
            return all.error();
        for (const AuditEntry& entry : std::as_const(*all)) {
            if (records.contains(entry.entityUuid))
                d.auditLog.append(entry);
        }
        return {};
    }

    Database& m_db;
};

/// Builds the JSON, turning row-id links into UUID references. A link to a
/// row that is not part of the export is collected as a problem.
class JsonBuilder {
    Q_DECLARE_TR_FUNCTIONS(OpeningExporter)

public:
    explicit JsonBuilder(const OpeningData& d)
        : m_d(d) {
        index(m_panelists, d.panelists);
        index(m_candidates, d.candidates);
        index(m_applications, d.applications);
        index(m_rounds, d.rounds);
        index(m_interviews, d.interviews);
        index(m_rubrics, d.rubrics);
        for (const Rubric& r : d.rubrics)
            index(m_criteria, r.criteria);
    }

    QJsonObject build();
    const QStringList& problems() const { return m_problems; }

private:
    template <typename T> static void index(QHash<RowId, QUuid>& map, const QList<T>& items) {
        for (const T& item : items)
            map.insert(item.id, item.uuid);
    }

    QJsonValue ref(const QHash<RowId, QUuid>& map, RowId id, const QString& what) {
        const auto found = map.constFind(id);
        if (found != map.constEnd())
            return uuidText(found.value());
        m_problems.append(tr("a record refers to %1 #%2, which does not belong to this opening")
                              .arg(what)
                              .arg(id));
        return QJsonValue::Null;
    }

    /// In the stored order, which the importer keeps.
    QJsonArray refs(const QHash<RowId, QUuid>& map, const QList<RowId>& ids, const QString& what) {
        QJsonArray out;
        for (RowId id : ids)
            out.append(ref(map, id, what));
        return out;
    }

    QJsonObject opening();
    QJsonObject rubric(const Rubric& r);
    QJsonObject round(const InterviewRound& r);
    QJsonObject application(const Application& a);
    QJsonObject interview(const Interview& i);
    QJsonObject scorecard(const Scorecard& s);
    QJsonObject decision(const Decision& d);
    static QJsonObject panelist(const Panelist& p);
    QJsonObject reference(const Reference& r);
    QJsonObject communication(const CommunicationEntry& c);

    template <typename T, typename Fn> static QJsonArray array(const QList<T>& items, Fn fn) {
        QJsonArray out;
        for (const T& item : items)
            out.append(fn(item));
        return out;
    }

    const OpeningData& m_d;
    QHash<RowId, QUuid> m_panelists, m_candidates, m_applications, m_rounds, m_interviews,
        m_rubrics, m_criteria;
    QStringList m_problems;
};

QJsonObject JsonBuilder::build() {
    QJsonObject root;
    root.insert(QStringLiteral("format"), openingformat::formatMarker());
    root.insert(QStringLiteral("formatVersion"), openingformat::kFormatVersion);
    root.insert(QStringLiteral("exportedBy"),
                QString(QStringLiteral("Debrief ") + applicationVersion()));
    root.insert(QStringLiteral("opening"), opening());
    root.insert(QStringLiteral("rubrics"),
                array(m_d.rubrics, [this](const Rubric& r) { return rubric(r); }));
    root.insert(QStringLiteral("rounds"),
                array(m_d.rounds, [this](const InterviewRound& r) { return round(r); }));
    root.insert(QStringLiteral("panelists"), array(m_d.panelists, &JsonBuilder::panelist));
    root.insert(QStringLiteral("candidates"),
                array(m_d.candidates, &openingformat::candidateObject));
    root.insert(QStringLiteral("applications"),
                array(m_d.applications, [this](const Application& a) { return application(a); }));
    root.insert(QStringLiteral("interviews"),
                array(m_d.interviews, [this](const Interview& i) { return interview(i); }));
    root.insert(QStringLiteral("scorecards"),
                array(m_d.scorecards, [this](const Scorecard& s) { return scorecard(s); }));
    root.insert(QStringLiteral("references"),
                array(m_d.references, [this](const Reference& r) { return reference(r); }));
    root.insert(QStringLiteral("decision"),
                m_d.decision ? QJsonValue(decision(*m_d.decision)) : QJsonValue::Null);
    root.insert(QStringLiteral("communications"),
                array(m_d.communications,
                      [this](const CommunicationEntry& c) { return communication(c); }));
    root.insert(QStringLiteral("auditLog"), array(m_d.auditLog, &openingformat::auditEntryObject));
    return root;
}

QJsonObject JsonBuilder::opening() {
    const Opening& o = m_d.opening;
    QJsonArray panel;
    for (const PanelMember& seat : o.panel) {
        panel.append(QJsonObject{
            {QStringLiteral("panelistUuid"), ref(m_panelists, seat.panelistId, tr("panelist"))},
            {QStringLiteral("lead"), seat.isLead}});
    }
    return {{QStringLiteral("uuid"), uuidValue(o.uuid)},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("team"), o.team},
            {QStringLiteral("hiringManager"), o.hiringManager},
            {QStringLiteral("positions"), o.positions},
            {QStringLiteral("scoresRevealed"), o.scoresRevealed},
            {QStringLiteral("status"), toKey(o.status)},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("createdAt"), timestampValue(o.createdAt)},
            {QStringLiteral("panel"), panel}};
}

QJsonObject JsonBuilder::rubric(const Rubric& r) {
    QJsonArray criteria;
    for (const Criterion& c : r.criteria) {
        criteria.append(
            QJsonObject{{QStringLiteral("uuid"), uuidValue(c.uuid)},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("description"), c.description},
                        {QStringLiteral("weight"), c.weight},
                        {QStringLiteral("scaleSize"), c.scaleSize},
                        {QStringLiteral("anchors"), QJsonArray::fromStringList(c.anchors)}});
    }
    return {{QStringLiteral("uuid"), uuidValue(r.uuid)},
            {QStringLiteral("familyUuid"), uuidValue(r.familyUuid)},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("createdAt"), timestampValue(r.createdAt)},
            {QStringLiteral("criteria"), criteria}};
}

QJsonObject JsonBuilder::round(const InterviewRound& r) {
    return {{QStringLiteral("uuid"), uuidValue(r.uuid)},
            {QStringLiteral("position"), r.position},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("durationMinutes"), r.durationMinutes},
            {QStringLiteral("criterionUuids"), refs(m_criteria, r.criterionIds, tr("criterion"))}};
}

QJsonObject JsonBuilder::panelist(const Panelist& p) {
    return {{QStringLiteral("uuid"), uuidValue(p.uuid)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("loginRole"), p.loginRole}};
}

QJsonObject JsonBuilder::application(const Application& a) {
    return {{QStringLiteral("uuid"), uuidValue(a.uuid)},
            {QStringLiteral("candidateUuid"), ref(m_candidates, a.candidateId, tr("candidate"))},
            {QStringLiteral("stage"), toKey(a.stage)},
            {QStringLiteral("furthestStage"), toKey(a.furthestStage)},
            {QStringLiteral("appliedOn"), dateValue(a.appliedOn)},
            {QStringLiteral("promisedResponseDate"), dateValue(a.promisedResponseDate)},
            {QStringLiteral("talentPool"), a.talentPool},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("updatedAt"), timestampValue(a.updatedAt)},
            {QStringLiteral("onHold"), a.onHold},
            {QStringLiteral("holdReason"), a.holdReason}};
}

QJsonObject JsonBuilder::interview(const Interview& i) {
    return {{QStringLiteral("uuid"), uuidValue(i.uuid)},
            {QStringLiteral("applicationUuid"),
             ref(m_applications, i.applicationId, tr("application"))},
            {QStringLiteral("roundUuid"), ref(m_rounds, i.roundId, tr("interview round"))},
            {QStringLiteral("scheduledAt"), timestampValue(i.scheduledAt)},
            {QStringLiteral("durationMinutes"), i.durationMinutes},
            {QStringLiteral("location"), i.location},
            {QStringLiteral("panelistUuids"), refs(m_panelists, i.panelistIds, tr("panelist"))},
            {QStringLiteral("videoLink"), i.videoLink},
            {QStringLiteral("invitationSequence"), i.invitationSequence},
            {QStringLiteral("cancelledAt"), timestampValue(i.cancelledAt)},
            {QStringLiteral("cancelledBy"), i.cancelledBy},
            {QStringLiteral("cancellationReason"), i.cancellationReason}};
}

QJsonObject JsonBuilder::scorecard(const Scorecard& s) {
    QJsonArray ratings;
    for (const CriterionRating& r : s.ratings) {
        ratings.append(QJsonObject{
            {QStringLiteral("criterionUuid"), ref(m_criteria, r.criterionId, tr("criterion"))},
            {QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue::Null},
            {QStringLiteral("evidence"), r.evidence}});
    }
    return {{QStringLiteral("uuid"), uuidValue(s.uuid)},
            {QStringLiteral("interviewUuid"), ref(m_interviews, s.interviewId, tr("interview"))},
            {QStringLiteral("panelistUuid"), ref(m_panelists, s.panelistId, tr("panelist"))},
            {QStringLiteral("rubricUuid"), ref(m_rubrics, s.rubricId, tr("rubric"))},
            {QStringLiteral("status"), toKey(s.status)},
            {QStringLiteral("recommendation"),
             s.recommendation ? QJsonValue(toKey(*s.recommendation)) : QJsonValue::Null},
            {QStringLiteral("keyTakeaways"), s.keyTakeaways},
            {QStringLiteral("updatedAt"), timestampValue(s.updatedAt)},
            {QStringLiteral("submittedAt"), timestampValue(s.submittedAt)},
            {QStringLiteral("ratings"), ratings}};
}

QJsonObject JsonBuilder::reference(const Reference& r) {
    return {{QStringLiteral("uuid"), uuidValue(r.uuid)},
            {QStringLiteral("applicationUuid"),
             ref(m_applications, r.applicationId, tr("application"))},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("relation"), r.relation},
            {QStringLiteral("contact"), r.contact},
            {QStringLiteral("contactedOn"), dateValue(r.contactedOn)},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("concern"), r.concern}};
}

QJsonObject JsonBuilder::decision(const Decision& d) {
    QJsonArray outcomeArray;
    for (const DecisionOutcome& o : d.outcomes) {
        outcomeArray.append(QJsonObject{{QStringLiteral("applicationUuid"),
                                         ref(m_applications, o.applicationId, tr("application"))},
                                        {QStringLiteral("role"), toKey(o.role)},
                                        {QStringLiteral("rank"), o.rank}});
    }
    return {{QStringLiteral("uuid"), uuidValue(d.uuid)},
            {QStringLiteral("decidedAt"), timestampValue(d.decidedAt)},
            {QStringLiteral("decidedByUuid"), d.decidedBy == kNoRow
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : ref(m_panelists, d.decidedBy, tr("panelist"))},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("decidingCriterionUuids"),
             refs(m_criteria, d.decidingCriterionIds, tr("criterion"))},
            {QStringLiteral("shareDecidingFactor"), d.shareDecidingFactor},
            {QStringLiteral("outcomes"), outcomeArray}};
}

QJsonObject JsonBuilder::communication(const CommunicationEntry& c) {
    return {{QStringLiteral("uuid"), uuidValue(c.uuid)},
            {QStringLiteral("applicationUuid"),
             ref(m_applications, c.applicationId, tr("application"))},
            {QStringLiteral("occurredAt"), timestampValue(c.occurredAt)},
            {QStringLiteral("channel"), toKey(c.channel)},
            {QStringLiteral("direction"), toKey(c.direction)},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("nextPromisedDate"), dateValue(c.nextPromisedDate)},
            {QStringLiteral("author"), c.author}};
}

} // namespace

Result<QJsonDocument> OpeningExporter::exportDocument(RowId openingId) {
    OpeningData data;
    if (auto loaded = OpeningLoader(m_db).load(openingId, data); !loaded)
        return loaded.error();
    sortForExport(data);
    JsonBuilder builder(data);
    const QJsonObject root = builder.build();
    if (!builder.problems().isEmpty()) {
        return Error{tr("Cannot export opening #%1 from %2: %3")
                         .arg(openingId)
                         .arg(m_db.location(), builder.problems().join(QLatin1Char('\n')))};
    }
    return QJsonDocument(root);
}

Result<QByteArray> OpeningExporter::exportJson(RowId openingId) {
    auto document = exportDocument(openingId);
    if (!document)
        return document.error();
    return document->toJson(QJsonDocument::Indented);
}

} // namespace debrief

#include "OpeningDocumentReader.h"

#include "OpeningFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace debrief {
namespace {

constexpr int kMaxInt = std::numeric_limits<int>::max();
// Generous bounds that still catch a misplaced value (minutes, not seconds).
constexpr int kMaxMinutes = 24 * 60;

/// "line L, column C" of a byte offset, counting columns in characters.
QString lineAndColumn(const QByteArray& json, qsizetype offset) {
    offset = qBound<qsizetype>(0, offset, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return OpeningDocumentReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<OpeningDocument> OpeningDocumentReader::read(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.add(QStringLiteral("$"), tr("malformed JSON at %1 (byte offset %2): %3")
                                              .arg(lineAndColumn(json, parseError.offset))
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!parsed.isObject()) {
        m_errors.add(QStringLiteral("$"), tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    JsonObjectReader root(parsed.object(), QStringLiteral("$"), m_errors);
    if (!readHeader(root))
        return std::nullopt;

    OpeningDocument doc;
    const QJsonValue opening = root.value("opening");
    if (!opening.isUndefined()) {
        JsonObjectReader in(opening, root.fieldPath("opening"), m_errors);
        doc.opening = readOpening(in);
        in.reportUnknownFields();
    }
    doc.rubrics =
        readArray<DocRubric>(root, "rubrics", [this](auto& in) { return readRubric(in); });
    doc.rounds = readArray<DocRound>(root, "rounds", [this](auto& in) { return readRound(in); });
    doc.panelists =
        readArray<DocPanelist>(root, "panelists", [this](auto& in) { return readPanelist(in); });
    doc.candidates =
        readArray<DocCandidate>(root, "candidates", [this](auto& in) { return readCandidate(in); });
    doc.applications = readArray<DocApplication>(root, "applications",
                                                 [this](auto& in) { return readApplication(in); });
    doc.interviews =
        readArray<DocInterview>(root, "interviews", [this](auto& in) { return readInterview(in); });
    doc.scorecards =
        readArray<DocScorecard>(root, "scorecards", [this](auto& in) { return readScorecard(in); });
    doc.references =
        readArray<DocReference>(root, "references", [this](auto& in) { return readReference(in); });
    const QJsonValue decision = root.value("decision", true);
    if (!decision.isUndefined() && !decision.isNull()) {
        JsonObjectReader in(decision, root.fieldPath("decision"), m_errors);
        if (in.isObject()) {
            doc.decision = readDecision(in);
            in.reportUnknownFields();
        }
    }
    doc.communications = readArray<DocCommunication>(
        root, "communications", [this](auto& in) { return readCommunication(in); });
    doc.auditLog =
        readArray<DocAuditEntry>(root, "auditLog", [this](auto& in) { return readAuditEntry(in); });
    root.reportUnknownFields();
    return doc;
}

bool OpeningDocumentReader::readHeader(JsonObjectReader& root) {
    const qsizetype errorsBefore = m_errors.size();
    const QString marker = root.text("format");
    if (m_errors.size() > errorsBefore)
        return false;
    if (marker != openingformat::formatMarker()) {
        m_errors.add(root.fieldPath("format"),
                     tr("expected \"%1\" but found \"%2\": this is not a Debrief opening file")
                         .arg(openingformat::formatMarker(), marker));
        return false;
    }
    const int version = root.integer("formatVersion", 1, kMaxInt);
    if (m_errors.size() > errorsBefore)
        return false;
    if (version > openingformat::kFormatVersion) {
        m_errors.add(root.fieldPath("formatVersion"),
                     tr("this file was written by a newer Debrief (format version %1; this "
                        "version reads up to %2). Update Debrief to import it.")
                         .arg(version)
                         .arg(openingformat::kFormatVersion));
        return false;
    }
    root.text("exportedBy");
    return true;
}

template <typename Doc, typename ReadOne>
QList<Doc> OpeningDocumentReader::readArray(JsonObjectReader& parent, const char* key,
                                            ReadOne readOne) {
    QList<Doc> out;
    const QJsonArray items = parent.array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonObjectReader in(items.at(i), parent.fieldPath(key) + QStringLiteral("[%1]").arg(i),
                            m_errors);
        if (!in.isObject())
            continue;
        out.append(readOne(in));
        in.reportUnknownFields();
    }
    return out;
}

DocOpening OpeningDocumentReader::readOpening(JsonObjectReader& in) {
    DocOpening doc;
    doc.path = in.path();
    Opening& o = doc.value;
    o.uuid = in.uuid("uuid");
    o.title = in.text("title");
    o.team = in.text("team");
    o.hiringManager = in.text("hiringManager");
    o.positions = in.integer("positions", 1, Opening::kMaxPositions);
    o.status = in.enumKey("status", OpeningStatus::Open);
    o.description = in.text("description");
    o.createdAt = in.timestamp("createdAt");
    o.scoresRevealed = in.boolean("scoresRevealed");
    doc.panel = readArray<DocPanelSeat>(in, "panel", [](JsonObjectReader& seat) {
        return DocPanelSeat{seat.uuidRef("panelistUuid"), seat.boolean("lead")};
    });
    return doc;
}

DocRubric OpeningDocumentReader::readRubric(JsonObjectReader& in) {
    DocRubric doc;
    doc.path = in.path();
    Rubric& r = doc.value;
    r.uuid = in.uuid("uuid");
    r.familyUuid = in.uuid("familyUuid");
    r.version = in.integer("version", 1, kMaxInt);
    r.name = in.text("name");
    r.description = in.text("description");
    r.createdAt = in.timestamp("createdAt");
    r.criteria = readArray<Criterion>(in, "criteria", [this](auto& c) { return readCriterion(c); });
    return doc;
}

Criterion OpeningDocumentReader::readCriterion(JsonObjectReader& in) {
    Criterion c;
    c.uuid = in.uuid("uuid");
    c.name = in.text("name");
    c.description = in.text("description");
    c.weight = in.number("weight", 0.0, Criterion::kMaxWeight);
    c.scaleSize = in.integer("scaleSize", 2, 10);
    const qsizetype errorsBefore = m_errors.size();
    c.anchors = in.textList("anchors");
    if (m_errors.size() == errorsBefore && c.anchors.size() != c.scaleSize) {
        m_errors.add(in.fieldPath("anchors"),
                     tr("%1 anchor texts for a scale of %2; expected one per level")
                         .arg(c.anchors.size())
                         .arg(c.scaleSize));
    }
    return c;
}

DocRound OpeningDocumentReader::readRound(JsonObjectReader& in) {
    DocRound doc;
    doc.path = in.path();
    InterviewRound& r = doc.value;
    r.uuid = in.uuid("uuid");
    r.position = in.integer("position", 0, kMaxInt);
    r.name = in.text("name");
    r.description = in.text("description");
    r.durationMinutes = in.integer("durationMinutes", 0, kMaxMinutes);
    doc.criteria = in.uuidRefList("criterionUuids");
    return doc;
}

DocPanelist OpeningDocumentReader::readPanelist(JsonObjectReader& in) {
    DocPanelist doc;
    doc.path = in.path();
    Panelist& p = doc.value;
    p.uuid = in.uuid("uuid");
    p.name = in.text("name");
    p.email = in.text("email");
    p.role = in.text("role");
    p.loginRole = in.text("loginRole");
    return doc;
}

DocCandidate OpeningDocumentReader::readCandidate(JsonObjectReader& in) {
    DocCandidate doc;
    doc.path = in.path();
    Candidate& c = doc.value;
    c.uuid = in.uuid("uuid");
    c.fullName = in.text("fullName");
    c.preferredName = in.text("preferredName");
    c.email = in.text("email");
    c.phone = in.text("phone");
    c.location = in.text("location");
    c.source = in.text("source");
    c.notes = in.text("notes");
    c.createdAt = in.timestamp("createdAt");
    return doc;
}

DocApplication OpeningDocumentReader::readApplication(JsonObjectReader& in) {
    DocApplication doc;
    doc.path = in.path();
    Application& a = doc.value;
    a.uuid = in.uuid("uuid");
    doc.candidate = in.uuidRef("candidateUuid");
    a.stage = in.enumKey("stage", PipelineStage::Applied);
    a.furthestStage = in.enumKey("furthestStage", PipelineStage::Applied);
    a.appliedOn = in.nullableDate("appliedOn");
    a.promisedResponseDate = in.nullableDate("promisedResponseDate");
    a.talentPool = in.boolean("talentPool");
    a.notes = in.text("notes");
    a.updatedAt = in.timestamp("updatedAt");
    // Added in format version 2; a version 1 file has neither.
    a.onHold = in.optionalBoolean("onHold");
    a.holdReason = in.optionalText("holdReason");
    return doc;
}

DocInterview OpeningDocumentReader::readInterview(JsonObjectReader& in) {
    DocInterview doc;
    doc.path = in.path();
    Interview& i = doc.value;
    i.uuid = in.uuid("uuid");
    doc.application = in.uuidRef("applicationUuid");
    doc.round = in.uuidRef("roundUuid");
    i.scheduledAt = in.timestamp("scheduledAt", true);
    i.durationMinutes = in.integer("durationMinutes", 0, kMaxMinutes);
    i.location = in.text("location");
    doc.panelists = in.uuidRefList("panelistUuids");
    // Added in format version 3; older files have none of them.
    i.videoLink = in.optionalText("videoLink");
    i.invitationSequence = in.optionalInteger("invitationSequence", 0, kMaxInt, 0);
    i.cancelledAt = in.optionalTimestamp("cancelledAt");
    i.cancelledBy = in.optionalText("cancelledBy");
    i.cancellationReason = in.optionalText("cancellationReason");
    return doc;
}

DocScorecard OpeningDocumentReader::readScorecard(JsonObjectReader& in) {
    DocScorecard doc;
    doc.path = in.path();
    Scorecard& s = doc.value;
    s.uuid = in.uuid("uuid");
    doc.interview = in.uuidRef("interviewUuid");
    doc.panelist = in.uuidRef("panelistUuid");
    doc.rubric = in.uuidRef("rubricUuid");
    s.status = in.enumKey("status", ScorecardStatus::Draft);
    s.recommendation = in.nullableEnumKey<Recommendation>("recommendation");
    s.keyTakeaways = in.text("keyTakeaways");
    s.updatedAt = in.timestamp("updatedAt");
    s.submittedAt = in.timestamp("submittedAt", true);
    doc.ratings = readArray<DocRating>(in, "ratings", [](JsonObjectReader& r) {
        DocRating rating;
        rating.path = r.path();
        rating.criterion = r.uuidRef("criterionUuid");
        rating.value.score = r.nullableInteger("score");
        rating.value.evidence = r.text("evidence");
        return rating;
    });
    return doc;
}

DocReference OpeningDocumentReader::readReference(JsonObjectReader& in) {
    DocReference doc;
    doc.path = in.path();
    Reference& r = doc.value;
    r.uuid = in.uuid("uuid");
    doc.application = in.uuidRef("applicationUuid");
    r.name = in.text("name");
    r.relation = in.text("relation");
    r.contact = in.text("contact");
    r.contactedOn = in.nullableDate("contactedOn");
    r.summary = in.text("summary");
    r.concern = in.boolean("concern");
    return doc;
}

DocDecision OpeningDocumentReader::readDecision(JsonObjectReader& in) {
    DocDecision doc;
    doc.path = in.path();
    Decision& d = doc.value;
    d.uuid = in.uuid("uuid");
    d.decidedAt = in.timestamp("decidedAt");
    doc.decidedBy = in.uuidRef("decidedByUuid", true);
    d.rationale = in.text("rationale");
    doc.decidingCriteria = in.uuidRefList("decidingCriterionUuids");
    d.shareDecidingFactor = in.boolean("shareDecidingFactor");
    doc.outcomes = readArray<DocOutcome>(in, "outcomes", [](JsonObjectReader& o) {
        DocOutcome outcome;
        outcome.path = o.path();
        outcome.application = o.uuidRef("applicationUuid");
        outcome.value.role = o.enumKey("role", DecisionRole::NotSelected);
        outcome.value.rank = o.integer("rank", 0, kMaxInt);
        return outcome;
    });
    return doc;
}

DocCommunication OpeningDocumentReader::readCommunication(JsonObjectReader& in) {
    DocCommunication doc;
    doc.path = in.path();
    CommunicationEntry& c = doc.value;
    c.uuid = in.uuid("uuid");
    doc.application = in.uuidRef("applicationUuid");
    c.occurredAt = in.timestamp("occurredAt");
    c.channel = in.enumKey("channel", CommunicationChannel::Other);
    c.direction = in.enumKey("direction", CommunicationDirection::Outbound);
    c.summary = in.text("summary");
    c.nextPromisedDate = in.nullableDate("nextPromisedDate");
    c.author = in.text("author");
    return doc;
}

DocAuditEntry OpeningDocumentReader::readAuditEntry(JsonObjectReader& in) {
    DocAuditEntry doc;
    doc.path = in.path();
    AuditEntry& a = doc.value;
    a.uuid = in.uuid("uuid");
    a.occurredAt = in.timestamp("occurredAt");
    a.actor = in.text("actor");
    a.entityType = in.text("entityType");
    a.entityUuid = in.uuid("entityUuid");
    a.field = in.text("field");
    a.oldValue = in.text("oldValue");
    a.newValue = in.text("newValue");
    a.reason = in.text("reason");
    return doc;
}

} // namespace debrief

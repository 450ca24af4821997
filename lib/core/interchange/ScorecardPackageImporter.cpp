#include "ScorecardPackageImporter.h"

#include "JsonErrorList.h"
#include "JsonObjectReader.h"
#include "OpeningFormat.h"
#include "ScorecardPackageFormat.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace debrief {
namespace {

using openingformat::uuidText;

/// One scorecard of the file, its uuids already turned into target row ids.
struct IncomingCard {
    Scorecard card;
    QString path;
    /// "the interview with NAME on DATE (uuid …)", for messages.
    QString interviewLabel;
};

/// Reads the file and resolves every uuid against the target database,
/// adding each problem to the error list with its JSON path.
class PackageReader {
    Q_DECLARE_TR_FUNCTIONS(ScorecardPackageImporter)

public:
    PackageReader(Database& db, JsonErrorList& errors)
        : m_db(db)
        , m_errors(errors) {}

    QList<IncomingCard> read(const QByteArray& json);

private:
    bool readHeader(JsonObjectReader& root);
    void readOpening(const QJsonValue& value, const QString& path);
    void readPanelist(const QJsonValue& value, const QString& path);
    std::optional<IncomingCard> readCard(const QJsonValue& value, const QString& path);
    void resolveInterview(JsonObjectReader& in, IncomingCard& out);
    std::optional<Rubric> resolveRubric(JsonObjectReader& in);
    void readRatings(JsonObjectReader& in, const std::optional<Rubric>& rubric, Scorecard& card);
    void notFound(const QString& path, const QString& what, const QUuid& uuid) {
        m_errors.add(
            path, tr("no %1 with uuid %2 exists in %3").arg(what, uuidText(uuid), m_db.location()));
    }

    Database& m_db;
    JsonErrorList& m_errors;
    RowId m_openingId = kNoRow;
    RowId m_panelistId = kNoRow;
};

QList<IncomingCard> PackageReader::read(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.add(QStringLiteral("$"), tr("not valid JSON (at byte %1: %2)")
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString()));
        return {};
    }
    // An array or scalar at the top level is reported as "$: expected an
    // object", never taken for an empty package.
    const QJsonValue top =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    JsonObjectReader root(top, QStringLiteral("$"), m_errors);
    if (!root.isObject() || !readHeader(root))
        return {};
    readOpening(root.value("opening"), root.fieldPath("opening"));
    readPanelist(root.value("panelist"), root.fieldPath("panelist"));
    QList<IncomingCard> cards;
    const QJsonArray array = root.array("scorecards");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = root.fieldPath("scorecards") + QStringLiteral("[%1]").arg(i);
        if (auto card = readCard(array.at(i), path))
            cards.append(*card);
    }
    root.reportUnknownFields();
    return cards;
}

/// A file of another kind or a newer version is refused before anything
/// else, rather than burying that under a list of follow-on errors.
bool PackageReader::readHeader(JsonObjectReader& root) {
    const QString format = root.text("format");
    if (format != scorecardformat::formatMarker()) {
        m_errors.add(root.fieldPath("format"),
                     tr("expected \"%1\", found \"%2\"; this is not a Debrief scorecards file")
                         .arg(scorecardformat::formatMarker(), format));
        return false;
    }
    const int errorsBefore = int(m_errors.size());
    const int version = root.integer("formatVersion", 1, std::numeric_limits<int>::max());
    if (version > scorecardformat::kFormatVersion) {
        m_errors.add(root.fieldPath("formatVersion"),
                     tr("this file was written by a newer Debrief (format version %1); this "
                        "version reads up to %2")
                         .arg(version)
                         .arg(scorecardformat::kFormatVersion));
    }
    root.text("exportedBy");
    return m_errors.size() == errorsBefore;
}

void PackageReader::readOpening(const QJsonValue& value, const QString& path) {
    JsonObjectReader in(value, path, m_errors);
    const QUuid uuid = in.uuid("uuid");
    in.text("title");
    in.reportUnknownFields();
    if (uuid.isNull())
        return;
    auto opening = OpeningRepository(m_db).findByUuid(uuid);
    if (!opening)
        m_errors.add(path, opening.errorMessage());
    else if (!opening->has_value())
        notFound(in.fieldPath("uuid"), tr("opening"), uuid);
    else
        m_openingId = (*opening)->id;
}

void PackageReader::readPanelist(const QJsonValue& value, const QString& path) {
    JsonObjectReader in(value, path, m_errors);
    const QUuid uuid = in.uuid("uuid");
    in.text("name");
    in.reportUnknownFields();
    if (uuid.isNull())
        return;
    auto panelist = PanelistRepository(m_db).findByUuid(uuid);
    if (!panelist)
        m_errors.add(path, panelist.errorMessage());
    else if (!panelist->has_value())
        notFound(in.fieldPath("uuid"), tr("panelist"), uuid);
    else
        m_panelistId = (*panelist)->id;
}

std::optional<IncomingCard> PackageReader::readCard(const QJsonValue& value, const QString& path) {
    JsonObjectReader in(value, path, m_errors);
    if (!in.isObject())
        return std::nullopt;
    IncomingCard out;
    out.path = path;
    Scorecard& card = out.card;
    card.uuid = in.uuid("uuid");
    card.panelistId = m_panelistId;
    card.status = ScorecardStatus::Submitted;
    resolveInterview(in, out);
    const std::optional<Rubric> rubric = resolveRubric(in);
    if (rubric)
        card.rubricId = rubric->id;
    card.recommendation = in.nullableEnumKey<Recommendation>("recommendation");
    card.keyTakeaways = in.text("keyTakeaways");
    card.submittedAt = in.timestamp("submittedAt");
    card.updatedAt = in.timestamp("updatedAt");
    readRatings(in, rubric, card);
    in.reportUnknownFields();
    return out;
}

void PackageReader::resolveInterview(JsonObjectReader& in, IncomingCard& out) {
    const QUuid uuid = in.uuid("interviewUuid");
    if (uuid.isNull())
        return;
    const QString path = in.fieldPath("interviewUuid");
    auto interview = InterviewRepository(m_db).findByUuid(uuid);
    if (!interview) {
        m_errors.add(path, interview.errorMessage());
        return;
    }
    if (!interview->has_value()) {
        notFound(path, tr("interview"), uuid);
        return;
    }
    auto application = ApplicationRepository(m_db).get((*interview)->applicationId);
    if (!application) {
        m_errors.add(path, application.errorMessage());
        return;
    }
    if (m_openingId != kNoRow && application->openingId != m_openingId) {
        m_errors.add(path, tr("interview %1 belongs to another opening").arg(uuidText(uuid)));
        return;
    }
    out.card.interviewId = (*interview)->id;
    // By id, date and uuid, never the candidate's name: these lines are
    // printed to a terminal and shown as the import's result.
    out.interviewLabel =
        tr("interview %1 on %2 (uuid %3)")
            .arg((*interview)->id)
            .arg((*interview)->scheduledAt.date().toString(Qt::ISODate), uuidText(uuid));
}

std::optional<Rubric> PackageReader::resolveRubric(JsonObjectReader& in) {
    const QUuid uuid = in.uuid("rubricUuid");
    if (uuid.isNull())
        return std::nullopt;
    auto rubric = RubricRepository(m_db).findByUuid(uuid);
    if (!rubric) {
        m_errors.add(in.fieldPath("rubricUuid"), rubric.errorMessage());
        return std::nullopt;
    }
    if (!rubric->has_value())
        notFound(in.fieldPath("rubricUuid"), tr("rubric version"), uuid);
    return *rubric;
}

void PackageReader::readRatings(JsonObjectReader& in, const std::optional<Rubric>& rubric,
                                Scorecard& card) {
    const QJsonArray array = in.array("ratings");
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonObjectReader rating(array.at(i),
                                in.fieldPath("ratings") + QStringLiteral("[%1]").arg(i), m_errors);
        const QUuid uuid = rating.uuid("criterionUuid");
        const std::optional<int> score = rating.nullableInteger("score");
        const QString evidence = rating.text("evidence");
        rating.reportUnknownFields();
        if (uuid.isNull() || !rubric)
            continue;
        const auto criterion = std::find_if(rubric->criteria.cbegin(), rubric->criteria.cend(),
                                            [&uuid](const Criterion& c) { return c.uuid == uuid; });
        if (criterion == rubric->criteria.cend()) {
            m_errors.add(rating.fieldPath("criterionUuid"),
                         tr("criterion %1 is not part of rubric version %2")
                             .arg(uuidText(uuid), uuidText(rubric->uuid)));
            continue;
        }
        if (seen.contains(uuid)) {
            m_errors.add(rating.fieldPath("criterionUuid"),
                         tr("criterion %1 is rated twice").arg(uuidText(uuid)));
            continue;
        }
        seen.insert(uuid);
        if (score && (*score < 1 || *score > criterion->scaleSize)) {
            m_errors.add(rating.fieldPath("score"),
                         tr("%1 is outside the scale 1–%2 of criterion \"%3\"")
                             .arg(*score)
                             .arg(criterion->scaleSize)
                             .arg(criterion->name));
        }
        card.ratings.append(CriterionRating{criterion->id, score, evidence});
    }
}

/// Two cards of one file for the same interview would break the rule of one
/// scorecard per panelist and interview; so would a uuid written twice.
void checkDuplicates(const QList<IncomingCard>& cards, JsonErrorList& errors) {
    QSet<QUuid> uuids;
    QSet<RowId> interviews;
    for (const IncomingCard& in : cards) {
        if (!in.card.uuid.isNull() && uuids.contains(in.card.uuid))
            errors.add(in.path + QStringLiteral(".uuid"),
                       ScorecardPackageImporter::tr("scorecard %1 appears twice in the file")
                           .arg(uuidText(in.card.uuid)));
        if (in.card.interviewId != kNoRow && interviews.contains(in.card.interviewId))
            errors.add(in.path + QStringLiteral(".interviewUuid"),
                       ScorecardPackageImporter::tr(
                           "the file holds two scorecards for %1; a panelist has one per interview")
                           .arg(in.interviewLabel));
        uuids.insert(in.card.uuid);
        interviews.insert(in.card.interviewId);
    }
}

/// The fields in which the stored card differs from the incoming one, in
/// words; empty when they are the same (rating order does not matter).
class CardDiff {
    Q_DECLARE_TR_FUNCTIONS(ScorecardPackageImporter)

public:
    static QStringList between(const Scorecard& stored, const Scorecard& incoming,
                               const Rubric& rubric) {
        QStringList out;
        if (stored.interviewId != incoming.interviewId)
            out.append(tr("interview"));
        if (stored.panelistId != incoming.panelistId)
            out.append(tr("panelist"));
        if (stored.status != incoming.status)
            out.append(tr("status (%1 here)").arg(toKey(stored.status)));
        if (stored.rubricId != incoming.rubricId)
            out.append(tr("rubric version"));
        if (stored.recommendation != incoming.recommendation)
            out.append(tr("recommendation (%1 here, %2 in the file)")
                           .arg(label(stored.recommendation), label(incoming.recommendation)));
        if (stored.keyTakeaways != incoming.keyTakeaways)
            out.append(tr("key takeaways"));
        if (stored.submittedAt != incoming.submittedAt)
            out.append(tr("submitted at"));
        if (stored.updatedAt != incoming.updatedAt)
            out.append(tr("last change"));
        out.append(ratings(stored, incoming, rubric));
        return out;
    }

private:
    static QString label(const std::optional<Recommendation>& r) {
        return r ? toLabel(*r) : tr("none");
    }
    static QString score(const CriterionRating* r) {
        return r && r->score ? QString::number(*r->score) : tr("not assessed");
    }
    static QStringList ratings(const Scorecard& stored, const Scorecard& incoming,
                               const Rubric& rubric) {
        QStringList out;
        for (const Criterion& c : rubric.criteria) {
            const CriterionRating* a = stored.rating(c.id);
            const CriterionRating* b = incoming.rating(c.id);
            if ((a && a->score) != (b && b->score) || (a && b && a->score != b->score))
                out.append(tr("score of \"%1\" (%2 here, %3 in the file)")
                               .arg(c.name, score(a), score(b)));
            if ((a ? a->evidence : QString()) != (b ? b->evidence : QString()))
                out.append(tr("evidence for \"%1\"").arg(c.name));
        }
        return out;
    }
};

} // namespace

Result<ScorecardImportSummary> ScorecardPackageImporter::importJson(const QByteArray& json,
                                                                    const QString& sourceName) {
    m_errors.clear();
    JsonErrorList errors;
    const QList<IncomingCard> cards = PackageReader(m_db, errors).read(json);
    checkDuplicates(cards, errors);
    auto fail = [&]() -> Result<ScorecardImportSummary> {
        m_errors = errors.all();
        return Error{errors.summary(sourceName, kListedErrors)};
    };
    if (!errors.isEmpty())
        return fail();

    ScorecardImportSummary summary;
    QList<Scorecard> toInsert;
    for (const IncomingCard& in : cards) {
        auto stored = ScorecardRepository(m_db).findByUuid(in.card.uuid);
        if (!stored) {
            errors.add(in.path, stored.errorMessage());
            continue;
        }
        if (stored->has_value()) {
            auto rubric = RubricRepository(m_db).get(in.card.rubricId);
            if (!rubric) {
                errors.add(in.path, rubric.errorMessage());
                continue;
            }
            const QStringList diff = CardDiff::between(**stored, in.card, *rubric);
            if (diff.isEmpty())
                summary.unchanged.append(
                    tr("Scorecard for %1: already up to date").arg(in.interviewLabel));
            else
                summary.conflicts.append(
                    tr("%1: scorecard for %2 differs from the stored one in: %3")
                        .arg(in.path, in.interviewLabel, diff.join(QStringLiteral("; "))));
            continue;
        }
        auto sameSeat = ScorecardRepository(m_db).forInterview(in.card.interviewId);
        if (!sameSeat) {
            errors.add(in.path, sameSeat.errorMessage());
            continue;
        }
        const bool taken =
            std::any_of(sameSeat->cbegin(), sameSeat->cend(),
                        [&](const Scorecard& s) { return s.panelistId == in.card.panelistId; });
        if (taken) {
            summary.conflicts.append(
                tr("%1: this panelist already has another scorecard for %2 in the database")
                    .arg(in.path, in.interviewLabel));
            continue;
        }
        toInsert.append(in.card);
        summary.inserted.append(tr("Scorecard for %1: added").arg(in.interviewLabel));
    }
    if (!errors.isEmpty())
        return fail();
    if (!summary.conflicts.isEmpty())
        return summary;

    TransactionGuard transaction(m_db);
    if (auto begun = transaction.begun(); !begun) {
        errors.add(QStringLiteral("$"), begun.errorMessage());
        return fail();
    }
    for (Scorecard& card : toInsert) {
        if (auto inserted = ScorecardRepository(m_db).insert(card); !inserted) {
            errors.add(QStringLiteral("$"),
                       tr("nothing was imported: %1").arg(inserted.errorMessage()));
            return fail();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        errors.add(QStringLiteral("$"),
                   tr("nothing was imported: %1").arg(committed.errorMessage()));
        return fail();
    }
    summary.written = true;
    return summary;
}

} // namespace debrief

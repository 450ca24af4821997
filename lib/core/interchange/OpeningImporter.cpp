#include "OpeningImporter.h"

#include "JsonErrorList.h"
#include "OpeningDocumentReader.h"
#include "OpeningDocumentValidator.h"
#include "OpeningDocumentWriter.h"
#include "OpeningFormat.h"
#include "storage/ApplicationRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

namespace debrief {

Result<RowId> OpeningImporter::importJson(const QByteArray& json, const QString& sourceName) {
    m_errors.clear();
    JsonErrorList errors;
    std::optional<OpeningDocument> doc = OpeningDocumentReader(errors).read(json);
    if (doc) {
        OpeningDocumentValidator(errors).validate(*doc);
        if (errors.isEmpty())
            checkTarget(*doc, errors);
    }
    if (doc && errors.isEmpty()) {
        auto written = OpeningDocumentWriter(m_db).write(*doc);
        if (written)
            return written;
        errors.add(QStringLiteral("$"), tr("nothing was imported: %1").arg(written.errorMessage()));
    }
    m_errors = errors.all();
    return Error{errors.summary(sourceName, kListedErrors)};
}

void OpeningImporter::checkTarget(const OpeningDocument& doc, JsonErrorList& errors) {
    const QUuid openingUuid = doc.opening.value.uuid;
    auto existing = OpeningRepository(m_db).findByUuid(openingUuid);
    if (!existing) {
        errors.add(QStringLiteral("$"), existing.errorMessage());
        return;
    }
    if (existing->has_value()) {
        errors.add(doc.opening.path + QStringLiteral(".uuid"),
                   tr("this opening (uuid %1) already exists in %2 as opening #%3 \"%4\"; "
                      "nothing was imported. Delete it there first, or import into another "
                      "file.")
                       .arg(openingformat::uuidText(openingUuid), m_db.location())
                       .arg((*existing)->id)
                       .arg((*existing)->title));
        return;
    }
    // The opening is new, so its parts should be too; a clash means the
    // file was edited by hand or the target holds a copy made another way.
    auto clash = [&](const QString& path, const QUuid& uuid) {
        errors.add(path + QStringLiteral(".uuid"),
                   tr("a record with uuid %1 already exists in %2")
                       .arg(openingformat::uuidText(uuid), m_db.location()));
    };
    auto check = [&](auto repository, const QUuid& uuid, const QString& path) {
        auto found = repository.findByUuid(uuid);
        if (!found)
            errors.add(path, found.errorMessage());
        else if (found->has_value())
            clash(path, uuid);
    };
    for (const auto& r : doc.rubrics) {
        check(RubricRepository(m_db), r.value.uuid, r.path);
        for (qsizetype i = 0; i < r.value.criteria.size(); ++i) {
            const QString path = r.path + QStringLiteral(".criteria[%1]").arg(i);
            const QUuid uuid = r.value.criteria.at(i).uuid;
            auto found = m_db.exec(QStringLiteral("SELECT 1 FROM criteria WHERE uuid = ?"),
                                   {openingformat::uuidText(uuid)});
            if (!found)
                errors.add(path, found.errorMessage());
            else if (found->next())
                clash(path, uuid);
        }
    }
    for (const auto& r : doc.rounds)
        check(InterviewRoundRepository(m_db), r.value.uuid, r.path);
    for (const auto& a : doc.applications)
        check(ApplicationRepository(m_db), a.value.uuid, a.path);
    for (const auto& i : doc.interviews)
        check(InterviewRepository(m_db), i.value.uuid, i.path);
    for (const auto& s : doc.scorecards)
        check(ScorecardRepository(m_db), s.value.uuid, s.path);
    for (const auto& r : doc.references)
        check(ReferenceRepository(m_db), r.value.uuid, r.path);
    for (const auto& c : doc.communications)
        check(CommunicationRepository(m_db), c.value.uuid, c.path);
    if (doc.decision)
        check(DecisionRepository(m_db), doc.decision->value.uuid, doc.decision->path);
}

} // namespace debrief

#pragma once

#include "JsonErrorList.h"
#include "OpeningDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

namespace debrief {

/// Checks an OpeningDocument as a whole: duplicate UUIDs, references to
/// records the file does not contain, rules that span records (one
/// application per candidate, ratings inside their criterion's scale, …).
/// Everything the database would refuse is caught here, with a JSON path,
/// before anything is written.
class OpeningDocumentValidator {
    Q_DECLARE_TR_FUNCTIONS(OpeningDocumentValidator)

public:
    explicit OpeningDocumentValidator(JsonErrorList& errors)
        : m_errors(errors) {}

    void validate(const OpeningDocument& doc);

private:
    /// uuid → the JSON path of the record that defines it.
    using Index = QHash<QUuid, QString>;

    void indexRecords(const OpeningDocument& doc);
    /// Adds a definition, reporting a duplicate.
    void define(Index& index, const QUuid& uuid, const QString& recordPath);
    /// Reports `ref` unless it names a record of `index` (null refs pass).
    void expectRef(const UuidRef& ref, const Index& index, const QString& what);
    /// Reports the second and later occurrences of one uuid in `refs`.
    void expectDistinct(const QList<UuidRef>& refs, const QString& what);

    void checkRubrics(const OpeningDocument& doc);
    void checkPanelAndRounds(const OpeningDocument& doc);
    void checkApplications(const OpeningDocument& doc);
    void checkCancellation(const DocInterview& interview);
    void checkScorecards(const OpeningDocument& doc);
    void checkScorecardRatings(const DocScorecard& card);
    void checkDecision(const DocDecision& decision);
    void checkAuditLog(const OpeningDocument& doc);

    JsonErrorList& m_errors;
    Index m_rubrics;
    Index m_criteria;
    Index m_rounds;
    Index m_panelists;
    Index m_candidates;
    Index m_applications;
    Index m_interviews;
    Index m_scorecards;
    Index m_references;
    Index m_communications;
    Index m_auditEntries;
    /// criterion uuid → (its rubric's uuid, its scale size)
    QHash<QUuid, std::pair<QUuid, int>> m_criterionInfo;
};

} // namespace debrief

#pragma once

#include "JsonObjectReader.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/CommunicationEntry.h"
#include "domain/Decision.h"
#include "domain/Interview.h"
#include "domain/InterviewRound.h"
#include "domain/Opening.h"
#include "domain/Panelist.h"
#include "domain/Reference.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QString>

#include <optional>

namespace debrief {

// An imported "debrief-opening" document after reading, before it is
// written: domain values whose row-id links are still UUID references
// (with the JSON path each was read from). The importer resolves them to
// row ids of the target database while writing.

struct DocPanelSeat {
    UuidRef panelist;
    bool isLead = false;
};

struct DocOpening {
    Opening value;
    QString path;
    QList<DocPanelSeat> panel;
};

/// Criteria, with their uuids, are inside value.criteria.
struct DocRubric {
    Rubric value;
    QString path;
};

struct DocRound {
    InterviewRound value;
    QString path;
    QList<UuidRef> criteria;
};

struct DocPanelist {
    Panelist value;
    QString path;
};

struct DocCandidate {
    Candidate value;
    QString path;
};

struct DocApplication {
    Application value;
    QString path;
    UuidRef candidate;
};

struct DocInterview {
    Interview value;
    QString path;
    UuidRef application;
    UuidRef round;
    QList<UuidRef> panelists;
};

struct DocRating {
    CriterionRating value;
    QString path;
    UuidRef criterion;
};

struct DocScorecard {
    Scorecard value;
    QString path;
    UuidRef interview;
    UuidRef panelist;
    UuidRef rubric;
    QList<DocRating> ratings;
};

struct DocReference {
    Reference value;
    QString path;
    UuidRef application;
};

struct DocOutcome {
    DecisionOutcome value;
    QString path;
    UuidRef application;
};

struct DocDecision {
    Decision value;
    QString path;
    /// Null uuid when nobody is recorded.
    UuidRef decidedBy;
    QList<UuidRef> decidingCriteria;
    QList<DocOutcome> outcomes;
};

struct DocCommunication {
    CommunicationEntry value;
    QString path;
    UuidRef application;
};

struct DocAuditEntry {
    AuditEntry value;
    QString path;
};

/// The whole document, in the order of its JSON arrays.
struct OpeningDocument {
    DocOpening opening;
    QList<DocRubric> rubrics;
    QList<DocRound> rounds;
    QList<DocPanelist> panelists;
    QList<DocCandidate> candidates;
    QList<DocApplication> applications;
    QList<DocInterview> interviews;
    QList<DocScorecard> scorecards;
    QList<DocReference> references;
    std::optional<DocDecision> decision;
    QList<DocCommunication> communications;
    QList<DocAuditEntry> auditLog;
};

} // namespace debrief

#pragma once

#include "debrief_core_export.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// Where an application stands in an opening's pipeline. Hired, Rejected and
/// Withdrawn are terminal: nobody is waiting on the panel any more.
enum class PipelineStage { Applied, Screen, Interview, Final, Offer, Hired, Rejected, Withdrawn };

/// An interviewer's overall call. Four levels and no neutral middle, so that
/// nobody can sit on the fence.
enum class Recommendation { StrongNo, No, Yes, StrongYes };

enum class OpeningStatus { Open, OnHold, Filled, Cancelled };

enum class ScorecardStatus { Draft, Submitted };

enum class CommunicationChannel { Email, Phone, VideoCall, InPerson, Letter, Other };

enum class CommunicationDirection { Outbound, Inbound };

/// What the decision record says about one finalist.
enum class DecisionRole { Chosen, RunnerUp, NotSelected };

// Stable keys as stored in databases and JSON files, and translated labels.
DEBRIEF_CORE_EXPORT QString toKey(PipelineStage value);
DEBRIEF_CORE_EXPORT QString toKey(Recommendation value);
DEBRIEF_CORE_EXPORT QString toKey(OpeningStatus value);
DEBRIEF_CORE_EXPORT QString toKey(ScorecardStatus value);
DEBRIEF_CORE_EXPORT QString toKey(CommunicationChannel value);
DEBRIEF_CORE_EXPORT QString toKey(CommunicationDirection value);
DEBRIEF_CORE_EXPORT QString toKey(DecisionRole value);

DEBRIEF_CORE_EXPORT QString toLabel(PipelineStage value);
DEBRIEF_CORE_EXPORT QString toLabel(Recommendation value);
DEBRIEF_CORE_EXPORT QString toLabel(OpeningStatus value);
DEBRIEF_CORE_EXPORT QString toLabel(ScorecardStatus value);
DEBRIEF_CORE_EXPORT QString toLabel(CommunicationChannel value);
DEBRIEF_CORE_EXPORT QString toLabel(CommunicationDirection value);
DEBRIEF_CORE_EXPORT QString toLabel(DecisionRole value);

/// Parses a stored key; std::nullopt when the key is unknown.
template <typename Enum> std::optional<Enum> fromKey(const QString& key);

template <>
DEBRIEF_CORE_EXPORT std::optional<PipelineStage> fromKey<PipelineStage>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<Recommendation> fromKey<Recommendation>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<OpeningStatus> fromKey<OpeningStatus>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<ScorecardStatus> fromKey<ScorecardStatus>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<CommunicationChannel>
fromKey<CommunicationChannel>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<CommunicationDirection>
fromKey<CommunicationDirection>(const QString& key);
template <>
DEBRIEF_CORE_EXPORT std::optional<DecisionRole> fromKey<DecisionRole>(const QString& key);

/// Every key of an enum, in declaration order (for messages such as
/// "expected one of applied, screen, …").
template <typename Enum> QStringList allKeys();

template <> DEBRIEF_CORE_EXPORT QStringList allKeys<PipelineStage>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<Recommendation>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<OpeningStatus>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<ScorecardStatus>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<CommunicationChannel>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<CommunicationDirection>();
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<DecisionRole>();

/// True for stages after which the candidate expects no further answer.
DEBRIEF_CORE_EXPORT bool isTerminal(PipelineStage stage);

} // namespace debrief

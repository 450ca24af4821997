#pragma once

#include "Enums.h"
#include "RowId.h"
#include "debrief_core_export.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace debrief {

/// The furthest point a candidate reached, as far as the wording of a
/// rejection is concerned: each has its own template. Offer is the letter
/// to a chosen candidate whose offer is pending ("we would like to make you
/// an offer"), the draft a promoted runner-up starts from.
enum class TemplateStage { Application, Screen, Interview, Final, Offer };

/// One version of the rejection template for a language and stage. Editing
/// a template stores a new version; drafts keep the version they came from.
struct MessageTemplate {
    RowId id = kNoRow;
    QUuid uuid;
    /// "en", "de", "fr".
    QString language;
    TemplateStage stage = TemplateStage::Application;
    int version = 1;
    QString subject;
    QString body;
    QDateTime createdAt;
    /// Who saved this version ("built-in" for the shipped text).
    QString author;

    friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

DEBRIEF_CORE_EXPORT QString toKey(TemplateStage value);
template <>
DEBRIEF_CORE_EXPORT std::optional<TemplateStage> fromKey<TemplateStage>(const QString& key);
template <> DEBRIEF_CORE_EXPORT QStringList allKeys<TemplateStage>();
/// Every template stage, in pipeline order, the offer last.
DEBRIEF_CORE_EXPORT QList<TemplateStage> allTemplateStages();

/// The template that fits a candidate whose furthest stage is `furthest`:
/// an offer or hire counts as the final round (the offer letter is chosen
/// by the decision, see DraftContextLoader).
DEBRIEF_CORE_EXPORT TemplateStage templateStageFor(PipelineStage furthest);

} // namespace debrief

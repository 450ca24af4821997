#pragma once

#include "Result.h"
#include "domain/MessageTemplate.h"
#include "drafting/TemplateValues.h"

#include <QCoreApplication>
#include <QDate>

namespace debrief {

/// Which conditional sections the preview's sample candidate switches on.
struct TemplateSampleFlags {
    bool talentPool = true;
    bool shareDecidingFactor = true;
    bool feedbackOffered = true;
};

/// A made-up finalist (never a real candidate) for the template editor's
/// live preview: the values a draft would get, built by DraftComposer from a
/// sample context in the template's own language, so the preview reads as
/// a real message would.
class TemplateSample {
    Q_DECLARE_TR_FUNCTIONS(TemplateSample)

public:
    static Result<TemplateValues> values(const QString& language, TemplateStage stage,
                                         const QDate& today, const TemplateSampleFlags& flags);
};

} // namespace debrief

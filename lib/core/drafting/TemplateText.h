#pragma once

#include <QString>

namespace debrief {

/// A template's two parts, both in template syntax.
struct TemplateText {
    QString subject;
    QString body;

    friend bool operator==(const TemplateText&, const TemplateText&) = default;
};

} // namespace debrief

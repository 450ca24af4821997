#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

namespace debrief {

/// Renders a widget into a PNG file at a given size without a visible window
/// (on the offscreen platform as well as on a desktop).
class ScreenshotRenderer {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    static Status render(QWidget& widget, const QSize& size, const QString& outPath);
    /// Parses "1280x800"; an error names the accepted form.
    static Result<QSize> parseSize(const QString& text);
};

} // namespace debrief

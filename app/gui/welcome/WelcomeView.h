#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

namespace debrief {

struct ViewContext;

/// The `welcome` screenshot view: the main window as a first launch shows
/// it, over a new, empty database of its own in a temporary folder (the
/// database given with --db is not used or changed), with the recent
/// databases the settings remember.
Result<std::unique_ptr<QWidget>> makeWelcomeView(ViewContext& context);

} // namespace debrief

#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

namespace debrief {

struct ViewContext;

/// The `connect-dialog` screenshot view: File › Connect to Server… filled
/// in for a server checked with verify-full, with two recent servers and
/// the password remembered; on the server --db names when it is one.
Result<std::unique_ptr<QWidget>> makeConnectDialogView(ViewContext& context);

} // namespace debrief

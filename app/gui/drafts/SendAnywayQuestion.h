#pragma once

#include "tone/ToneFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QWidget;

namespace debrief {

/// "Send anyway?" before a draft leaves Debrief with tone findings still
/// open: lists them (category and the flagged words, as plain text) with
/// Send Anyway and Go Back, Go Back the default. Without findings it does
/// not ask. What was sent anyway is handed on so the log notes it.
class SendAnywayQuestion {
    Q_DECLARE_TR_FUNCTIONS(SendAnywayQuestion)

public:
    /// Calls `send` with the findings' category names (empty without
    /// findings) unless the user goes back; asks window-modally over `parent`.
    static void ask(QWidget* parent, const QString& text, const QList<ToneFinding>& findings,
                    const std::function<void(const QStringList&)>& send);
};

} // namespace debrief

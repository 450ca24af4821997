#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QWidget;

namespace debrief {

/// "Try the demo": writes the demo database into the user's data folder
/// the way `debrief-cli demo` does (DemoDatabaseFile: owner-only, replaced
/// whole) and hands its path on to be opened. When a demo from an earlier
/// try is there, asks first whether to open it as it is or start afresh.
class DemoOffer {
    Q_DECLARE_TR_FUNCTIONS(DemoOffer)

public:
    /// demo.sqlite in the user's data folder.
    static QString path();
    /// Runs the offer over `parent` (window-modal questions, never
    /// blocking); `open` gets the path once there is a demo to open, and is
    /// not called when the user cancels or writing failed (then a message
    /// box on `parent` says why). `today` dates the demo's story;
    /// `openFile` is the database open now, which is never written over.
    static void start(QWidget* parent, const QDate& today, const QString& openFile,
                      const std::function<void(const QString&)>& open);
};

} // namespace debrief

#pragma once

#include <QString>

class QLabel;

namespace debrief {

/// The read-only value labels of the detail pane and its editors: plain
/// text (a value is never markup), wrapped, selectable with the mouse
/// (people copy e-mail addresses and dates), and named so that tests and
/// screen readers find them.
class ValueLabel {
public:
    static QLabel* create(const QString& objectName);
};

} // namespace debrief

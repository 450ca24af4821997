#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace debrief {

/// After File › Export Report… wrote a PDF: says where, and offers to open
/// it or show its folder (through the desktop's file handler), in a
/// window-modal box that blocks nothing.
class ReportWrittenOffer {
    Q_DECLARE_TR_FUNCTIONS(ReportWrittenOffer)

public:
    static void show(QWidget* parent, const QString& path);
};

} // namespace debrief

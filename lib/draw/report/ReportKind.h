#pragma once

#include "debrief_draw_export.h"
#include "reporting/ReportKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief::report {

/// Keys (as `debrief-cli report --kind` takes them) and translated names of
/// the report kinds.
class DEBRIEF_DRAW_EXPORT ReportKinds {
    Q_DECLARE_TR_FUNCTIONS(ReportKinds)

public:
    static QList<ReportKind> all();
    /// "comparison", "packet", "calibration", "summary"; never translated.
    static QString key(ReportKind kind);
    static std::optional<ReportKind> fromKey(const QString& key);
    static QStringList keys();
    /// "Finalist comparison", "Candidate packet", …
    static QString label(ReportKind kind);
    /// One sentence on what the report contains, for the export dialog.
    static QString description(ReportKind kind);
    /// Only the candidate packet is about one candidate.
    static bool needsCandidate(ReportKind kind) { return kind == ReportKind::Packet; }
};

} // namespace debrief::report

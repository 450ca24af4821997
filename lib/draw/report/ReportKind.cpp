#include "ReportKind.h"

namespace debrief::report {

QList<ReportKind> ReportKinds::all() {
    return {ReportKind::Comparison, ReportKind::Packet, ReportKind::Calibration,
            ReportKind::Summary};
}

QString ReportKinds::key(ReportKind kind) {
    switch (kind) {
    case ReportKind::Comparison:
        return QStringLiteral("comparison");
    case ReportKind::Packet:
        return QStringLiteral("packet");
    case ReportKind::Calibration:
        return QStringLiteral("calibration");
    case ReportKind::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<ReportKind> ReportKinds::fromKey(const QString& key) {
    for (ReportKind kind : all()) {
        if (ReportKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QStringList ReportKinds::keys() {
    QStringList keys;
    for (ReportKind kind : all())
        keys.append(key(kind));
    return keys;
}

QString ReportKinds::label(ReportKind kind) {
    switch (kind) {
    case ReportKind::Comparison:
        return tr("Finalist comparison");
    case ReportKind::Packet:
        return tr("Candidate packet");
    case ReportKind::Calibration:
        return tr("Panel calibration");
    case ReportKind::Summary:
        return tr("Opening summary");
    }
    return {};
}

QString ReportKinds::description(ReportKind kind) {
    switch (kind) {
    case ReportKind::Comparison:
        return tr("The finalists side by side with charts, whether the lead is real, where the "
                  "panel disagrees, the decision record and a sign-off block.");
    case ReportKind::Packet:
        return tr("One candidate: details, stage, every submitted scorecard with its evidence, "
                  "references and the communication log.");
    case ReportKind::Calibration:
        return tr("How each panelist scores compared with the rest of the panel, agreement per "
                  "criterion and halo flags, with a short reading guide.");
    case ReportKind::Summary:
        return tr("The pipeline by stage, time in stage, promised dates kept and missed, and "
                  "who is still waiting for an answer.");
    }
    return {};
}

} // namespace debrief::report

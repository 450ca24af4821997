#pragma once

namespace debrief {

/// The four reports Debrief writes for the people who sign off on a hire
/// (their names and keys: lib/draw's ReportKinds).
enum class ReportKind { Comparison, Packet, Calibration, Summary };

} // namespace debrief

#pragma once

#include <QStringList>

#include <cstdio>

// Options of a benchmark's own, taken off the command line before Qt Test
// reads the rest, so that the CTest smoke run can ask for small data.
namespace debrief::bench {

/// Reads `option N` (N a positive whole number) into `value` and removes
/// both from `args`; false, with a message, when N is not one.
inline bool takePositiveOption(QStringList& args, const QString& option, int& value) {
    const auto at = args.indexOf(option);
    if (at <= 0 || at + 1 >= args.size())
        return true;
    bool ok = false;
    const int given = args.at(at + 1).toInt(&ok);
    if (!ok || given < 1) {
        std::fprintf(stderr, "%s takes a positive number\n", qPrintable(option));
        return false;
    }
    value = given;
    args.remove(at, 2);
    return true;
}

} // namespace debrief::bench

#include "ToolOptions.h"

#include <cstdio>

namespace debrief::test {

ToolOptions::ToolOptions(const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--")) && i + 1 < args.size()) {
            m_values.insert(args.at(i), args.at(i + 1));
            ++i;
        } else {
            m_unknown.append(args.at(i));
        }
    }
}

int usage(const char* synopsis) {
    std::fprintf(stderr, "usage: debrief-testtool %s\n", synopsis);
    return 2;
}

int fail(const QString& message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace debrief::test

#include "IcsCheck.h"

#include <QJsonDocument>
#include <QProcess>

namespace debrief::test {

QJsonObject readIcsWithPython(const QString& path) {
    QProcess python;
    python.start(QStringLiteral(DEBRIEF_ICS_PYTHON), {QStringLiteral(DEBRIEF_CHECK_ICS), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("check_ics.py failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QString icsCheckerMissing() {
    if (QByteArray(DEBRIEF_ICS_PYTHON).isEmpty())
        return QStringLiteral("No Python 3 interpreter was found at configure time; "
                              "scripts/setup.sh installs python3 and python3-icalendar.");
    QProcess probe;
    probe.start(QStringLiteral(DEBRIEF_ICS_PYTHON),
                {QStringLiteral("-c"), QStringLiteral("import icalendar")});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        return QStringLiteral("Python's icalendar package is missing; scripts/setup.sh installs "
                              "python3-icalendar.");
    return {};
}

} // namespace debrief::test

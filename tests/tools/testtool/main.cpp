// debrief-testtool: programs the reliability tests run next to Debrief,
// never shipped (docs/RELIABILITY.md).
//
//   autosave-loop      a scorecard draft saved again and again (crash test)
//   hold-lock          another program holding the write lock (GUI test)
//   migration-fixture  a database as an earlier schema version left it
//   submit-scorecard   another client submitting a scorecard (live updates)

#include "AutosaveLoop.h"
#include "MigrationFixture.h"
#include "ScorecardSubmit.h"
#include "ToolOptions.h"
#include "WriteLockHolder.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

int migrationFixture(const QStringList& args) {
    debrief::test::ToolOptions options(args);
    bool ok = false;
    const int version = options.value(QStringLiteral("--version")).toInt(&ok);
    const QString out = options.value(QStringLiteral("--out"));
    if (!ok || out.isEmpty() || !options.unknown().isEmpty())
        return debrief::test::usage("migration-fixture --version N --out FILE");
    const QString failure = debrief::test::writeMigrationFixture(out, version);
    if (!failure.isEmpty())
        return debrief::test::fail(failure);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("autosave-loop"))
        return debrief::test::autosaveLoop(args);
    if (command == QLatin1String("hold-lock"))
        return debrief::test::holdWriteLock(args);
    if (command == QLatin1String("migration-fixture"))
        return migrationFixture(args);
    if (command == QLatin1String("submit-scorecard"))
        return debrief::test::submitScorecard(args);
    std::fprintf(
        stderr,
        "usage: debrief-testtool autosave-loop|hold-lock|migration-fixture|submit-scorecard ...\n");
    return 2;
}

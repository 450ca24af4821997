#include "FuzzSupport.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace debrief::fuzz {

void start(int* argc, char*** argv) {
    // Static: it must outlive every input, and libFuzzer never returns to
    // a caller that could own it.
    static QCoreApplication application(*argc, *argv);
    // Qt's warnings (an invalid regular expression, say) are expected for
    // broken input; printing each one would slow the fuzzer to a crawl.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
}

void require(bool holds, const char* what) {
    if (holds)
        return;
    std::fprintf(stderr, "contract broken: %s\n", what);
    std::abort();
}

QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

Database& scratchDatabase() {
    static QTemporaryDir folder;
    static std::unique_ptr<Database> database = [] {
        require(folder.isValid(), "a temporary folder for the scratch database");
        auto opened = Database::openSqlite(folder.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
            std::abort();
        }
        return std::move(*opened);
    }();
    return *database;
}

qint64 count(Database& db, const QString& sql) {
    auto query = db.exec(sql);
    require(query.ok() && query->next(), "a count query runs");
    return query->value(0).toLongLong();
}

} // namespace debrief::fuzz

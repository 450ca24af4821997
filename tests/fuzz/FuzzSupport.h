#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace debrief {

class Database;

namespace fuzz {

/// What every fuzz target shares: the QCoreApplication that Qt SQL's driver
/// plugins need, a way to turn a broken promise of the code under test into
/// a finding, and the scratch database the importers read and write.
/// Call start() from LLVMFuzzerInitialize; libFuzzer keeps argc and argv
/// alive for the whole run.
void start(int* argc, char*** argv);

/// Stops the run with `what` when `holds` is false: a result that breaks
/// the documented contract is a finding just as a crash is.
void require(bool holds, const char* what);

/// The fuzzer's bytes, copied (libFuzzer's buffer is exactly `size` long:
/// a read past it is the out-of-bounds read ASan should catch, not ours).
QByteArray bytes(const uint8_t* data, size_t size);

/// A new SQLite database in a folder removed at exit, migrated to the
/// current schema; the run stops when it cannot be made.
Database& scratchDatabase();

/// The single number a `SELECT COUNT(*) …` statement gives; the run stops
/// when it fails.
qint64 count(Database& db, const QString& sql);

} // namespace fuzz
} // namespace debrief

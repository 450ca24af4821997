#pragma once

#include <QString>
#include <QVariant>

namespace debrief::test {

/// A second, plain Qt SQL connection to an SQLite file, as another program
/// (or another Debrief) would hold it: to keep a write transaction open
/// while a command runs, and to count rows without going through Database.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const;
    /// Takes the write lock (BEGIN IMMEDIATE) and keeps it until release().
    bool holdWriteLock();
    /// Commits what holdWriteLock() began.
    bool release();
    /// Runs `sql` and gives the first column of the first row (invalid on error).
    QVariant scalar(const QString& sql);
    bool exec(const QString& sql);

private:
    QString m_name;
};

} // namespace debrief::test

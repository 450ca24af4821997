#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace debrief {

/// Collects every problem found in an imported JSON document, each tied to
/// the JSON path where it was found, so that a user can fix a file in one go
/// instead of one error per attempt.
class JsonErrorList {
    Q_DECLARE_TR_FUNCTIONS(JsonErrorList)

public:
    /// Records "PATH: MESSAGE".
    void add(const QString& path, const QString& message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }
    const QStringList& all() const { return m_errors; }
    /// One error per line (each prefixed with `sourceName` when given), at
    /// most `cap` of them, then a line saying how many more there are.
    QString summary(const QString& sourceName, int cap) const;

private:
    QStringList m_errors;
};

} // namespace debrief

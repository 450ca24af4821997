#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace debrief::test {

/// The "--name value" pairs of one debrief-testtool subcommand.
class ToolOptions {
public:
    explicit ToolOptions(const QStringList& args);
    /// The value given for `name` (with its dashes), empty when absent.
    QString value(const QString& name) const { return m_values.value(name); }
    /// Arguments that are not "--name value" pairs.
    QStringList unknown() const { return m_unknown; }

private:
    QMap<QString, QString> m_values;
    QStringList m_unknown;
};

/// Prints the subcommand's usage to stderr and returns 2.
int usage(const char* synopsis);
/// Prints `message` to stderr and returns 1.
int fail(const QString& message);

} // namespace debrief::test

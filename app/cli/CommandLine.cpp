#include "CommandLine.h"

#include <QFile>

namespace debrief::cli {

CommandLine::CommandLine(QString commandName, QString summary, QString usage)
    : m_name(std::move(commandName))
    , m_usage(std::move(usage))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")) {
    m_parser.setApplicationDescription(summary);
    m_parser.addOption(m_help);
}

std::optional<int> CommandLine::parse(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (!m_parser.parse(QStringList{m_name} + args)) {
        err << m_parser.errorText() << '\n';
        return usageError(err);
    }
    if (m_parser.isSet(m_help)) {
        // Qt's own first lines name the binary's path; say the command instead
        // and skip Qt's usage line, the description (any number of lines) and
        // the blank line after it.
        const QString description = m_parser.applicationDescription();
        out << m_usage << "\n\n"
            << description << "\n\n"
            << m_parser.helpText().section(QLatin1Char('\n'),
                                           3 + static_cast<int>(description.count(u'\n')));
        return 0;
    }
    return std::nullopt;
}

int CommandLine::usageError(QTextStream& err) const {
    err << m_usage << '\n';
    return kUsageError;
}

int CommandLine::usageError(QTextStream& err, const QString& message) const {
    err << message << '\n';
    return usageError(err);
}

bool CommandLine::hasArguments(std::initializer_list<const QCommandLineOption*> required,
                               qsizetype positionalCount) const {
    for (const QCommandLineOption* option : required) {
        if (!m_parser.isSet(*option))
            return false;
    }
    return m_parser.positionalArguments().size() == positionalCount;
}

QCommandLineOption CommandLine::databaseOption() {
    return {QStringLiteral("db"),
            tr("The Debrief database: a file, or a shared server as "
               "postgresql://user@host:port/database."),
            tr("FILE")};
}

QCommandLineOption CommandLine::openingOption() {
    return {QStringLiteral("opening"), tr("The opening: its id in FILE, or its uuid."), tr("ID")};
}

QCommandLineOption CommandLine::viewerOption() {
    return {QStringLiteral("as"),
            tr("Show the scores as this panelist may see them (blind scoring): their id in FILE, "
               "uuid or e-mail. Default: the opening's panel lead."),
            tr("PANELIST")};
}

Result<QByteArray> CommandLine::readFile(const QString& path) {
    QFile in(path);
    if (Status opened = openFile(in, path); !opened)
        return opened.error();
    return in.readAll();
}

Status CommandLine::openFile(QFile& file, const QString& path) {
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return {};
}

int fail(QTextStream& err, const QString& message) {
    err << message << '\n';
    return kInputError;
}

} // namespace debrief::cli

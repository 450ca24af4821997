#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

/// The layers keep to their order, read from the includes of the source
/// tree: the core library's sources include no Qt Gui, Widgets, Charts or
/// PrintSupport header (with debrief_forbid_links at configure time and
/// --no-undefined at link time this keeps lib/core usable without a display);
/// lib/core/storage includes from no lib/core area above it; lib/draw never
/// opens storage; the applications reach storage only through lib/core's
/// workflows and read models, never a repository.
class TestLayering : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerFindsEveryKindOfInclude();
    void scannerAllowsCoreAndSqlHeaders();
    void coreIncludesNoGuiHeaders();
    void projectIncludesFindsQuotedIncludes();
    void storageIncludesNoAreaAboveIt();
    void drawIncludesNothingFromStorage();
    void appIncludesNoRepository();

private:
    QStringList violations(const QString& fileName, const QByteArray& text) const;
    static QSet<QString> headersIn(const QString& directory);
    /// "file:line: includes <header>" for every quoted include of a file
    /// under `folder` (relative to the source tree) that `forbidden` names.
    static QStringList includesUnder(const QString& folder,
                                     const std::function<bool(const QString&)>& forbidden);
    static QStringList projectIncludes(const QString& fileName, const QByteArray& text,
                                       const std::function<bool(const QString&)>& forbidden);

    QSet<QString> m_forbiddenHeaders;
};

namespace {

const QStringList kForbiddenModules = {
    QStringLiteral("QtGui"),          QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
    QStringLiteral("QtPrintSupport"), QStringLiteral("QtSvg"),     QStringLiteral("QtOpenGL"),
    QStringLiteral("QtPdf"),          QStringLiteral("QtQuick"),   QStringLiteral("QtQml")};

// Always forbidden, even where the Qt headers cannot be listed.
const QStringList kKnownGuiHeaders = {QStringLiteral("QWidget"),
                                      QStringLiteral("QApplication"),
                                      QStringLiteral("QGuiApplication"),
                                      QStringLiteral("QPainter"),
                                      QStringLiteral("QColor"),
                                      QStringLiteral("QImage"),
                                      QStringLiteral("QPixmap"),
                                      QStringLiteral("QIcon"),
                                      QStringLiteral("QFont"),
                                      QStringLiteral("QPdfWriter"),
                                      QStringLiteral("QTextDocument"),
                                      QStringLiteral("QUndoStack"),
                                      QStringLiteral("QUndoCommand"),
                                      QStringLiteral("QPrinter"),
                                      QStringLiteral("QChart"),
                                      QStringLiteral("QChartView"),
                                      QStringLiteral("QStandardItemModel"),
                                      QStringLiteral("QValidator"),
                                      QStringLiteral("QDesktopServices"),
                                      QStringLiteral("QClipboard")};

} // namespace

void TestLayering::initTestCase() {
    for (const QString& header : kKnownGuiHeaders) {
        m_forbiddenHeaders.insert(header);
        m_forbiddenHeaders.insert(header.toLower() + QStringLiteral(".h"));
    }
    // Every class header the Gui-side modules install, minus any name that
    // Qt Core or Qt SQL also provide.
    const QDir qtHeaders(QStringLiteral(DEBRIEF_QT_HEADERS_DIR));
    QVERIFY2(qtHeaders.exists(QStringLiteral("QtGui")),
             qPrintable(QStringLiteral("no QtGui headers under ") + qtHeaders.path()));
    QSet<QString> allowed = headersIn(qtHeaders.filePath(QStringLiteral("QtCore")));
    allowed.unite(headersIn(qtHeaders.filePath(QStringLiteral("QtSql"))));
    QVERIFY(allowed.contains(QStringLiteral("QString")));
    for (const QString& module : kForbiddenModules) {
        for (const QString& header : headersIn(qtHeaders.filePath(module))) {
            if (!allowed.contains(header))
                m_forbiddenHeaders.insert(header);
        }
    }
    QVERIFY(m_forbiddenHeaders.contains(QStringLiteral("QAction")));
    QVERIFY(m_forbiddenHeaders.contains(QStringLiteral("qpainter.h")));
}

QSet<QString> TestLayering::headersIn(const QString& directory) {
    QSet<QString> names;
    const QStringList entries = QDir(directory).entryList(QDir::Files);
    for (const QString& entry : entries)
        names.insert(entry);
    return names;
}

QStringList TestLayering::violations(const QString& fileName, const QByteArray& text) const {
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QStringList found;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = include.match(QString::fromUtf8(lines.at(i)));
        if (!match.hasMatch())
            continue;
        const QString header = match.captured(1).trimmed();
        const QString module = header.section(QLatin1Char('/'), 0, 0);
        const bool bad =
            (header.contains(QLatin1Char('/')) && kForbiddenModules.contains(module)) ||
            m_forbiddenHeaders.contains(header) || kForbiddenModules.contains(header);
        if (bad)
            found << QStringLiteral("%1:%2: includes <%3>").arg(fileName).arg(i + 1).arg(header);
    }
    return found;
}

void TestLayering::scannerFindsEveryKindOfInclude() {
    const QByteArray text = "#include <QString>\n"
                            "#include <QtGui/QColor>\n"
                            "  #  include \"QWidget\"\n"
                            "#include <qpainter.h>\n"
                            "#include <QtCharts/QChart>\n"
                            "#include <QPdfWriter>\n"
                            "#include <QAction>\n"
                            "#include <QtWidgets>\n";
    const QStringList found = violations(QStringLiteral("lib/core/Bad.cpp"), text);
    QCOMPARE(found.size(), 7);
    QCOMPARE(found.first(), QStringLiteral("lib/core/Bad.cpp:2: includes <QtGui/QColor>"));
    QCOMPARE(found.last(), QStringLiteral("lib/core/Bad.cpp:8: includes <QtWidgets>"));
}

void TestLayering::scannerAllowsCoreAndSqlHeaders() {
    const QByteArray text = "#include <QString>\n#include <QtCore/QDateTime>\n"
                            "#include <QSqlQuery>\n#include <QtSql/QSqlDatabase>\n"
                            "#include <QRegularExpression>\n#include \"storage/Database.h\"\n"
                            "#include <memory>\n";
    QCOMPARE(violations(QStringLiteral("lib/core/Good.cpp"), text), QStringList());
}

void TestLayering::coreIncludesNoGuiHeaders() {
    const QDir root(QStringLiteral(DEBRIEF_SOURCE_DIR));
    const QString coreDir = root.filePath(QStringLiteral("lib/core"));
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList found;
    int scanned = 0;
    bool sawSettings = false;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        found << violations(root.relativeFilePath(path), file.readAll());
        ++scanned;
        sawSettings |= path.endsWith(QLatin1String("settings/Settings.cpp"));
    }
    // A wrong path would scan nothing and pass: make sure the tree is there.
    QVERIFY2(scanned >= 10,
             qPrintable(QStringLiteral("only %1 files under %2").arg(scanned).arg(coreDir)));
    QVERIFY(sawSettings);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QStringList TestLayering::projectIncludes(const QString& fileName, const QByteArray& text,
                                          const std::function<bool(const QString&)>& forbidden) {
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QStringList found;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = include.match(QString::fromUtf8(lines.at(i)));
        if (match.hasMatch() && forbidden(match.captured(1).trimmed()))
            found << QStringLiteral("%1:%2: includes \"%3\"")
                         .arg(fileName)
                         .arg(i + 1)
                         .arg(match.captured(1).trimmed());
    }
    return found;
}

QStringList TestLayering::includesUnder(const QString& folder,
                                        const std::function<bool(const QString&)>& forbidden) {
    const QDir root(QStringLiteral(DEBRIEF_SOURCE_DIR));
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList found;
    int scanned = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("%1: cannot be read").arg(path)};
        found << projectIncludes(root.relativeFilePath(path), file.readAll(), forbidden);
        ++scanned;
    }
    // A wrong path would scan nothing and pass.
    if (scanned < 10)
        found << QStringLiteral("only %1 files under %2").arg(scanned).arg(folder);
    return found;
}

namespace {

// The folder of a quoted include ("storage/Database.h" -> "storage"); empty
// for a header of the same folder or of lib/core's root (Result.h).
QString areaOf(const QString& header) {
    return header.contains(QLatin1Char('/')) ? header.section(QLatin1Char('/'), 0, 0) : QString();
}

// What lib/core/storage stands on: the domain values and the files rules
// (owner-only files, outputs that are never a database). Every other area
// of lib/core (drafting, scoring, pipeline, …) is built on storage.
const QStringList kBelowStorage = {QStringLiteral("domain"), QStringLiteral("files"),
                                   QStringLiteral("storage")};

bool aboveStorage(const QString& header) {
    const QString area = areaOf(header);
    return !area.isEmpty() && !kBelowStorage.contains(area);
}

bool fromStorage(const QString& header) {
    return areaOf(header) == QLatin1String("storage");
}

bool aRepository(const QString& header) {
    return fromStorage(header) && header.endsWith(QLatin1String("Repository.h"));
}

} // namespace

void TestLayering::projectIncludesFindsQuotedIncludes() {
    const QByteArray text = "#include \"Result.h\"\n"
                            "#include \"domain/Opening.h\"\n"
                            "  #  include \"drafting/DraftLanguage.h\"\n"
                            "#include <QString>\n"
                            "#include \"storage/OpeningRepository.h\"\n"
                            "#include \"storage/Database.h\"\n";
    QCOMPARE(projectIncludes(QStringLiteral("s.cpp"), text, aboveStorage),
             QStringList{QStringLiteral("s.cpp:3: includes \"drafting/DraftLanguage.h\"")});
    QCOMPARE(projectIncludes(QStringLiteral("d.cpp"), text, fromStorage).size(), 2);
    QCOMPARE(projectIncludes(QStringLiteral("a.cpp"), text, aRepository),
             QStringList{QStringLiteral("a.cpp:5: includes \"storage/OpeningRepository.h\"")});
}

void TestLayering::storageIncludesNoAreaAboveIt() {
    const QStringList found = includesUnder(QStringLiteral("lib/core/storage"), aboveStorage);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::drawIncludesNothingFromStorage() {
    const QStringList found = includesUnder(QStringLiteral("lib/draw"), fromStorage);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::appIncludesNoRepository() {
    const QStringList found = includesUnder(QStringLiteral("app"), aRepository);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

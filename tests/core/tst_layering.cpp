#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

/// The core library's sources include no Qt Gui, Widgets, Charts or
/// PrintSupport header. With debrief_forbid_links (configure time) and
/// --no-undefined (link time) this keeps lib/core usable without a display.
class TestLayering : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerFindsEveryKindOfInclude();
    void scannerAllowsCoreAndSqlHeaders();
    void coreIncludesNoGuiHeaders();

private:
    QStringList violations(const QString& fileName, const QByteArray& text) const;
    static QSet<QString> headersIn(const QString& directory);

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

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

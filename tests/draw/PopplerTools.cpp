#include "PopplerTools.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtDebug>

QString PopplerTools::run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << args << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PopplerTools::pageText(const QString& pdf, int page) {
    const QString n = QString::number(page);
    return run(QStringLiteral(DEBRIEF_PDFTOTEXT),
               {QStringLiteral("-layout"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf,
                QStringLiteral("-")});
}

QList<PopplerTools::Word> PopplerTools::pageWords(const QString& pdf, int page) {
    const QString n = QString::number(page);
    const QString html =
        run(QStringLiteral(DEBRIEF_PDFTOTEXT), {QStringLiteral("-bbox"), QStringLiteral("-f"), n,
                                                QStringLiteral("-l"), n, pdf, QStringLiteral("-")});
    // <word xMin="…" yMin="…" xMax="…" yMax="…">text</word>
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        QString text = m.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        words.append({text, QRectF(topLeft, bottomRight)});
    }
    return words;
}

QString PopplerTools::info(const QString& pdf, const QString& key) {
    const QString out = run(QStringLiteral(DEBRIEF_PDFINFO), {pdf});
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

QString PopplerTools::xmp(const QString& pdf) {
    return run(QStringLiteral(DEBRIEF_PDFINFO), {QStringLiteral("-meta"), pdf});
}

QStringList PopplerTools::fontRows(const QString& pdf) {
    QStringList rows =
        run(QStringLiteral(DEBRIEF_PDFFONTS), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

QStringList PopplerTools::imageRows(const QString& pdf) {
    QStringList rows = run(QStringLiteral(DEBRIEF_PDFIMAGES), {QStringLiteral("-list"), pdf})
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

QImage PopplerTools::renderPage(const QString& pdf, int page, int dpi) {
    QTemporaryDir dir;
    const QString n = QString::number(page);
    const QString base = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral(DEBRIEF_PDFTOPPM),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), n, QStringLiteral("-l"),
         n, QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, base});
    return QImage(base + QStringLiteral(".png"));
}

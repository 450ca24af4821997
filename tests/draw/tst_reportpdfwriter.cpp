#include "PopplerTools.h"

#include "ComparisonRadarChart.h"
#include "CriterionBarChart.h"
#include "report/ReportDocument.h"
#include "report/ReportPageSetup.h"
#include "report/ReportPdfWriter.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace debrief::report;

namespace {

const auto kTitle = QStringLiteral("Finalist comparison");
const auto kAuthor = QStringLiteral("Dana Whitfield-Okonkwo");
const auto kOpening = QStringLiteral("Senior Data Engineer, Platform Team");
const auto kTableHeaderName = QStringLiteral("Candidate name");
const auto kTableHeaderEvidence = QStringLiteral("Evidence");
const auto kTableCaption = QStringLiteral("Scores by candidate");
// A name with no space to break at: it must wrap inside its column.
const auto kLongToken =
    QStringLiteral("Maximiliane-Josephine-Alexandra-Wolfeschlegelsteinhausen-Bergerdorff");
const auto kKeepHeading = QStringLiteral("Kept heading");

QStringList criteria() {
    return {QStringLiteral("Technical depth"), QStringLiteral("System design"),
            QStringLiteral("Communication"), QStringLiteral("Collaboration"),
            QStringLiteral("Ownership")};
}

QList<ChartSeriesData> series() {
    return {{QStringLiteral("Ana"), {80.0, 65.0, 90.0, 70.0, 75.0}},
            {QStringLiteral("Ben"), {60.0, 85.0, 70.0, 80.0, 65.0}},
            {QStringLiteral("Chloé"), {70.0, 75.0, 60.0, 90.0, 85.0}}};
}

QString rowMarker(int row) {
    return QStringLiteral("R%1").arg(row + 1, 3, 10, QLatin1Char('0'));
}

QString evidence(int row) {
    // Every seventh row carries a long evidence text that wraps over lines.
    QString text = QStringLiteral("Walked through the migration plan for row %1").arg(row + 1);
    if (row % 7 == 0)
        text += QStringLiteral(
            ", explained the rollback strategy, how the on-call rotation would absorb the "
            "extra load during the cut-over week, and which dashboards the team would watch "
            "before, during and after the switch.");
    return text;
}

ReportTable bigTable() {
    ReportTable table;
    table.caption = kTableCaption;
    table.headers = {QStringLiteral("Ref"), kTableHeaderName, QStringLiteral("Score"),
                     kTableHeaderEvidence};
    table.columnWeights = {0.6, 2.2, 0.8, 4.0};
    table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
    for (int r = 0; r < 120; ++r) {
        const QString name = r == 5 ? kLongToken : QStringLiteral("Candidate %1").arg(r + 1);
        table.rows.append(
            {rowMarker(r), name, QString::number(1.0 + (r % 40) / 10.0, 'f', 1), evidence(r)});
    }
    table.emphasisedRows = {119};
    table.highlightedCells = {2 * 4 + 2, 3 * 4 + 2};
    return table;
}

ReportChart barChart() {
    ReportChart chart;
    chart.create = [] {
        return CriterionBarChart::build(criteria(), series());
    };
    chart.heightMm = 75;
    chart.caption = QStringLiteral("Figure 1. Panel mean per criterion");
    return chart;
}

ReportChart radarChart() {
    ReportChart chart;
    chart.create = [] {
        QChart* c = ComparisonRadarChart::build(criteria(), series());
        c->legend()->setAlignment(Qt::AlignRight);
        return c;
    };
    chart.heightMm = 85;
    chart.widthMm = 125;
    chart.caption = QStringLiteral("Figure 2. Profiles of the finalists");
    return chart;
}

QStringList signOffRoles() {
    return {QStringLiteral("Hiring manager"), QStringLiteral("HR business partner"),
            QStringLiteral("Panel lead")};
}

ReportDocument syntheticDocument() {
    ReportDocument doc;
    doc.setTitle(kTitle);
    doc.setSubtitle(kOpening);
    doc.setAuthor(kAuthor);
    doc.setRunningHeader(kOpening);
    doc.setGeneratedAt(QDateTime(QDate(2025, 3, 14), QTime(9, 30)));
    doc.addKeyValues({{QStringLiteral("Opening"), kOpening},
                      {QStringLiteral("Hiring manager"), kAuthor},
                      {QStringLiteral("Finalists"), QStringLiteral("Ana, Ben, Chloé")},
                      {QStringLiteral("Panel"), QStringLiteral("Five panelists, three rounds")}});
    doc.addHeading(QStringLiteral("Summary"));
    doc.addParagraph(QStringLiteral(
        "The panel scored three finalists on five criteria. Ana and Ben are statistically tied "
        "on the weighted total: in 96 of 100 resamplings of the panel their order changed at "
        "least once, so the scores alone do not separate them. The deciding factor recorded "
        "below is the depth of experience with incident response."));
    doc.addCallout(QStringLiteral("Verdict: Ana and Ben are tied; Chloé is clearly third."));
    doc.addChart(barChart());
    doc.addHeading(QStringLiteral("Scores"));
    doc.addTable(bigTable());
    doc.addHeading(QStringLiteral("Profiles"), 2);
    doc.addChart(radarChart());
    doc.addNote(QStringLiteral("Scores are the panel means as a percentage of the scale."));
    doc.addHeading(QStringLiteral("Sign-off"));
    doc.addSignOff(signOffRoles());
    return doc;
}

/// The last line of a page's text above the footer.
QString lastContentLine(const QString& pageText) {
    QStringList lines = pageText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty())
        lines.removeLast(); // the footer
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

QString squeezed(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

/// The bounding box of the non-white pixels of `image` inside `area`.
QRect inkBox(const QImage& image, const QRect& area) {
    int left = area.right(), right = area.left(), top = area.bottom(), bottom = area.top();
    for (int y = qMax(0, area.top()); y <= qMin(image.height() - 1, area.bottom()); ++y)
        for (int x = qMax(0, area.left()); x <= qMin(image.width() - 1, area.right()); ++x)
            if (qGray(image.pixel(x, y)) < 240) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
    return right < left ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

/// What the engine exists to avoid: a chart laid out at its on-screen size
/// and rendered 1:1 into a 1200-dpi page comes out at a sixteenth of the
/// frame (1 device pixel = 1/1200 inch, not 1/96).
void writeNaiveChartPdf(const QString& path, const QRectF& framePt) {
    QPdfWriter writer(path);
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
    QPainter painter(&writer);
    QGraphicsScene scene;
    QChart* chart = CriterionBarChart::build(criteria(), series());
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    const QSizeF screenSize = framePt.size() * 96.0 / 72.0; // the frame on a 96-dpi screen
    chart->setGeometry(QRectF(QPointF(0, 0), screenSize));
    scene.setSceneRect(QRectF(QPointF(0, 0), screenSize));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const double k = 1200.0 / 72.0;
    scene.render(&painter, QRectF(framePt.topLeft() * k, screenSize), scene.sceneRect());
}

} // namespace

class TestReportPdfWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pageSizeFollowsLocale_data();
    void pageSizeFollowsLocale();
    void everyPageHasHeaderAndPageNumber();
    void tableRepeatsItsHeaderOnEveryPage();
    void longTextsWrapNotClipped();
    void keyValuesAreAligned();
    void signOffStaysOnOnePage();
    void fontsAreEmbedded();
    void metadataIsSet();
    void pdfAIsMarkedWhenAsked();
    void chartsAreVectorsFillingTheirFrames();
    void headingIsNeverLastOnAPage();
    void oversizedRowSplitsAcrossPages();
    void cancellingLeavesNoFile();
    void failedWriteKeepsExistingFile();
    void fileIsOwnerOnly();
    void cleanupTestCase();

private:
    QString writeSynthetic(const QString& name, const ReportPageSetup& setup);

    QTemporaryDir m_dir;
    QString m_pdf;
    ReportPdfWriter m_writer;
};

void TestReportPdfWriter::initTestCase() {
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    m_pdf = writeSynthetic(QStringLiteral("synthetic.pdf"),
                           ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY(!m_pdf.isEmpty());
    qInfo("synthetic report: %d pages, 2 charts, %lld ms", m_writer.pageCount(), timer.elapsed());
    // 120 rows of 8 pt text cannot fit on fewer than three A4 pages; the
    // layout must not have collapsed everything onto one.
    QVERIFY2(m_writer.pageCount() >= 4, qPrintable(QString::number(m_writer.pageCount())));
    QCOMPARE(PopplerTools::info(m_pdf, QStringLiteral("Pages")).toInt(), m_writer.pageCount());
}

QString TestReportPdfWriter::writeSynthetic(const QString& name, const ReportPageSetup& setup) {
    const QString path = m_dir.filePath(name);
    const Status status = m_writer.write(syntheticDocument(), setup, path);
    if (!status.ok()) {
        qWarning() << status.errorMessage();
        return {};
    }
    return path;
}

void TestReportPdfWriter::pageSizeFollowsLocale_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("pageSize");
    // pdfinfo prints the size in points: A4 is 210 × 297 mm = 595.276 × 841.89 pt,
    // which Qt writes rounded to whole points; Letter is 8.5 × 11 in = 612 × 792 pt.
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada)
                           << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("595 x 842 pts (A4)");
}

void TestReportPdfWriter::pageSizeFollowsLocale() {
    QFETCH(QLocale, locale);
    QFETCH(QString, pageSize);
    ReportDocument doc;
    doc.setTitle(kTitle);
    doc.addParagraph(QStringLiteral("One paragraph."));
    const QString path = m_dir.filePath(locale.name() + QStringLiteral(".pdf"));
    ReportPdfWriter writer;
    const Status status = writer.write(doc, ReportPageSetup::forLocale(locale), path);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(PopplerTools::info(path, QStringLiteral("Page size")), pageSize);
}

void TestReportPdfWriter::everyPageHasHeaderAndPageNumber() {
    const int pages = m_writer.pageCount();
    for (int p = 1; p <= pages; ++p) {
        const QString text = PopplerTools::pageText(m_pdf, p);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                 qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY2(text.contains(QStringLiteral("Confidential: contains personal data")),
                 qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY2(text.contains(kOpening), qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY(text.contains(QStringLiteral("Generated")));
    }
}

void TestReportPdfWriter::tableRepeatsItsHeaderOnEveryPage() {
    QList<int> tablePages;
    QString allRows;
    for (int p = 1; p <= m_writer.pageCount(); ++p) {
        const QString text = PopplerTools::pageText(m_pdf, p);
        if (!text.contains(QRegularExpression(QStringLiteral("\\bR\\d{3}\\b"))))
            continue;
        tablePages.append(p);
        allRows += text;
        QVERIFY2(text.contains(kTableHeaderName) && text.contains(kTableHeaderEvidence),
                 qPrintable(QStringLiteral("no header row on page %1").arg(p)));
        if (tablePages.size() > 1)
            QVERIFY2(text.contains(kTableCaption + QStringLiteral(" (continued)")),
                     qPrintable(QStringLiteral("no continued caption on page %1").arg(p)));
    }
    QVERIFY2(tablePages.size() >= 3, qPrintable(QString::number(tablePages.size())));
    for (int i = 1; i < tablePages.size(); ++i)
        QCOMPARE(tablePages.at(i), tablePages.at(i - 1) + 1);
    // Every row exactly once: none lost, none repeated at a page break.
    for (int r = 0; r < 120; ++r)
        QCOMPARE(allRows.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(rowMarker(r)))),
                 1);
}

void TestReportPdfWriter::longTextsWrapNotClipped() {
    // The name column: A4 text width 595 − 2 × 56.69 = 481.6 pt, weights
    // 0.6 : 2.2 : 0.8 : 4.0 of 7.6, so it spans 94.7 … 234.1 pt.
    const double nameLeft = 56.69 + 481.6 * 0.6 / 7.6;
    const double nameRight = nameLeft + 481.6 * 2.2 / 7.6;
    bool found = false;
    for (int p = 1; p <= m_writer.pageCount() && !found; ++p) {
        const auto words = PopplerTools::pageWords(m_pdf, p);
        double rowTop = -1;
        for (const auto& word : words)
            if (word.text == rowMarker(5))
                rowTop = word.box.top();
        if (rowTop < 0)
            continue;
        QList<PopplerTools::Word> pieces;
        for (const auto& word : words)
            if (word.box.left() > nameLeft && word.box.left() < nameRight &&
                word.box.top() >= rowTop - 0.5 && word.box.top() < rowTop + 60)
                pieces.append(word);
        std::sort(pieces.begin(), pieces.end(),
                  [](const auto& a, const auto& b) { return a.box.top() < b.box.top(); });
        QString name;
        for (const auto& piece : pieces) {
            name += piece.text;
            // Wrapped inside its column, not run into the score column.
            QVERIFY2(piece.box.right() <= nameRight - 4 + 0.5, qPrintable(piece.text));
        }
        QVERIFY2(name.startsWith(kLongToken), qPrintable(name));
        QVERIFY(pieces.size() >= 3); // 68 characters of 8 pt text in a 131 pt column
        found = true;
    }
    QVERIFY(found);
    QString all;
    for (int p = 1; p <= m_writer.pageCount(); ++p)
        all += PopplerTools::pageText(m_pdf, p);
    // The long evidence texts wrap over lines, all words kept in order.
    QVERIFY(squeezed(all).contains(squeezed(evidence(7))));
    // Nothing runs out of the text area (20 mm side margins: 56.69 pt).
    for (int p = 1; p <= m_writer.pageCount(); ++p)
        for (const auto& word : PopplerTools::pageWords(m_pdf, p)) {
            QVERIFY2(word.box.left() >= 56.69 - 0.5, qPrintable(word.text));
            QVERIFY2(word.box.right() <= 595 - 56.69 + 0.5, qPrintable(word.text));
        }
}

void TestReportPdfWriter::keyValuesAreAligned() {
    // Each value's first word sits on its key's baseline, and all values
    // start at one x, right of the widest key ("Hiring manager").
    const auto words = PopplerTools::pageWords(m_pdf, 1);
    const QList<QPair<QString, QString>> firstWords{
        {QStringLiteral("Opening"), QStringLiteral("Senior")},
        {QStringLiteral("Hiring"), QStringLiteral("Dana")},
        {QStringLiteral("Finalists"), QStringLiteral("Ana,")},
        {QStringLiteral("Panel"), QStringLiteral("Five")}};
    QList<double> valueStarts;
    double widestKeyEnd = 0;
    for (const auto& [key, value] : firstWords) {
        for (const auto& keyWord : words) {
            if (keyWord.text != key || keyWord.box.left() > 60)
                continue;
            for (const auto& word : words)
                if (word.text == value && qAbs(word.box.bottom() - keyWord.box.bottom()) < 0.5) {
                    valueStarts.append(word.box.left());
                    break;
                }
            break;
        }
    }
    for (const auto& word : words)
        if (word.text == QStringLiteral("manager") && word.box.left() < 120)
            widestKeyEnd = word.box.right();
    QCOMPARE(valueStarts.size(), 4);
    for (double x : valueStarts)
        QVERIFY2(qAbs(x - valueStarts.first()) < 0.5, qPrintable(QString::number(x)));
    QVERIFY(widestKeyEnd > 0);
    QVERIFY(widestKeyEnd < valueStarts.first());
}

void TestReportPdfWriter::signOffStaysOnOnePage() {
    const int last = m_writer.pageCount();
    const QString text = PopplerTools::pageText(m_pdf, last);
    for (const QString& role : signOffRoles())
        QVERIFY2(text.contains(role), qPrintable(role));
    QCOMPARE(text.count(QStringLiteral("Signature")), signOffRoles().size());
}

void TestReportPdfWriter::fontsAreEmbedded() {
    const QStringList rows = PopplerTools::fontRows(m_pdf);
    QVERIFY(!rows.isEmpty());
    for (const QString& row : rows) {
        // name type encoding emb sub uni object ID: "emb" is the 4th column
        // from the right-hand end (emb sub uni num gen).
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5, qPrintable(row));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        QVERIFY2(row.contains(QStringLiteral("DejaVuSans")), qPrintable(row));
    }
}

void TestReportPdfWriter::metadataIsSet() {
    QCOMPARE(PopplerTools::info(m_pdf, QStringLiteral("Title")), kTitle);
    QCOMPARE(PopplerTools::info(m_pdf, QStringLiteral("Producer")).left(3), QStringLiteral("Qt "));
    const QString xmp = PopplerTools::xmp(m_pdf);
    QVERIFY2(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + kAuthor),
             qPrintable(xmp));
    QVERIFY(!xmp.contains(QStringLiteral("pdfaid")));
}

void TestReportPdfWriter::pdfAIsMarkedWhenAsked() {
    ReportPageSetup setup =
        ReportPageSetup::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    setup.pdfA = true;
    const QString path = m_dir.filePath(QStringLiteral("pdfa.pdf"));
    ReportPdfWriter writer;
    const Status status = writer.write(syntheticDocument(), setup, path);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    const QString xmp = PopplerTools::xmp(path);
    QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(xmp));
    QVERIFY(xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    QCOMPARE(PopplerTools::info(path, QStringLiteral("PDF version")), QStringLiteral("1.4"));
    for (const QString& row : PopplerTools::fontRows(path))
        QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row));
}

void TestReportPdfWriter::chartsAreVectorsFillingTheirFrames() {
    // Vectors: the charts leave no raster image in the file.
    QCOMPARE(PopplerTools::imageRows(m_pdf), QStringList());
    const QList<QRectF> frames = m_writer.chartFrames();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(m_writer.chartFramePages().size(), 2);
    constexpr int dpi = 100;
    const double px = dpi / 72.0;
    for (int i = 0; i < frames.size(); ++i) {
        const QRectF frame = frames.at(i);
        // The frames the layout chose: text width (170 mm = 481.9 pt) for the
        // bar chart, 125 mm = 354.3 pt for the radar; 75 mm = 212.6 pt and
        // 85 mm = 240.9 pt high.
        QCOMPARE(qRound(frame.width()), i == 0 ? 482 : 354);
        QCOMPARE(qRound(frame.height()), i == 0 ? 213 : 241);
        const QImage page =
            PopplerTools::renderPage(m_pdf, m_writer.chartFramePages().at(i) + 1, dpi);
        QVERIFY(!page.isNull());
        const QRect area(QPoint(qFloor(frame.left() * px), qFloor(frame.top() * px)),
                         QPoint(qCeil(frame.right() * px), qCeil(frame.bottom() * px)));
        const QRect ink = inkBox(page, area);
        QVERIFY2(ink.width() >= 0.85 * area.width(),
                 qPrintable(QStringLiteral("chart %1: %2 of %3 px wide")
                                .arg(i)
                                .arg(ink.width())
                                .arg(area.width())));
        QVERIFY2(ink.height() >= 0.85 * area.height(),
                 qPrintable(QStringLiteral("chart %1: %2 of %3 px high")
                                .arg(i)
                                .arg(ink.height())
                                .arg(area.height())));
    }
    // The contrast: the same frame rendered the naive way covers less than
    // a tenth of it (96/1200 = 8 % in each direction).
    const QString naive = m_dir.filePath(QStringLiteral("naive.pdf"));
    writeNaiveChartPdf(naive, frames.first());
    const QImage page = PopplerTools::renderPage(naive, 1, dpi);
    const QRectF f = frames.first();
    const QRect area(QPoint(qFloor(f.left() * px), qFloor(f.top() * px)),
                     QPoint(qCeil(f.right() * px), qCeil(f.bottom() * px)));
    const QRect ink = inkBox(page, area);
    QVERIFY2(ink.width() < 0.15 * area.width(), qPrintable(QString::number(ink.width())));
    QVERIFY(ink.height() < 0.15 * area.height());
}

void TestReportPdfWriter::headingIsNeverLastOnAPage() {
    // Slide a heading down the first page one paragraph at a time, across
    // the page bottom: wherever it falls, it never ends a page, and the
    // paragraph it introduces starts on the heading's page.
    // First in the synthetic report: none of its headings ends a page.
    for (int p = 1; p <= m_writer.pageCount(); ++p) {
        const QString last = lastContentLine(PopplerTools::pageText(m_pdf, p));
        for (const QString& heading : {QStringLiteral("Summary"), QStringLiteral("Scores"),
                                       QStringLiteral("Profiles"), QStringLiteral("Sign-off")})
            QVERIFY2(last != heading, qPrintable(QStringLiteral("page %1").arg(p)));
    }
    const auto setup = ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany));
    int moved = 0;
    for (int fillers = 28; fillers <= 44; ++fillers) {
        ReportDocument doc;
        doc.setTitle(kTitle);
        doc.setRunningHeader(kOpening);
        for (int i = 0; i < fillers; ++i)
            doc.addParagraph(QStringLiteral("Filler paragraph %1.").arg(i + 1));
        doc.addHeading(kKeepHeading, 2);
        doc.addParagraph(QStringLiteral("Body after the heading, first line. ").repeated(6));
        const QString path = m_dir.filePath(QStringLiteral("keep-%1.pdf").arg(fillers));
        ReportPdfWriter writer;
        const Status status = writer.write(doc, setup, path);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        for (int p = 1; p <= writer.pageCount(); ++p) {
            const QString text = PopplerTools::pageText(path, p);
            QVERIFY2(lastContentLine(text) != kKeepHeading,
                     qPrintable(QStringLiteral("%1 fillers, page %2").arg(fillers).arg(p)));
            if (text.contains(kKeepHeading))
                QVERIFY(text.contains(QStringLiteral("Body after the heading")));
            if (p == 2 && text.contains(kKeepHeading) &&
                PopplerTools::pageText(path, 1).contains(
                    QStringLiteral("Filler paragraph %1.").arg(fillers)))
                ++moved; // the heading went over with its paragraph
        }
    }
    // The sweep did cross the page bottom.
    QVERIFY(moved >= 1);
}

void TestReportPdfWriter::oversizedRowSplitsAcrossPages() {
    // One cell longer than a page: the row is split between lines (the
    // only case where a row splits), every word printed exactly once.
    ReportTable table;
    table.caption = QStringLiteral("Evidence log");
    table.headers = {QStringLiteral("Round"), kTableHeaderEvidence};
    table.columnWeights = {1, 5};
    QStringList words;
    for (int i = 0; i < 1400; ++i)
        words.append(QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0')));
    table.rows = {{QStringLiteral("Screen"), QStringLiteral("Short note.")},
                  {QStringLiteral("Onsite"), words.join(QLatin1Char(' '))}};
    ReportDocument doc;
    doc.setRunningHeader(kOpening);
    doc.addTable(table);
    const QString path = m_dir.filePath(QStringLiteral("oversized.pdf"));
    ReportPdfWriter writer;
    const Status status = writer.write(
        doc, ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany)), path);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QVERIFY(writer.pageCount() >= 2);
    QString all;
    for (int p = 1; p <= writer.pageCount(); ++p) {
        const QString text = PopplerTools::pageText(path, p);
        QVERIFY2(text.contains(kTableHeaderEvidence), qPrintable(QString::number(p)));
        if (p > 1)
            QVERIFY(text.contains(QStringLiteral("Evidence log (continued)")));
        all += text;
    }
    for (const QString& word : words)
        QCOMPARE(all.count(word), 1);
}

void TestReportPdfWriter::cancellingLeavesNoFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    ReportPdfWriter writer;
    int calls = 0;
    const Status status = writer.write(
        syntheticDocument(), ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany)),
        path, [&calls](int done, int total) {
            ++calls;
            return done < 2 && total > 2;
        });
    QVERIFY(!status.ok());
    QVERIFY(status.errorMessage().contains(QStringLiteral("cancelled")));
    QCOMPARE(calls, 2);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestReportPdfWriter::failedWriteKeepsExistingFile() {
    QTemporaryDir dir;
    const QByteArray previous("%PDF-1.4 the report signed last week\n");
    const auto setup = ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany));
    // 1. Cancelled half-way over an existing report.
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    ReportPdfWriter writer;
    QVERIFY(!writer.write(syntheticDocument(), setup, path, [](int, int) { return false; }).ok());
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), previous);
    check.close();
    // 2. The temporary file cannot be created next to the target: its name
    // (target + ".XXXXXX") exceeds the 255-byte file-name limit even for root.
    const QString longPath = dir.filePath(QString(250, QLatin1Char('r')) + QStringLiteral(".pdf"));
    {
        QFile file(longPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    const Status status = writer.write(syntheticDocument(), setup, longPath);
    QVERIFY(!status.ok());
    QVERIFY(status.errorMessage().contains(longPath));
    QFile longCheck(longPath);
    QVERIFY(longCheck.open(QIODevice::ReadOnly));
    QCOMPARE(longCheck.readAll(), previous);
    // 3. A directory that is not writable (meaningless for root).
    if (QFileInfo(dir.path()).ownerId() != 0) {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(!writer.write(syntheticDocument(), setup, path).ok());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), previous);
    }
}

void TestReportPdfWriter::fileIsOwnerOnly() {
    const QFileDevice::Permissions permissions = QFile::permissions(m_pdf);
    QCOMPARE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(permissions & QFileDevice::ReadOwner);
}

void TestReportPdfWriter::cleanupTestCase() {
    // DEBRIEF_TEST_KEEP_DIR=/some/dir keeps the reports written here for a look.
    const QString keep = qEnvironmentVariable("DEBRIEF_TEST_KEEP_DIR");
    if (keep.isEmpty())
        return;
    for (const QString& name : QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")})) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(m_dir.filePath(name), QDir(keep).filePath(name));
    }
}

QTEST_MAIN(TestReportPdfWriter)
#include "tst_reportpdfwriter.moc"

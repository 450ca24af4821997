#include "ReportPdfWriter.h"

#include "PdfMetadata.h"
#include "ReportDocument.h"
#include "ReportLayout.h"
#include "ReportPageSetup.h"
#include "ReportPainter.h"
#include "ReportStyle.h"
#include "files/OutputPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace debrief::report {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

bool hasCharts(const ReportDocument& document) {
    for (const ReportBlock& block : document.blocks())
        if (std::holds_alternative<ReportChart>(block))
            return true;
    return false;
}

QMarginsF marginsInPoints(const ReportPageSetup& setup) {
    const QMarginsF& mm = setup.marginsMm;
    return {mm.left() * kPointsPerMm, mm.top() * kPointsPerMm, mm.right() * kPointsPerMm,
            mm.bottom() * kPointsPerMm};
}

void configure(QPdfWriter& writer, const ReportDocument& document, const ReportPageSetup& setup) {
    writer.setResolution(setup.resolution);
    // No device margins: the engine places the running header and footer
    // in the page margins itself.
    writer.setPageLayout(QPageLayout(setup.pageSize, QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(document.title());
    const QString creator = QCoreApplication::applicationName().isEmpty()
                                ? QStringLiteral("Debrief")
                                : QCoreApplication::applicationName();
    writer.setCreator(creator);
    if (setup.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    const PdfMetadata metadata{document.title(),
                               document.author(),
                               creator,
                               QStringLiteral("Qt " QT_VERSION_STR),
                               QDateTime::currentDateTime(),
                               setup.pdfA};
    writer.setDocumentXmpMetadata(metadata.xmpPacket());
}

} // namespace

Status ReportPdfWriter::write(const ReportDocument& document, const ReportPageSetup& setup,
                              const QString& path, const Progress& progress) {
    m_pageCount = 0;
    m_chartFrames.clear();
    m_chartFramePages.clear();
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{tr("Cannot write the report %1: fonts need a QGuiApplication.").arg(path)};
    if (hasCharts(document) && !QCoreApplication::instance()->inherits("QApplication"))
        return Error{tr("Cannot write the report %1: charts need a QApplication.").arg(path)};

    // The report appears at `path` only when complete, owner-only: it holds
    // candidates' personal data. Never in place of the database it reads.
    if (Status allowed = OutputPaths::check(path); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QPdfWriter writer(&file);
    configure(writer, document, setup);
    // Whole points, as QPdfWriter writes the page's media box.
    const QSizeF pageSize(setup.pageSize.sizePoints());
    const QMarginsF margins = marginsInPoints(setup);
    const ReportStyle style;
    const QList<ReportPage> pages =
        ReportLayout(style, &writer, pageSize, margins).layout(document);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("Cannot write %1: the PDF writer did not start.").arg(path)};
    ReportPainter pagePainter(style, painter, &writer, document, setup.locale, pageSize, margins);
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        pagePainter.paint(pages.at(i), i, total);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            file.cancelWriting();
            return Error{tr("Writing %1 was cancelled; no file was written.").arg(path)};
        }
    }
    painter.end();
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};

    m_pageCount = total;
    for (int i = 0; i < total; ++i)
        for (const PlacedChart& chart : pages.at(i).charts) {
            m_chartFrames.append(chart.frame);
            m_chartFramePages.append(i);
        }
    return {};
}

} // namespace debrief::report

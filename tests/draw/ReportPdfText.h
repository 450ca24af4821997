#pragma once

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

/// What the report tests read back from a written PDF with poppler-utils:
/// each page's text in drawing order with white space and ligatures
/// normalised (so a wrapped table cell reads as one phrase), how much of a
/// frame a rendered chart covers, and golden-image comparison.
class ReportPdfText {
public:
    /// pdftotext -raw of every page, NFKC-normalised ("ﬁ" → "fi") and with
    /// every run of white space turned into one space (a line break after a
    /// hyphen is dropped).
    static QStringList pages(const QString& pdf);
    /// `text` normalised the same way, for comparing with pages().
    static QString normalised(const QString& text);
    /// The 0-based index of the first page containing `text`; -1 if none.
    static int pageOf(const QStringList& pages, const QString& text);
    /// The share (0..1) of a frame's width and height that the bounding box
    /// of non-white pixels inside it spans, on a page rendered at `dpi`.
    static QSizeF inkCoverage(const QImage& page, const QRectF& framePt, int dpi);

    struct ImageDifference {
        /// Pixels whose largest channel difference exceeds the tolerance.
        double differingShare = 1.0;
        bool sameSize = false;
    };
    /// Compares two renderings; a pixel differs when any channel is more
    /// than `channelTolerance` (0–255) apart.
    static ImageDifference compare(const QImage& actual, const QImage& expected,
                                   int channelTolerance);
};

#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

/// Reads a PDF back with poppler-utils (paths from CMake), the way a reader's
/// viewer sees it: text per page, fonts, document info, rendered pages.
class PopplerTools {
public:
    struct Word {
        QString text;
        QRectF box; // points from the page's top-left corner
    };

    /// Standard output of `program args`; empty with a warning on failure.
    static QString run(const QString& program, const QStringList& args);
    /// pdftotext -layout of one page (1-based).
    static QString pageText(const QString& pdf, int page);
    /// The words of one page with their boxes (pdftotext -bbox).
    static QList<Word> pageWords(const QString& pdf, int page);
    /// pdfinfo's "Key: value" lines as pairs (e.g. "Pages", "Title").
    static QString info(const QString& pdf, const QString& key);
    static QString xmp(const QString& pdf);
    /// pdffonts rows after the two header lines.
    static QStringList fontRows(const QString& pdf);
    /// pdfimages -list rows after the two header lines.
    static QStringList imageRows(const QString& pdf);
    /// One page rendered at `dpi` (pdftoppm, PNG).
    static QImage renderPage(const QString& pdf, int page, int dpi);
};

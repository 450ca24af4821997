#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace debrief::report {

/// The XMP packet of a report. Qt 6.4's QPdfWriter has no author field, so
/// the engine writes its own packet: title, author (dc:creator), creator
/// tool, producer, dates and, for PDF/A-1b, the pdfaid identification.
struct PdfMetadata {
    QString title;
    QString author;
    QString creatorTool;
    QString producer;
    QDateTime created;
    bool pdfA = false;

    QByteArray xmpPacket() const;
};

} // namespace debrief::report

#include "ReportPdfText.h"

#include "PopplerTools.h"

#include <QRegularExpression>

#include <algorithm>

QString ReportPdfText::normalised(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.replace(space, QStringLiteral(" "));
    // A word broken after its hyphen at the end of a line reads as one word.
    static const QRegularExpression brokenHyphen(QStringLiteral("(\\w)- (?=\\w)"));
    out.replace(brokenHyphen, QStringLiteral("\\1-"));
    return out.trimmed();
}

QStringList ReportPdfText::pages(const QString& pdf) {
    const int count = PopplerTools::info(pdf, QStringLiteral("Pages")).toInt();
    QStringList texts;
    for (int page = 1; page <= count; ++page) {
        const QString n = QString::number(page);
        texts.append(
            normalised(PopplerTools::run(QStringLiteral(DEBRIEF_PDFTOTEXT),
                                         {QStringLiteral("-raw"), QStringLiteral("-f"), n,
                                          QStringLiteral("-l"), n, pdf, QStringLiteral("-")})));
    }
    return texts;
}

int ReportPdfText::pageOf(const QStringList& pages, const QString& text) {
    const QString wanted = normalised(text);
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(wanted))
            return i;
    }
    return -1;
}

QSizeF ReportPdfText::inkCoverage(const QImage& page, const QRectF& framePt, int dpi) {
    const double scale = dpi / 72.0;
    const QRect frame = QRectF(framePt.topLeft() * scale, framePt.size() * scale)
                            .toAlignedRect()
                            .intersected(page.rect());
    if (frame.isEmpty())
        return {};
    int left = frame.right(), right = frame.left(), top = frame.bottom(), bottom = frame.top();
    for (int y = frame.top(); y <= frame.bottom(); ++y) {
        for (int x = frame.left(); x <= frame.right(); ++x) {
            const QRgb pixel = page.pixel(x, y);
            if (std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)}) >= 235)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < left)
        return {0, 0};
    return {double(right - left + 1) / frame.width(), double(bottom - top + 1) / frame.height()};
}

ReportPdfText::ImageDifference ReportPdfText::compare(const QImage& actual, const QImage& expected,
                                                      int channelTolerance) {
    ImageDifference result;
    result.sameSize = actual.size() == expected.size();
    if (!result.sameSize || actual.isNull())
        return result;
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QImage e = expected.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineE = reinterpret_cast<const QRgb*>(e.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({qAbs(qRed(lineA[x]) - qRed(lineE[x])),
                                    qAbs(qGreen(lineA[x]) - qGreen(lineE[x])),
                                    qAbs(qBlue(lineA[x]) - qBlue(lineE[x]))});
            differing += d > channelTolerance ? 1 : 0;
        }
    }
    result.differingShare = double(differing) / (double(a.width()) * a.height());
    return result;
}

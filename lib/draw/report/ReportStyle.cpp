#include "ReportStyle.h"

#include "ChartPalette.h"

#include <QDir>
#include <QFontDatabase>
#include <QMutex>

namespace debrief::report {
namespace {

const auto kFamily = QStringLiteral("DejaVu Sans");

// DejaVu Sans is the report face because it is free to embed and covers
// Latin, Greek and Cyrillic names. Systems without it (Windows, macOS) get
// it from the usual Linux locations when present, else the default sans.
QString resolveFamily() {
    static QMutex mutex;
    static QString resolved;
    QMutexLocker lock(&mutex);
    if (!resolved.isEmpty())
        return resolved;
    if (!QFontDatabase::hasFamily(kFamily)) {
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/dejavu"));
        for (const QString& file :
             {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")})
            QFontDatabase::addApplicationFont(dir.filePath(file));
    }
    resolved = QFontDatabase::hasFamily(kFamily)
                   ? kFamily
                   : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return resolved;
}

struct RoleSpec {
    double size;
    bool bold;
    double leading; // line height as a multiple of the size
};

RoleSpec specOf(ReportStyle::Role role) {
    using R = ReportStyle::Role;
    switch (role) {
    case R::Title:
        return {22, true, 1.2};
    case R::Subtitle:
        return {11, false, 1.35};
    case R::Heading1:
        return {16, true, 1.25};
    case R::Heading2:
        return {12, true, 1.3};
    case R::Heading3:
        return {10.5, true, 1.3};
    case R::Body:
        return {9.5, false, 1.4};
    case R::Note:
        return {8, false, 1.35};
    case R::Caption:
        return {8.5, true, 1.3};
    case R::TableHeader:
        return {8, true, 1.3};
    case R::TableCell:
        return {8, false, 1.3};
    case R::TableCellBold:
        return {8, true, 1.3};
    case R::Label:
        return {7.5, false, 1.3};
    case R::Key:
        return {9.5, false, 1.4};
    case R::RunningHeader:
        return {7.5, false, 1.3};
    case R::Confidential:
        return {7.5, true, 1.3};
    }
    return {9.5, false, 1.4};
}

} // namespace

ReportStyle::ReportStyle()
    : m_family(resolveFamily()) {
}

QString ReportStyle::family() {
    return resolveFamily();
}

QFont ReportStyle::font(Role role) const {
    const RoleSpec spec = specOf(role);
    QFont font(m_family);
    font.setPointSizeF(spec.size);
    font.setBold(spec.bold);
    // Kerning on, hinting off: glyph positions then scale exactly from the
    // measuring pass to the 1200-dpi page.
    font.setKerning(true);
    font.setHintingPreference(QFont::PreferNoHinting);
    disableLigatures(font);
    return font;
}

void ReportStyle::disableLigatures(QFont& font) {
    // Qt 6.4 has no font-feature API, but shapes without ligatures when a
    // font has letter spacing. A 1/64-pixel spacing (0.001 pt at 1200 dpi)
    // is invisible and keeps "fi" and "ff" as two letters, so text copied
    // or searched in the PDF reads "Griffin", not "Gri\uFB03n".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
}

QColor ReportStyle::colour(Role role) const {
    switch (role) {
    case Role::Subtitle:
    case Role::Note:
    case Role::Label:
    case Role::Key:
    case Role::RunningHeader:
        return mutedColour();
    case Role::Confidential:
        return QColor(0xA2, 0x3B, 0x00); // a darkened Okabe–Ito vermillion
    default:
        return textColour();
    }
}

double ReportStyle::lineHeight(Role role) const {
    const RoleSpec spec = specOf(role);
    return spec.size * spec.leading;
}

double ReportStyle::pointSize(Role role) const {
    return specOf(role).size;
}

QColor ReportStyle::accentColour() {
    return ChartPalette::seriesColour(4);
}

QColor ReportStyle::tint(const QColor& colour, double strength) {
    const auto mix = [strength](int c) {
        return int(255 - (255 - c) * strength + 0.5);
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QColor ReportStyle::highlightFill() {
    return tint(ChartPalette::seriesColour(0), 0.28);
}

QColor ReportStyle::calloutFill() {
    return tint(accentColour(), 0.08);
}

} // namespace debrief::report

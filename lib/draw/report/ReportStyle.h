#pragma once

#include <QColor>
#include <QFont>

namespace debrief::report {

/// The report's type scale and colours in one place, so every report looks
/// alike: DejaVu Sans, 9.5 pt body, 8 pt tables and notes, 16/12/10.5 pt
/// headings. Sizes are in points.
class ReportStyle {
public:
    enum class Role {
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Heading3,
        Body,
        Note,
        Caption,
        TableHeader,
        TableCell,
        TableCellBold,
        Label,
        Key,
        RunningHeader,
        Confidential,
    };

    ReportStyle();

    QFont font(Role role) const;
    QColor colour(Role role) const;
    /// Baseline-to-baseline distance of wrapped lines.
    double lineHeight(Role role) const;
    double pointSize(Role role) const;

    static QColor textColour() { return QColor(0x20, 0x21, 0x24); }
    static QColor mutedColour() { return QColor(0x5F, 0x63, 0x68); }
    static QColor ruleColour() { return QColor(0xC4, 0xC8, 0xCD); }
    static QColor strongRuleColour() { return QColor(0x70, 0x75, 0x7A); }
    static QColor headerFill() { return QColor(0xEE, 0xF1, 0xF4); }
    /// The accent (Okabe–Ito blue) used for the title rule and callouts.
    static QColor accentColour();
    /// `colour` mixed into white; opaque, because PDF/A-1b flattens alpha.
    static QColor tint(const QColor& colour, double strength);
    /// Tint of highlighted table cells (disagreement).
    static QColor highlightFill();
    static QColor calloutFill();

    static QString family();
    /// Keeps letter pairs such as "fi" as separate glyphs, so extracted text
    /// matches what was written.
    static void disableLigatures(QFont& font);

private:
    QString m_family;
};

} // namespace debrief::report

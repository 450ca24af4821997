#include "DisplayText.h"

#include <QFont>

#include <QLocale>
#include <QTextDocument>

namespace debrief {

QString DisplayText::date(const QDate& date) {
    if (!date.isValid())
        return QStringLiteral("—");
    return QLocale().toString(date, tr("d MMM yyyy", "date pattern, see QDate::toString"));
}

QString DisplayText::dateTime(const QDateTime& dateTime) {
    if (!dateTime.isValid())
        return QStringLiteral("—");
    return QLocale().toString(
        dateTime.toLocalTime(),
        tr("d MMM yyyy, HH:mm", "date and time pattern, see QDateTime::toString"));
}

int DisplayText::daysOverdue(const QDate& promised, PipelineStage stage, const QDate& today) {
    if (!promised.isValid() || isTerminal(stage) || promised >= today)
        return 0;
    return static_cast<int>(promised.daysTo(today));
}

QString DisplayText::answerDue(const QDate& promised, PipelineStage stage, const QDate& today) {
    if (!promised.isValid() || isTerminal(stage))
        return {};
    if (const int late = daysOverdue(promised, stage, today); late > 0)
        return tr("⚠ %n day(s) overdue", "", late);
    const int left = static_cast<int>(today.daysTo(promised));
    if (left == 0)
        return tr("today");
    return tr("in %n day(s)", "", left);
}

QColor DisplayText::overdueColour() {
    // Okabe–Ito vermillion, darkened to keep 4.5:1 contrast on white.
    return QColor(0xa8, 0x3a, 0x00);
}

QString DisplayText::toolTip(const QString& text) {
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString DisplayText::withLiteralAmpersands(const QString& text) {
    QString doubled = text;
    return doubled.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString DisplayText::windowTitle(const QString& title) {
    QString shown = title;
    return shown.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

QString DisplayText::orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QVariant DisplayText::emphasis(bool on) {
    if (!on)
        return {};
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace debrief

#include "CardDelegate.h"

#include <QListWidget>

#include "DisplayText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace debrief {
namespace {

constexpr int kPadding = 8;
constexpr int kLineGap = 2;
constexpr int kFocusFrame = 2;

QFont titleFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw the selection and focus frame, then draw text ourselves.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    area.setRight(area.right() -
                  paintBadge(painter, option, area, index.data(BadgeRole).toString()));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColour =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor mutedColour =
        selected ? textColour : option.palette.color(group, QPalette::PlaceholderText);

    QFont bold = titleFont(option.font);
    // Struck through, as a cancelled interview is; the badge says why.
    bold.setStrikeOut(index.data(Qt::FontRole).value<QFont>().strikeOut());
    const QFontMetrics boldMetrics(bold);
    QRect lineRect = area;
    lineRect.setHeight(boldMetrics.height());
    painter->setFont(bold);
    painter->setPen(textColour);
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             lineRect.width()));

    const QFontMetrics metrics(option.font);
    lineRect.translate(0, boldMetrics.height() + kLineGap);
    lineRect.setHeight(metrics.height());
    painter->setFont(option.font);
    painter->setPen(mutedColour);
    const QStringList lines = index.data(LinesRole).toStringList();
    for (const QString& line : lines) {
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line, Qt::ElideRight, lineRect.width()));
        lineRect.translate(0, metrics.height());
    }
    // The card the keyboard is on gets a frame, a change of shape and not of
    // colour alone; the style's own focus mark is too faint to find.
    const bool focused = (option.state & QStyle::State_HasFocus) && (!widget || widget->hasFocus());
    if (focused) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(textColour, kFocusFrame));
        painter->setBrush(Qt::NoBrush);
        const qreal inset = kFocusFrame / 2.0 + 1;
        painter->drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3);
    }
    painter->restore();
}

int CardDelegate::paintBadge(QPainter* painter, const QStyleOptionViewItem& option,
                             const QRect& rect, const QString& text) const {
    if (text.isEmpty())
        return 0;
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 4;
    const QRect badge(rect.right() - width, rect.top() + 1, width, height);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(path, DisplayText::overdueColour());
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    return width + kPadding;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto lines = index.data(LinesRole).toStringList().size();
    const int height = QFontMetrics(titleFont(option.font)).height() + kLineGap +
                       static_cast<int>(lines) * QFontMetrics(option.font).height() + kPadding;
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}

QListWidgetItem* CardDelegate::addCard(QListWidget* list, const QString& title,
                                       const QStringList& lines, const QString& badge) {
    auto* item = new QListWidgetItem(title, list);
    item->setData(LinesRole, lines);
    item->setData(BadgeRole, badge);
    QStringList all{title};
    if (!badge.isEmpty())
        all.append(badge);
    all.append(lines);
    item->setToolTip(DisplayText::toolTip(all.join(QLatin1Char('\n'))));
    item->setData(Qt::AccessibleTextRole, all.join(QStringLiteral(", ")));
    return item;
}

} // namespace debrief

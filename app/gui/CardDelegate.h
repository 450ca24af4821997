#pragma once

#include <QStyledItemDelegate>

class QListWidget;
class QListWidgetItem;

namespace debrief {

/// Draws an item as a small card: a bold title (the display text), muted
/// lines under it, and an optional badge at the right (e.g. "⚠ 3" for
/// answers overdue). Used by the openings list and the detail pane's lists,
/// which fill the roles below.
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        /// QStringList: the lines under the title.
        LinesRole = Qt::UserRole + 500,
        /// QString: badge text; empty for none.
        BadgeRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    /// Appends a card to `list`; its tooltip and accessible text say
    /// everything the card shows, so nothing is only visible as layout.
    /// A Qt::FontRole font with strikeOut() set strikes the title through.
    static QListWidgetItem* addCard(QListWidget* list, const QString& title,
                                    const QStringList& lines, const QString& badge = {});

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /// Paints the badge at the right edge of `rect`; returns the space it took.
    int paintBadge(QPainter* painter, const QStyleOptionViewItem& option, const QRect& rect,
                   const QString& text) const;
};

} // namespace debrief

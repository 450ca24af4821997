#include "MarkupCheck.h"

#include "MarkupData.h"

#include <QAbstractItemView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QWindow>

namespace debrief::test {
namespace {

/// Enough rows and levels of a model to meet every kind of value it shows.
constexpr int kRowsPerLevel = 60;
constexpr int kLevels = 3;

/// A marked value, escaped or not: "evil.example" is in the marker's link.
bool holdsData(const QString& text) {
    return text.contains(QLatin1String("evil.example"));
}

QString whereOf(const QWidget* widget, const QString& how) {
    const QString name = widget->objectName().isEmpty()
                             ? QString::fromLatin1(widget->metaObject()->className())
                             : widget->objectName();
    return how + QStringLiteral(" › ") + name;
}

/// What Qt makes of a rendered value: a heading, or a link to the marker's address.
bool rendersMarkup(const QTextDocument& document) {
    const QString html = document.toHtml();
    return html.contains(QLatin1String("<h1")) ||
           html.contains(QLatin1String("href=\"https://evil.example/\""));
}

} // namespace

void MarkupCheck::inText(const QString& text, Qt::TextFormat format, const QString& where) {
    if (!holdsData(text))
        return;
    const bool rich = format == Qt::RichText || format == Qt::MarkdownText ||
                      (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich) {
        if (text.contains(MarkupData::literal())) {
            ++m_literal;
            m_places.append(where);
        } else {
            m_problems.append(
                QStringLiteral("%1 shows escaped markup as text: %2").arg(where, text.left(120)));
        }
        return;
    }
    QTextDocument document;
    if (format == Qt::MarkdownText)
        document.setMarkdown(text);
    else
        document.setHtml(text);
    inDocument(document, where);
}

void MarkupCheck::inDocument(const QTextDocument& document, const QString& where) {
    const QString shown = document.toPlainText();
    if (rendersMarkup(document)) {
        m_problems.append(
            QStringLiteral("%1 renders data as rich text: %2").arg(where, shown.left(120)));
    } else if (shown.contains(MarkupData::literal())) {
        ++m_literal;
        m_places.append(where);
    }
}

void MarkupCheck::inItems(QAbstractItemView* view, const QString& where) {
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    std::function<void(const QModelIndex&, int)> visit = [&](const QModelIndex& parent, int level) {
        const int rows = std::min(model->rowCount(parent), kRowsPerLevel);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QString cell =
                    QStringLiteral("%1 row %2 column %3").arg(where).arg(row).arg(column);
                // Every delegate of the app draws the display text as text
                // (QStyledItemDelegate, CardDelegate's drawText); a tooltip
                // is rich text whenever it looks like it.
                inText(index.data(Qt::DisplayRole).toString(), Qt::PlainText, cell);
                inText(index.data(Qt::ToolTipRole).toString(), Qt::AutoText,
                       cell + QStringLiteral(" tooltip"));
                inText(index.data(Qt::WhatsThisRole).toString(), Qt::AutoText,
                       cell + QStringLiteral(" what's this"));
                if (column == 0 && level + 1 < kLevels && model->hasChildren(index))
                    visit(index, level + 1);
            }
        }
    };
    visit({}, 0);
}

void MarkupCheck::inTitle(QWidget* window, const QString& how) {
    // A title is never rich text, but Qt hides "[*]" in it (the place of the
    // unsaved-changes mark): the platform window's title is what shows.
    const QString title = window->windowTitle();
    if (!holdsData(title))
        return;
    const QString where = how + QStringLiteral(" › window title");
    const QString shown = window->windowHandle() ? window->windowHandle()->title() : title;
    if (shown.contains(QLatin1String("[*]"))) {
        ++m_literal;
        m_places.append(where);
    } else {
        m_problems.append(QStringLiteral("%1 hides a value's \"[*]\": %2").arg(where, shown));
    }
}

void MarkupCheck::inWindow(QWidget* window, const QString& how) {
    inTitle(window, how);
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : std::as_const(widgets)) {
        const QString where = whereOf(widget, how);
        inText(widget->toolTip(), Qt::AutoText, where + QStringLiteral(" tooltip"));
        inText(widget->whatsThis(), Qt::AutoText, where + QStringLiteral(" what's this"));
        if (auto* label = qobject_cast<QLabel*>(widget))
            inText(label->text(), label->textFormat(), where);
        if (auto* edit = qobject_cast<QTextEdit*>(widget))
            inDocument(*edit->document(), where);
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                inText(tabs->tabToolTip(i), Qt::AutoText, where + QStringLiteral(" tab tooltip"));
        }
        // A header shows its view's model (checked once, with the view)
        // and tooltips of its own.
        if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            for (int section = 0; header->model() && section < header->count(); ++section) {
                inText(header->model()
                           ->headerData(section, header->orientation(), Qt::ToolTipRole)
                           .toString(),
                       Qt::AutoText, where + QStringLiteral(" section %1 tooltip").arg(section));
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            inItems(view, where);
        }
        // Qt Charts draws legends, titles and axis labels as rich text items.
        if (auto* graphics = qobject_cast<QGraphicsView*>(widget); graphics && graphics->scene()) {
            for (QGraphicsItem* item : graphics->scene()->items()) {
                if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
                    inDocument(*text->document(), where + QStringLiteral(" chart text"));
            }
        }
    }
}

} // namespace debrief::test

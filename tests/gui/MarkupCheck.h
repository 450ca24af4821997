#pragma once

#include <QString>
#include <QStringList>

#include <Qt>

class QAbstractItemView;
class QTextDocument;
class QWidget;

namespace debrief::test {

/// Finds data shown as rich text: in a window over a database marked with
/// MarkupData (tests/core), every label, tooltip, item tooltip, text view
/// and chart text that holds a value must show its markup as the literal
/// characters, never as a heading or a link. Counts the places that do show
/// it literally, so that a test can tell a pass from a window that showed
/// no data at all.
class MarkupCheck {
public:
    /// Checks `window` and everything in it; `how` names it in problems.
    void inWindow(QWidget* window, const QString& how);
    /// Checks one text as Qt would show it in `format` (Qt::AutoText
    /// for tooltips, which Qt renders as rich text when it looks like it).
    void inText(const QString& text, Qt::TextFormat format, const QString& where);

    const QStringList& problems() const { return m_problems; }
    /// How many texts showed the markup as literal characters.
    int literalCount() const { return m_literal; }
    /// The places that showed it, for messages.
    const QStringList& literalPlaces() const { return m_places; }

private:
    void inTitle(QWidget* window, const QString& how);
    void inDocument(const QTextDocument& document, const QString& where);
    void inItems(QAbstractItemView* view, const QString& where);

    QStringList m_problems;
    QStringList m_places;
    int m_literal = 0;
};

} // namespace debrief::test

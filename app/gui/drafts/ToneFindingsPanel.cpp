#include "ToneFindingsPanel.h"

#include "ToneHighlighter.h"
#include "tone/ToneCategory.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVBoxLayout>

namespace debrief {
namespace {

enum Role { StartRole = Qt::UserRole + 1, LengthRole };

/// A small wavy swatch in the category's colour, matching the editor's mark,
/// so colour is never the only link between the list and the text.
QIcon swatch(const QString& category) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ToneHighlighter::colour(category), 2));
    QPainterPath wave;
    wave.moveTo(1, 9);
    for (int x = 1; x < 15; x += 4) {
        wave.quadTo(x + 1, 5, x + 2, 9);
        wave.quadTo(x + 3, 13, x + 4, 9);
    }
    painter.drawPath(wave);
    return QIcon(pixmap);
}

} // namespace

ToneFindingsPanel::ToneFindingsPanel(QWidget* parent)
    : QWidget(parent) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("toneFindingsList"));
    m_list->setAccessibleName(tr("Tone findings"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(3);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("toneFindingsHeading"));
    m_heading->setBuddy(m_list);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_empty = new QLabel(tr("Nothing to flag: no cold, vague or risky wording found."));
    m_empty->setObjectName(QStringLiteral("toneFindingsEmpty"));
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emitSpan(item, false); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emitSpan(item, true); });
    setFindings({}, {});
}

void ToneFindingsPanel::setFindings(const QString& text, const QList<ToneFinding>& findings) {
    m_list->clear();
    for (const ToneFinding& f : findings) {
        const QString words = text.mid(f.start, f.length).simplified();
        QString entry = tr("%1: “%2”").arg(ToneCategory::displayName(f.category), words);
        if (!f.explanation.isEmpty())
            entry += QLatin1Char('\n') + f.explanation;
        if (!f.suggestion.isEmpty())
            entry += QLatin1Char('\n') + tr("Instead: %1").arg(f.suggestion);
        auto* item = new QListWidgetItem(swatch(f.category), entry, m_list);
        item->setData(StartRole, qlonglong(f.start));
        item->setData(LengthRole, qlonglong(f.length));
        item->setData(Qt::AccessibleDescriptionRole, f.category);
        item->setToolTip(tr("Enter selects the words in the draft."));
    }
    m_heading->setText(findings.isEmpty() ? tr("&Tone check")
                                          : tr("&Tone check: %n finding(s)", "", findings.size()));
    m_empty->setVisible(findings.isEmpty());
    m_list->setVisible(!findings.isEmpty());
}

int ToneFindingsPanel::count() const {
    return m_list->count();
}

void ToneFindingsPanel::emitSpan(QListWidgetItem* item, bool focusEditor) {
    if (!item)
        return;
    emit spanRequested(item->data(StartRole).toLongLong(), item->data(LengthRole).toLongLong(),
                       focusEditor);
}

} // namespace debrief

#include "TemplateFieldList.h"

#include "CardDelegate.h"

#include "drafting/TemplateFields.h"

namespace debrief {
namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kFlagRole = Qt::UserRole + 2;

} // namespace

TemplateFieldList::TemplateFieldList(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("templateFieldList"));
    setAccessibleName(tr("Placeholders and flags"));
    setItemDelegate(new CardDelegate(this));
    setAlternatingRowColors(true);
    setWordWrap(true);
    setToolTip(tr("Press Enter or double-click to insert at the cursor."));
    for (const TemplateField& field : TemplateFields::all()) {
        const bool flag = field.kind == TemplateFieldKind::Flag;
        const QString syntax = flag ? QStringLiteral("{{#if %1}}…{{/if}}").arg(field.name)
                                    : QStringLiteral("{{%1}}").arg(field.name);
        CardDelegate::addCard(this, syntax, {field.description});
        QListWidgetItem* added = item(count() - 1);
        added->setData(kNameRole, field.name);
        added->setData(kFlagRole, flag);
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* activated) {
        emit insertRequested(activated->data(kNameRole).toString(),
                             activated->data(kFlagRole).toBool());
    });
}

} // namespace debrief

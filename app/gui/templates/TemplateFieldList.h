#pragma once

#include <QListWidget>

namespace debrief {

/// The placeholders and flags a rejection template may use (TemplateFields),
/// each with its meaning. Enter or a double-click asks to insert it: a
/// placeholder as {{name}}, a flag as an {{#if name}}…{{/if}} section.
class TemplateFieldList : public QListWidget {
    Q_OBJECT

public:
    explicit TemplateFieldList(QWidget* parent = nullptr);

signals:
    /// `name` is a field's name; `isFlag` says which kind it is.
    void insertRequested(const QString& name, bool isFlag);
};

} // namespace debrief

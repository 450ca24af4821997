#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace debrief {

class DatabaseSession;
class Settings;

/// What a view factory may use to build its widget.
struct ViewContext {
    DatabaseSession& session;
    Settings& settings;
};

/// The views that `debrief --screenshot --view NAME` can render, each built
/// with data selected so the picture shows something. A new view is one
/// add() line in standard().
class ViewRegistry {
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)

public:
    using Factory = std::function<Result<std::unique_ptr<QWidget>>(ViewContext&)>;

    /// The application's views: "main" and "candidate" so far.
    static ViewRegistry standard();

    void add(const QString& name, const QString& description, Factory factory);
    QStringList names() const;
    QString description(const QString& name) const;
    /// Builds the named view; an unknown name gives an error listing the known ones.
    Result<std::unique_ptr<QWidget>> create(const QString& name, ViewContext& context) const;

private:
    struct Entry {
        QString name;
        QString description;
        Factory factory;
    };
    const Entry* find(const QString& name) const;

    QList<Entry> m_entries;
};

} // namespace debrief

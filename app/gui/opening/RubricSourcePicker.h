#pragma once

#include "Result.h"
#include "opening/OpeningSetup.h"
#include "rubric/RubricTemplate.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace debrief {

class DatabaseSession;

/// Chooses where a new opening's rubric comes from (a built-in template,
/// another opening's rubric, or nothing yet) and previews the criteria and
/// rounds it brings, so the panel sees what it gets before it commits.
class RubricSourcePicker : public QWidget {
    Q_OBJECT

public:
    explicit RubricSourcePicker(DatabaseSession& session, QWidget* parent = nullptr);

    /// Lists the templates (names in `language`) and the openings that
    /// have a rubric, and chooses the general-purpose template.
    Status load(const QString& language);
    RubricSource source() const;
    /// Chooses `source` when it is listed; returns whether it was.
    bool select(const RubricSource& source);
    /// The rounds the chosen source suggests, by name.
    QStringList suggestedRounds() const;

signals:
    /// Another source was chosen (not emitted by load() or select()).
    void sourceChosen();

private:
    void show(int index);
    QString preview(const RubricTemplate& content) const;

    DatabaseSession& m_session;
    QList<RubricSource> m_sources;
    RubricTemplate m_content;
    QComboBox* m_combo = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace debrief

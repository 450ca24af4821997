#pragma once

#include "ScoringSample.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace debrief {
class DatabaseSession;
class ScorecardEditor;
} // namespace debrief

namespace debrief::test {

/// What every scoring GUI test starts from: a fresh SQLite file filled by
/// ScoringSample and opened in a DatabaseSession, plus a throwaway settings
/// file next to it.
class ScoringFixture {
public:
    ScoringFixture();
    ~ScoringFixture();

    /// Creates and opens the database; returns what failed, empty on success.
    QString setUp();
    /// Writes another ScoringSample database (new panelists, new uuids)
    /// under `name`; returns its path, empty when that failed.
    QString makeOtherDatabase(const QString& name);

    /// `panelistId`'s card on the sample interview in a shown editor, or
    /// nullptr (with a test failure message in `failure`).
    std::unique_ptr<ScorecardEditor> openEditor(RowId panelistId, QString* failure = nullptr);

    /// Every text a person could read in `root`: labels, text edits, line
    /// edits, list items with their card lines and tooltips.
    static QString allText(const QWidget& root);

    QString databasePath() const;
    QString settingsPath() const;
    DatabaseSession& session() { return *m_session; }

    ScoringSample sample;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseSession> m_session;
};

} // namespace debrief::test

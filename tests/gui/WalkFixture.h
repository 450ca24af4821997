#pragma once

#include "DemoWindowFixture.h"

#include "domain/RowId.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace debrief {
class DatabaseSession;
class MainWindow;
class Settings;
} // namespace debrief

namespace debrief::test {

/// The main window the window walks start from: on a fresh copy of the
/// demo database (seed 1, the debrief opening and its first candidate
/// selected), or on an empty database, shown and active, with throwaway
/// settings. Also opens the windows that no menu opens directly.
class WalkFixture {
public:
    using Data = DemoWindowFixture::Data;

    static QDate today() { return DemoWindowFixture::today(); }
    /// The offscreen platform warns on every minimum size a window sets,
    /// hundreds of lines in a walk; this drops that one warning.
    static void quietenSizeHintWarnings();
    /// Loads the interface language named by DEBRIEF_TEST_LANGUAGE (de, fr),
    /// as View › Language does at start, so a walk can run in each shipped
    /// language: German and French move accelerators and lengthen texts.
    /// Returns the language in use ("en" when the variable is not set).
    static QString useLanguageFromEnvironment();

    /// Writes the database, runs `prepare` on it and opens the window;
    /// returns what failed, empty on success.
    QString setUp(Data data, const DemoWindowFixture::Prepare& prepare = {});

    MainWindow& window() const { return m_base.window(); }
    DatabaseSession& session() const { return m_base.session(); }
    Settings& settings() const { return m_base.settings(); }

    /// Enter on the selected candidate's latest interview: the scorecard editor.
    void openScorecard();
    /// Opening › Rejection Drafts… for the demo's decided opening, then the
    /// first draft in it: the draft editor (and the drafts view under it).
    void openDraftEditor();

private:
    DemoWindowFixture m_base;
    RowId m_filledOpening = kNoRow;
};

} // namespace debrief::test

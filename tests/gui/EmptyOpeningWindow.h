#pragma once

#include "domain/RowId.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace debrief {
class DatabaseSession;
class MainWindow;
class Settings;
} // namespace debrief

namespace debrief::test {

/// The main window on a panel's own opening (EmptyOpening: no demo data) in
/// a file of a temporary folder, shown and active, with throwaway settings:
/// where the tests of the File menu's database actions start.
class EmptyOpeningWindow {
public:
    EmptyOpeningWindow();
    ~EmptyOpeningWindow();

    /// Writes the database and opens the window; empty, or what went wrong.
    QString start();
    /// Alt+F, then `key`: a File menu item by its mnemonic, typed back in
    /// the window as a user would after a dialog; false when the menu did
    /// not open.
    bool fileMenu(int key);
    /// The opening exported as JSON from the database the window has open
    /// ("closed" when none): the data, as a comparison sees it.
    QByteArray exported() const;

    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    RowId openingId = kNoRow;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DatabaseSession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace debrief::test

#include "DemoWindowFixture.h"

#include "DatabaseSession.h"

#include "demo/DemoDataGenerator.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QTest>

namespace debrief::test {

DemoWindowFixture::DemoWindowFixture() = default;

DemoWindowFixture::~DemoWindowFixture() {
    // The window before the session it shows, all before the folder goes.
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_db.reset();
}

QString DemoWindowFixture::setUp(Data data, const Prepare& prepare) {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::openSqlite(path);
    if (!db)
        return db.errorMessage();
    m_db = std::move(db.value());
    if (data == Data::Demo) {
        DemoDataGenerator::Options options;
        options.seed = 1;
        options.today = today();
        auto summary = DemoDataGenerator(options).generate(*m_db);
        if (!summary)
            return summary.errorMessage();
        m_summary = *summary;
    }
    if (prepare) {
        if (QString failure = prepare(*m_db); !failure.isEmpty())
            return failure;
    }

    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(today());
    if (const Status opened = m_session->open(path); !opened)
        return opened.errorMessage();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return QStringLiteral("the main window did not become active");
    return {};
}

} // namespace debrief::test

#include "WelcomeView.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ViewRegistry.h"

#include <QTemporaryDir>
#include <QVBoxLayout>

namespace debrief {
namespace {

/// Owns the empty database the window shows, and outlives the window.
class FirstLaunch : public QWidget {
public:
    explicit FirstLaunch(Settings& settings)
        : m_settings(settings) {}
    ~FirstLaunch() override { delete m_window; } // before the session it shows

    Status open(const QDate& today) {
        if (!m_dir.isValid())
            return Error{ViewRegistry::tr("Cannot create a temporary folder.")};
        m_session.clock().setFixedToday(today);
        if (Status opened = m_session.open(m_dir.filePath(QStringLiteral("debrief.sqlite")),
                                           Database::OpenMode::CreateIfMissing);
            !opened)
            return opened;
        m_window = new MainWindow(m_session, m_settings);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_window);
        return {};
    }

private:
    Settings& m_settings;
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    MainWindow* m_window = nullptr;
};

} // namespace

Result<std::unique_ptr<QWidget>> makeWelcomeView(ViewContext& context) {
    auto view = std::make_unique<FirstLaunch>(context.settings);
    if (Status opened = view->open(context.session.today()); !opened)
        return opened.error();
    return std::unique_ptr<QWidget>(std::move(view));
}

} // namespace debrief

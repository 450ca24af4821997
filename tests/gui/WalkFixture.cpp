#include "WalkFixture.h"

#include "settings/UiLanguage.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "drafts/RejectionDraftsView.h"
#include "scorecard/CurrentPanelist.h"

#include "storage/OpeningRepository.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

namespace debrief::test {
namespace {

QtMessageHandler g_testHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_testHandler(type, context, message);
}

} // namespace

void WalkFixture::quietenSizeHintWarnings() {
    if (!g_testHandler)
        g_testHandler = qInstallMessageHandler(quietHandler);
}

QString WalkFixture::useLanguageFromEnvironment() {
    const QString language = qEnvironmentVariable("DEBRIEF_TEST_LANGUAGE");
    if (language.isEmpty())
        return QStringLiteral("en");
    UiLanguage::install(*QCoreApplication::instance(), language);
    // A walk in English by mistake would pass for the wrong reason.
    if (QCoreApplication::translate("debrief::MainWindow", "&File") == QLatin1String("&File"))
        qFatal("the %s translation did not load", qPrintable(language));
    return language;
}

QString WalkFixture::setUp(Data data, const DemoWindowFixture::Prepare& prepare) {
    if (QString failure = m_base.setUp(data, prepare); !failure.isEmpty())
        return failure;
    if (data == Data::Empty)
        return {};
    auto filled =
        OpeningRepository(m_base.database()).findByUuid(m_base.summary().filledOpeningUuid);
    if (!filled || !filled->has_value())
        return QStringLiteral("the demo has no filled opening");
    m_filledOpening = (*filled)->id;
    // Scoring as the default panelist, chosen: no "who is scoring?" first.
    CurrentPanelist::remember(session(), settings(),
                              CurrentPanelist::resolve(session(), settings()));
    window().selectDebriefOpening();
    window().selectCandidateRow(0);
    return {};
}

void WalkFixture::openScorecard() {
    auto* interviews = window().findChild<QListWidget*>(QStringLiteral("interviewList"));
    if (!interviews || interviews->count() == 0) {
        qWarning("no interview to score");
        return;
    }
    interviews->setFocus();
    QTest::keyClick(interviews, Qt::Key_Return);
}

void WalkFixture::openDraftEditor() {
    window().showOpening(m_filledOpening);
    auto* action = window().findChild<QAction*>(QStringLiteral("rejectionDraftsAction"));
    if (!action) {
        qWarning("no Rejection Drafts action");
        return;
    }
    action->setEnabled(true);
    action->trigger();
    auto* view = window().findChild<RejectionDraftsView*>();
    if (!view) {
        qWarning("no drafts view");
        return;
    }
    QTreeWidget* tree = view->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        if (tree->topLevelItem(g)->childCount() > 0) {
            tree->setCurrentItem(tree->topLevelItem(g)->child(0));
            break;
        }
    }
    if (auto* open = view->findChild<QPushButton*>(QStringLiteral("openDraftButton")))
        open->click();
}

} // namespace debrief::test

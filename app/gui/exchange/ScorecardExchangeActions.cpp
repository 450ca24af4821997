#include "ScorecardExchangeActions.h"

#include "DatabaseSession.h"
#include "ScorecardImportResultDialog.h"
#include "SendScorecardsDialog.h"

#include "interchange/ScorecardPackageImporter.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace debrief {

ScorecardExchangeActions::ScorecardExchangeActions(DatabaseSession& session, Settings& settings,
                                                   QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_window(window) {
}

void ScorecardExchangeActions::addTo(QMenu* menu, OpeningProvider currentOpening) {
    m_currentOpening = std::move(currentOpening);
    QAction* send =
        menu->addAction(tr("Send &Scorecards…"), this, &ScorecardExchangeActions::sendScorecards);
    send->setObjectName(QStringLiteral("sendScorecardsAction"));
    QAction* import = menu->addAction(tr("&Import Scorecards…"), this,
                                      &ScorecardExchangeActions::importScorecards);
    import->setObjectName(QStringLiteral("importScorecardsAction"));
}

void ScorecardExchangeActions::sendScorecards() {
    const RowId opening = m_currentOpening ? m_currentOpening() : kNoRow;
    if (!m_session.isOpen() || opening == kNoRow) {
        QMessageBox::information(m_window, tr("Send Scorecards"),
                                 tr("Select the opening whose scorecards you want to send."));
        return;
    }
    auto* dialog = new SendScorecardsDialog(m_session.database(), opening, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ScorecardExchangeActions::importScorecards() {
    if (!m_session.isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Scorecards"), QString(),
                                                      tr("Debrief scorecards (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    auto* dialog = new ScorecardImportResultDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.open(QIODevice::ReadOnly)) {
        dialog->showErrors({tr("Cannot read %1: %2").arg(path, file.errorString())});
    } else {
        ScorecardPackageImporter importer(m_session.database());
        auto summary = importer.importJson(file.readAll());
        if (!summary) {
            dialog->showErrors(importer.errors());
        } else {
            dialog->showSummary(*summary);
            if (summary->written && !summary->inserted.isEmpty())
                emit scorecardsImported();
        }
    }
    dialog->open();
}

} // namespace debrief

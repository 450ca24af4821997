#include "SendScorecardsDialog.h"

#include "interchange/PrivateFile.h"
#include "interchange/ScorecardPackageExporter.h"
#include "opening/PanelDirectory.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace debrief {

SendScorecardsDialog::SendScorecardsDialog(Database& db, RowId openingId, Settings& settings,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_openingId(openingId)
    , m_panelist(new QComboBox)
    , m_preview(new QLabel) {
    setObjectName(QStringLiteral("sendScorecardsDialog"));
    setWindowTitle(tr("Send Scorecards"));
    auto opening = PanelDirectory(m_db).opening(openingId);
    auto* form = new QFormLayout;
    auto* title = new QLabel(opening ? opening->title : QString());
    title->setTextFormat(Qt::PlainText);
    form->addRow(tr("Opening:"), title);
    m_panelist->setObjectName(QStringLiteral("panelistCombo"));
    form->addRow(tr("&Panelist:"), m_panelist);
    m_preview->setObjectName(QStringLiteral("sendPreview"));
    m_preview->setTextFormat(Qt::PlainText); // messages may name panelists
    m_preview->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_saveButton = buttons->addButton(tr("&Save As…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveScorecardsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SendScorecardsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    fillPanelists(settings.currentPanelistUuid());
    connect(m_panelist, &QComboBox::currentIndexChanged, this, &SendScorecardsDialog::preview);
    preview();
    setMinimumWidth(460);
}

/// The panelist scoring on this machine is preselected and fixed; without
/// one, the user picks from every panelist.
void SendScorecardsDialog::fillPanelists(const QString& currentUuid) {
    auto panelists = PanelDirectory(m_db).panelists();
    if (!panelists) {
        m_preview->setText(panelists.errorMessage());
        return;
    }
    const QUuid current = QUuid::fromString(currentUuid);
    for (const Panelist& p : std::as_const(*panelists)) {
        if (current.isNull() || p.uuid == current)
            m_panelist->addItem(p.name, QVariant::fromValue(p.id));
    }
    m_panelist->setEnabled(m_panelist->count() > 1);
}

void SendScorecardsDialog::preview() {
    m_json.clear();
    const RowId panelist = m_panelist->currentData().value<RowId>();
    if (m_panelist->currentIndex() < 0) {
        m_preview->setText(tr("There is no panelist to send scorecards for."));
        m_saveButton->setEnabled(false);
        return;
    }
    auto document = ScorecardPackageExporter(m_db).exportDocument(m_openingId, panelist);
    if (!document) {
        m_preview->setText(document.errorMessage());
        m_saveButton->setEnabled(false);
        return;
    }
    const auto count = document->object().value(QStringLiteral("scorecards")).toArray().size();
    m_preview->setText(tr("%n submitted scorecard(s) will be saved; drafts stay here. The file "
                          "holds notes about candidates: send it only to the panel lead.",
                          nullptr, int(count)));
    m_saveButton->setEnabled(count > 0);
    m_json = document->toJson(QJsonDocument::Indented);
}

void SendScorecardsDialog::save() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scorecards"), QDir::home().filePath(QStringLiteral("scorecards.json")),
        tr("Debrief scorecards (*.json)"));
    if (path.isEmpty())
        return;
    if (auto written = PrivateFile::write(path, m_json); !written) {
        m_preview->setText(written.errorMessage());
        return;
    }
    accept();
}

} // namespace debrief

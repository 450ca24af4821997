#include "ScoringFixture.h"

#include "CardDelegate.h"
#include "DatabaseSession.h"
#include "scorecard/ScorecardEditor.h"

#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace debrief::test {

ScoringFixture::ScoringFixture() = default;

ScoringFixture::~ScoringFixture() {
    m_session.reset(); // before the folder with its file goes
}

QString ScoringFixture::setUp() {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    {
        auto db = Database::openSqlite(databasePath());
        if (!db)
            return db.errorMessage();
        if (QString failure = sample.fill(**db); !failure.isEmpty())
            return failure;
    }
    m_session = std::make_unique<DatabaseSession>();
    const Status opened = m_session->open(databasePath());
    return opened ? QString() : opened.errorMessage();
}

QString ScoringFixture::makeOtherDatabase(const QString& name) {
    const QString path = m_dir.filePath(name);
    auto db = Database::openSqlite(path);
    if (!db)
        return {};
    ScoringSample other;
    return other.fill(**db).isEmpty() ? path : QString();
}

std::unique_ptr<ScorecardEditor> ScoringFixture::openEditor(RowId panelistId, QString* failure) {
    auto editor = std::make_unique<ScorecardEditor>(*m_session);
    if (const Status loaded = editor->load(sample.interview, panelistId); !loaded) {
        if (failure)
            *failure = loaded.errorMessage();
        return nullptr;
    }
    editor->show();
    return editor;
}

QString ScoringFixture::allText(const QWidget& root) {
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        // The markup and what it reads as, so neither escaping hides a text.
        texts.append(label->text() + QLatin1Char('\n') + label->toolTip());
        texts.append(QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    }
    for (const QPlainTextEdit* edit : root.findChildren<QPlainTextEdit*>())
        texts.append(edit->toPlainText());
    for (const QTextEdit* edit : root.findChildren<QTextEdit*>())
        texts.append(edit->toPlainText());
    for (const QLineEdit* edit : root.findChildren<QLineEdit*>())
        texts.append(edit->text());
    for (const QListWidget* list : root.findChildren<QListWidget*>()) {
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem* item = list->item(row);
            texts.append(item->text());
            texts.append(item->toolTip());
            texts.append(QTextDocumentFragment::fromHtml(item->toolTip()).toPlainText());
            texts.append(item->data(CardDelegate::LinesRole).toStringList());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString ScoringFixture::databasePath() const {
    return m_dir.filePath(QStringLiteral("panel.sqlite"));
}

QString ScoringFixture::settingsPath() const {
    return m_dir.filePath(QStringLiteral("debriefrc"));
}

} // namespace debrief::test

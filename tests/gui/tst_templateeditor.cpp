#include "DatabaseSession.h"
#include "MainWindow.h"
#include "templates/MessageTemplateEditor.h"

#include "settings/Settings.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace debrief;

namespace {

/// One stored version as SQL sees it.
struct StoredVersion {
    int version = 0;
    QString subject;
    QString body;
    QString author;
};

/// The shipped English final-round body, read from the resource file
/// itself: everything after the "Subject:" line and the blank line.
QString shippedFinalBody() {
    QFile file(QStringLiteral(":/debrief/templates/en/final.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return lines.mid(2).join(QLatin1Char('\n'));
}

} // namespace

/// The message template editor through the real main window on an empty
/// database: editing and saving stores a new version beside the old one,
/// a broken template names its line and column and cannot be saved, and
/// restoring an old version saves it again as the newest. What was stored
/// is read back with SQL on a second connection.
class TestTemplateEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editAndSaveStoresVersionTwoAndKeepsVersionOne();
    void unknownPlaceholderShowsLineAndColumnAndSaveIsRefused();
    void restoringAnOldVersionSavesItAsTheNewest();

private:
    template <typename T> T* child(const QString& name) const {
        T* found = m_editor->findChild<T*>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    QList<StoredVersion> stored() const;
    QPlainTextEdit* body() const {
        return child<QPlainTextEdit>(QStringLiteral("templateBodyEdit"));
    }
    QTreeWidget* history() const {
        return child<QTreeWidget>(QStringLiteral("templateHistoryList"));
    }
    void typeAtEndOfBody(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    MessageTemplateEditor* m_editor = nullptr;
};

void TestTemplateEditor::init() {
    static int n = 0;
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("templates%1.sqlite").arg(++n));
    auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("rc%1").arg(n)));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(QDate(2026, 11, 26));
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_window->findChild<QAction*>(QStringLiteral("messageTemplatesAction"))->trigger();
    m_editor = m_window->findChild<MessageTemplateEditor*>(QStringLiteral("messageTemplateEditor"));
    QVERIFY(m_editor);
    QTRY_VERIFY(m_editor->isVisible());
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    // The C locale has no templates of its own: English, final round.
    QCOMPARE(m_editor->language(), QStringLiteral("en"));
    QCOMPARE(m_editor->stage(), TemplateStage::Final);
    QVERIFY(stored().isEmpty()); // looking stores nothing
}

void TestTemplateEditor::cleanup() {
    m_editor = nullptr;
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_db.reset();
}

QList<StoredVersion> TestTemplateEditor::stored() const {
    QList<StoredVersion> versions;
    auto query = m_db->exec(QStringLiteral("SELECT version, subject, body, author FROM "
                                           "message_templates WHERE language = ? AND stage = ? "
                                           "ORDER BY version"),
                            {QStringLiteral("en"), QStringLiteral("final")});
    while (query && query->next()) {
        versions.append({query->value(0).toInt(), query->value(1).toString(),
                         query->value(2).toString(), query->value(3).toString()});
    }
    return versions;
}

void TestTemplateEditor::typeAtEndOfBody(const QString& text) {
    body()->setFocus();
    QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClicks(body(), text);
}

void TestTemplateEditor::editAndSaveStoresVersionTwoAndKeepsVersionOne() {
    const QString before = body()->toPlainText();
    QCOMPARE(before.trimmed(), shippedFinalBody().trimmed());
    auto* save = child<QPushButton>(QStringLiteral("saveTemplateButton"));
    QVERIFY(!save->isEnabled()); // nothing changed yet

    typeAtEndOfBody(QStringLiteral("P.S. Everyone in {{opening.team|our team}} says thank you."));
    // The sample candidate's opening is in the Payments Platform team.
    auto* preview = child<QTextBrowser>(QStringLiteral("templatePreview"));
    QTRY_VERIFY2(preview->toPlainText().contains(
                     QStringLiteral("P.S. Everyone in Payments Platform says thank you.")),
                 qPrintable(preview->toPlainText()));
    QVERIFY(save->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("templateError"))->isHidden());

    QTest::keyClick(body(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(stored().size(), 2);
    const QList<StoredVersion> versions = stored();
    QCOMPARE(versions.at(0).version, 1);
    QCOMPARE(versions.at(0).body, before);
    QCOMPARE(versions.at(1).version, 2);
    QCOMPARE(versions.at(1).body,
             before +
                 QStringLiteral("\nP.S. Everyone in {{opening.team|our team}} says thank you."));
    QCOMPARE(versions.at(1).subject, versions.at(0).subject);
    QVERIFY(!versions.at(1).author.isEmpty());
    QVERIFY(versions.at(1).author != versions.at(0).author); // not "built-in"

    // The history lists both, newest first; nothing is left to save.
    QCOMPARE(history()->topLevelItemCount(), 2);
    QCOMPARE(history()->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(history()->topLevelItem(1)->text(0), QStringLiteral("1"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(child<QLabel>(QStringLiteral("templateStatus"))->text(),
             QStringLiteral("Saved as version 2."));
}

void TestTemplateEditor::unknownPlaceholderShowsLineAndColumnAndSaveIsRefused() {
    body()->setFocus();
    QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
    // Two lines down ("Hello …", a blank line), then four characters in:
    // the tag starts at line 3, column 5 of the body.
    QTest::keyClick(body(), Qt::Key_Down);
    QTest::keyClick(body(), Qt::Key_Down);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(body(), Qt::Key_Right);
    QTest::keyClicks(body(), QStringLiteral("{{candidate.email}}"));

    auto* error = child<QLabel>(QStringLiteral("templateError"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().startsWith(QStringLiteral("Body, line 3, column 5:")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("candidate.email")), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(QStringLiteral("saveTemplateButton"))->isEnabled());
    QVERIFY(child<QTextBrowser>(QStringLiteral("templatePreview"))
                ->toPlainText()
                .contains(QStringLiteral("once the template is fixed")));

    // Ctrl+S is refused as well: nothing is stored.
    QTest::keyClick(body(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_editor->save().ok());
    QVERIFY(stored().isEmpty());
    QVERIFY(m_editor->isModified());

    // Fixing it brings the preview back and allows saving.
    for (int i = 0; i < 19; ++i)
        QTest::keyClick(body(), Qt::Key_Backspace);
    QTRY_VERIFY(error->isHidden());
    QVERIFY(!m_editor->isModified());
}

void TestTemplateEditor::restoringAnOldVersionSavesItAsTheNewest() {
    const QString original = body()->toPlainText();
    typeAtEndOfBody(QStringLiteral("P.S. An addition."));
    QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveTemplateButton"))->isEnabled());
    QVERIFY(m_editor->save().ok());
    QCOMPARE(stored().size(), 2);

    // Version 1 is the second row; restoring saves it as version 3.
    auto* restore = child<QPushButton>(QStringLiteral("restoreVersionButton"));
    QVERIFY(!restore->isEnabled()); // the newest is selected
    history()->setCurrentItem(history()->topLevelItem(1));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(stored().size(), 3);
    const QList<StoredVersion> versions = stored();
    QCOMPARE(versions.at(2).version, 3);
    QCOMPARE(versions.at(2).body, original);
    QCOMPARE(versions.at(1).body, original + QStringLiteral("\nP.S. An addition."));
    QCOMPARE(body()->toPlainText(), original);
    QCOMPARE(history()->topLevelItemCount(), 3);
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"

#include "DraftingFixture.h"

#include "drafting/DefaultTemplates.h"
#include "drafting/DraftComposer.h"
#include "drafting/DraftWorkflow.h"
#include "drafting/MessageTemplates.h"
#include "storage/RejectionDraftRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using debrief::test::DraftingFixture;

namespace {

const QString kZoe = QString::fromUtf8("Zoë Brandt");
const QString kMiguel = QString::fromUtf8("Miguel Ángel Ortega");

} // namespace

/// MessageTemplates (versions per language and stage) and
/// RejectionDraftRepository, on real SQLite files.
class TestDraftRepositories : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QString error;
        m_db = DraftingFixture::demo(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files)),
                                     &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void builtInBecomesVersionOneOnce() {
        MessageTemplates templates(*m_db);
        auto none = templates.latest(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(none && !none->has_value());
        auto first = templates.latestOrBuiltIn(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->version, 1);
        QCOMPARE(first->author, MessageTemplates::builtInAuthor());
        auto shipped = DefaultTemplates::load(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(shipped);
        QCOMPARE(first->subject, shipped->subject);
        QCOMPARE(first->body, shipped->body);
        auto again = templates.latestOrBuiltIn(QStringLiteral("en_GB"), TemplateStage::Final);
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(templateRows(), 1);
    }

    void editingMakesVersionTwoAndOldDraftsKeepTheirs() {
        const RowId zoe = DraftingFixture::applicationOf(*m_db, kZoe);
        auto before = DraftComposer(*m_db).compose(
            zoe, QStringLiteral("en"), DraftingFixture::kToday, DraftingFixture::composer(*m_db));
        QVERIFY(before);
        auto kept =
            DraftWorkflow(*m_db).save(*before, QStringLiteral("priya"), DraftingFixture::kNow);
        QVERIFY(kept);
        const RowId versionOne = before->templateId;

        auto current = MessageTemplates(*m_db).latest(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(current && current->has_value());
        TemplateText edited{(*current)->subject,
                            QStringLiteral("Hello {{candidate.firstName}},\n\nShort and kind.\n\n"
                                           "{{sender.name}}\n")};
        const QDateTime at(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
        auto saved = MessageTemplates(*m_db).saveNewVersion(
            QStringLiteral("en"), TemplateStage::Final, edited, QStringLiteral("priya"), at);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->author, QStringLiteral("priya"));
        QCOMPARE(saved->createdAt, at);

        auto history = MessageTemplates(*m_db).history(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, versionOne);
        QCOMPARE(history->at(1).id, saved->id);

        // The stored draft still names version 1 and keeps its text.
        auto old = RejectionDraftRepository(*m_db).get(before->id);
        QVERIFY(old);
        QCOMPARE(old->templateId, versionOne);
        QCOMPARE(old->body, before->body);
        // A new draft uses version 2.
        auto after = DraftComposer(*m_db).compose(
            zoe, QStringLiteral("en"), DraftingFixture::kToday, DraftingFixture::composer(*m_db));
        QVERIFY(after);
        QCOMPARE(after->templateId, saved->id);
        QCOMPARE(after->body, QString::fromUtf8("Hello Zoë,\n\nShort and kind.\n\nPriya Raman"));
        // Other languages and stages are untouched.
        auto german =
            MessageTemplates(*m_db).latestOrBuiltIn(QStringLiteral("de"), TemplateStage::Final);
        QVERIFY(german);
        QCOMPARE(german->version, 1);

        // Saving the same text again stores nothing new.
        auto same = MessageTemplates(*m_db).saveNewVersion(
            QStringLiteral("en"), TemplateStage::Final, edited, QStringLiteral("priya"), at);
        QVERIFY(same);
        QCOMPARE(same->id, saved->id);
        QCOMPARE(templateRows(), 3);
    }

    void editorStartsFromTheShippedTextWithoutStoringIt() {
        MessageTemplates templates(*m_db);
        auto shipped = DefaultTemplates::load(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(shipped);
        auto current = templates.current(QStringLiteral("en_GB"), TemplateStage::Final);
        QVERIFY2(current, qPrintable(current.errorMessage()));
        QCOMPARE(*current, *shipped);
        auto history = templates.historyOrBuiltIn(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().version, 1);
        QCOMPARE(history->first().id, kNoRow);
        QCOMPARE(history->first().author, MessageTemplates::builtInAuthor());
        QCOMPARE(templateRows(), 0);

        const TemplateText edited{QStringLiteral("Thank you"),
                                  QStringLiteral("Hello {{candidate.firstName}},")};
        QVERIFY(templates.saveNewVersion(QStringLiteral("en"), TemplateStage::Final, edited,
                                         QStringLiteral("priya"), DraftingFixture::kNow));
        current = templates.current(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(current);
        QCOMPARE(*current, edited);
        history = templates.historyOrBuiltIn(QStringLiteral("en"), TemplateStage::Final);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->first().id != kNoRow);
        QCOMPARE(templateRows(), 2);
    }

    void firstEditKeepsTheShippedTextAsVersionOne() {
        TemplateText text{QStringLiteral("Hi"), QStringLiteral("Hello {{candidate.firstName}},")};
        auto saved = MessageTemplates(*m_db).saveNewVersion(
            QStringLiteral("fr"), TemplateStage::Screen, text, QStringLiteral("elodie"),
            DraftingFixture::kNow);
        QVERIFY(saved);
        QCOMPARE(saved->version, 2);
        auto history = MessageTemplates(*m_db).history(QStringLiteral("fr"), TemplateStage::Screen);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).author, MessageTemplates::builtInAuthor());
    }

    void brokenEditIsRefusedWithItsPosition() {
        TemplateText broken{QStringLiteral("Your application"),
                            QStringLiteral("Hello {{candidate.firstName}},\n\n{{#if talentPool}}\n"
                                           "Stay in touch.\n")};
        auto refused = MessageTemplates(*m_db).saveNewVersion(
            QStringLiteral("en"), TemplateStage::Interview, broken, QStringLiteral("priya"),
            DraftingFixture::kNow);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().startsWith(QStringLiteral("Body, line 3, column 1:")),
                 qPrintable(refused.errorMessage()));
        TemplateText badSubject{QStringLiteral("About {{opening.salary}}"), QStringLiteral("Hi")};
        refused = MessageTemplates(*m_db).saveNewVersion(
            QStringLiteral("en"), TemplateStage::Interview, badSubject, QStringLiteral("priya"),
            DraftingFixture::kNow);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().startsWith(QStringLiteral("Subject, line 1, column 7:")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(templateRows(), 0);
    }

    void draftRoundTripAndLatest() {
        const RowId zoe = DraftingFixture::applicationOf(*m_db, kZoe);
        const RowId miguel = DraftingFixture::applicationOf(*m_db, kMiguel);
        RejectionDraftRepository drafts(*m_db);
        RejectionDraft a;
        a.applicationId = zoe;
        a.language = QStringLiteral("fr");
        a.subject = QString::fromUtf8("Votre candidature « Zoë »");
        a.body = QString::fromUtf8("Bonjour Zoë,\n\nMerci.");
        a.createdAt = DraftingFixture::kNow;
        QVERIFY(drafts.insert(a));
        QVERIFY(a.id != kNoRow && !a.uuid.isNull());
        QCOMPARE(a.updatedAt, a.createdAt);
        QCOMPARE(*drafts.get(a.id), a);
        QCOMPARE((*drafts.findByUuid(a.uuid))->id, a.id);

        RejectionDraft b = a;
        b.id = kNoRow;
        b.uuid = QUuid();
        b.createdAt = DraftingFixture::kNow; // same second: the higher id is newer
        QVERIFY(drafts.insert(b));
        RejectionDraft c = a;
        c.id = kNoRow;
        c.uuid = QUuid();
        c.applicationId = miguel;
        c.status = DraftStatus::Sent;
        c.sentAt = DraftingFixture::kNow;
        c.sentChannel = QStringLiteral("letter");
        QVERIFY(drafts.insert(c));

        QCOMPARE((*drafts.latestForApplication(zoe))->id, b.id);
        QCOMPARE(drafts.forApplication(zoe)->size(), 2);
        auto latest = drafts.latestForOpening(DraftingFixture::openingOf(*m_db, zoe));
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(*drafts.get(c.id), c);
        QVERIFY(!drafts.latestForApplication(987654)->has_value());

        b.body = QStringLiteral("edited");
        QVERIFY(drafts.update(b));
        QCOMPARE(drafts.get(b.id)->body, QStringLiteral("edited"));
        QVERIFY(drafts.remove(b.id));
        QCOMPARE((*drafts.latestForApplication(zoe))->id, a.id);
        QVERIFY(!drafts.get(b.id));
    }

    void unreadableStatusNamesTableAndColumn() {
        RejectionDraft a;
        a.applicationId = DraftingFixture::applicationOf(*m_db, kZoe);
        a.language = QStringLiteral("en");
        QVERIFY(RejectionDraftRepository(*m_db).insert(a));
        QVERIFY(m_db->exec(QStringLiteral("UPDATE rejection_drafts SET status = 'posted'")));
        auto read = RejectionDraftRepository(*m_db).get(a.id);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("rejection_drafts")) &&
                     read.errorMessage().contains(QStringLiteral("status")) &&
                     read.errorMessage().contains(QStringLiteral("posted")),
                 qPrintable(read.errorMessage()));
    }

private:
    qint64 templateRows() {
        return DraftingFixture::scalar(*m_db,
                                       QStringLiteral("SELECT COUNT(*) FROM message_templates"))
            .toLongLong();
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDraftRepositories)
#include "tst_draftrepositories.moc"

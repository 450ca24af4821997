#include "DraftingFixture.h"
#include "TestDatabase.h"

#include "opening/PanelDirectory.h"
#include "storage/PanelistRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::DraftingFixture;

/// PanelDirectory's two rules of who leads: an opening's lead is the first
/// lead seated, and who scores before anyone chose is the lead of the first
/// opening that has one, else the first panelist. The leads are checked
/// against SQL of their own (DraftingFixture::leadOf: the first lead seat by
/// seat number), on the demo database and on files built by hand.
class TestPanelDirectory : public QObject {
    Q_OBJECT

private slots:
    void leadIsTheFirstLeadSeated() {
        Opening opening;
        QCOMPARE(PanelDirectory::leadOf(opening), kNoRow);
        opening.panel = {{11, false}, {12, false}};
        QCOMPARE(PanelDirectory::leadOf(opening), kNoRow);
        opening.panel = {{11, false}, {12, true}, {13, true}};
        QCOMPARE(PanelDirectory::leadOf(opening), RowId(12));
    }

    void demoLeadsAreTheStoredLeads() {
        QString error;
        auto db = DraftingFixture::demo(m_dir.filePath(QStringLiteral("demo.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        PanelDirectory directory(*db);
        auto openings = directory.openings();
        QVERIFY2(openings, qPrintable(openings.errorMessage()));
        QVERIFY(openings->size() >= 2);
        for (const Opening& opening : std::as_const(*openings))
            QCOMPARE(PanelDirectory::leadOf(opening), DraftingFixture::leadOf(*db, opening.id));
        auto chosen = directory.defaultPanelist();
        QVERIFY(chosen);
        QCOMPARE(*chosen, DraftingFixture::leadOf(*db, openings->first().id));
        QVERIFY(*chosen != kNoRow);
        auto panel = directory.panelOf(openings->first().id);
        QVERIFY(panel);
        QCOMPARE(panel->size(), openings->first().panel.size());
    }

    void withoutAnOpeningTheFirstPanelistScores() {
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        PanelDirectory directory(**db);
        auto nobody = directory.defaultPanelist();
        QVERIFY(nobody);
        QCOMPARE(*nobody, kNoRow);

        Panelist ana;
        ana.name = QStringLiteral("Ana");
        ana.email = QStringLiteral("ana@example.org");
        QVERIFY(PanelistRepository(**db).insert(ana));
        auto chosen = directory.defaultPanelist();
        QVERIFY(chosen);
        QCOMPARE(*chosen, ana.id);
        auto found = directory.panelistByUuid(ana.uuid);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->name, QStringLiteral("Ana"));
    }

    // On a server a login role names its panelist (ChangeDescription's
    // "who", SessionPanelist); a panelist without a login has an empty one,
    // which names nobody.
    void aLoginNamesItsPanelist() {
        auto db = test::TestDatabase::open(m_dir.filePath(QStringLiteral("logins.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        Panelist ana;
        ana.name = QStringLiteral("Ana");
        ana.loginRole = QStringLiteral("ana_login");
        Panelist ben;
        ben.name = QStringLiteral("Ben");
        QVERIFY(PanelistRepository(**db).insert(ben));
        QVERIFY(PanelistRepository(**db).insert(ana));
        PanelDirectory directory(**db);
        auto found = directory.panelistByLogin(QStringLiteral("ana_login"));
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, ana.id);
        QCOMPARE((*found)->name, QStringLiteral("Ana"));
        for (const QString& login : {QStringLiteral("ana"), QStringLiteral("Ben"), QString()}) {
            auto nobody = directory.panelistByLogin(login);
            QVERIFY(nobody);
            QVERIFY2(!nobody->has_value(), qPrintable(login));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPanelDirectory)
#include "tst_paneldirectory.moc"

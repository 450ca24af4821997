#include "DatabaseDump.h"
#include "TestDatabase.h"

#include "opening/OpeningComparison.h"
#include "opening/OpeningCreator.h"
#include "opening/OpeningSetupUpdater.h"
#include "opening/OpeningSetupValidator.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// Setting up an opening over a real SQLite file: creation from every
/// built-in template, from another opening's rubric and from nothing; the
/// validator's messages; that a refused set-up writes nothing; taking a
/// creation back; and editing the set-up of an existing opening.
class TestOpeningSetupCore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsFromEachTemplate_data();
    void createsFromEachTemplate();
    void keepsTemplateCriteriaOnARenamedRound();
    void copiesAnotherOpeningsRubric();
    void emptySourceWritesNoRubric();
    void storesNewPanelistsAndReusesKnownAddresses();
    void validatorReportsEveryProblem();
    void validatorNamesEachPanelProblem_data();
    void validatorNamesEachPanelProblem();
    void refusedSetUpWritesNothing();
    void unknownPanelistRollsBackEverything();
    void removeTakesBackAnUntouchedCreation();
    void removeRefusesOnceCandidatesWereAdded();
    void removeRefusesOnceTheRubricWasEdited();
    void updateChangesSetUpAndRestoreUndoesIt();
    void updateRefusesInvalidSetUpAndWritesNothing();
    void restoreCannotDropARoundThatWasInterviewedIn();
    void staleSaveIsRefusedAndKeepMineSavesOnTheStoredVersion();
    void undoRestoresOwnChangeButNotOverSomeoneElses();
    void comparisonNamesEveryFieldInWords();

private:
    OpeningSetup validSetup() const;
    RowId addPanelist(const QString& name, const QString& email);
    CreatedOpening create(const OpeningSetup& setup);
    /// The dump without SQLite's id counters, which a removal leaves raised.
    QStringList dumpWithoutCounters();
    /// The template's JSON read directly, not through the library.
    static QJsonObject templateJson(const QString& id);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_pat = kNoRow;
    RowId m_sam = kNoRow;
};

void TestOpeningSetupCore::init() {
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    test::TestDatabase::remove(path);
    auto db = test::TestDatabase::open(path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_pat = addPanelist(QStringLiteral("Pat Lee"), QStringLiteral("pat@example.org"));
    m_sam = addPanelist(QStringLiteral("Sam Ortiz"), QStringLiteral("sam@example.org"));
}

void TestOpeningSetupCore::cleanup() {
    m_db.reset();
}

RowId TestOpeningSetupCore::addPanelist(const QString& name, const QString& email) {
    Panelist person;
    person.name = name;
    person.email = email;
    if (Status inserted = PanelistRepository(*m_db).insert(person); !inserted)
        qFatal("%s", qPrintable(inserted.errorMessage()));
    return person.id;
}

OpeningSetup TestOpeningSetupCore::validSetup() const {
    OpeningSetup setup;
    setup.title = QStringLiteral("Backend Engineer");
    setup.team = QStringLiteral("Platform");
    setup.hiringManager = QStringLiteral("Robin Park");
    setup.positions = 2;
    setup.status = OpeningStatus::OnHold;
    setup.rubric =
        RubricSource::fromTemplate(QStringLiteral("software-engineer"), QStringLiteral("en"));
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical screen"), 0},
                    RoundSetup{{}, QStringLiteral("Culture chat"), -1}};
    setup.panel = {PanelSeat{m_pat, {}, {}, true}, PanelSeat{m_sam, {}, {}, false}};
    return setup;
}

CreatedOpening TestOpeningSetupCore::create(const OpeningSetup& setup) {
    auto created = OpeningCreator(*m_db).create(setup);
    if (!created)
        qFatal("%s", qPrintable(created.errorMessage()));
    return std::move(created).value();
}

QStringList TestOpeningSetupCore::dumpWithoutCounters() {
    QStringList dump = test::dumpDatabase(*m_db);
    dump.removeIf([](const QString& line) { return line.startsWith(u"sqlite_sequence"); });
    return dump;
}

QJsonObject TestOpeningSetupCore::templateJson(const QString& id) {
    QFile file(QStringLiteral(":/debrief/rubrics/%1.en.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read template %s", qPrintable(id));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestOpeningSetupCore::createsFromEachTemplate_data() {
    QTest::addColumn<QString>("id");
    for (const char* id : {"customer-support", "general", "people-manager", "software-engineer"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestOpeningSetupCore::createsFromEachTemplate() {
    QFETCH(QString, id);
    // Expected numbers come from the template file itself, read as plain
    // JSON, so the test does not trust the parser it exercises.
    const QJsonObject json = templateJson(id);
    const QJsonArray criteria = json.value(u"criteria").toArray();
    const QJsonArray rounds = json.value(u"rounds").toArray();
    QVERIFY(!criteria.isEmpty());
    QVERIFY(!rounds.isEmpty());

    OpeningSetup setup = validSetup();
    setup.rubric = RubricSource::fromTemplate(id, QStringLiteral("en"));
    setup.rounds.clear();
    for (int i = 0; i < rounds.size(); ++i)
        setup.rounds.append(RoundSetup{{}, rounds.at(i)[u"name"].toString(), i});
    const CreatedOpening created = create(setup);

    auto opening = OpeningRepository(*m_db).get(created.opening.id);
    QVERIFY(opening.ok());
    QCOMPARE(opening->title, QStringLiteral("Backend Engineer"));
    QCOMPARE(opening->team, QStringLiteral("Platform"));
    QCOMPARE(opening->hiringManager, QStringLiteral("Robin Park"));
    QCOMPARE(opening->positions, 2);
    QCOMPARE(opening->status, OpeningStatus::OnHold);
    const QList<PanelMember> panel{{m_pat, true}, {m_sam, false}};
    QCOMPARE(opening->panel, panel);

    auto rubric = RubricRepository(*m_db).currentForOpening(created.opening.id);
    QVERIFY(rubric.ok() && rubric->has_value());
    QCOMPARE((*rubric)->criteria.size(), criteria.size());
    QCOMPARE((*rubric)->name, json.value(u"name").toString());
    QStringList keys;
    for (int i = 0; i < criteria.size(); ++i) {
        QCOMPARE((*rubric)->criteria.at(i).name, criteria.at(i)[u"name"].toString());
        keys.append(criteria.at(i)[u"key"].toString());
    }

    auto stored = InterviewRoundRepository(*m_db).forOpening(created.opening.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), rounds.size());
    for (int i = 0; i < rounds.size(); ++i) {
        const QJsonObject round = rounds.at(i).toObject();
        QCOMPARE(stored->at(i).name, round[u"name"].toString());
        QCOMPARE(stored->at(i).durationMinutes, round[u"durationMinutes"].toInt());
        QStringList expected;
        for (const QJsonValue& key : round[u"criteria"].toArray())
            expected.append(criteria.at(keys.indexOf(key.toString()))[u"name"].toString());
        QStringList linked;
        for (RowId criterionId : stored->at(i).criterionIds) {
            for (const Criterion& c : (*rubric)->criteria) {
                if (c.id == criterionId)
                    linked.append(c.name);
            }
        }
        QCOMPARE(linked, expected);
    }
}

void TestOpeningSetupCore::keepsTemplateCriteriaOnARenamedRound() {
    OpeningSetup setup = validSetup();
    setup.rounds = {RoundSetup{{}, QStringLiteral("Quick screen"), 0},
                    RoundSetup{{}, QStringLiteral("Culture chat"), -1}};
    const CreatedOpening created = create(setup);
    QCOMPARE(created.rounds.size(), 2);
    // software-engineer.en.json: "Technical screen" assesses problem-solving
    // and code-quality; the panel's own round assesses nothing yet.
    QCOMPARE(created.rounds.at(0).name, QStringLiteral("Quick screen"));
    QCOMPARE(created.rounds.at(0).criterionIds.size(), 2);
    QCOMPARE(created.rounds.at(0).durationMinutes, 45);
    QVERIFY(created.rounds.at(1).criterionIds.isEmpty());
    QVERIFY(!created.setup.rounds.at(0).uuid.isNull());
    QCOMPARE(created.setup.rounds.at(0).uuid, created.rounds.at(0).uuid);
}

void TestOpeningSetupCore::copiesAnotherOpeningsRubric() {
    const CreatedOpening source = create(validSetup());
    OpeningSetup setup = validSetup();
    setup.title = QStringLiteral("Senior Backend Engineer");
    setup.rubric = RubricSource::copyOf(source.opening.id);
    const CreatedOpening copy = create(setup);

    QVERIFY(copy.rubric.has_value());
    QCOMPARE(copy.rubric->criteria.size(), source.rubric->criteria.size());
    QCOMPARE(copy.rubric->openingId, copy.opening.id);
    QCOMPARE(copy.rubric->version, 1);
    QVERIFY(copy.rubric->familyUuid != source.rubric->familyUuid);
    for (int i = 0; i < copy.rubric->criteria.size(); ++i) {
        QCOMPARE(copy.rubric->criteria.at(i).name, source.rubric->criteria.at(i).name);
        QCOMPARE(copy.rubric->criteria.at(i).anchors, source.rubric->criteria.at(i).anchors);
        QVERIFY(copy.rubric->criteria.at(i).id != source.rubric->criteria.at(i).id);
    }
    // Round 0 took over source round 0's links, now into the copy's criteria.
    QCOMPARE(copy.rounds.at(0).criterionIds,
             (QList<RowId>{copy.rubric->criteria.at(0).id, copy.rubric->criteria.at(1).id}));
}

void TestOpeningSetupCore::emptySourceWritesNoRubric() {
    OpeningSetup setup = validSetup();
    setup.rubric = RubricSource::empty();
    const CreatedOpening created = create(setup);
    QVERIFY(!created.rubric.has_value());
    auto rubric = RubricRepository(*m_db).currentForOpening(created.opening.id);
    QVERIFY(rubric.ok() && !rubric->has_value());
    QCOMPARE(created.rounds.size(), 2);
    QVERIFY(created.rounds.at(0).criterionIds.isEmpty());
}

void TestOpeningSetupCore::storesNewPanelistsAndReusesKnownAddresses() {
    OpeningSetup setup = validSetup();
    setup.panel = {
        PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), QStringLiteral("kim@example.org"), true},
        // Sam's address in other capitals: Sam, not a second Sam.
        PanelSeat{kNoRow, QStringLiteral("Samuel Ortiz"), QStringLiteral("SAM@example.org"),
                  false}};
    const CreatedOpening created = create(setup);
    auto people = PanelistRepository(*m_db).list();
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 3); // Pat and Sam from init(), plus Kim
    const RowId kim = created.setup.panel.at(0).panelistId;
    QVERIFY(kim != kNoRow);
    QCOMPARE(PanelistRepository(*m_db).get(kim)->name, QStringLiteral("Kim Nowak"));
    QCOMPARE(created.setup.panel.at(1).panelistId, m_sam);
    const QList<PanelMember> panel{{kim, true}, {m_sam, false}};
    QCOMPARE(created.opening.panel, panel);
}

void TestOpeningSetupCore::validatorReportsEveryProblem() {
    OpeningSetup setup;
    setup.title = QStringLiteral("   ");
    setup.positions = 0;
    setup.rubric = RubricSource::fromTemplate({}, QStringLiteral("en"));
    setup.rounds = {RoundSetup{{}, QStringLiteral("Onsite"), -1},
                    RoundSetup{{}, QStringLiteral(" onsite "), -1}, RoundSetup{{}, QString(), -1}};
    setup.panel = {
        PanelSeat{m_pat, QStringLiteral("Pat Lee"), {}, true},
        PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), QStringLiteral("kim@nowhere"), true}};
    const auto problems =
        OpeningSetupValidator::check(setup, OpeningSetupValidator::Purpose::Create);
    // By hand: title, positions, duplicate round, unnamed round 3, no
    // template, Kim's address, two leads.
    using F = OpeningSetupField;
    const QList<OpeningSetupProblem> expected{
        {F::Title, QStringLiteral("The title is empty: name the opening.")},
        {F::Positions, QStringLiteral("The number of positions is 0: it must be at least 1.")},
        {F::Rounds, QStringLiteral("Two rounds are called “onsite”: give each round its own "
                                   "name.")},
        {F::Rounds, QStringLiteral("Round 3 has no name.")},
        {F::Rubric, QStringLiteral("No rubric template is chosen.")},
        {F::Panel, QStringLiteral("The e-mail address “kim@nowhere” of Kim Nowak is not valid.")},
        {F::Panel, QStringLiteral("The panel has 2 leads (Pat Lee, Kim Nowak): choose exactly "
                                  "one.")},
    };
    QCOMPARE(problems, expected);
    // Updating does not look at the rubric source.
    QCOMPARE(OpeningSetupValidator::check(setup, OpeningSetupValidator::Purpose::Update).size(), 6);
    const Status status =
        OpeningSetupValidator::validate(setup, OpeningSetupValidator::Purpose::Create);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage().count(QLatin1Char('\n')), 7); // a heading, then 7 lines
    QVERIFY(status.errorMessage().contains(u"Round 3 has no name."));
    QCOMPARE(OpeningSetupValidator::messagesFor(problems, F::Rounds),
             expected.at(2).message + QLatin1Char('\n') + expected.at(3).message);
}

void TestOpeningSetupCore::validatorNamesEachPanelProblem_data() {
    QTest::addColumn<QList<PanelSeat>>("panel");
    QTest::addColumn<QString>("message");
    const PanelSeat pat{1, QStringLiteral("Pat Lee"), {}, false};
    PanelSeat patLead = pat;
    patLead.isLead = true;
    QTest::newRow("empty") << QList<PanelSeat>{}
                           << QStringLiteral("The panel is empty: add at least one panelist and "
                                             "make one the lead.");
    QTest::newRow("no lead") << QList<PanelSeat>{pat}
                             << QStringLiteral("The panel has no lead: choose one panelist.");
    QTest::newRow("twice") << QList<PanelSeat>{patLead, pat}
                           << QStringLiteral("Pat Lee sits on the panel twice.");
    QTest::newRow("unnamed new")
        << QList<PanelSeat>{patLead, PanelSeat{kNoRow, {}, QStringLiteral("x@example.org"), false}}
        << QStringLiteral("New panelist 2 has no name.");
    QTest::newRow("same address") << QList<PanelSeat>{patLead,
                                                      PanelSeat{kNoRow, QStringLiteral("A"),
                                                                QStringLiteral("a@b.org"), false},
                                                      PanelSeat{kNoRow, QStringLiteral("B"),
                                                                QStringLiteral("A@b.org"), false}}
                                  << QStringLiteral(
                                         "The e-mail address A@b.org is given for two panelists.");
}

void TestOpeningSetupCore::validatorNamesEachPanelProblem() {
    QFETCH(QList<PanelSeat>, panel);
    QFETCH(QString, message);
    OpeningSetup setup = validSetup();
    setup.panel = panel;
    const auto problems =
        OpeningSetupValidator::check(setup, OpeningSetupValidator::Purpose::Create);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, OpeningSetupField::Panel);
    QCOMPARE(problems.at(0).message, message);
}

void TestOpeningSetupCore::refusedSetUpWritesNothing() {
    create(validSetup());
    const QStringList before = test::dumpDatabase(*m_db);
    OpeningSetup setup = validSetup();
    setup.title.clear();
    setup.panel.append(
        PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), QStringLiteral("kim@x.org"), false});
    auto created = OpeningCreator(*m_db).create(setup);
    QVERIFY(!created.ok());
    QVERIFY2(created.errorMessage().contains(u"The title is empty"),
             qPrintable(created.errorMessage()));
    QCOMPARE(test::dumpDatabase(*m_db), before);
    // Counted by hand: one opening and the two panelists from init().
    QCOMPARE(OpeningRepository(*m_db).list()->size(), 1);
    QCOMPARE(PanelistRepository(*m_db).list()->size(), 2);
}

void TestOpeningSetupCore::unknownPanelistRollsBackEverything() {
    const QStringList before = test::dumpDatabase(*m_db);
    OpeningSetup setup = validSetup();
    // The new panelist is stored before the unknown one is found missing.
    setup.panel = {PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), {}, true},
                   PanelSeat{9999, QStringLiteral("Ghost"), {}, false}};
    auto created = OpeningCreator(*m_db).create(setup);
    QVERIFY(!created.ok());
    QVERIFY2(created.errorMessage().contains(u"Ghost"), qPrintable(created.errorMessage()));
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void TestOpeningSetupCore::removeTakesBackAnUntouchedCreation() {
    const QStringList before = dumpWithoutCounters();
    const CreatedOpening created = create(validSetup());
    QVERIFY(dumpWithoutCounters() != before);
    const Status removed = OpeningCreator(*m_db).remove(created);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(dumpWithoutCounters(), before);

    // Writing the recorded set-up again gives the same uuids (redo).
    const CreatedOpening again = create(created.setup);
    QCOMPARE(again.opening.uuid, created.opening.uuid);
    QCOMPARE(again.rounds.at(1).uuid, created.rounds.at(1).uuid);
    QCOMPARE(again.rubric->criteria.size(), created.rubric->criteria.size());
}

void TestOpeningSetupCore::removeRefusesOnceCandidatesWereAdded() {
    const CreatedOpening created = create(validSetup());
    Candidate person;
    person.fullName = QStringLiteral("Alice Adams");
    QVERIFY(CandidateRepository(*m_db).insert(person).ok());
    Application application;
    application.candidateId = person.id;
    application.openingId = created.opening.id;
    QVERIFY(ApplicationRepository(*m_db).insert(application).ok());

    const QStringList before = test::dumpDatabase(*m_db);
    const Status removed = OpeningCreator(*m_db).remove(created);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.errorMessage(),
             QStringLiteral("Candidates have been added to “Backend Engineer” since it was "
                            "created."));
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void TestOpeningSetupCore::removeRefusesOnceTheRubricWasEdited() {
    const CreatedOpening created = create(validSetup());
    Rubric edited = *created.rubric;
    edited.criteria[0].weight = 3.0;
    QVERIFY(RubricRepository(*m_db).update(edited).ok());
    const Status removed = OpeningCreator(*m_db).remove(created);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.errorMessage().contains(u"rubric"), qPrintable(removed.errorMessage()));
    QVERIFY(OpeningRepository(*m_db).get(created.opening.id).ok());
}

void TestOpeningSetupCore::updateChangesSetUpAndRestoreUndoesIt() {
    const CreatedOpening created = create(validSetup());
    OpeningSetupUpdater updater(*m_db);
    auto before = updater.load(created.opening.id);
    QVERIFY(before.ok());
    QCOMPARE(before->title, QStringLiteral("Backend Engineer"));
    QCOMPARE(before->panel.at(0).name, QStringLiteral("Pat Lee"));

    OpeningSetup changed = *before;
    changed.title = QStringLiteral("Staff Backend Engineer");
    changed.positions = 1;
    changed.status = OpeningStatus::Filled;
    changed.rounds[0].name = QStringLiteral("Coding screen");
    changed.rounds.append(RoundSetup{{}, QStringLiteral("Founder chat"), -1});
    changed.panel = {PanelSeat{m_sam, {}, {}, true},
                     PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), {}, false}};
    auto written = updater.save(changed);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(changed.panel.at(1).panelistId != kNoRow);
    QVERIFY(!changed.rounds.at(2).uuid.isNull());

    auto opening = OpeningRepository(*m_db).get(created.opening.id);
    QCOMPARE(opening->title, QStringLiteral("Staff Backend Engineer"));
    QCOMPARE(opening->status, OpeningStatus::Filled);
    QCOMPARE(opening->createdAt, created.opening.createdAt);
    auto rounds = InterviewRoundRepository(*m_db).forOpening(created.opening.id);
    QCOMPARE(rounds->size(), 3);
    QCOMPARE(rounds->at(0).name, QStringLiteral("Coding screen"));
    // Renaming keeps what the round assesses.
    QCOMPARE(rounds->at(0).criterionIds, created.rounds.at(0).criterionIds);
    QCOMPARE(rounds->at(2).name, QStringLiteral("Founder chat"));

    auto restored = updater.restore(*before);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(*updater.load(created.opening.id), *before);
    QCOMPARE(*InterviewRoundRepository(*m_db).forOpening(created.opening.id), created.rounds);
}

void TestOpeningSetupCore::updateRefusesInvalidSetUpAndWritesNothing() {
    const CreatedOpening created = create(validSetup());
    OpeningSetupUpdater updater(*m_db);
    OpeningSetup changed = *updater.load(created.opening.id);
    changed.title = QStringLiteral("Renamed");
    changed.rounds.append(RoundSetup{{}, QStringLiteral("Technical screen"), -1});
    changed.panel[1].isLead = true;
    const QStringList before = test::dumpDatabase(*m_db);
    auto written = updater.save(changed);
    QVERIFY(!written.ok());
    // By hand: the duplicate round and the two leads.
    QCOMPARE(written.errorMessage(),
             QStringLiteral("The opening's set-up has these problems:\n"
                            "Two rounds are called “Technical screen”: give each round its own "
                            "name.\n"
                            "The panel has 2 leads (Pat Lee, Sam Ortiz): choose exactly one."));
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void TestOpeningSetupCore::restoreCannotDropARoundThatWasInterviewedIn() {
    const CreatedOpening created = create(validSetup());
    OpeningSetupUpdater updater(*m_db);
    const OpeningSetup before = *updater.load(created.opening.id);
    OpeningSetup changed = before;
    changed.rounds.append(RoundSetup{{}, QStringLiteral("Founder chat"), -1});
    changed.title = QStringLiteral("Renamed");
    auto written = updater.save(changed);
    QVERIFY(written.ok());

    Candidate person;
    person.fullName = QStringLiteral("Alice Adams");
    QVERIFY(CandidateRepository(*m_db).insert(person).ok());
    Application application;
    application.candidateId = person.id;
    application.openingId = created.opening.id;
    QVERIFY(ApplicationRepository(*m_db).insert(application).ok());
    auto rounds = InterviewRoundRepository(*m_db).forOpening(created.opening.id);
    Interview interview;
    interview.applicationId = application.id;
    interview.roundId = rounds->at(2).id;
    QVERIFY(InterviewRepository(*m_db).insert(interview).ok());

    const QStringList dump = test::dumpDatabase(*m_db);
    auto restored = updater.restore(before);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().startsWith(u"Cannot remove the round “Founder chat”."),
             qPrintable(restored.errorMessage()));
    // The title was written before the round failed: rolled back with it.
    QCOMPARE(test::dumpDatabase(*m_db), dump);
}

void TestOpeningSetupCore::staleSaveIsRefusedAndKeepMineSavesOnTheStoredVersion() {
    const CreatedOpening created = create(validSetup());
    OpeningSetupUpdater updater(*m_db);
    // Two editors open the set-up.
    OpeningSetup first = *updater.load(created.opening.id);
    OpeningSetup second = *updater.load(created.opening.id);
    QCOMPARE(second.rowVersion, first.rowVersion);
    const int read = first.rowVersion;

    first.title = QStringLiteral("Platform Engineer");
    first.panel[0].isLead = false;
    first.panel[1].isLead = true;
    auto saved = updater.save(first);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(first.rowVersion, read + 1);

    second.title = QStringLiteral("Backend Engineer II");
    second.positions = 3;
    second.rounds.append(RoundSetup{{}, QStringLiteral("Founder chat"), -1});
    const QStringList before = test::dumpDatabase(*m_db);
    auto refused = updater.save(second);
    QVERIFY(!refused.ok());
    QVERIFY(refused.isStale());
    QVERIFY2(refused.errorMessage().contains(u"after you opened it"),
             qPrintable(refused.errorMessage()));
    QCOMPARE(refused.current().title, QStringLiteral("Platform Engineer"));
    QCOMPARE(refused.current().rowVersion, read + 1);
    QVERIFY(refused.current().panel.at(1).isLead);
    // Nothing of the second editor's was written: no title, no round.
    QCOMPARE(test::dumpDatabase(*m_db), before);
    QCOMPARE(second.rowVersion, read);

    // Keep Mine: the same values on the version now stored.
    second.rowVersion = refused.current().rowVersion;
    auto kept = updater.save(second);
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(second.rowVersion, read + 2);
    const OpeningSetup stored = *updater.load(created.opening.id);
    QCOMPARE(stored.title, QStringLiteral("Backend Engineer II"));
    QCOMPARE(stored.positions, 3);
    QCOMPARE(stored.rounds.size(), created.rounds.size() + 1);
    // Keeping mine keeps all of mine, the lead included.
    QVERIFY(stored.panel.at(0).isLead);
}

void TestOpeningSetupCore::undoRestoresOwnChangeButNotOverSomeoneElses() {
    const CreatedOpening created = create(validSetup());
    OpeningSetupUpdater updater(*m_db);
    const OpeningSetup before = *updater.load(created.opening.id);
    OpeningSetup changed = before;
    changed.title = QStringLiteral("Renamed");
    QVERIFY(updater.save(changed).ok());
    const OpeningSetup after = *updater.load(created.opening.id);

    // Undo of one's own save is not refused, though the version moved on.
    auto undone = updater.restore(before, after);
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(*updater.load(created.opening.id), before);
    auto redone = updater.restore(after, before);
    QVERIFY2(redone.ok(), qPrintable(redone.errorMessage()));
    QCOMPARE(updater.load(created.opening.id)->title, QStringLiteral("Renamed"));

    // Someone else renames it; the undo would take their change back.
    Opening other = *OpeningRepository(*m_db).get(created.opening.id);
    other.title = QStringLiteral("Their title");
    QVERIFY(OpeningRepository(*m_db).update(other).ok());
    const QStringList dump = test::dumpDatabase(*m_db);
    auto refused = updater.restore(before, after);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"after you opened it"),
             qPrintable(refused.errorMessage()));
    QCOMPARE(test::dumpDatabase(*m_db), dump);
}

void TestOpeningSetupCore::comparisonNamesEveryFieldInWords() {
    const CreatedOpening created = create(validSetup());
    const OpeningSetup theirs = *OpeningSetupUpdater(*m_db).load(created.opening.id);
    OpeningSetup mine = theirs;
    mine.title = QStringLiteral("  Platform Engineer ");
    mine.status = OpeningStatus::Filled;
    mine.panel[0].isLead = false;
    mine.panel[1].isLead = true;
    mine.panel.append(PanelSeat{kNoRow, QStringLiteral("Kim Nowak"), {}, false});
    const ComparedFields rows = OpeningComparison::fields(mine, theirs);
    QStringList labels;
    for (const ComparedField& row : rows)
        labels.append(row.field);
    QCOMPARE(labels, QStringLiteral("Title|Team|Hiring manager|Positions|Status|Description|Rounds|"
                                    "Panel|Panel lead")
                         .split(u'|'));
    QCOMPARE(rows.at(0).mine, QStringLiteral("Platform Engineer"));
    QCOMPARE(rows.at(0).theirs, QStringLiteral("Backend Engineer"));
    QVERIFY(!rows.at(1).differs());
    QCOMPARE(rows.at(3).theirs, QString::number(theirs.positions));
    // Status through its label, the same the dialog's list shows.
    QCOMPARE(rows.at(4).mine, toLabel(OpeningStatus::Filled));
    QCOMPARE(rows.at(4).theirs, toLabel(OpeningStatus::OnHold));
    QCOMPARE(rows.at(7).mine, QStringLiteral("Pat Lee, Sam Ortiz, Kim Nowak"));
    QCOMPARE(rows.at(7).theirs, QStringLiteral("Pat Lee, Sam Ortiz"));
    QCOMPARE(rows.at(8).mine, QStringLiteral("Sam Ortiz"));
    QCOMPARE(rows.at(8).theirs, QStringLiteral("Pat Lee"));
    QVERIFY(!rows.at(6).differs());
}

QTEST_GUILESS_MAIN(TestOpeningSetupCore)
#include "tst_openingsetup_core.moc"

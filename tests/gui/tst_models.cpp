#include "CandidateFilterModel.h"
#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "OpeningListModel.h"
#include "SampleDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// The item models over a real SQLite file: structure checked by
/// QAbstractItemModelTester, content checked against SampleDatabase.
class TestModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openingListShowsCounts();
    void openingListPicksTheDebriefOpening();
    void openingListIsEmptyWithoutDatabase();
    void candidateTableShowsStages();
    void overdueMarkerOnlyOnOverdueRows();
    void overdueMarkerFollowsInjectedToday();
    void proxyFiltersByNameAndEmail();
    void proxySortsByOverdueDays();
    void candidateTableEmptyWithoutOpening();

private:
    int sourceRowOf(const CandidateTableModel& model, const QString& name) const;

    QTemporaryDir m_dir;
    DatabaseSession m_session;
    test::SampleDatabase m_sample;
};

void TestModels::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("models.sqlite"));
    const Status opened = m_session.open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const QString failure = m_sample.fill(m_session.database());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestModels::init() {
    m_session.clock().setFixedToday(test::SampleDatabase::today());
}

int TestModels::sourceRowOf(const CandidateTableModel& model, const QString& name) const {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CandidateTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestModels::openingListShowsCounts() {
    OpeningListModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);

    const int backend = model.rowOf(m_sample.backendOpening);
    QVERIFY(backend >= 0);
    const QModelIndex index = model.index(backend);
    QCOMPARE(index.data().toString(), QStringLiteral("Backend Engineer"));
    QCOMPARE(index.data(OpeningListModel::CandidateCountRole).toInt(), 5);
    QCOMPARE(index.data(OpeningListModel::FinalistCountRole).toInt(), 2);
    // Alice (5 days) and Dmitri (1 day); Carla is rejected, so nobody waits.
    QCOMPARE(index.data(OpeningListModel::OverdueCountRole).toInt(), 2);
    QCOMPARE(index.data(OpeningListModel::TeamRole).toString(), QStringLiteral("Platform"));
    QVERIFY(index.data(OpeningListModel::SummaryRole)
                .toString()
                .startsWith(toLabel(OpeningStatus::Open)));
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Platform")));

    const QModelIndex analyst = model.index(model.rowOf(m_sample.analystOpening));
    QCOMPARE(analyst.data(OpeningListModel::StatusRole).toString(), toLabel(OpeningStatus::OnHold));
    QCOMPARE(model.totalCandidates(), 8);
    QCOMPARE(model.totalOverdue(), 3);
}

void TestModels::openingListPicksTheDebriefOpening() {
    OpeningListModel model(m_session);
    QVERIFY(model.reload().ok());
    // The analyst opening has a finalist too, but it is on hold.
    QCOMPARE(model.openingId(model.debriefRow()), m_sample.backendOpening);
}

void TestModels::openingListIsEmptyWithoutDatabase() {
    DatabaseSession closed;
    OpeningListModel model(closed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.debriefRow(), -1);
}

void TestModels::candidateTableShowsStages() {
    CandidateTableModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), CandidateTableModel::kColumnCount);

    const int alice = sourceRowOf(model, QStringLiteral("Alice Adams"));
    QVERIFY(alice >= 0);
    QCOMPARE(model.index(alice, CandidateTableModel::Stage).data().toString(),
             toLabel(PipelineStage::Final));
    QVERIFY(model.index(alice, CandidateTableModel::TalentPool)
                .data()
                .toString()
                .contains(QStringLiteral("★")));
    QCOMPARE(model.index(alice, CandidateTableModel::Scorecards).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(model.index(alice, CandidateTableModel::AppliedOn)
                 .data(CandidateTableModel::SortRole)
                 .toDate(),
             QDate(2024, 5, 2));
    const int eve = sourceRowOf(model, QStringLiteral("Eve Fischer"));
    QCOMPARE(model.index(eve, CandidateTableModel::Stage).data().toString(),
             toLabel(PipelineStage::Applied));
    QVERIFY(model.index(eve, CandidateTableModel::TalentPool).data().toString().isEmpty());
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestModels::overdueMarkerOnlyOnOverdueRows() {
    CandidateTableModel model(m_session);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    const QStringList overdue{QStringLiteral("Alice Adams"), QStringLiteral("Dmitri Evans")};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, CandidateTableModel::Name).data().toString();
        const QModelIndex marker = model.index(row, CandidateTableModel::AnswerDue);
        const bool expected = overdue.contains(name);
        QCOMPARE(marker.data().toString().contains(QStringLiteral("⚠")), expected);
        QCOMPARE(marker.data(CandidateTableModel::OverdueRole).toBool(), expected);
        // Text carries the meaning; colour only reinforces it.
        QCOMPARE(marker.data(Qt::ForegroundRole).isValid(), expected);
    }
    const int alice = sourceRowOf(model, QStringLiteral("Alice Adams"));
    QVERIFY(model.index(alice, CandidateTableModel::AnswerDue)
                .data()
                .toString()
                .contains(QStringLiteral("5")));
    const int bob = sourceRowOf(model, QStringLiteral("Bob Brown"));
    QVERIFY(!model.index(bob, CandidateTableModel::AnswerDue).data().toString().isEmpty());
}

void TestModels::overdueMarkerFollowsInjectedToday() {
    m_session.clock().setFixedToday(QDate(2024, 6, 1));
    CandidateTableModel model(m_session);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, CandidateTableModel::AnswerDue)
                     .data(CandidateTableModel::OverdueRole)
                     .toBool());
    }
    m_session.clock().setFixedToday(QDate(2024, 6, 20));
    QVERIFY(model.reload().ok());
    int overdue = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        overdue += model.index(row, CandidateTableModel::AnswerDue)
                       .data(CandidateTableModel::OverdueRole)
                       .toBool();
    }
    QCOMPARE(overdue, 3); // Alice, Bob and Dmitri; Eve was promised nothing.
}

void TestModels::proxyFiltersByNameAndEmail() {
    CandidateTableModel model(m_session);
    CandidateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setSearchText(QStringLiteral("ALICE"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Alice Adams"));
    proxy.setSearchText(QStringLiteral("example.net"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Carla Diaz"));
    proxy.setSearchText(QStringLiteral("nobody"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestModels::proxySortsByOverdueDays() {
    CandidateTableModel model(m_session);
    CandidateFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    proxy.sort(CandidateTableModel::AnswerDue, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Alice Adams"));
    QCOMPARE(proxy.index(1, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Dmitri Evans"));
    proxy.sort(CandidateTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Eve Fischer"));
    // Stage sorts by progress, not by enum order: closed-out stages last.
    proxy.sort(CandidateTableModel::Stage, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CandidateTableModel::Stage).data().toString(),
             toLabel(PipelineStage::Final));
    QCOMPARE(proxy.index(4, CandidateTableModel::Name).data().toString(),
             QStringLiteral("Carla Diaz"));
}

void TestModels::candidateTableEmptyWithoutOpening() {
    CandidateTableModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setOpening(m_sample.backendOpening).ok());
    QVERIFY(model.setOpening(kNoRow).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"

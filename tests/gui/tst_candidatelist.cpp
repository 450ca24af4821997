#include "CandidateTableModel.h"
#include "DatabaseSession.h"
#include "MainWindow.h"

#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/Opening.h"
#include "settings/Settings.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/TransactionGuard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// The candidate list over one opening of 2,000 generated candidates
/// ("Person 0000" … "Person 1999", stage by index: applied, screen,
/// interview, final): it loads lazily, and search and stage filter narrow it.
class TestCandidateList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fetchesLazily();
    void searchNarrowsResults();
    void stageFilterKeepsOneStage();

private:
    QTableView* table() const {
        return m_window->findChild<QTableView*>(QStringLiteral("candidateTable"));
    }

    static constexpr int kCandidates = 2000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestCandidateList::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
    auto db = Database::openSqlite(m_path);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Opening opening;
    opening.title = QStringLiteral("Big opening");
    QVERIFY(OpeningRepository(**db).insert(opening).ok());
    const PipelineStage stages[] = {PipelineStage::Applied, PipelineStage::Screen,
                                    PipelineStage::Interview, PipelineStage::Final};
    TransactionGuard guard(**db);
    for (int i = 0; i < kCandidates; ++i) {
        Candidate c;
        c.fullName = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
        c.email = QStringLiteral("person%1@example.org").arg(i);
        QVERIFY(CandidateRepository(**db).insert(c).ok());
        Application a;
        a.candidateId = c.id;
        a.openingId = opening.id;
        a.stage = stages[i % 4];
        a.furthestStage = a.stage;
        a.appliedOn = QDate(2026, 10, 1);
        QVERIFY(ApplicationRepository(**db).insert(a).ok());
    }
    QVERIFY(guard.commit().ok());
}

void TestCandidateList::init() {
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("debriefrc")));
    m_session = std::make_unique<DatabaseSession>();
    m_session->clock().setFixedToday(QDate(2026, 11, 26));
    const Status opened = m_session->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCandidateList::cleanup() {
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestCandidateList::fetchesLazily() {
    CandidateTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* windowModel = qobject_cast<CandidateTableModel*>(table()->model());
    QVERIFY(windowModel);
    QVERIFY(model.setOpening(windowModel->openingId()).ok());
    QCOMPARE(model.matchingCount(), kCandidates);
    QVERIFY(model.rowCount() < kCandidates);
    QVERIFY(model.canFetchMore({}));
    const int before = model.rowCount();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), before + CandidateTableModel::kPageSize);
    model.sort(CandidateTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Person 1999"));
    QCOMPARE(model.rowCount(), CandidateTableModel::kPageSize);
}

void TestCandidateList::searchNarrowsResults() {
    QVERIFY(table()->model()->rowCount() < kCandidates);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("candidateSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("person 123"));
    // One query once typing stops: "Person 1230" … "Person 1239".
    QTRY_COMPARE(table()->model()->rowCount(), 10);
    search->clear();
    QCOMPARE(table()->model()->rowCount(), CandidateTableModel::kPageSize);
}

void TestCandidateList::stageFilterKeepsOneStage() {
    auto* stage = m_window->findChild<QComboBox*>(QStringLiteral("stageFilter"));
    QVERIFY(stage);
    stage->setCurrentIndex(stage->findText(toLabel(PipelineStage::Final)));
    auto* model = qobject_cast<CandidateTableModel*>(table()->model());
    QCOMPARE(model->matchingCount(), kCandidates / 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->pipelineRow(row).stage, PipelineStage::Final);
}

QTEST_MAIN(TestCandidateList)
#include "tst_candidatelist.moc"

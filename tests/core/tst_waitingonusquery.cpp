// WaitingOnUsQuery against hand-built data (expected rows worked out in the
// comments) and against the demo database, where the expected list is
// rebuilt by walking the repositories and Application::isOverdue.
#include "TestDatabase.h"
#include "correspondence/WaitingOnUsQuery.h"
#include "demo/DemoDataGenerator.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace debrief;

namespace {

const QDate kToday(2026, 11, 20);

QDateTime at(const QDate& day, int hour) {
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class TestWaitingOnUsQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;
    RowId m_support = kNoRow;
    RowId m_data = kNoRow;
    QHash<QString, RowId> m_applications;

    void openFresh() {
        auto db =
            test::TestDatabase::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_files)));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
    }

    RowId opening(const QString& title) {
        Opening o;
        o.title = title;
        return OpeningRepository(*m_db).insert(o) ? o.id : kNoRow;
    }

    void apply(const QString& name, RowId openingId, PipelineStage stage, const QDate& promised,
               bool onHold = false) {
        Candidate c;
        c.fullName = name;
        QVERIFY(CandidateRepository(*m_db).insert(c));
        Application a;
        a.candidateId = c.id;
        a.openingId = openingId;
        a.stage = stage;
        a.furthestStage = stage;
        a.promisedResponseDate = promised;
        a.onHold = onHold;
        QVERIFY(ApplicationRepository(*m_db).insert(a));
        m_applications.insert(name, a.id);
    }

    void log(const QString& name, const QDateTime& when, CommunicationDirection direction) {
        CommunicationEntry e;
        e.applicationId = m_applications.value(name);
        e.occurredAt = when;
        e.direction = direction;
        e.summary = QStringLiteral("Update.");
        QVERIFY(CommunicationRepository(*m_db).insert(e));
    }

private slots:
    void init() {
        openFresh();
        m_applications.clear();
        m_support = opening(QStringLiteral("Support Engineer"));
        m_data = opening(QStringLiteral("Data Analyst"));
        // Today is 2026-11-20.
        apply(QStringLiteral("Bea Interview"), m_support, PipelineStage::Interview,
              QDate(2026, 11, 10)); // 10 days over
        apply(QStringLiteral("Cem Held"), m_support, PipelineStage::Final, QDate(2026, 11, 18),
              true); // 2 days over, on hold: still waiting
        apply(QStringLiteral("Dan Rejected"), m_support, PipelineStage::Rejected,
              QDate(2026, 11, 1)); // closed
        apply(QStringLiteral("Eva Today"), m_support, PipelineStage::Screen,
              kToday); // due today, not over
        apply(QStringLiteral("Fay Nopromise"), m_support, PipelineStage::Applied, QDate());
        apply(QStringLiteral("Gus Offer"), m_data, PipelineStage::Offer,
              QDate(2026, 11, 5)); // 15 days over
        apply(QStringLiteral("Hal Hired"), m_data, PipelineStage::Hired, QDate(2026, 11, 2));
        apply(QStringLiteral("Ida Withdrawn"), m_data, PipelineStage::Withdrawn,
              QDate(2026, 11, 3));
        apply(QStringLiteral("Abe Interview"), m_support, PipelineStage::Interview,
              QDate(2026, 11, 10)); // ties with Bea: by name, Abe first
        log(QStringLiteral("Bea Interview"), at(QDate(2026, 11, 8), 9),
            CommunicationDirection::Outbound);
        log(QStringLiteral("Bea Interview"), at(QDate(2026, 11, 12), 16),
            CommunicationDirection::Inbound);
        log(QStringLiteral("Dan Rejected"), at(QDate(2026, 11, 19), 9),
            CommunicationDirection::Outbound);
    }

    void listsOverdueOpenApplicationsOldestPromiseFirst() {
        auto rows = WaitingOnUsQuery(*m_db).list(kToday);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QStringList names;
        for (const OverdueApplication& r : *rows)
            names.append(r.candidateName);
        QCOMPARE(names, (QStringList{QStringLiteral("Gus Offer"), QStringLiteral("Abe Interview"),
                                     QStringLiteral("Bea Interview"), QStringLiteral("Cem Held")}));
        const OverdueApplication& gus = rows->at(0);
        QCOMPARE(gus.openingTitle, QStringLiteral("Data Analyst"));
        QCOMPARE(gus.openingId, m_data);
        QCOMPARE(gus.stage, PipelineStage::Offer);
        QCOMPARE(gus.promisedDate, QDate(2026, 11, 5));
        QCOMPARE(gus.daysOverdue, 15);
        QVERIFY(!gus.lastContact.isValid());
        const OverdueApplication& bea = rows->at(2);
        QCOMPARE(bea.daysOverdue, 10);
        // The latest entry, whichever direction.
        QCOMPARE(bea.lastContact, at(QDate(2026, 11, 12), 16));
        QCOMPARE(bea.applicationId, m_applications.value(QStringLiteral("Bea Interview")));
        QVERIFY(!bea.applicationUuid.isNull());
        const OverdueApplication& cem = rows->at(3);
        QVERIFY(cem.onHold);
        QCOMPARE(cem.daysOverdue, 2);
        QCOMPARE(WaitingOnUsQuery(*m_db).count(kToday).value(), 4);
    }

    void oneOpeningOnly() {
        auto support = WaitingOnUsQuery(*m_db).list(kToday, m_support);
        QVERIFY(support);
        QCOMPARE(support->size(), 3);
        QVERIFY(
            std::all_of(support->cbegin(), support->cend(),
                        [this](const OverdueApplication& r) { return r.openingId == m_support; }));
        QCOMPARE(WaitingOnUsQuery(*m_db).count(kToday, m_support).value(), 3);
        QCOMPARE(WaitingOnUsQuery(*m_db).count(kToday, m_data).value(), 1);
    }

    void theDayAfterAddsTodaysPromise() {
        // Eva was promised an answer today; tomorrow she is one day over.
        auto rows = WaitingOnUsQuery(*m_db).list(kToday.addDays(1));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->last().candidateName, QStringLiteral("Eva Today"));
        QCOMPARE(rows->last().daysOverdue, 1);
    }

    void emptyDatabaseHasNobodyWaiting() {
        openFresh();
        QCOMPARE(WaitingOnUsQuery(*m_db).count(kToday).value(), 0);
        QVERIFY(WaitingOnUsQuery(*m_db).list(kToday)->isEmpty());
    }

    void demoMatchesTheRepositories() {
        openFresh();
        const QDate today(2025, 3, 14);
        QVERIFY(DemoDataGenerator({1, today, 40}).generate(*m_db));
        // The expected list, from the repositories and Application's own rule.
        struct Expected {
            QDate promised;
            QString name;
            RowId id;
            QDateTime lastContact;
        };
        QList<Expected> expected;
        // Results held in variables: a range-for over *temporary would dangle.
        const auto openings = OpeningRepository(*m_db).list();
        QVERIFY(openings);
        for (const Opening& o : *openings) {
            const auto applications = ApplicationRepository(*m_db).forOpening(o.id);
            QVERIFY(applications);
            for (const Application& a : *applications) {
                if (!a.isOverdue(today))
                    continue;
                QDateTime last;
                const auto log = CommunicationRepository(*m_db).forApplication(a.id);
                QVERIFY(log);
                for (const CommunicationEntry& e : *log)
                    last = std::max(last, e.occurredAt);
                expected.append({a.promisedResponseDate,
                                 CandidateRepository(*m_db).get(a.candidateId)->fullName, a.id,
                                 last});
            }
        }
        std::sort(expected.begin(), expected.end(), [](const Expected& x, const Expected& y) {
            if (x.promised != y.promised)
                return x.promised < y.promised;
            if (const int byName = x.name.toLower().compare(y.name.toLower()); byName != 0)
                return byName < 0;
            return x.id < y.id;
        });
        QVERIFY2(expected.size() >= 3, "the demo should have candidates waiting on the panel");

        auto rows = WaitingOnUsQuery(*m_db).list(today);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), expected.size());
        QCOMPARE(WaitingOnUsQuery(*m_db).count(today).value(), int(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(rows->at(i).applicationId, expected[i].id);
            QCOMPARE(rows->at(i).candidateName, expected[i].name);
            QCOMPARE(rows->at(i).promisedDate, expected[i].promised);
            QCOMPARE(rows->at(i).daysOverdue, expected[i].promised.daysTo(today));
            QCOMPARE(rows->at(i).lastContact, expected[i].lastContact);
        }
        qInfo("demo (seed 1, 40 extra candidates): %d candidates waiting on the panel",
              int(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestWaitingOnUsQuery)
#include "tst_waitingonusquery.moc"

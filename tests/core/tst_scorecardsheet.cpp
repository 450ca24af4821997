#include "DraftingFixture.h"

#include "rubric/RubricVersioning.h"
#include "scoring/ScorecardSheet.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ScorecardRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::DraftingFixture;

/// ScorecardSheet, what the scorecard editor opens: a panelist's stored
/// card on the rubric version it was scored against, or a new card with one
/// blank rating per criterion of the opening's current rubric. On the demo.
class TestScorecardSheet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        m_db = DraftingFixture::demo(m_dir.filePath(QStringLiteral("demo.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_application = DraftingFixture::applicationOf(*m_db, QString::fromUtf8("Zoë Brandt"));
        auto interviews = InterviewRepository(*m_db).forApplication(m_application);
        QVERIFY(interviews && !interviews->isEmpty());
        for (const Interview& interview : std::as_const(*interviews)) {
            auto cards = ScorecardRepository(*m_db).forInterview(interview.id);
            QVERIFY(cards);
            if (!cards->isEmpty()) {
                m_interview = interview.id;
                m_card = cards->first();
                break;
            }
        }
        QVERIFY(m_interview != kNoRow);
    }

    void storedCardIsOpenedAsItIs() {
        auto sheet = ScorecardSheet::load(*m_db, m_interview, m_card.panelistId);
        QVERIFY2(sheet, qPrintable(sheet.errorMessage()));
        QCOMPARE(sheet->card.id, m_card.id);
        QCOMPARE(sheet->rubric.id, m_card.rubricId);
        QCOMPARE(sheet->application.id, m_application);
        QCOMPARE(sheet->candidateName, QString::fromUtf8("Zoë Brandt"));
        auto panelist = PanelistRepository(*m_db).get(m_card.panelistId);
        QVERIFY(panelist);
        QCOMPARE(sheet->panelistName, panelist->name);
        QVERIFY(!sheet->roundName.isEmpty());
    }

    void newCardHasABlankRatingPerCriterionOfTheCurrentRubric() {
        // Someone on no card of this interview: a panelist of another seat.
        auto cards = ScorecardRepository(*m_db).forInterview(m_interview);
        QVERIFY(cards);
        auto everyone = PanelistRepository(*m_db).list();
        QVERIFY(everyone);
        RowId stranger = kNoRow;
        for (const Panelist& p : std::as_const(*everyone)) {
            const bool hasCard = std::any_of(cards->begin(), cards->end(), [&](const Scorecard& c) {
                return c.panelistId == p.id;
            });
            if (!hasCard) {
                stranger = p.id;
                break;
            }
        }
        QVERIFY(stranger != kNoRow);
        auto sheet = ScorecardSheet::load(*m_db, m_interview, stranger);
        QVERIFY2(sheet, qPrintable(sheet.errorMessage()));
        auto current = RubricVersioning(*m_db).current(sheet->application.openingId);
        QVERIFY(current && current->has_value());
        QCOMPARE(sheet->card.id, kNoRow);
        QCOMPARE(sheet->card.panelistId, stranger);
        QCOMPARE(sheet->rubric.id, (*current)->id);
        QCOMPARE(sheet->card.rubricId, (*current)->id);
        QCOMPARE(sheet->card.ratings.size(), (*current)->criteria.size());
        for (const CriterionRating& rating : std::as_const(sheet->card.ratings))
            QVERIFY(!rating.score.has_value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_application = kNoRow;
    RowId m_interview = kNoRow;
    Scorecard m_card;
};

QTEST_GUILESS_MAIN(TestScorecardSheet)
#include "tst_scorecardsheet.moc"

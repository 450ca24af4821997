#include "scoring/BlindScoringPolicy.h"

#include <QTest>

using namespace debrief;

namespace {

// Two interviews of one application: interview 10 held by panelists 1 and 2,
// interview 11 held by panelists 2 and 3. Panelist 4 sat on neither.
QList<Interview> interviews() {
    Interview a;
    a.id = 10;
    a.panelistIds = {1, 2};
    Interview b;
    b.id = 11;
    b.panelistIds = {2, 3};
    return {a, b};
}

Scorecard card(RowId id, RowId interview, RowId panelist, ScorecardStatus status) {
    Scorecard c;
    c.id = id;
    c.interviewId = interview;
    c.panelistId = panelist;
    c.status = status;
    return c;
}

QList<RowId> ids(const QList<Scorecard>& cards) {
    QList<RowId> out;
    for (const auto& c : cards)
        out.append(c.id);
    return out;
}

} // namespace

class TestBlindScoring : public QObject {
    Q_OBJECT

private slots:
    void othersHiddenUntilOwnSubmitted() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                        card(101, 10, 2, ScorecardStatus::Draft)};
        BlindScoringPolicy policy(interviews(), cards, false);
        // Panelist 2 has only a draft: sees their own draft, not panelist 1's card.
        QCOMPARE(ids(policy.visibleTo(2)), QList<RowId>{101});
        QCOMPARE(policy.hiddenCount(2), 1);
        // Panelist 1 submitted theirs but must not see 2's draft.
        QCOMPARE(ids(policy.visibleTo(1)), QList<RowId>{100});
        QCOMPARE(policy.hiddenCount(1), 0);
    }

    void everyOwedCardMustBeSubmitted() {
        // Panelist 2 sits on both interviews and submitted only one card.
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                        card(101, 10, 2, ScorecardStatus::Submitted),
                                        card(102, 11, 3, ScorecardStatus::Submitted)};
        BlindScoringPolicy policy(interviews(), cards, false);
        QVERIFY(!policy.hasSubmittedOwn(2));
        QCOMPARE(ids(policy.visibleTo(2)), QList<RowId>{101});
        QVERIFY(policy.hasSubmittedOwn(1));
        QCOMPARE(ids(policy.visibleTo(1)), (QList<RowId>{100, 101, 102}));
    }

    void outsiderWaitsForReveal() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted)};
        BlindScoringPolicy hidden(interviews(), cards, false);
        QVERIFY(hidden.visibleTo(4).isEmpty());
        BlindScoringPolicy revealed(interviews(), cards, true);
        QCOMPARE(ids(revealed.visibleTo(4)), QList<RowId>{100});
    }

    void revealNeverShowsDrafts() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Draft),
                                        card(101, 11, 3, ScorecardStatus::Submitted)};
        BlindScoringPolicy policy(interviews(), cards, true);
        QCOMPARE(ids(policy.visibleTo(2)), QList<RowId>{101});
    }
};

QTEST_GUILESS_MAIN(TestBlindScoring)
#include "tst_blindscoring.moc"

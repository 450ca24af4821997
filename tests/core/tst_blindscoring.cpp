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
    // A cancelled interview owes no scorecard: panelist 3, whose only
    // interview (11) was cancelled, owes nothing and waits like an outsider;
    // panelist 2 has submitted everything still owed; and the outsider sees
    // the cards once every interview still on has its cards.
    void aCancelledInterviewOwesNoScorecard() {
        QList<Interview> list = interviews();
        list[1].cancelledAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QVERIFY(list[1].isCancelled());
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                        card(101, 10, 2, ScorecardStatus::Submitted)};
        BlindScoringPolicy policy(list, cards, false);
        QVERIFY(policy.hasSubmittedOwn(2));
        QVERIFY(!policy.owesScorecards(3));
        QVERIFY(policy.everyScorecardSubmitted());
        QCOMPARE(ids(policy.visibleTo(3)), (QList<RowId>{100, 101}));
        QCOMPARE(ids(policy.visibleTo(4)), (QList<RowId>{100, 101}));
        // The same cards with interview 11 still on: 3 owes a card and 4 waits.
        BlindScoringPolicy pending(interviews(), cards, false);
        QVERIFY(pending.owesScorecards(3));
        QVERIFY(!pending.hasSubmittedOwn(2));
        QVERIFY(pending.visibleTo(4).isEmpty());
    }

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

    void outsiderWaitsForRevealOrEveryCard() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted)};
        BlindScoringPolicy hidden(interviews(), cards, false);
        QVERIFY(hidden.visibleTo(4).isEmpty());
        BlindScoringPolicy revealed(interviews(), cards, true);
        QCOMPARE(ids(revealed.visibleTo(4)), QList<RowId>{100});
    }

    // Someone who sat on no interview (panelist 4, or nobody at all) sees
    // the cards once every seat of every interview has a submitted card.
    void outsiderSeesOnceEverySeatSubmitted() {
        QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                  card(101, 10, 2, ScorecardStatus::Submitted),
                                  card(102, 11, 2, ScorecardStatus::Submitted),
                                  card(103, 11, 3, ScorecardStatus::Draft)};
        const BlindScoringPolicy waiting(interviews(), cards, false);
        QVERIFY(!waiting.everyScorecardSubmitted());
        QVERIFY(!waiting.owesScorecards(4));
        QVERIFY(waiting.visibleTo(4).isEmpty());
        QVERIFY(waiting.visibleTo(kNoRow).isEmpty());
        const WithheldScorecards before = waiting.withheldFrom(4);
        QCOMPARE(before.hidden, 3);
        QCOMPARE(before.submitted, 3);
        QCOMPARE(before.reason, WithheldScorecards::Reason::PanelOutstanding);
        QCOMPARE(waiting.withheldFrom(kNoRow), before);
        // A seat without any card counts as outstanding too.
        cards.removeLast();
        QVERIFY(!BlindScoringPolicy(interviews(), cards, false).everyScorecardSubmitted());

        cards.append(card(103, 11, 3, ScorecardStatus::Submitted));
        const BlindScoringPolicy complete(interviews(), cards, false);
        QVERIFY(complete.everyScorecardSubmitted());
        QCOMPARE(ids(complete.visibleTo(4)), (QList<RowId>{100, 101, 102, 103}));
        QCOMPARE(ids(complete.visibleTo(kNoRow)), (QList<RowId>{100, 101, 102, 103}));
        QVERIFY(!complete.withheldFrom(4).any());
        QCOMPARE(complete.withheldFrom(4).reason, WithheldScorecards::Reason::None);
    }

    // A panelist with only a draft sees none of the others' submitted cards,
    // and is told to submit theirs; one with some submitted, the rest.
    void draftHolderIsToldToSubmit() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                        card(101, 10, 2, ScorecardStatus::Draft),
                                        card(102, 11, 3, ScorecardStatus::Submitted)};
        const BlindScoringPolicy policy(interviews(), cards, false);
        QCOMPARE(ids(policy.visibleTo(2)), QList<RowId>{101});
        const WithheldScorecards two = policy.withheldFrom(2);
        QCOMPARE(two.hidden, 2);
        QCOMPARE(two.submitted, 2);
        QCOMPARE(two.reason, WithheldScorecards::Reason::YoursOutstanding);
        QVERIFY2(two.text().contains(QStringLiteral("hidden until you submit yours")),
                 qPrintable(two.text()));
        QVERIFY2(two.text().startsWith(QStringLiteral("2 of 2 scorecard")), qPrintable(two.text()));

        const QList<Scorecard> half = {card(100, 10, 1, ScorecardStatus::Submitted),
                                       card(101, 10, 2, ScorecardStatus::Submitted),
                                       card(102, 11, 3, ScorecardStatus::Submitted)};
        const WithheldScorecards rest =
            BlindScoringPolicy(interviews(), half, false).withheldFrom(2);
        QCOMPARE(rest.hidden, 2);
        QCOMPARE(rest.submitted, 3);
        QCOMPARE(rest.reason, WithheldScorecards::Reason::RestOfYoursOutstanding);
        QVERIFY(rest.text().contains(QStringLiteral("until you have submitted all of yours")));
    }

    // The lead is a panelist like any other until they reveal.
    void leadRevealLiftsTheHidingForEveryone() {
        const QList<Scorecard> cards = {card(100, 10, 1, ScorecardStatus::Submitted),
                                        card(101, 10, 2, ScorecardStatus::Draft)};
        // Panelist 3 leads but has not scored interview 11.
        const BlindScoringPolicy hidden(interviews(), cards, false);
        QCOMPARE(hidden.withheldFrom(3).reason, WithheldScorecards::Reason::YoursOutstanding);
        QVERIFY(hidden.visibleTo(3).isEmpty());
        const BlindScoringPolicy revealed(interviews(), cards, true);
        for (RowId viewer : {RowId(2), RowId(3), RowId(4), kNoRow}) {
            QVERIFY(!revealed.withheldFrom(viewer).any());
            QVERIFY(ids(revealed.visibleTo(viewer)).contains(100));
        }
        QVERIFY(!ids(revealed.visibleTo(3)).contains(101));
    }

    void nothingHiddenSaysNothing() {
        const WithheldScorecards none;
        QVERIFY(!none.any());
        QVERIFY(none.text().isEmpty());
        QVERIFY(none.text(QStringLiteral("Zoë Brandt")).isEmpty());
        const WithheldScorecards some{1, 4, WithheldScorecards::Reason::PanelOutstanding};
        QVERIFY(some.text(QStringLiteral("Zoë Brandt"))
                    .startsWith(QStringLiteral("Zoë Brandt: 1 of 4")));
        QCOMPARE(some.reasonKey(), QStringLiteral("panel-outstanding"));
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

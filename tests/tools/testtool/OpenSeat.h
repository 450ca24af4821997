#pragma once

#include "Result.h"
#include "domain/Rubric.h"
#include "domain/Scorecard.h"

namespace debrief {
class Database;
}

namespace debrief::test {

/// A card to write and the rubric it is scored against.
struct SeatCard {
    Scorecard card;
    Rubric rubric;
};

/// The first interview seat (by interview, then seat) whose panelist has no
/// submitted card: that panelist's draft, or a new card on the opening's
/// current rubric.
Result<SeatCard> openSeat(Database& db);
/// Fills `card` as save number `k` (every criterion scored, evidence of a
/// length that varies with k): scripts/crash-test.py checks these values.
void fill(Scorecard& card, const Rubric& rubric, int k);

} // namespace debrief::test

#pragma once

#include "domain/Scorecard.h"

#include <QLabel>

namespace debrief {

class Database;

/// The colleagues' cards on the same interview, at the foot of the scorecard
/// editor, as far as blind scoring lets the card's author see them: a short
/// summary of each visible card and a count of the hidden ones.
class ColleagueScorecards : public QLabel {
    Q_OBJECT

public:
    explicit ColleagueScorecards(QWidget* parent = nullptr);

    /// Shows what the author of `own` may see of the colleagues' cards.
    void showFor(Database& db, const Scorecard& own, RowId applicationId);
};

} // namespace debrief

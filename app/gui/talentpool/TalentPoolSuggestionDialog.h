#pragma once

#include "correspondence/TalentPoolMatcher.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace debrief {

/// Shown after File › New Opening… when the talent pool holds people who
/// fit the new opening: each with where they came from and why they match
/// (TalentPoolMatcher's reasons). The user ticks the ones to add as
/// applications, or dismisses the suggestions. Not modal: the window stays
/// usable while it is open.
class TalentPoolSuggestionDialog : public QDialog {
    Q_OBJECT

public:
    TalentPoolSuggestionDialog(const QString& openingTitle, QList<TalentPoolMatch> matches,
                               QWidget* parent = nullptr);

    /// The matches ticked, best first.
    QList<TalentPoolMatch> chosen() const;
    /// Ticks or unticks the match at `row`.
    void setChosen(int row, bool chosen);

signals:
    /// The user pressed "Add to Opening" with at least one match ticked.
    void addRequested(const QList<TalentPoolMatch>& chosen);

private:
    void updateButtons();

    QList<TalentPoolMatch> m_matches;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace debrief

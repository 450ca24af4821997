#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// Counted nouns shared by the analytics' explanations ("1 finalist",
/// "5 finalists"), translated once with their plural forms.
class AnalyticsText {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsText)

public:
    static QString finalists(int count) { return tr("%n finalist(s)", "", count); }
    static QString panelists(int count) { return tr("%n panelist(s)", "", count); }
    static QString values(int count) { return tr("%n value(s)", "", count); }
    static QString ratings(int count) { return tr("%n rating(s)", "", count); }
    static QString scorecards(int count) { return tr("%n scorecard(s)", "", count); }
};

} // namespace debrief

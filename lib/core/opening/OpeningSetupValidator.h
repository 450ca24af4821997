#pragma once

#include "OpeningSetup.h"
#include "Result.h"
#include "debrief_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

/// The part of an opening's set-up a problem is about, so that a dialog can
/// show the message next to that field.
enum class OpeningSetupField { Title, Positions, Rounds, Rubric, Panel };

struct OpeningSetupProblem {
    OpeningSetupField field = OpeningSetupField::Title;
    QString message;

    friend bool operator==(const OpeningSetupProblem&, const OpeningSetupProblem&) = default;
};

/// Checks a set-up before anything is written and reports every problem,
/// each naming its field, so the panel can fix them all in one go.
/// Only what the value itself shows is checked here; whether the panelists
/// and the copied opening exist is checked by the services that write.
class DEBRIEF_CORE_EXPORT OpeningSetupValidator {
    Q_DECLARE_TR_FUNCTIONS(OpeningSetupValidator)

public:
    /// A new opening also needs a rubric source; an existing one keeps its rubric.
    enum class Purpose { Create, Update };

    static QList<OpeningSetupProblem> check(const OpeningSetup& setup, Purpose purpose);
    /// The problems of one field, one per line; empty when it has none.
    static QString messagesFor(const QList<OpeningSetupProblem>& problems, OpeningSetupField field);
    /// An ok Status, or an Error listing every problem, one per line.
    static Status validate(const OpeningSetup& setup, Purpose purpose);
    /// Whether `email` looks like an address mail can be sent to.
    static bool isValidEmail(const QString& email);

private:
    static void checkRounds(const OpeningSetup& setup, QList<OpeningSetupProblem>& problems);
    static void checkRubric(const OpeningSetup& setup, QList<OpeningSetupProblem>& problems);
    static void checkPanel(const OpeningSetup& setup, QList<OpeningSetupProblem>& problems);
    static void checkSeat(const PanelSeat& seat, int number, QList<OpeningSetupProblem>& problems);
};

} // namespace debrief

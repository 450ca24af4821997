#include "OpeningSetupValidator.h"

#include "domain/Opening.h"

#include <QRegularExpression>
#include <QSet>

namespace debrief {
namespace {

void add(QList<OpeningSetupProblem>& problems, OpeningSetupField field, const QString& message) {
    problems.append({field, message});
}

QString seatName(const PanelSeat& seat, int number) {
    const QString name = seat.name.trimmed();
    return name.isEmpty() ? OpeningSetupValidator::tr("panelist %1").arg(number) : name;
}

} // namespace

QList<OpeningSetupProblem> OpeningSetupValidator::check(const OpeningSetup& setup,
                                                        Purpose purpose) {
    QList<OpeningSetupProblem> problems;
    if (setup.title.trimmed().isEmpty())
        add(problems, OpeningSetupField::Title, tr("The title is empty: name the opening."));
    if (setup.positions < 1) {
        add(problems, OpeningSetupField::Positions,
            tr("The number of positions is %1: it must be at least 1.").arg(setup.positions));
    } else if (setup.positions > Opening::kMaxPositions) {
        add(problems, OpeningSetupField::Positions,
            tr("The number of positions is %1: it can be at most %2.")
                .arg(setup.positions)
                .arg(Opening::kMaxPositions));
    }
    checkRounds(setup, problems);
    if (purpose == Purpose::Create)
        checkRubric(setup, problems);
    checkPanel(setup, problems);
    return problems;
}

void OpeningSetupValidator::checkRounds(const OpeningSetup& setup,
                                        QList<OpeningSetupProblem>& problems) {
    if (setup.rounds.isEmpty()) {
        add(problems, OpeningSetupField::Rounds,
            tr("There are no interview rounds: add at least one."));
        return;
    }
    QSet<QString> seen;
    QSet<QString> reported;
    for (int i = 0; i < setup.rounds.size(); ++i) {
        const QString name = setup.rounds.at(i).name.trimmed();
        if (name.isEmpty()) {
            add(problems, OpeningSetupField::Rounds, tr("Round %1 has no name.").arg(i + 1));
            continue;
        }
        // "Phone screen" and "phone screen " are the same round to a panelist.
        const QString key = name.toCaseFolded();
        if (seen.contains(key) && !reported.contains(key)) {
            add(problems, OpeningSetupField::Rounds,
                tr("Two rounds are called “%1”: give each round its own name.").arg(name));
            reported.insert(key);
        }
        seen.insert(key);
    }
}

void OpeningSetupValidator::checkRubric(const OpeningSetup& setup,
                                        QList<OpeningSetupProblem>& problems) {
    const RubricSource& source = setup.rubric;
    if (source.kind == RubricSource::Kind::Template && source.templateId.trimmed().isEmpty())
        add(problems, OpeningSetupField::Rubric, tr("No rubric template is chosen."));
    if (source.kind == RubricSource::Kind::CopyOfOpening && source.openingId == kNoRow) {
        add(problems, OpeningSetupField::Rubric,
            tr("No opening is chosen to copy the rubric from."));
    }
}

void OpeningSetupValidator::checkPanel(const OpeningSetup& setup,
                                       QList<OpeningSetupProblem>& problems) {
    if (setup.panel.isEmpty()) {
        add(problems, OpeningSetupField::Panel,
            tr("The panel is empty: add at least one panelist and make one the lead."));
        return;
    }
    QStringList leads;
    QSet<RowId> storedIds;
    QSet<QString> emails;
    for (int i = 0; i < setup.panel.size(); ++i) {
        const PanelSeat& seat = setup.panel.at(i);
        if (seat.isLead)
            leads.append(seatName(seat, i + 1));
        if (!seat.isNew() && storedIds.contains(seat.panelistId)) {
            add(problems, OpeningSetupField::Panel,
                tr("%1 sits on the panel twice.").arg(seatName(seat, i + 1)));
        }
        storedIds.insert(seat.panelistId);
        if (seat.isNew())
            checkSeat(seat, i + 1, problems);
        const QString email = seat.email.trimmed().toCaseFolded();
        if (seat.isNew() && !email.isEmpty() && emails.contains(email)) {
            add(problems, OpeningSetupField::Panel,
                tr("The e-mail address %1 is given for two panelists.").arg(seat.email.trimmed()));
        }
        emails.insert(email);
    }
    if (leads.isEmpty())
        add(problems, OpeningSetupField::Panel, tr("The panel has no lead: choose one panelist."));
    if (leads.size() > 1) {
        add(problems, OpeningSetupField::Panel,
            tr("The panel has %1 leads (%2): choose exactly one.")
                .arg(leads.size())
                .arg(leads.join(QStringLiteral(", "))));
    }
}

void OpeningSetupValidator::checkSeat(const PanelSeat& seat, int number,
                                      QList<OpeningSetupProblem>& problems) {
    if (seat.name.trimmed().isEmpty())
        add(problems, OpeningSetupField::Panel, tr("New panelist %1 has no name.").arg(number));
    const QString email = seat.email.trimmed();
    if (!email.isEmpty() && !isValidEmail(email)) {
        add(problems, OpeningSetupField::Panel,
            tr("The e-mail address “%1” of %2 is not valid.").arg(email, seatName(seat, number)));
    }
}

QString OpeningSetupValidator::messagesFor(const QList<OpeningSetupProblem>& problems,
                                           OpeningSetupField field) {
    QStringList lines;
    for (const OpeningSetupProblem& problem : problems) {
        if (problem.field == field)
            lines.append(problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

Status OpeningSetupValidator::validate(const OpeningSetup& setup, Purpose purpose) {
    const QList<OpeningSetupProblem> problems = check(setup, purpose);
    if (problems.isEmpty())
        return {};
    QStringList lines;
    for (const OpeningSetupProblem& problem : problems)
        lines.append(problem.message);
    return Error{tr("The opening's set-up has these problems:") + QLatin1Char('\n') +
                 lines.join(QLatin1Char('\n'))};
}

bool OpeningSetupValidator::isValidEmail(const QString& email) {
    // Deliberately loose: one @, something on both sides, a dot in the
    // domain and no spaces. Stricter rules reject real addresses.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

} // namespace debrief

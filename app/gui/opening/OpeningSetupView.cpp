#include "OpeningSetupView.h"

#include "DatabaseSession.h"
#include "opening/OpeningSetupDialog.h"

#include "opening/PanelDirectory.h"
#include "rubric/RubricTemplateLibrary.h"

#include <QLocale>

namespace debrief {

Result<std::unique_ptr<QWidget>> makeOpeningSetupView(ViewContext& context) {
    const QString language = QLocale().name();
    auto dialog = std::make_unique<OpeningSetupDialog>(context.session);
    if (Status started = dialog->startNew(language); !started)
        return started.error();
    const QString templateId = QStringLiteral("software-engineer");
    auto content = RubricTemplateLibrary().load(templateId, language);
    if (!content)
        return content.error();
    auto people = PanelDirectory(context.session.database()).panelists();
    if (!people)
        return people.error();
    if (people->size() < 2)
        return Error{ViewRegistry::tr("The database needs two panelists for this view.")};

    // Sample data, like the demo database: not interface text.
    OpeningSetup setup;
    setup.title = QStringLiteral("Senior Backend Engineer");
    setup.team = QStringLiteral("Payments Platform");
    setup.hiringManager = people->at(0).name;
    setup.positions = 2;
    setup.description = QStringLiteral("Own the settlement services end to end; on call one "
                                       "week in six.");
    setup.rubric = RubricSource::fromTemplate(templateId, language);
    for (int i = 0; i < content->rounds.size(); ++i)
        setup.rounds.append(RoundSetup{{}, content->rounds.at(i).name, i});
    for (int i = 0; i < 2; ++i) {
        const Panelist& person = people->at(i);
        setup.panel.append(PanelSeat{person.id, person.name, person.email, i == 0});
    }
    setup.panel.append(PanelSeat{kNoRow, QStringLiteral("Noor Haddad"),
                                 QStringLiteral("noor.haddad@example.com"), false});
    dialog->fill(setup);
    return std::unique_ptr<QWidget>(std::move(dialog));
}

} // namespace debrief

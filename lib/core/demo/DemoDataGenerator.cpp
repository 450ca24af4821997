#include "DemoDataGenerator.h"

#include "DemoContext.h"
#include "DemoCrowdPlanner.h"
#include "DemoDebriefStory.h"
#include "DemoFilledStory.h"
#include "DemoOpeningWriter.h"
#include "DemoScaleFiller.h"
#include "storage/Database.h"
#include "storage/PanelistRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

using namespace demo;

namespace {

Status writePanelists(DemoContext& context) {
    PanelistRepository repository(context.db);
    for (const DemoPanelistSpec& spec : demoPanelists()) {
        Panelist p;
        p.uuid = context.random.uuid();
        p.name = spec.name;
        p.role = spec.role;
        p.email = spec.email;
        if (auto done = repository.insert(p); !done)
            return done;
        context.panelistIds.append(p.id);
        ++context.summary.panelists;
    }
    return {};
}

Status writeStory(DemoContext& context, const DemoOpeningState& state) {
    switch (state.scenario->story) {
    case DemoStory::Debrief:
        context.summary.debriefOpeningUuid = state.opening.uuid;
        return DemoDebriefStory(context, state).write();
    case DemoStory::Filled:
        context.summary.filledOpeningUuid = state.opening.uuid;
        return DemoFilledStory(context, state).write();
    case DemoStory::None:
        break;
    }
    return {};
}

Result<DemoOpeningState> writeOpening(DemoContext& context, const DemoOpeningScenario& scenario) {
    auto state = DemoOpeningWriter(context).write(scenario);
    if (!state)
        return state.error();
    // Stories first, so their named people are never drawn again for the crowd.
    if (auto done = writeStory(context, *state); !done)
        return done.error();
    DemoApplicationWriter applications(context, *state);
    for (const DemoApplicantPlan& plan : DemoCrowdPlanner::plans(scenario, context.random)) {
        if (auto written = applications.write(plan); !written)
            return written.error();
    }
    return state;
}

Status requireEmpty(Database& db) {
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM openings"));
    if (!query)
        return query.error();
    if (query->next() && query->value(0).toLongLong() > 0)
        return Error{DemoDataGenerator::tr("%1 already contains openings; demo data is only "
                                           "written into an empty database.")
                         .arg(db.location())};
    return {};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Options options)
    : m_options(std::move(options)) {
}

Result<DemoDataSummary> DemoDataGenerator::generate(Database& db) {
    if (!m_options.today.isValid())
        return Error{tr("The reference date for the demo data is not a valid date.")};
    if (m_options.extraCandidates < 0)
        return Error{tr("The number of extra candidates cannot be negative.")};
    if (m_options.extraRejectedPercent > 100)
        return Error{tr("The share of rejected candidates cannot be over 100 %.")};
    if (auto empty = requireEmpty(db); !empty)
        return empty.error();

    // One transaction for everything: fast (one fsync) and all-or-nothing.
    TransactionGuard transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    DemoRandom random(m_options.seed);
    DemoPeopleBank people;
    for (const QString& name : DemoDebriefStory::featuredNames() + DemoFilledStory::featuredNames())
        people.reserve(name);
    DemoDataSummary summary;
    DemoContext context{db, random, people, m_options.today, summary, {}};
    if (auto done = writePanelists(context); !done)
        return done.error();

    const auto& scenarios = demoOpenings();
    const int total = int(scenarios.size()) + m_options.extraCandidates;
    const auto cancelled = [this](int done, int all) {
        return m_progress && !m_progress(done, all);
    };
    QList<DemoOpeningState> openings;
    for (const DemoOpeningScenario& scenario : scenarios) {
        auto state = writeOpening(context, scenario);
        if (!state)
            return state.error();
        openings.append(*state);
        if (cancelled(int(openings.size()), total))
            return Error{tr("Creating the demo data was cancelled.")};
    }
    const auto tick = [&](int written) {
        const bool report = written % 100 == 0 || written == m_options.extraCandidates;
        return !report || !cancelled(int(openings.size()) + written, total);
    };
    QList<DemoOpeningState> crowded = openings;
    if (m_options.extraCandidatesInOneOpening) {
        crowded.removeIf([&summary](const DemoOpeningState& state) {
            return state.opening.uuid != summary.debriefOpeningUuid;
        });
    }
    if (auto done = DemoScaleFiller(context, crowded, m_options.extraRejectedPercent)
                        .write(m_options.extraCandidates, tick);
        !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace debrief

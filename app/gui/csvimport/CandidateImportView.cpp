#include "CandidateImportView.h"

#include "CandidateImportDraft.h"
#include "CandidateImportWizard.h"
#include "DatabaseSession.h"
#include "OpeningListModel.h"

#include "storage/PipelineQuery.h"

namespace debrief {
namespace {

/// Invented applicants (example.com/.org are reserved for examples), first
/// and last names in columns of their own as job boards export them, plus
/// one row repeating a candidate of the opening so a duplicate shows.
QByteArray sampleCsv(const PipelineRow& known) {
    QString csv = QStringLiteral(
        "First name,Last name,E-mail,Phone,Source,Applied on,Notes\n"
        "Hannah,Keller,hannah.keller@example.com,+49 30 5550101,Job board,2026-11-02,"
        "Strong Go background\n"
        "Tomás,Ferreira,tomas.ferreira@example.org,+351 21 555 0144,Referral,2026-11-03,"
        "\"Referred by the platform team\nGave a \"\"great\"\" talk\"\n"
        "Aiko,Tanaka,aiko.tanaka@example.com,,Conference,04.11.2026,\n"
        "%1,%2,%3,,Job board,2026-11-05,Applied twice\n"
        "Lena,Fischer,lena.fischer@example,,Job board,2026-11-06,\n"
        "Omar,Haddad,omar.haddad@example.com,+44 20 5550 0199,Referral,2026-11-07,"
        "\"=HYPERLINK(\"\"http://example.com\"\")\"\n"
        "Omar,H.,OMAR.HADDAD@example.com,,Job board,2026-11-08,Same person again\n"
        "Priya,Nair,priya.nair@example.com,,Job board,31.11.2026,\n"
        "Jonas,Berg,jonas.berg@example.com,,Meetup,\"Nov 9, 2026\",\n");
    const QString name = known.candidateName.simplified();
    return csv
        .arg(name.section(QLatin1Char(' '), 0, 0), name.section(QLatin1Char(' '), 1), known.email)
        .toUtf8();
}

} // namespace

Result<std::unique_ptr<QWidget>> makeCandidateImportView(ViewContext& context) {
    OpeningListModel openings(context.session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    const RowId openingId = openings.openingId(openings.debriefRow());
    if (openingId == kNoRow)
        return Error{ViewRegistry::tr("The database has no opening to show.")};
    auto first = context.session.pipeline().page(openingId, {}, 0, 1);
    if (!first)
        return first.error();
    if (first->isEmpty())
        return Error{ViewRegistry::tr("The database has no candidates to show.")};

    auto wizard = std::make_unique<CandidateImportWizard>(context.session, openingId);
    if (auto prepared = wizard->prepare(); !prepared)
        return prepared.error();
    wizard->draft().setContent(QStringLiteral("new-applicants.csv"), sampleCsv(first->first()));
    wizard->restart();
    wizard->next();
    wizard->next();
    return std::unique_ptr<QWidget>(std::move(wizard));
}

} // namespace debrief

#include "DraftingFixture.h"

#include "TestDatabase.h"

#include "demo/DemoDataGenerator.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace debrief::test {

const QDate DraftingFixture::kToday(2026, 11, 20);
const QDateTime DraftingFixture::kNow(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

std::unique_ptr<Database> DraftingFixture::demo(const QString& path, QString* error) {
    auto db = TestDatabase::open(path);
    if (!db) {
        *error = db.errorMessage();
        return {};
    }
    auto written = DemoDataGenerator({1, kToday, 0}).generate(**db);
    if (!written) {
        *error = written.errorMessage();
        return {};
    }
    return std::move(db).value();
}

QVariant DraftingFixture::scalar(Database& db, const QString& sql, const QVariantList& values) {
    auto query = db.exec(sql, values);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

RowId DraftingFixture::applicationOf(Database& db, const QString& fullName) {
    return scalar(db,
                  QStringLiteral("SELECT a.id FROM applications a JOIN candidates c ON "
                                 "c.id = a.candidate_id WHERE c.full_name = ?"),
                  {fullName})
        .toLongLong();
}

RowId DraftingFixture::openingOf(Database& db, RowId applicationId) {
    return scalar(db, QStringLiteral("SELECT opening_id FROM applications WHERE id = ?"),
                  {applicationId})
        .toLongLong();
}

RowId DraftingFixture::criterionOf(Database& db, RowId openingId, const QString& name) {
    return scalar(db,
                  QStringLiteral("SELECT c.id FROM criteria c JOIN rubrics r ON r.id = c.rubric_id "
                                 "WHERE r.opening_id = ? AND c.name = ? ORDER BY r.version DESC"),
                  {openingId, name})
        .toLongLong();
}

RowId DraftingFixture::leadOf(Database& db, RowId openingId) {
    return scalar(db,
                  QStringLiteral("SELECT panelist_id FROM opening_panel WHERE opening_id = ? AND "
                                 "is_lead ORDER BY seat"),
                  {openingId})
        .toLongLong();
}

ScoreViewer DraftingFixture::composer(Database& db) {
    const RowId opening = openingOf(db, applicationOf(db, QString::fromUtf8("Zoë Brandt")));
    auto lead = ScoreViewer::panelLead(db, opening);
    return lead ? *lead : ScoreViewer{};
}

DecisionRequest DraftingFixture::debriefDecision(Database& db, bool shareDecidingFactor) {
    const RowId zoe = applicationOf(db, QString::fromUtf8("Zoë Brandt"));
    const RowId miguel = applicationOf(db, QString::fromUtf8("Miguel Ángel Ortega"));
    const RowId aoife = applicationOf(db, QString::fromUtf8("Aoife Ní Bhriain"));
    const RowId opening = openingOf(db, zoe);
    DecisionRequest r;
    r.openingId = opening;
    r.chosen = {aoife};
    r.runnersUp = {{zoe, 1, true}, {miguel, 2, false}};
    r.decidingCriterionIds = {
        criterionOf(db, opening, QStringLiteral("Debugging and production ownership"))};
    r.rationale = QStringLiteral("Aoife's debugging depth is what the on-call rota needs now.");
    r.shareDecidingFactor = shareDecidingFactor;
    r.decidedBy = leadOf(db, opening);
    r.decidedAt = kNow;
    return r;
}

} // namespace debrief::test

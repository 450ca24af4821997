#include "MarkupData.h"

#include "storage/Database.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace debrief::test {

QString MarkupData::marker() {
    return QStringLiteral(
        "<h1 style=\"color:red\">X</h1><a href=\"https://evil.example/\">link</a> [*] ");
}

QString MarkupData::literal() {
    return QStringLiteral("<h1 style=\"color:red\">");
}

QString MarkupData::mark(Database& db) {
    // Table and column names are this list's own constants; the marker is bound.
    const QList<QPair<QString, QStringList>> columns{
        {QStringLiteral("panelists"), {QStringLiteral("name"), QStringLiteral("role")}},
        {QStringLiteral("openings"),
         {QStringLiteral("title"), QStringLiteral("team"), QStringLiteral("hiring_manager"),
          QStringLiteral("description")}},
        {QStringLiteral("rubrics"), {QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("criteria"), {QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("criterion_anchors"), {QStringLiteral("anchor_text")}},
        {QStringLiteral("rounds"), {QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("candidates"),
         {QStringLiteral("full_name"), QStringLiteral("preferred_name"), QStringLiteral("phone"),
          QStringLiteral("location"), QStringLiteral("source"), QStringLiteral("notes")}},
        {QStringLiteral("applications"), {QStringLiteral("notes"), QStringLiteral("hold_reason")}},
        {QStringLiteral("interviews"),
         {QStringLiteral("location"), QStringLiteral("cancellation_reason")}},
        {QStringLiteral("scorecards"), {QStringLiteral("key_takeaways")}},
        {QStringLiteral("ratings"), {QStringLiteral("evidence")}},
        {QStringLiteral("referees"),
         {QStringLiteral("name"), QStringLiteral("relation"), QStringLiteral("contact"),
          QStringLiteral("summary")}},
        {QStringLiteral("decisions"), {QStringLiteral("rationale")}},
        {QStringLiteral("communications"), {QStringLiteral("summary"), QStringLiteral("author")}},
        {QStringLiteral("rejection_drafts"), {QStringLiteral("subject"), QStringLiteral("body")}},
        {QStringLiteral("message_templates"), {QStringLiteral("subject"), QStringLiteral("body")}},
        {QStringLiteral("audit_log"), {QStringLiteral("reason")}},
    };
    for (const auto& [table, names] : columns) {
        QStringList sets;
        QVariantList markers;
        for (const QString& name : names) {
            sets.append(QStringLiteral("%1 = ? || %1").arg(name));
            markers.append(marker());
        }
        auto updated =
            db.exec(QStringLiteral("UPDATE %1 SET %2").arg(table, sets.join(QStringLiteral(", "))),
                    markers);
        if (!updated)
            return QStringLiteral("%1: %2").arg(table, updated.errorMessage());
    }
    return {};
}

} // namespace debrief::test

#include "ReportFrontMatter.h"

#include "ReportDocument.h"

namespace debrief::report {

QString ReportFrontMatter::openingLine(const Opening& opening) {
    if (opening.team.isEmpty())
        return opening.title;
    return tr("%1 · %2").arg(opening.title, opening.team);
}

QPair<QString, QString> ReportFrontMatter::viewerLine(const ScoreViewer& viewer) {
    return {tr("Scores as seen by"), viewer.description()};
}

void ReportFrontMatter::apply(ReportDocument& document, const QString& title,
                              const QString& subtitle, const Opening& opening,
                              const ReportRequest& request) {
    document.setTitle(title);
    document.setSubtitle(subtitle);
    document.setRunningHeader(openingLine(opening));
    document.setAuthor(request.author.isEmpty() ? QStringLiteral("Debrief") : request.author);
    document.setGeneratedAt(request.generatedAt.isValid() ? request.generatedAt
                                                          : QDateTime::currentDateTime());
}

} // namespace debrief::report

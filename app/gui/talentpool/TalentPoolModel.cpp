#include "TalentPoolModel.h"

#include "DatabaseSession.h"
#include "DisplayText.h"

#include <QFont>
#include <QLocale>

namespace debrief {

TalentPoolModel::TalentPoolModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
}

Status TalentPoolModel::reload() {
    beginResetModel();
    m_rows.clear();
    Status status;
    if (m_session.isOpen()) {
        auto rows =
            TalentPoolQuery(m_session.database(), m_viewer ? m_viewer() : ScoreViewer{}).list();
        if (rows)
            m_rows = std::move(rows).value();
        else
            status = rows.error();
    }
    endResetModel();
    return status;
}

int TalentPoolModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TalentPoolModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TalentPoolModel::strengthText(const TalentStrength& strength) {
    return tr("%1 (%2 of %3)")
        .arg(strength.criterionName, QLocale().toString(strength.meanScore, 'f', 1))
        .arg(strength.scaleSize);
}

QString TalentPoolModel::strengthsHtml(const TalentPoolEntry& entry) {
    // What blind scoring keeps out of the strengths, worded in lib/core.
    const QString withheld =
        entry.withheld.any()
            ? QStringLiteral("<p><i>%1</i></p>").arg(entry.withheld.text().toHtmlEscaped())
            : QString();
    if (entry.strengths.isEmpty())
        return withheld + tr("No strengths recorded: no submitted scorecard you may see rated "
                             "them above the middle of the scale.")
                              .toHtmlEscaped();
    QString html = withheld;
    for (const TalentStrength& strength : entry.strengths) {
        html += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>")
                    .arg(strengthText(strength).toHtmlEscaped());
        // The panel's own words, quoted: the evidence a new panel can rely on.
        for (const QString& evidence : strength.evidence)
            html += QStringLiteral("<p style=\"margin-left:16px; margin-top:0\">“%1”</p>")
                        .arg(evidence.toHtmlEscaped());
    }
    return html;
}

QString TalentPoolModel::display(const TalentPoolEntry& entry, int column) const {
    switch (column) {
    case Candidate:
        return entry.candidateName;
    case Strengths: {
        QStringList names;
        for (const TalentStrength& strength : entry.strengths.mid(0, kStrengthsShown))
            names.append(strengthText(strength));
        if (entry.strengths.size() > kStrengthsShown)
            names.append(tr("+%1 more").arg(entry.strengths.size() - kStrengthsShown));
        return names.isEmpty() ? tr("none recorded") : names.join(QStringLiteral(", "));
    }
    case Opening:
        return entry.openingTeam.isEmpty()
                   ? entry.openingTitle
                   : tr("%1 (%2)").arg(entry.openingTitle, entry.openingTeam);
    case FurthestStage:
        return toLabel(entry.furthestStage);
    case LastContacted:
        return entry.lastContacted.isValid() ? DisplayText::date(entry.lastContacted.date())
                                             : tr("never");
    default:
        return {};
    }
}

QString TalentPoolModel::filterText(const TalentPoolEntry& entry) const {
    QStringList words{entry.candidateName, entry.email, entry.openingTitle, entry.openingTeam,
                      toLabel(entry.furthestStage)};
    for (const TalentStrength& strength : entry.strengths) {
        words.append(strength.criterionName);
        words.append(strength.evidence);
    }
    return words.join(QLatin1Char('\n'));
}

QVariant TalentPoolModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TalentPoolEntry& entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Strengths ? strengthsHtml(entry) : QVariant();
    case Qt::FontRole:
        return DisplayText::emphasis(index.column() == Candidate);
    case ApplicationIdRole:
        return QVariant::fromValue(entry.applicationId);
    case OpeningIdRole:
        return QVariant::fromValue(entry.openingId);
    case FilterTextRole:
        return filterText(entry);
    case StrengthCountRole:
        return static_cast<int>(entry.strengths.size());
    default:
        return {};
    }
}

QVariant TalentPoolModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Candidate:
        return tr("Candidate");
    case Strengths:
        return tr("Strengths recorded");
    case Opening:
        return tr("Came from");
    case FurthestStage:
        return tr("Got as far as");
    case LastContacted:
        return tr("Last contacted");
    default:
        return {};
    }
}

} // namespace debrief

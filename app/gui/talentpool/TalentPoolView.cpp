#include "TalentPoolView.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "TalentPoolModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace debrief {

TalentPoolView::TalentPoolView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_model(new TalentPoolModel(session, this))
    , m_filtered(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("talentPoolView"));
    setAccessibleName(tr("Talent pool"));
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(TalentPoolModel::FilterTextRole);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setSortLocaleAware(true);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("talentPoolSummary"));
    m_summary->setWordWrap(true);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("talentPoolFilter"));
    m_filter->setPlaceholderText(tr("Name, strength, evidence or opening"));
    m_filter->setClearButtonEnabled(true);
    // Not "&Filter": Alt+F opens the File menu of the window the list is docked in.
    auto* filterLabel = new QLabel(tr("Loo&k for:"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setFilterFixedString(text.trimmed());
        updateSummary();
    });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("talentPoolTable"));
    m_table->setAccessibleName(tr("Talent pool"));
    ListTable::configure(m_table, m_filtered, TalentPoolModel::Strengths);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TalentPoolModel::Candidate, Qt::AscendingOrder);
    m_table->setToolTip(tr("Press Enter or double-click to show the application."));
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit applicationActivated(index.data(TalentPoolModel::OpeningIdRole).value<RowId>(),
                                  index.data(TalentPoolModel::ApplicationIdRole).value<RowId>());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TalentPoolView::showDetail);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("talentPoolDetail"));
    m_detail->setAccessibleName(tr("Strengths and evidence"));
    m_detail->setOpenLinks(false);

    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_detail);
    setFocusProxy(m_filter);
    updateSummary();
}

void TalentPoolView::setViewer(std::function<ScoreViewer()> viewer) {
    m_model->setViewer(std::move(viewer));
}

Status TalentPoolView::reload() {
    const RowId selected = ListTable::currentId(*m_table, TalentPoolModel::ApplicationIdRole);
    Status loaded = m_model->reload();
    // The person the user was reading about stays selected after a refresh.
    if (!ListTable::selectId(*m_table, TalentPoolModel::ApplicationIdRole, selected)) {
        if (m_filtered->rowCount() > 0)
            m_table->setCurrentIndex(m_filtered->index(0, 0));
        else
            showDetail({});
    }
    updateSummary();
    return loaded;
}

void TalentPoolView::showDetail(const QModelIndex& current) {
    if (!current.isValid()) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(tr("Select a candidate to see what the panel found strong, "
                                      "in its own words.")
                                       .toHtmlEscaped()));
        return;
    }
    const TalentPoolEntry& entry = m_model->at(m_filtered->mapToSource(current).row());
    const QStringList facts{tr("Applied for %1").arg(entry.openingTitle),
                            tr("Got as far as: %1").arg(toLabel(entry.furthestStage)),
                            tr("Last contacted: %1")
                                .arg(entry.lastContacted.isValid()
                                         ? DisplayText::date(entry.lastContacted.date())
                                         : tr("never"))};
    m_detail->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                          .arg(entry.candidateName.toHtmlEscaped(),
                               facts.join(QStringLiteral(" · ")).toHtmlEscaped()) +
                      TalentPoolModel::strengthsHtml(entry));
}

void TalentPoolView::updateSummary() {
    const int all = m_model->rowCount();
    const int shown = m_filtered->rowCount();
    if (all == 0)
        m_summary->setText(tr("Nobody is in the talent pool yet. Tick “Keep in mind” for a "
                              "runner-up in Decision › Record Decision…, and they appear here "
                              "for the next opening."));
    else if (shown == all)
        m_summary->setText(tr("In the talent pool: %1").arg(all));
    else
        m_summary->setText(tr("In the talent pool: %1 of %2 shown").arg(shown).arg(all));
}

} // namespace debrief

#include "CandidateFilterBar.h"

#include "CandidateTableModel.h"

#include "domain/Enums.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace debrief {

CandidateFilterBar::CandidateFilterBar(CandidateTableModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit)
    , m_stage(new QComboBox)
    , m_count(new QLabel)
    , m_debounce(new QTimer(this)) {
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setPlaceholderText(tr("Filter by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search candidates"));
    // Room for a name's worth of text even when a long opening title and
    // longer translations crowd the row.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 9);
    auto* searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);

    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Show stage"));
    m_stage->addItem(tr("All stages"));
    for (const QString& key : allKeys<PipelineStage>()) {
        if (const auto stage = fromKey<PipelineStage>(key))
            m_stage->addItem(toLabel(*stage), key);
    }
    auto* stageLabel = new QLabel(tr("S&tage:"));
    stageLabel->setBuddy(m_stage);

    m_count->setObjectName(QStringLiteral("candidateCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &CandidateFilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Clearing is one deliberate action: show everyone at once.
        if (text.isEmpty())
            applySearch();
        else
            m_debounce->start();
    });
    m_search->installEventFilter(this);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CandidateFilterBar::applyStage);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CandidateFilterBar::updateCount);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);
    layout->addWidget(stageLabel);
    layout->addWidget(m_stage);
    layout->addWidget(m_count);
    setFocusProxy(m_search);
    updateCount();
}

void CandidateFilterBar::reset() {
    m_debounce->stop();
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStage(m_stage);
    m_search->clear();
    m_stage->setCurrentIndex(0);
    for (const Status& status : {m_model.setSearchText({}), m_model.setStageFilter(std::nullopt)}) {
        if (!status)
            emit errorOccurred(status.errorMessage());
    }
}

bool CandidateFilterBar::eventFilter(QObject* watched, QEvent* event) {
    // Someone is about to search: read what the search runs over now, not
    // on the first keystroke (it costs a few frames on a large opening).
    if (watched == m_search && event->type() == QEvent::FocusIn) {
        if (auto prepared = m_model.prepareSearch(); !prepared)
            emit errorOccurred(prepared.errorMessage());
    }
    return QWidget::eventFilter(watched, event);
}

void CandidateFilterBar::applySearch() {
    m_debounce->stop();
    if (auto applied = m_model.setSearchText(m_search->text()); !applied)
        emit errorOccurred(applied.errorMessage());
}

void CandidateFilterBar::applyStage() {
    const auto stage = fromKey<PipelineStage>(m_stage->currentData().toString());
    if (auto applied = m_model.setStageFilter(stage); !applied)
        emit errorOccurred(applied.errorMessage());
}

void CandidateFilterBar::updateCount() {
    m_count->setText(tr("%n match(es)", "", m_model.matchingCount()));
}

} // namespace debrief

#include "RubricSourcePicker.h"

#include "DatabaseSession.h"

#include "opening/PanelDirectory.h"
#include "opening/RubricSourceLoader.h"
#include "rubric/RubricTemplateLibrary.h"
#include "rubric/RubricVersioning.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace debrief {

RubricSourcePicker::RubricSourcePicker(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("rubricTemplateCombo"));
    m_combo->setAccessibleName(tr("Rubric to start from"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &RubricSourcePicker::show);
    connect(m_combo, &QComboBox::activated, this, &RubricSourcePicker::sourceChosen);

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_preview, 1);
    setFocusProxy(m_combo);
}

Status RubricSourcePicker::load(const QString& language) {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_sources.clear();
    const auto templates = RubricTemplateLibrary().templates(language);
    for (const RubricTemplateInfo& info : templates) {
        m_combo->addItem(tr("Template: %1").arg(info.name));
        m_sources.append(RubricSource::fromTemplate(info.id, language));
    }
    auto openings = PanelDirectory(m_session.database()).openings();
    if (!openings)
        return openings.error();
    RubricVersioning rubrics(m_session.database());
    bool separated = false;
    for (const Opening& opening : *openings) {
        auto rubric = rubrics.current(opening.id);
        if (!rubric)
            return rubric.error();
        if (!rubric->has_value())
            continue;
        if (!separated) {
            m_combo->insertSeparator(m_combo->count());
            m_sources.append(RubricSource::empty()); // keeps indices in step
            separated = true;
        }
        m_combo->addItem(tr("Copy the rubric of “%1”").arg(opening.title));
        m_sources.append(RubricSource::copyOf(opening.id));
    }
    m_combo->insertSeparator(m_combo->count());
    m_sources.append(RubricSource::empty());
    m_combo->addItem(tr("No rubric yet (write it in the rubric editor)"));
    m_sources.append(RubricSource::empty());
    if (!select(RubricSource::fromTemplate(QStringLiteral("general"), language)))
        show(0);
    return {};
}

RubricSource RubricSourcePicker::source() const {
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_sources.size() ? m_sources.at(index) : RubricSource::empty();
}

bool RubricSourcePicker::select(const RubricSource& source) {
    const int index = int(m_sources.lastIndexOf(source));
    if (index < 0)
        return false;
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(index);
    show(index);
    return true;
}

QStringList RubricSourcePicker::suggestedRounds() const {
    QStringList names;
    for (const SuggestedRound& round : m_content.rounds)
        names.append(round.name);
    return names;
}

void RubricSourcePicker::show(int index) {
    m_content = RubricTemplate{};
    if (index < 0 || index >= m_sources.size() || !m_session.isOpen()) {
        m_preview->clear();
        return;
    }
    auto loaded = RubricSourceLoader(m_session.database()).load(m_sources.at(index));
    if (!loaded) {
        m_preview->setText(loaded.errorMessage().toHtmlEscaped());
        return;
    }
    m_content = std::move(loaded).value();
    m_preview->setText(preview(m_content));
}

QString RubricSourcePicker::preview(const RubricTemplate& content) const {
    const QList<Criterion>& criteria = content.rubric.criteria;
    if (criteria.isEmpty())
        return tr("The opening starts without criteria; add them with Opening › Edit Rubric….");
    QStringList items;
    for (const Criterion& c : criteria) {
        items.append(tr("<li>%1 <span style='color:gray'>(weight %2, 1–%3)</span></li>")
                         .arg(c.name.toHtmlEscaped(), QLocale().toString(c.weight))
                         .arg(c.scaleSize));
    }
    const QString summary = tr("%n criteria", "", int(criteria.size())) + QStringLiteral(" · ") +
                            tr("%n suggested round(s)", "", int(content.rounds.size()));
    return QStringLiteral("<p>%1</p><p><b>%2</b></p><ul style='margin-left:-20px'>%3</ul>")
        .arg(content.rubric.description.toHtmlEscaped(), summary, items.join(QString()));
}

} // namespace debrief

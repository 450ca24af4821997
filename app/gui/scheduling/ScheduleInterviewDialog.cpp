#include "ScheduleInterviewDialog.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "live/EditConflictPrompt.h"

#include "opening/PanelDirectory.h"
#include "pipeline/CandidateRecords.h"
#include "scheduling/InterviewComparison.h"
#include "scheduling/InterviewRecords.h"
#include "scheduling/LocalTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace debrief {
namespace {

constexpr int kPanelistIdRole = Qt::UserRole + 1;
const QString kConflictDialog = QStringLiteral("interviewConflictDialog");

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

/// The opening's panel, and for a move anyone on the interview who has
/// left the panel since (shown, so that taking them off is a choice).
Result<QList<Panelist>> panelFor(DatabaseSession& session, RowId openingId,
                                 const std::optional<Interview>& existing) {
    auto panel = PanelDirectory(session.database()).panelOf(openingId);
    if (!panel || !existing)
        return panel;
    for (const RowId id : existing->panelistIds) {
        const bool seated = std::any_of(panel->cbegin(), panel->cend(),
                                        [id](const Panelist& p) { return p.id == id; });
        if (seated)
            continue;
        auto former = PanelDirectory(session.database()).panelist(id);
        if (!former)
            return former.error();
        panel->append(*former);
    }
    return panel;
}

} // namespace

Result<ScheduleInterviewDialog*>
ScheduleInterviewDialog::create(DatabaseSession& session, RowId applicationId,
                                const std::optional<Interview>& existing, const QDateTime& now,
                                QWidget* parent) {
    if (!session.isOpen())
        return Error{tr("No database is open.")};
    auto application = CandidateRecords(session.database()).application(applicationId);
    if (!application)
        return application.error();
    auto candidate = CandidateRecords(session.database()).candidate(application->candidateId);
    if (!candidate)
        return candidate.error();
    auto opening = PanelDirectory(session.database()).opening(application->openingId);
    if (!opening)
        return opening.error();
    auto rounds = InterviewRecords(session.database()).roundsOf(opening->id);
    if (!rounds)
        return rounds.error();
    auto panel = panelFor(session, opening->id, existing);
    if (!panel)
        return panel.error();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto request =
        existing ? Result<ScheduleRequest>(InterviewScheduler::requestFor(*existing))
                 : InterviewScheduler(session.database())
                       .proposal(applicationId, kNoRow, LocalTime::nextWorkingDayAt(now, zone));
    if (!request)
        return request.error();
    RowId lead = kNoRow;
    for (const PanelMember& member : opening->panel) {
        if (member.isLead)
            lead = member.panelistId;
    }

    auto* dialog = new ScheduleInterviewDialog(session, opening->id, existing, parent);
    dialog->m_applicationId = applicationId;
    dialog->m_candidateName = candidate->fullName;
    dialog->m_zone = zone;
    dialog->setWindowTitle(DisplayText::windowTitle(
        existing ? tr("Reschedule Interview with %1").arg(candidate->fullName)
                 : tr("Schedule Interview with %1").arg(candidate->fullName)));
    dialog->build(tr("%1 · %2").arg(candidate->fullName, opening->title));
    dialog->fill(*rounds, *panel, lead, *request);
    return dialog;
}

ScheduleInterviewDialog::ScheduleInterviewDialog(DatabaseSession& session, RowId openingId,
                                                 std::optional<Interview> existing, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_openingId(openingId)
    , m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("scheduleInterviewDialog"));
}

void ScheduleInterviewDialog::build(const QString& heading) {
    auto* title = new QLabel(heading);
    title->setObjectName(QStringLiteral("scheduleCandidateLabel"));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_round = new QComboBox;
    m_round->setObjectName(QStringLiteral("scheduleRoundCombo"));
    m_start = new QDateTimeEdit;
    m_start->setObjectName(QStringLiteral("scheduleStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setTimeSpec(Qt::LocalTime);
    m_start->setDisplayFormat(tr("yyyy-MM-dd HH:mm", "date and time as typed into the schedule "
                                                     "dialog, see QDateTimeEdit::displayFormat"));
    m_zoneLabel = new QLabel;
    m_zoneLabel->setObjectName(QStringLiteral("scheduleZoneLabel"));
    m_zoneLabel->setTextFormat(Qt::PlainText);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("scheduleDurationSpin"));
    m_duration->setRange(InterviewScheduler::kMinDurationMinutes,
                         InterviewScheduler::kMaxDurationMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_location =
        lineEdit(QStringLiteral("scheduleLocationEdit"), tr("Room, address or phone number"));
    m_videoLink = lineEdit(QStringLiteral("scheduleVideoLinkEdit"), tr("https://…"));
    m_panel = new QListWidget;
    m_panel->setObjectName(QStringLiteral("schedulePanelList"));
    m_panel->setAccessibleName(tr("Panelists on the interview"));
    m_panel->setToolTip(tr("Space ticks or unticks the selected panelist."));
    m_panel->setMaximumHeight(m_panel->fontMetrics().height() * 7);

    m_fields = {{ScheduleField::Round, m_round},         {ScheduleField::Start, m_start},
                {ScheduleField::Duration, m_duration},   {ScheduleField::Location, m_location},
                {ScheduleField::VideoLink, m_videoLink}, {ScheduleField::Panelists, m_panel}};
    auto* form = new QFormLayout;
    form->addRow(tr("&Round:"), m_round);
    form->addRow(QString(), fieldError(ScheduleField::Round, QStringLiteral("scheduleRoundError")));
    form->addRow(tr("&Date and time:"), m_start);
    form->addRow(QString(), m_zoneLabel);
    form->addRow(QString(), fieldError(ScheduleField::Start, QStringLiteral("scheduleStartError")));
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(QString(),
                 fieldError(ScheduleField::Duration, QStringLiteral("scheduleDurationError")));
    form->addRow(tr("&Location:"), m_location);
    form->addRow(QString(),
                 fieldError(ScheduleField::Location, QStringLiteral("scheduleLocationError")));
    form->addRow(tr("&Video link:"), m_videoLink);
    form->addRow(QString(),
                 fieldError(ScheduleField::VideoLink, QStringLiteral("scheduleVideoLinkError")));
    form->addRow(tr("&Panelists:"), m_panel);
    form->addRow(QString(),
                 fieldError(ScheduleField::Panelists, QStringLiteral("schedulePanelError")));
    // Problems that belong to no field (the candidate, a database error).
    m_generalError = fieldError(ScheduleField::Application, QStringLiteral("scheduleError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("scheduleOkButton"));
    ok->setText(m_existing ? tr("Re&schedule") : tr("&Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleInterviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch(1); // a taller window grows below the form, not inside it
    layout->addWidget(buttons);

    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyRoundDefaults();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ScheduleInterviewDialog::updateZone);
    connect(m_duration, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_durationEdited = true;
    });
    connect(m_panel, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_panelEdited = true;
    });
}

void ScheduleInterviewDialog::fill(const QList<InterviewRound>& rounds,
                                   const QList<Panelist>& panel, RowId lead,
                                   const ScheduleRequest& request) {
    m_filling = true;
    for (const InterviewRound& round : rounds)
        m_round->addItem(round.name, QVariant::fromValue(round.id));
    for (const Panelist& panelist : panel) {
        QString label = panelist.id == lead ? tr("%1 (lead)").arg(panelist.name) : panelist.name;
        auto* item = new QListWidgetItem(label, m_panel);
        item->setData(kPanelistIdRole, QVariant::fromValue(panelist.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setToolTip(panelist.email.trimmed().isEmpty()
                             ? tr("No e-mail address on record: named in the invitation but not "
                                  "invited by it.")
                             : DisplayText::toolTip(panelist.email));
    }
    showRequest(request);
    m_panel->setCurrentRow(0);
    // Moving an interview keeps what it has; only a new one follows its round.
    m_durationEdited = m_panelEdited = m_existing.has_value();
    m_filling = false;
    updateZone();
    resize(qMax(520, sizeHint().width()), sizeHint().height());
}

QLabel* ScheduleInterviewDialog::fieldError(ScheduleField field, const QString& objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, DisplayText::overdueColour());
    label->setPalette(palette);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void ScheduleInterviewDialog::showRequest(const ScheduleRequest& request) {
    const bool filling = m_filling;
    m_filling = true;
    m_round->setCurrentIndex(m_round->findData(QVariant::fromValue(request.roundId)));
    const QDateTime local = request.start.toTimeZone(m_zone);
    m_start->setDateTime(QDateTime(local.date(), local.time(), Qt::LocalTime));
    m_duration->setValue(request.durationMinutes);
    m_location->setText(request.location);
    m_videoLink->setText(request.videoLink);
    checkPanel(request.panelistIds);
    m_filling = filling;
    updateZone();
}

void ScheduleInterviewDialog::checkPanel(const QList<RowId>& ids) {
    for (int row = 0; row < m_panel->count(); ++row) {
        QListWidgetItem* item = m_panel->item(row);
        item->setCheckState(
            ids.contains(item->data(kPanelistIdRole).value<RowId>()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ScheduleInterviewDialog::applyRoundDefaults() {
    if (!m_session.isOpen() || (m_durationEdited && m_panelEdited))
        return;
    auto defaults = InterviewScheduler(m_session.database())
                        .roundDefaults(m_openingId, m_round->currentData().value<RowId>());
    if (!defaults) {
        showProblems({{ScheduleField::Application, defaults.errorMessage(), {}}});
        return;
    }
    m_filling = true;
    if (!m_durationEdited)
        m_duration->setValue(defaults->durationMinutes);
    if (!m_panelEdited)
        checkPanel(defaults->panelistIds);
    m_filling = false;
}

void ScheduleInterviewDialog::updateZone() {
    const auto instant = LocalTime::toInstant(m_start->date(), m_start->time(), m_zone);
    // The weekday in words and the zone with the offset of that very date.
    m_zoneLabel->setText(tr("%1 · time zone %2")
                             .arg(QLocale().toString(m_start->date(), QLocale::LongFormat),
                                  LocalTime::zoneName(m_zone, instant ? *instant : QDateTime())));
}

ScheduleRequest ScheduleInterviewDialog::request() const {
    ScheduleRequest r;
    r.applicationId = m_applicationId;
    r.roundId = m_round->currentData().value<RowId>();
    const auto instant = LocalTime::toInstant(m_start->date(), m_start->time(), m_zone);
    r.start = instant ? *instant : QDateTime();
    r.durationMinutes = m_duration->value();
    r.location = m_location->text().trimmed();
    r.videoLink = m_videoLink->text().trimmed();
    for (int row = 0; row < m_panel->count(); ++row) {
        const QListWidgetItem* item = m_panel->item(row);
        if (item->checkState() == Qt::Checked)
            r.panelistIds.append(item->data(kPanelistIdRole).value<RowId>());
    }
    return r;
}

void ScheduleInterviewDialog::showProblems(const QList<ScheduleProblem>& problems) {
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    QWidget* first = nullptr;
    for (const ScheduleProblem& problem : problems) {
        QLabel* label = m_errors.value(problem.field, m_generalError);
        // Two problems of one field read as one paragraph.
        label->setText(label->isVisible() ? label->text() + QLatin1Char(' ') + problem.message
                                          : problem.message);
        label->show();
        if (!first)
            first = m_fields.value(problem.field);
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ScheduleInterviewDialog::accept() {
    if (!m_session.isOpen())
        return;
    const ScheduleRequest r = request();
    auto problems =
        InterviewScheduler(m_session.database()).check(r, m_existing ? m_existing->uuid : QUuid());
    if (!problems) {
        showProblems({{ScheduleField::Application, problems.errorMessage(), {}}});
        return;
    }
    // A time the clocks skip has a better message than "choose a time".
    const auto instant = LocalTime::toInstant(m_start->date(), m_start->time(), m_zone);
    if (!instant) {
        problems->removeIf(
            [](const ScheduleProblem& p) { return p.field == ScheduleField::Start; });
        problems->prepend({ScheduleField::Start, instant.errorMessage(), instant.errorMessage()});
    }
    showProblems(*problems);
    if (!problems->isEmpty() || EditConflictPrompt::isOpen(this, kConflictDialog))
        return;
    // A new interview is stored by the caller once the form closes.
    if (m_existing && m_commit) {
        const auto moved = m_commit(*m_existing, r);
        if (moved.isStale()) {
            showMessage(moved.errorMessage());
            resolveConflict(moved.current());
            return;
        }
        if (!moved) {
            showMessage(moved.errorMessage());
            return;
        }
    }
    QDialog::accept();
}

void ScheduleInterviewDialog::showMessage(const QString& message) {
    showProblems({{ScheduleField::Application, message, {}}});
}

void ScheduleInterviewDialog::resolveConflict(const Interview& theirs) {
    const Interview mine = InterviewScheduler::applied(*m_existing, request());
    const EditConflictDialog::Content content{
        tr("Interview Changed Elsewhere"),
        tr("This interview was saved elsewhere (in another window or on another computer) after "
           "you opened this form. Nothing was overwritten. Compare the two versions and choose "
           "which to keep."),
        InterviewComparison::fields(m_session.database(), mine, theirs),
        theirs.isCancelled()
            ? tr("The interview was cancelled meanwhile; schedule a new one instead.")
            : QString()};
    EditConflictPrompt::open(this, kConflictDialog, content, [this, theirs](auto choice) {
        // Either way the form is now based on the version just compared.
        m_existing = theirs;
        if (choice == EditConflictDialog::Choice::KeepMine) {
            accept();
        } else if (choice == EditConflictDialog::Choice::TakeTheirs) {
            showRequest(InterviewScheduler::requestFor(theirs));
            showMessage(tr("Showing the version saved elsewhere; yours was not kept."));
        } else {
            showMessage(tr("Not saved: this interview was changed elsewhere. Your changes are "
                           "kept here until you choose."));
        }
    });
}

} // namespace debrief

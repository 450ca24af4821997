#include "CandidateDetailPane.h"

#include "DatabaseSession.h"
#include "DisplayText.h"
#include "ValueLabel.h"
#include "communication/CommunicationLogPanel.h"
#include "pipeline/ApplicationEditor.h"
#include "pipeline/CandidateDetails.h"
#include "pipeline/ReferenceListEditor.h"
#include "scheduling/InterviewListPanel.h"
#include "scorecard/InterviewScoresPanel.h"
#include "server/ServerPermissions.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace debrief {
CandidateDetailPane::CandidateDetailPane(DatabaseSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("candidateDetail"));
    setAccessibleName(tr("Candidate details"));

    m_hint = new QLabel(tr("Select a candidate to see their details."));
    m_hint->setObjectName(QStringLiteral("candidateDetailHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // The details scroll when the window is short (a 1280×720 screen with
    // a list docked below), instead of making the window taller than it.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("candidateDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the first field
    scroll->setWidget(buildDetailsPage());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_hint);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* CandidateDetailPane::buildDetailsPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(buildHeader());
    // Stage, dates and notes, editable once PipelineEditing hands in commands.
    m_applicationEditor = new ApplicationEditor;
    layout->addWidget(m_applicationEditor);

    m_interviews = new InterviewListPanel;
    connect(m_interviews, &InterviewListPanel::interviewActivated, this,
            &CandidateDetailPane::interviewActivated);
    // The interview list on top, the selected interview's scorecards below.
    m_scores = new InterviewScoresPanel(m_session);
    connect(m_interviews, &InterviewListPanel::currentRowChanged, m_scores,
            &InterviewScoresPanel::showInterview);
    auto* interviewsTab = new QSplitter(Qt::Vertical);
    interviewsTab->setObjectName(QStringLiteral("interviewsSplitter"));
    interviewsTab->setChildrenCollapsible(false);
    interviewsTab->addWidget(m_interviews);
    interviewsTab->addWidget(m_scores);
    interviewsTab->setStretchFactor(1, 3);
    interviewsTab->setSizes({170, 350}); // a few interview cards and their buttons, then the scores
    m_references = new ReferenceListEditor;
    m_communications = new CommunicationLogPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("candidateDetailTabs"));
    m_tabs->addTab(interviewsTab, QString());
    m_tabs->addTab(m_references, QString());
    m_tabs->addTab(m_communications, QString());
    layout->addWidget(m_tabs, 1);
    return page;
}

QWidget* CandidateDetailPane::buildHeader() {
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);

    m_name = ValueLabel::create(QStringLiteral("candidateName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Candidate name"));
    m_contact = ValueLabel::create(QStringLiteral("candidateContact"));
    m_opening = ValueLabel::create(QStringLiteral("candidateOpening"));
    m_opening->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_name);
    layout->addWidget(m_contact);
    layout->addWidget(m_opening);
    return header;
}

Status CandidateDetailPane::showApplication(RowId applicationId) {
    if (!m_session.isOpen())
        return Error{tr("No database is open.")};
    auto details = CandidateDetails::load(m_session.database(), applicationId);
    if (!details) {
        clear();
        return details.error();
    }
    m_applicationId = applicationId;
    display(*details);
    return {};
}

void CandidateDetailPane::setEmptyHint(const QString& text) {
    m_hint->setText(text);
}

void CandidateDetailPane::setCommands(PipelineCommands* commands) {
    m_applicationEditor->setCommands(commands);
    m_references->setCommands(commands);
}

void CandidateDetailPane::clear() {
    m_applicationEditor->clear(); // commits notes typed for the candidate leaving
    m_applicationId = kNoRow;
    m_name->clear();
    m_stack->setCurrentIndex(0);
}

QString CandidateDetailPane::candidateName() const {
    return m_applicationId == kNoRow ? QString() : m_name->text();
}

void CandidateDetailPane::display(const CandidateDetails& details) {
    displayFacts(details);
    displayInterviews(details);
    displayReferences(details);
    displayCommunications(details);
    m_tabs->setTabText(0, tr("&Interviews (%1)").arg(details.interviews.size()));
    m_tabs->setTabText(1, tr("&References (%1)").arg(details.references.size()));
    m_tabs->setTabText(2, tr("&Messages (%1)").arg(details.communications.size()));
    m_stack->setCurrentIndex(1);
}

void CandidateDetailPane::displayFacts(const CandidateDetails& details) {
    const Candidate& candidate = details.candidate;
    m_name->setText(candidate.fullName);
    QStringList contact;
    for (const QString& part : {candidate.email, candidate.phone, candidate.location}) {
        if (!part.isEmpty())
            contact.append(part);
    }
    m_contact->setText(contact.isEmpty() ? tr("No contact details")
                                         : contact.join(QStringLiteral(" · ")));
    m_opening->setText(tr("Applied for %1").arg(details.openingTitle));
    m_applicationEditor->display(details.application, candidate, m_session.today());
}

void CandidateDetailPane::displayInterviews(const CandidateDetails& details) {
    // A refresh of the same candidate (after a submit or a switch of
    // panelist) keeps the interview in view; another candidate starts at
    // their latest interview.
    const RowId application = details.application.id;
    const bool sameCandidate = m_scores->applicationId() == application;
    (void)m_scores->load(application); // shows its own message when loading fails
    m_interviews->display(details.interviews, sameCandidate);
    // On a panel server the schedule is the lead's.
    m_interviews->setSchedulingAllowed(
        ServerPermissions(m_session.database()).maySchedule(application));
}

void CandidateDetailPane::displayReferences(const CandidateDetails& details) {
    m_references->display(details.application, details.candidate.fullName, details.references,
                          m_session.today());
}

void CandidateDetailPane::displayCommunications(const CandidateDetails& details) {
    m_communications->display(details.communications);
}

} // namespace debrief

#include "DemoScenarios.h"

namespace debrief::demo {
namespace {

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

using S = PipelineStage;

DemoOpeningScenario backendEngineer() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("Senior Backend Engineer");
    o.team = QStringLiteral("Payments Platform");
    o.hiringManager = QStringLiteral("Priya Raman");
    o.description = QStringLiteral(
        "Own the services that move money: payment intake, retries and reconciliation. "
        "Go, PostgreSQL and Kafka; on-call one week in six.");
    o.createdDaysAgo = 64;
    o.scaleSize = 5;
    o.criteria = {{QStringLiteral("system_design"), 3.0}, {QStringLiteral("code_quality"), 2.0},
                  {QStringLiteral("debugging"), 2.0},     {QStringLiteral("api_modelling"), 1.5},
                  {QStringLiteral("mentoring"), 1.5},     {QStringLiteral("collaboration"), 1.0}};
    o.rounds = {
        {QStringLiteral("Technical deep-dive"),
         QStringLiteral("Pairing on a small service plus a walk through a past project."),
         90,
         {QStringLiteral("code_quality"), QStringLiteral("debugging"),
          QStringLiteral("api_modelling"), QStringLiteral("collaboration")}},
        {QStringLiteral("System design and team"),
         QStringLiteral("Whiteboard design of a payment flow, then how they work with others."),
         75,
         {QStringLiteral("system_design"), QStringLiteral("mentoring"),
          QStringLiteral("collaboration")}},
    };
    o.panel = {0, 1, 2, 3, 6};
    o.recruiter = 6;
    o.pipeline = {{S::Interview, S::Interview, 2}, {S::Screen, S::Screen, 3},
                  {S::Applied, S::Applied, 4},     {S::Rejected, S::Interview, 2},
                  {S::Rejected, S::Screen, 2},     {S::Rejected, S::Applied, 2},
                  {S::Withdrawn, S::Screen, 1}};
    o.story = DemoStory::Debrief;
    return o;
}

DemoOpeningScenario supportLead() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("Customer Support Lead");
    o.team = QStringLiteral("Customer Support");
    o.hiringManager = QStringLiteral("Mei Chen");
    o.description = QStringLiteral(
        "Lead a team of eight agents across e-mail and chat, coach them, and fix the causes of "
        "repeat contacts together with product. Two positions (EMEA and Americas hours).");
    o.positions = 2;
    o.createdDaysAgo = 58;
    o.scaleSize = 4;
    o.criteria = {{QStringLiteral("customer_empathy"), 2.0},
                  {QStringLiteral("deescalation"), 2.0},
                  {QStringLiteral("coaching"), 2.0},
                  {QStringLiteral("process_improvement"), 1.0},
                  {QStringLiteral("written_comms"), 1.0}};
    o.rubricEditDaysAgo = 12;
    o.addedInVersion2 = {QStringLiteral("support_metrics"), 1.0};
    o.reweightedInVersion2 = {{QStringLiteral("written_comms"), 1.5}};
    o.rounds = {
        {QStringLiteral("Support scenario role-play"),
         QStringLiteral("Two customer calls and one written reply."),
         60,
         {QStringLiteral("customer_empathy"), QStringLiteral("deescalation"),
          QStringLiteral("written_comms")}},
        {QStringLiteral("Leadership interview"),
         QStringLiteral("Coaching, process and how they run a team by its numbers."),
         60,
         {QStringLiteral("coaching"), QStringLiteral("process_improvement"),
          QStringLiteral("support_metrics")}},
        {QStringLiteral("Meet the team"),
         QStringLiteral("Informal session with three agents."),
         45,
         {QStringLiteral("customer_empathy"), QStringLiteral("coaching")}},
    };
    o.panel = {4, 5, 6};
    o.recruiter = 6;
    o.pipeline = {{S::Offer, S::Offer, 1},         {S::Final, S::Final, 1},
                  {S::Interview, S::Interview, 4}, {S::Screen, S::Screen, 3},
                  {S::Applied, S::Applied, 3},     {S::Rejected, S::Interview, 2},
                  {S::Rejected, S::Applied, 2},    {S::Withdrawn, S::Interview, 1}};
    return o;
}

DemoOpeningScenario engineeringManager() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("Engineering Manager");
    o.team = QStringLiteral("Platform Engineering");
    o.hiringManager = QStringLiteral("Jonas Lindqvist");
    o.description = QStringLiteral(
        "Lead the platform team of seven engineers: people, delivery and the technical "
        "roadmap for our internal developer platform.");
    o.status = OpeningStatus::Filled;
    o.createdDaysAgo = 118;
    o.activityEndsDaysAgo = 18;
    o.scaleSize = 4;
    o.criteria = {{QStringLiteral("people_leadership"), 2.0},
                  {QStringLiteral("delivery"), 1.5},
                  {QStringLiteral("hiring"), 1.5},
                  {QStringLiteral("stakeholders"), 1.0},
                  {QStringLiteral("technical_judgement"), 1.0},
                  {QStringLiteral("conflict"), 1.0}};
    o.rounds = {
        {QStringLiteral("Leadership and people"),
         QStringLiteral("Past situations with their teams, plus a conflict role-play."),
         60,
         {QStringLiteral("people_leadership"), QStringLiteral("hiring"),
          QStringLiteral("conflict")}},
        {QStringLiteral("Delivery and stakeholders"),
         QStringLiteral("A project that went wrong and one that went right."),
         60,
         {QStringLiteral("delivery"), QStringLiteral("stakeholders"), QStringLiteral("conflict")}},
        {QStringLiteral("Technical judgement"),
         QStringLiteral("Architecture review with two staff engineers."),
         60,
         {QStringLiteral("technical_judgement"), QStringLiteral("delivery")}},
    };
    o.panel = {3, 0, 1, 6};
    o.recruiter = 6;
    o.pipeline = {{S::Rejected, S::Interview, 2},
                  {S::Rejected, S::Screen, 3},
                  {S::Withdrawn, S::Screen, 1},
                  {S::Rejected, S::Applied, 2}};
    o.story = DemoStory::Filled;
    return o;
}

DemoOpeningScenario dataAnalyst() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("Data Analyst");
    o.team = QStringLiteral("Finance & Insights");
    o.hiringManager = QStringLiteral("Rafael Costa");
    o.description = QStringLiteral(
        "Answer the questions finance and product ask every week, and make the answers "
        "self-serve: SQL, dbt and a BI tool of your choice.");
    o.createdDaysAgo = 7;
    o.scaleSize = 5;
    o.criteria = {{QStringLiteral("sql"), 2.0},
                  {QStringLiteral("statistics"), 2.0},
                  {QStringLiteral("storytelling"), 1.5},
                  {QStringLiteral("business_acumen"), 1.0},
                  {QStringLiteral("collaboration"), 1.0}};
    o.rounds = {
        {QStringLiteral("SQL live exercise"),
         QStringLiteral("Churn questions on a sample schema."),
         60,
         {QStringLiteral("sql"), QStringLiteral("statistics")}},
        {QStringLiteral("Case presentation"),
         QStringLiteral("They present a take-home analysis to three of us."),
         60,
         {QStringLiteral("storytelling"), QStringLiteral("business_acumen"),
          QStringLiteral("collaboration")}},
    };
    o.panel = {7, 4, 6};
    o.recruiter = 6;
    o.pipeline = {{S::Applied, S::Applied, 8}};
    return o;
}

DemoOpeningScenario productDesigner() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("Product Designer");
    o.team = QStringLiteral("Growth");
    o.hiringManager = QStringLiteral("Ingrid Solberg");
    o.description = QStringLiteral(
        "Design onboarding and activation flows with the Growth squad. On hold until next "
        "year's headcount is confirmed.");
    o.status = OpeningStatus::OnHold;
    o.createdDaysAgo = 76;
    o.activityEndsDaysAgo = 16;
    o.scaleSize = 4;
    o.criteria = {{QStringLiteral("user_research"), 2.0},
                  {QStringLiteral("interaction_design"), 2.0},
                  {QStringLiteral("visual_craft"), 1.0},
                  {QStringLiteral("design_critique"), 1.0},
                  {QStringLiteral("collaboration"), 1.0}};
    o.rounds = {
        {QStringLiteral("Portfolio review"),
         QStringLiteral("Two case studies, 20 minutes each."),
         60,
         {QStringLiteral("visual_craft"), QStringLiteral("interaction_design"),
          QStringLiteral("design_critique")}},
        {QStringLiteral("Design exercise"),
         QStringLiteral("A scheduling flow, sketched together on the whiteboard."),
         75,
         {QStringLiteral("user_research"), QStringLiteral("interaction_design"),
          QStringLiteral("collaboration")}},
    };
    o.panel = {8, 2, 6};
    o.recruiter = 6;
    o.pipeline = {{S::Interview, S::Interview, 2},
                  {S::Screen, S::Screen, 2},
                  {S::Applied, S::Applied, 2},
                  {S::Rejected, S::Screen, 1}};
    return o;
}

DemoOpeningScenario iosDeveloper() {
    DemoOpeningScenario o;
    o.title = QStringLiteral("iOS Developer");
    o.team = QStringLiteral("Mobile");
    o.hiringManager = QStringLiteral("Tomás Herrera");
    o.description = QStringLiteral(
        "Cancelled: the native app is being replaced by the responsive web app this year.");
    o.status = OpeningStatus::Cancelled;
    o.createdDaysAgo = 96;
    o.activityEndsDaysAgo = 41;
    o.scaleSize = 5;
    o.criteria = {{QStringLiteral("mobile_platform"), 2.0},
                  {QStringLiteral("code_quality"), 1.5},
                  {QStringLiteral("debugging"), 1.0},
                  {QStringLiteral("product_sense"), 1.0},
                  {QStringLiteral("collaboration"), 1.0}};
    o.rounds = {
        {QStringLiteral("Technical screen"),
         QStringLiteral("Swift questions and a code review."),
         45,
         {QStringLiteral("mobile_platform"), QStringLiteral("code_quality")}},
        {QStringLiteral("Pairing and product"),
         QStringLiteral("Fix a bug in a sample app, then discuss a feature."),
         90,
         {QStringLiteral("debugging"), QStringLiteral("product_sense"),
          QStringLiteral("collaboration")}},
    };
    o.panel = {1, 2, 8};
    o.recruiter = 1;
    o.pipeline = {{S::Rejected, S::Interview, 1},
                  {S::Rejected, S::Screen, 2},
                  {S::Withdrawn, S::Applied, 1},
                  {S::Rejected, S::Applied, 1}};
    return o;
}

} // namespace

const QList<DemoPanelistSpec>& demoPanelists() {
    static const QList<DemoPanelistSpec> all = {
        {QStringLiteral("Priya Raman"), QStringLiteral("Engineering manager, Payments"),
         QStringLiteral("priya.raman@example.com"), 0.0},
        {text("Tomás Herrera"), QStringLiteral("Staff engineer"),
         QStringLiteral("tomas.herrera@example.com"), -0.08},
        {QStringLiteral("Hannah Okafor"), QStringLiteral("Senior backend engineer"),
         QStringLiteral("hannah.okafor@example.com"), 0.03},
        {QStringLiteral("Jonas Lindqvist"), QStringLiteral("VP Engineering"),
         QStringLiteral("jonas.lindqvist@example.com"), -0.02},
        {QStringLiteral("Mei Chen"), QStringLiteral("Head of Customer Support"),
         QStringLiteral("mei.chen@example.com"), 0.02},
        {QStringLiteral("Sipho Dlamini"), QStringLiteral("Support team lead"),
         QStringLiteral("sipho.dlamini@example.com"), 0.08},
        {text("Élodie Marchand"), QStringLiteral("People partner (HR)"),
         QStringLiteral("elodie.marchand@example.com"), 0.05},
        {QStringLiteral("Rafael Costa"), QStringLiteral("Lead data scientist"),
         QStringLiteral("rafael.costa@example.com"), -0.03},
        {QStringLiteral("Ingrid Solberg"), QStringLiteral("Design director"),
         QStringLiteral("ingrid.solberg@example.com"), 0.0},
    };
    return all;
}

const QList<DemoOpeningScenario>& demoOpenings() {
    static const QList<DemoOpeningScenario> all = {backendEngineer(),    supportLead(),
                                                   engineeringManager(), dataAnalyst(),
                                                   productDesigner(),    iosDeveloper()};
    return all;
}

} // namespace debrief::demo

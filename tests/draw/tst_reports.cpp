#include "PopplerTools.h"
#include "ReportPdfText.h"

#include "analytics/CalibrationGuide.h"
#include "analytics/ComparisonInput.h"
#include "analytics/FinalistComparison.h"
#include "analytics/PanelCalibration.h"
#include "analytics/TieVerdictText.h"
#include "demo/DemoDataGenerator.h"
#include "report/ReportFormat.h"
#include "report/ReportGenerator.h"
#include "report/ReportPageSetup.h"
#include "reporting/ReportDataLoader.h"
#include "scoring/ScoreViewer.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/OpeningRepository.h"
#include "storage/PipelineQuery.h"
#include "storage/ReferenceRepository.h"
#include "storage/ScorecardRepository.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace debrief;
using namespace debrief::report;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kGeneratedAt(kToday, QTime(9, 0), Qt::UTC);
/// Golden images: rendered at this resolution, a pixel differs when a channel
/// is more than kChannelTolerance apart, and a page fails when more than
/// kDifferingShare of its pixels differ (anti-aliasing and font hinting may
/// move a few edge pixels between poppler versions; a moved table or chart
/// changes far more).
constexpr int kGoldenDpi = 50;
constexpr int kChannelTolerance = 64;
constexpr double kDifferingShare = 0.01;
/// A chart's ink must span at least this share of its frame both ways.
constexpr double kMinimumCoverage = 0.85;

QString signedNumber(double value, const ReportFormat& format) {
    return (value >= 0 ? QStringLiteral("+") : QString()) + format.number(value, 1);
}

} // namespace

/// The four reports on the demo database, read back from the PDF with
/// poppler-utils. Every expected number is computed here from the analytics
/// and the repositories (not taken from the report builders), so the test
/// fails when a report and the app disagree.
///
/// Golden images: the pages of the demo comparison report are compared with
/// tests/data/reports/golden/comparison-page-N.png (50 dpi). After an
/// intended change of the layout, look at the new pages and rewrite them with
///     DEBRIEF_UPDATE_GOLDEN=1 build/tests/draw/tst_reports goldenComparisonPages
class TestReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RowId m_debrief = kNoRow;
    RowId m_filled = kNoRow;
    const ReportFormat m_format{QLocale::c()};

    /// As `debrief-cli report` asks without --as: the opening's panel lead.
    ReportRequest request(ReportKind kind, RowId opening) const {
        ReportRequest r;
        r.kind = kind;
        r.openingId = opening;
        r.viewer = lead(opening);
        r.generatedAt = kGeneratedAt;
        r.today = kToday;
        r.locale = QLocale::c();
        return r;
    }

    static ReportPageSetup a4() {
        ReportPageSetup setup =
            ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany));
        setup.locale = QLocale::c();
        return setup;
    }

    /// Writes the report; on failure the returned path is empty.
    QString write(const ReportRequest& r, const QString& name,
                  ReportGenerator* generator = nullptr) {
        ReportGenerator own;
        ReportGenerator& g = generator ? *generator : own;
        const QString path = m_dir.filePath(name);
        auto data = ReportDataLoader(*m_db).load(r);
        const Status written = data ? g.write(*data, r, a4(), path) : Status(data.error());
        if (!written) {
            qWarning("%s", qPrintable(written.errorMessage()));
            return {};
        }
        return path;
    }

    ScoreViewer lead(RowId opening) const {
        auto viewer = ScoreViewer::panelLead(*m_db, opening);
        return viewer ? *viewer : ScoreViewer{};
    }

    ScoreViewer panelist(const QString& name) const {
        auto query = m_db->exec(QStringLiteral("SELECT id FROM panelists WHERE name = ?"), {name});
        return query && query->next() ? ScoreViewer::panelist(query->value(0).toLongLong(), name)
                                      : ScoreViewer{};
    }

    RowId candidateId(const QString& name) const {
        auto candidates = CandidateRepository(*m_db).list();
        for (const Candidate& c : candidates ? *candidates : QList<Candidate>{}) {
            if (c.fullName == name)
                return c.id;
        }
        return kNoRow;
    }

    void verifyFontsEmbedded(const QString& pdf) {
        const QStringList rows = PopplerTools::fontRows(pdf);
        QVERIFY(!rows.isEmpty());
        for (const QString& row : rows) {
            // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
            const QStringList cells = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(cells.size() >= 7 && cells.at(cells.size() - 5) == QLatin1String("yes"),
                     qPrintable(row));
        }
    }

private slots:
    void initTestCase();
    void comparisonHasTheAppsNumbersOnTheExpectedPages();
    void comparisonChartsFillTheirFrames();
    void goldenComparisonPages();
    void decidedComparisonShowsTheDecisionRecord();
    void packetShowsScorecardsReferencesAndLog();
    void reportsAsADraftHolderShowNoneOfTheOthersScores();
    void calibrationShowsLeniencyAndAgreement();
    void summaryShowsPipelinePromisesAndWaiting();
    void letterAndPdfA();
    void refusesWhatCannotBeReported();
};

void TestReports::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = kToday;
    auto summary = DemoDataGenerator(options).generate(*m_db);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    auto debrief = OpeningRepository(*m_db).findByUuid(summary->debriefOpeningUuid);
    auto filled = OpeningRepository(*m_db).findByUuid(summary->filledOpeningUuid);
    QVERIFY(debrief.ok() && debrief->has_value() && filled.ok() && filled->has_value());
    m_debrief = (*debrief)->id;
    m_filled = (*filled)->id;
}

void TestReports::comparisonHasTheAppsNumbersOnTheExpectedPages() {
    const QString pdf =
        write(request(ReportKind::Comparison, m_debrief), QStringLiteral("comparison.pdf"));
    QVERIFY(!pdf.isEmpty());
    verifyFontsEmbedded(pdf);
    const QStringList pages = ReportPdfText::pages(pdf);
    QVERIFY(pages.size() >= 3);

    // What the comparison view computes (same default seed and viewer),
    // read on its own.
    auto input = ComparisonInput::load(*m_db, m_debrief, lead(m_debrief));
    QVERIFY(input.ok());
    auto analytics = FinalistComparison::run(input->matrix);
    QVERIFY(analytics.ok());
    const RatingMatrix& m = input->matrix;
    QCOMPARE(m.finalistCount(), 5);
    // Whose view, and which finalists, are stated on the first page.
    QVERIFY(pages.at(0).contains(ReportPdfText::normalised(
        QStringLiteral("Scores as seen by Priya Raman, the panel lead"))));
    QVERIFY(pages.at(0).contains(ReportPdfText::normalised(input->finalists.description())));

    // Page 1: title, the side-by-side table with every mean, spread and total.
    QCOMPARE(ReportPdfText::pageOf(pages, QStringLiteral("Finalist comparison")), 0);
    QCOMPARE(ReportPdfText::pageOf(pages, QStringLiteral("Side by side")), 0);
    int withTotal = 0;
    for (int f = 0; f < m.finalistCount(); ++f) {
        const FinalistSummary& s = analytics->finalists.at(f);
        // The lead still owes her card on Tobenna Okafor, and Yui
        // Kobayashi's panel is not complete: their columns say so.
        if (input->withheld.at(f).any() && !s.total.points) {
            QVERIFY2(pages.join(QLatin1Char(' '))
                         .contains(ReportPdfText::normalised(
                             input->withheld.at(f).text(m.finalists().at(f).name))),
                     qPrintable(m.finalists().at(f).name));
            continue;
        }
        ++withTotal;
        QVERIFY(s.total.points.has_value());
        const QString total = QStringLiteral("%1 of 100").arg(m_format.number(*s.total.points, 1));
        QVERIFY2(pages.at(0).contains(total), qPrintable(total));
        for (int c = 0; c < m.criterionCount(); ++c) {
            const ScoreSummary& cell = s.criteria.at(c);
            if (!cell.mean)
                continue;
            QStringList scores;
            for (int score : m.scoresFor(f, c))
                scores.append(QString::number(score));
            QString text = QStringLiteral("%1 (%2)").arg(m_format.number(*cell.mean, 1),
                                                         scores.join(QStringLiteral(", ")));
            if (cell.standardDeviation)
                text += QStringLiteral(" ±") + m_format.number(*cell.standardDeviation, 1);
            QVERIFY2(pages.at(0).contains(text), qPrintable(text));
        }
    }
    QCOMPARE(withTotal, 3);

    // The tie verdicts in the app's words, and every pair's share of resamples.
    const int lead = ReportPdfText::pageOf(pages, QStringLiteral("Is the lead real?"));
    QVERIFY(lead > 0);
    for (const QString& line :
         TieVerdictText::of(m, *analytics).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QCOMPARE(ReportPdfText::pageOf(pages, line), lead);
    QCOMPARE(analytics->ties.pairs.size(), 10);
    for (const FinalistPair& pair : analytics->ties.pairs) {
        if (!pair.gap)
            continue; // a finalist without a total is not compared
        const QString row =
            QStringLiteral("%1 vs %2 %3 %4%")
                .arg(m.finalists().at(pair.first).name, m.finalists().at(pair.second).name,
                     signedNumber(*pair.gap, m_format),
                     m_format.number(pair.probabilityFirstAhead * 100, 1));
        const int page = ReportPdfText::pageOf(pages, row);
        QVERIFY2(page == lead || page == lead + 1, qPrintable(row));
    }

    // DemoDebriefStory: Priya and Jonas disagree on Aoife's system design.
    const int disagree = ReportPdfText::pageOf(pages, QStringLiteral("Where the panel disagrees"));
    QVERIFY(disagree >= lead);
    QVERIFY(pages.at(disagree).contains(
        QString::fromUtf8("System design Aoife Ní Bhriain Priya Raman: 5, Jonas Lindqvist: 2")));
    // No decision yet; the sign-off block closes the report.
    QVERIFY(ReportPdfText::pageOf(pages, QStringLiteral("No decision recorded yet.")) >= disagree);
    QCOMPARE(ReportPdfText::pageOf(pages, QStringLiteral("Sign-off")), pages.size() - 1);
    QVERIFY(
        pages.constLast().contains(QStringLiteral("Hiring manager and panel lead (Priya Raman)")));
    // The running header and the confidentiality mark on every page.
    for (const QString& page : pages) {
        QVERIFY(page.contains(QStringLiteral("Senior Backend Engineer · Payments Platform")));
        QVERIFY(page.contains(QStringLiteral("Confidential: contains personal data")));
    }
}

void TestReports::comparisonChartsFillTheirFrames() {
    ReportGenerator generator;
    const QString pdf =
        write(request(ReportKind::Comparison, m_debrief), QStringLiteral("charts.pdf"), &generator);
    QVERIFY(!pdf.isEmpty());
    const QList<QRectF> frames = generator.writer().chartFrames();
    const QList<int> framePages = generator.writer().chartFramePages();
    // The radar and the bar chart, both on the page after the table.
    QCOMPARE(frames.size(), 2);
    QCOMPARE(framePages, (QList<int>{1, 1}));
    QCOMPARE(ReportPdfText::pageOf(ReportPdfText::pages(pdf), QStringLiteral("Charts")), 1);
    constexpr int dpi = 72;
    const QImage page = PopplerTools::renderPage(pdf, framePages.first() + 1, dpi);
    QVERIFY(!page.isNull());
    for (const QRectF& frame : frames) {
        // A chart drawn at its screen size into the 1200-dpi device would
        // cover a few percent of the frame (the postage stamp of the issue).
        const QSizeF coverage = ReportPdfText::inkCoverage(page, frame, dpi);
        QVERIFY2(coverage.width() >= kMinimumCoverage && coverage.height() >= kMinimumCoverage,
                 qPrintable(QStringLiteral("%1 × %2 of the frame")
                                .arg(coverage.width())
                                .arg(coverage.height())));
    }
}

void TestReports::goldenComparisonPages() {
    const QString pdf =
        write(request(ReportKind::Comparison, m_debrief), QStringLiteral("golden.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString folder = QStringLiteral(DEBRIEF_TEST_DATA_DIR "/reports/golden");
    const bool update = qEnvironmentVariableIntValue("DEBRIEF_UPDATE_GOLDEN") == 1;
    const int pageCount = PopplerTools::info(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pageCount > 0);
    if (update) {
        QDir().mkpath(folder);
        for (const QString& old : QDir(folder).entryList({QStringLiteral("comparison-page-*.png")}))
            QFile::remove(QDir(folder).filePath(old));
    }
    const QStringList goldens = QDir(folder).entryList({QStringLiteral("comparison-page-*.png")});
    if (!update)
        QCOMPARE(pageCount, int(goldens.size()));
    for (int page = 1; page <= pageCount; ++page) {
        const QImage actual = PopplerTools::renderPage(pdf, page, kGoldenDpi);
        QVERIFY(!actual.isNull());
        const QString golden =
            QDir(folder).filePath(QStringLiteral("comparison-page-%1.png").arg(page));
        if (update) {
            QVERIFY(actual.save(golden));
            continue;
        }
        const ReportPdfText::ImageDifference difference =
            ReportPdfText::compare(actual, QImage(golden), kChannelTolerance);
        if (!difference.sameSize || difference.differingShare > kDifferingShare) {
            const QString saved = m_dir.filePath(QStringLiteral("actual-page-%1.png").arg(page));
            actual.save(saved);
            m_dir.setAutoRemove(false);
            QFAIL(qPrintable(QStringLiteral("Page %1 differs from %2 in %3% of its pixels; the "
                                            "new rendering is %4")
                                 .arg(page)
                                 .arg(golden)
                                 .arg(difference.differingShare * 100, 0, 'f', 2)
                                 .arg(saved)));
        }
    }
}

void TestReports::decidedComparisonShowsTheDecisionRecord() {
    const QString pdf =
        write(request(ReportKind::Comparison, m_filled), QStringLiteral("decided.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = ReportPdfText::pages(pdf);
    const int record = ReportPdfText::pageOf(pages, QStringLiteral("Decision record"));
    QVERIFY(record > 0);
    const QString& text = pages.at(record);
    // DemoFilledStory: Lan chosen, Łukasz and the third finalist runners-up,
    // hiring and conflict deciding, recorded by the lead Jonas.
    QVERIFY(text.contains(QString::fromUtf8("Chosen Nguyễn Thị Lan")));
    QVERIFY(text.contains(QString::fromUtf8("Runners-up 1. Łukasz Nowak; 2.")));
    QVERIFY(text.contains(QStringLiteral("Recorded by Jonas Lindqvist")));
    QVERIFY(text.contains(QStringLiteral("May be shared with candidates yes")));
    QVERIFY(text.contains(ReportPdfText::normalised(
        QStringLiteral("Lan has grown two teams from scratch with a structured hiring process"))));
    QVERIFY(!pages.join(QLatin1Char(' ')).contains(QStringLiteral("No decision recorded yet")));
}

void TestReports::packetShowsScorecardsReferencesAndLog() {
    const QString miguel = QString::fromUtf8("Miguel Ángel Ortega");
    auto application =
        ReportDataLoader(*m_db).applicationOf(m_debrief, QString::number(candidateId(miguel)));
    QVERIFY2(application.ok(), qPrintable(application.errorMessage()));
    ReportRequest r = request(ReportKind::Packet, m_debrief);
    r.applicationId = *application;
    const QString pdf = write(r, QStringLiteral("packet.pdf"));
    QVERIFY(!pdf.isEmpty());
    verifyFontsEmbedded(pdf);
    const QStringList pages = ReportPdfText::pages(pdf);

    QCOMPARE(ReportPdfText::pageOf(pages, QStringLiteral("Candidate packet: ") + miguel), 0);
    // His total as the comparison computes it among all finalists.
    auto input = ComparisonInput::load(*m_db, m_debrief, lead(m_debrief));
    QVERIFY(input.ok());
    auto analytics = FinalistComparison::run(input->matrix);
    QVERIFY(analytics.ok());
    int f = 0;
    while (f < input->matrix.finalistCount() && input->matrix.finalists().at(f).name != miguel)
        ++f;
    QVERIFY(f < input->matrix.finalistCount());
    const QString total = QStringLiteral("Weighted total %1 of 100")
                              .arg(m_format.number(*analytics->finalists.at(f).total.points, 1));
    QCOMPARE(ReportPdfText::pageOf(pages, total), 0);

    // Every submitted card's evidence, between the Scorecards and References headings.
    const int cards = ReportPdfText::pageOf(pages, QStringLiteral("Scorecards"));
    const int references = ReportPdfText::pageOf(pages, QStringLiteral("References"));
    QVERIFY(cards >= 0 && references >= cards);
    auto scorecards = ScorecardRepository(*m_db).forApplication(*application);
    QVERIFY(scorecards.ok());
    int checked = 0;
    for (const Scorecard& card : *scorecards) {
        QVERIFY(card.isSubmitted());
        for (const CriterionRating& rating : card.ratings) {
            if (rating.evidence.isEmpty())
                continue;
            const int page = ReportPdfText::pageOf(pages, rating.evidence);
            QVERIFY2(page >= cards && page <= references, qPrintable(rating.evidence));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
    // Both referees, the concern among them, then the communication log.
    auto referees = ReferenceRepository(*m_db).forApplication(*application);
    QVERIFY(referees.ok() && referees->size() == 2);
    for (const Reference& referee : *referees)
        QVERIFY(ReportPdfText::pageOf(pages, referee.summary) >= references);
    const int log = ReportPdfText::pageOf(pages, QStringLiteral("Communication log"));
    QVERIFY(log >= references);
    auto messages = CommunicationRepository(*m_db).forApplication(*application);
    QVERIFY(messages.ok() && !messages->isEmpty());
    for (const CommunicationEntry& message : *messages)
        QVERIFY2(ReportPdfText::pageOf(pages, message.summary) >= log, qPrintable(message.summary));
}

// Blind scoring in every report: Jonas Lindqvist has only a draft on Yui
// Kobayashi's interview, where Tomás Herrera submitted (DemoDebriefStory).
// As Jonas, neither the comparison nor Yui's packet carries any of Tomás's
// scores or evidence for Yui, and both say why; as Tomás they do.
void TestReports::reportsAsADraftHolderShowNoneOfTheOthersScores() {
    const QString yui = QStringLiteral("Yui Kobayashi");
    auto application =
        ReportDataLoader(*m_db).applicationOf(m_debrief, QString::number(candidateId(yui)));
    QVERIFY(application.ok());
    auto cards = ScorecardRepository(*m_db).forApplication(*application);
    QVERIFY(cards.ok());
    const ScoreViewer jonas = panelist(QStringLiteral("Jonas Lindqvist"));
    const ScoreViewer tomas = panelist(QString::fromUtf8("Tomás Herrera"));
    QStringList evidence;
    for (const Scorecard& card : *cards) {
        if (card.panelistId == jonas.panelistId)
            QVERIFY(!card.isSubmitted());
        if (card.panelistId != tomas.panelistId)
            continue;
        QVERIFY(card.isSubmitted());
        for (const CriterionRating& rating : card.ratings) {
            if (!rating.evidence.trimmed().isEmpty())
                evidence.append(ReportPdfText::normalised(rating.evidence));
        }
    }
    QVERIFY(evidence.size() >= 3);
    const QString note = ReportPdfText::normalised(
        WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}.text(yui));

    ReportRequest r = request(ReportKind::Packet, m_debrief);
    r.applicationId = *application;
    r.viewer = jonas;
    const QString blind =
        ReportPdfText::pages(write(r, QStringLiteral("packet-jonas.pdf"))).join(QLatin1Char(' '));
    QVERIFY(blind.contains(QStringLiteral("Scores as seen by Jonas Lindqvist")));
    QVERIFY2(blind.contains(ReportPdfText::normalised(
                 WithheldScorecards{1, 1, WithheldScorecards::Reason::YoursOutstanding}.text())),
             qPrintable(blind));
    for (const QString& words : evidence)
        QVERIFY2(!blind.contains(words), qPrintable(words));
    QVERIFY(!blind.contains(QStringLiteral("At a glance")));

    r.viewer = tomas;
    const QString seen =
        ReportPdfText::pages(write(r, QStringLiteral("packet-tomas.pdf"))).join(QLatin1Char(' '));
    for (const QString& words : evidence)
        QVERIFY2(seen.contains(words), qPrintable(words));

    ReportRequest comparison = request(ReportKind::Comparison, m_debrief);
    comparison.viewer = jonas;
    const QStringList pages =
        ReportPdfText::pages(write(comparison, QStringLiteral("cmp-jonas.pdf")));
    QVERIFY(!pages.isEmpty());
    QVERIFY2(pages.at(0).contains(note), qPrintable(pages.at(0)));
    // Every criterion and the total of Yui's column read "hidden".
    auto input = ComparisonInput::load(*m_db, m_debrief, jonas);
    QVERIFY(input.ok());
    QVERIFY(pages.at(0).count(QStringLiteral("hidden")) >= input->matrix.criterionCount() + 1);
    int column = 0;
    while (input->matrix.finalists().at(column).name != yui)
        ++column;
    for (int p = 0; p < input->matrix.panelistCount(); ++p)
        QVERIFY(!input->matrix.hasScorecard(column, p));
    // …and Yui is in no row of the disagreement table.
    const int disagree = ReportPdfText::pageOf(pages, QStringLiteral("Where the panel disagrees"));
    QVERIFY(disagree > 0);
    const int record = ReportPdfText::pageOf(pages, QStringLiteral("Decision record"));
    for (int page = disagree; page <= record; ++page) {
        const QString text = pages.at(page);
        const QString section = text.mid(text.indexOf(QStringLiteral("Where the panel disagrees")));
        QVERIFY(!section.left(section.indexOf(QStringLiteral("Decision record"))).contains(yui));
    }
}

void TestReports::calibrationShowsLeniencyAndAgreement() {
    const QString pdf =
        write(request(ReportKind::Calibration, m_debrief), QStringLiteral("calibration.pdf"));
    QVERIFY(!pdf.isEmpty());
    verifyFontsEmbedded(pdf);
    const QStringList pages = ReportPdfText::pages(pdf);
    QCOMPARE(ReportPdfText::pageOf(pages, CalibrationGuide::heading()), 0);

    // Every application with a submitted scorecard, found here on its own.
    auto applications = ApplicationRepository(*m_db).forOpening(m_debrief);
    QVERIFY(applications.ok());
    QList<RowId> scored;
    for (const Application& a : *applications) {
        auto cards = ScorecardRepository(*m_db).forApplication(a.id);
        QVERIFY(cards.ok());
        if (std::any_of(cards->cbegin(), cards->cend(),
                        [](const Scorecard& c) { return c.isSubmitted(); }))
            scored.append(a.id);
    }
    auto input =
        ComparisonInput::load(*m_db, m_debrief, lead(m_debrief), FinalistSet::given(scored));
    QVERIFY(input.ok());
    const CalibrationReport calibration = PanelCalibration::analyse(input->matrix);
    const int leniency = ReportPdfText::pageOf(pages, QStringLiteral("Leniency per panelist"));
    QVERIFY(leniency >= 0);
    for (const PanelistCalibration& p : calibration.panelists) {
        QVERIFY(p.meanOffset.has_value());
        const QString row =
            QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(input->matrix.panelists().at(p.panelist).name,
                     signedNumber(*p.meanOffset, m_format), m_format.number(p.offsetSpread, 1))
                .arg(p.comparisons)
                .arg(p.finalists)
                .arg(PanelCalibration::label(p.leniency));
        const int page = ReportPdfText::pageOf(pages, row);
        QVERIFY2(page == leniency || page == leniency + 1, qPrintable(row));
    }
    const int agreement = ReportPdfText::pageOf(pages, QStringLiteral("Agreement per criterion"));
    QVERIFY(agreement >= leniency);
    for (const CriterionAgreement& a : calibration.criteria) {
        const QString row =
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(input->matrix.criteria().at(a.criterion).name, m_format.number(a.icc.icc1, 2),
                     m_format.number(a.icc.icc2, 2), m_format.number(a.icc.icc3, 2),
                     m_format.number(a.alpha.alpha, 2));
        // The table may go on on the next page (its header repeated there).
        const int page = ReportPdfText::pageOf(pages, row);
        QVERIFY2(page == agreement || page == agreement + 1, qPrintable(row));
    }
    QVERIFY(ReportPdfText::pageOf(pages, QStringLiteral("Halo flags")) >= agreement);
}

void TestReports::summaryShowsPipelinePromisesAndWaiting() {
    const QString pdf =
        write(request(ReportKind::Summary, m_debrief), QStringLiteral("summary.pdf"));
    QVERIFY(!pdf.isEmpty());
    verifyFontsEmbedded(pdf);
    const QStringList pages = ReportPdfText::pages(pdf);
    const QString all = pages.join(QLatin1Char(' '));

    // Counted here from the candidate list the app shows.
    auto rows = PipelineQuery(*m_db).rowsForOpening(m_debrief);
    QVERIFY(rows.ok());
    const int stage = ReportPdfText::pageOf(pages, QStringLiteral("Pipeline by stage"));
    QCOMPARE(stage, 0);
    for (PipelineStage s : {PipelineStage::Applied, PipelineStage::Screen, PipelineStage::Interview,
                            PipelineStage::Final, PipelineStage::Rejected}) {
        const auto now = std::count_if(rows->cbegin(), rows->cend(),
                                       [s](const PipelineRow& r) { return r.stage == s; });
        QVERIFY2(pages.at(stage).contains(QStringLiteral("%1 %2 ").arg(toLabel(s)).arg(now)),
                 qPrintable(toLabel(s)));
    }
    QVERIFY(pages.at(stage).contains(QStringLiteral("All candidates %1").arg(rows->size())));

    // Promises: the rule of docs/REPORTS.md applied here to the raw log.
    int kept = 0, missed = 0, pending = 0;
    auto applications = ApplicationRepository(*m_db).forOpening(m_debrief);
    QVERIFY(applications.ok());
    for (const Application& a : *applications) {
        auto log = CommunicationRepository(*m_db).forApplication(a.id);
        QVERIFY(log.ok());
        QList<std::pair<QDateTime, QDate>> promises;
        for (const CommunicationEntry& e : *log) {
            if (e.nextPromisedDate.isValid())
                promises.append({e.occurredAt, e.nextPromisedDate});
        }
        const bool logged = std::any_of(promises.cbegin(), promises.cend(), [&a](const auto& p) {
            return p.second == a.promisedResponseDate;
        });
        if (a.promisedResponseDate.isValid() && !logged)
            promises.append(
                {log->isEmpty() ? a.appliedOn.startOfDay() : log->constLast().occurredAt,
                 a.promisedResponseDate});
        for (const auto& [made, due] : promises) {
            const bool answered = std::any_of(log->cbegin(), log->cend(), [&](const auto& e) {
                return e.direction == CommunicationDirection::Outbound && e.occurredAt > made &&
                       e.occurredAt.date() <= due;
            });
            kept += answered ? 1 : 0;
            missed += !answered && due < kToday ? 1 : 0;
            pending += !answered && due >= kToday ? 1 : 0;
        }
    }
    QVERIFY(kept > 0 && missed > 0);
    QVERIFY2(
        all.contains(QStringLiteral("were kept").prepend(QString::number(kept) + QLatin1Char(' '))),
        qPrintable(QStringLiteral("%1 kept").arg(kept)));
    QVERIFY(all.contains(
        QStringLiteral("%1 were missed and %2 are not yet due").arg(missed).arg(pending)));

    // Who is waiting: overdue in the candidate list, oldest promise first.
    QList<PipelineRow> overdue;
    for (const PipelineRow& r : *rows) {
        if (r.isOverdue(kToday))
            overdue.append(r);
    }
    QVERIFY(!overdue.isEmpty());
    std::sort(overdue.begin(), overdue.end(), [](const PipelineRow& a, const PipelineRow& b) {
        return a.promisedResponseDate != b.promisedResponseDate
                   ? a.promisedResponseDate < b.promisedResponseDate
                   : a.candidateName.localeAwareCompare(b.candidateName) < 0;
    });
    const int waiting = ReportPdfText::pageOf(pages, QStringLiteral("Who is still waiting"));
    QVERIFY(waiting >= 0);
    qsizetype at = 0;
    const QString& text = pages.at(waiting);
    for (const PipelineRow& r : overdue) {
        const QString row =
            QStringLiteral("%1 %2 %3 %4")
                .arg(r.candidateName, toLabel(r.stage), m_format.date(r.promisedResponseDate))
                .arg(r.promisedResponseDate.daysTo(kToday));
        const qsizetype found = text.indexOf(row, at);
        QVERIFY2(found >= 0, qPrintable(row));
        at = found + 1;
    }
}

void TestReports::letterAndPdfA() {
    ReportPageSetup setup =
        ReportPageSetup::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    setup.pdfA = true;
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    const ReportRequest summary = request(ReportKind::Summary, m_debrief);
    auto data = ReportDataLoader(*m_db).load(summary);
    QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
    const Status written = ReportGenerator().write(*data, summary, setup, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(
        PopplerTools::info(path, QStringLiteral("Page size")).contains(QStringLiteral("letter")));
    QVERIFY(PopplerTools::xmp(path).contains(QStringLiteral("pdfaid")));
    QCOMPARE(PopplerTools::info(path, QStringLiteral("Title")), QStringLiteral("Opening summary"));
}

void TestReports::refusesWhatCannotBeReported() {
    ReportDataLoader loader(*m_db);
    // A packet needs a candidate.
    auto packet = loader.load(request(ReportKind::Packet, m_debrief));
    QVERIFY(!packet.ok());
    QVERIFY(packet.errorMessage().contains(QStringLiteral("candidate")));
    // A candidate who did not apply to the opening.
    auto other = loader.applicationOf(
        m_filled, QString::number(candidateId(QString::fromUtf8("Zoë Brandt"))));
    QVERIFY(!other.ok());
    QVERIFY(!loader.applicationOf(m_debrief, QStringLiteral("nobody")).ok());
    // An unknown opening names what is missing instead of writing a file.
    const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
    QVERIFY(write(request(ReportKind::Summary, 9999), QStringLiteral("none.pdf")).isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"

#include "comparison/CalibrationPanel.h"
#include "comparison/CalibrationTableModel.h"
#include "comparison/ComparisonModel.h"
#include "comparison/ComparisonView.h"

#include "FinalistChartSeries.h"
#include "analytics/CalibrationGuide.h"
#include "analytics/ComparisonCellText.h"
#include "analytics/TieVerdictText.h"
#include "demo/DemoDataGenerator.h"
#include "report/ReportGenerator.h"
#include "report/ReportPageSetup.h"
#include "reporting/ReportDataLoader.h"
#include "scoring/ScoreViewer.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace debrief::report;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kGeneratedAt(kToday, QTime(9, 0), Qt::UTC);

/// pdftotext -raw, normalised as tests/draw's ReportPdfText does: NFKC,
/// white space collapsed, a word broken after its hyphen joined again.
QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral(DEBRIEF_PDFTOTEXT),
                  {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("(\\w)- (?=\\w)")), QStringLiteral("\\1-"));
    return text;
}

QString normalised(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The rows of a reference CSV in tests/data/analytics (no quoted commas there).
QList<QStringList> csvRows(const QString& relative) {
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA_DIR "/analytics/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines.mid(1)) {
        if (!line.trimmed().isEmpty())
            rows.append(line.trimmed().split(QLatin1Char(',')));
    }
    return rows;
}

/// Every cell of a table model, row by row, joined with spaces.
QStringList rowTexts(const QAbstractItemModel* model, int columns = -1) {
    QStringList rows;
    const int shown = columns < 0 ? model->columnCount() : columns;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < shown; ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells.join(QLatin1Char(' ')));
    }
    return rows;
}

/// Series colours of a chart by series name.
QHash<QString, QColor> lineColours(const QChart* chart) {
    QHash<QString, QColor> colours;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            colours.insert(line->name(), line->pen().color());
    }
    return colours;
}

} // namespace

/// Compare Finalists as one panelist may see it (blind scoring), the window
/// against the PDF reports, and the Calibration tab against independent
/// reference figures:
/// - as Jonas, who has only a draft on Yui Kobayashi's interview (demo
///   database), the view carries none of Tomás's scores for Yui and says why;
/// - the window and the comparison report show the same finalists in the same
///   order, the same totals as text and the same colour per finalist;
/// - the Calibration tab shows the Shrout & Fleiss (1979) ratings' ICCs and
///   Krippendorff's alpha as tests/data/analytics' R and Python references
///   give them, and the same rows as the calibration report.
class TestComparisonBlind : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void draftHolderSeesNoneOfTheOthersScores();
    void windowAndComparisonReportAgree();
    void calibrationTabShowsTheReferenceFigures();

private:
    ScoreViewer panelist(Database& db, const QString& name) const;
    QString writeReport(Database& db, ReportKind kind, RowId opening, const ScoreViewer& viewer,
                        const QString& name, ReportDocument* document = nullptr);
    RowId fillShroutFleiss(Database& db);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
    RowId m_opening = kNoRow;
};

void TestComparisonBlind::initTestCase() {
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_demo = std::move(*db);
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = kToday;
    auto summary = DemoDataGenerator(options).generate(*m_demo);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    auto opening = OpeningRepository(*m_demo).findByUuid(summary->debriefOpeningUuid);
    QVERIFY(opening.ok() && opening->has_value());
    m_opening = (*opening)->id;
}

ScoreViewer TestComparisonBlind::panelist(Database& db, const QString& name) const {
    auto all = PanelistRepository(db).list();
    for (const Panelist& p : all ? *all : QList<Panelist>{}) {
        if (p.name == name)
            return ScoreViewer::panelist(p.id, p.name);
    }
    return {};
}

QString TestComparisonBlind::writeReport(Database& db, ReportKind kind, RowId opening,
                                         const ScoreViewer& viewer, const QString& name,
                                         ReportDocument* document) {
    ReportRequest request;
    request.kind = kind;
    request.openingId = opening;
    request.viewer = viewer;
    request.generatedAt = kGeneratedAt;
    request.today = kToday;
    request.locale = QLocale::c();
    auto data = ReportDataLoader(db).load(request);
    if (!data) {
        qWarning("%s", qPrintable(data.errorMessage()));
        return {};
    }
    ReportGenerator generator;
    if (document)
        *document = ReportGenerator::build(*data, request);
    const QString path = m_dir.filePath(name);
    ReportPageSetup setup = ReportPageSetup::forLocale(QLocale::c());
    setup.pageSize = QPageSize(QPageSize::A4);
    const Status written = generator.write(*data, request, setup, path);
    if (!written)
        qWarning("%s", qPrintable(written.errorMessage()));
    return written ? path : QString();
}

// DemoDebriefStory: Tomás Herrera submitted on Yui Kobayashi's technical
// interview, Jonas Lindqvist has a draft there.
void TestComparisonBlind::draftHolderSeesNoneOfTheOthersScores() {
    const ScoreViewer jonas = panelist(*m_demo, QStringLiteral("Jonas Lindqvist"));
    const ScoreViewer tomas = panelist(*m_demo, QString::fromUtf8("Tomás Herrera"));
    QVERIFY(!jonas.isNobody() && !tomas.isNobody());
    ComparisonView view;
    QVERIFY(view.load(*m_demo, m_opening, jonas).ok());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString yui = QStringLiteral("Yui Kobayashi");
    const RatingMatrix& all = view.input().matrix;
    int column = 0;
    while (column < all.finalistCount() && all.finalists().at(column).name != yui)
        ++column;
    QVERIFY(column < all.finalistCount());
    const WithheldScorecards withheld = view.input().withheld.at(column);
    QCOMPARE(withheld.reason, WithheldScorecards::Reason::YoursOutstanding);

    // The note above the table, in lib/core's words: what and why.
    auto* notice = view.findChild<QLabel*>(QStringLiteral("withheldNotice"));
    QVERIFY(notice && !notice->isHidden());
    QCOMPARE(notice->textFormat(), Qt::PlainText);
    QVERIFY2(notice->text().split(QLatin1Char('\n')).contains(withheld.text(yui)),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("until you submit yours")));

    // Yui's column holds none of Tomás's numbers: every cell says "hidden".
    ComparisonModel* model = view.model();
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), yui);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, column).data().toString(), QStringLiteral("hidden"));
        QVERIFY(model->index(r, column)
                    .data(ComparisonModel::ScoresRole)
                    .value<QList<int>>()
                    .isEmpty());
    }
    auto* verdict = view.findChild<QLabel*>(QStringLiteral("tieVerdictLabel"));
    QVERIFY(verdict->text().contains(TieVerdictText::withoutTotal(view.shownMatrix(), column)));

    // Jonas submits his card: Tomás's scores for Yui come in.
    auto cards =
        ScorecardRepository(*m_demo).forApplication(all.finalists().at(column).applicationId);
    QVERIFY(cards.ok());
    Scorecard own;
    Scorecard other;
    for (const Scorecard& card : *cards) {
        if (card.panelistId == jonas.panelistId)
            own = card;
        if (card.panelistId == tomas.panelistId)
            other = card;
    }
    QVERIFY(own.id != kNoRow && !own.isSubmitted() && other.isSubmitted());
    auto rubric = RubricRepository(*m_demo).get(own.rubricId);
    QVERIFY(rubric.ok());
    own.recommendation = own.recommendation.value_or(Recommendation::Yes);
    QVERIFY2(ScorecardWorkflow(*m_demo).submit(own, *rubric, kGeneratedAt).ok(), "submit");
    ComparisonView after;
    QVERIFY(after.load(*m_demo, m_opening, jonas).ok());
    QVERIFY(after.findChild<QLabel*>(QStringLiteral("withheldNotice"))->isHidden());
    const RatingMatrix& seen = after.input().matrix;
    int tomasSeat = 0;
    while (tomasSeat < seen.panelistCount() &&
           seen.panelists().at(tomasSeat).id != tomas.panelistId)
        ++tomasSeat;
    QVERIFY(tomasSeat < seen.panelistCount());
    int compared = 0;
    for (int c = 0; c < seen.criterionCount(); ++c) {
        const CriterionRating* rating = other.rating(seen.criteria().at(c).id);
        if (!rating || !rating->score)
            continue;
        QCOMPARE(seen.score(column, tomasSeat, c), rating->score);
        QVERIFY(after.model()
                    ->index(c, column)
                    .data(ComparisonModel::ScoresRole)
                    .value<QList<int>>()
                    .contains(*rating->score));
        ++compared;
    }
    QVERIFY(compared >= 3);
}

void TestComparisonBlind::windowAndComparisonReportAgree() {
    auto lead = ScoreViewer::panelLead(*m_demo, m_opening);
    QVERIFY(lead.ok());
    ComparisonView view;
    QVERIFY(view.load(*m_demo, m_opening, *lead).ok());
    ReportDocument document;
    const QString pdf = writeReport(*m_demo, ReportKind::Comparison, m_opening, *lead,
                                    QStringLiteral("comparison.pdf"), &document);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());

    // The same finalists in the same order, the set named in both.
    QStringList names;
    for (int f = 0; f < view.model()->columnCount(); ++f)
        names.append(view.model()->headerData(f, Qt::Horizontal).toString());
    QCOMPARE(names.size(), view.input().matrix.finalistCount());
    QVERIFY2(
        text.contains(normalised(QStringLiteral("Finalists ") + names.join(QStringLiteral(", ")))),
        qPrintable(names.join(QStringLiteral(", "))));
    const QString set = view.input().finalists.description();
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("comparisonFinalistSet"))->text().contains(set));
    QVERIFY(text.contains(normalised(set)));

    // The same totals as text: the window's cell, in the PDF (a narrow
    // column wraps the interval onto a line of its own).
    const int totalRow = view.model()->totalRow();
    int totals = 0;
    for (int f = 0; f < names.size(); ++f) {
        const QString cell = view.model()->index(totalRow, f).data().toString();
        QCOMPARE(cell, ComparisonCellText::total(view.report(), f,
                                                 view.input().withheld.at(f).any(), QLocale()));
        for (const QString& part : cell.split(QStringLiteral(" ["))) {
            const QString piece =
                part.endsWith(QLatin1Char(']')) ? QStringLiteral("[") + part : part;
            QVERIFY2(text.contains(normalised(piece)), qPrintable(piece));
        }
        totals += cell.contains(QStringLiteral(" of 100")) ? 1 : 0;
    }
    QVERIFY(totals >= 3);

    // The same colour per finalist: the window's list and header swatches,
    // its radar chart and the report's radar chart.
    auto* radar = view.findChild<QChartView*>(QStringLiteral("radarChart"));
    QVERIFY(radar);
    const QHash<QString, QColor> window = lineColours(radar->chart());
    const ReportChart* reportRadar = nullptr;
    for (const ReportBlock& block : document.blocks()) {
        if (const auto* chart = std::get_if<ReportChart>(&block); chart && !reportRadar)
            reportRadar = chart;
    }
    QVERIFY(reportRadar);
    std::unique_ptr<QChart> drawn(reportRadar->create());
    const QHash<QString, QColor> report = lineColours(drawn.get());
    QCOMPARE(window.size(), names.size());
    QCOMPARE(report, window);
    for (int f = 0; f < names.size(); ++f)
        QCOMPARE(window.value(names.at(f)), FinalistChartSeries::colour(f));
    // Switching the first finalist off keeps everyone else's colour.
    auto* list = view.findChild<QListWidget*>(QStringLiteral("finalistList"));
    QVERIFY(list);
    list->item(0)->setCheckState(Qt::Unchecked);
    const QHash<QString, QColor> narrowed = lineColours(radar->chart());
    QCOMPARE(narrowed.size(), names.size() - 1);
    for (int f = 1; f < names.size(); ++f)
        QCOMPARE(narrowed.value(names.at(f)), window.value(names.at(f)));
}

/// One opening whose six candidates four panelists scored as the judges
/// rated the targets in Shrout & Fleiss (1979), Table 2 (1–10 scale).
RowId TestComparisonBlind::fillShroutFleiss(Database& db) {
    const QList<QStringList> scores = csvRows(QStringLiteral("shrout-fleiss-1979/scores.csv"));
    if (scores.size() != 24)
        return kNoRow;
    QHash<QString, RowId> judges;
    Opening opening;
    opening.title = QStringLiteral("Rating study");
    opening.createdAt = kGeneratedAt;
    for (int j = 1; j <= 4; ++j) {
        Panelist p{kNoRow, {}, QStringLiteral("Judge %1").arg(j), {}, {}, {}};
        if (!PanelistRepository(db).insert(p))
            return kNoRow;
        judges.insert(p.name, p.id);
        opening.panel.append({p.id, j == 1});
    }
    if (!OpeningRepository(db).insert(opening))
        return kNoRow;
    Rubric rubric;
    rubric.familyUuid = QUuid::createUuid();
    rubric.openingId = opening.id;
    rubric.name = QStringLiteral("Study");
    rubric.createdAt = kGeneratedAt;
    Criterion rating;
    rating.name = QStringLiteral("Rating");
    rating.scaleSize = 10;
    for (int level = 1; level <= 10; ++level)
        rating.anchors.append(QStringLiteral("Level %1").arg(level));
    rubric.criteria = {rating};
    if (!RubricRepository(db).insert(rubric))
        return kNoRow;
    InterviewRound round;
    round.openingId = opening.id;
    round.name = QStringLiteral("Rating");
    if (!InterviewRoundRepository(db).insert(round))
        return kNoRow;
    QHash<QString, RowId> interviews;
    for (const QStringList& row : scores) {
        const QString target = row.at(0);
        if (!interviews.contains(target)) {
            Candidate person;
            person.fullName = target;
            person.createdAt = kGeneratedAt;
            if (!CandidateRepository(db).insert(person))
                return kNoRow;
            Application application;
            application.candidateId = person.id;
            application.openingId = opening.id;
            application.stage = PipelineStage::Final;
            application.furthestStage = PipelineStage::Final;
            application.appliedOn = kToday.addDays(-30 + int(interviews.size()));
            application.updatedAt = kGeneratedAt;
            if (!ApplicationRepository(db).insert(application))
                return kNoRow;
            Interview interview;
            interview.applicationId = application.id;
            interview.roundId = round.id;
            interview.scheduledAt = kGeneratedAt;
            interview.panelistIds = judges.values();
            std::sort(interview.panelistIds.begin(), interview.panelistIds.end());
            if (!InterviewRepository(db).insert(interview))
                return kNoRow;
            interviews.insert(target, interview.id);
        }
        Scorecard card;
        card.interviewId = interviews.value(target);
        card.panelistId = judges.value(row.at(1));
        card.rubricId = rubric.id;
        card.status = ScorecardStatus::Submitted;
        card.recommendation = Recommendation::Yes;
        card.ratings = {{rubric.criteria.first().id, row.at(3).toInt(), {}}};
        card.updatedAt = card.submittedAt = kGeneratedAt;
        if (!ScorecardRepository(db).insert(card))
            return kNoRow;
    }
    return opening.id;
}

void TestComparisonBlind::calibrationTabShowsTheReferenceFigures() {
    auto opened = Database::openSqlite(m_dir.filePath(QStringLiteral("shrout-fleiss.sqlite")));
    QVERIFY(opened.ok());
    Database& db = **opened;
    const RowId opening = fillShroutFleiss(db);
    QVERIFY(opening != kNoRow);
    const ScoreViewer judge = panelist(db, QStringLiteral("Judge 1"));

    ComparisonView view;
    QVERIFY(view.load(db, opening, judge).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    // Keyboard: Alt+L opens the tab, Alt+A goes to the agreement table.
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("comparisonTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&view, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(&view, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("agreementTable"));

    CalibrationPanel* panel = view.calibration();
    QAbstractItemModelTester leniencyTester(panel->leniencyModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester agreementTester(
        panel->agreementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester haloTester(panel->haloModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

    // ICC(1,1), ICC(2,1), ICC(3,1) from psych::ICC in R (reference-icc.csv:
    // 0.166, 0.290, 0.715; published as .17, .29, .71) and the ordinal alpha
    // from krippendorff_reference.py (reference-alpha.csv: 0.109).
    const QList<QStringList> icc = csvRows(QStringLiteral("shrout-fleiss-1979/reference-icc.csv"));
    QCOMPARE(icc.size(), 1);
    double alpha = 0;
    for (const QStringList& row : csvRows(QStringLiteral("shrout-fleiss-1979/reference-alpha.csv")))
        alpha = row.at(1) == QStringLiteral("ordinal") ? row.at(2).toDouble() : alpha;
    const CalibrationTableModel* agreement = panel->agreementModel();
    QCOMPARE(agreement->rowCount(), 1);
    QCOMPARE(agreement->index(0, 0).data().toString(), QStringLiteral("Rating"));
    QCOMPARE(agreement->index(0, 1).data().toString(),
             QString::number(icc.at(0).at(5).toDouble(), 'f', 2));
    QCOMPARE(agreement->index(0, 2).data().toString(),
             QString::number(icc.at(0).at(6).toDouble(), 'f', 2));
    QCOMPARE(agreement->index(0, 3).data().toString(),
             QString::number(icc.at(0).at(7).toDouble(), 'f', 2));
    QCOMPARE(agreement->index(0, 1).data().toString(), QStringLiteral("0.17"));
    QCOMPARE(agreement->index(0, 3).data().toString(), QStringLiteral("0.71"));
    QCOMPARE(agreement->index(0, 4).data().toString(), QString::number(alpha, 'f', 2));
    QCOMPARE(agreement->index(0, 5).data().toString(), CalibrationGuide::agreementReading(alpha));

    // Leniency per judge from base R (reference-calibration.csv).
    const QList<QStringList> judges =
        csvRows(QStringLiteral("shrout-fleiss-1979/reference-calibration.csv"));
    const CalibrationTableModel* leniency = panel->leniencyModel();
    QCOMPARE(leniency->rowCount(), judges.size());
    for (int r = 0; r < judges.size(); ++r) {
        const double offset = judges.at(r).at(3).toDouble();
        QCOMPARE(leniency->index(r, 0).data().toString(), judges.at(r).at(0));
        QCOMPARE(leniency->index(r, 1).data().toString(),
                 (offset > 0 ? QStringLiteral("+") : QString()) + QString::number(offset, 'f', 1));
        QCOMPARE(leniency->index(r, 2).data().toString(),
                 QString::number(judges.at(r).at(4).toDouble(), 'f', 1));
        QCOMPARE(leniency->index(r, 3).data().toString(), judges.at(r).at(1));
    }
    // Judge 1 lies 35 points above the others: lenient, and tinted.
    QCOMPARE(leniency->index(0, 5).data().toString(), QStringLiteral("lenient"));
    QVERIFY(leniency->index(0, 5).data(Qt::BackgroundRole).isValid());

    // The calibration report shows the same rows and the same guide.
    const QString pdf =
        writeReport(db, ReportKind::Calibration, opening, judge, QStringLiteral("calibration.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    for (const QString& row :
         rowTexts(leniency) + rowTexts(agreement, 6) + rowTexts(panel->haloModel()))
        QVERIFY2(text.contains(normalised(row)), qPrintable(row));
    const QString guide = view.findChild<QLabel*>(QStringLiteral("calibrationGuide"))->text();
    const QStringList paragraphs =
        CalibrationGuide::paragraphs(panel->data().calibration.options, QLocale());
    QCOMPARE(guide, paragraphs.join(QStringLiteral("\n\n")));
    for (const QString& paragraph : paragraphs)
        QVERIFY2(text.contains(normalised(paragraph)), qPrintable(paragraph));
}

QTEST_MAIN(TestComparisonBlind)
#include "tst_comparisonblind.moc"

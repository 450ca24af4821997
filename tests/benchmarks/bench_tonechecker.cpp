#include "tone/ToneChecker.h"

#include <QTest>

#include <ctime>

using namespace debrief;

namespace {

/// A two-page rejection letter (about 900 words, 5,100 characters) that
/// touches no rule, so every rule scans the whole text: the worst case for
/// a clean draft. One paragraph carries findings, for the typical case.
QString twoPageDraft(bool withFindings) {
    const QString paragraph = QStringLiteral(
        "Thank you for the time you spent with us over the last three weeks, and for the care "
        "you put into the take-home exercise. Everyone on the panel enjoyed the pairing session "
        "with you, and your answer on caching was one of the most thoughtful we heard. It was a "
        "close decision. In the end we chose a candidate with more experience running on-call "
        "rotations for a payments system, which the role needs from the first month. I know "
        "this is not the news you were hoping for, and I'm sorry we took longer than the date we "
        "promised you. If it helps, I'd be glad to talk through the panel's written feedback on "
        "a short call next week; the strongest part of your interview was the way you broke the "
        "reporting problem into steps.\n\n");
    QString draft = QStringLiteral("Dear Zoë,\n\n");
    for (int i = 0; i < 7; ++i)
        draft += paragraph;
    if (withFindings)
        draft += QStringLiteral("We regret to inform you that other candidates were a better "
                                "fit. We will keep your CV on file.\n\n");
    return draft + QStringLiteral("Best wishes,\nAna Costa, Engineering Manager\n");
}

ToneContext context() {
    ToneContext c;
    c.candidateName = QStringLiteral("Zoë Martin");
    c.otherCandidateNames = {QStringLiteral("Priya Nair"), QStringLiteral("Tom Becker")};
    return c;
}

/// Processor time of one call, averaged over `calls`: the figure to compare
/// between runs on a shared machine (see docs/BENCHMARKS.md).
template <typename F> void printCpu(const char* what, int calls, F&& call) {
    const std::clock_t start = std::clock();
    for (int i = 0; i < calls; ++i)
        call();
    const double ms = double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC / calls;
    qInfo("cpu: %s %.3f ms", what, ms);
}

} // namespace

/// The tone check on every keystroke of the draft editor: a two-page draft
/// must check in well under 5 ms. Loading the rules (JSON, ~200 patterns
/// compiled and JIT-optimised) happens once per editor and is timed too.
class BenchToneChecker : public QObject {
    Q_OBJECT

private slots:
    /// Parsing and compiling the file, as the first editor of a language does
    /// (later ones get the cached rules from ToneChecker::forLanguage).
    void loadEnglishRules() {
        Result<ToneRuleSet> rules = ToneRuleSet{};
        QBENCHMARK {
            rules = ToneRuleSet::load(englishRules());
        }
        QVERIFY(rules.ok());
        QVERIFY(!rules->rules.isEmpty());
    }

    void checkCleanTwoPageDraft() { checkDraft(false, 0); }
    void checkTwoPageDraftWithFindings() { checkDraft(true, 3); }

    /// Processor time, printed once (QBENCHMARK runs the cases above repeatedly).
    void cpuTimes() {
        printCpu("load rules", 5, [] { (void)ToneRuleSet::load(englishRules()); });
        const ToneChecker checker = ToneChecker::forLanguage(QStringLiteral("en")).value();
        const ToneContext c = context();
        for (const bool withFindings : {false, true}) {
            const QString draft = twoPageDraft(withFindings);
            printCpu(withFindings ? "check draft with findings" : "check clean draft", 20,
                     [&] { (void)checker.check(draft, c); });
        }
    }

private:
    static QString englishRules() {
        return ToneRuleSet::builtInDirectory() + QStringLiteral("/en.json");
    }

    static void checkDraft(bool withFindings, qsizetype expected) {
        const ToneChecker checker = ToneChecker::forLanguage(QStringLiteral("en")).value();
        const QString draft = twoPageDraft(withFindings);
        const ToneContext c = context();
        QList<ToneFinding> findings;
        QBENCHMARK {
            findings = checker.check(draft, c);
        }
        QCOMPARE(findings.size(), expected);
    }
};

QTEST_GUILESS_MAIN(BenchToneChecker)
#include "bench_tonechecker.moc"

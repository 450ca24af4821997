// Fuzzes the tone rule loader (ToneRuleReader behind ToneRuleSet::fromJson):
// a rule file a user may load of their own. A file that loads is run over a
// letter as the draft editor does on every keystroke; every finding must lie
// inside the text it flags.

#include "FuzzSupport.h"

#include "tone/ToneChecker.h"
#include "tone/ToneRuleSet.h"

using namespace debrief;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Result<ToneRuleSet> rules =
        ToneRuleSet::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!rules) {
        fuzz::require(rules.error().message.startsWith(QStringLiteral("fuzz.json")),
                      "every error names the file");
        return 0;
    }
    static const QString letter = QStringLiteral(
        "Hi Alex,\n\nThank you for your time. Unfortunately we decided to move forward with "
        "Jordan Lee, who is a better fit. You are overqualified and we will keep your CV on "
        "file.\nLeider haben wir uns für jemand anderen entschieden. Malheureusement, nous "
        "avons choisi une autre personne – à bientôt !\n\nBest regards,\nZoë\n");
    ToneContext context;
    context.candidateName = QStringLiteral("Alex Morgan");
    context.otherCandidateNames = {QStringLiteral("Jordan Lee")};
    const QList<ToneFinding> findings = ToneChecker(*rules).check(letter, context);
    for (const ToneFinding& finding : findings) {
        fuzz::require(finding.start >= 0 && finding.length > 0 && finding.end() <= letter.size(),
                      "a finding lies inside the text");
    }
    return 0;
}

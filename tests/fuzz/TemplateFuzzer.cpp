// Fuzzes the rejection-template language (TemplateParser behind
// TemplateRenderer): a template a user edits in the draft editor or keeps in
// the database, rendered the three ways drafts use it. The values carry
// template syntax and markup of their own, which must come out as text.

#include "FuzzSupport.h"

#include "drafting/TemplateFields.h"
#include "drafting/TemplateRenderer.h"
#include "drafting/TemplateValues.h"

#include <QRegularExpression>

using namespace debrief;

namespace {

TemplateValues hostileValues() {
    TemplateValues values;
    int n = 0;
    for (const QString& name : TemplateFields::textNames()) {
        // Every third value empty, so fallbacks are used too.
        if (++n % 3 != 0)
            values.setText(name, QStringLiteral("<b>{{candidate.firstName}}</b> & {{#if x}}\n"));
        values.setFallback(name, QStringLiteral("<i>fallback</i>"));
    }
    for (const QString& name : TemplateFields::flagNames())
        values.setFlag(name, (++n % 2) == 0);
    return values;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const TemplateValues values = hostileValues();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    constexpr int firstLine = 3;
    const TemplateRenderer renderer(text, firstLine, QStringLiteral("fuzz.txt"));
    if (const auto& problem = renderer.problem()) {
        // The editor puts the cursor on the problem: it must be in the text.
        const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
        fuzz::require(problem->line >= firstLine && problem->line < firstLine + lines,
                      "problem line inside the template");
        fuzz::require(problem->column >= 1, "problem column 1-based");
        fuzz::require(problem->offset >= 0 && problem->length >= 0 &&
                          problem->offset + problem->length <= text.size(),
                      "problem span inside the template");
        fuzz::require(!renderer.check(), "check() agrees with problem()");
        return 0;
    }
    fuzz::require(renderer.check().ok(), "check() agrees with problem()");
    const Result<QString> plain = renderer.renderPlain(values);
    const Result<QString> html = renderer.renderHtml(values);
    const Result<QString> line = renderer.renderLine(values);
    fuzz::require(plain.ok() && html.ok() && line.ok(), "a parsed template renders");
    fuzz::require(!line->contains(QLatin1Char('\n')) && !line->contains(QLatin1Char('\r')),
                  "a subject line has no line break");
    // Everything but the paragraph markup DraftText adds is escaped text.
    static const QRegularExpression ownMarkup(QStringLiteral("</?p>|<br>"));
    QString rest = *html;
    rest.remove(ownMarkup);
    fuzz::require(!rest.contains(QLatin1Char('<')) && !rest.contains(QLatin1Char('>')),
                  "the HTML rendering holds no markup from the template or its values");
    return 0;
}

#include "ToneGreetingCheck.h"

#include "ToneCategory.h"
#include "ToneNamePattern.h"

#include <QRegularExpression>

namespace debrief {
namespace {

struct Span {
    qsizetype start = 0;
    qsizetype length = 0;
};

/// The first line with anything but spaces on it, trimmed; length 0 when
/// the text is blank.
Span firstLine(const QString& text) {
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.indexOf(QLatin1Char('\n'), start);
    if (end < 0)
        end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end - start};
}

/// What to underline: the line up to its first punctuation mark, so a
/// greeting ("Dear Sir or Madam") or an opening clause is marked, not a
/// whole paragraph.
Span marked(const QString& text, Span line) {
    static const QRegularExpression punctuation(QStringLiteral("[,:;.!?]"));
    const qsizetype stop = text.indexOf(punctuation, line.start);
    if (stop > line.start && stop < line.start + line.length)
        return {line.start, stop - line.start};
    return line;
}

} // namespace

QString ToneGreetingCheck::firstName(const ToneContext& context) {
    const QString given = context.candidateFirstName.simplified();
    if (!given.isEmpty())
        return given;
    return ToneNamePattern::words(context.candidateName).value(0);
}

std::optional<ToneFinding> ToneGreetingCheck::check(const ToneGreetingRule& rule,
                                                    const QString& text,
                                                    const ToneContext& context) {
    const QString first = firstName(context);
    if (first.isEmpty() || rule.pattern.isEmpty())
        return std::nullopt;
    const Span line = firstLine(text);
    if (line.length == 0)
        return std::nullopt;

    const QStringList words = ToneNamePattern::words(context.candidateName);
    const QString lastName = words.size() > 1 ? words.last() : QString();
    QString pattern = rule.pattern;
    pattern.replace(QStringLiteral("{name}"),
                    ToneNamePattern::anyOf({first, context.candidateName}));
    pattern.replace(QStringLiteral("{lastName}"), ToneNamePattern::anyOf({lastName}));
    const QRegularExpression greeting(pattern, QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    if (greeting.match(text.mid(line.start, line.length)).hasMatch())
        return std::nullopt;

    const Span span = marked(text, line);
    QString suggestion = rule.suggestion;
    suggestion.replace(QStringLiteral("{firstName}"), first);
    return ToneFinding{span.start, span.length,      ToneCategory::greeting(),
                       rule.id,    rule.explanation, suggestion};
}

} // namespace debrief

#include "TemplateParser.h"

#include "TemplateFields.h"

#include <QRegularExpression>

namespace debrief::drafting {
namespace {

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

bool isFieldName(QStringView name) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*$"));
    return pattern.match(name.toString()).hasMatch();
}

bool isBlank(QStringView text) {
    return text.trimmed().isEmpty();
}

} // namespace

TemplateParser::TemplateParser(const QString& text, int firstLine, const QString& sourceName)
    : m_text(text)
    , m_firstLine(firstLine)
    , m_sourceName(sourceName) {
}

TemplateParser::Outcome TemplateParser::parse(const QString& text, int firstLine,
                                              const QString& sourceName) {
    TemplateParser parser(text, firstLine, sourceName);
    if (parser.tokenize())
        parser.build();
    return std::move(parser.m_outcome);
}

bool TemplateParser::fail(const Token& where, const QString& message) {
    TemplateProblem problem;
    problem.line = where.line;
    problem.column = where.column;
    problem.offset = where.offset;
    problem.length = where.length;
    problem.message =
        m_sourceName.isEmpty()
            ? tr("Line %1, column %2: %3.").arg(where.line).arg(where.column).arg(message)
            : tr("%1, line %2, column %3: %4.")
                  .arg(m_sourceName)
                  .arg(where.line)
                  .arg(where.column)
                  .arg(message);
    m_outcome.problem = problem;
    m_outcome.nodes.clear();
    return false;
}

bool TemplateParser::tokenize() {
    qsizetype start = 0;
    int line = m_firstLine;
    while (start < m_text.size()) {
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? m_text.size() : end + 1;
        if (!tokenizeLine(start, end, line))
            return false;
        start = end;
        ++line;
    }
    return true;
}

bool TemplateParser::tokenizeLine(qsizetype start, qsizetype end, int line) {
    QList<Token> tokens;
    qsizetype at = start;
    const auto literal = [&](qsizetype from, qsizetype to) {
        if (to > from)
            tokens.append({false,
                           m_text.mid(from, to - from),
                           {},
                           TagKind::Value,
                           line,
                           int(from - start + 1),
                           from,
                           to - from});
    };
    while (at < end) {
        const qsizetype open = m_text.indexOf(kOpen, at);
        const qsizetype stray = m_text.indexOf(kClose, at);
        if (stray >= 0 && stray < end && (open < 0 || stray < open)) {
            return fail({false, {}, {}, TagKind::Value, line, int(stray - start + 1), stray, 2},
                        tr("“}}” without an opening “{{”"));
        }
        if (open < 0 || open >= end) {
            literal(at, end);
            break;
        }
        literal(at, open);
        Token tag{true, {}, {}, TagKind::Value, line, int(open - start + 1), open, 2};
        const qsizetype close = m_text.indexOf(kClose, open + 2);
        if (close < 0 || close >= end)
            return fail(tag, tr("“{{” is not closed by “}}” on the same line"));
        tag.length = close + 2 - open;
        if (!classify(tag, QStringView(m_text).mid(open + 2, close - open - 2)))
            return false;
        tokens.append(tag);
        at = close + 2;
    }
    // A line of nothing but section tags leaves no trace in the output.
    const bool hasTag =
        std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.isTag; });
    const bool standalone = hasTag && std::all_of(tokens.begin(), tokens.end(), [](const Token& t) {
                                return t.isTag ? isBlockTag(t) : isBlank(t.text);
                            });
    for (const Token& token : tokens) {
        if (!standalone || token.isTag)
            m_tokens.append(token);
    }
    return true;
}

bool TemplateParser::classify(Token& tag, QStringView raw) {
    const QStringView content = raw.trimmed();
    if (content.startsWith(QLatin1Char('!'))) {
        tag.kind = TagKind::Comment;
        return true;
    }
    if (content.isEmpty())
        return fail(tag, tr("an empty tag “{{}}”"));
    if (content == QLatin1String("else")) {
        tag.kind = TagKind::Else;
        return true;
    }
    if (content.startsWith(QLatin1Char('/'))) {
        const QStringView word = content.mid(1).trimmed();
        if (word == QLatin1String("if"))
            tag.kind = TagKind::EndIf;
        else if (word == QLatin1String("unless"))
            tag.kind = TagKind::EndUnless;
        else
            return fail(
                tag,
                tr("unknown closing tag “%1”; use {{/if}} or {{/unless}}").arg(content.toString()));
        return true;
    }
    if (content.startsWith(QLatin1Char('#'))) {
        const QStringView rest = content.mid(1);
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const QStringView word = space < 0 ? rest : rest.left(space);
        const QString name = space < 0 ? QString() : rest.mid(space + 1).trimmed().toString();
        if (word == QLatin1String("if"))
            tag.kind = TagKind::If;
        else if (word == QLatin1String("unless"))
            tag.kind = TagKind::Unless;
        else
            return fail(tag, tr("unknown tag “%1”; use {{#if …}}, {{#unless …}}, {{else}} or "
                                "{{/if}}")
                                 .arg(content.toString()));
        tag.text = name;
        if (name.isEmpty())
            return fail(tag, tr("{{#%1}} needs the name of a flag").arg(word.toString()));
        if (!TemplateFields::isFlag(name) && !TemplateFields::isText(name))
            return fail(tag,
                        tr("unknown flag “%1” (flags: %2)")
                            .arg(name, TemplateFields::flagNames().join(QStringLiteral(", "))));
        return true;
    }
    const qsizetype bar = content.indexOf(QLatin1Char('|'));
    const QString name = (bar < 0 ? content : content.left(bar)).trimmed().toString();
    tag.kind = TagKind::Value;
    tag.text = name;
    tag.fallback = bar < 0 ? QString() : content.mid(bar + 1).trimmed().toString();
    if (TemplateFields::isFlag(name))
        return fail(tag, tr("“%1” is a flag, not a text: use it as {{#if %1}}…{{/if}}").arg(name));
    if (!TemplateFields::isText(name)) {
        const QString shown = isFieldName(name) ? name : content.toString();
        return fail(tag, tr("unknown placeholder “%1” (placeholders: %2)")
                             .arg(shown, TemplateFields::textNames().join(QStringLiteral(", "))));
    }
    return true;
}

bool TemplateParser::isBlockTag(const Token& token) {
    return token.isTag && token.kind != TagKind::Value;
}

QString TemplateParser::opener(const Token& token) {
    return QStringLiteral("{{#%1 %2}}")
        .arg(token.kind == TagKind::Unless ? QStringLiteral("unless") : QStringLiteral("if"),
             token.text);
}

std::vector<TemplateNode>& TemplateParser::target(QList<Section>& open) {
    if (open.isEmpty())
        return m_outcome.nodes;
    Section& section = open.last();
    return section.inElse ? section.node.otherwise : section.node.children;
}

bool TemplateParser::build() {
    QList<Section> open;
    for (const Token& token : std::as_const(m_tokens)) {
        if (!addToken(token, open))
            return false;
    }
    if (!open.isEmpty()) {
        const Token& unclosed = open.last().opening;
        const QString closer = unclosed.kind == TagKind::Unless ? QStringLiteral("{{/unless}}")
                                                                : QStringLiteral("{{/if}}");
        return fail(unclosed, tr("“%1” is never closed; add “%2”").arg(opener(unclosed), closer));
    }
    return true;
}

bool TemplateParser::addToken(const Token& token, QList<Section>& open) {
    if (!token.isTag) {
        target(open).push_back({TemplateNode::Kind::Text, token.text, {}, false, {}, {}});
        return true;
    }
    switch (token.kind) {
    case TagKind::Comment:
        return true;
    case TagKind::Value:
        target(open).push_back(
            {TemplateNode::Kind::Value, token.text, token.fallback, false, {}, {}});
        return true;
    case TagKind::If:
    case TagKind::Unless:
        open.append(
            {{TemplateNode::Kind::Section, token.text, {}, token.kind == TagKind::Unless, {}, {}},
             token,
             false});
        return true;
    case TagKind::Else:
        if (open.isEmpty())
            return fail(token, tr("{{else}} outside an {{#if}} or {{#unless}} section"));
        if (open.last().inElse)
            return fail(token, tr("a second {{else}} in “%1” (line %2, column %3)")
                                   .arg(opener(open.last().opening))
                                   .arg(open.last().opening.line)
                                   .arg(open.last().opening.column));
        open.last().inElse = true;
        return true;
    case TagKind::EndIf:
    case TagKind::EndUnless: {
        const QString closer = token.kind == TagKind::EndIf ? QStringLiteral("{{/if}}")
                                                            : QStringLiteral("{{/unless}}");
        if (open.isEmpty())
            return fail(token, tr("“%1” closes no open section").arg(closer));
        const Token& opening = open.last().opening;
        const bool matches =
            (opening.kind == TagKind::Unless) == (token.kind == TagKind::EndUnless);
        if (!matches)
            return fail(token, tr("“%1” does not match “%2” opened at line %3, column %4")
                                   .arg(closer, opener(opening))
                                   .arg(opening.line)
                                   .arg(opening.column));
        TemplateNode done = std::move(open.last().node);
        open.removeLast();
        target(open).push_back(std::move(done));
        return true;
    }
    }
    return true;
}

} // namespace debrief::drafting

#include "TemplateRenderer.h"

#include "DraftText.h"
#include "TemplateFields.h"
#include "TemplateNode.h"
#include "TemplateParser.h"
#include "TemplateValues.h"

namespace debrief {
namespace {

using drafting::TemplateNode;

QString valueOf(const TemplateNode& node, const TemplateValues& values) {
    const QString value = values.text(node.text);
    if (!value.trimmed().isEmpty())
        return value;
    if (!node.fallback.isEmpty())
        return node.fallback;
    const QString fallback = values.fallback(node.text);
    return fallback.trimmed().isEmpty() ? TemplateFields::neutralFallback(node.text) : fallback;
}

bool holds(const TemplateNode& section, const TemplateValues& values) {
    const bool on = TemplateFields::isFlag(section.text)
                        ? values.flag(section.text)
                        : !values.text(section.text).trimmed().isEmpty();
    return on != section.negated;
}

void render(const std::vector<TemplateNode>& nodes, const TemplateValues& values, QString& out) {
    for (const TemplateNode& node : nodes) {
        switch (node.kind) {
        case TemplateNode::Kind::Text:
            out += node.text;
            break;
        case TemplateNode::Kind::Value:
            out += valueOf(node, values);
            break;
        case TemplateNode::Kind::Section:
            render(holds(node, values) ? node.children : node.otherwise, values, out);
            break;
        }
    }
}

} // namespace

TemplateRenderer::TemplateRenderer(const QString& text, int firstLine, const QString& sourceName) {
    auto outcome = drafting::TemplateParser::parse(text, firstLine, sourceName);
    m_problem = outcome.problem;
    if (!m_problem)
        m_nodes = std::make_unique<std::vector<TemplateNode>>(std::move(outcome.nodes));
}

TemplateRenderer::~TemplateRenderer() = default;
TemplateRenderer::TemplateRenderer(TemplateRenderer&&) noexcept = default;
TemplateRenderer& TemplateRenderer::operator=(TemplateRenderer&&) noexcept = default;

Status TemplateRenderer::check() const {
    if (m_problem)
        return Error{m_problem->message};
    return {};
}

Result<QString> TemplateRenderer::renderPlain(const TemplateValues& values) const {
    if (m_problem)
        return Error{m_problem->message};
    QString out;
    render(*m_nodes, values, out);
    return DraftText::tidy(out);
}

Result<QString> TemplateRenderer::renderHtml(const TemplateValues& values) const {
    auto plain = renderPlain(values);
    if (!plain)
        return plain.error();
    return DraftText::toHtml(*plain);
}

Result<QString> TemplateRenderer::renderLine(const TemplateValues& values) const {
    auto plain = renderPlain(values);
    if (!plain)
        return plain.error();
    return plain->simplified();
}

Result<QString> TemplateRenderer::renderPlain(const QString& text, const TemplateValues& values) {
    return TemplateRenderer(text).renderPlain(values);
}

} // namespace debrief

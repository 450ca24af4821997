#pragma once

#include "TemplateNode.h"
#include "TemplateProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace debrief::drafting {

/// Turns template text into nodes, checking every name against
/// TemplateFields. A line that holds nothing but section tags ({{#if}},
/// {{else}}, {{/if}}, comments) disappears from the output together with its
/// line break, so sections can sit on lines of their own. Internal to the
/// drafting code; TemplateRenderer is the public face.
class TemplateParser {
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    struct Outcome {
        std::vector<TemplateNode> nodes;
        std::optional<TemplateProblem> problem;
    };

    /// `firstLine` is the line of the file the text starts on; `sourceName`
    /// (may be empty) names the file in messages.
    static Outcome parse(const QString& text, int firstLine = 1, const QString& sourceName = {});

private:
    enum class TagKind { Value, If, Unless, Else, EndIf, EndUnless, Comment };

    struct Token {
        bool isTag = false;
        /// Literal text, or the tag's field name.
        QString text;
        QString fallback;
        TagKind kind = TagKind::Value;
        int line = 0;
        int column = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    struct Section {
        TemplateNode node;
        Token opening;
        bool inElse = false;
    };

    TemplateParser(const QString& text, int firstLine, const QString& sourceName);

    bool tokenize();
    bool tokenizeLine(qsizetype start, qsizetype end, int line);
    bool classify(Token& tag, QStringView content);
    bool build();
    bool addToken(const Token& token, QList<Section>& open);
    std::vector<TemplateNode>& target(QList<Section>& open);
    bool fail(const Token& where, const QString& message);

    static bool isBlockTag(const Token& token);
    static QString opener(const Token& token);

    const QString& m_text;
    int m_firstLine;
    QString m_sourceName;
    QList<Token> m_tokens;
    Outcome m_outcome;
};

} // namespace debrief::drafting

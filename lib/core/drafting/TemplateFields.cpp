#include "TemplateFields.h"

#include <QHash>

namespace debrief {
namespace {

// Names only; the descriptions are translated when asked for.
constexpr const char16_t* kTextNames[] = {
    u"candidate.firstName", u"candidate.fullName", u"opening.title", u"opening.team",
    u"stage.reached",       u"sender.name",        u"sender.role",   u"date.today",
    u"date.applied",        u"date.lastInterview", u"strengths",     u"decidingFactor",
};

constexpr const char16_t* kFlagNames[] = {
    u"talentPool", u"shareDecidingFactor", u"feedbackOffered", u"hasStrengths", u"isFinalist",
};

QString describe(const QString& name) {
    using T = TemplateFields;
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("candidate.firstName"),
         QT_TRANSLATE_NOOP("TemplateFields", "How the candidate likes to be addressed: the "
                                             "preferred name, else the first word of the full "
                                             "name.")},
        {QStringLiteral("candidate.fullName"),
         QT_TRANSLATE_NOOP("TemplateFields", "The candidate's full name.")},
        {QStringLiteral("opening.title"),
         QT_TRANSLATE_NOOP("TemplateFields", "The opening's job title.")},
        {QStringLiteral("opening.team"),
         QT_TRANSLATE_NOOP("TemplateFields", "The team the opening is in (may be empty).")},
        {QStringLiteral("stage.reached"),
         QT_TRANSLATE_NOOP("TemplateFields", "The furthest stage the candidate reached, in the "
                                             "template's language.")},
        {QStringLiteral("sender.name"),
         QT_TRANSLATE_NOOP("TemplateFields", "Who signs the message: the hiring manager for a "
                                             "finalist, else the panel lead.")},
        {QStringLiteral("sender.role"),
         QT_TRANSLATE_NOOP("TemplateFields", "The sender's role (may be empty).")},
        {QStringLiteral("date.today"),
         QT_TRANSLATE_NOOP("TemplateFields", "Today's date, written for the template's "
                                             "language.")},
        {QStringLiteral("date.applied"),
         QT_TRANSLATE_NOOP("TemplateFields", "The date the candidate applied (may be empty).")},
        {QStringLiteral("date.lastInterview"),
         QT_TRANSLATE_NOOP("TemplateFields", "The date of the candidate's last interview (may be "
                                             "empty).")},
        {QStringLiteral("strengths"),
         QT_TRANSLATE_NOOP("TemplateFields", "A paragraph naming the candidate's strongest "
                                             "criteria from the submitted scorecards, as the "
                                             "sender accepted or edited it.")},
        {QStringLiteral("decidingFactor"),
         QT_TRANSLATE_NOOP("TemplateFields", "The criteria that decided between the finalists; "
                                             "filled only when the decision record allows "
                                             "sharing them.")},
        {QStringLiteral("talentPool"),
         QT_TRANSLATE_NOOP("TemplateFields", "The panel marked the candidate for the talent "
                                             "pool: only then may the message mention future "
                                             "openings.")},
        {QStringLiteral("shareDecidingFactor"),
         QT_TRANSLATE_NOOP("TemplateFields", "The decision record allows telling this finalist "
                                             "what decided it.")},
        {QStringLiteral("feedbackOffered"),
         QT_TRANSLATE_NOOP("TemplateFields", "The sender offers a call to talk about the "
                                             "decision.")},
        {QStringLiteral("hasStrengths"),
         QT_TRANSLATE_NOOP("TemplateFields", "The strengths paragraph is not empty.")},
        {QStringLiteral("isFinalist"),
         QT_TRANSLATE_NOOP("TemplateFields", "The candidate reached the final round.")},
    };
    return T::tr(texts.value(name));
}

QStringList names(const auto& list) {
    QStringList out;
    for (const char16_t* name : list)
        out.append(QString::fromUtf16(name));
    return out;
}

} // namespace

QList<TemplateField> TemplateFields::all() {
    QList<TemplateField> fields;
    for (const QString& name : textNames())
        fields.append({name, TemplateFieldKind::Text, describe(name)});
    for (const QString& name : flagNames())
        fields.append({name, TemplateFieldKind::Flag, describe(name)});
    return fields;
}

QStringList TemplateFields::textNames() {
    return names(kTextNames);
}

QStringList TemplateFields::flagNames() {
    return names(kFlagNames);
}

bool TemplateFields::isText(const QString& name) {
    return textNames().contains(name);
}

bool TemplateFields::isFlag(const QString& name) {
    return flagNames().contains(name);
}

QString TemplateFields::neutralFallback(const QString& name) {
    // Template content, not interface text: each language's data file
    // (templates/<lang>/language.txt) gives its own words for these.
    static const QHash<QString, QString> words = {
        {QStringLiteral("candidate.firstName"), QStringLiteral("there")},
        {QStringLiteral("candidate.fullName"), QStringLiteral("there")},
        {QStringLiteral("opening.title"), QStringLiteral("this role")},
        {QStringLiteral("opening.team"), QStringLiteral("our team")},
        {QStringLiteral("stage.reached"), QStringLiteral("our selection process")},
        {QStringLiteral("sender.name"), QStringLiteral("The hiring team")},
        {QStringLiteral("sender.role"), QStringLiteral("Hiring team")},
        {QStringLiteral("date.today"), QStringLiteral("today")},
        {QStringLiteral("date.applied"), QStringLiteral("recently")},
        {QStringLiteral("date.lastInterview"), QStringLiteral("recently")},
        {QStringLiteral("strengths"),
         QStringLiteral("We valued the time and thought you gave to every conversation.")},
        {QStringLiteral("decidingFactor"), QStringLiteral("the needs of the role")},
    };
    return words.value(name, QStringLiteral("…"));
}

} // namespace debrief

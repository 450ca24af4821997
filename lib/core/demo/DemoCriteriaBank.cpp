#include "DemoCriteriaBank.h"

#include "DemoRandom.h"

namespace debrief::demo {
namespace {

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// Openers take the topic as %1; the criterion's own detail follows after a
// semicolon, so each note pairs a concrete situation with what was seen.
const QStringList& openers(EvidenceTone tone) {
    static const QStringList strong = {
        QStringLiteral("Walked through %1 unprompted"),
        QStringLiteral("Gave a concrete, well-structured account of %1"),
        QStringLiteral("Went deep on %1 and anticipated the follow-ups"),
        QStringLiteral("Used %1 as their example and was precise about their own part"),
    };
    static const QStringList middling = {
        QStringLiteral("Covered %1 once prompted"),
        QStringLiteral("Talked through %1 at a reasonable level"),
        QStringLiteral("Gave a plausible answer on %1 but stayed fairly general"),
    };
    static const QStringList weak = {
        QStringLiteral("Struggled to explain %1"),
        QStringLiteral("Stayed vague on %1 even after two follow-ups"),
        QStringLiteral("Could not give a concrete example around %1"),
    };
    switch (tone) {
    case EvidenceTone::Strong:
        return strong;
    case EvidenceTone::Middling:
        return middling;
    case EvidenceTone::Weak:
        break;
    }
    return weak;
}

const QStringList& afterthoughts(EvidenceTone tone) {
    static const QStringList strong = {
        QStringLiteral("Clear signal for this level."),
        QStringLiteral("One of the better answers I have heard on this."),
    };
    static const QStringList middling = {
        QStringLiteral("Worth probing further in the next round."),
        QStringLiteral("Meets the bar, not more."),
    };
    static const QStringList weak = {
        QStringLiteral("A real gap for this role."),
        QStringLiteral("Would need significant support here."),
    };
    switch (tone) {
    case EvidenceTone::Strong:
        return strong;
    case EvidenceTone::Middling:
        return middling;
    case EvidenceTone::Weak:
        break;
    }
    return weak;
}

const std::array<const char*, 2>& details(const DemoCriterionText& t, EvidenceTone tone) {
    switch (tone) {
    case EvidenceTone::Strong:
        return t.strong;
    case EvidenceTone::Middling:
        return t.middling;
    case EvidenceTone::Weak:
        break;
    }
    return t.weak;
}

} // namespace

const DemoCriterionText* DemoCriteriaBank::find(const QString& key) {
    for (const auto* table : {&engineeringCriteria(), &peopleCriteria()}) {
        for (const DemoCriterionText& t : *table) {
            if (key == QLatin1String(t.key))
                return &t;
        }
    }
    return nullptr;
}

Criterion DemoCriteriaBank::makeCriterion(const DemoCriterionText& t, int scaleSize, double weight,
                                          DemoRandom& random) {
    Criterion c;
    c.uuid = random.uuid();
    c.name = text(t.name);
    c.description = text(t.description);
    c.weight = weight;
    c.scaleSize = scaleSize;
    for (int level = 0; level < 5; ++level) {
        if (scaleSize == 4 && level == 2)
            continue; // four levels: no neutral middle
        c.anchors.append(text(t.anchors.at(std::size_t(level))));
    }
    return c;
}

QString DemoCriteriaBank::evidence(const DemoCriterionText& t, EvidenceTone tone,
                                   DemoRandom& random) {
    const QString topic = text(t.topics.at(std::size_t(random.between(0, 2))));
    const QString detail = text(details(t, tone).at(std::size_t(random.between(0, 1))));
    QString note = random.pick(openers(tone)).arg(topic) + QStringLiteral("; ") + detail;
    if (random.chance(0.3))
        note += QLatin1Char(' ') + random.pick(afterthoughts(tone));
    return note;
}

QString DemoCriteriaBank::notAssessedNote(DemoRandom& random) {
    static const QStringList notes = {
        QStringLiteral("Not assessed: we ran out of time before this part."),
        QStringLiteral("Not assessed: the conversation went elsewhere; leaving it to the other "
                       "round."),
        QStringLiteral("Not assessed: no relevant example came up."),
    };
    return random.pick(notes);
}

} // namespace debrief::demo

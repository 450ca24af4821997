#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace debrief::demo {

/// The single source of chance for the demo data: everything, UUIDs
/// included, comes from one seeded generator, so a seed and a date always
/// give the same database.
class DemoRandom {
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed) {}

    /// A whole number in [low, high], both included.
    int between(int low, int high);
    /// A number in [0, 1).
    double unit();
    /// A number in [low, high).
    double real(double low, double high);
    bool chance(double probability);
    /// A version-4 UUID whose random bits come from the seed.
    QUuid uuid();

    template <typename T> const T& pick(const QList<T>& items) {
        return items.at(between(0, int(items.size()) - 1));
    }

    /// Shuffles in place (Fisher-Yates), so the order too is reproducible.
    template <typename T> void shuffle(QList<T>& items) {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, int(i)));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace debrief::demo

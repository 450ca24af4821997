#include "RecordUuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace debrief {
namespace {

constexpr quint16 kCounterMax = 0x0fff;

/// The last time and counter handed out: a later uuid takes a later time,
/// or the same time with the next counter.
struct Clock {
    QMutex mutex;
    qint64 msecs = 0;
    quint16 counter = 0;
};

Clock& clock() {
    static Clock shared;
    return shared;
}

} // namespace

QUuid RecordUuid::fromParts(qint64 msecsSinceEpoch, quint16 counter, quint64 random) {
    std::array<uchar, 16> bytes{};
    const quint64 msecs = quint64(msecsSinceEpoch) & 0xffff'ffff'ffffULL;
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = uchar(msecs >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | ((counter >> 8) & 0x0f)); // version 7
    bytes[7] = uchar(counter & 0xff);
    bytes[8] = uchar(0x80 | ((random >> 56) & 0x3f)); // variant 10
    for (int i = 9; i < 16; ++i)
        bytes[std::size_t(i)] = uchar(random >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

QUuid RecordUuid::create() {
    Clock& shared = clock();
    qint64 msecs = 0;
    quint16 counter = 0;
    {
        const QMutexLocker lock(&shared.mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now > shared.msecs) {
            // A fresh start in the lower half, so that the uuids of one
            // millisecond have room to count up.
            shared.msecs = now;
            shared.counter = quint16(QRandomGenerator::global()->bounded(kCounterMax / 2));
        } else if (shared.counter < kCounterMax) {
            ++shared.counter;
        } else {
            // More than the counter holds in one millisecond (or the clock
            // went back): borrow the next millisecond.
            ++shared.msecs;
            shared.counter = 0;
        }
        msecs = shared.msecs;
        counter = shared.counter;
    }
    return fromParts(msecs, counter, QRandomGenerator::global()->generate64());
}

} // namespace debrief

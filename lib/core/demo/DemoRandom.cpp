#include "DemoRandom.h"

namespace debrief::demo {

int DemoRandom::between(int low, int high) {
    if (high <= low)
        return low;
    return m_generator.bounded(low, high + 1);
}

double DemoRandom::unit() {
    return m_generator.generateDouble();
}

double DemoRandom::real(double low, double high) {
    return low + (high - low) * unit();
}

bool DemoRandom::chance(double probability) {
    return unit() < probability;
}

QUuid DemoRandom::uuid() {
    const quint32 a = m_generator.generate();
    const quint32 b = m_generator.generate();
    const quint32 c = m_generator.generate();
    const quint32 d = m_generator.generate();
    const auto byte = [](quint32 word, int index) {
        return uchar((word >> (8 * index)) & 0xFF);
    };
    // RFC 4122: version 4 in the high nibble of the third group, variant 10xx
    // in the top bits of the fourth, so the result is a valid random UUID.
    const ushort w1 = ushort(b & 0xFFFF);
    const ushort w2 = ushort(((b >> 16) & 0x0FFF) | 0x4000);
    const uchar b1 = uchar((byte(c, 0) & 0x3F) | 0x80);
    return QUuid(a, w1, w2, b1, byte(c, 1), byte(c, 2), byte(c, 3), byte(d, 0), byte(d, 1),
                 byte(d, 2), byte(d, 3));
}

} // namespace debrief::demo

#include "DemoPeopleBank.h"

#include "DemoRandom.h"

#include <array>

namespace debrief::demo {
namespace {

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QStringList texts(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out.append(text(item));
    return out;
}

/// Given and family names that belong together; some cultures put the
/// family name first, and the greeting then uses the given name.
struct NameRegion {
    QStringList given;
    QStringList family;
    bool familyFirst = false;
};

const QList<NameRegion>& regions() {
    static const QList<NameRegion> all = {
        {texts({"Aoife", "Ciarán", "Siobhán", "Niamh", "Oisín", "Saoirse", "Pádraig"}),
         texts({"Ní Bhriain", "Ó Súilleabháin", "Byrne", "Mac Giolla", "Kavanagh", "Ó Dónaill"})},
        {texts({"Łukasz", "Małgorzata", "Zofia", "Wojciech", "Agnieszka", "Paweł", "Bartłomiej"}),
         texts({"Nowak", "Wiśniewska", "Kowalczyk", "Zieliński", "Dąbrowska", "Wójcik"})},
        {texts({"Miguel Ángel", "Lucía", "Álvaro", "Inés", "Sofía", "Joaquín", "Begoña"}),
         texts({"Ortega", "García Núñez", "Muñoz", "Ibáñez", "Peña", "Sánchez Ruiz"})},
        {texts({"Zoë", "Jürgen", "Anneliese", "Lukas", "Jörg", "Mareike", "Björn"}),
         texts({"Brandt", "Schäfer", "Müller", "Groß", "Köhler", "Weiß"})},
        // The middle name (Thị, Văn) goes with the given name; people are
        // greeted by the last part of it.
        {texts({"Thị Lan", "Văn Minh", "Thị Thảo", "Văn Quang", "Thị Hương", "Văn Tuấn"}),
         texts({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"}), true},
        {texts({"Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tobenna"}),
         texts({"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu"})},
        {texts({"Priyanka", "Arjun", "Lakshmi", "Rohan", "Ananya", "Vikram"}),
         texts({"Iyer", "Sharma", "Venkataraman", "Bhattacharya", "Menon", "Reddy"})},
        {texts({"Sigrún", "Åsa", "Håkon", "Linnéa", "Søren", "Eirik"}),
         texts({"Bergström", "Ødegård", "Lindström", "Sørensen", "Åberg", "Hägglund"})},
        {texts({"Hélène", "Théo", "Maëlle", "François", "Amélie", "Noël"}),
         texts({"Lefèvre", "Girard", "Moreau", "Dubois", "Rousseau", "Bénard"})},
        {texts({"João", "Conceição", "Sebastião", "Luíza", "Caio", "Thaís"}),
         texts({"Gonçalves", "Araújo", "Magalhães", "Simões", "Brandão", "Loureiro"})},
        {texts({"Yasmin", "Karim", "Layla", "Omar", "Nour", "Tariq"}),
         texts({"Haddad", "El-Amin", "Mansour", "Khoury", "Saleh", "Farouk"})},
        {texts({"Haruto", "Yui", "Sōta", "Aiko", "Ren", "Hinata"}),
         texts({"Tanaka", "Yamamoto", "Satō", "Kobayashi", "Itō", "Watanabe"})},
        {texts({"Elif", "Can", "Zeynep", "Barış", "Çağla", "Emre"}),
         texts({"Yılmaz", "Öztürk", "Şahin", "Kılıç", "Doğan", "Aydın"})},
        {texts({"Wei", "Xinyi", "Jun", "Mei", "Hao", "Yuting"}),
         texts({"Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"})},
        {texts({"Marcus", "Keisha", "Dylan", "Grace", "Tyrone", "Emily"}),
         texts({"Johnson", "O'Neill", "Washington", "Fitzgerald", "Brooks", "Patel"})},
        {texts({"Dimitra", "Nikos", "Eleni", "Giorgos", "Katerina", "Stavros"}),
         texts(
             {"Papadopoulou", "Georgiou", "Karamanlis", "Nikolaidis", "Vlachou", "Christodoulou"})},
    };
    return all;
}

const QStringList& locations() {
    static const QStringList all =
        texts({"Berlin",     "Dublin",    "Lisbon",      "Kraków",       "Amsterdam",
               "Manchester", "Barcelona", "Remote (EU)", "Remote (UK)",  "München",
               "Göteborg",   "Lyon",      "Porto",       "Thessaloniki", "Cork",
               "Wrocław",    "Valencia",  "Leeds",       "Tallinn",      "Zürich"});
    return all;
}

const QStringList& sources() {
    static const QStringList all =
        texts({"Careers page", "Careers page", "LinkedIn", "Referral", "Job board",
               "Conference meet-up", "Recruitment agency", "Returner programme"});
    return all;
}

QString foldToAscii(const QString& name) {
    // NFKD splits "é" into "e" + accent; a few letters have no decomposition.
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128) {
            if (c.isLetter())
                out.append(c.toLower());
            continue;
        }
        switch (c.unicode()) {
        case 0x0141: // Ł
        case 0x0142: // ł
            out.append(QLatin1Char('l'));
            break;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            out.append(QLatin1Char('o'));
            break;
        case 0x0110: // Đ
        case 0x0111: // đ
            out.append(QLatin1Char('d'));
            break;
        case 0x0131: // dotless ı
            out.append(QLatin1Char('i'));
            break;
        case 0x00DF: // ß
            out.append(QLatin1String("ss"));
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace

DemoPeopleBank::Name DemoPeopleBank::drawName(DemoRandom& random) const {
    const NameRegion& region = random.pick(regions());
    Name name{random.pick(region.given), random.pick(region.family), {}, region.familyFirst};
    name.full = region.familyFirst ? name.family + QLatin1Char(' ') + name.given
                                   : name.given + QLatin1Char(' ') + name.family;
    return name;
}

DemoPerson DemoPeopleBank::candidate(DemoRandom& random, int serial) {
    Name name = drawName(random);
    // Small demos want every name once; the pool is large enough for that.
    for (int attempt = 0; serial == 0 && attempt < 50 && m_used.contains(name.full); ++attempt)
        name = drawName(random);
    m_used.insert(name.full);
    const QString domain =
        random.chance(0.5) ? QStringLiteral("example.com") : QStringLiteral("example.org");
    DemoPerson person;
    person.fullName = name.full;
    person.preferredName =
        name.given.section(QLatin1Char(' '), name.familyFirst ? -1 : 0, name.familyFirst ? -1 : 0);
    person.email = emailFor(person.preferredName, name.family, domain, serial);
    person.phone = fictionalPhone(random);
    person.location = location(random);
    return person;
}

DemoPerson DemoPeopleBank::named(DemoRandom& random, const QString& given, const QString& family,
                                 bool familyFirst) {
    DemoPerson person;
    person.fullName =
        familyFirst ? family + QLatin1Char(' ') + given : given + QLatin1Char(' ') + family;
    m_used.insert(person.fullName);
    person.preferredName = given.section(QLatin1Char(' '), 0, 0);
    person.email = emailFor(given, family, QStringLiteral("example.com"));
    person.phone = fictionalPhone(random);
    person.location = location(random);
    return person;
}

QString DemoPeopleBank::anyName(DemoRandom& random) {
    return drawName(random).full;
}

QString DemoPeopleBank::source(DemoRandom& random) const {
    return random.pick(sources());
}

QString DemoPeopleBank::location(DemoRandom& random) const {
    return random.pick(locations());
}

QString DemoPeopleBank::fictionalPhone(DemoRandom& random) {
    // Ofcom's drama ranges (UK) and the NANP 555-0100..0199 block.
    switch (random.between(0, 2)) {
    case 0:
        return QStringLiteral("+44 7700 900%1")
            .arg(random.between(0, 999), 3, 10, QLatin1Char('0'));
    case 1:
        return QStringLiteral("+44 20 7946 0%1")
            .arg(random.between(0, 999), 3, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("+1 %1-555-01%2")
            .arg(random.pick(QList<int>{202, 312, 415, 617, 718}))
            .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
    }
}

QString DemoPeopleBank::emailFor(const QString& given, const QString& family, const QString& domain,
                                 int serial) {
    // "lan.nguyen" and "lucia.garcia", but "aoife.nibhriain": a short
    // particle (Ní, Ó, Mac) belongs to the rest of the family name.
    const QString firstWord = family.section(QLatin1Char(' '), 0, 0);
    const QString familyPart = firstWord.size() <= 3 ? family : firstWord;
    QString local = foldToAscii(given.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('.') +
                    foldToAscii(familyPart);
    if (serial > 0)
        local += QString::number(serial);
    return local + QLatin1Char('@') + domain;
}

} // namespace debrief::demo

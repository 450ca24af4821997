// MailtoLink: RFC 6068 encoding, read back by splitting and percent-
// decoding the bytes here (not through QUrlQuery), and the length limit:
// where the body is cut and that the cut is the longest that fits.
#include "correspondence/MailtoLink.h"

#include <QTest>

using namespace debrief;

namespace {

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

/// The link's fields, decoded independently of the code under test.
struct DecodedLink {
    QString to;
    QString subject;
    QString body;
};

DecodedLink decode(const QByteArray& encoded) {
    DecodedLink link;
    QByteArray rest = encoded.mid(int(qstrlen("mailto:")));
    const qsizetype question = rest.indexOf('?');
    link.to = QString::fromUtf8(QByteArray::fromPercentEncoding(rest.left(question)));
    if (question < 0)
        return link;
    for (const QByteArray& field : rest.mid(question + 1).split('&')) {
        const QString value =
            QString::fromUtf8(QByteArray::fromPercentEncoding(field.mid(field.indexOf('=') + 1)));
        if (field.startsWith("subject="))
            link.subject = value;
        else if (field.startsWith("body="))
            link.body = value;
    }
    return link;
}

/// Only unreserved characters and the link's own delimiters are left
/// unencoded.
bool onlySafeCharacters(const QByteArray& encoded) {
    for (char c : encoded) {
        const bool safe = QByteArrayView("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789-._~%:@?=&")
                              .contains(c);
        if (!safe)
            return false;
    }
    return true;
}

EmailMessage message(const QString& body) {
    EmailMessage m;
    m.toName = utf8("Zoë Brandt");
    m.toAddress = QStringLiteral("zoe.brandt@example.org");
    m.subject = utf8("Your application – thank you, Zoë");
    m.plainBody = body;
    return m;
}

/// `count` paragraphs of about `size` characters, with accents.
QStringList paragraphs(int count, int size) {
    QStringList list;
    for (int p = 0; p < count; ++p) {
        QString text = QStringLiteral("Paragraph %1:").arg(p + 1);
        while (text.size() < size)
            text += utf8(" Zoë gave a clear, thoughtful answer to the café scenario");
        list.append(text + QLatin1Char('.'));
    }
    return list;
}

} // namespace

class TestMailtoLink : public QObject {
    Q_OBJECT

private slots:
    void shortMessageIsEncodedWhole() {
        const QString body = utf8("Dear Zoë,\n\nthank you & good luck: 100% + more?\nMiguel Ángel");
        const MailtoResult r = MailtoLink::build(message(body));
        QVERIFY(!r.truncated);
        QVERIFY(!r.tooLong);
        QVERIFY(r.url.isValid());
        QCOMPARE(r.url.scheme(), QStringLiteral("mailto"));
        QVERIFY(onlySafeCharacters(r.encoded));
        // Line breaks are CRLF (%0D%0A), spaces %20 (never "+").
        QVERIFY(
            r.encoded.contains("%0D%0A%0D%0Athank%20you%20%26%20good%20luck%3A%20100%25%20%2B"));
        QVERIFY(!r.encoded.contains('+'));
        const DecodedLink link = decode(r.encoded);
        QCOMPARE(link.to, QStringLiteral("zoe.brandt@example.org"));
        QCOMPARE(link.subject, utf8("Your application – thank you, Zoë"));
        QCOMPARE(link.body, QString(body).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
        // QUrl hands the mail client exactly these bytes.
        QCOMPARE(r.url.toEncoded(), r.encoded);
    }

    void addressIsEncodedAndDomainPunycoded() {
        EmailMessage m = message(QStringLiteral("Hi"));
        m.toAddress = utf8("o'brien+jobs@exämple.org");
        const MailtoResult r = MailtoLink::build(m);
        QVERIFY2(r.encoded.startsWith("mailto:o%27brien%2Bjobs@xn--exmple-cua.org?"),
                 r.encoded.constData());
    }

    void longBodyIsCutAtAParagraph() {
        // Three paragraphs of ~700 characters: the link is about 2,600
        // bytes with the accents encoded, so at most two fit in 2,000.
        const QStringList parts = paragraphs(3, 700);
        const QString body = parts.join(QStringLiteral("\n\n"));
        const MailtoResult r = MailtoLink::build(message(body), 2000);
        QVERIFY(r.truncated);
        QVERIFY(!r.tooLong);
        QVERIFY2(r.encoded.size() <= 2000, qPrintable(QString::number(r.encoded.size())));
        const QString note = QStringLiteral("\r\n\r\n") + MailtoLink::truncationNote();
        const QString decoded = decode(r.encoded).body;
        QVERIFY(decoded.endsWith(note));
        const QString kept = decoded.chopped(note.size());
        // Whole paragraphs only, and as many as fit: one more would not.
        int whole = 0;
        while (whole < parts.size() &&
               kept != parts.mid(0, whole + 1).join(QStringLiteral("\r\n\r\n")))
            ++whole;
        QVERIFY2(whole < parts.size(), qPrintable(kept.right(80)));
        const QString oneMore = parts.mid(0, whole + 2).join(QStringLiteral("\n\n")) +
                                QStringLiteral("\n\n") + MailtoLink::truncationNote();
        QVERIFY(MailtoLink::build(message(oneMore), 100000).encoded.size() > 2000);
    }

    void oneLongParagraphIsCutAtAWord() {
        const QString body = paragraphs(1, 3000).constFirst();
        const MailtoResult r = MailtoLink::build(message(body), 1500);
        QVERIFY(r.truncated);
        QVERIFY(r.encoded.size() <= 1500);
        const QString note = QStringLiteral("\r\n\r\n") + MailtoLink::truncationNote();
        const QString kept = decode(r.encoded).body.chopped(note.size());
        QVERIFY(kept.size() > 100);
        QVERIFY(body.startsWith(kept));
        // The cut falls before a space: no word is split.
        QCOMPARE(body.at(kept.size()), QLatin1Char(' '));
        QVERIFY(!kept.endsWith(QLatin1Char(' ')));
        // The next word would not have fitted.
        const qsizetype nextSpace = body.indexOf(QLatin1Char(' '), kept.size() + 1);
        const QString longer =
            body.left(nextSpace) + QStringLiteral("\n\n") + MailtoLink::truncationNote();
        QVERIFY(MailtoLink::build(message(longer), 100000).encoded.size() > 1500);
    }

    void hugeSubjectIsShortenedOrReported() {
        EmailMessage m = message(QStringLiteral("Short body."));
        m.subject = paragraphs(1, 900).constFirst();
        const MailtoResult r = MailtoLink::build(m, 600);
        QVERIFY(r.truncated);
        QVERIFY(r.encoded.size() <= 600);
        const DecodedLink link = decode(r.encoded);
        QVERIFY(link.subject.endsWith(QChar(0x2026)));
        QVERIFY(m.subject.startsWith(link.subject.chopped(1)));
        QCOMPARE(link.body, MailtoLink::truncationNote());

        // An address alone longer than the limit cannot be helped.
        m.toAddress = QString(700, QLatin1Char('a')) + QStringLiteral("@example.org");
        QVERIFY(MailtoLink::build(m, 600).tooLong);
    }

    void exactlyAtTheLimitIsNotCut() {
        const EmailMessage m = message(QStringLiteral("Hello"));
        const int size = int(MailtoLink::build(m, 100000).encoded.size());
        QVERIFY(!MailtoLink::build(m, size).truncated);
        QVERIFY(MailtoLink::build(m, size - 1).truncated);
    }
};

QTEST_GUILESS_MAIN(TestMailtoLink)
#include "tst_mailtolink.moc"

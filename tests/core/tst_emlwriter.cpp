// EmlWriter checked by an independent reader: every message is written to
// a file and parsed by Python's e-mail package (tests/tools/check_eml.py,
// policy=default), and the parsed fields are compared with what was written.
// The raw bytes are checked here as well (CRLF only, line lengths).
#include "correspondence/EmlWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;

namespace {

const QDateTime kDate(QDate(2026, 11, 20), QTime(10, 15, 30), QTimeZone::utc());

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

/// A body with everything that trips up mail: accents, a line far longer
/// than 998 bytes, lines starting with "From " and ".", trailing blanks,
/// tabs, "=" signs, characters outside the BMP.
QString trickyBody(const QString& greeting) {
    QString longLine;
    while (longLine.size() < 1400)
        longLine += utf8("Ihre Fallstudie zur Zahlungsabwicklung war klar, gründlich und "
                         "überzeugend – genau so, wie wir es uns wünschen. ");
    return greeting + QStringLiteral("\n\n") + longLine.trimmed() + QStringLiteral("\n") +
           utf8("From the panel's notes: your system design was clear.\n"
                ".\n"
                ".leading dot\n"
                "Trailing blanks   \n"
                "Tabs\tinside\tthe line\t\n"
                "= signs =3D and == stay literal\n"
                "Café, naïve, Ångström, 日本語, 🎉\n"
                "\n"
                "Miguel Ángel Ortega\n");
}

EmailMessage finalRoundMessage() {
    EmailMessage m;
    m.fromName = utf8("Miguel Ángel Ortega");
    m.fromAddress = QStringLiteral("miguel.ortega@debrief.example");
    m.toName = utf8("Zoë Brandt");
    m.toAddress = QStringLiteral("zoe.brandt@example.org");
    m.subject =
        utf8("Ihre Bewerbung als Senior Backend Engineer bei Payments Platform – vielen "
             "Dank für Ihre Zeit, Zoë, und ein paar ehrliche Worte zu unserer Entscheidung");
    m.plainBody = trickyBody(utf8("Liebe Zoë,"));
    m.htmlBody = utf8("<p>Liebe Zoë,</p>\n<p>vielen Dank für Ihre Zeit &amp; Mühe.</p>");
    m.date = kDate;
    m.messageId = QStringLiteral("draft-42@debrief.example");
    return m;
}

/// What Python's e-mail package reads from `eml`.
QJsonObject parsedByPython(const QByteArray& eml, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size())
        return {};
    file.close();
    QProcess python;
    python.start(QStringLiteral(DEBRIEF_PYTHON), {QStringLiteral(DEBRIEF_CHECK_EML), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("check_eml.py failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

/// The text as a reader decodes it: CRLF line breaks (as in the file),
/// ending in one.
QString expectedText(QString text) {
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

QString firstName(const QJsonObject& parsed, const char* field) {
    return parsed.value(QLatin1String(field)).toArray().at(0).toObject().value(u"name").toString();
}

QString firstAddress(const QJsonObject& parsed, const char* field) {
    return parsed.value(QLatin1String(field))
        .toArray()
        .at(0)
        .toObject()
        .value(u"address")
        .toString();
}

} // namespace

class TestEmlWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QJsonObject parse(const QByteArray& eml) {
        return parsedByPython(eml, m_dir.filePath(QStringLiteral("m%1.eml").arg(++m_files)));
    }

    /// Facts both readers must agree on for every message we write.
    void checkCleanParse(const QJsonObject& parsed) {
        QVERIFY2(!parsed.isEmpty(), "Python could not read the message");
        const QJsonArray defects = parsed.value(u"defects").toArray();
        QVERIFY2(defects.isEmpty(), QJsonDocument(defects).toJson().constData());
        const QJsonObject lines = parsed.value(u"lines").toObject();
        QCOMPARE(lines.value(u"bare_lf").toInt(), 0);
        QCOMPARE(lines.value(u"bare_cr").toInt(), 0);
        QVERIFY(lines.value(u"max_length").toInt() <= 998);
        QVERIFY2(lines.value(u"max_header_length").toInt() <= 78,
                 qPrintable(QString::number(lines.value(u"max_header_length").toInt())));
        QCOMPARE(lines.value(u"eight_bit").toInt(), 0);
        QVERIFY(lines.value(u"ends_with_crlf").toBool());
        QCOMPARE(parsed.value(u"mime_version").toString(), QStringLiteral("1.0"));
    }

    /// Our own look at the bytes: CRLF only, header lines ≤ 78, body
    /// lines ≤ 76 (quoted-printable), no line a transport would alter.
    static void checkRawLines(const QByteArray& eml) {
        QVERIFY(eml.endsWith("\r\n"));
        for (qsizetype i = 0; i < eml.size(); ++i) {
            if (eml.at(i) == '\n')
                QVERIFY2(i > 0 && eml.at(i - 1) == '\r', "bare LF");
            if (eml.at(i) == '\r')
                QVERIFY2(i + 1 < eml.size() && eml.at(i + 1) == '\n', "bare CR");
        }
        QByteArrayList lines = eml.split('\n');
        lines.removeLast();
        bool inHeaders = true;
        for (QByteArray line : lines) {
            line.chop(1); // the CR
            if (line.isEmpty())
                inHeaders = false;
            QVERIFY2(line.size() <= (inHeaders ? 78 : 76), line.constData());
            QVERIFY2(!line.startsWith("From ") && !line.startsWith('.'), line.constData());
            for (char c : line)
                QVERIFY2(c == '\t' || (uchar(c) >= 32 && uchar(c) < 127), line.constData());
        }
    }

private slots:
    void initTestCase() {
        if (QByteArray(DEBRIEF_PYTHON).isEmpty())
            QFAIL("No Python 3 interpreter was found at configure time; scripts/setup.sh installs "
                  "python3.");
    }

    void multipartMessageReadsBackFieldByField() {
        const EmailMessage m = finalRoundMessage();
        const QByteArray eml = EmlWriter::write(m);
        checkRawLines(eml);
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QCOMPARE(parsed.value(u"subject").toString(), m.subject);
        QCOMPARE(firstName(parsed, "to_addresses"), m.toName);
        QCOMPARE(firstAddress(parsed, "to_addresses"), m.toAddress);
        QCOMPARE(firstName(parsed, "from_addresses"), m.fromName);
        QCOMPARE(firstAddress(parsed, "from_addresses"), m.fromAddress);
        QCOMPARE(QDateTime::fromString(parsed.value(u"date").toString(), Qt::ISODate), kDate);
        QCOMPARE(parsed.value(u"message_id").toString(),
                 QStringLiteral("<draft-42@debrief.example>"));
        QCOMPARE(parsed.value(u"content_type").toString(), QStringLiteral("multipart/alternative"));
        const QJsonArray parts = parsed.value(u"parts").toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].toObject().value(u"content_type").toString(),
                 QStringLiteral("text/plain"));
        QCOMPARE(parts[1].toObject().value(u"content_type").toString(),
                 QStringLiteral("text/html"));
        for (const QJsonValue& part : parts) {
            QCOMPARE(part.toObject().value(u"charset").toString(), QStringLiteral("utf-8"));
            QCOMPARE(part.toObject().value(u"transfer_encoding").toString(),
                     QStringLiteral("quoted-printable"));
        }
        // Line by line first, so a failure names the line.
        QCOMPARE(parsed.value(u"plain").toString().split(QStringLiteral("\r\n")),
                 expectedText(m.plainBody).split(QStringLiteral("\r\n")));
        QCOMPARE(parsed.value(u"plain").toString(), expectedText(m.plainBody));
        const QString html = parsed.value(u"html").toString();
        QVERIFY2(html.contains(expectedText(m.htmlBody)), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    }

    void longSubjectsAreFoldedAndEncoded() {
        // The subject needs several encoded-words; none may pass 75
        // characters and no header line 78.
        const QByteArray eml = EmlWriter::write(finalRoundMessage());
        const qsizetype end = eml.indexOf("\r\n\r\n");
        const QByteArray headers = eml.left(end);
        static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?Q\\?[^?]*\\?="));
        int words = 0;
        for (auto it = word.globalMatch(QString::fromLatin1(headers)); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(found.size() <= 75, qPrintable(found));
            ++words;
        }
        QVERIFY2(words >= 4, qPrintable(QString::fromLatin1(headers)));
        QVERIFY(headers.contains("\r\nSubject: =?UTF-8?Q?Ihre_Bewerbung"));
    }

    void namesAndSubjects_data() {
        QTest::addColumn<QString>("toName");
        QTest::addColumn<QString>("toAddress");
        QTest::addColumn<QString>("expectedAddress");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("subject");
        QTest::newRow("accented given name")
            << utf8("Aoife Ní Bhriain") << QStringLiteral("aoife@example.ie")
            << QStringLiteral("aoife@example.ie") << QStringLiteral("Priya Raman")
            << QStringLiteral("Your application for Customer Support Lead: thank you, and an "
                              "honest word about how we decided between three strong finalists");
        QTest::newRow("comma and quotes in an accented name")
            << utf8("Côté-Dubois, Ségolène \"Ségo\"") << utf8("segolene@exämple.fr")
            << QStringLiteral("segolene@xn--exmple-cua.fr")
            << utf8("Ségolène Côté-Dubois de la Fontaine-Beauregard, Directrice des Opérations "
                    "Clients")
            << utf8("Votre candidature – merci, Ségolène");
        QTest::newRow("ASCII name that needs quoting")
            << QStringLiteral("O'Brien, Pat (Patricia)") << QStringLiteral("pat@example.com")
            << QStringLiteral("pat@example.com") << QStringLiteral("Jonas \"JL\" Lindqvist")
            << QStringLiteral("Re: =?not-an-encoded-word?= taken literally");
        QTest::newRow("emoji and a very long word")
            << utf8("Miguel Ángel Ortega") << QStringLiteral("miguel@example.es")
            << QStringLiteral("miguel@example.es") << utf8("Zoë Brandt")
            << utf8("Danke 🎉 ") + QString(90, QLatin1Char('a'));
    }

    void namesAndSubjects() {
        QFETCH(QString, toName);
        QFETCH(QString, toAddress);
        QFETCH(QString, expectedAddress);
        QFETCH(QString, fromName);
        QFETCH(QString, subject);
        EmailMessage m;
        m.toName = toName;
        m.toAddress = toAddress;
        m.fromName = fromName;
        m.fromAddress = QStringLiteral("panel@debrief.example");
        m.subject = subject;
        m.plainBody = trickyBody(QStringLiteral("Hello,"));
        m.date = kDate;
        m.messageId = QStringLiteral("<x1@debrief.example>");
        const QByteArray eml = EmlWriter::write(m);
        checkRawLines(eml);
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QCOMPARE(parsed.value(u"subject").toString(), subject.simplified());
        QCOMPARE(firstName(parsed, "to_addresses"), toName);
        QCOMPARE(firstAddress(parsed, "to_addresses"), expectedAddress);
        QCOMPARE(firstName(parsed, "from_addresses"), fromName);
        QCOMPARE(parsed.value(u"content_type").toString(), QStringLiteral("text/plain"));
        QCOMPARE(parsed.value(u"parts").toArray().size(), 1);
        QCOMPARE(parsed.value(u"parts").toArray()[0].toObject().value(u"charset").toString(),
                 QStringLiteral("utf-8"));
        QCOMPARE(parsed.value(u"plain").toString(), expectedText(m.plainBody));
        QVERIFY(parsed.value(u"html").isNull());
    }

    void lineEndingsOfAnyKindBecomeCrlf() {
        EmailMessage m = finalRoundMessage();
        m.htmlBody.clear();
        m.plainBody = QStringLiteral("Windows\r\nline\rold Mac\nUnix\n\nend");
        const QByteArray eml = EmlWriter::write(m);
        checkRawLines(eml);
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QCOMPARE(parsed.value(u"plain").toString(),
                 QStringLiteral("Windows\r\nline\r\nold Mac\r\nUnix\r\n\r\nend\r\n"));
    }

    void dateKeepsItsOffset() {
        EmailMessage m = finalRoundMessage();
        m.date = QDateTime(QDate(2026, 3, 1), QTime(23, 5, 0), QTimeZone(-(4 * 3600 + 1800)));
        const QByteArray eml = EmlWriter::write(m);
        QVERIFY2(eml.startsWith("Date: Sun, 1 Mar 2026 23:05:00 -0430\r\n"),
                 eml.left(60).constData());
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QCOMPARE(parsed.value(u"date").toString(), QStringLiteral("2026-03-01T23:05:00-04:30"));
    }

    void missingIdIsMadeUpAndEmptyFromIsLeftOut() {
        EmailMessage m = finalRoundMessage();
        m.messageId.clear();
        QByteArray eml = EmlWriter::write(m);
        static const QRegularExpression id(
            QStringLiteral("\r\nMessage-ID: <[0-9a-f-]{36}@debrief\\.example>\r\n"));
        QVERIFY2(id.match(QString::fromLatin1(eml)).hasMatch(), eml.constData());

        m.fromAddress.clear();
        eml = EmlWriter::write(m);
        QVERIFY(!eml.contains("\r\nFrom:"));
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QVERIFY(parsed.value(u"from").isNull());
        QCOMPARE(firstName(parsed, "to_addresses"), m.toName);
    }

    void sameMessageSameBytes() {
        const EmailMessage m = finalRoundMessage();
        QCOMPARE(EmlWriter::write(m), EmlWriter::write(m));
        EmailMessage other = m;
        other.plainBody += QStringLiteral("P.S.");
        // Another body, another boundary.
        const auto boundary = [](const QByteArray& eml) {
            const qsizetype at = eml.indexOf("boundary=\"");
            return eml.mid(at, eml.indexOf('"', at + 10) - at);
        };
        QVERIFY(boundary(EmlWriter::write(m)) != boundary(EmlWriter::write(other)));
    }

    void headerInjectionIsImpossible() {
        EmailMessage m = finalRoundMessage();
        m.subject = QStringLiteral("Hello\r\nBcc: everyone@example.com");
        m.toAddress = QStringLiteral("zoe@example.org\r\nBcc: x@example.com");
        const QByteArray eml = EmlWriter::write(m);
        QVERIFY(!eml.contains("\r\nBcc:"));
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        QCOMPARE(parsed.value(u"subject").toString(),
                 QStringLiteral("Hello Bcc: everyone@example.com"));
    }

    void problemsNameTheField() {
        EmailMessage m = finalRoundMessage();
        QVERIFY(EmlWriter::problems(m).isEmpty());
        m.toAddress.clear();
        m.fromAddress = QStringLiteral("mei chen@example");
        const QStringList problems = EmlWriter::problems(m);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].startsWith(QStringLiteral("To:")));
        QVERIFY(problems[1].startsWith(QStringLiteral("From:")));
        // The address itself is personal data and stays out of the message.
        QVERIFY(!problems[1].contains(QStringLiteral("mei chen@example")));
        QVERIFY(EmlWriter::isPlausibleAddress(QStringLiteral("o'brien+jobs@example.co.uk")));
        QVERIFY(EmlWriter::isPlausibleAddress(utf8("segolene@exämple.fr")));
        QVERIFY(!EmlWriter::isPlausibleAddress(QStringLiteral("zoe@localhost")));
        QVERIFY(!EmlWriter::isPlausibleAddress(QStringLiteral("zoe..b@example.org")));
        QVERIFY(!EmlWriter::isPlausibleAddress(QStringLiteral("Zoë <zoe@example.org>")));
    }

    // Found by fuzz_emailheaders (tests/fuzz/corpus/emailheaders/
    // domain-without-ascii-form): a domain with a character IDNA refuses,
    // here the U+FFFD a misread file leaves, has no punycode form, so the
    // file held raw UTF-8 in its From header although problems() passed it.
    void domainWithoutAsciiFormIsAProblem() {
        EmailMessage m = finalRoundMessage();
        m.fromAddress = utf8("zoe@ex\xEF\xBF\xBDmple.org");
        QVERIFY(!EmlWriter::isPlausibleAddress(m.fromAddress));
        const QStringList problems = EmlWriter::problems(m);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].startsWith(QStringLiteral("From:")));
        // A domain that has a punycode form stays plausible and is written
        // in it.
        m.fromAddress = utf8("zoe@exämple.org");
        QVERIFY(EmlWriter::problems(m).isEmpty());
        QVERIFY(EmlWriter::write(m).contains("<zoe@xn--exmple-cua.org>"));
    }

    // Found by fuzz_emailheaders (tests/fuzz/corpus/emailheaders/
    // backslashes-in-name): a name word of 52 characters, 50 of them
    // backslashes, fitted a line as it is but not as the quoted string it
    // is written as (each backslash doubled: 104 characters, which cannot
    // be folded). Such a word is now an encoded-word.
    void backslashesInANameStayWithinTheLine() {
        EmailMessage m = finalRoundMessage();
        m.toName = QStringLiteral("Jean-Pierre (") + QString(50, QLatin1Char('\\')) +
                   QStringLiteral(") Dupont");
        const QByteArray eml = EmlWriter::write(m);
        checkRawLines(eml);
        const QJsonObject parsed = parse(eml);
        checkCleanParse(parsed);
        // The word needs three encoded-words (a backslash is "=5C"); Python
        // reads a space between adjacent ones, which RFC 2047 says to drop
        // (see MimeEncoding::phraseTokens), so compare without spaces.
        QCOMPARE(firstName(parsed, "to_addresses").remove(QLatin1Char(' ')),
                 QString(m.toName).remove(QLatin1Char(' ')));
        // A short word with backslashes stays a quoted string.
        m.toName = QStringLiteral("Jean \\ Pierre");
        const QByteArray shortName = EmlWriter::write(m);
        QVERIFY2(shortName.contains("To: \"Jean \\\\ Pierre\" <"), shortName.constData());
        QCOMPARE(firstName(parse(shortName), "to_addresses"), m.toName);
    }
};

QTEST_GUILESS_MAIN(TestEmlWriter)
#include "tst_emlwriter.moc"

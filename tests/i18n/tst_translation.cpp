#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message> of a Qt Linguist file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;
    QStringList translations;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString name() const { return context + QStringLiteral(": ") + source; }
};

const QString tsFile = QStringLiteral(RELAIS_SOURCE_DIR "/app/studio/i18n/relais_studio_en.ts");

// What qt_add_translations() of relais_studio_lib scans (app/studio/CMakeLists.txt): the Studio's own
// sources, and the exercise editors that the Studio loads, whose qsTr() the Studio's translator answers.
const QStringList translatedSources = {
    QStringLiteral("app/studio"),
    QStringLiteral("plugins/exercises/hotspot/HotspotEditor.qml"),
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    m.translations << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

QList<Message> readTs(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    out << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(QStringLiteral("not a Qt Linguist file"));
    }
    if (xml.hasError())
        error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1…%9 and %n, compared without the L of %L1, which only asks for the locale's digits.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> out;
    for (const QRegularExpressionMatch &match : re.globalMatch(text))
        out.insert(match.captured(1));
    return out;
}

QString listed(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QLatin1Char('{') + list.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void translated_data();
    void translated();
    void upToDate();

private:
    QList<Message> m_messages;
};

void TestTranslation::initTestCase()
{
    QString error;
    m_messages = readTs(tsFile, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_messages.isEmpty(), qPrintable(tsFile + QStringLiteral(" holds no message")));
}

void TestTranslation::translated_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_messages.size(); ++i)
        QTest::addRow("%s", qPrintable(m_messages.at(i).name())) << i;
}

void TestTranslation::translated()
{
    QFETCH(int, index);
    const Message &m = m_messages.at(index);
    QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("the translation is marked “%1”").arg(m.type)));
    if (m.numerus)
        QVERIFY2(m.translations.size() == 2,
                 qPrintable(QStringLiteral("English needs 2 numerus forms (singular, plural), not %1")
                                .arg(m.translations.size())));
    else
        QCOMPARE(m.translations.size(), 1);

    const QSet<QString> expected = placeholders(m.source);
    for (const QString &t : m.translations) {
        QVERIFY2(!t.isEmpty(), "empty translation");
        QVERIFY2(placeholders(t) == expected,
                 qPrintable(QStringLiteral("placeholders %1 in “%2”, %3 in the source")
                                .arg(listed(placeholders(t)), t, listed(expected))));
        // The spaces around a message join it to what the code puts beside it.
        QVERIFY2(m.source.isEmpty()
                     || (t.front().isSpace() == m.source.front().isSpace()
                         && t.back().isSpace() == m.source.back().isSpace()),
                 qPrintable(QStringLiteral("leading or trailing spaces of “%1” differ from the source's").arg(t)));
    }
}

void TestTranslation::upToDate()
{
    QStringList sources;
    for (const QString &relative : translatedSources) {
        const QString path = QStringLiteral(RELAIS_SOURCE_DIR "/") + relative;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" does not exist")));
        sources << path;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RELAIS_LUPDATE),
                  sources + QStringList{QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"),
                                        QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                        QStringLiteral("none"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(300000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Message> refreshed = readTs(copy, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!refreshed.isEmpty(), qPrintable(QStringLiteral("lupdate found no message:\n") + output));

    QSet<QString> committed;
    for (const Message &m : std::as_const(m_messages))
        committed.insert(m.key());
    QStringList missing;
    for (const Message &m : refreshed)
        if (!committed.contains(m.key()))
            missing << QStringLiteral("  ") + m.name();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) of the sources are not in %2; run the update_translations "
                                       "target and translate them:\n%3")
                            .arg(missing.size())
                            .arg(tsFile, missing.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"

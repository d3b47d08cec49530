#include "studiotest.h"
#include "studiowindow.h"

#include <diagnosticsmodel.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlContext>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

using namespace Relais;

namespace {

// Every text the generator writes starts with "№<number> ".
const QString hostileMark = QStringLiteral("№");

// Text, Label and the like, TextEdit and TextArea: the items with a textFormat.
bool hasTextFormat(QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit");
}

void collect(QQuickItem *root, QList<QQuickItem *> &out, const std::function<bool(QQuickItem *)> &match)
{
    if (!root)
        return;
    if (match(root))
        out << root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children)
        collect(child, out, match);
}

// Where an item was declared, for the failure message: its QML file and line.
QString declaredAt(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem())
        if (QQmlContext *context = qmlContext(i); context && !context->baseUrl().isEmpty())
            return context->baseUrl().fileName() + QStringLiteral(" (") + QString::fromLatin1(item->metaObject()->className())
                + QLatin1Char(')');
    return QString::fromLatin1(item->metaObject()->className());
}

// What a person could have typed that Qt would take for markup: shown with
// any textFormat but PlainText (0 for Text and TextEdit), Qt may read it as
// HTML: <img src> fetched and drawn, <font> obeyed, tags swallowed. Any text
// of the hostile curriculum, and any text with a tag in it, must be plain.
QStringList richOffenders(QQuickWindow *window)
{
    QList<QQuickItem *> items;
    // The root item holds the content and the overlay with the popups.
    collect(window->contentItem()->parentItem() ? window->contentItem()->parentItem() : window->contentItem(), items,
            hasTextFormat);
    QStringList out;
    for (QQuickItem *item : items) {
        const QString text = item->property("text").toString();
        if (item->property("textFormat").toInt() != 0 && (text.contains(QLatin1Char('<')) || text.contains(hostileMark)))
            out << declaredAt(item) + QStringLiteral(": ") + text.left(80);
    }
    return out;
}

bool anyFieldShows(QQuickItem *root, const QString &mark)
{
    return StudioWindow::findItem(root, [&mark](QQuickItem *i) {
        return (i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit"))
            && i->property("text").toString().contains(mark);
    });
}

bool imagesLoading(QQuickItem *root)
{
    return StudioWindow::findItem(root, [](QQuickItem *i) {
        return i->inherits("QQuickImageBase") && i->property("status").toInt() == 2;  // Image.Loading
    });
}

// Where a picture written in the hostile text would be fetched from: every
// request is recorded (its request line) and answered 404.
class Beacon : public QTcpServer
{
public:
    QStringList requests;
    // What came, but for the pictures of the check that can fail.
    QStringList unexpected() const
    {
        QStringList out = requests;
        out.removeIf([](const QString &r) { return r.contains(QStringLiteral("detector.png")); });
        return out;
    }

    Beacon()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    requests << QString::fromLatin1(socket->readLine().trimmed());
                    socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(serverPort()); }
};

} // namespace

// The Studio opens a curriculum whose every text is hostile (markup, script,
// bidirectional controls, texts at their longest: tests/hostile/make-hostile.py)
// and shows its curriculum, pathways, a session, modules, media and an activity
// of every type without crashing or hanging; no text of the curriculum is ever
// read as rich text by QML (Text's default textFormat, AutoText, would show
// <img src> as a picture, fetched from the network, and obey <font>): the
// pictures the text names point at a local server that must hear nothing.
// Then the invalid hostile curriculum opens with its findings listed.
// Screenshots: tests/e2e/hostile-screens/ in the build folder.
class TestHostileE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_beacon.listen(QHostAddress::LocalHost));
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(RELAIS_HOSTILE_SCREENS_DIR)));
        m_valid = m_tmp.path() + QStringLiteral("/valid");
        m_invalid = m_tmp.path() + QStringLiteral("/invalid");
        QVERIFY(generate({m_valid}).has_value());
        const std::optional<QByteArray> faults = generate({QStringLiteral("--invalid"), m_invalid});
        QVERIFY(faults.has_value());
        m_faults = QJsonDocument::fromJson(*faults).array();
        QVERIFY(!m_faults.isEmpty());

        m_w = std::make_unique<StudioWindow>();
        QVERIFY(m_w->window());
        QVERIFY(m_w->show());
        QVERIFY2(m_w->open(m_valid), qPrintable(m_w->doc()->lastError()));
    }

    void cleanupTestCase() { m_w.reset(); }

    // The checks that follow can fail: a Text left in AutoText with a hostile
    // title fetches its picture and is reported.
    void richTextIsCaught()
    {
        const QString title = m_w->doc()->curriculum().title;
        QVERIFY(title.contains(QStringLiteral("marker.png")));
        QQmlComponent component(qmlEngine(m_w->window()));
        component.setData("import QtQuick\nText { textFormat: Text.AutoText }", QUrl());
        std::unique_ptr<QObject> object(component.create());
        auto *text = qobject_cast<QQuickItem *>(object.get());
        QVERIFY2(text, qPrintable(component.errorString()));
        text->setProperty("text", QString(title).replace(QStringLiteral("marker.png"), QStringLiteral("detector.png")));
        text->setParentItem(m_w->window()->contentItem());
        QTRY_VERIFY_WITH_TIMEOUT(m_beacon.requests.join(QLatin1Char('\n')).contains(QStringLiteral("detector.png")), 20000);
        const QStringList before = richOffenders(m_w->window());
        QCOMPARE(before.size(), 1);
        QVERIFY2(before.first().contains(QStringLiteral("detector.png")), qPrintable(before.first()));
        object.reset();
        QVERIFY(richOffenders(m_w->window()).isEmpty());
    }

    void screens_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        const Curriculum &c = m_w->doc()->curriculum();
        QTest::newRow("curriculum") << QStringLiteral("curriculum") << -1 << -1;
        for (int p = 0; p < c.pathways.size(); ++p) {
            QTest::addRow("pathway %d", p) << QStringLiteral("pathway") << p << -1;
            QTest::addRow("step %d-0", p) << QStringLiteral("step") << p << 0;
        }
        QTest::newRow("media") << QStringLiteral("media") << 0 << -1;
        QSet<QString> types;
        for (int m = 0; m < c.modules.size(); ++m) {
            QTest::addRow("module %s", qPrintable(c.modules[m].id)) << QStringLiteral("module") << m << -1;
            for (int a = 0; a < c.modules[m].activities.size(); ++a) {
                const QString type = c.modules[m].activities[a].type;
                if (!types.contains(type)) {
                    types.insert(type);
                    QTest::addRow("%s", qPrintable(type)) << QStringLiteral("activity") << m << a;
                }
            }
        }
    }

    void screens()
    {
        QFETCH(QString, kind);
        QFETCH(int, first);
        QFETCH(int, second);
        Document *doc = m_w->doc();
        doc->select(kind, first, second);
        QTRY_VERIFY(m_w->editor());
        QTRY_VERIFY_WITH_TIMEOUT(!imagesLoading(m_w->window()->contentItem()), 20000);
        QVERIFY2(anyFieldShows(m_w->editor(), hostileMark), "the form shows the hostile text");

        const QImage image = m_w->window()->grabWindow();
        QVERIFY(image.save(QStringLiteral(RELAIS_HOSTILE_SCREENS_DIR "/%1.png")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))));
        QStringList offenders = richOffenders(m_w->window());
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));

        // The lists of the drop-down boxes (modules, activities) exist only while open.
        QList<QQuickItem *> boxes;
        collect(m_w->editor(), boxes, [](QQuickItem *i) { return i->inherits("QQuickComboBox") && i->isVisible(); });
        for (QQuickItem *box : std::as_const(boxes)) {
            auto *popup = box->property("popup").value<QObject *>();
            QVERIFY(popup);
            popup->setProperty("visible", true);
            QTRY_VERIFY(popup->property("opened").toBool());
            offenders << richOffenders(m_w->window());
            popup->setProperty("visible", false);
            QTRY_VERIFY(!popup->property("visible").toBool());
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // Checked once every screen was drawn: a picture fetched for any of them
    // has reached the beacon by now.
    void nothingFetched()
    {
        m_w->doc()->validateNow();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->doc()->diagnostics()->isRunning(), 60000);
        QCOMPARE(m_w->doc()->diagnostics()->errorCount(), 0);
        QVERIFY2(m_beacon.unexpected().isEmpty(), qPrintable(m_beacon.unexpected().join(QLatin1Char('\n'))));
    }

    void invalidOpensWithItsFindings()
    {
        Document *doc = m_w->doc();
        doc->close();
        QVERIFY2(m_w->open(m_invalid), qPrintable(doc->lastError()));
        doc->select(QStringLiteral("curriculum"));
        doc->validateNow();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->diagnostics()->isRunning(), 60000);
        QTRY_VERIFY(doc->diagnostics()->errorCount() > 0);

        const Diagnostics &found = doc->diagnostics()->diagnostics();
        for (const QJsonValue &v : std::as_const(m_faults)) {
            const QJsonObject fault = v.toObject();
            const bool listed = std::any_of(found.cbegin(), found.cend(), [&fault](const Diagnostic &d) {
                return d.code == fault.value(QStringLiteral("code")).toString()
                    && d.location.file == fault.value(QStringLiteral("file")).toString()
                    && d.location.line == fault.value(QStringLiteral("line")).toInt();
            });
            QVERIFY2(listed, qPrintable(QString::fromUtf8(QJsonDocument(fault).toJson(QJsonDocument::Compact))));
        }
        QObject *list = m_w->object(QStringLiteral("diagnosticsList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), doc->diagnostics()->rowCount());

        QTRY_VERIFY_WITH_TIMEOUT(!imagesLoading(m_w->window()->contentItem()), 20000);
        QVERIFY(m_w->window()->grabWindow().save(QStringLiteral(RELAIS_HOSTILE_SCREENS_DIR "/invalid.png")));
        // The findings quote what was written: <script>, javascript: links.
        const QStringList offenders = richOffenders(m_w->window());
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
        QVERIFY2(m_beacon.unexpected().isEmpty(), qPrintable(m_beacon.unexpected().join(QLatin1Char('\n'))));
    }

private:
    // Runs the generator with the beacon's URL; its standard output.
    std::optional<QByteArray> generate(const QStringList &args)
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     QStringList{QStringLiteral(RELAIS_SOURCE_DIR "/tests/hostile/make-hostile.py"), QStringLiteral("--beacon"),
                                 m_beacon.url(), StudioTest::shippedCurriculum()}
                         + args);
        if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            qWarning().noquote() << python.readAllStandardError();
            return std::nullopt;
        }
        return python.readAllStandardOutput();
    }

    Beacon m_beacon;
    QTemporaryDir m_tmp;
    QString m_valid;
    QString m_invalid;
    QJsonArray m_faults;
    std::unique_ptr<StudioWindow> m_w;
};

int main(int argc, char *argv[])
{
    return runInOwnHome<TestHostileE2E>(argc, argv);
}

#include "tst_hostile_e2e.moc"

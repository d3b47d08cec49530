#include "studiotest.h"
#include "studiowindow.h"

#include <diagnosticsmodel.h>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

using namespace Relais;

namespace {

const QString arnaques = QStringLiteral("arnaques-reperer");
const QString mcq = QStringLiteral("faux-conseiller");
const QString hotspot = QStringLiteral("sms-colis");

// The hotspot editor comes last: with the software scene graph (offscreen),
// its zones scrolled out of view are painted outside the editor, and those
// pixels stay until something else is drawn there.
const QStringList screens{QStringLiteral("welcome"), QStringLiteral("curriculum"), QStringLiteral("pathway"),
                          QStringLiteral("step"),    QStringLiteral("module"),     QStringLiteral("mcq"),
                          QStringLiteral("media"),   QStringLiteral("errors"),     QStringLiteral("new-activity"),
                          QStringLiteral("export"),  QStringLiteral("hotspot")};

int distinctColours(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

// Pictures load on their own threads (Image.asynchronous).
bool imagesLoading(QQuickItem *root)
{
    return StudioWindow::findItem(root, [](QQuickItem *i) {
        return i->inherits("QQuickImageBase") && i->property("status").toInt() == 2;  // Image.Loading
    });
}

} // namespace

// The main screens of the Studio, in French and in English, rendered offscreen
// to PNG files in the build folder (tests/e2e/screens/<lang>-<screen>.png), to
// be looked at; the test checks that each one rendered and was translated.
class TestStudioScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_root = StudioTest::copyCurriculum(m_tmp);
        QVERIFY(!m_root.isEmpty());
        QVERIFY(QDir().mkpath(QStringLiteral(RELAIS_SCREENS_DIR)));
    }

    void cleanupTestCase()
    {
        m_w.reset();
    }

    void renders_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("screen");
        for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")})
            for (const QString &screen : screens)
                QTest::newRow(qPrintable(lang + QLatin1Char('-') + screen)) << lang << screen;
    }

    void renders()
    {
        QFETCH(QString, lang);
        QFETCH(QString, screen);
        if (lang != m_lang)
            start(lang);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_w->doc()->lang(), lang);
        show(screen);
        if (QTest::currentTestFailed())
            return;

        QQuickWindow *window = m_w->window();
        QTRY_VERIFY_WITH_TIMEOUT(!imagesLoading(window->contentItem()), 20000);
        const QImage image = window->grabWindow();
        const QString file = QStringLiteral(RELAIS_SCREENS_DIR "/%1-%2.png").arg(lang, screen);
        QVERIFY(image.save(file));
        hide(screen);

        QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
        const int colours = distinctColours(image);
        QVERIFY2(colours >= 64, qPrintable(QStringLiteral("%1 has %2 colours").arg(file).arg(colours)));
        m_images.insert(lang + QLatin1Char('-') + screen, image);
    }

    void englishDiffersFromFrench_data()
    {
        QTest::addColumn<QString>("screen");
        for (const QString &screen : screens)
            QTest::newRow(qPrintable(screen)) << screen;
    }

    void englishDiffersFromFrench()
    {
        QFETCH(QString, screen);
        const QImage fr = m_images.value(QStringLiteral("fr-") + screen);
        const QImage en = m_images.value(QStringLiteral("en-") + screen);
        QVERIFY(!fr.isNull());
        QVERIFY(!en.isNull());
        QVERIFY(fr != en);
    }

private:
    // A new window for each language, in the same state (what is expanded in
    // the navigator, the recent files), so that the two languages compare.
    // It starts in French and switches as the preferences do, which checks
    // that a window already on screen follows the language.
    void start(const QString &lang)
    {
        m_w.reset();
        m_w = std::make_unique<StudioWindow>(QStringLiteral("fr"));
        QVERIFY(m_w->window());
        QVERIFY(m_w->show());
        // Opened once, so that the welcome page lists it among the recent curricula.
        QVERIFY2(m_w->open(m_root), qPrintable(m_w->doc()->lastError()));
        m_w->studio().setLanguage(lang);
        m_lang = lang;
    }

    void show(const QString &screen)
    {
        Document *doc = m_w->doc();
        if (screen == QLatin1String("welcome")) {
            doc->close();
            QTRY_VERIFY(m_w->object(QStringLiteral("welcomeOpenFolder"))->property("visible").toBool());
            return;
        }
        if (!doc->isOpen())
            QVERIFY2(m_w->open(m_root), qPrintable(doc->lastError()));
        const int m = StudioTest::moduleIndex(doc->curriculum(), arnaques);
        QVERIFY(m >= 0);
        const Module &module = doc->curriculum().modules.at(m);
        if (screen == QLatin1String("curriculum"))
            doc->select(QStringLiteral("curriculum"));
        else if (screen == QLatin1String("pathway"))
            doc->select(QStringLiteral("pathway"), 0);
        else if (screen == QLatin1String("step"))
            doc->select(QStringLiteral("step"), 0, 1);
        else if (screen == QLatin1String("mcq"))
            doc->select(QStringLiteral("activity"), m, StudioTest::activityIndex(module, mcq));
        else if (screen == QLatin1String("hotspot"))
            doc->select(QStringLiteral("activity"), m, StudioTest::activityIndex(module, hotspot));
        else if (screen == QLatin1String("media"))
            doc->select(QStringLiteral("media"), 0);
        else
            doc->select(QStringLiteral("module"), m);
        // A required title left empty: an error in the panel, the status bar and the navigator.
        if (screen == QLatin1String("errors"))
            doc->setModuleField(m, QStringLiteral("title"), QString());
        QTRY_VERIFY(m_w->editor());
        // validateNow() may return before the diagnostics hear of the result.
        doc->validateNow();
        QTRY_VERIFY(!doc->diagnostics()->isRunning());
        if (screen == QLatin1String("errors"))
            QTRY_VERIFY(doc->diagnostics()->errorCount() > 0);
        if (screen == QLatin1String("mcq") || screen == QLatin1String("hotspot"))
            scrollToExercise();
        if (screen == QLatin1String("new-activity") || screen == QLatin1String("export")) {
            QObject *dialog = m_w->object(screen == QLatin1String("export") ? QStringLiteral("exportToolDialog")
                                                                            : QStringLiteral("activityTypeDialog"));
            QVERIFY(dialog);
            QMetaObject::invokeMethod(dialog, screen == QLatin1String("export") ? "openFor" : "open");
            QTRY_VERIFY(dialog->property("opened").toBool());
        }
        // The export dialog after a question bank of the module was written:
        // the outcome and the exercises left out.
        if (screen == QLatin1String("export")) {
            QObject *dialog = m_w->object(QStringLiteral("exportToolDialog"));
            const QVariantList formats = dialog->property("formats").toList();
            for (int i = 0; i < formats.size(); ++i)
                if (formats.at(i).toMap().value(QStringLiteral("id")) == QLatin1String("gift"))
                    dialog->setProperty("formatIndex", i);
            QMetaObject::invokeMethod(dialog, "startExport");
            QObject *controller = dialog->property("controller").value<QObject *>();
            QTRY_COMPARE_WITH_TIMEOUT(controller->property("state").toString(), QStringLiteral("done"), 60000);
        }
        // Layouts that depend on sizes settle over a few frames.
        QTest::qWait(300);
    }

    // An activity's own part, the exercise, comes below its envelope: scrolled
    // into view as a person would, so that the screen shows what differs
    // from one exercise type to another.
    void scrollToExercise()
    {
        QQuickItem *page = m_w->editor();
        QQuickItem *exercise = nullptr;
        QTRY_VERIFY((exercise = StudioWindow::findItem(page, [](QQuickItem *i) {
                         return i->isVisible() && (i->objectName() == QLatin1String("hotspotEditor")
                                                   || i->property("fieldKey").toString().startsWith(QLatin1String("payload/")));
                     })));
        auto *flickable = page->property("contentItem").value<QQuickItem *>();
        QVERIFY(flickable);
        const qreal y = exercise->mapToItem(flickable->property("contentItem").value<QQuickItem *>(), QPointF(0, 0)).y();
        const qreal end = flickable->property("contentHeight").toReal() - flickable->height();
        flickable->setProperty("contentY", qBound(0.0, y - 90, qMax(0.0, end)));
    }

    void hide(const QString &screen)
    {
        Document *doc = m_w->doc();
        if (screen == QLatin1String("errors")) {
            doc->undo();
            QVERIFY(!doc->isModified());
        } else if (screen == QLatin1String("new-activity") || screen == QLatin1String("export")) {
            QObject *dialog = m_w->object(screen == QLatin1String("export") ? QStringLiteral("exportToolDialog")
                                                                            : QStringLiteral("activityTypeDialog"));
            QMetaObject::invokeMethod(dialog, "close");
            QTRY_VERIFY(!dialog->property("visible").toBool());
        }
    }

    QTemporaryDir m_tmp;
    QString m_root;
    QString m_lang;
    std::unique_ptr<StudioWindow> m_w;
    QHash<QString, QImage> m_images;
};

int main(int argc, char *argv[])
{
    return runInOwnHome<TestStudioScreens>(argc, argv);
}

#include "tst_studio_screens.moc"

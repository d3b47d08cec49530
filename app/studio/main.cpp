#include "document.h"
#include "studio.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Relais"));
    app.setOrganizationDomain(QStringLiteral("emmaus-connect.org"));
    app.setApplicationName(QStringLiteral("Relais Studio"));
    app.setApplicationVersion(QStringLiteral(RELAIS_VERSION));

    // Fusion: a sober desktop style with a visible keyboard focus frame.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relais Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A curriculum folder or a .relais pack."));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language for this run: fr or en."),
                            QStringLiteral("lang"));
    // For benchmarks: prints the milliseconds from start to a drawn window with
    // the curriculum in it, then quits.
    QCommandLineOption measure(QStringLiteral("measure-startup"), QStringLiteral("Print the time to a usable window and quit."));
    // For documentation and visual checks: saves the window, once validation
    // has run, as a PNG, then quits.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window to a PNG file and quit."),
                                  QStringLiteral("file"));
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select an object first: module:<n>, activity:<m>:<a>, pathway:<n>, step:<p>:<s>, media."),
                              QStringLiteral("what"));
    parser.addOptions({lang, measure, screenshot, select});
    parser.process(app);

    Relais::Studio studio;
    if (parser.isSet(lang))
        studio.setLanguage(parser.value(lang));
    QQmlApplicationEngine engine;
    if (!studio.start(engine))
        return 1;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (studio.document()->open(args.first()))
            studio.addRecent(args.first());
    }
    if (parser.isSet(select)) {
        const QStringList parts = parser.value(select).split(QLatin1Char(':'));
        studio.document()->select(parts.value(0), parts.value(1, QStringLiteral("-1")).toInt(),
                                  parts.value(2, QStringLiteral("-1")).toInt());
    }
    if (parser.isSet(screenshot)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &app, [window, file, &studio, &app] {
            studio.document()->validateNow();
            QTimer::singleShot(500, &app, [window, file, &app] {
                const bool ok = window->grabWindow().save(file);
                app.exit(ok ? 0 : 1);
            });
        });
    }
    if (parser.isSet(measure)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&clock, &app] {
            static bool done = false;
            if (done)
                return;
            done = true;
            printf("startup_ms %lld\n", static_cast<long long>(clock.elapsed()));
            fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    return app.exec();
}

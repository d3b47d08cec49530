#include "qmlfixture.h"

#include <QCoreApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

// The Qt Quick tests run as the Studio does (same application identity, so
// the same settings keys), but with settings and recovery journals in the
// test locations; every test file gets its own `fixture`.
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("emmaus-connect.org"));
        QCoreApplication::setApplicationName(QStringLiteral("Relais Studio"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), new QmlFixture(engine));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "tst_qml.moc"

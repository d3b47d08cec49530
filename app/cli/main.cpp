#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Relais::Cli(out, err).run(app.arguments().mid(1));
}

#include "cli.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // Validation threads allocate in their own malloc arenas, which glibc
    // otherwise grows a few pages at a time: thousands of mprotect calls.
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Relais::Cli(out, err).run(app.arguments().mid(1));
}

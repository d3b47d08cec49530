#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Qt warns, on every run without a session, that it picked a runtime folder
// itself: noise in a terminal for a program that never uses that folder.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Validation threads allocate in their own malloc arenas, which glibc
    // otherwise grows a few pages at a time: thousands of mprotect calls.
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    // Exports lay out text and draw PDFs, which needs fonts and so a GUI
    // application; it never shows a window, so it needs no display either.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (exporting) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Relais::Cli(out, err).run(QCoreApplication::arguments().mid(1));
}

// Typing in the Studio, without the window: opens a curriculum in a Document
// and times what one keystroke costs the interface thread — the model update,
// the undo step it merges into, the navigator refresh and the scheduling of
// the background validation. Run by bench/studio.sh.
//
// Usage: bench_studio_typing [--keystrokes N] FOLDER
// Prints one "key value" line per figure, for the script to collect:
//   open_ms, validation_ms, then per field typed:
//   typing <field> keystrokes N mean_ms X median_ms X max_ms X undo_steps N

#include "document.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace Relais;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Types `text` one character at a time, as the editors do: every keystroke
// sets the whole value of the field.
void type(Document &doc, const char *field, int keystrokes, const std::function<void(const QString &)> &set)
{
    const QString word = QStringLiteral("Atelier numérique ");
    QList<double> times;
    times.reserve(keystrokes);
    QString text;
    const int stepsBefore = doc.undoStack()->count();
    for (int i = 0; i < keystrokes; ++i) {
        text += word.at(i % word.size());
        QElapsedTimer t;
        t.start();
        set(text);
        // Queued work the keystroke caused runs before the next one, as in the event loop.
        QCoreApplication::processEvents();
        times << ms(t);
    }
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const double mean = std::accumulate(times.cbegin(), times.cend(), 0.0) / times.size();
    printf("typing %s keystrokes %d mean_ms %.3f median_ms %.3f max_ms %.3f undo_steps %d\n", field, keystrokes, mean,
           sorted.at(sorted.size() / 2), sorted.last(), int(doc.undoStack()->count() - stepsBefore));
    fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    // No window is shown: the offscreen platform works everywhere, display or not.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Locks and journals go to Qt's test folders, never among the user's own.
    QStandardPaths::setTestModeEnabled(true);
    app.setOrganizationName(QStringLiteral("Relais"));
    app.setApplicationName(QStringLiteral("Relais Studio typing benchmark"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times keystrokes in the Studio's document model."));
    parser.addHelpOption();
    const QCommandLineOption keystrokes(QStringLiteral("keystrokes"), QStringLiteral("Keystrokes per field (200)."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    parser.addOption(keystrokes);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("A curriculum folder."));
    parser.process(app);
    const int n = parser.value(keystrokes).toInt();
    if (parser.positionalArguments().size() != 1 || n < 1)
        parser.showHelp(2);

    Document doc;
    QElapsedTimer t;
    t.start();
    if (!doc.open(parser.positionalArguments().first())) {
        fprintf(stderr, "%s\n", qPrintable(doc.lastError()));
        return 1;
    }
    printf("open_ms %.1f\n", ms(t));
    t.start();
    doc.validateNow();
    printf("validation_ms %.1f\n", ms(t));
    fflush(stdout);

    // A module in the middle, its first multiple-choice question.
    const int m = doc.moduleCount() / 2;
    int mcq = -1;
    const QList<Activity> &activities = doc.curriculum().modules.at(m).activities;
    for (int a = 0; a < activities.size() && mcq < 0; ++a)
        if (activities.at(a).type == QLatin1String("mcq"))
            mcq = a;

    doc.select(QStringLiteral("module"), m);
    type(doc, "module-title", n, [&](const QString &text) { doc.setModuleField(m, QStringLiteral("title"), text); });
    type(doc, "module-summary", n,
         [&](const QString &text) { doc.setModuleField(m, QStringLiteral("summary"), text); });
    if (mcq >= 0) {
        doc.select(QStringLiteral("activity"), m, mcq);
        type(doc, "mcq-question", n, [&](const QString &text) {
            doc.setPayloadValue(m, mcq, {QStringLiteral("question")}, text);
        });
    }
    // The preview (F5): the selected module written as learners see it.
    doc.select(QStringLiteral("module"), m);
    t.start();
    const bool previewed = !doc.writePreview().isEmpty();
    printf("preview_ms %.1f\n", previewed ? ms(t) : -1.0);

    doc.select(QStringLiteral("curriculum"));
    type(doc, "curriculum-title", n, [&](const QString &text) { doc.setCurriculumField(QStringLiteral("title"), text); });

    // Nothing of this run is kept: no journal, no lock.
    doc.close();
    return 0;
}

// Replays saved inputs through a fuzz target without libFuzzer, so that the
// normal build (and the asan preset) runs the regressions with CTest:
//   fuzz_pack_replay <file or folder>…
// Every file given, and every file under each folder given, in name order.
// Exits 1 when there was nothing to run; a finding aborts, as under libFuzzer.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    // Before anything else, as libFuzzer does: it makes the QCoreApplication.
    LLVMFuzzerInitialize(&argc, &argv);

    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isFile()) {
            inputs << path;
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            inputs << found;
        } else {
            // A target without regressions yet has no folder for them.
            std::printf("%s: no such file or folder, skipped\n", argv[i]);
        }
    }
    for (const QString &path : std::as_const(inputs)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(f.errorString()));
            return 1;
        }
        const QByteArray data = f.readAll();
        std::printf("%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        std::fflush(stdout);
        // An exact copy, as libFuzzer passes it: a read past the end is caught under ASan.
        const std::unique_ptr<uint8_t[]> copy(new uint8_t[size_t(data.size())]);
        std::memcpy(copy.get(), data.constData(), size_t(data.size()));
        LLVMFuzzerTestOneInput(copy.get(), size_t(data.size()));
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(inputs.size()));
    return inputs.isEmpty() ? 1 : 0;
}

// The input is a .relais pack. It goes where an imported pack goes: read
// without unpacking (Pack::read), then loaded and checked (Validator, which
// runs CurriculumLoader::load with the plugins' schemas, then the rules);
// and unpacked (Pack::unpack) into a sandbox on tmpfs, where nothing may
// appear outside the target folder.
//
// Findings besides crashes and sanitizer reports:
// - a file, folder or link anywhere outside the target, or a link inside it;
// - a refused unpack that leaves anything behind (target or staging folder);
// - Pack::read and Pack::unpack disagreeing on a pack (one accepts, the other
//   refuses) or on what it holds;
// - an accepted pack that, unpacked and packed again by Relais, is refused or
//   holds other files.

#include "fuzzsupport.h"

#include <pack.h>
#include <validator.h>
#include <ziparchive.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <sys/mman.h>
#include <unistd.h>

using namespace Relais;

namespace {

// Small bounds so that a run stays fast: the same checks as the defaults
// (20,000 entries, 4 GiB, 16 MiB of XML, ratio 200 past 1 MiB) trip on inputs
// libFuzzer can produce.
PackLimits limits()
{
    PackLimits l;
    l.maxEntries = 200;
    l.maxTotalBytes = 8 * 1024 * 1024;
    l.maxXmlBytes = 1024 * 1024;
    l.ratioFloor = 64 * 1024;
    return l;
}

// The pack lives in an anonymous memory file, read through its /proc path:
// nothing touches the disk.
int packFd = -1;
QString packPath;

// /dev/shm/relais-fuzz-pack-<pid>/1/2/…/8/out: a pack that climbs out of the
// target with up to nine "../" lands inside the sandbox, where it is seen.
QString sandbox;
QString nest;
constexpr int nestDepth = 8;

void removeSandbox()
{
    QDir(sandbox).removeRecursively();
}

// Paths an entry would reach outside the target if its name were used as it
// is, with whether they existed before the unpack.
QHash<QString, bool> escapes(const QString &target)
{
    QHash<QString, bool> out;
    ZipReader zip;
    if (!zip.open(packPath))
        return out;
    ZipReader::Entry entry;
    for (int i = 0; i <= limits().maxEntries && zip.next(entry) == 1; ++i) {
        const QString name = QString::fromUtf8(entry.rawName);
        const QString path = QDir::cleanPath(name.startsWith(QLatin1Char('/')) ? name : target + QLatin1Char('/') + name);
        if (path != target && !path.startsWith(target + QLatin1Char('/')))
            out.insert(path, QFileInfo::exists(path) || QFileInfo(path).isSymLink());
    }
    return out;
}

bool sameFiles(const FileSet &a, const FileSet &b)
{
    if (a.files.keys() != b.files.keys())
        return false;
    for (auto f = a.files.cbegin(); f != a.files.cend(); ++f) {
        const FileEntry *other = b.file(f.key());
        if (other->size != f->size || other->sha256 != f->sha256)
            return false;
    }
    return true;
}

// What Relais unpacked, packed again by Relais (as `relais pack` would), reads
// back as the same files. Only under 1 MiB in all, where no expansion ratio is
// checked: a file that compresses very well is refused as a bomb by design.
void repack(const FileSet &read, const FileSet &unpacked)
{
    qint64 total = 0;
    for (const FileEntry &f : read.files)
        total += f.size;
    if (total >= PackLimits().ratioFloor)
        return;
    const QString repacked = sandbox + QStringLiteral("/repacked.relais");
    Diagnostics diags;
    if (!Pack::write(unpacked, repacked, diags))
        RelaisFuzz::finding("a pack Relais unpacked cannot be packed again",
                            diags.isEmpty() ? QString() : diags.first().message(QStringLiteral("en")));
    const std::optional<FileSet> reread = Pack::read(repacked, diags);
    if (!reread || !sameFiles(read, *reread))
        RelaisFuzz::finding("a pack Relais unpacked, packed again, is refused or holds other files",
                            diags.isEmpty() ? QString() : diags.first().message(QStringLiteral("en")));
    QFile::remove(repacked);
}

void unpackInSandbox(const std::optional<FileSet> &read)
{
    const QString target = nest + QStringLiteral("/out");
    const QHash<QString, bool> outside = escapes(target);
    Diagnostics diags;
    std::optional<FileSet> unpacked = Pack::unpack(packPath, target, diags, limits());
    RelaisFuzz::render(diags);

    QStringList allowed{sandbox};
    for (int i = 1; i <= nestDepth; ++i)
        allowed << allowed.last() + QLatin1Char('/') + QString::number(i);
    QDirIterator it(sandbox, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            RelaisFuzz::finding("unpacking made a symbolic link", path);
        const bool inTarget = path == target || path.startsWith(target + QLatin1Char('/'));
        if (inTarget && !unpacked)
            RelaisFuzz::finding("a refused unpack left the target behind", path);
        if (!inTarget && !allowed.contains(path))
            RelaisFuzz::finding("unpacking wrote outside the target folder", path);
    }
    for (auto e = outside.cbegin(); e != outside.cend(); ++e)
        if (!e.value() && (QFileInfo::exists(e.key()) || QFileInfo(e.key()).isSymLink()))
            RelaisFuzz::finding("unpacking wrote outside the target folder", e.key());

    if (bool(read) != bool(unpacked))
        RelaisFuzz::finding(read ? "Pack::unpack refused a pack that Pack::read accepted"
                                 : "Pack::unpack accepted a pack that Pack::read refused",
                            diags.isEmpty() ? QString() : diags.first().message(QStringLiteral("en")));
    if (read && unpacked) {
        if (!sameFiles(*read, *unpacked))
            RelaisFuzz::finding("Pack::read and Pack::unpack disagree on the files");
        repack(*read, *unpacked);
    }
    QDir(target).removeRecursively();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RelaisFuzz::initialize(argc, argv);
    packFd = memfd_create("fuzz_pack", MFD_CLOEXEC);
    if (packFd < 0)
        RelaisFuzz::finding("memfd_create failed");
    packPath = QStringLiteral("/proc/self/fd/%1").arg(packFd);
    sandbox = QStringLiteral("/dev/shm/relais-fuzz-pack-%1").arg(getpid());
    removeSandbox();
    nest = sandbox;
    for (int i = 1; i <= nestDepth; ++i)
        nest += QLatin1Char('/') + QString::number(i);
    if (!QDir().mkpath(nest))
        RelaisFuzz::finding("cannot make the sandbox", nest);
    std::atexit(removeSandbox);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (ftruncate(packFd, 0) != 0 || pwrite(packFd, data, size, 0) != ssize_t(size))
        RelaisFuzz::finding("cannot write the input to its memory file");

    Diagnostics diags;
    const std::optional<FileSet> files = Pack::read(packPath, diags, limits());
    RelaisFuzz::render(diags);
    if (files)
        RelaisFuzz::render(Validator().validate(*files).diagnostics);
    unpackInSandbox(files);
    return 0;
}

#pragma once

#include <curriculum.h>
#include <diagnostic.h>
#include <fileset.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share. Each target is one file defining
// LLVMFuzzerInitialize and LLVMFuzzerTestOneInput; libFuzzer drives them in
// the fuzz build, standalone.cpp replays saved inputs in the normal build.
namespace RelaisFuzz {

// Once per process: a QCoreApplication, so that the program's plugin registry
// finds lib/relais/plugins beside the executable as Relais itself does, and
// one worker thread in Qt's pool, so that a fuzzer keeps to about one core.
void initialize(int *argc, char ***argv);

// A property the code must keep was broken: says which, with the evidence, and
// aborts so that libFuzzer keeps the input as a crash.
[[noreturn]] void finding(const char *what, const QString &evidence = {});

// Builds every message in both languages, as the CLI and the Studio do; a
// diagnostic without a message, or whose template names an argument it was
// not given, is a finding.
void render(const Relais::Diagnostics &diags);

// HTML that an author's text went into may hold no script: no element that
// runs or loads code, no event handler attribute, no javascript:, data: or
// vbscript: address. Otherwise a finding naming `where`.
void checkHtml(const QString &html, const char *where);

// curricula/parcours-relais, the real curriculum that gives the targets a
// context: its curriculum.xml (media declared, modules listed) and its files,
// media bytes held in memory (origin Pack) so that validating never reads
// the disk.
const Relais::FileSet &baseFiles();
const Relais::Curriculum &baseCurriculum();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace RelaisFuzz

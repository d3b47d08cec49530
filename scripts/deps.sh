#!/usr/bin/env bash
# Installs what Relais needs to build and test on Debian 12, only when missing;
# with --fuzz, also what the fuzz targets need.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Relais Studio at run time: the QML modules it imports, SVG pictures, the offscreen platform.
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
    qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qtquick-shapes qml6-module-qttest
    libqt6svg6 qt6-qpa-plugins
    libpugixml-dev libxml2-dev libxml2-utils libarchive-dev libarchive-tools zlib1g-dev libssl-dev
    # Versions and the library: Ed25519 signatures, the SQLite catalogue with full-text search.
    libsodium-dev libqt6sql6-sqlite sqlite3
    unzip chromium fonts-dejavu-core
    # The exports' third-party checks: pdfinfo and pdftotext, pdftoppm for pictures of pages,
    # qpdf for the structure of the PDFs.
    poppler-utils qpdf
    # The hostile curricula and the benchmarks' generators (standard library only);
    # GNU time for the benchmarks' peak memory.
    python3 time
)
# The fuzz targets, only for `scripts/deps.sh --fuzz` (scripts/fuzz.sh): clang with
# libFuzzer and the sanitizers' runtimes, llvm-profdata and llvm-cov for coverage.
fuzz_packages=(clang libclang-rt-14-dev llvm-14)
if [ "${1:-}" = "--fuzz" ]; then
    packages+=("${fuzz_packages[@]}")
fi
# Node.js (with npm) runs the browser tests; the machine's own is used when there is one.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

#!/usr/bin/env bash
# The README's main command: builds Relais and opens Relais Studio on a real
# curriculum from curricula/. The Studio edits a copy, so that the curricula
# of the repository stay as they are; the copy is kept between runs.
#
#   scripts/demo.sh [curricula/<name>]
#
# Without a display (a server, CI), the Studio renders offscreen and the
# window is saved as a picture instead.
set -euo pipefail
cd "$(dirname "$0")/.."

curriculum="${1:-curricula/parcours-relais}"
scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target relais relais-studio

work="${TMPDIR:-/tmp}/relais-demo"
copy="$work/$(basename "$curriculum")"
if [ ! -d "$copy" ]; then
    mkdir -p "$work"
    cp -r "$curriculum" "$copy"
fi
echo "== relais validate $copy"
build/bin/relais validate "$copy" || true

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "== relais-studio $copy"
    exec build/bin/relais-studio "$copy"
fi
shot="$work/studio.png"
echo "== no display: relais-studio $copy, rendered offscreen to $shot"
QT_QPA_PLATFORM=offscreen build/bin/relais-studio "$copy" --screenshot "$shot"
echo "$shot"

#!/usr/bin/env bash
# Builds Relais and runs it over a real curriculum from curricula/ (the
# README's main command): information, validation, pack, and a check of the pack.
set -euo pipefail
cd "$(dirname "$0")/.."

curriculum="${1:-curricula/parcours-relais}"
scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target relais

relais=build/bin/relais
out="${TMPDIR:-/tmp}/relais-demo"
mkdir -p "$out"
pack="$out/$(basename "$curriculum").relais"

echo "== relais info $curriculum"
"$relais" info "$curriculum"
echo
echo "== relais validate $curriculum"
"$relais" validate "$curriculum"
echo
echo "== relais pack $curriculum -o $pack"
"$relais" pack "$curriculum" -o "$pack"
echo
echo "== relais validate $pack"
"$relais" validate "$pack"

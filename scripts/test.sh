#!/usr/bin/env bash
# Builds Relais and runs the whole test suite (the README's test command).
# `scripts/test.sh asan` does the same with another CMake preset: asan builds
# everything with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/deps.sh
# The browser tests' npm packages, exactly as locked.
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" --parallel "$(nproc)"

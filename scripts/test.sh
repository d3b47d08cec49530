#!/usr/bin/env bash
# Builds Relais and runs the whole test suite (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
# The browser tests' npm packages, exactly as locked.
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
cmake --preset default
cmake --build --preset default
ctest --preset default --parallel "$(nproc)"

#!/usr/bin/env bash
# Sets up a fresh machine and runs every test: the Swift Testing suites of each module, then
# every executable notebook in notebooks-txt/ (re-run and compared with its recorded outputs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
.build/debug/marlcheck notebook verify notebooks-txt/*.md

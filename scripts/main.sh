#!/usr/bin/env bash
# Sets up a fresh machine, builds MARLCheck in release mode and runs the main job on the
# built-in default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product marlcheck
.build/release/marlcheck games list

#!/usr/bin/env bash
# Sets up a fresh machine, builds MARLCheck in release mode and runs the main job on the
# built-in default: every registered claim of the five papers, reported in ./report
# (index.html, report.md, results.json, csv/, plots/, counterexamples/). An interrupted run
# continues with: .build/release/marlcheck report all -o report --resume
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product marlcheck
.build/release/marlcheck report all -o report

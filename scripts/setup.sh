#!/usr/bin/env bash
# Installs what MARLCheck needs that is missing: GSL, OpenBLAS and gnuplot from Debian's packages.
# Safe to run again; it installs nothing that is already there.
set -euo pipefail

need=()
dpkg -s libgsl-dev >/dev/null 2>&1 || need+=(libgsl-dev)
dpkg -s libopenblas-dev >/dev/null 2>&1 || need+=(libopenblas-dev)
command -v gnuplot >/dev/null 2>&1 || need+=(gnuplot-nox)

if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

command -v swift >/dev/null 2>&1 || { echo "setup: Swift 6.1 or later is required (https://swift.org/install)" >&2; exit 1; }

#!/usr/bin/env bash
# ExactNN's one entry point: sets up what a fresh Debian machine lacks
# (idempotently), builds, and runs the main job or the tests.
#   ./run.sh check [exactnn check options]   check every claim (default)
#   ./run.sh test                            the full test suite
#   ./run.sh exactnn ARGS…                   any exactnn command, release build
set -euo pipefail
cd "$(dirname "$0")"

setup() {
    local missing=()
    for pkg in libgmp-dev libmpfr-dev pkg-config python3-venv gzip; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "run.sh: installing ${missing[*]}" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    command -v swift >/dev/null || { echo "run.sh: swift 6.3 is required (not found on PATH)" >&2; exit 2; }
}

release() {
    swift build -c release --product exactnn >&2
    "$(swift build -c release --show-bin-path)/exactnn" "$@"
}

cmd="${1:-check}"
[ $# -gt 0 ] && shift
setup
case "$cmd" in
    check) release check "$@" ;;
    exactnn) release "$@" ;;
    test) scripts/test.sh "$@" ;;
    *) echo "run.sh: unknown command '$cmd' (use check, test or exactnn)" >&2; exit 2 ;;
esac

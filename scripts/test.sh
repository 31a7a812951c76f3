#!/usr/bin/env bash
# The test suite: unit and property tests of every module, then the
# catalog's claims in quick mode through the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build "$@"

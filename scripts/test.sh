#!/usr/bin/env bash
# The test suite: unit and property tests of every module, then the
# catalog's claims in quick mode with their committed certificates (inside
# swift test), then every notebook headless, then the errata oracle.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build "$@"
# The papers' figures: every notebook, headless, on the debug binary just built.
EXACTNN_BIN="$(swift build --show-bin-path)/exactnn" scripts/notebooks.sh
# The independent oracle behind the errata tests is current (standard library only; the notebooks' venv).
.venv-notebooks/bin/python Tests/Oracles/errata.py --check Tests/Oracles/errata.txt

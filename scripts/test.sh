#!/usr/bin/env bash
# The test suite, as CI runs it (README: ./run.sh test):
#   1. debug build of everything, tests included — a compiler warning fails it;
#   2. unit and property tests of every module, and every claim at its quick
#      size against its committed certificate (inside swift test);
#   3. the release build, then the main job: every claim at full size
#      (`exactnn check`), which fails on any verdict that differs from the record;
#   4. the independent oracles (Tests/Oracles) against the committed
#      certificates and against the full-size key figures;
#   5. the README's figures are current, and every notebook runs headless,
#      on the release binary;
#   6. the API documentation (DocC) of every module with a catalog, where a
#      warning (a broken symbol link, an undocumented parameter) fails;
#   7. a real single-node Slurm (scripts/test-slurm.sh, as root; skip with
#      EXACTNN_SKIP_SLURM=1): a sharded study through sbatch, merged == unsharded.
# Extra arguments go to `swift test` (e.g. --filter BooleanAnalysisTests).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build

# Builds with the given arguments; any warning in our own code fails the run.
build_without_warnings() {
    local log="build/build-$1.log"; shift
    swift build "$@" >"$log" 2>&1 || { cat "$log"; echo "test: build failed" >&2; exit 1; }
    tail -n 1 "$log"
    if grep -E "^$PWD/(Sources|Tests)/.*: warning:" "$log" | sort -u | grep .; then
        echo "test: the build above printed warnings; ExactNN builds warning-free" >&2
        exit 1
    fi
}

build_without_warnings debug --build-tests
swift test --skip-build "$@"

build_without_warnings release -c release --product exactnn
bin="$(swift build -c release --show-bin-path)/exactnn"
python="$(scripts/venv.sh)"

echo "== exactnn check (every claim, full size)"
start=$SECONDS
status=0
"$bin" check --figures --format json --out build/check.json || status=$?
echo "check took $((SECONDS - start)) s"
"$python" Tests/Oracles/oracles.py --check build/check.json --full --summary
[ "$status" -eq 0 ] || { echo "test: exactnn check reported verdicts that differ from the record" >&2; exit 1; }

echo "== oracles against the committed certificates (quick sizes)"
"$python" Tests/Oracles/oracles.py --proofs Proofs

echo "== README figures (stale when their exact data changed)"
EXACTNN_BIN="$bin" "$python" scripts/figures.py --check

echo "== notebooks"
EXACTNN_BIN="$bin" scripts/notebooks.sh

echo "== API documentation (DocC)"
for catalog in Sources/*/*.docc; do
    target="$(basename "$(dirname "$catalog")")"
    log="build/docc-$target.log"
    swift package --disable-sandbox generate-documentation --target "$target" --warnings-as-errors >"$log" 2>&1 \
        || { grep -E "^(warning|error)" -A3 "$log"; echo "test: DocC for $target failed" >&2; exit 1; }
    echo "docs: $target"
done

echo "== Slurm: a sharded study through a job array and a dependent merge"
if [ "${EXACTNN_SKIP_SLURM:-0}" = 1 ]; then
    echo "skipped (EXACTNN_SKIP_SLURM=1)"
elif [ "$(id -u)" -ne 0 ]; then
    echo "test: the Slurm test needs root (it installs slurm-wlm and munge); run as root or set EXACTNN_SKIP_SLURM=1" >&2
    exit 1
else
    scripts/test-slurm.sh "$bin" || { echo "test: the Slurm test FAILED (scripts/test-slurm.sh)" >&2; exit 1; }
fi

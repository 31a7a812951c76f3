#!/usr/bin/env bash
# Executes every notebook in Notebooks/ headless and writes executed copies
# (with figures, and each figure as a PNG) to build/notebooks/. Fails on any
# cell error; the last line is "N passed, M failed".
#
# The notebooks read ExactNN's JSON output from the binary named by
# EXACTNN_BIN. When it is set (e.g. CI reusing the test build:
# EXACTNN_BIN=.build/debug/exactnn) nothing is built; otherwise the release
# binary is built and used.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
notebooks=(Notebooks/*.ipynb)
if ((${#notebooks[@]} == 0)); then echo "0 passed, 0 failed"; exit 0; fi

if [ -n "${EXACTNN_BIN:-}" ]; then
    if [ ! -x "$EXACTNN_BIN" ]; then echo "notebooks: EXACTNN_BIN=$EXACTNN_BIN is not an executable" >&2; exit 2; fi
    EXACTNN_BIN="$(cd "$(dirname "$EXACTNN_BIN")" && pwd)/$(basename "$EXACTNN_BIN")"
else
    swift build -c release --product exactnn >&2
    EXACTNN_BIN="$(swift build -c release --show-bin-path)/exactnn"
fi
export EXACTNN_BIN

python="$(scripts/venv.sh)"

mkdir -p build/notebooks
"$python" - "${notebooks[@]}" <<'PY'
import base64, re, sys, time
import nbformat
from nbclient import NotebookClient

failed = 0
for path in sys.argv[1:]:
    name = path.split("/")[-1].removesuffix(".ipynb")
    nb = nbformat.read(path, as_version=4)
    start = time.monotonic()
    try:
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": "Notebooks"}}).execute()
        status = "ok"
    except Exception as e:
        failed += 1
        message = re.sub(r"\x1b\[[0-9;]*m", "", str(e)).strip().splitlines() or [type(e).__name__]
        status = "FAILED: " + message[-1]
    nbformat.write(nb, f"build/notebooks/{name}.ipynb")
    figures = [o["data"]["image/png"] for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    for k, png in enumerate(figures, 1):
        with open(f"build/notebooks/{name}-{k}.png", "wb") as f:
            f.write(base64.b64decode(png))
    print(f"notebook {status}: {path} ({time.monotonic() - start:.1f} s, {len(figures)} figures)", flush=True)
print(f"{len(sys.argv) - 1 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

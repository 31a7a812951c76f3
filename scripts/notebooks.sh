#!/usr/bin/env bash
# Executes every notebook in Notebooks/ headless and writes executed copies
# (with figures) to build/notebooks/. Fails on any cell error.
# The notebooks read ExactNN's JSON output from the binary named by
# EXACTNN_BIN (default: the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
notebooks=(Notebooks/*.ipynb)
if ((${#notebooks[@]} == 0)); then echo "notebooks: none to run"; exit 0; fi

venv=.venv-notebooks
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q --disable-pip-version-check nbclient nbformat ipykernel matplotlib numpy

swift build -c release --product exactnn >&2
export EXACTNN_BIN="${EXACTNN_BIN:-$(swift build -c release --show-bin-path)/exactnn}"
export MPLBACKEND=Agg
mkdir -p build/notebooks
"$venv/bin/python" - "${notebooks[@]}" <<'PY'
import sys, nbformat
from nbclient import NotebookClient
failed = 0
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    try:
        NotebookClient(nb, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": "Notebooks"}}).execute()
        print(f"notebook ok: {path}")
    except Exception as e:
        failed += 1
        print(f"notebook FAILED: {path}: {str(e).splitlines()[0] if str(e) else e}")
    out = "build/notebooks/" + path.split("/")[-1]
    nbformat.write(nb, out)
print(f"{len(sys.argv) - 1 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

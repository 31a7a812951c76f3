#!/usr/bin/env bash
# Prints the path of the project's Python, creating the venv .venv and
# installing requirements.txt first when needed (PyPI). Used by the
# notebook, figure and oracle scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >&2 || { echo "venv: 'python3 -m venv' failed (Debian: apt-get install python3-venv)" >&2; exit 2; }
fi
stamp="$venv/.requirements"
if ! cmp -s requirements.txt "$stamp"; then
    "$venv/bin/pip" install -q --disable-pip-version-check -r requirements.txt >&2
    cp requirements.txt "$stamp"
fi
echo "$PWD/$venv/bin/python"

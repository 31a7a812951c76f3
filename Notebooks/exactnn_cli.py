"""Calls the exactnn binary and reads its `--format json` tables.

The binary is $EXACTNN_BIN when set, else ../.build/release/exactnn
relative to this folder, else ../.build/debug/exactnn.
"""
import json
import math
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def binary():
    """Path of the exactnn executable the notebooks use."""
    chosen = os.environ.get("EXACTNN_BIN")
    if chosen:
        return str(Path(chosen).expanduser().resolve())
    for build in ("release", "debug"):
        candidate = ROOT / ".build" / build / "exactnn"
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError("no exactnn binary: run 'swift build' in the repository or set EXACTNN_BIN")


def tables(*args):
    """The tables printed by `exactnn <args> --format json`, always as a list.

    Raises RuntimeError with exactnn's one-line message when it exits with
    status 2 (bad input) or crashes; `exactnn check` exits 1 when a verdict
    differs from the recorded one, which is data, not an error.
    """
    command = [binary(), *map(str, args), "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not done.stdout.strip():
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    data = json.loads(done.stdout)
    return data if isinstance(data, list) else [data]


def experiment(*args):
    """`exactnn train <args> --format json` as a dict: experiment, summary,
    prediction, and tables (settings first, then the experiment's tables)."""
    command = [binary(), "train", *map(str, args), "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def table(*args):
    """The single table of `exactnn <args> --format json`."""
    return tables(*args)[0]


def column(t, name):
    """One column of a table as a list of cells."""
    return [row[name] for row in t["rows"]]


def number(cell):
    """A cell as a float: numbers stay, decimal text is parsed, 'p/q' is divided, anything else is NaN."""
    if isinstance(cell, bool):
        return float(cell)
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip()
    try:
        if "/" in text:
            p, q = text.split("/")
            return int(p) / int(q)
        return float(text)
    except ValueError:
        return math.nan


def value(t, quantity):
    """The 'value' cell of the row whose 'quantity' starts with the given text."""
    for row in t["rows"]:
        if str(row.get("quantity", "")).startswith(quantity):
            return row["value"]
    raise KeyError(f"no row '{quantity}' in '{t['title']}'")


def verdicts(*prefixes):
    """id, verdict, expected and evidence of `exactnn check <prefixes> --quick`."""
    t = table("check", *prefixes, "--quick")
    return [(r["id"], r["verdict"], r["expected"], r["evidence"]) for r in t["rows"]]

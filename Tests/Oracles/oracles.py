#!/usr/bin/env python3
"""Independent oracles for ExactNN's key figures.

Every exact claim exports key figures (name -> exact value). The modules
beside this file recompute them from the papers' formulas by another route
(Python integers and fractions, SymPy, mpmath, brute force on small cases),
never by calling ExactNN. This runner reads the figures a run produced and
compares.

    python Tests/Oracles/oracles.py --proofs Proofs           # committed certificates (quick sizes)
    python Tests/Oracles/oracles.py --check check.json --full # `exactnn check --figures --format json`

It fails when a figure differs, when a claim exports figures that no oracle
checks, or when an oracle expects a figure the claim did not export.
"""
import argparse
import glob
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_kit  # noqa: E402


def figures_from_proofs(folder):
    """{claim id: ({figure: value text}, verdict)} from the certificates' Key figures tables."""
    runs = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.md"))):
        text = open(path, encoding="utf-8").read()
        head = re.match(r"# `([^`]+)`", text)
        if not head:
            continue
        verdict = re.search(r"^\| verdict \| \*\*(\w+)\*\* \|$", text, re.M)
        figures = {}
        block = text.split("**Key figures**", 1)
        if len(block) == 2:
            for line in block[1].splitlines()[1:]:
                if line.startswith("| figure |") or line.startswith("|---"):
                    continue
                if not line.startswith("|"):
                    if figures:
                        break
                    continue
                cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
                figures[cells[0]] = cells[1]
        runs[head.group(1)] = (figures, verdict.group(1) if verdict else None)
    return runs


def check_tables(path):
    tables = json.load(open(path, encoding="utf-8"))
    return [tables] if isinstance(tables, dict) else tables


def print_summary(path):
    for t in check_tables(path):
        if t["title"] == "ExactNN claims":
            for r in t["rows"]:
                if r["verdict"] != r["expected"]:
                    print(f"REGRESSION {r['id']}: {r['verdict']} (recorded {r['expected']}): {r['evidence']}")
            print(t["notes"][0] if t["notes"] else "")


def figures_from_check(path):
    tables = check_tables(path)
    runs = {}
    for t in tables:
        if t["title"] == "ExactNN claims":
            for r in t["rows"]:
                runs.setdefault(r["id"], ({}, None))
                runs[r["id"]] = (runs[r["id"]][0], r["verdict"])
        elif t["title"] == "Key figures":
            for r in t["rows"]:
                runs.setdefault(r["id"], ({}, None))[0][r["figure"]] = r["value"]
    return runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--proofs", help="folder of committed certificates (quick sizes)")
    src.add_argument("--check", help="JSON written by `exactnn check --figures --format json`")
    ap.add_argument("--full", action="store_true", help="the figures come from a full-size run")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--summary", action="store_true", help="also print the run's verdicts that differ from the record")
    args = ap.parse_args()
    runs = figures_from_proofs(args.proofs) if args.proofs else figures_from_check(args.check)
    if args.summary and args.check:
        print_summary(args.check)
    quick = not args.full

    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "area_*.py"))):
        importlib.import_module(os.path.basename(path)[:-3])

    problems, checked, claims = [], 0, 0
    for claim_id, (figures, verdict) in sorted(runs.items()):
        oracle = oracle_kit.REGISTRY.get(claim_id)
        if oracle is None:
            if figures:
                problems.append(f"{claim_id}: exports {len(figures)} figures but no oracle checks them")
            continue
        claims += 1
        expected = oracle(figures, quick)
        for name, value in expected.items():
            if name == "verdict":
                if verdict is not None and verdict != value:
                    problems.append(f"{claim_id}: verdict {verdict}, oracle says {value}")
                continue
            if name not in figures:
                problems.append(f"{claim_id}: figure '{name}' missing (exported: {', '.join(figures) or 'none'})")
                continue
            message = oracle_kit.compare(figures[name], value)
            checked += 1
            if message:
                problems.append(f"{claim_id}: {name}: {message}")
        for name in figures:
            if name not in expected:
                problems.append(f"{claim_id}: figure '{name}' is exported but the oracle does not check it")
    missing = sorted(set(oracle_kit.REGISTRY) - set(runs))
    for p in problems:
        print("ORACLE MISMATCH " + p)
    if not args.quiet:
        print(f"oracles: {checked} figures of {claims} claims recomputed independently, "
              f"{len(problems)} problems" + (f"; not in this run: {', '.join(missing)}" if missing else ""))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

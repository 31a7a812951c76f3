#!/usr/bin/env python3
"""The README's figures, drawn from the exactnn binary's exact output.

    scripts/figures.py            # recompute the data, redraw docs/figures/*.svg
    scripts/figures.py --check    # fail when the committed figures are stale

Each figure is drawn only from `docs/figures/data.json`, which holds the
commands run and the JSON tables they printed (exact values as text). The
check recomputes that data with the current binary and compares it with
the committed file: a figure is stale when its content changed, whatever
the pixels. The binary is $EXACTNN_BIN, else .build/release or .build/debug.
"""
import argparse
import json
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Notebooks"))
from exactnn_cli import binary, tables  # noqa: E402

OUT = ROOT / "docs" / "figures"

# name -> the exactnn command whose tables the figure draws.
COMMANDS = {
    "boolean-npn4": ["table", "boolean", "--vars", "4", "--digits", "12"],
    "polarity-p-of-n": ["polarity", "table", "--max-units", "24", "--dim", "5", "--digits", "15"],
    "symmetric-margin": ["symmetric", "margin", "--n", "10"],
    "balance-theorem-45": ["balance", "--layers", "3,6,6,6,2", "--p", "2", "--seed", "5", "--schedule", "tied", "--no-bias"],
    "rbp-chain": ["rbp", "chain", "--layers", "2", "--alpha", "1", "--beta", "1", "--c", "1", "--init=2,-5/2", "--digits", "20"],
    # Drawn by exactnn itself (--svg, exact polygons); the data is the region summary. Run from the repository root.
    "regions-2-16-16-1": ["regions", "--network", "Data/networks/random-2-16-16-1.json", "--box", "3"],
}


def compute():
    return {name: {"command": ["exactnn", *args], "tables": tables(*args)} for name, args in COMMANDS.items()}


def number(text):
    """A table cell as a float for drawing only (the data file keeps it exact)."""
    return float(Fraction(str(text)))


def column(table, name):
    return [row[name] for row in table["rows"]]


def draw(data):
    import subprocess
    subprocess.run([binary(), *COMMANDS["regions-2-16-16-1"], "--svg", str(OUT / "regions-2-16-16-1.svg")],
                   check=True, capture_output=True)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    # Same data, same bytes: fixed ids and no creation date in the SVG.
    matplotlib.rcParams["svg.hashsalt"] = "exactnn"
    matplotlib.rcParams["font.size"] = 9

    def save(fig, name):
        fig.tight_layout()
        fig.savefig(OUT / f"{name}.svg", metadata={"Date": None})
        plt.close(fig)

    # Dissertation §3.5: the 222 four-input NPN classes, exact metrics.
    t = data["boolean-npn4"]["tables"][0]
    swaps = np.array([int(x) for x in column(t, "swaps")])
    degree = np.array([int(x) for x in column(t, "degree")])
    influence = np.array([number(x) for x in column(t, "total influence")])
    entropy = np.array([number(x) for x in column(t, "entropy")])
    orbit = np.array([int(x) for x in column(t, "orbit size")])
    hard = np.array([x is True for x in column(t, "in Table 3.3")])
    fig, (ax, bx) = plt.subplots(1, 2, figsize=(10, 4))
    sc = ax.scatter(influence, entropy, c=swaps, s=10 + 6 * degree, cmap="viridis")
    ax.scatter(influence[hard], entropy[hard], facecolors="none", edgecolors="red", s=70, label="listed in Table 3.3")
    fig.colorbar(sc, ax=ax, label="swaps")
    ax.set_xlabel("total influence"); ax.set_ylabel("Fourier entropy (bits)"); ax.legend(fontsize=8)
    ax.set_title("222 NPN classes of 4 inputs (marker size: degree)")
    values = np.arange(swaps.max() + 1)
    by_class = np.array([np.sum(swaps == s) for s in values])
    by_function = np.array([orbit[swaps == s].sum() for s in values])
    bx.bar(values - 0.2, by_class / by_class.sum(), 0.4, label="share of classes")
    bx.bar(values + 0.2, by_function / by_function.sum(), 0.4, label="share of the 65 536 functions")
    bx.set_xlabel("swaps(f)"); bx.set_ylabel("share"); bx.legend(fontsize=8); bx.set_title("swaps, n = 4")
    save(fig, "boolean-npn4")

    # Paper 000 App. D: exact P(n) against Lemma D.2 and Theorem D.3.
    t = data["polarity-p-of-n"]["tables"][0]
    n = [int(x) for x in column(t, "n")]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for name, style in [("hidden free, output free", "-"), ("hidden zero, output free", "--"),
                        ("hidden free, output zero", "-."), ("hidden zero, output zero", ":")]:
        ax.plot(n, [number(x) for x in column(t, f"P(n) {name}")], style, marker=".", label=f"exact P(n), {name}")
    ax.plot(n, [number(x) for x in column(t, "D.2")], color="black", lw=2, label="Lemma D.2 bound")
    ax.plot(n, [number(x) for x in column(t, "D.3 (d = 5)")], color="tab:red", lw=2, label="Theorem D.3 bound, d = 5 (overcounts)")
    ax.set_xlabel("hidden units n"); ax.set_ylabel("P(frozen random signs can represent XOR)")
    ax.grid(alpha=0.3); ax.legend(fontsize=7, loc="lower right")
    ax.set_title("Paper 000, Fig. 4A's probability, exactly")
    save(fig, "polarity-p-of-n")

    # Paper 001 Lemma 3: margins of the explicit and the optimal separator.
    t = data["symmetric-margin"]["tables"][0]
    n = [int(x) for x in column(t, "n")]
    fig, ax = plt.subplots(figsize=(6, 3.8))
    ax.semilogy(n, [number(x) for x in column(t, "explicit γ²")], "o-", label="explicit construction γ²")
    ax.semilogy(n, [number(x) for x in column(t, "optimal γ²")], "s--", label="optimal γ² (exact LP)")
    ax.set_xlabel("n"); ax.set_ylabel("smallest squared margin over S_n"); ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=8); ax.set_title("Paper 001, Lemma 3: exact margins")
    save(fig, "symmetric-margin")

    # Paper 004 Theorem 45: balancing multipliers, iterated vs closed forms.
    t = data["balance-theorem-45"]["tables"][1]
    layers = [int(x) for x in column(t, "layer")]
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    for k, name in enumerate(["iteration", "closed form (corrected)", "eq. 50 as printed"]):
        ax.bar(np.array(layers) + (k - 1) * 0.27, [number(x) for x in column(t, name)], 0.27, label=name)
    ax.axhline(1, color="grey", lw=0.8)
    ax.set_xticks(layers, [f"layer {l}" for l in layers]); ax.set_ylabel("multiplier")
    ax.set_title("Paper 004, Theorem 45 on 3-6-6-6-2 (L2, seed 5)"); ax.legend(fontsize=8); ax.grid(alpha=0.3, axis="y")
    save(fig, "balance-theorem-45")

    # Paper 003: the one-variable reduction of A[1,1,1] and its fixed points.
    summary, roots, limits = data["rbp-chain"]["tables"][:3]
    import sympy
    q_text = next(r["value"] for r in summary["rows"] if r["quantity"].endswith("= Q(a1)"))
    a1 = sympy.Symbol("a1")
    q = sympy.lambdify(a1, sympy.sympify(q_text.replace("^", "**")))
    xs = np.linspace(-4, 4, 400)
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    ax.plot(xs, q(xs), label=f"Q(a1) = {q_text}")
    ax.axhline(0, color="grey", lw=0.8)
    for r in roots["rows"]:
        x = number(r["a1"])
        ax.plot([x], [0], "o", color="tab:green" if r["stability"] == "attracting" else "tab:red", markersize=7)
        ax.annotate(f"{r['a1'][:8]}…\n{r['stability']}", (x, 0), textcoords="offset points", xytext=(0, 10), fontsize=7, ha="center")
    start = next(r for r in limits["rows"] if r["weight"] == "a1")
    ax.annotate("", xy=(number(start["limit (certified)"]), -1.5), xytext=(number(start["start"]), -1.5),
                arrowprops={"arrowstyle": "->"})
    ax.text(number(start["start"]), -2.6, f"a1(0) = {start['start']} flows to the certified limit", fontsize=7)
    ax.set_ylim(-8, 8); ax.set_xlabel("a1"); ax.set_ylabel("da1/dt")
    ax.set_title("Paper 003: A[1,1,1] under SRBP, fixed points are the roots of Q"); ax.legend(fontsize=7, loc="upper right")
    save(fig, "rbp-chain")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail when docs/figures is stale")
    args = ap.parse_args()
    data = compute()
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    stored = OUT / "data.json"
    if args.check:
        old = json.loads(stored.read_text(encoding="utf-8")) if stored.exists() else {}
        stale = sorted(name for name in set(data) | set(old) if data.get(name) != old.get(name))
        missing = sorted(name for name in data if not (OUT / f"{name}.svg").exists())
        for name in stale:
            print(f"figures: {name} is stale (its data changed); run scripts/figures.py and commit docs/figures", file=sys.stderr)
        for name in missing:
            print(f"figures: docs/figures/{name}.svg is missing; run scripts/figures.py", file=sys.stderr)
        if stale or missing:
            sys.exit(1)
        print(f"figures: {len(data)} up to date")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    stored.write_text(text, encoding="utf-8")
    draw(data)
    print(f"figures: wrote {len(data)} figures to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Reading is linear in the document: time to read hostile documents at size n and 2n.

Run: python benchmarks/bench_scan.py
For each kind (60 000 LaTeX comment lines, unclosed fences, stray dollars and backticks, a row of
20 000 `\\quad`s, 20 000 reST blocks, a 1 MB row) prints the reading time (find the mathematics,
cut rows, read every side with the grammar; no checking) at n and 2n and their ratio: about 2 for
linear scanning, about 4 for quadratic. Also `eq7 check /dev/zero` (refused after limit+1 bytes).
"""
import subprocess
import sys
import time

from derivation.read.document import DocumentError
from derivation.read.reader import read_text

KINDS = {
    "LaTeX comment lines": lambda n: "\\begin{align}\nZ &= Z \\\\\n" + "% a comment line\n" * n + "&= Z\n\\end{align}\n",
    "unclosed fences": lambda n: "$$ Z = Z $$\n" + "```x\n" * n,
    "stray dollars": lambda n: "$$ Z = Z $$\n\n" + "$5 and " * n,
    "stray backticks": lambda n: "$$ Z = Z $$\n\n" + "`a ``b " * n,
    "quads on one row": lambda n: "$$ Z = Z" + " \\quad Z = Z" * (n // 20) + " $$",
    "reST blocks": lambda n: ".. math::\n\n   Z = Z\n\n" * (n // 60),
    "one long row": lambda n: "$$\nZ = " + "Z + " * n + "Z\n$$",
}


def read_time(text: str, name: str) -> float:
    t0 = time.perf_counter()
    try:
        read_text(text, name)
    except DocumentError:
        pass
    return time.perf_counter() - t0


def main():
    read_text("$$ Z = Z $$")  # build the parser once
    n = 60_000
    print(f"{'kind':<22} {'chars at n':>11} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6}")
    for kind, make in KINDS.items():
        name = "d.tex" if "LaTeX" in kind else "d.md"
        a, b = make(n), make(2 * n)
        ta, tb = read_time(a, name), read_time(b, name)
        print(f"{kind:<22} {len(a):>11} {ta:>8.2f} {tb:>8.2f} {tb / max(ta, 1e-9):>6.1f}")
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "eq7", "check", "/dev/zero"], capture_output=True, text=True)
    print(f"eq7 check /dev/zero: exit {p.returncode} in {time.perf_counter() - t0:.2f} s: {p.stderr.strip()[:100]}")


if __name__ == "__main__":
    main()

"""Wall time of `eq7 grade` on a class: 200 generated student files, in a temporary folder.

Run: python benchmarks/bench_grade.py [files] [jobs]
The files are variants of the derivation of d log Z / dTheta (valid, a sign slip, a dropped 1/N,
a log of a sum turned into a sum of logs), plus a few hostile ones (garbage bytes, an unclosed
display, 600 nested braces, an empty display), as a class would hand them in. Prints the time of
the whole run, the time per file, and how many files got each status. The time per file includes
a share of forking the worker pool, not an interpreter start.
"""
import os
import random
import sys
import tempfile
import time

VALID = r"""# Homework 3, student {k}

$$
\begin{{aligned}}
\frac{{\partial \log Z}}{{\partial\Theta}} &= \frac{{1}}{{Z}}\frac{{\partial Z}}{{\partial\Theta}} \\
&= \frac{{1}}{{Z}}\sum_x \frac{{\partial e^{{-E(x)}}}}{{\partial\Theta}} \\
&= {sign}\sum_x P_\Theta(x) \frac{{\partial E(x)}}{{\partial\Theta}}
\end{{aligned}}
$$

The loss gradient:

$$
\frac{{\partial \mathcal{{L}}}}{{\partial\Theta}} = {scale}\sum_{{i=1}}^{{N}} \frac{{\partial E(x^{{(i)}})}}{{\partial\Theta}}
 + \frac{{\partial \log Z}}{{\partial\Theta}}
$$
"""
HOSTILE = [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"$$ \\begin{align} Z = Z",
           ("$$\n" + "{" * 600 + "Z" + "}" * 600 + " = Z\n$$\n").encode(), b"$$\n$$\n"]


def make_class(folder: str, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for k in range(n):
        if k % 25 == 24:
            data = HOSTILE[(k // 25) % len(HOSTILE)]
        else:
            data = VALID.format(k=k, sign=rng.choice(["-", "-", "-", ""]),
                                scale=rng.choice([r"\frac{1}{N}", r"\frac{1}{N}", ""])).encode()
        with open(os.path.join(folder, f"student_{k:03d}.md"), "wb") as f:
            f.write(data)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else None
    from derivation.grade import grade_folder

    with tempfile.TemporaryDirectory() as d:
        make_class(d, n)
        t0 = time.perf_counter()
        rows = grade_folder(d, timeout=60, jobs=jobs)
        dt = time.perf_counter() - t0
    by = {s: sum(r["status"] == s for r in rows) for s in (0, 1, 2)}
    print(f"graded {len(rows)} files in {dt:.1f} s ({dt / len(rows) * 1000:.0f} ms per file, "
          f"{jobs or os.cpu_count()} worker(s)): status 0: {by[0]}, 1: {by[1]}, 2: {by[2]}")


if __name__ == "__main__":
    main()

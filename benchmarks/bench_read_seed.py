"""Wall time of reading AND checking the blog post as published, in a fresh process, import included.

Target: under 2 s (issue 4). Run: python benchmarks/bench_read_seed.py [repeats]
What a run does: find the display math of the shipped post (front matter and all), parse every row
with the one reader (derivation/read/general.py), turn the rows into the checker's
expressions, and check every step and the claim; exactly `eq7 check` minus printing.
Prints each run's wall time, the best and the median, and a breakdown of one run measured inside the
process. On a shared machine the numbers are noisy: read the best as the figure.
"""
import statistics
import subprocess
import sys
import time

RUN = ("from derivation.run.checkdoc import check_path; r = check_path(None); "
       "assert r.main.claim.verdict == 'proved' and not r.doc.errors")
BREAKDOWN = r"""
import time
t0 = time.perf_counter()
import sympy
t1 = time.perf_counter()
from derivation.run.checkdoc import check_text, shipped_post
from derivation.read.reader import read_text
from derivation.meaning.chains import chains_of
from derivation.judge.check import check_chain
t2 = t3 = time.perf_counter()
text, name = shipped_post()
doc = read_text(text, name)
chains = chains_of(doc)
t4 = time.perf_counter()
reports = [check_chain(c) for c, _ in chains]
t5 = time.perf_counter()
rows = sum(len(c.rows) for c, _ in chains)
print(f"  import sympy {t1 - t0:.3f} s, our modules {t2 - t1:.3f} s,")
print(f"  read {rows} rows into expressions {t4 - t3:.3f} s, check {sum(len(r.steps) for r in reports)} steps"
      f" and the claim {t5 - t4:.3f} s")
"""


def wall(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t


def main(repeats: int = 5) -> None:
    runs = [wall(RUN) for _ in range(repeats)]
    print("read and check the blog post as published, fresh process, import included:")
    print("  runs [s]: " + ", ".join(f"{t:.3f}" for t in runs))
    print(f"  best {min(runs):.3f} s, median {statistics.median(runs):.3f} s  (target < 2 s)")
    print("one run from inside the process:")
    sys.stdout.flush()
    subprocess.run([sys.executable, "-c", BREAKDOWN], check=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""Wall time and size of `eq7 companion` for the blog post, in a fresh process, import included.

Targets: under 3 s, and a page under 300 KB. Run: python benchmarks/bench_companion.py [repeats]
Prints each run's wall time, the best and the median, the CPU time (what the wall time would be on
an idle core), and the page's size in bytes and KB.
On a shared machine the numbers are noisy: read the best as the figure, the median as a sanity check.
"""
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(repeats: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "eq7-companion.html"
        runs, cpu = [], []
        for _ in range(repeats):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eq7", "companion", "-o", str(page)], check=True,
                           stdout=subprocess.DEVNULL)
            runs.append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        size = page.stat().st_size
    print("eq7 companion (the post's page) in a fresh process, import included:")
    print("  runs (s): " + ", ".join(f"{r:.2f}" for r in runs))
    print(f"  best {min(runs):.2f} s, median {statistics.median(runs):.2f} s (target < 3 s)")
    print(f"  CPU time (user + sys) best {min(cpu):.2f} s: the wall time on an idle core")
    print(f"  page: {size} bytes = {size / 1024:.0f} KB (target < 300 KB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

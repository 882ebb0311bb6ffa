"""Wall time and size of `eq7 companion` for the blog post, in a fresh process, import included.

Targets: under 3 s, and a page under 300 KB. Run: python benchmarks/bench_companion.py [repeats]
Prints each run's wall time, the best and the median, and the page's size in bytes and KB.
On a shared machine the numbers are noisy: read the best as the figure, the median as a sanity check.
"""
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(repeats: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "eq7-companion.html"
        runs = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eq7", "companion", "-o", str(page)], check=True,
                           stdout=subprocess.DEVNULL)
            runs.append(time.perf_counter() - t)
        size = page.stat().st_size
    print("eq7 companion (the post's page) in a fresh process, import included:")
    print("  runs (s): " + ", ".join(f"{r:.2f}" for r in runs))
    print(f"  best {min(runs):.2f} s, median {statistics.median(runs):.2f} s (target < 3 s)")
    print(f"  page: {size} bytes = {size / 1024:.0f} KB (target < 300 KB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

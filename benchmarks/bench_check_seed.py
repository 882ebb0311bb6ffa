"""Wall time of checking the blog post's whole derivation in a fresh process, import included.

Target: under 2 s. Run: python benchmarks/bench_check_seed.py [repeats]
Prints the wall time of each run, the best and the median, the import time of the checker alone,
and the same for the command a user types, `python -m eq7 check` (reads the shipped post, prints).
On a shared machine the numbers are noisy: read the best as the figure, the median as a sanity check.
"""
import statistics
import subprocess
import sys
import time

CHECK = ("from derivation.judge.check import check_chain; from derivation.meaning.eq7 import seed_chain; "
         "r = check_chain(seed_chain()); assert r.claim.verdict == 'proved'")
IMPORT = "import derivation.judge.check, derivation.meaning.eq7"


def wall(code: str | None, argv=()) -> float:
    cmd = [sys.executable, "-c", code] if code else [sys.executable, *argv]
    t = time.perf_counter()
    # `eq7 check` exits 1 on the post (it has invalid steps); the -c snippets must succeed
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=code is not None)
    return time.perf_counter() - t


def main(repeats: int = 5) -> None:
    runs = [wall(CHECK) for _ in range(repeats)]
    imports = [wall(IMPORT) for _ in range(repeats)]
    command = [wall(None, ("-m", "eq7", "check")) for _ in range(repeats)]
    print("check the seed derivation in a fresh process (import included):")
    print("  runs [s]: " + ", ".join(f"{t:.3f}" for t in runs))
    print(f"  best {min(runs):.3f} s, median {statistics.median(runs):.3f} s  (target < 2 s)")
    print(f"  of which Python + imports alone: best {min(imports):.3f} s")
    print(f"python -m eq7 check (the user's command): best {min(command):.3f} s, "
          f"median {statistics.median(command):.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""python cut.py: re-cuts every document of docs/ verbatim from its source (see sources.py).
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line; None = whole file."""
import os, subprocess
from sources import DOCS
HERE = os.path.dirname(os.path.abspath(__file__))


def source_text(src, path):
    return subprocess.run(["git", "-C", src["mirror"], "show", f'{src["commit"]}:{path}'],
                          capture_output=True, check=True).stdout.decode()


def line_map(ranges):
    """source line -> document line (1-based)"""
    m, d = {}, 1
    for k, (a, b) in enumerate(ranges):
        if k:
            d += 1  # the joining blank line
        for s in range(a, b + 1):
            m[s] = d; d += 1
    return m


def cut(src, path, ranges):
    lines = source_text(src, path).split("\n")
    if ranges is None:
        return "\n".join(lines).rstrip("\n") + "\n"
    parts = ["\n".join(lines[a - 1:b]) for a, b in ranges]
    return "\n\n".join(parts).rstrip("\n") + "\n"


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for d in DOCS:
        name, src, path, ranges, tier = d[:5]
        open(os.path.join(HERE, "docs", name), "w").write(cut(src, path, ranges))
        print(name)

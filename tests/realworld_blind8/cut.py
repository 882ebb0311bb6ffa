"""python cut.py: re-cuts every document of docs/ verbatim from its source (see sources.py)."""
import json, os, subprocess
from sources import DOCS
HERE = os.path.dirname(os.path.abspath(__file__))


def source_text(src, path):
    if src["kind"] in ("git", "ipynb"):
        raw = subprocess.run(["git", "-C", src["mirror"], "show", f'{src["commit"]}:{path}'],
                             capture_output=True, check=True).stdout.decode()
        if src["kind"] == "git":
            return raw
        return raw  # cell chosen in cut()
    return json.load(open(os.path.join(HERE, src["manual"])))["text"]


def cut(src, path, ranges, cell=None):
    text = source_text(src, path)
    if cell is not None:  # a Jupyter markdown cell: its source joined; ranges are lines of the cell
        text = "".join(json.loads(text)["cells"][cell]["source"])
    lines = text.split("\n")
    if ranges is None:
        return "\n".join(lines).rstrip("\n") + "\n"
    parts = ["\n".join(lines[a - 1:b]) for a, b in ranges]
    return "\n\n".join(parts).rstrip("\n") + "\n"


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for d in DOCS:
        name, src, path, ranges, tier = d[:5]
        cell = d[5] if len(d) > 5 else None
        open(os.path.join(HERE, "docs", name), "w").write(cut(src, path, ranges, cell))
        print(name)

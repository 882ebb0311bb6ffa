"""python build_key.py: writes key.json and SOURCES.md from lab/d*.py and sources.py."""
import glob, importlib, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lab"))
sys.path.insert(0, HERE)
from sources import DOCS  # noqa: E402


def full_commit(src):
    if src["kind"] in ("git", "ipynb"):
        return subprocess.run(["git", "-C", src["mirror"], "rev-parse", src["commit"]], capture_output=True,
                              check=True).stdout.decode().strip()
    return src.get("commit")


def main():
    meta = {d[0]: d for d in DOCS}
    key, rows = [], []
    for p in sorted(glob.glob(os.path.join(HERE, "lab", "d[0-9]*.py"))):
        m = importlib.import_module(os.path.basename(p)[:-3])
        name, src, path, ranges, tier = meta[m.DOC][:5]
        cell = meta[m.DOC][5] if len(meta[m.DOC]) > 5 else None
        assert tier == m.TIER, m.DOC
        lines = open(os.path.join(HERE, "docs", m.DOC)).read().split("\n")
        steps = []
        for s in sorted(m.STEPS, key=lambda s: s.line):   # stable: the order within a line is the lab's order
            e = {"end_line": s.line, "text": lines[s.line - 1].strip()[:60], "expect": s.expect, "why": s.why}
            e.update(s.flags)
            steps.append(e)
        claims = [{"first_line": a, "last_line": b, "expect": x, "why": w} for a, b, x, w in m.CLAIMS]
        url = json.load(open(os.path.join(HERE, src["manual"]))).get("url") if src["kind"] == "page" else None
        source = {"kind": src["kind"], "repo": src.get("repo"), "url": url, "path": path or src.get("path"),
                  "commit": full_commit(src), "lines": ranges}
        if cell is not None:
            source["notebook_cell"] = cell
        key.append({"doc": m.DOC, "tier": m.TIER, "topic": m.TOPIC, "notes": m.NOTES, "steps": steps, "claims": claims,
                    "source": source, "licence": src.get("licence"), "redistributable": False})
        where = source["repo"] or source["url"]
        loc = f"cell {cell}, lines {ranges}" if cell is not None else (str(ranges) if ranges else ("whole file" if source.get("commit") else "whole stored excerpt"))
        rows.append(f"| {m.DOC} | {where} | {source['path'] or '(stored page excerpt)'} | {source['commit'] or '-'} | {loc} | "
                    f"{m.TIER} | {src['kind']} | {src.get('licence')} |")
    json.dump(key, open(os.path.join(HERE, "key.json"), "w"), indent=1, ensure_ascii=False)
    head = ("# Sources of the ninth blind set (blind9)\n\nEvery document is a verbatim cut (line ranges of the source, 1-based, "
            "inclusive; two ranges are joined by one blank line; None = the whole file). "
            "Full commits are also in key.json (`source`). `python cut.py` re-cuts them from the mirrors under /work/.mirror "
            "(fetched with the session's fetch tool).\n\n"
            "| file | repository / page | path | commit | lines | tier | kind | licence |\n|---|---|---|---|---|---|---|---|\n")
    open(os.path.join(HERE, "SOURCES.md"), "w").write(head + "\n".join(rows) + "\n")
    n = {}
    for e in key:
        for s in e["steps"]:
            n.setdefault(e["tier"], {}).setdefault(s["expect"], 0)
            n[e["tier"]][s["expect"]] += 1
    docs_t = {}
    for e in key:
        docs_t[e["tier"]] = docs_t.get(e["tier"], 0) + 1
    print(json.dumps(n, indent=1), len(key), "documents", docs_t)
    print("outside_display labelled (valid/invalid/either):",
          sum(1 for e in key for s in e["steps"] if s.get("outside_display") and s["expect"] in ("valid", "invalid", "either")))


if __name__ == "__main__":
    main()

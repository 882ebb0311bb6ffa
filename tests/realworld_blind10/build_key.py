"""python build_key.py: writes key.json and SOURCES.md from lab/d*.py and sources.py (labels give source lines; mapped
to document lines here)."""
import glob, importlib, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lab"))
sys.path.insert(0, HERE)
from sources import DOCS  # noqa: E402
from cut import line_map  # noqa: E402


def full_commit(src):
    return subprocess.run(["git", "-C", src["mirror"], "rev-parse", src["commit"]], capture_output=True,
                          check=True).stdout.decode().strip()


def doc_line(ranges, src_line):
    return line_map(ranges)[src_line] if ranges else src_line


def main():
    meta = {d[0]: d for d in DOCS}
    key, rows = [], []
    for p in sorted(glob.glob(os.path.join(HERE, "lab", "d[0-9]*.py"))):
        m = importlib.import_module(os.path.basename(p)[:-3])
        name, src, path, ranges, tier = meta[m.DOC][:5]
        assert tier == m.TIER, m.DOC
        lines = open(os.path.join(HERE, "docs", m.DOC)).read().split("\n")
        steps = []
        for s in sorted(m.STEPS, key=lambda s: s.line):   # stable: order within a line is the lab's order
            dl = doc_line(ranges, s.line)
            e = {"end_line": dl, "source_line": s.line, "text": lines[dl - 1].strip()[:60], "expect": s.expect, "why": s.why}
            e.update({k: (doc_line(ranges, v) if k in ("prev_line", "finder_line") else v) for k, v in s.flags.items()})
            steps.append(e)
        claims = [{"first_line": doc_line(ranges, a), "last_line": doc_line(ranges, b), "expect": x, "why": w}
                  for a, b, x, w in m.CLAIMS]
        source = {"kind": src["kind"], "repo": src["repo"], "path": path, "commit": full_commit(src), "lines": ranges}
        key.append({"doc": m.DOC, "tier": m.TIER, "topic": m.TOPIC, "notes": m.NOTES, "steps": steps, "claims": claims,
                    "source": source, "licence": src.get("licence"), "redistributable": False})
        rows.append(f"| {m.DOC} | {src['repo']} | {path} | {source['commit']} | {ranges if ranges else 'whole file'} | "
                    f"{m.TIER} | {src.get('licence')} |")
    json.dump(key, open(os.path.join(HERE, "key.json"), "w"), indent=1, ensure_ascii=False)
    head = ("# Sources of the eleventh blind set (blind11)\n\nEvery document is a verbatim cut (line ranges of the source, "
            "1-based, inclusive; two ranges are joined by one blank line; whole file when no range). Full commits are also in "
            "key.json (`source`). `python cut.py` re-cuts them from the mirrors under /work/.mirror (fetched with the "
            "session's fetch tool).\n\n| file | repository | path | commit | lines | tier | licence |\n|---|---|---|---|---|---|---|\n")
    open(os.path.join(HERE, "SOURCES.md"), "w").write(head + "\n".join(rows) + "\n")
    n, docs_t = {}, {}
    for e in key:
        docs_t[e["tier"]] = docs_t.get(e["tier"], 0) + 1
        for s in e["steps"]:
            n.setdefault(e["tier"], {}).setdefault(s["expect"], 0)
            n[e["tier"]][s["expect"]] += 1
    print(json.dumps(n, indent=1), len(key), "documents", docs_t)


if __name__ == "__main__":
    main()

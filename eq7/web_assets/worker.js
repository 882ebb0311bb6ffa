// The checker's side: Pyodide, the wheels of SymPy and mpmath and the `derivation` package,
// all from this folder (config.json lists them), then one check per message.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const t0 = performance.now();
const progress = (text) => postMessage({ type: "progress", text });

async function boot() {
  const config = await (await fetch("config.json")).json();
  progress("Loading Python (Pyodide)…");
  const pyodide = await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
  let n = 0;
  for (const pkg of config.packages) {
    n += 1;
    progress(`Loading ${pkg.file.replace("wheels/", "")} (${n} of ${config.packages.length})…`);
    const buffer = await (await fetch(pkg.file)).arrayBuffer();
    pyodide.unpackArchive(buffer, pkg.format);
  }
  progress("Starting the checker…");
  pyodide.runPython(`
import json, re, time
from derivation.run.checkdoc import DocumentError, check_text
from derivation.show.html.page import document_page

def eq7_check(text):
    t = time.perf_counter()
    try:
        rep = check_text(text, "the pasted derivation")
    except DocumentError as exc:
        return json.dumps({"error": str(exc)})
    counts = {}
    for r in rep.reports:
        for s in r.steps:
            counts[s.verdict] = counts.get(s.verdict, 0) + 1
    n = sum(counts.values())
    summary = f"{n} step{'s' if n != 1 else ''}: " + ", ".join(f"{k} {v}" for v, k in counts.items())
    page = document_page(rep, title="Reading companion: the pasted derivation", generator="eq7 web (in your browser)")
    # math-core (TeX to MathML) is native code: in the browser formulas stay TeX, and the page's
    # advice to pip-install it would mislead here
    page = re.sub(r'<p class="note">math-core is not installed.*?</p>',
                  '<p class="note">In the browser, formulas are shown as TeX.</p>', page, count=1, flags=re.S)
    return json.dumps({"html": page,
                       "json": rep.to_json(), "summary": summary,
                       "seconds": time.perf_counter() - t})
`);
  return pyodide.globals.get("eq7_check");
}

const ready = boot().then((fn) => {
  postMessage({ type: "ready", seconds: (performance.now() - t0) / 1000 });
  return fn;
}, (err) => { postMessage({ type: "error", text: `The checker failed to load: ${err}` }); throw err; });

onmessage = async (event) => {
  const check = await ready;
  try {
    const out = JSON.parse(check(event.data.text));
    if (out.error) postMessage({ type: "error", text: out.error });
    else postMessage({ type: "report", ...out });
  } catch (err) {
    postMessage({ type: "error", text: `The checker stopped on this document: ${err}` });
  }
};

// The page's side: hands the text to the checker's Web Worker and shows the report it returns.
// The worker has a hard time limit: past it, it is terminated and a fresh one started, so a
// runaway document never freezes the tab (the limit comes from config.json, set by `eq7 web`).
const $ = (id) => document.getElementById(id);
let worker = null, ready = false, timer = null, started = 0, config = null;

function status(text, error = false) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
}

function startWorker() {
  ready = false;
  $("check").disabled = true;
  worker = new Worker("worker.js", { type: "module" });
  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.type === "progress") status(msg.text);
    else if (msg.type === "ready") {
      ready = true;
      $("check").disabled = false;
      status(`Checker ready (loaded in ${msg.seconds.toFixed(1)} s).`);
    } else if (msg.type === "report") finish(msg);
    else if (msg.type === "error") { stopTimer(); $("check").disabled = false; status(msg.text, true); }
  };
  worker.onerror = (event) => status(`The checker failed to load: ${event.message}`, true);
}

function notice(text) {
  $("notice").textContent = text;
  $("notice").hidden = !text;
}

function stopTimer() { if (timer) { clearTimeout(timer); timer = null; } }

function finish(msg) {
  stopTimer();
  $("check").disabled = false;
  const frame = $("report");
  // the report is a whole page; the frame grows to its height so the page scrolls as one
  frame.onload = () => { frame.style.height = frame.contentDocument.documentElement.scrollHeight + 24 + "px"; };
  frame.srcdoc = msg.html;
  $("report").dataset.json = msg.json;
  status(`${msg.summary} (checked in ${msg.seconds.toFixed(1)} s)`);
}

function check() {
  if (!ready) return;
  $("check").disabled = true;
  notice("");
  started = performance.now();
  status("Checking…");
  worker.postMessage({ type: "check", text: $("doc").value });
  timer = setTimeout(() => {
    worker.terminate();
    // the notice stays while the fresh worker reports its loading in the status line
    notice(`Stopped: the check ran over its limit of ${config.time_limit} s. ` +
           "The checker is restarting; the page stays usable.");
    $("report").removeAttribute("srcdoc");
    startWorker();
  }, config.time_limit * 1000);
}

async function main() {
  config = await (await fetch("config.json")).json();
  // ?time_limit=SECONDS overrides the site's limit for this visit (a class on slow laptops)
  const asked = Number(new URLSearchParams(location.search).get("time_limit"));
  if (asked > 0) config.time_limit = asked;
  $("doc").value = await (await fetch("post.txt")).text();
  $("check").addEventListener("click", check);
  startWorker();
}

main().catch((err) => status(`The page could not start: ${err}`, true));

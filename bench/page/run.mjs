#!/usr/bin/env node
// Page benchmark: serves the built dist/ on a free 127.0.0.1 port, drives Chromium through
// playwright-core the way a reader does (paste with Ctrl+V, typing), and times what the reader
// waits for, inside the page:
//
//   a. paste of a ~2,000-word article -> highlights painted
//   b. paste of a 1 MB text -> first screen of highlights painted, the longest main-thread task
//      (PerformanceObserver 'longtask' and 'long-animation-frame') from the paste until the page
//      is settled, and the time until it is settled
//   c. one character typed in the middle of a 10,000-word article -> updated highlights painted
//   d. the share link of the 1 MB text: from the click on "Copy link" to the link shown, and from
//      opening that link in a fresh browser to its text opened (both wait on the browser's
//      CompressionStream and DecompressionStream)
//
// "Painted" is when the browser presented the frame with the highlights: when the page drew them
// in the task of the event itself (a paste or keystroke it analyses at once), the browser's own
// Event Timing entry for that event says so (rounded to 8 ms); otherwise (a worker's answer) a
// message posted from that frame's requestAnimationFrame callback marks it, which reads late
// when another task runs first. "Frame begun" is when that callback ran: the page's own work is
// done, the browser's style, layout, paint and raster follow. Each figure is the median and p95
// over several runs.
// Also prints the download size of dist/ (wasm + JS + CSS + HTML), raw, gzip -9 and brotli q11.
//
// The texts are generated deterministically from sentence templates below (hedges, boosters,
// quotes, attributions, numbers), or with --corpus FILE taken from a JSONL corpus ({"text": ...}
// per line, whole records in file order), which is read at run time and never stored.
//
//   node bench/page/run.mjs [--runs 7] [--keys 40] [--corpus FILE] [--only a,b,c] [--dist DIR] [--trace FILE]
//                           [--breakdown N] [--keep PREFIX]
//
// Environment: CHROMIUM (the browser binary; default: chromium on PATH).
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("../../", import.meta.url));
const { chromium } = createRequire(join(root, "tools", "package.json"))("playwright-core");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
// Another build can be measured (say, the one before a change) with --dist DIR.
const dist = resolve(option("dist", resolve(root, "dist")));
const RUNS = Number(option("runs", 7));
const KEYS = Number(option("keys", 40));
const CORPUS = option("corpus", null);
const ONLY = option("only", "a,b,c,d").split(",");
// --trace FILE: a Chromium performance trace of the first paste of (a), to open in DevTools'
// Performance panel: where its time goes (the input event, Yew's render, style, layout with the
// font lookups, paint). Tracing slows that one run a little.
const TRACE = option("trace", null);
// --breakdown N: N more pastes of (a) and, with (c), N more keystrokes, each traced, split into
// the CPU time of its parts (see `traced`). They come after the timed runs and do not count in
// (a) or (c): tracing slows a run.
const BREAKDOWN = Number(option("breakdown", 0));
// --keep PREFIX: each of those traces is also written to PREFIX-1.json, PREFIX-2.json, ...
const KEEP = option("keep", null);

// ---------------------------------------------------------------------------------------------
// Texts.

// A small deterministic generator (mulberry32), so every run measures the same texts.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ["Maria Lindqvist", "the finance minister", "Dr. Okafor", "a company spokesman", "Jonas Weber", "the mayor", "analysts", "critics", "officials", "the central bank"];
const THINGS = ["the new tariff", "the bridge project", "the merger", "the vaccine programme", "the budget", "the strike", "rail fares", "the harvest", "the court ruling", "unemployment"];
const VERBS = ["said", "told reporters", "claimed", "confirmed", "warned", "argued", "denied", "admitted"];
const HEDGES = ["may", "might", "could", "probably", "possibly", "is likely to", "appears to", "reportedly"];
const BOOSTERS = ["clearly", "certainly", "always", "undoubtedly", "never", "definitely", "obviously"];
const LOADED = ["disastrous", "outrageous", "reckless", "shameful", "brilliant", "catastrophic"];
const TEMPLATES = [
  (p) => `${p.person} ${p.verb} that ${p.thing} ${p.hedge} raise costs by ${p.n} percent next year.`,
  (p) => `"${cap(p.thing)} is ${p.booster} a ${p.loaded} mistake," ${p.person} ${p.verb}.`,
  (p) => `According to ${p.person}, about ${p.n},000 people were affected in ${p.year}.`,
  (p) => `${cap(p.thing)} ${p.hedge} fall by ${p.n}.${p.m} percent, ${p.person} ${p.verb}.`,
  (p) => `It is reported that ${p.thing} will ${p.booster} cost ${p.n} million dollars.`,
  (p) => `Prices rose ${p.n} percent in ${p.year}, the highest level since ${p.year - p.m - 1}.`,
  (p) => `Some observers believe ${p.thing} ${p.hedge} be delayed until ${p.year + 1}.`,
  (p) => `${cap(p.person)} called ${p.thing} "${p.loaded}" and said it would ${p.booster} fail.`,
  (p) => `Will ${p.thing} survive the winter?`,
  (p) => `The report found that ${p.n} of ${p.n + p.m + 3} regions ${p.hedge} miss the target.`,
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/// Paragraphs of 2 to 6 template sentences until `words` words, paragraphs separated by a blank line.
function generated(words, seed) {
  const rnd = random(seed);
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const sentences = [];
    const n = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      const p = {
        person: pick(rnd, PEOPLE), thing: pick(rnd, THINGS), verb: pick(rnd, VERBS),
        hedge: pick(rnd, HEDGES), booster: pick(rnd, BOOSTERS), loaded: pick(rnd, LOADED),
        n: 2 + Math.floor(rnd() * 90), m: Math.floor(rnd() * 9), year: 1990 + Math.floor(rnd() * 35),
      };
      const s = pick(rnd, TEMPLATES)(p);
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

/// Whole records from the corpus, in file order, until `words` words or `bytes` bytes.
function fromCorpus(file, { words = Infinity, bytes = Infinity }) {
  const out = [];
  let w = 0;
  let b = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text.trim();
    out.push(text);
    w += text.split(/\s+/).length;
    b += Buffer.byteLength(text) + 2;
    if (w >= words || b >= bytes) break;
  }
  return out.join("\n\n");
}

function generatedBytes(bytes, seed) {
  // About 6.5 bytes a word in these templates; trimmed to whole paragraphs below the size.
  let text = generated(Math.ceil(bytes / 6), seed);
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.lastIndexOf("\n\n"));
  return text;
}

const texts = CORPUS
  ? {
      source: `corpus ${CORPUS.split(sep).pop()}`,
      article: fromCorpus(CORPUS, { words: 2000 }),
      large: fromCorpus(CORPUS, { bytes: 1 << 20 }),
      long: fromCorpus(CORPUS, { words: 10000 }),
    }
  : {
      source: "generated from templates",
      article: generated(2000, 1),
      large: generatedBytes(1 << 20, 2),
      long: generated(10000, 3),
    };

// ---------------------------------------------------------------------------------------------
// Server and browser.

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
};

function serve() {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://host").pathname);
    let file = resolve(dist, path.slice(1));
    if (file !== dist && !file.startsWith(dist + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();
}

const errors = [];

async function freshPage(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  await page.goto(base);
  await page.waitForSelector("#editor");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  await page.evaluate(install);
  return { context, page };
}

// Runs in the page: records long tasks and long animation frames, and offers `__bench.after`,
// which resolves with the time from an event to the first painted frame where `ready()` holds.
function install() {
  const b = (window.__bench = { tasks: [], frames: [], mutated: 0 });
  try {
    new PerformanceObserver((l) => b.tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration])))
      .observe({ type: "longtask" });
  } catch {}
  try {
    new PerformanceObserver((l) => b.frames.push(...l.getEntries().map((e) => [e.startTime, e.duration])))
      .observe({ type: "long-animation-frame" });
  } catch {}
  new MutationObserver(() => (b.mutated = performance.now())).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
  // What the reader waits for (functions here, not sent as source: the page's policy forbids eval).
  const conditions = {
    // Any highlight of the article.
    any: () => document.querySelector("#reading .hl") !== null,
    // The first highlight of the article, on screen.
    firstScreen: () => {
      const hl = document.querySelector("#reading .hl");
      return hl !== null && hl.getBoundingClientRect().top < innerHeight;
    },
    // The reading view shows the editor's text, every character of it.
    current: () => {
      const r = document.querySelector("#reading");
      return r !== null && !r.classList.contains("stale") &&
        r.textContent.length === document.querySelector("#editor").value.length;
    },
  };
  // The browser's own record of each input event: from the event to the paint of the frame
  // after its handlers ran (Event Timing, the measure behind "interaction to next paint"; the
  // duration is rounded to 8 ms).
  b.events = [];
  try {
    new PerformanceObserver((l) => b.events.push(...l.getEntries().map((e) => [e.name, e.startTime, e.duration])))
      .observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {}
  // Arms a timer: from the next `eventType` event, checks the named condition in an animation
  // frame after each DOM change; once it holds, waits for that frame to be painted. When it held
  // in the first frame after the event (the page drew in the event's own task), the paint time is
  // the event's Event Timing entry. Otherwise (a worker's answer, a later slice) the paint is
  // taken to be done when a message posted from that frame's animation callback arrives; a task
  // queued before that message can delay it past the paint, so this can read late. The result
  // is the promise `__bench.pending`, with how it was timed.
  b.arm = (eventType, name) => {
    b.pending = new Promise((done) => {
      const ready = conditions[name];
      let start = null;
      let frames = 0;
      let scheduled = false;
      let finished = false;
      // When the animation frame that first shows the highlights began: the page's own work is
      // done by then; what follows is the browser's style, layout, paint and raster.
      let frame = null;
      const byMessage = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ ms: performance.now() - start, frame, how: "message" });
        channel.port2.postMessage(0);
      };
      // An event that took less than the observer's 16 ms threshold gets no entry at all: then
      // the message posted from the same frame (`early`) times it, not the end of the wait.
      const byEventTiming = (until, early) => {
        // Chromium reports no entry for a paste itself, but does for the input event it causes.
        const entry = b.events.find(([type, at]) => type === eventType && Math.abs(at - start) < 0.01) ??
          b.events.find(([type, at]) => type === "input" && at >= start && at - start < 100);
        if (entry) return done({ ms: entry[1] + entry[2] - start, frame, how: "event timing" });
        if (performance.now() > until) return early.ms === null ? byMessage() : done({ ms: early.ms, frame, how: "message" });
        setTimeout(() => byEventTiming(until, early), 5);
      };
      const check = () => {
        scheduled = false;
        if (start === null || !ready()) return;
        observer.disconnect();
        finished = true;
        frame = performance.now() - start;
        if (frames === 1) {
          const early = { ms: null };
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { early.ms = performance.now() - start; };
          channel.port2.postMessage(0);
          byEventTiming(performance.now() + 1000, early);
        } else byMessage();
      };
      const observer = new MutationObserver(() => {
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(check);
        }
      });
      window.addEventListener(eventType, (e) => {
        start = b.started = e.timeStamp;
        const count = () => { frames += 1; if (!finished) requestAnimationFrame(count); };
        requestAnimationFrame(count);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }, { capture: true, once: true });
    });
  };
}

// The page has stopped changing: the reading view is current and nothing changed for `quiet` ms.
async function settle(page, quiet = 1000) {
  const begin = Date.now();
  for (;;) {
    const done = await page.evaluate((q) => {
      const r = document.querySelector("#reading");
      return r && !r.classList.contains("stale") && !document.querySelector(".analysing") &&
        performance.now() - window.__bench.mutated > q ? window.__bench.mutated : 0;
    }, quiet);
    if (done) return done;
    if (Date.now() - begin > 120_000) throw new Error("the page did not settle in 2 minutes");
    await page.waitForTimeout(100);
  }
}

async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click("#editor");
  await page.keyboard.press("ControlOrMeta+KeyA");
  await page.keyboard.press("ControlOrMeta+KeyV");
}

// How each figure was timed (see `arm`), counted for the report.
const how = {};
const frames = {};
function timed({ ms, frame, how: method }, row) {
  how[method] = (how[method] ?? 0) + 1;
  (frames[row] ??= []).push(frame);
  return ms;
}

const [ANY_HIGHLIGHT, FIRST_SCREEN, CURRENT] = ["any", "firstScreen", "current"];

// ---------------------------------------------------------------------------------------------
// The measurements.

async function pasteArticle(browser, base) {
  const { context, page } = await freshPage(browser, base);
  await page.evaluate((r) => window.__bench.arm("paste", r), ANY_HIGHLIGHT);
  const timing = page.evaluate(() => window.__bench.pending);
  const tracing = TRACE && !pasteArticle.traced;
  if (tracing) {
    pasteArticle.traced = true;
    await browser.startTracing(page, { path: TRACE, categories: [
      "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler", "blink.user_timing", "v8.execute", "toplevel", "fonts",
    ] });
  }
  await paste(page, texts.article);
  const ms = timed(await timing, "a");
  if (tracing) {
    await page.waitForTimeout(300);
    await browser.stopTracing();
  }
  await context.close();
  return ms;
}

// Where a paste's time goes, from a Chromium trace of it: the CPU time (thread time, which the
// machine's other load changes far less than wall time) of the task that inserts the text and
// runs the page's input handler, of the main thread's part of the next frame (style, layout,
// paint, commit) and of the raster done before that frame could be shown; and the wall times,
// from the paste, of that frame's commit, its activation (its visible tiles rastered) and its
// presentation. On a shared machine the wall times run far past the CPU times; the CPU times
// show what a change to the page cut.
async function breakdown(browser, base) {
  const { context, page } = await freshPage(browser, base);
  await page.evaluate((t) => navigator.clipboard.writeText(t), texts.article);
  await page.click("#editor");
  await page.keyboard.press("ControlOrMeta+KeyA");
  const parts = await traced(browser, page, "paste", async () => {
    await page.keyboard.press("ControlOrMeta+KeyV");
    await page.waitForFunction(() => document.querySelector("#reading .hl") !== null);
  });
  await context.close();
  return parts;
}

// The same split for (c): N characters typed in the middle of the 10,000-word article, each traced.
async function keyBreakdown(browser, base, n) {
  const { context, page } = await freshPage(browser, base);
  await page.fill("#editor", texts.long);
  await settle(page, 500);
  const middle = texts.long.indexOf("\n\n", texts.long.length >> 1) + 2;
  await page.focus("#editor");
  await page.evaluate((at) => document.querySelector("#editor").setSelectionRange(at, at), middle);
  const out = [];
  for (let i = 0; i < n; i++) {
    const parts = await traced(browser, page, "keydown", () => page.keyboard.type("w"));
    if (parts) out.push(parts);
    await settle(page, 300);
  }
  await context.close();
  return out;
}

// Traces `act` and splits the time from the event `first` (dispatched by it) to the frame that
// shows its input's result; null when the trace lacks that frame.
async function traced(browser, page, first, act) {
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "cc", "viz"] });
  await act();
  await page.waitForTimeout(500);
  const raw = await browser.stopTracing();
  if (KEEP) writeFileSync(`${KEEP}-${(traced.kept = (traced.kept ?? 0) + 1)}.json`, raw);
  const events = JSON.parse(raw.toString()).traceEvents;
  const dispatch = (type) => events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === type);
  // Chromium inserts pasted and typed text in a textInput event, which dispatches the input event
  // the page handles; the input event alone stands in where a trace has no textInput.
  const [begun, input] = [dispatch(first), dispatch("textInput") ?? dispatch("input")];
  if (!begun || !input) return null;
  const main = input.tid;
  const after = (list, at) => list.filter((e) => e.ts >= at).sort((x, y) => x.ts - y.ts)[0];
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  // The first frame begun after the input task, and the first activation and presentation after
  // its commit (the compositor's pipeline events).
  const frame = after(events.filter((e) => e.ph === "X" && e.tid === main && e.name === "ProxyMain::BeginMainFrame"), input.ts + input.dur);
  const commit = frame && after(events.filter((e) => e.ph === "X" && e.tid === main && e.name === "Commit"), frame.ts);
  const activation = commit && after(events.filter((e) => e.ph === "b" && e.name === "Activation"), commit.ts);
  const presented = activation && after(events.filter((e) => e.ph === "e" && e.name === "SubmitCompositorFrameToPresentationCompositorFrame"), activation.ts);
  if (!presented) return null;
  const raster = events.filter((e) => e.name === "RasterTask" && e.ts >= commit.ts && e.ts < activation.ts);
  const since = (t) => (t - begun.ts) / 1000;
  // The input task's parts: the page's script (its handlers and Yew's render, which runs as a
  // microtask of the input event) and the browser's style and layout, counted where they are
  // not nested in one another; the paste handler's task is the same one (a Ctrl+V keydown).
  const within = (from, to) => events.filter((e) => e.ph === "X" && e.tid === main && e.ts >= from && e.ts + e.dur <= to);
  const parts = (list, names) => {
    const top = list.filter((e) => names.includes(e.name))
      .filter((e, _, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && names.includes(o.name)));
    return top.reduce((a, e) => a + cpu(e), 0);
  };
  const task = within(begun.ts, input.ts + input.dur);
  const inFrame = within(frame.ts, frame.ts + frame.dur);
  return {
    script: parts(task, ["FunctionCall", "RunMicrotasks", "TimerFire", "EvaluateScript"]),
    styleLayout: parts(task, ["UpdateLayoutTree", "Layout"]),
    prepaintPaint: parts(inFrame, ["PrePaint", "Paint", "Layerize"]),
    input: cpu(input),
    frame: cpu(frame),
    raster: raster.reduce((a, e) => a + cpu(e), 0),
    tiles: raster.length,
    commit: since(commit.ts + commit.dur),
    activation: since(activation.ts),
    presented: since(presented.ts),
  };
}

// The report's rows for the split traces `bs` of measure `row`, begun by `what`.
function tracedRows(row, what, bs) {
  const of = (k) => bs.map((b) => b[k]);
  return [
    [`${row}, traced: input task, CPU`, of("input"), "-"],
    [`  ${what} to input done: page script, CPU`, of("script"), "-"],
    [`  ${what} to input done: style, layout, CPU`, of("styleLayout"), "-"],
    [`${row}, traced: next frame's main thread, CPU`, of("frame"), "-"],
    ["  of it: prepaint, paint, layerize, CPU", of("prepaintPaint"), "-"],
    [`${row}, traced: raster before it is shown, CPU`, of("raster"), "-"],
    [`${row}, traced: ${what} -> that frame committed`, of("commit"), "-"],
    [`${row}, traced: ${what} -> its tiles rastered`, of("activation"), "-"],
    [`${row}, traced: ${what} -> it is presented`, of("presented"), "-"],
  ];
}

async function pasteLarge(browser, base) {
  const { context, page } = await freshPage(browser, base);
  await page.evaluate((r) => window.__bench.arm("paste", r), FIRST_SCREEN);
  const timing = page.evaluate(() => window.__bench.pending);
  await paste(page, texts.large);
  const first = timed(await timing, "b");
  const at = await page.evaluate(() => window.__bench.started);
  const settled = await settle(page);
  const { task, frame } = await page.evaluate(
    ([from, to]) => {
      const longest = (list) => Math.max(0, ...list.filter(([s]) => s >= from - 1 && s <= to).map(([, d]) => d));
      return { task: longest(window.__bench.tasks), frame: longest(window.__bench.frames) };
    },
    [at, settled],
  );
  await context.close();
  return { first, task, frame, settled: settled - at };
}

// d. Makes the share link of the large text, then opens it in a fresh browser context.
async function shareLarge(browser, base) {
  const { context, page } = await freshPage(browser, base);
  await paste(page, texts.large);
  await settle(page);
  const made = await page.evaluate(() => new Promise((done) => {
    const input = document.querySelector("#share-url");
    const start = performance.now();
    const wait = () => (input.value ? done(performance.now() - start) : setTimeout(wait, 1));
    document.querySelector("#copy-link").click();
    wait();
  }));
  const link = await page.inputValue("#share-url");
  await context.close();
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  other.setDefaultTimeout(120_000);
  const opened = await other.newPage();
  opened.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  await opened.goto(link);
  await opened.waitForFunction(() => /Opened the article/.test(document.querySelector("#message")?.textContent ?? ""), null, { polling: 1 });
  const open = await opened.evaluate(() => performance.now());
  // The same page with no link, to its text box: what loading the page itself takes.
  const plain = await other.newPage();
  await plain.goto(base);
  await plain.waitForFunction(() => document.querySelector("#editor") !== null, null, { polling: 1 });
  const load = await plain.evaluate(() => performance.now());
  await other.close();
  return { made, open, load, length: link.length };
}

async function keystrokes(browser, base) {
  const { context, page } = await freshPage(browser, base);
  await page.fill("#editor", texts.long);
  await settle(page, 500);
  // Start in the middle of the article, at a paragraph's start, and type a sentence there.
  const text = texts.long;
  const middle = text.indexOf("\n\n", text.length >> 1) + 2;
  const typed = "The minister said the plan might well fail, and officials clearly agree. ";
  await page.focus("#editor");
  await page.evaluate((at) => document.querySelector("#editor").setSelectionRange(at, at), middle);
  const out = [];
  for (let i = 0; i < KEYS; i++) {
    await page.evaluate((r) => window.__bench.arm("keydown", r), CURRENT);
    const timing = page.evaluate(() => window.__bench.pending);
    await page.keyboard.type(typed[i % typed.length]);
    out.push(timed(await timing, "c"));
    await page.waitForTimeout(60);
  }
  await context.close();
  return out;
}

// ---------------------------------------------------------------------------------------------

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

function sizes() {
  // Every file the page may load, in sub-folders too (wasm-bindgen puts JS snippets in one).
  const files = readdirSync(dist, { recursive: true }).filter((f) => /\.(wasm|js|css|html)$/.test(f));
  const rows = files.map((f) => {
    const data = readFileSync(join(dist, f));
    return {
      file: f,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

async function main() {
  if (!existsSync(join(dist, "index.html"))) {
    console.error("bench: dist/index.html is missing: run `trunk build --release` first");
    process.exit(1);
  }
  const words = (t) => t.split(/\s+/).filter(Boolean).length;
  console.log(`texts: ${texts.source}`);
  console.log(`  article ${words(texts.article)} words, ${kb(Buffer.byteLength(texts.article))}; large ${kb(Buffer.byteLength(texts.large))}; long ${words(texts.long)} words, ${kb(Buffer.byteLength(texts.long))}`);
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const rows = [];
  try {
    if (ONLY.includes("a")) {
      const xs = [];
      for (let i = 0; i < RUNS; i++) xs.push(await pasteArticle(browser, base));
      rows.push(["a. paste 2,000 words -> highlights painted", xs, "< 50 ms"]);
      rows.push(["   (the frame showing them begun)", frames.a, "-"]);
      const bs = [];
      for (let i = 0; i < BREAKDOWN; i++) {
        const b = await breakdown(browser, base);
        if (b) bs.push(b);
        else errors.push("breakdown: a trace lacked the paste's frame");
      }
      if (bs.length) rows.push(...tracedRows("a", "paste", bs));
    }
    if (ONLY.includes("b")) {
      const rs = [];
      for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) rs.push(await pasteLarge(browser, base));
      rows.push(["b. paste 1 MB -> first screen of highlights", rs.map((r) => r.first), "< 2000 ms"]);
      rows.push(["b. longest task, paste -> settled", rs.map((r) => r.task), "< 200 ms"]);
      rows.push(["b. longest animation frame, same time", rs.map((r) => r.frame), "-"]);
      rows.push(["b. paste 1 MB -> last DOM change", rs.map((r) => r.settled), "-"]);
    }
    if (ONLY.includes("c")) {
      rows.push(["c. keystroke, 10,000 words -> highlights", await keystrokes(browser, base), "p95 < 50 ms"]);
      rows.push(["   (the frame showing them begun)", frames.c, "-"]);
      if (BREAKDOWN) {
        const bs = await keyBreakdown(browser, base, BREAKDOWN);
        if (bs.length < BREAKDOWN) errors.push("breakdown: a trace lacked the keystroke's frame");
        if (bs.length) rows.push(...tracedRows("c", "key", bs));
      }
    }
    if (ONLY.includes("d")) {
      const ds = [];
      for (let i = 0; i < 3; i++) ds.push(await shareLarge(browser, base));
      rows.push([`d. 1 MB text: Copy link -> link shown`, ds.map((d) => d.made), "-"]);
      rows.push([`d. its link (${kb(ds[0].length)}): load -> text opened`, ds.map((d) => d.open), "-"]);
      rows.push(["   (the page alone: load -> text box)", ds.map((d) => d.load), "-"]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log();
  console.log(`${pad("measure", 46)} ${pad("n", 3)} ${pad("median", 9)} ${pad("p95", 9)} target`);
  for (const [name, xs, target] of rows) {
    console.log(`${pad(name, 46)} ${pad(xs.length, 3)} ${pad(ms(quantile(xs, 0.5)), 9)} ${pad(ms(quantile(xs, 0.95)), 9)} ${target}`);
  }
  console.log();
  const files = sizes();
  console.log(`${pad("download (dist/)", 46)} ${pad("raw", 10)} ${pad("gzip -9", 10)} brotli 11`);
  for (const f of files) console.log(`${pad(f.file, 46)} ${pad(kb(f.raw), 10)} ${pad(kb(f.gzip), 10)} ${kb(f.brotli)}`);
  const sum = (k) => files.reduce((a, f) => a + f[k], 0);
  console.log(`${pad("total (target: gzip <= 350 KB)", 46)} ${pad(kb(sum("raw")), 10)} ${pad(kb(sum("gzip")), 10)} ${kb(sum("brotli"))}`);
  console.log(`\ntimed by: ${Object.entries(how).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  if (errors.length) {
    console.log(`\npage reported ${errors.length} problem(s):`);
    for (const e of new Set(errors)) console.log(`  ${e.slice(0, 300)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

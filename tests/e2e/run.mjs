#!/usr/bin/env node
// End-to-end tests of the built page: serves dist/ on a free 127.0.0.1 port (at the site root and
// in a sub-folder, as static hosts do), drives Chromium through playwright-core the way a reader
// would, and checks the DOM contract (README, "The page"). Screenshots go to target/e2e/.
// The last line is "N passed, N failed"; any failure exits non-zero.
//
// Environment: CHROMIUM (the browser binary; default: chromium on PATH), E2E_ONLY (a substring:
// run only the scenarios whose name contains it).
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, deflateSync, inflateSync } from "node:zlib";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = resolve(root, "dist");
const shots = resolve(root, "target", "e2e");
// playwright-core lives with the other build tools, not in a node_modules at the project root.
const { chromium } = createRequire(join(root, "tools", "package.json"))("playwright-core");

const SUB = "/sub/claimlens/";
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };
const WAIT = 15_000; // generous upper bound for a wait on a loaded 2-core machine; not a speed test

// ---------------------------------------------------------------------------------------------
// A static file server like the ones the page is deployed to: the same files at / and at SUB.

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

function startServer() {
  const server = http.createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://host").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === SUB.slice(0, -1)) {
      res.writeHead(301, { Location: SUB }).end();
      return;
    }
    const relative = path.startsWith(SUB) ? path.slice(SUB.length) : path.slice(1);
    let file = resolve(dist, relative);
    if (file !== dist && !file.startsWith(dist + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

// ---------------------------------------------------------------------------------------------
// The browser, and everything a page reports that a reader should never see.

const problems = []; // {scenario, text}: console errors, page errors, CSP violations, failed loads
const dialogs = []; // {scenario, text}: alert/confirm/prompt that fired
let current = "";

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("Chromium not found: run scripts/setup, or set CHROMIUM");
}

function watch(page) {
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || /Content Security Policy/i.test(text)) {
      problems.push({ scenario: current, text: `console ${message.type()}: ${text}` });
    }
  });
  page.on("pageerror", (error) => problems.push({ scenario: current, text: `page error: ${error.message}` }));
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push({ scenario: current, text: `HTTP ${response.status()} for ${response.url()}` });
    }
  });
  page.on("requestfailed", (request) => {
    // Downloads and aborted navigations are not failures of the page.
    const failure = request.failure()?.errorText ?? "";
    if (!/ERR_ABORTED/.test(failure)) {
      problems.push({ scenario: current, text: `request failed: ${request.url()} (${failure})` });
    }
  });
  page.on("dialog", async (dialog) => {
    dialogs.push({ scenario: current, text: `${dialog.type()}: ${dialog.message()}` });
    await dialog.dismiss().catch(() => {});
  });
  return page;
}

// A context is a fresh profile as far as the page can tell: empty storage, no cookies.
async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: WIDE, ...options });
  context.setDefaultTimeout(WAIT);
  return context;
}

async function open(context, url) {
  const page = watch(await context.newPage());
  await page.goto(url);
  await page.waitForSelector("#editor");
  return page;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

// The same message many times (one per rendered element) is one line with a count.
function summarise(list) {
  const counts = new Map();
  for (const { text } of list) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, n]) => (n > 1 ? `${text} (${n} times)` : text));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Waits until fn() returns something truthy (re-evaluating it, since the page renders
// asynchronously); throws with message when it never does.
async function until(fn, message, timeout = WAIT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Whether a reader can see the element: its first line box is inside the window and not covered
// (or scrolled away inside a scrolling container).
function visibleInViewport(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
    const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 8), 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

async function typeArticle(page, text) {
  await page.fill("#editor", text);
  await page.waitForSelector("li.claim");
}

// A paste as a reader does it: the text on the system clipboard, Ctrl+V in the editor.
async function pasteArticle(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click("#editor");
  await page.keyboard.press("ControlOrMeta+KeyA");
  await page.keyboard.press("ControlOrMeta+KeyV");
}

// The text box selects sentence `index` as the article shows it. A text box's value holds a
// line break as LF alone, whatever the text's own line breaks are.
async function boxSelects(page, index, when) {
  const sentence = (await page.$eval(`#reading span.sentence[data-index="${index}"]`, (el) => el.textContent))
    .replace(/\r\n?/g, "\n");
  const selected = () => page.$eval("#editor", (a) => a.value.slice(a.selectionStart, a.selectionEnd));
  await until(async () => (await selected()) === sentence, `the text box does not select sentence ${index} ${when}`);
}

async function storedDraft(page) {
  return page.evaluate(() => localStorage.getItem("claimlens.draft.v1"));
}

// The share payload as documented (src/share): "v2." + base64url(zlib(varint(len) · text · view
// JSON)). Decoding it here (zlib checks the Adler-32) checks the link itself, independently of
// the page.
function decodePayload(url) {
  const fragment = new URL(url).hash;
  check(fragment.startsWith("#v2."), `share link has no #v2. fragment: ${url}`);
  const frame = inflateSync(Buffer.from(fragment.slice(4), "base64url"));
  let length = 0;
  let shift = 0;
  let at = 0;
  for (;;) {
    const byte = frame[at++];
    length += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  const text = frame.subarray(at, at + length);
  const rest = frame.subarray(at + length).toString("utf8");
  return { text, view: rest ? JSON.parse(rest) : null };
}

// ---------------------------------------------------------------------------------------------
// Texts. What the engine marks in them was checked by hand against the lexicons and the README
// (e.g. "might" is an epistemic hedge; a sentence with a number is a check-worthy claim).

const NEWS = [
  "Officials said the river might flood by Friday.",
  "The mayor reportedly ordered 3,000 sandbags, and engineers clearly warned that the levee is failing.",
  "",
  "Unemployment in the county rose to 7.4 percent in March, the highest level since 2009.",
].join("\n");

// One sentence, two reports side by side: the Courier's and Ms. Okafor's.
const TWO_VOICES = "The Daily Courier claims the docks will close, and Ms. Okafor also claims the council lied.";

// Long enough that its last paragraphs are far below the first screen.
const LONG = [
  ...Array.from({ length: 40 }, (_, i) =>
    `Paragraph ${i + 1}. The council met on a Tuesday to talk about roads, parks and the library. ` +
    "Several residents spoke, and the meeting ended in the evening.",
  ),
  "The new bridge will cost 48 million dollars and carry 20,000 cars a day, the transport minister said.",
].join("\n\n");

// CRLF and lone CR line ends, trailing spaces, a tab, emoji, right-to-left text with a bidi
// override, zero-width characters: a link must bring all of them back.
const TRICKY = Buffer.from(
  "Officials said the river might flood.  \r\n" +
    "\tThe mayor clearly ordered 3,000 sandbags \u{1F6A7}\u{1F469}\u{200D}\u{1F52C}.\r\n" +
    "\r\n" +
    "Critics reportedly called it a disaster.   \r" +
    "\u05e9\u05dc\u05d5\u05dd\u200b \u202eabc\u202c zero\u200cwidth\ufeff.",
  "utf8",
);

const HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";

// Payloads that set window.__owned if any of them ever runs: markup, event handlers, javascript:
// URLs, an attribute break-out, a template injection and a frame.
const PAYLOADS = [
  `<script>window.__owned = "script"</script>`,
  `<img src=x onerror="window.__owned = 'img'">`,
  `<svg onload="window.__owned = 'svg'"></svg>`,
  `<a href="javascript:window.__owned = 'link'">click</a>`,
  `javascript:window.__owned='url'`,
  `"><img src=x onerror=window.__owned='attr'>`,
  `{{constructor.constructor('window.__owned = "template"')()}}`,
  `<iframe srcdoc="<script>parent.__owned = 'frame'</script>"></iframe>`,
].join("\n");

// Recorded from the first script of every page: Content-Security-Policy violations.
const RECORD_CSP = () => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

// Nothing of the payloads ran, and no element came from them anywhere in the document: no
// images, frames or plug-ins (the page has none of its own), no inline event-handler attributes
// (the page attaches its handlers from script), no javascript: links, no script beyond the page's
// own loader.
// Clicks each export button and reads the file it downloads: { json, md, html } of { name, body }.
async function downloadExports(page) {
  const files = {};
  for (const kind of ["json", "md", "html"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`#export-${kind}`)]);
    const path = await download.path();
    check(path, `#export-${kind}: the download failed (${await download.failure()})`);
    files[kind] = { name: download.suggestedFilename(), body: readFileSync(path, "utf8") };
  }
  return files;
}

async function assertInert(page, where) {
  const found = await page.evaluate(() => ({
    owned: window.__owned,
    csp: window.__csp ?? [],
    elements: [...document.querySelectorAll("img, iframe, object, embed, frame")].map((e) => e.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll("*")]
      .filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on")))
      .map((e) => e.outerHTML.slice(0, 80)),
    links: [...document.querySelectorAll("a[href], [src], [srcdoc]")]
      .filter((e) => /^\s*javascript:/i.test(e.getAttribute("href") ?? e.getAttribute("src") ?? "") || e.hasAttribute("srcdoc"))
      .map((e) => e.outerHTML.slice(0, 80)),
    scripts: document.scripts.length,
  }));
  check(found.owned === undefined, `${where}: a payload ran (window.__owned = ${found.owned})`);
  check(found.csp.length === 0, `${where}: Content-Security-Policy violations: ${found.csp.join("; ")}`);
  check(found.elements.length === 0, `${where}: elements from the text: ${found.elements.join(" | ")}`);
  check(found.handlers.length === 0, `${where}: inline event handlers: ${found.handlers.join(" | ")}`);
  check(found.links.length === 0, `${where}: javascript: links or frames: ${found.links.join(" | ")}`);
  check(found.scripts === 1, `${where}: ${found.scripts} script elements, not the page's own loader`);
}

// ---------------------------------------------------------------------------------------------
// Scenarios. Each gets a fresh browser context unless it says otherwise.

const shared = {}; // values later scenarios reuse (the share link of scenario 4)

function scenarios(base) {
  const rootUrl = `${base}/`;
  const subUrl = `${base}${SUB}`;
  return [
    [
      "0a. the built page carries a strict Content-Security-Policy that allows its own loader",
      async () => {
        const html = readFileSync(join(dist, "index.html"), "utf8");
        const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i)?.[1];
        check(policy, "dist/index.html has no Content-Security-Policy meta element");
        check(/default-src 'none'/.test(policy), `no default-src 'none': ${policy}`);
        const directive = (name) => policy.split(";").map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name) ?? [];
        for (const name of ["script-src", "style-src"]) {
          const sources = directive(name);
          check(sources.length > 1, `no ${name} directive: ${policy}`);
          check(!sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", "*"].includes(s)), `${name} allows inline code: ${policy}`);
        }
        const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
          .filter(([, attributes, text]) => !/\bsrc\s*=/.test(attributes) && text.length > 0);
        check(inline.length > 0, "no inline loader script: did Trunk change?");
        for (const [, , text] of inline) {
          const hash = createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("base64");
          check(policy.includes(`'sha256-${hash}'`), `the inline script's hash ${hash} is not in the policy`);
        }
        check(!/(src|href)="\//.test(html), "an absolute URL in index.html: the page would break in a sub-folder");
      },
    ],
    [
      "0b. the page runs from the site root and from a sub-folder",
      async (browser) => {
        for (const url of [rootUrl, subUrl]) {
          const context = await newContext(browser);
          const page = await open(context, url);
          await page.click("#sample");
          await page.waitForSelector("li.claim");
          await context.close();
        }
      },
    ],
    [
      "1. pasting an article shows highlights and claims",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        const page = await open(context, rootUrl);
        await pasteArticle(page, NEWS);
        await page.waitForSelector("li.claim");
        check((await page.inputValue("#editor")) === NEWS, "the editor does not hold the pasted text");
        const hedges = await page.$$eval("#reading .hl[data-category=hedge]", (els) => els.map((e) => e.textContent));
        check(hedges.includes("might"), `"might" is not highlighted as a hedge: ${JSON.stringify(hedges)}`);
        check(hedges.includes("reportedly"), `"reportedly" is not highlighted as a hedge: ${JSON.stringify(hedges)}`);
        const boosters = await page.$$eval("#reading .hl[data-category=booster]", (els) => els.map((e) => e.textContent));
        check(boosters.includes("clearly"), `"clearly" is not highlighted as a booster: ${JSON.stringify(boosters)}`);
        const claims = await page.$$eval("li.claim", (els) => els.map((e) => Number(e.dataset.index)));
        // Sentence 2 (the unemployment figure) is the most check-worthy kind of claim there is.
        check(claims.includes(2), `the unemployment figure (sentence 2) is not listed as a claim: ${claims}`);
        const sentences = await page.$$eval("#reading span.sentence", (els) => els.map((e) => Number(e.dataset.index)));
        check(JSON.stringify(sentences) === "[0,1,2]", `sentence units in #reading: ${sentences}`);
        const tabbable = await page.$$eval("#reading .hl", (els) => els.every((e) => e.tabIndex === 0));
        check(tabbable, "a highlight is not focusable (tabindex=0)");
        await context.close();
      },
    ],
    [
      "1b. a claim reporting two voices names both, in reading order",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        const page = await open(context, rootUrl);
        await pasteArticle(page, TWO_VOICES);
        await page.waitForSelector("li.claim");
        // The sources arrive with the worker's digest, after the claims list shows.
        const names = () => page.$$eval("li.claim .panel-claim-source .panel-source-name", (els) => els.map((e) => e.textContent));
        await until(async () => (await names()).length === 2, "the claim does not show two source lines");
        const shown = await names();
        check(JSON.stringify(shown) === JSON.stringify(["The Daily Courier", "Ms. Okafor"]), `source lines: ${JSON.stringify(shown)}`);
        check((await page.$$("li.claim .panel-unattributed")).length === 0, "a claim with two sources is flagged unattributed");
        mkdirSync(shots, { recursive: true });
        await page.locator(".panel-claims").screenshot({ path: join(shots, "two-voices-claim-1280x800.png") });
        // Each voice lists the claim in the sources tab.
        await page.click("#tab-sources");
        const sources = await page.$$eval("#sources li.panel-source", (els) => els.map((e) => [e.querySelector(".panel-source-name")?.textContent, e.querySelectorAll("button.panel-source-claim").length]));
        check(JSON.stringify(sources) === JSON.stringify([["The Daily Courier", 1], ["Ms. Okafor", 1]]), `sources: ${JSON.stringify(sources)}`);
        await context.close();
      },
    ],
    [
      "2. clicking a claim scrolls the article to its sentence and marks it",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await typeArticle(page, LONG);
        const last = await page.$$eval("#reading span.sentence", (els) =>
          Number(els.find((e) => e.textContent.includes("new bridge"))?.dataset.index),
        );
        check(Number.isInteger(last), "no sentence unit holds the bridge sentence");
        check((await page.$$(`li.claim[data-index="${last}"]`)).length === 1, `the bridge sentence (${last}) is not listed as a claim`);
        const sentence = `#reading span.sentence[data-index="${last}"]`;
        check(!(await visibleInViewport(page, sentence)), "the last sentence is already in view before the click");
        await page.click(`li.claim[data-index="${last}"]`);
        await until(
          () => page.$eval(sentence, (el) => el.classList.contains("flash")),
          "the sentence never got the class flash",
          1500,
        );
        await until(() => visibleInViewport(page, sentence), "the sentence was not scrolled into view");
        check(await page.$eval(sentence, (el) => el.classList.contains("selected")), "the sentence is not selected");
        check((await page.$$("#reading .selected")).length === 1, "more than one sentence is selected");
        await context.close();
      },
    ],
    [
      "2b. clicking a sentence shows its claim in the panel without moving the page",
      async (browser) => {
        for (const viewport of [WIDE, NARROW]) {
          const context = await newContext(browser, { viewport });
          const page = await open(context, rootUrl);
          await typeArticle(page, LONG);
          // The bridge sentence (a claim) is last; bring it into the window as a reader would.
          const last = await page.$$eval("#reading span.sentence", (els) =>
            Number(els.find((e) => e.textContent.includes("new bridge"))?.dataset.index),
          );
          const sentence = `#reading span.sentence[data-index="${last}"]`;
          await page.$eval(sentence, (el) => el.scrollIntoView({ block: "center" }));
          const before = await page.evaluate(() => scrollY);
          await page.click(sentence);
          await page.waitForSelector(`li.claim.selected[data-index="${last}"]`);
          await page.waitForTimeout(300); // a smooth scroll, if any, would have started
          const after = await page.evaluate(() => scrollY);
          check(after === before, `${viewport.width}px: the page moved from ${before} to ${after}`);
          if (viewport === WIDE) {
            // Beside the article, the panel brings the claim into sight in its own scroll box.
            check(await visibleInViewport(page, `li.claim[data-index="${last}"]`), "the selected claim is not in sight in the panel");
          }
          await context.close();
        }
      },
    ],
    [
      "2c. choosing a claim brings its sentence into sight in the text box, without the focus",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await typeArticle(page, LONG);
        // Where a line of the box's text is, measured by the box itself: its height when it holds
        // only the text before the line. Value, scroll and selection are put back afterwards.
        const inSight = () =>
          page.$eval("#editor", (area) => {
            const { value, scrollTop, selectionStart, selectionEnd } = area;
            const style = getComputedStyle(area);
            const line = parseFloat(style.lineHeight);
            area.value = value.slice(0, selectionStart) + "x";
            const bottom = area.scrollHeight - parseFloat(style.paddingBottom);
            area.value = value;
            area.setSelectionRange(selectionStart, selectionEnd);
            area.scrollTop = scrollTop;
            return { seen: bottom - line >= scrollTop - 1 && bottom <= scrollTop + area.clientHeight + 1, bottom, scrollTop };
          });
        const claims = await page.$$eval("li.claim", (els) => els.map((e) => Number(e.dataset.index)));
        const bridge = await page.$$eval("#reading span.sentence", (els) =>
          Number(els.find((e) => e.textContent.includes("new bridge"))?.dataset.index),
        );
        const first = Math.min(...claims);
        check(claims.includes(bridge) && first < 4, `the claims do not include the bridge and an early sentence: ${claims}`);
        await page.$eval("#editor", (area) => { area.scrollTop = 0; });
        check(!(await inSight()).seen, "the bridge sentence is already in sight in the text box");
        for (const i of [bridge, first]) {
          await page.click(`li.claim[data-index="${i}"]`);
          await page.waitForSelector(`li.claim.selected[data-index="${i}"]`);
          await until(async () => (await inSight()).seen, `sentence ${i} was not brought into sight in the text box`, 1500);
          check(await page.evaluate(() => document.activeElement?.id !== "editor"), "the text box took the focus");
        }
        await context.close();
      },
    ],
    [
      "3. hovering or focusing a hedge shows its tooltip with the reason",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await typeArticle(page, NEWS);
        const might = page.locator("#reading .hl[data-category=hedge]", { hasText: /^might$/ });
        await might.hover();
        const tooltip = page.locator("#tooltip[role=tooltip]");
        await tooltip.waitFor({ state: "visible" });
        const text = (await tooltip.innerText()).toLowerCase();
        check(text.includes("hedge"), `the tooltip does not name the category: ${text}`);
        check(text.includes("epistemic"), `the tooltip does not name the kind: ${text}`);
        check(text.includes("possibility"), `the tooltip lacks the engine's reason for "might": ${text}`);
        check(
          (await might.getAttribute("aria-describedby")) === "tooltip",
          "the hovered hedge is not described by #tooltip",
        );
        // The same from the keyboard.
        await page.mouse.move(0, 0);
        const reportedly = page.locator("#reading .hl[data-category=hedge]", { hasText: /^reportedly$/ });
        await reportedly.focus();
        await until(
          async () => (await tooltip.isVisible()) && (await tooltip.innerText()).includes("reportedly"),
          "focusing \"reportedly\" does not show its tooltip",
        );
        await context.close();
      },
    ],
    [
      "4. a share link brings back the exact text and the view in a new browser (sub-folder)",
      async (browser) => {
        const options = { permissions: ["clipboard-read", "clipboard-write"] };
        const context = await newContext(browser, options);
        const page = await open(context, subUrl);
        // A file keeps CRLF; a textarea would turn it into LF on the way in.
        await page.setInputFiles("#file", { name: "tricky.txt", mimeType: "text/plain", buffer: TRICKY });
        await page.waitForSelector("li.claim");
        const shown = await page.inputValue("#editor");
        check(shown === TRICKY.toString("utf8").replace(/\r\n?/g, "\n"), `the editor shows ${JSON.stringify(shown)}`);
        // One word count on the page: the text box's and the summary's (Unicode words, so
        // "zero\u200cwidth" and a joined emoji count as the summary counts them).
        await page.click("#tab-summary");
        const summaryWords = await page.$eval("#summary .panel-stat:first-child dd", (dd) => dd.textContent);
        check((await page.innerText(".word-count")) === `${summaryWords} words`, `the text box counts ${await page.innerText(".word-count")}, the summary ${summaryWords}`);
        await page.click("#tab-claims");
        await page.uncheck("input[type=checkbox][name=filter][value=booster]");
        const claim = await page.$eval("li.claim", (el) => Number(el.dataset.index));
        await page.click(`li.claim[data-index="${claim}"]`);
        await boxSelects(page, claim, "after a click on its claim");
        await page.click("#copy-link");
        const link = await until(() => page.inputValue("#share-url"), "#share-url stays empty");
        check(link.startsWith(`${subUrl}#v2.`), `the link is not this page with #v2.: ${link}`);
        check(/\S/.test(await page.innerText("#share-size")), "#share-size is empty");
        // The link is shown before the clipboard's write settles: wait for the write, not a
        // snapshot of the moment the link appears (one run in the forty-first session read the
        // clipboard first).
        await until(async () => (await page.evaluate(() => navigator.clipboard.readText())) === link, "the clipboard does not hold the link shown in #share-url");
        const { text, view } = decodePayload(link);
        check(text.equals(TRICKY), `the link carries different bytes: ${JSON.stringify(text.toString())}`);
        check(view?.filters?.booster === false, `the link's view keeps boosters on: ${JSON.stringify(view)}`);
        check(view?.selected === claim, `the link's view does not select sentence ${claim}: ${JSON.stringify(view)}`);
        shared.link = link;

        const other = await newContext(browser);
        const opened = await open(other, link);
        await opened.waitForSelector("li.claim");
        check((await opened.inputValue("#editor")) === shown, "the opened link shows a different text");
        check(
          !(await opened.isChecked("input[type=checkbox][name=filter][value=booster]")),
          "the opened link shows boosters again",
        );
        check(
          await opened.isChecked("input[type=checkbox][name=filter][value=hedge]"),
          "the opened link hides hedges",
        );
        check(
          (await opened.$$(`#reading span.sentence.selected[data-index="${claim}"]`)).length === 1,
          `the opened link does not select sentence ${claim}`,
        );
        await boxSelects(opened, claim, "when the link is opened");
        await other.close();
        await context.close();
      },
    ],
    [
      "5. reloading keeps the draft and the chosen sentence",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await typeArticle(page, NEWS);
        await until(async () => (await storedDraft(page)) === NEWS, "the draft is never saved (claimlens.draft.v1)");
        await page.reload();
        await page.waitForSelector("#editor");
        check((await page.inputValue("#editor")) === NEWS, "the draft is gone after a reload");
        await page.waitForSelector("li.claim");
        // So is the chosen sentence, in the article and in the text box.
        const claim = await page.$eval("li.claim", (el) => Number(el.dataset.index));
        await page.click(`li.claim[data-index="${claim}"]`);
        await boxSelects(page, claim, "after a click on its claim");
        await page.reload();
        await page.waitForSelector(`#reading span.sentence.selected[data-index="${claim}"]`);
        await boxSelects(page, claim, "after a reload");
        await context.close();
      },
    ],
    [
      "6. a damaged link says so and keeps the draft",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await typeArticle(page, NEWS);
        await until(async () => (await storedDraft(page)) === NEWS, "the draft is never saved (claimlens.draft.v1)");
        const real = shared.link ?? `${rootUrl}#v2.${deflateSync(Buffer.from("\x05hello")).toString("base64url")}`;
        const payload = real.slice(real.indexOf("#v2.") + 4);
        const cut = payload.slice(0, Math.floor((payload.length * 0.6) / 4) * 4);
        // The last four bytes are the checksum: one bit off is a link changed on its way.
        const altered = Buffer.from(payload, "base64url");
        altered[altered.length - 1] ^= 1;
        // 17 MiB of zeros deflates to about 17 KB: a link that would inflate past the 16 MiB bound,
        // in the current format and in the first one (raw DEFLATE, still read).
        const zeros = Buffer.alloc(17 << 20);
        const bomb = deflateSync(zeros, { level: 9 }).toString("base64url");
        const oldBomb = deflateRawSync(zeros, { level: 9 }).toString("base64url");
        // Each kind of damage, and a word its message must contain.
        const damaged = [
          ["#v2.garbage", /damaged|incomplete/],
          [`#v2.${cut}`, /incomplete or damaged/],
          [`#v2.${altered.toString("base64url")}`, /changed after it was made/],
          ["#v2.", /no text/],
          ["#v9.abc", /newer Claimlens/],
          ["#v2.ab$cd!!", /characters a Claimlens link never has/],
          [`#v2.${bomb}`, /16 MiB/],
          [`#v1.${oldBomb}`, /16 MiB/],
        ];
        for (const [fragment, says] of damaged) {
          const tab = await open(context, `${rootUrl}${fragment}`);
          const message = tab.locator("#message[role=alert]");
          await message.waitFor({ state: "visible" });
          const text = await message.innerText();
          check(says.test(text), `${fragment.slice(0, 20)}: the alert does not say ${says}: ${text}`);
          check((await tab.inputValue("#editor")) === NEWS, `${fragment.slice(0, 20)}: the draft is not in the editor`);
          check((await storedDraft(tab)) === NEWS, `${fragment.slice(0, 20)}: the stored draft was overwritten`);
          await tab.close();
        }
        // The same links pasted into the address bar of the open page (only the fragment changes).
        for (const [fragment, says] of damaged.filter(([f]) => f !== "#v2.")) {
          await page.evaluate((f) => {
            location.hash = f;
          }, fragment);
          await until(async () => says.test((await page.locator("#message").innerText()) ?? ""), `${fragment.slice(0, 20)} in the open page: no message ${says}`);
          check((await page.inputValue("#editor")) === NEWS, `${fragment.slice(0, 20)} in the open page: the draft changed`);
          await page.click("#message .message-close");
        }
        check((await storedDraft(page)) === NEWS, "a damaged link in the open page overwrote the stored draft");
        await context.close();
        // A browser without the compression streams (before 2023): making or opening a link says
        // so, and the draft stays.
        const old = await newContext(browser);
        await old.addInitScript(() => {
          delete window.CompressionStream;
          delete window.DecompressionStream;
        });
        const dated = await open(old, rootUrl);
        await typeArticle(dated, NEWS);
        await until(async () => (await storedDraft(dated)) === NEWS, "the draft is never saved (claimlens.draft.v1)");
        await dated.click("#copy-link");
        await until(async () => /cannot pack or unpack/.test((await dated.textContent("#message")) ?? ""), "no message when the browser cannot make a link");
        check((await dated.inputValue("#share-url")) === "", "a link was shown though none could be made");
        const linked = await open(old, real);
        await until(async () => /cannot pack or unpack/.test((await linked.textContent("#message")) ?? ""), "no message when the browser cannot open a link");
        check((await linked.inputValue("#editor")) === NEWS, "the draft is not in the editor after a link this browser cannot open");
        await old.close();
      },
    ],
    [
      "7. markup in the text is shown as text and never runs",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        await page.fill("#editor", `The minister said the plan might work. ${HOSTILE}`);
        await until(
          async () => (await page.textContent("#reading"))?.includes(HOSTILE),
          "the markup does not appear literally in #reading",
        );
        check((await page.$$("#reading img, #reading script")).length === 0, "#reading contains an img or script element");
        // The same through a file and through a share link.
        await page.setInputFiles("#file", { name: "page.html", mimeType: "text/html", buffer: Buffer.from(`<p>Officials said it might rain.</p>${HOSTILE}`) });
        await page.waitForSelector("li.claim");
        check((await page.$$("#reading img, #reading script")).length === 0, "an HTML file put an img or script into #reading");
        await page.fill("#editor", HOSTILE);
        await until(async () => (await page.textContent("#reading"))?.includes(HOSTILE), "no literal markup after refill");
        await page.click("#copy-link");
        const link = await until(() => page.inputValue("#share-url"), "#share-url stays empty");
        const other = await newContext(browser);
        const opened = await open(other, link);
        await until(async () => (await opened.textContent("#reading"))?.includes(HOSTILE), "the shared markup is not shown as text");
        check((await opened.$$("#reading img, #reading script")).length === 0, "a share link put an img or script into #reading");
        // An onerror handler would have fired by now: the image request fails at once.
        await opened.waitForLoadState("networkidle");
        await other.close();
        await context.close();
        const fired = dialogs.filter((d) => d.scenario === current);
        check(fired.length === 0, `dialogs fired: ${fired.map((d) => d.text).join("; ")}`);
      },
    ],
    [
      "7b. exports are files of the exact text, with markup escaped",
      async (browser) => {
        const context = await newContext(browser, { acceptDownloads: true });
        const page = await open(context, rootUrl);
        const text = `Officials said the river might flood. ${HOSTILE} "Quotes" & ampersands.`;
        await page.fill("#editor", text);
        await page.waitForSelector("li.claim");
        const files = await downloadExports(page);
        // JSON: the JSON contract of the README, offsets into the exact text.
        const json = JSON.parse(files.json.body);
        const analysis = json.analysis ?? json;
        check(Array.isArray(analysis.sentences) && Array.isArray(analysis.spans), "the JSON export lacks sentences or spans");
        const bytes = Buffer.from(text, "utf8");
        const might = analysis.spans.find((span) => span.text === "might");
        check(might, "the JSON export has no span for \"might\"");
        check(bytes.subarray(might.start, might.end).toString() === "might", "the JSON export's offsets are not UTF-8 byte offsets into the text");
        // HTML: no element of the text survives; opened as a page, nothing runs.
        check(!files.html.body.includes("<script>alert(1)"), "the HTML export contains the text's <script> as markup");
        check(!/<img[^>]*onerror/i.test(files.html.body), "the HTML export contains the text's <img onerror> as markup");
        check(files.html.body.includes("&lt;script&gt;"), "the HTML export does not show the markup as escaped text");
        check(/\.html?$/.test(files.html.name) && /\.md$/.test(files.md.name) && /\.json$/.test(files.json.name), `file names: ${Object.values(files).map((f) => f.name)}`);
        const exported = watch(await context.newPage());
        await exported.setContent(files.html.body);
        check(
          (await exported.textContent("body")).includes(HOSTILE),
          "the opened HTML export does not show the markup as text",
        );
        check((await exported.$$("body img[src=x], body script")).length === 0, "the opened HTML export has an img or script of the text");
        await context.close();
        const fired = dialogs.filter((d) => d.scenario === current);
        check(fired.length === 0, `dialogs fired: ${fired.map((d) => d.text).join("; ")}`);
      },
    ],
    [
      "7c. script, event-handler and javascript: payloads in text, file names, files and links never run",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        await context.addInitScript(RECORD_CSP);
        const page = await open(context, rootUrl);
        const text = `Officials said the plan might work.\n${PAYLOADS}`;
        // Pasted as a reader pastes. It is markup, so it is read as HTML source: its text shown,
        // its tags and script left out; "Bring back the previous text" gives the markup as text.
        await pasteArticle(page, text);
        await until(async () => /HTML source/.test((await page.textContent("#message")) ?? ""), "a paste of markup was not read as HTML source");
        await until(async () => (await page.textContent("#reading"))?.startsWith("Officials said the plan might work."), "the pasted markup's text is not shown");
        check(!(await page.textContent("#reading")).includes("<script>"), "the markup read as HTML still shows its tags");
        await assertInert(page, "pasted");
        await page.click("#undo-clear");
        await until(async () => (await page.inputValue("#editor")) === text, "the pasted markup did not come back");
        await until(async () => (await page.textContent("#reading"))?.includes(`<script>window.__owned = "script"</script>`), "the script payload is not shown literally");
        await assertInert(page, "pasted markup brought back");
        // A file whose name and contents are both hostile; then a too-large one, whose name the
        // page repeats in its message.
        const name = `<img src=x onerror=window.__owned='name'>.txt`;
        await page.setInputFiles("#file", { name, mimeType: "text/plain", buffer: Buffer.from(`It may rain. ${PAYLOADS}`) });
        await until(async () => (await page.inputValue("#editor")).startsWith("It may rain."), "the hostile file was not opened");
        await assertInert(page, "file");
        await page.setInputFiles("#file", { name, mimeType: "text/plain", buffer: Buffer.alloc(21 << 20, 0x61) });
        const message = page.locator("#message[role=alert]");
        await message.waitFor({ state: "visible" });
        check((await message.textContent()).includes(name), `the message does not show the file name literally: ${await message.textContent()}`);
        await assertInert(page, "file name");
        // An HTML file: reduced to its text, its markup never rendered.
        await page.setInputFiles("#file", { name: "page.html", mimeType: "text/html", buffer: Buffer.from(`<p>It may rain.</p>${PAYLOADS}`) });
        await until(async () => (await page.inputValue("#editor")).startsWith("It may rain."), "the hostile HTML file was not opened");
        await assertInert(page, "HTML file");
        // A share link made by the page of the hostile text, opened in a fresh browser.
        await page.fill("#editor", text);
        await page.click("#copy-link");
        const link = await until(() => page.inputValue("#share-url"), "#share-url stays empty");
        const other = await newContext(browser);
        await other.addInitScript(RECORD_CSP);
        const opened = await open(other, link);
        await until(async () => (await opened.textContent("#reading"))?.includes("window.__owned"), "the shared payloads are not shown as text");
        check((await opened.inputValue("#editor")) === text, "the link did not bring back the exact text");
        await opened.waitForLoadState("networkidle");
        await assertInert(opened, "share link");
        await opened.close();
        await other.close();
        await page.waitForLoadState("networkidle");
        await assertInert(page, "end");
        await context.close();
        const fired = dialogs.filter((d) => d.scenario === current);
        check(fired.length === 0, `dialogs fired: ${fired.map((d) => d.text).join("; ")}`);
      },
    ],
    [
      "7d. exported files escape the payloads and get safe names",
      async (browser) => {
        const context = await newContext(browser, { acceptDownloads: true });
        const page = await open(context, rootUrl);
        // The first line becomes the title and the file name: path tricks, markup, a device name.
        const text = `../../<script>x</script> CON javascript:alert(1).\nOfficials said the plan might work.\n${PAYLOADS}`;
        await page.fill("#editor", text);
        await page.waitForSelector("li.claim");
        const files = await downloadExports(page);
        for (const { name } of Object.values(files)) {
          check(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*\.(json|md|html)$/u.test(name), `unsafe export file name: ${name}`);
        }
        const html = files.html.body;
        // Only the export's own markup: no script element at all, no handler, no javascript: link.
        check(!/<script/i.test(html), "the HTML export contains <script");
        check(!/<(img|svg|iframe|object|embed)\b/i.test(html), "the HTML export contains an element from the text");
        // Its own links only jump to a sentence in the same file.
        const hrefs = [...html.matchAll(/<a\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => !/^<a href="#s-\d+">$/.test(tag));
        check(hrefs.length === 0, `the HTML export has links other than its own: ${hrefs.slice(0, 3).join(" ")}`);
        check(!/href\s*=\s*["']?\s*javascript:/i.test(html), "the HTML export has a javascript: link");
        const md = files.md.body;
        // CommonMark reads a backslash-escaped "\\<" or "\\:" as the character itself, never as markup.
        const live = md.split("\n").filter((line) => /(^|[^\\])<[a-z!/?]/i.test(line) || /javascript:/i.test(line));
        check(live.length === 0, `the Markdown export has raw markup or a live javascript: link: ${live.join(" / ")}`);
        // JSON: the payloads are strings, and the text's offsets still point at them.
        JSON.parse(files.json.body);
        // Opened as a page, the HTML export runs nothing and shows the payloads as text.
        const exported = watch(await context.newPage());
        await exported.addInitScript(RECORD_CSP);
        await exported.setContent(html);
        check((await exported.textContent("article")).includes(`<script>window.__owned = "script"</script>`), "the opened export does not show the payload as text");
        const found = await exported.evaluate(() => ({
          owned: window.__owned,
          elements: document.querySelectorAll("img, iframe, svg, script, object, embed").length,
          handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).length,
        }));
        check(found.owned === undefined, `a payload ran in the opened export: ${found.owned}`);
        check(found.elements === 0, "the opened export has an element from the text");
        check(found.handlers === 0, "the opened export has an event-handler attribute");
        await context.close();
        const fired = dialogs.filter((d) => d.scenario === current);
        check(fired.length === 0, `dialogs fired: ${fired.map((d) => d.text).join("; ")}`);
      },
    ],
    [
      "10. a 10 MB paste keeps the text, says it is too large, and the page still answers",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        const page = await open(context, rootUrl);
        const sentence = "The council said the new bridge might cost 48 million dollars. ";
        const huge = sentence.repeat(Math.ceil((10 << 20) / sentence.length));
        await pasteArticle(page, huge);
        await page.locator(".too-large[role=alert]").waitFor({ state: "visible" });
        check((await page.textContent(".too-large")).includes("5 MB"), "the message does not name the 5 MB limit");
        check((await page.evaluate(() => document.getElementById("editor").value.length)) === huge.length, "the editor does not hold the whole paste");
        // A paste this large arrives with the text box folded; still answering: a click on the
        // folding button is handled (its state flips), and a small text typed after it is analysed.
        check((await page.getAttribute("#fold-editor", "aria-expanded")) === "false", "the text box is not folded after a 10 MB paste");
        await page.click("#fold-editor");
        await until(async () => (await page.getAttribute("#fold-editor", "aria-expanded")) === "true", "a click after the paste was never handled");
        await page.locator("#editor").waitFor({ state: "visible" });
        await typeArticle(page, NEWS);
        check((await page.$$(".too-large")).length === 0, "the size message stays after a small text");
        await context.close();
      },
    ],
    [
      "11. full or switched-off storage: a message, and the text stays in the page",
      async (browser) => {
        const cases = [
          [
            "full",
            () => {
              Storage.prototype.setItem = function () {
                throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
              };
            },
          ],
          [
            "switched off",
            () => {
              Object.defineProperty(window, "localStorage", {
                get() {
                  throw new DOMException("Access is denied for this document.", "SecurityError");
                },
              });
            },
          ],
        ];
        for (const [name, stub] of cases) {
          const context = await newContext(browser);
          await context.addInitScript(stub);
          const page = await open(context, rootUrl);
          await typeArticle(page, NEWS);
          const message = page.locator("#message[role=alert]");
          await message.waitFor({ state: "visible" });
          check(/would not save your draft/.test(await message.innerText()), `${name}: the message does not say the draft was not saved: ${await message.innerText()}`);
          check((await page.inputValue("#editor")) === NEWS, `${name}: the text is gone from the editor`);
          // The page goes on working: a claim can be selected, a filter turned off.
          await page.click("li.claim");
          await page.uncheck("input[type=checkbox][name=filter][value=hedge]");
          check((await page.$$("#reading .hl[data-category=hedge]")).length === 0, `${name}: the hedge filter does nothing`);
          await context.close();
        }
      },
    ],
    [
      "12. two tabs editing never silently overwrite each other's draft",
      async (browser) => {
        const context = await newContext(browser);
        const first = await open(context, rootUrl);
        const textA = "Tab A: officials said the river might flood.";
        const textB = "Tab B: the mayor clearly ordered 3,000 sandbags.";
        await typeArticle(first, textA);
        await until(async () => (await storedDraft(first)) === textA, "tab A's draft is never saved");
        // A second tab opens on the saved draft, and the person writes something else there.
        const second = await open(context, rootUrl);
        check((await second.inputValue("#editor")) === textA, "the second tab does not start from the saved draft");
        await typeArticle(second, textB);
        await until(async () => (await storedDraft(second)) === textB, "tab B's draft is never saved");
        // Tab A is told, keeps its text, and stops saving over B's.
        const notice = first.locator("#tab-conflict[role=alert]");
        await notice.waitFor({ state: "visible" });
        await first.screenshot({ path: join(shots, "tab-conflict-1280x800.png") });
        check((await first.inputValue("#editor")) === textA, "tab A lost its text");
        await first.fill("#editor", `${textA} More words.`);
        await first.waitForTimeout(1000); // longer than the save delay: a save would have happened
        check((await storedDraft(first)) === textB, "tab A saved over tab B's draft while the question was open");
        // A keeps its text: saved again, and now B is asked.
        await first.click("#keep-this-tab");
        await until(async () => (await storedDraft(first)) === `${textA} More words.`, "keeping tab A's text did not save it");
        check((await first.$$("#tab-conflict")).length === 0, "the notice stays in tab A after the choice");
        await second.locator("#tab-conflict[role=alert]").waitFor({ state: "visible" });
        check((await second.inputValue("#editor")) === textB, "tab B lost its text");
        // B loads A's text; its own is one Undo away.
        await second.click("#load-other-tab");
        await until(async () => (await second.inputValue("#editor")) === `${textA} More words.`, "tab B did not load tab A's text");
        check((await second.$$("#tab-conflict")).length === 0, "the notice stays in tab B after the choice");
        await second.click("#undo-clear");
        await until(async () => (await second.inputValue("#editor")) === textB, "Undo in tab B did not bring back its own text");
        await context.close();
      },
    ],
    [
      "13. a panic shows a message with the text, \"Copy my text\" copies it, and a reload restores it",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        const page = await open(context, rootUrl);
        await typeArticle(page, NEWS);
        await until(async () => (await storedDraft(page)) === NEWS, "the draft is never saved");
        await page.fill("#editor", `${NEWS}\nTyped just before the error.`);
        // The module's test hook panics at once; the call itself fails because the module stops.
        const thrown = await page.evaluate(() => {
          try {
            window.wasmBindings.claimlensTestPanic();
            return "returned";
          } catch (error) {
            return String(error);
          }
        });
        check(thrown !== "returned", "claimlensTestPanic returned: the page did not stop");
        const dialog = page.locator("dialog#crash[open]");
        await dialog.waitFor({ state: "visible" });
        check((await page.textContent("#crash-title")) === "Something went wrong", "the dialog has no title");
        const expected = `${NEWS}\nTyped just before the error.`;
        check((await page.inputValue("#crash-text")) === expected, "the dialog does not hold the editor's text");
        check(await page.$eval("#crash-text", (el) => el.readOnly), "the text box in the dialog can be edited");
        check((await storedDraft(page)) === expected, "the panic hook did not save the latest text");
        await page.screenshot({ path: join(shots, "crash-1280x800.png") });
        await page.evaluate(() => navigator.clipboard.writeText(""));
        await page.click("#crash-copy");
        await until(async () => /Copied/.test(await page.textContent("#crash-status")), "#crash-status never says the text was copied");
        check((await page.evaluate(() => navigator.clipboard.readText())) === expected, "the clipboard does not hold the text");
        // Escape must not close it over a page that no longer works.
        await page.keyboard.press("Escape");
        check(await dialog.isVisible(), "Escape closed the dialog");
        await Promise.all([page.waitForEvent("load"), page.click("#crash-reload")]);
        await page.waitForSelector("#editor");
        check((await page.inputValue("#editor")) === expected, "after the reload the text is not back");
        check((await page.$$("dialog#crash")).length === 0, "the dialog is back after the reload");
        await context.close();
        // The one console line the panic writes is expected here; anything else is not.
        for (let i = problems.length - 1; i >= 0; i--) {
          if (problems[i].scenario === current && /Claimlens stopped: [\s\S]*claimlensTestPanic/.test(problems[i].text)) problems.splice(i, 1);
        }
      },
    ],
    [
      "14. typing in a long article leaves the marks a fresh analysis of the same text gives",
      async (browser) => {
        // Long enough that a keystroke re-analyses only the paragraphs around it. No one is named
        // in the article, and from the 31st paragraph on "he" is quoted again and again: the name
        // typed in the 11th changes whom every later "he" stands for, far beyond the paragraphs
        // around it.
        const plain = [
          "Officials said the bridge might reopen next year.",
          "Critics claimed the reform would reportedly cost 3.5 billion.",
          "\u201cThe figures are outrageous,\u201d the council said.",
          "Prices rose 4 percent in 2023, the highest level since 2001.",
        ];
        const paragraphs = [];
        for (let i = 0; i < 30; i++) paragraphs.push([0, 1, 2].map((k) => plain[(i + k) % plain.length]).join(" "));
        for (let i = 0; i < 30; i++) paragraphs.push(`He said the plan was clearly a disaster. ${plain[i % plain.length]}`);
        const text = paragraphs.join("\n\n");
        const settled = async (page) => {
          await until(() => page.evaluate(() => {
            const r = document.querySelector("#reading");
            return r && !r.classList.contains("stale") && r.querySelector(".para.plain") === null &&
              r.textContent.length === document.querySelector("#editor").value.length;
          }), "the article never showed the whole text with its marks");
          await page.waitForTimeout(300);
          return page.evaluate(() => ({
            article: document.querySelector("#reading").innerHTML,
            claims: document.querySelectorAll("li.claim").length,
            panel: document.querySelector("#panel-body").innerHTML,
          }));
        };
        const context = await newContext(browser);
        const typed = await open(context, rootUrl);
        await typeArticle(typed, text);
        const at = paragraphs.slice(0, 10).join("\n\n").length + 2;
        await typed.focus("#editor");
        await typed.evaluate((a) => document.querySelector("#editor").setSelectionRange(a, a), at);
        await typed.keyboard.type("Jane Smith said it might \u201cfail. He ");
        for (let i = 0; i < 3; i++) await typed.keyboard.press("Backspace");
        const after = await typed.inputValue("#editor");
        const expected = text.slice(0, at) + "Jane Smith said it might \u201cfail. " + text.slice(at);
        check(after === expected, `the editor does not hold what was typed: ${JSON.stringify(after.slice(at - 5, at + 60))}`);
        const fromTyping = await settled(typed);
        const fresh = await open(await newContext(browser), rootUrl);
        await typeArticle(fresh, after);
        const fromScratch = await settled(fresh);
        check(fromTyping.claims === fromScratch.claims, `typing left ${fromTyping.claims} claims, a fresh analysis finds ${fromScratch.claims}`);
        check(fromTyping.article === fromScratch.article, "after typing, the article's marks differ from a fresh analysis of the same text");
        check(fromTyping.panel === fromScratch.panel, "after typing, the panel differs from a fresh analysis of the same text");
        await context.close();
        await fresh.context().close();
      },
    ],
    [
      "15. a 1 MB paste is shown in full with the text box folded; \"Edit text\" opens it, and the previous text comes back",
      async (browser) => {
        const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
        const page = await open(context, rootUrl);
        await typeArticle(page, NEWS);
        // Generated here: paragraphs of invented sentences, one with Windows line breaks, which
        // the text box would make \n on the way in and the page must too.
        const paragraph = "Officials said the bridge might reopen next year. Critics claimed the reform would clearly cost 3.5 billion.";
        const parts = [];
        for (let i = 0; parts.join("\n\n").length < 1 << 20; i++) parts.push(`${i}. ${paragraph}`);
        const big = `${parts.join("\n\n")}\r\nLast line.`;
        const expected = big.replace(/\r\n?/g, "\n");
        await pasteArticle(page, big);
        await until(async () => (await page.getAttribute("#fold-editor", "aria-expanded")) === "false", "the text box is not folded after a 1 MB paste");
        check(!(await page.isVisible("#editor")), "the text box is still shown");
        const note = await page.innerText("#message[role=status]");
        check(/This 1\.0 MB text is shown in full below/.test(note) && note.includes("Edit text") && note.includes("Bring back the previous text"), `the message does not explain the fold and the way back: ${note}`);
        // Nothing lost: the reading view, the (hidden) text box, the saved draft and the word count
        // all hold the whole pasted text.
        await until(() => page.evaluate((n) => {
          const r = document.querySelector("#reading");
          return r && !r.classList.contains("stale") && r.textContent.length === n && r.querySelector(".hl") !== null;
        }, expected.length), "the article never showed the whole pasted text with its marks");
        check((await page.inputValue("#editor")) === expected, "the text box does not hold the pasted text");
        await until(async () => (await storedDraft(page)) === expected, "the pasted text is never saved as the draft");
        // (Each numbered paragraph has 18 words, its number and "3.5" among them; the last line two.)
        const words = parts.length * 18 + 2;
        check((await page.innerText(".word-count")) === `${words} words`, `the word count is not ${words}: ${await page.innerText(".word-count")}`);
        await page.screenshot({ path: join(shots, "large-paste-folded-1280x800.png") });
        // "Edit text" opens the box with the whole text, which can be typed in.
        await page.click("#fold-editor");
        await page.locator("#editor").waitFor({ state: "visible" });
        check((await page.inputValue("#editor")) === expected, "the opened text box does not hold the whole text");
        check(!(await page.innerText("#message")).includes("folded"), "the note about the folded box stays after it is opened");
        await page.focus("#editor");
        await page.evaluate(() => { const e = document.querySelector("#editor"); e.setSelectionRange(e.value.length, e.value.length); });
        await page.keyboard.type(" Typed.");
        await until(async () => (await storedDraft(page)) === `${expected} Typed.`, "what was typed after opening the box is never saved");
        // The text box's own undo never saw the paste: the page's brings the earlier text back,
        // and the pasted one is then one click away in turn.
        await page.click("#undo-clear");
        await until(async () => (await page.inputValue("#editor")) === NEWS, "\"Bring back the previous text\" does not bring back the text before the paste");
        check(await page.isVisible("#editor"), "the text box stays folded for the small text brought back");
        await page.waitForSelector("li.claim");
        await page.click("#undo-clear");
        await until(async () => (await page.inputValue("#editor")) === `${expected} Typed.`, "the pasted text is lost after bringing back the earlier one");
        check((await page.getAttribute("#fold-editor", "aria-expanded")) === "false", "the large text comes back with the text box open");
        await context.close();
      },
    ],
    [
      "16. the rehearsal of a paste, run while the page is idle, leaves nothing on the page",
      async (browser) => {
        const context = await newContext(browser);
        const page = await open(context, rootUrl);
        // The rehearsal (src/app/warm.rs) starts 500 ms after the first render and runs a few
        // dozen short tasks; 3 s is well past its end.
        await page.waitForTimeout(3000);
        const seen = await page.evaluate(() => ({
          readings: document.querySelectorAll("#reading").length,
          warm: document.querySelectorAll(".warm-up").length,
          marks: document.querySelectorAll(".hl").length,
          claims: document.querySelectorAll("li.claim").length,
          ids: [...document.querySelectorAll("[id]")].map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i),
          editor: document.querySelector("#editor").value,
          empty: document.querySelector("#reading").classList.contains("empty-state"),
        }));
        check(seen.readings === 1 && seen.warm === 0, `rehearsal left elements behind: ${JSON.stringify(seen)}`);
        check(seen.marks === 0 && seen.claims === 0 && seen.empty, `the empty page shows an analysis: ${JSON.stringify(seen)}`);
        check(seen.ids.length === 0, `duplicate ids: ${seen.ids}`);
        check(seen.editor === "", "the editor is not empty");
        await context.close();
      },
    ],
    [
      "8. screenshots at 1280x800 and 390x844, light and dark (target/e2e/)",
      async (browser) => {
        mkdirSync(shots, { recursive: true });
        const issues = []; // checked after every screenshot is taken, so a failure still leaves them all
        for (const [name, viewport] of [["1280x800", WIDE], ["390x844", NARROW]]) {
          for (const colorScheme of ["light", "dark"]) {
            const context = await newContext(browser, { viewport, colorScheme });
            const page = await open(context, rootUrl);
            await page.screenshot({ path: join(shots, `empty-${name}-${colorScheme}.png`) });
            await page.click("#sample");
            await page.waitForSelector("li.claim");
            await page.screenshot({ path: join(shots, `sample-${name}-${colorScheme}.png`) });
            // The first screen shows the article with its marks, and beside it on wide screens
            // the claims.
            for (const selector of ["#reading span.sentence", "#reading .hl", ...(viewport === WIDE ? ["li.claim"] : [])]) {
              if (!(await visibleInViewport(page, selector))) issues.push(`${name} ${colorScheme}: ${selector} is not on the first screen`);
            }
            if (colorScheme === "light") {
              // Folding the editor leaves its buttons and gives the article the room; unfolding
              // brings the text box back.
              await page.click("#fold-editor");
              await page.locator("#editor").waitFor({ state: "hidden" });
              check((await page.getAttribute("#fold-editor", "aria-expanded")) === "false", "#fold-editor does not say it is folded");
              await page.screenshot({ path: join(shots, `folded-${name}.png`) });
              await page.click("#fold-editor");
              await page.locator("#editor").waitFor({ state: "visible" });
              await page.screenshot({ path: join(shots, `sample-${name}-${colorScheme}-full.png`), fullPage: true });
              // A hedge on the window's bottom line: its tooltip must open where it can be read.
              const hedge = page.locator("#reading .hl[data-category=hedge]").first();
              await hedge.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 12));
              await hedge.hover();
              await page.locator("#tooltip").waitFor({ state: "visible" });
              await page.screenshot({ path: join(shots, `tooltip-${name}.png`) });
              const box = await page.locator("#tooltip").boundingBox();
              if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) {
                issues.push(`${name}: the tooltip at (${box.x}, ${box.y}) size ${box.width}x${box.height} does not fit in the window`);
              }
            }
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
            if (overflow > 0) issues.push(`${name} ${colorScheme}: the page scrolls sideways by ${overflow}px`);
            await context.close();
          }
        }
        check(issues.length === 0, issues.join("\n"));
      },
    ],
  ];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(dist, "index.html"))) {
    console.error("e2e: dist/index.html is missing: run `trunk build --release` first");
    process.exit(1);
  }
  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const only = process.env.E2E_ONLY ?? "";
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, run] of scenarios(base)) {
      if (!name.includes(only)) continue;
      current = name;
      const before = problems.length;
      try {
        await run(browser);
        passed++;
        console.log(`ok    ${name}`);
      } catch (error) {
        failed++;
        console.log(`FAIL  ${name}\n      ${String(error.message).split("\n").join("\n      ")}`);
      }
      for (const line of summarise(problems.slice(before))) console.log(`      (${line})`);
    }
    // Run-wide: what the reader's browser console would have shown.
    current = "9. no console errors, page errors, failed loads or CSP violations";
    if (problems.length === 0) {
      passed++;
      console.log(`ok    ${current}`);
    } else {
      failed++;
      console.log(`FAIL  ${current}`);
      for (const line of summarise(problems.map((p) => ({ text: `[${p.scenario.split(".")[0]}] ${p.text}` })))) {
        console.log(`      ${line}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});

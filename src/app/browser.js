// The page's few functions written in JavaScript, in one module for the whole page: as four
// modules, each cost a preload link with its hash and a compressed file of its own (551 bytes
// of the download after gzip), and the after-panic dialog's buttons, once a script of their own
// (crash.js), another 189; and the analysis worker's script (analysis-worker.js), another 55.
// A release build then writes this module into wasm-bindgen's glue (scripts/minify-hook.mjs), so
// the page fetches one file of JavaScript, not two: another 354.
// Each section says why its work is done in JavaScript and names the Rust module that calls it.

// ---- The text box's scroll (components/editor.rs) ----

// A text box scrolls to its selection only while it has the focus, and a sentence chosen in the
// panel or the article must not take the focus from where the reader is. So the height of the
// text before the selection is measured in an unseen copy with the box's width and type, and the
// box is scrolled to it: centred, and only when it is out of sight.
const COPIED = [
  "fontFamily", "fontSize", "fontStyle", "fontWeight", "letterSpacing", "lineHeight",
  "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "tabSize", "textTransform",
  "whiteSpace", "wordSpacing", "overflowWrap", "wordBreak",
];

// Laying out more text than this before the selection takes some 60 ms on a slow machine; texts
// this large arrive with the box folded (FOLD_FROM_BYTES in paste.rs), and a box opened on one
// keeps its place past this point.
const LAID_OUT_AT_MOST = 128 * 1024;

export function revealSelection(area) {
  if (area.clientHeight === 0 || document.activeElement === area) return;
  if (area.selectionStart > LAID_OUT_AT_MOST) return;
  const style = getComputedStyle(area);
  const copy = document.createElement("div");
  for (const name of COPIED) copy.style[name] = style[name];
  // clientWidth holds the padding but neither the border nor the scroll bar: the width the
  // lines wrap in.
  Object.assign(copy.style, {
    boxSizing: "border-box", width: `${area.clientWidth}px`, position: "absolute",
    left: "0", top: "0", visibility: "hidden", border: "0",
  });
  copy.textContent = area.value.slice(0, area.selectionStart);
  const mark = copy.appendChild(document.createElement("span"));
  mark.textContent = "\u200b";
  document.body.appendChild(copy);
  const top = mark.offsetTop;
  const height = mark.offsetHeight;
  copy.remove();
  if (top < area.scrollTop || top + height > area.scrollTop + area.clientHeight) {
    area.scrollTop = top - (area.clientHeight - height) / 2;
  }
}

// ---- A paragraph of the article (components/reading.rs) ----

// Builds a paragraph of the article from the description reading.rs writes (`Ops`, where the
// format is explained): one call per paragraph rather than one per element, attribute and text.
// The text only ever becomes text nodes.
export function drawParagraph(text, words, ops) {
  const table = words.split("\u0001");
  const root = document.createElement("div");
  root.className = "para";
  const stack = [root];
  for (let i = 0; i < ops.length; ) {
    const op = ops[i++];
    const parent = stack[stack.length - 1];
    if (op === 0) {
      parent.appendChild(document.createTextNode(text.slice(ops[i], ops[i + 1])));
      i += 2;
    } else if (op === 1) {
      const span = document.createElement("span");
      for (let n = ops[i++]; n > 0; n--, i += 2) span.setAttribute(table[ops[i]], table[ops[i + 1]]);
      parent.appendChild(span);
      stack.push(span);
    } else {
      stack.pop();
    }
  }
  return root;
}

// ---- The clipboard (services/clipboard.rs) ----

// Copies the text a promise will give. Safari lets a page write the clipboard only during the
// click itself, so the write starts now with the text still to come (ClipboardItem); where that
// is missing or refused, the text is written once it is there. Resolves to whether it worked.
export function copyPromised(text) {
  const clipboard = navigator.clipboard;
  if (!clipboard) return Promise.resolve(false);
  let first;
  try {
    const blob = text.then((t) => new Blob([t], { type: "text/plain" }));
    // When the text never comes, the write fails and says so below; this one is not news.
    blob.catch(() => {});
    first = clipboard.write([new ClipboardItem({ "text/plain": blob })]);
  } catch (e) {
    first = Promise.reject(e);
  }
  return first.then(
    () => true,
    () => text.then((t) => clipboard.writeText(t)).then(() => true, () => false),
  );
}

// ---- Share links' compression (services/links.rs) ----

// Share links' DEFLATE, done by the browser's own zlib (CompressionStream) rather than by a
// compressor and inflater compiled into the page (docs/performance-log.md, "Download size"). links.rs frames the
// text and checks zlib's header and checksum; here bytes only go in and come out.

// Inflating stops within this many bytes of input past the limit: at DEFLATE's densest (about
// 1,032 bytes out per byte in) that is about 1 MiB of output, so a link that would inflate to
// gigabytes is refused having made little more than the limit.
const STEP = 1024;

// Pushes `bytes` through `stream` `step` bytes at a time and collects what comes out, failing
// with "too-large" once that passes `max` bytes. A step waits until the previous one is taken, so
// the output never runs far ahead of the reading.
async function through(stream, bytes, max, step) {
  const writer = stream.writable.getWriter();
  const feeding = (async () => {
    for (let at = 0; at < bytes.length; at += step) {
      await writer.ready;
      await writer.write(bytes.subarray(at, at + step));
    }
    await writer.close();
  })();
  // An error surfaces through the reader; this one would otherwise go unhandled.
  feeding.catch(() => {});
  const reader = stream.readable.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      reader.cancel().catch(() => {});
      throw "too-large";
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// zlib's format (RFC 1950) of `bytes`: what a `v2.` link carries.
export function deflate(bytes) {
  // The view of the module's memory may be gone once anything has waited.
  const own = bytes.slice();
  try {
    return through(new CompressionStream("deflate"), own, Infinity, Math.max(own.length, 1));
  } catch (e) {
    return Promise.reject("unsupported");
  }
}

// Raw DEFLATE inflated to at most `max` bytes; rejects with "too-large", "corrupt" (cut short,
// not DEFLATE, or followed by anything) or "unsupported" (a browser without DecompressionStream).
export function inflateRaw(bytes, max) {
  const own = bytes.slice();
  let stream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch (e) {
    return Promise.reject("unsupported");
  }
  return through(stream, own, max, STEP).catch((e) => {
    throw e === "too-large" ? e : "corrupt";
  });
}

// ---- The dialog the page leaves when it stops on an error (crash.rs) ----

// The page's WebAssembly module is dead by then, so its buttons are handled here, in plain
// script: listeners on the document, added when the module's glue first imports this file,
// which is before the module can run at all. The text is only read from the dialog's
// read-only box. The analysis worker imports this file too, and has no document.
if (typeof document !== "undefined") {
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("#crash-copy, #crash-reload") : null;
    if (!button) return;
    if (button.id === "crash-reload") {
      location.reload();
      return;
    }
    const area = document.getElementById("crash-text");
    const status = document.getElementById("crash-status");
    const say = (text) => {
      if (status) status.textContent = text;
    };
    const byHand = () => {
      area.focus();
      area.select();
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
      say(copied ? "Copied. Paste it somewhere safe, then reload." : "The browser would not copy: the text is selected, press Ctrl+C (⌘C on a Mac).");
    };
    if (!area) return;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(area.value).then(() => say("Copied. Paste it somewhere safe, then reload."), byHand);
    } else {
      byHand();
    }
  });

  // Escape would close the modal dialog and leave the stopped page looking usable.
  document.addEventListener("cancel", (event) => {
    if (event.target instanceof Element && event.target.id === "crash") event.preventDefault();
  }, true);
}

// ---- The analysis worker (services/analysis.rs) ----

// Runs the engine away from the page's main thread, so analysing a long text never freezes
// scrolling or typing. The page starts the worker with the very glue it runs itself as the
// worker's script (one module to download, answered from the browser's cache where the host
// allows caching, and one engine); the glue imports this file, and this part of it answers the
// page. The module's start function does nothing where there is no window, so no page is drawn.
//
// Messages in: {glue, wasm} once, then {text} (answered with {analysis}) and, if the page still
// wants it, {digest: true} for that text (answered with {digest}); both answers are bytes in the
// page's own format (src/app/wire.rs), handed over rather than copied. Any failure is answered
// with {error}. The page sends one message at a time.
if (typeof document === "undefined" && typeof WorkerGlobalScope !== "undefined") {
  let engine = null;

  self.onmessage = async (event) => {
    const message = event.data;
    if (message.glue) {
      engine = import(message.glue).then(async (glue) => {
        await glue.default({ module_or_path: message.wasm });
        return glue;
      });
      // A failed load is reported with the first text, which then cannot be analysed.
      engine.catch(() => {});
      return;
    }
    try {
      const glue = await engine;
      const [key, bytes] = message.digest ? ["digest", glue.worker_digest()] : ["analysis", glue.worker_analyse(message.text)];
      self.postMessage({ [key]: bytes }, [bytes.buffer]);
    } catch (error) {
      self.postMessage({ error: String((error && error.message) || error) });
    }
  };
}

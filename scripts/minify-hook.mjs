#!/usr/bin/env node
// Trunk post_build hook: minifies the JavaScript that wasm-bindgen writes (the glue module and
// the page's snippets), which Trunk's own minifier cannot parse and leaves as it is, and the
// analysis worker's script, which Trunk copies as it is; and writes the new Subresource Integrity
// hashes of the files index.html preloads into it. Release builds only. With terser's defaults only names local to the module are shortened: the names the wasm
// module imports are property keys and exports, which stay as they are. About 2.3 KB less after
// gzip, counted against the page's download budget.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const fail = (message) => {
  console.error(`minify-hook: ${message}`);
  process.exit(1);
};

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set; run this through trunk");

let terser;
try {
  terser = createRequire(new URL("../tools/package.json", import.meta.url))("terser");
} catch {
  fail("terser is missing from tools/node_modules: run ./scripts/setup");
}

const indexFile = join(staging, "index.html");
let html = readFileSync(indexFile, "utf8");

// The glue is the module the loader imports; snippets are the page's own JS modules it imports;
// the worker's script is started by the page (with no integrity hash: a worker has none).
const files = readdirSync(staging, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".js") && (/^claimlens-web-[0-9a-f]+\.js$/.test(f) || f.startsWith(`snippets${"/"}`) || f === "analysis-worker.js"));
if (!files.some((f) => f.startsWith("claimlens-web-"))) fail("wasm-bindgen's glue module was not found");

for (const file of files) {
  const path = join(staging, file);
  const source = readFileSync(path, "utf8");
  const result = await terser.minify(source, { module: true, compress: true, mangle: true });
  if (result.code === undefined) fail(`terser gave nothing for ${file}`);
  writeFileSync(path, result.code);

  // The tag that preloads this file carries its hash; a stale one would make the browser refuse it.
  const digest = `sha384-${createHash("sha384").update(result.code).digest("base64")}`;
  const name = file.replaceAll("\\", "/");
  let found = false;
  html = html.replace(/<(?:link|script)\b[^>]*>/gi, (tag) => {
    if (!tag.includes(name)) return tag;
    const updated = tag.replace(/\bintegrity\s*=\s*(["']?)sha(?:256|384|512)-[A-Za-z0-9+/=]+\1/i, `integrity="${digest}"`);
    found ||= updated !== tag;
    return updated;
  });
  if (!found && name !== "analysis-worker.js") fail(`index.html carries no integrity hash for ${name}`);
}

writeFileSync(indexFile, html);

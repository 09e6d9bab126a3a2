#!/usr/bin/env node
// Trunk post_build hook: minifies the JavaScript that wasm-bindgen writes (the glue module and
// the page's snippets), which Trunk's own minifier cannot parse and leaves as it is; and writes
// the new Subresource Integrity hashes of the files index.html preloads into it. Release builds
// only.
//
// With terser's defaults only names local to a module are shortened (the functions the wasm
// module imports are the glue's property keys, its exports the glue's member accesses, and
// terser keeps both): about 2.3 KB less after gzip. Then the names that only the module and the
// glue share (wasm-bindgen's hashed import and closure names) are shortened in both files by
// scripts/wasm-names.mjs, and the module's integrity hash is written too: 6.3 KB less after gzip.
// Both count against the page's download budget.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import { shortenNames } from "./wasm-names.mjs";

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

// The glue is the module the loader imports (and the analysis worker's script); snippets are
// the page's own JS modules it imports.
const files = readdirSync(staging, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".js") && (/^claimlens-web-[0-9a-f]+\.js$/.test(f) || f.startsWith(`snippets${"/"}`)));
if (!files.some((f) => f.startsWith("claimlens-web-"))) fail("wasm-bindgen's glue module was not found");

// The tag that preloads a file carries its hash; a stale one would make the browser refuse it.
const setIntegrity = (file, content) => {
  const digest = `sha384-${createHash("sha384").update(content).digest("base64")}`;
  const name = file.replaceAll("\\", "/");
  let found = false;
  html = html.replace(/<(?:link|script)\b[^>]*>/gi, (tag) => {
    if (!tag.includes(name)) return tag;
    // Found when the tag has the attribute, even when its hash was already this one.
    return tag.replace(/\bintegrity\s*=\s*(["']?)sha(?:256|384|512)-[A-Za-z0-9+/=]+\1/i, () => {
      found = true;
      return `integrity="${digest}"`;
    });
  });
  if (!found) fail(`index.html carries no integrity hash for ${name}`);
};

for (const file of files) {
  const path = join(staging, file);
  const source = readFileSync(path, "utf8");
  const result = await terser.minify(source, { module: true, compress: true, mangle: true });
  if (result.code === undefined) fail(`terser gave nothing for ${file}`);
  let code = result.code;

  const glue = file.match(/^(claimlens-web)-[0-9a-f]+\.js$/);
  if (glue) {
    // wasm-bindgen's module imports from "./<crate>_bg.js", whatever Trunk names the files.
    const wasmFile = file.replace(/\.js$/, "_bg.wasm");
    const wasmPath = join(staging, wasmFile);
    let shortened;
    try {
      shortened = shortenNames(readFileSync(wasmPath), code, `./${glue[1]}_bg.js`, (name) =>
        /^wasm_bindgen__convert__closures_\w*invoke__h[0-9a-f]{16}(?:_\d+)?$/.test(name),
      );
    } catch (error) {
      fail(`cannot shorten the names between ${wasmFile} and ${file}: ${error.message}`);
    }
    // No renamed import means wasm-bindgen named them differently: worth a look, not a silent 6 KB.
    if (shortened.imports === 0) fail(`no import of ${wasmFile} came from its glue: has wasm-bindgen changed?`);
    code = shortened.glue;
    writeFileSync(wasmPath, shortened.wasm);
    setIntegrity(wasmFile, shortened.wasm);
  }

  writeFileSync(path, code);
  setIntegrity(file, code);
}

writeFileSync(indexFile, html);

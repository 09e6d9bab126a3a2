#!/usr/bin/env node
// Trunk post_build hook: writes the page's snippets into the JavaScript that wasm-bindgen writes
// (the glue module) and minifies it, which Trunk's own minifier cannot parse and leaves as it
// is; and writes the new Subresource Integrity hashes of the files index.html preloads into it.
// Release builds only.
//
// With terser's defaults only names local to a module are shortened (the functions the wasm
// module imports are the glue's property keys, its exports the glue's member accesses, and
// terser keeps both): about 2.3 KB less after gzip. Then the names that only the module and the
// glue share (wasm-bindgen's hashed import and closure names) are shortened in both files by
// scripts/wasm-names.mjs, and the module's integrity hash is written too: 6.3 KB less after gzip.
// Both count against the page's download budget.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import { shortName, shortenNames } from "./wasm-names.mjs";

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
let files = readdirSync(staging, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".js") && (/^claimlens-web-[0-9a-f]+\.js$/.test(f) || f.startsWith(`snippets${"/"}`)));
if (!files.some((f) => f.startsWith("claimlens-web-"))) fail("wasm-bindgen's glue module was not found");

// Each snippet the glue imports (src/app/browser.js) is written into the glue itself, before it
// is minified: one file less to fetch, and one preload link with its integrity hash less in
// index.html (354 bytes less after gzip). The snippet's code runs inside a function of its
// own, at the top of the glue where its imports were, so it runs first as an import would and
// none of its names can meet the glue's; the function returns its exported functions, which the
// glue's imports of it then read. Only `export function` is supported: anything else fails the
// build rather than being inlined wrongly.
const glueName = files.find((f) => /^claimlens-web-[0-9a-f]+\.js$/.test(f));
let glueSource = readFileSync(join(staging, glueName), "utf8");
// The wasm module imports some of a snippet's functions itself, from a module named by the
// snippet's path; once inlined, that name only has to match the glue's import object, so both
// get a short one ("a", "b", ...: 98 bytes less after gzip).
const inlined = new Map();
for (const snippet of files.filter((f) => f.startsWith(`snippets${"/"}`))) {
  const url = `./${snippet.replaceAll("\\", "/")}`;
  const imports = [];
  const importLine = /^import\s*(\*\s*as\s+\w+|\{[^}]*\})\s*from\s*(['"])([^'"]+)\2\s*;?[ \t]*$/gm;
  for (const m of glueSource.matchAll(importLine)) if (m[3] === url) imports.push(m);
  if (imports.length === 0) continue;
  const source = readFileSync(join(staging, snippet), "utf8");
  if (/^\s*import\b|\bimport\.meta\b/m.test(source)) fail(`${snippet} imports or reads import.meta: it cannot be inlined`);
  const names = [...source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*(\w+)/gm)].map((m) => m[1]);
  if (/^[ \t]*export\b(?!\s+(?:async\s+)?function\b)/m.test(source) || /^[ \t]+export\b/m.test(source)) {
    fail(`${snippet} exports something other than a function declaration: it cannot be inlined`);
  }
  const body = source.replace(/^export\s+(?=(?:async\s+)?function\b)/gm, "");
  const module = `__snippet${files.indexOf(snippet)}`;
  let bindings = `const ${module} = (() => {\n${body}\nreturn { __proto__: null, ${names.join(", ")} };\n})();\n`;
  for (const [, what] of imports) {
    if (what.startsWith("*")) {
      bindings += `const ${what.replace(/^\*\s*as\s+/, "")} = ${module};\n`;
    } else {
      const named = what.slice(1, -1).split(",").map((n) => n.trim()).filter(Boolean);
      for (const n of named) if (!names.includes(n)) fail(`the glue imports ${n} from ${snippet}, which does not export it as a function`);
      bindings += `const { ${named.join(", ")} } = ${module};\n`;
    }
  }
  let first = true;
  glueSource = glueSource.replace(importLine, (line, what, q, from) => {
    if (from !== url) return line;
    const out = first ? bindings : "";
    first = false;
    return out;
  });
  rmSync(join(staging, snippet));
  inlined.set(url, shortName(inlined.size));
  let removed = 0;
  html = html.replace(/<link\b[^>]*>/gi, (tag) => (tag.includes(url.slice(2)) ? (removed++, "") : tag));
  if (removed !== 1) fail(`index.html has ${removed} links to ${snippet}, not the one preload expected`);
  files = files.filter((f) => f !== snippet);
}
writeFileSync(join(staging, glueName), glueSource);
// The folders the inlined snippets leave empty.
const left = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).some((e) => e.isFile());
if (files.every((f) => !f.startsWith(`snippets${"/"}`)) && readdirSync(staging).includes("snippets") && !left(join(staging, "snippets"))) {
  rmSync(join(staging, "snippets"), { recursive: true });
}

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
      // The glue's own module name goes the way of the inlined snippets': the module writes it
      // once for each of its 180-odd imports (154 bytes less after gzip).
      const modules = new Map([...inlined, [`./${glue[1]}_bg.js`, shortName(inlined.size)]]);
      // Exports renamed: the closures' entry points, and wasm-bindgen's own helpers (the
      // allocator, the externref table, the start function), which only the glue calls, as
      // members of the module's exports (162 bytes less after gzip for the helpers).
      shortened = shortenNames(readFileSync(wasmPath), code, `./${glue[1]}_bg.js`, (name) =>
        /^wasm_bindgen__convert__closures_\w*invoke__h[0-9a-f]{16}(?:_\d+)?$/.test(name) ||
        /^__(?:wbindgen|externref)_\w+$/.test(name),
        modules,
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

// Copies the text into wasm memory with one `encodeInto` where wasm-bindgen's glue copies it a
// character at a time. build.sh runs it on the glue wasm-bindgen writes.
//
//   node bench/node/glue.mjs bench/node/pkg/claimlens.js
//
// wasm-bindgen copies a string's leading ASCII characters in a JavaScript loop before it calls
// `encodeInto` for the rest: quicker for a short name or key, but `analyze` is handed whole
// articles, and on the corpus's 2 MB prefix that loop took about 3 ms a pass, 5 % of the API's
// time, where `encodeInto` takes 0.3 ms. Here `encodeInto` is tried first on room for one byte
// per UTF-16 unit: it reads the whole string only if every unit is ASCII, and then the bytes are
// the loop's. Otherwise the glue's own path runs from the start, as before, so the bytes in wasm
// memory are always the same. (So does anything not a string, which encodeInto would convert.)
//
// The glue is the text of the pinned wasm-bindgen (Cargo.toml); if a new version writes it
// differently, this stops the build rather than leave the slow copy in place unnoticed.

import { readFileSync, writeFileSync } from 'node:fs';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: node glue.mjs PKG/claimlens.js');
  process.exit(64);
}

const loop = `    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
`;
const patched = `    // All ASCII: copied at once (bench/node/glue.mjs).
    if (typeof arg === 'string' && cachedTextEncoder.encodeInto(arg, mem.subarray(ptr, ptr + len)).read === len) offset = len;
${loop}`;

const glue = readFileSync(path, 'utf8');
if (glue.includes(patched)) process.exit(0);
const at = glue.indexOf(loop);
if (at < 0 || glue.indexOf(loop, at + 1) >= 0 || !glue.includes('const cachedTextEncoder = new TextEncoder();')) {
  console.error(`${path}: the glue does not have the one ASCII copy loop this expects (a new wasm-bindgen?)`);
  process.exit(1);
}
writeFileSync(path, glue.slice(0, at) + patched + glue.slice(at + loop.length));

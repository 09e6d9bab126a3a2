// Tests of scripts/wasm-names.mjs on a module written out byte by byte (`node --test`).
import assert from "node:assert/strict";
import { test } from "node:test";

import { shortName, shortenNames } from "./wasm-names.mjs";

const bytes = (text) => [...new TextEncoder().encode(text)];
const name = (text) => [text.length, ...bytes(text)];

const IMPORT = "__wbg_log_0123456789abcdef";
const INVOKE = "wasm_bindgen__convert__closures_____invoke__h0123456789abcdef";
const isInvoke = (n) => n.startsWith("wasm_bindgen__convert__closures_");

// A module that imports a function from the glue ("./x_bg.js") and a memory from elsewhere, and
// exports one function under two names, `mainName` and a closure's entry point.
function module(importName, invokeName, mainName = "main", other = "other") {
  const imports = [2, ...name("./x_bg.js"), ...name(importName), 0, 0, ...name(other), ...name("mem"), 2, 0, 1];
  const exports = [2, ...name(mainName), 0, 1, ...name(invokeName), 0, 1];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 4, 1, 0x60, 0, 0, // one type: () -> ()
    2, imports.length, ...imports,
    3, 2, 1, 0, // one function of that type
    7, exports.length, ...exports,
    10, 4, 1, 2, 0, 0x0b, // its body: nothing
  ]);
}

const GLUE = `const i={__proto__:null,${IMPORT}:function(n){console.log(n)}};function r(){w.${INVOKE}()}`;

test("short names run a..z, A..Z, then two letters", () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53, 103, 104].map(shortName), ["a", "b", "z", "A", "Z", "aa", "ab", "aZ", "ba"]);
});

test("the glue's import and the closure's export get short names in both files", () => {
  const original = module(IMPORT, INVOKE);
  assert.ok(WebAssembly.validate(original));
  const result = shortenNames(original, GLUE, "./x_bg.js", isInvoke);
  assert.deepEqual([...result.wasm], [...module("a", "b")]);
  assert.ok(WebAssembly.validate(result.wasm));
  assert.equal(result.glue, `const i={__proto__:null,a:function(n){console.log(n)}};function r(){w.b()}`);
  assert.equal(result.imports, 1);
  assert.equal(result.exports, 1);
});

test("imports of another module and exports not chosen keep their names", () => {
  const original = module(IMPORT, INVOKE);
  const result = shortenNames(original, GLUE, "./y_bg.js", () => false);
  assert.deepEqual([...result.wasm], [...original]);
  assert.equal(result.glue, GLUE);
  assert.equal(result.imports, 0);
  assert.equal(result.exports, 0);
});

test("a glue that names an import anywhere but once as a key stops the rename", () => {
  const twice = `${GLUE};console.log("${IMPORT}")`;
  assert.throws(() => shortenNames(module(IMPORT, INVOKE), twice, "./x_bg.js", isInvoke), /names __wbg_log_0123456789abcdef 2 time/);
  const missing = GLUE.replace(IMPORT, "__wbg_other_0123456789abcdef");
  assert.throws(() => shortenNames(module(IMPORT, INVOKE), missing, "./x_bg.js", isInvoke), /0 time/);
});

test("a glue that names an export other than as a member stops the rename", () => {
  const bare = `${GLUE};export{${INVOKE}}`;
  assert.throws(() => shortenNames(module(IMPORT, INVOKE), bare, "./x_bg.js", isInvoke), /2 time\(s\), 1 of them as a member/);
});

test("an export renamed onto a name the module already exports is refused", () => {
  // The import takes "a", so the export would be "b": the module's other export is called "b".
  const renamed = module(IMPORT, INVOKE, "b");
  assert.ok(WebAssembly.validate(renamed));
  assert.throws(() => shortenNames(renamed, GLUE, "./x_bg.js", isInvoke), /two exports would be named b/);
});

test("bytes that are not a module are refused", () => {
  assert.throws(() => shortenNames(Uint8Array.from([1, 2, 3]), GLUE, "./x_bg.js", isInvoke), /not a wasm module/);
});

test("a module given a new name is renamed in the module and as the glue's keys", () => {
  // The module's second import is a memory: a module's functions would be renamed as the glue's.
  const glue = `${GLUE};const o={__proto__:null,"./x_bg.js":i,"other":m,'other':m}`;
  const result = shortenNames(module(IMPORT, INVOKE), glue, "./x_bg.js", isInvoke, new Map([["other", "s"]]));
  assert.deepEqual([...result.wasm], [...module("a", "b", "main", "s")]);
  assert.ok(WebAssembly.validate(result.wasm));
  assert.ok(result.glue.endsWith(`const o={__proto__:null,"./x_bg.js":i,s:m,s:m}`));
  const named = `${glue};console.log("other")`;
  assert.throws(() => shortenNames(module(IMPORT, INVOKE), named, "./x_bg.js", isInvoke, new Map([["other", "s"]])), /module other 3 time\(s\), 2 of them/);
  assert.throws(() => shortenNames(module(IMPORT, INVOKE), glue, "./x_bg.js", isInvoke, new Map([["gone", "s"]])), /nothing is imported from gone/);
});

test("the functions imported from a renamed module get short names too", () => {
  const glue = `${GLUE};const o={__proto__:null,"./x_bg.js":i,"./snippet.js":{__proto__:null,${IMPORT.replace("log", "draw")}:function(){}}}`;
  const original = module(IMPORT, INVOKE, "main", "other");
  // The same module, its memory import replaced by a function from the snippet.
  const withSnippet = Uint8Array.from(original);
  const from = [...name("other"), ...name("mem"), 2, 0, 1];
  const to = [...name("./snippet.js"), ...name(IMPORT.replace("log", "draw")), 0, 0];
  const at = withSnippet.findIndex((_, i) => from.every((b, k) => withSnippet[i + k] === b));
  const bytesOut = [...withSnippet.subarray(0, at), ...to, ...withSnippet.subarray(at + from.length)];
  // Fix the import section's size (it grew by the difference).
  const importsAt = bytesOut.indexOf(2, 14);
  bytesOut[importsAt + 1] += to.length - from.length;
  const input = Uint8Array.from(bytesOut);
  assert.ok(WebAssembly.validate(input));
  const result = shortenNames(input, glue, "./x_bg.js", isInvoke, new Map([["./snippet.js", "s"]]));
  assert.ok(WebAssembly.validate(result.wasm));
  assert.equal(result.imports, 2);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(result.wasm)).map((i) => `${i.module}.${i.name}`), ["./x_bg.js.a", "s.b"]);
  assert.ok(result.glue.endsWith(`const o={__proto__:null,"./x_bg.js":i,s:{__proto__:null,b:function(){}}}`));
});

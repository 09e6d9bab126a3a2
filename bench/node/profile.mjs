// Where the wasm engine spends its time in Node: V8's sampling profiler over `analyze` on every
// record of a corpus, after a warm-up, summed by function (self time) and by part (engine, JSON
// writing, allocator, the JS glue that carries strings across the boundary, garbage collection).
// The native engine's figure (`claimlens bench`) leaves out the JSON and the boundary, so the
// parts say how much of the Node figure has no native counterpart.
//
//   bench/node/build.sh --names                 # function names kept (else they show as numbers)
//   node bench/node/profile.mjs CORPUS.jsonl [--runs N] [--top N]

import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let corpus = null;
let runs = 3;
let top = 30;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--top') top = Number(args[++i]);
  else corpus = args[i];
}
if (corpus === null || !(runs > 0) || !(top > 0)) {
  console.error('usage: node profile.mjs CORPUS.jsonl [--runs N] [--top N]');
  process.exit(64);
}

const claimlens = createRequire(import.meta.url)(join(here, 'pkg', 'claimlens.js'));
const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);
const pass = () => {
  let n = 0;
  for (const t of texts) n += claimlens.analyze(t).length;
  return n;
};
// Two seconds of whole passes first, so that every function runs in V8's optimised tier when
// sampling starts: one pass left dozens of the less frequent ones as baseline code (see run.mjs).
const until = process.hrtime.bigint() + 2_000_000_000n;
do pass(); while (process.hrtime.bigint() < until);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let r = 0; r < runs; r++) pass();
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Self time per node: each sample's time goes to the function on top of the stack.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  const { functionName, url } = byId.get(id).callFrame;
  // The module's export `analyze` (the JSON writer, in-lined into it) and the JS glue's function
  // of the same name (the text copied in) are told apart by where their code lives.
  const name = (functionName || '(anonymous)') + (url.startsWith('wasm:') ? ' [wasm]' : '');
  self.set(name, (self.get(name) ?? 0) + dt);
  total += dt;
});

// Rust symbols end in a hash that differs from build to build.
const plain = (name) => name.replace(/::h[0-9a-f]{16}( \[wasm\])?$/, '$1');
const part = (name) => {
  if (/^analyze \[wasm\]$|engine::json::|zmij|itoa/.test(name)) return 'JSON writing';
  if (/talc|dlmalloc|__rust_(alloc|dealloc|realloc)|__wbindgen_(malloc|realloc|free)|raw_vec|finish_grow/.test(name)) return 'allocator';
  if (/^(analyze|passStringToWasm0|getStringFromWasm0|decode|decodeText|decodeUTF8|getUint8ArrayMemory0)$/.test(name) || /^js-to-wasm/.test(name)) {
    return 'JS glue: strings in and out';
  }
  if (name === '(garbage collector)') return 'garbage collection';
  if (/^\(/.test(name) || !name.endsWith(' [wasm]')) return 'other (JS, idle)';
  return 'engine and the rest of the module';
};

const ms = (us) => (us / 1000 / runs).toFixed(1).padStart(8);
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5);
console.log(`${texts.length} records; ${runs} passes sampled; ms per pass (self time)\n`);
const parts = new Map();
for (const [name, t] of self) parts.set(part(name), (parts.get(part(name)) ?? 0) + t);
for (const [name, t] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`${ms(t)} ms ${pct(t)} %  ${name}`);
console.log('');
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms(t)} ms ${pct(t)} %  ${plain(name)}`);
}
console.log(`${ms(total)} ms in all`);

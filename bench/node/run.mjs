// Claimlens compiled to wasm beside two JavaScript prose checkers, in one Node process and on the
// same texts, so the ratios are not skewed by different machines, loads or Node versions.
//
//   bench/node/build.sh                      # once: the wasm engine into bench/node/pkg
//   node bench/node/run.mjs DATA_DIR/corpus/reuters21578.jsonl [--native MB/s] [--runs N] [--prefix MB] [--warm S]
//
// The peers are 10 to 40 times slower than the engine, so they run on a prefix of the corpus (whole
// records up to --prefix MB, 2 by default); Claimlens runs on that same prefix, and the ratios
// compare those two figures. Claimlens on the whole corpus is printed as well.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function usage(message) {
  console.error(`${message}\nusage: node run.mjs CORPUS.jsonl [--native MB/s] [--runs N] [--prefix MB] [--warm S]`);
  process.exit(64);
}

const args = process.argv.slice(2);
let corpusPath = null;
let native = null;
let runs = 3;
let prefixMb = 2;
let warm = 2;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = Number(args[++i]);
    if (!Number.isFinite(v) || v <= 0) usage(`${a} needs a positive number`);
    return v;
  };
  if (a === '--native') native = value();
  else if (a === '--runs') runs = Math.round(value());
  else if (a === '--prefix') prefixMb = value();
  else if (a === '--warm') warm = value();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (corpusPath === null) corpusPath = a;
  else usage('one corpus file only');
}
if (corpusPath === null) usage('the corpus file is missing');

// The peers are pinned in package-lock.json; install them on first use so a checkout needs no step.
if (!existsSync(join(here, 'node_modules'))) {
  console.error('installing the peer tools (npm ci) ...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}
if (!existsSync(join(here, 'pkg', 'claimlens.js'))) {
  console.error('the wasm engine is not built: run bench/node/build.sh first');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const claimlens = require('./pkg/claimlens.js');
const writeGood = (await import('write-good')).default;
const { unified } = await import('unified');
const retextEnglish = (await import('retext-english')).default;
const retextIntensify = (await import('retext-intensify')).default;
const retextStringify = (await import('retext-stringify')).default;

const texts = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line).text);
const bytesOf = (list) => list.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const prefix = [];
let prefixBytes = 0;
for (const t of texts) {
  if (prefixBytes >= prefixMb * 1e6) break;
  prefix.push(t);
  prefixBytes += Buffer.byteLength(t, 'utf8');
}
const allBytes = bytesOf(texts);

// One processor, built once, as an application would keep it; processSync needs a compiler, and
// stringify is the cheapest one (it only joins the tree's text back).
const retext = unified().use(retextEnglish).use(retextIntensify).use(retextStringify);

// Each function returns something derived from every result, so nothing can be optimised away.
const tools = {
  // The engine alone, as the native figure (`claimlens bench`) times it: no JSON is written.
  'claimlens engine alone': (list) => { let n = 0; for (const t of list) n += claimlens.analyze_engine_only(t); return n; },
  claimlens: (list) => { let n = 0; for (const t of list) n += claimlens.analyze(t).length; return n; },
  'claimlens + JSON.parse': (list) => {
    let n = 0;
    for (const t of list) n += JSON.parse(claimlens.analyze(t)).spans.length;
    return n;
  },
  'write-good': (list) => { let n = 0; for (const t of list) n += writeGood(t).length; return n; },
  'retext-intensify': (list) => {
    let n = 0;
    for (const t of list) n += retext.processSync(t).messages.length;
    return n;
  },
};

// Best of N after a warm-up of --warm seconds (2 by default) on the same texts, so that the JIT and
// the wasm tier-up are done, and the best run is the least disturbed by the other work on a shared
// machine. V8 first compiles wasm with its baseline compiler and optimises a function only once it
// has run a while (about 1.8 MB of its code executed): the engine's hot loops are optimised within
// the first pass, but dozens of functions that run a little per sentence or per report only after
// 5 to 15 passes over the prefix. A warm-up of 200 records left them as baseline code in the timed
// runs (the engine alone 33 to 37 MB/s over the first ten passes, then 40 to 41, which
// `node --no-liftoff` reaches from the second pass); the JavaScript peers, 20 times slower, had
// long been optimised after as many records.
function measure(name, list, bytes) {
  const until = process.hrtime.bigint() + BigInt(Math.round(warm * 1e9));
  do tools[name](list); while (process.hrtime.bigint() < until);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    tools[name](list);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.min(best, seconds);
  }
  return bytes / 1e6 / best;
}

const mb = (b) => (b / 1e6).toFixed(1);
console.log(`Node ${process.version}; best of ${runs} runs after ${warm} s of warm-up, single thread`);
console.log(`corpus: ${texts.length} records, ${mb(allBytes)} MB; prefix: the first ${prefix.length} records, ${mb(prefixBytes)} MB`);
console.log('');

const row = (label, text, speed, extra = '') =>
  console.log(`${label.padEnd(26)}${text.padEnd(10)}${speed.toFixed(2).padStart(8)} MB/s${extra}`);

const onPrefix = {};
for (const name of Object.keys(tools)) {
  onPrefix[name] = measure(name, prefix, prefixBytes);
  row(name, 'prefix', onPrefix[name]);
}
const onCorpus = {};
for (const name of ['claimlens engine alone', 'claimlens', 'claimlens + JSON.parse']) {
  onCorpus[name] = measure(name, texts, allBytes);
  row(name, 'corpus', onCorpus[name]);
}
if (native !== null) row('claimlens native (given)', 'corpus', native);

console.log('');
console.log('ratios on the prefix            plain   with JSON.parse');
for (const peer of ['write-good', 'retext-intensify']) {
  const plain = onPrefix.claimlens / onPrefix[peer];
  const parsed = onPrefix['claimlens + JSON.parse'] / onPrefix[peer];
  console.log(`claimlens / ${peer.padEnd(20)}${plain.toFixed(1).padStart(6)}x ${parsed.toFixed(1).padStart(8)}x`);
}
if (native !== null) {
  console.log(`claimlens wasm / native (corpus, engine alone) ${(onCorpus['claimlens engine alone'] / native).toFixed(2).padStart(5)}x`);
}

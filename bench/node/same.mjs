// Checks that the wasm engine returns exactly what the native command line writes: the JSON
// string of `analyze(text)` against each line of `claimlens analyze --jsonl`, which is the same
// document with the record's id in front. A speed-up inside wasm must not change one byte.
//
//   bench/node/build.sh
//   node bench/node/same.mjs CORPUS.jsonl [--records N] [--bin target/release/claimlens] [--pkg DIR]

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let corpus = null;
let records = 3000;
let bin = join(here, '..', '..', 'target', 'release', 'claimlens');
let pkg = join(here, 'pkg');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--records') records = Number(args[++i]);
  else if (args[i] === '--bin') bin = resolve(args[++i]);
  else if (args[i] === '--pkg') pkg = resolve(args[++i]);
  else corpus = args[i];
}
if (corpus === null || !(records > 0)) {
  console.error('usage: node same.mjs CORPUS.jsonl [--records N] [--bin CLAIMLENS] [--pkg DIR]');
  process.exit(64);
}

const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, records);
const input = lines.join('\n') + '\n';
const native = execFileSync(bin, ['analyze', '--jsonl'], { input, maxBuffer: 1 << 30 })
  .toString('utf8')
  .split('\n')
  .filter((l) => l !== '');
const claimlens = createRequire(import.meta.url)(join(pkg, 'claimlens.js'));

let same = 0;
let different = 0;
lines.forEach((line, k) => {
  const { id, text } = JSON.parse(line);
  // The command line puts the id first; the rest of its line is the API's document.
  const prefix = `{"id":${JSON.stringify(id)},`;
  const expected = native[k].startsWith(prefix) ? '{' + native[k].slice(prefix.length) : null;
  if (claimlens.analyze(text) === expected) same++;
  else {
    different++;
    if (different <= 3) console.error(`record ${k} (${id}) differs`);
  }
});
console.log(`${same} passed, ${different} failed`);
process.exit(different === 0 && native.length === lines.length ? 0 : 1);

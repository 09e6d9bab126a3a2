#!/usr/bin/env node
// Trunk post_build hook: completes the page's Content-Security-Policy.
//
// Trunk loads the wasm through a small inline module script whose text changes with every build
// (it names the hashed file names). A strict policy only runs inline scripts whose SHA-256 it
// lists, so this hook hashes every inline script in the staged index.html and writes the hashes
// into the policy's script-src. Any inline script that a build did not produce stays blocked.
//
// Node runs it because the build already needs Node (wasm-opt comes from npm).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const fail = (message) => {
  console.error(`csp-hook: ${message}`);
  process.exit(1);
};

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set; run this through trunk");
const file = join(staging, "index.html");
// Trunk's loader ends by announcing the module with a "TrunkApplicationStarted" event, for
// scripts that wait on it; none here does. Without it, and without the loader's blank lines,
// the page is 70 bytes smaller after gzip. (A loader written otherwise is left as it is.)
const html = readFileSync(file, "utf8").replace(
  /;\s*const wasm = await init\(\{ (module_or_path:) ('[^']*') \}\);\s*(window\.wasmBindings = bindings;)\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);/,
  ";await init({$1$2});$3",
);

// Inline scripts: a <script> without a src attribute and with some text.
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  const [, attributes, text] = match;
  if (/\bsrc\s*=/i.test(attributes) || text.length === 0) continue;
  // Browsers hash the text after the HTML parser has turned CRLF and CR into LF.
  const normalised = text.replace(/\r\n?/g, "\n");
  hashes.push(`'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`);
}
if (hashes.length === 0) fail("no inline script found in index.html: did Trunk change its loader?");

// The policy's <meta> tag, in any attribute order and with or without quotes around
// http-equiv's value: Trunk's minifier reorders attributes and drops quotes it does not need.
const tag = html.match(/<meta\b[^>]*\bhttp-equiv\s*=\s*["']?Content-Security-Policy\b[^>]*>/i);
const content = /(\bcontent\s*=\s*")([^"]*)(")/i;
const found = tag && tag[0].match(content);
if (!found) fail('index.html has no <meta http-equiv="Content-Security-Policy" content="...">');

const directives = found[2].split(";").map((d) => d.trim()).filter(Boolean);
const index = directives.findIndex((d) => d.split(/\s+/)[0] === "script-src");
if (index < 0) fail("the Content-Security-Policy has no script-src directive");
// Drop hashes of an earlier run so rebuilding the staged file never accumulates stale ones.
const kept = directives[index].split(/\s+/).filter((t) => !/^'sha(256|384|512)-/.test(t));
directives[index] = [...kept, ...new Set(hashes)].join(" ");

// The tag is written back in its plain form (quoted, http-equiv first), as the source has it, so
// whatever reads the built page's policy need not know what the minifier does to attributes.
const policy = directives.join("; ");
const updated = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const result = html.slice(0, tag.index) + updated + html.slice(tag.index + tag[0].length);

// Every URL must stay relative (the page is served from sub-folders too). Checked here because
// the minified page's attributes are unquoted, where a check for src="/ would see nothing.
const absolute = result.match(/\b(?:src|href)\s*=\s*["']?\/[^\s>]*/i);
if (absolute) fail(`an absolute URL in index.html breaks the page in a sub-folder: ${absolute[0]}`);

writeFileSync(file, result);
console.error(`csp-hook: script-src allows ${hashes.length} inline script(s)`);

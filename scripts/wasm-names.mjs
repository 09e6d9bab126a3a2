// Shorter names between the wasm module and wasm-bindgen's glue, for the release build's hook.
//
// wasm-bindgen names every function the module imports from its glue `__wbg_<name>_<hash>` and the
// closures' entry points it exports `wasm_bindgen__convert__closures_..._invoke__h<hash>`: the
// page's module imports 182 such names and exports 8 (the release hook also renames the exports of
// wasm-bindgen's helpers, `__wbindgen_malloc` and the like, which only the glue calls). The hashes
// are random hex, which neither gzip nor brotli can shorten, and each name is written twice, in the
// module and in the glue. Nothing but the glue ever sees these names (the page and the analysis
// worker call the glue's own exports, which keep their names), so both files can agree on short
// ones instead: a, b, ..., Z, aa, ab, ... in the order the module lists them, which makes the
// result a function of the input alone (the same build gives the same files).
//
// The modules the imports come from are named too, written once per import: the glue's own
// ("./<crate>_bg.js") and the release hook's inlined snippets get one-letter names, which the
// glue's import object then uses as its keys.
//
// The glue is rewritten as text, so every rename is checked: an import's name must occur exactly
// once in the glue, as a property key; an export's only as a member (`wasm.NAME`), at least
// once. Anything else (a glue that names it elsewhere) stops the build rather than guessing.

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `index`-th short name: a..Z, then aa, ab, ... */
export function shortName(index) {
  let name = "";
  let n = index;
  for (;;) {
    name = LETTERS[n % LETTERS.length] + name;
    n = Math.floor(n / LETTERS.length);
    if (n === 0) return name;
    n -= 1;
  }
}

// The binary format's unsigned LEB128 numbers.
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error("wasm: number runs past the end");
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encode = (text) => [...new TextEncoder().encode(text)];

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

// The end of an import's description (after its kind byte), whatever the kind.
function skipImportDesc(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: its type
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type
    default: throw new Error(`wasm: unknown import kind ${kind}`);
  }
}

/**
 * Renames the functions `wasm` imports from the glue's module (`module`) and the exports for
 * which `exportRenamed(name)` is true, in the module's bytes and in the glue's text; and the
 * modules in `modules` (a Map of old module name to new), the functions imported from them
 * renamed as the glue's are: the release hook's inlined snippets, whose functions the glue then
 * defines as keys of one object, and which the glue's import object names as keys.
 * Returns `{ wasm, glue, imports, exports }` (the new bytes and text, and how many were renamed).
 */
export function shortenNames(wasm, glue, module, exportRenamed, modules = new Map()) {
  const bytes = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error("not a wasm module");
  }
  // Sections are copied as they are, apart from the two rewritten; spreading a 600 KB section
  // into an array would overflow the call stack, hence the list of pieces.
  const out = [bytes.subarray(0, 8)];
  const renames = new Map();
  const movedModules = new Set();
  const exported = new Set();
  let imports = 0;
  let exports = 0;
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    let body = bytes.subarray(start, end);
    if (id === 2 || id === 7) {
      const [count, first] = readU32(body, 0);
      const rewritten = writeU32(count);
      let p = first;
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const [from, q] = readName(body, p);
          const [name, r] = readName(body, q);
          const kind = body[r];
          const descEnd = skipImportDesc(body, kind, r + 1);
          let kept = name;
          if (kind === 0 && (from === module || modules.has(from))) {
            kept = shortName(renames.size);
            renames.set(name, { to: kept, import: true });
            imports++;
          }
          if ([...modules.values()].includes(from)) throw new Error(`wasm: a module is already named ${from}`);
          const source = modules.get(from) ?? from;
          if (modules.has(from)) movedModules.add(from);
          rewritten.push(...writeU32(encode(source).length), ...encode(source), ...writeU32(encode(kept).length), ...encode(kept), ...body.subarray(r, descEnd));
          p = descEnd;
        } else {
          const [name, q] = readName(body, p);
          const [, descEnd] = readU32(body, q + 1);
          let kept = name;
          if (exportRenamed(name)) {
            kept = shortName(renames.size);
            renames.set(name, { to: kept, import: false });
            exports++;
          }
          if (exported.has(kept)) throw new Error(`wasm: two exports would be named ${kept}`);
          exported.add(kept);
          rewritten.push(...writeU32(encode(kept).length), ...encode(kept), ...body.subarray(q, descEnd));
          p = descEnd;
        }
      }
      if (p !== body.length) throw new Error(`wasm: section ${id} has ${body.length - p} bytes after its entries`);
      body = Uint8Array.from(rewritten);
    }
    out.push(Uint8Array.from([id, ...writeU32(body.length)]), body);
    at = end;
  }
  if (at !== bytes.length) throw new Error("wasm: the last section runs past the end");

  let text = glue;
  for (const [name, { to, import: isImport }] of renames) {
    const escaped = name.replace(/[$]/g, "\\$");
    const all = text.match(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, "g"))?.length ?? 0;
    const pattern = isImport
      ? new RegExp(`(?<=[{,]\\s*)${escaped}(?=\\s*:)`, "g")
      : new RegExp(`(?<=\\.\\s*)${escaped}(?![\\w$])`, "g");
    const uses = text.match(pattern)?.length ?? 0;
    if (isImport ? all !== 1 || uses !== 1 : all === 0 || uses !== all) {
      throw new Error(`the glue names ${name} ${all} time(s), ${uses} of them as ${isImport ? "a property key" : "a member"}`);
    }
    text = text.replace(pattern, to);
  }
  // A renamed module's name occurs in the glue only as the import object's keys (a string key,
  // once or more: wasm-bindgen writes one per import of the snippet).
  for (const [from, to] of modules) {
    if (!movedModules.has(from)) throw new Error(`wasm: nothing is imported from ${from}`);
    const quoted = new RegExp(`(["'\`])${from.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\1`, "g");
    const all = text.match(quoted)?.length ?? 0;
    const keys = new RegExp(`(?<=[{,]\\s*)${quoted.source}(?=\\s*:)`, "g");
    const uses = text.match(keys)?.length ?? 0;
    if (all === 0 || uses !== all) throw new Error(`the glue names the module ${from} ${all} time(s), ${uses} of them as a property key`);
    text = text.replace(keys, /^[A-Za-z_$][\w$]*$/.test(to) ? to : JSON.stringify(to));
  }
  const wasmOut = new Uint8Array(out.reduce((n, piece) => n + piece.length, 0));
  let offset = 0;
  for (const piece of out) {
    wasmOut.set(piece, offset);
    offset += piece.length;
  }
  return { wasm: wasmOut, glue: text, imports, exports };
}

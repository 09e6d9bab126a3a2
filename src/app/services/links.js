// Share links' DEFLATE, done by the browser's own zlib (CompressionStream) rather than by a
// compressor and inflater compiled into the page (docs/performance-log.md, "Download size"). links.rs frames the
// text and checks zlib's header and checksum; here bytes only go in and come out.

// Inflating stops within this many bytes of input past the limit: at DEFLATE's densest (about
// 1,032 bytes out per byte in) that is about 1 MiB of output, so a link that would inflate to
// gigabytes is refused having made little more than the limit.
const STEP = 1024;

// Pushes `bytes` through `stream` `step` bytes at a time and collects what comes out, failing
// with "too-large" once that passes `max` bytes. A step waits until the previous one is taken, so
// the output never runs far ahead of the reading.
async function through(stream, bytes, max, step) {
  const writer = stream.writable.getWriter();
  const feeding = (async () => {
    for (let at = 0; at < bytes.length; at += step) {
      await writer.ready;
      await writer.write(bytes.subarray(at, at + step));
    }
    await writer.close();
  })();
  // An error surfaces through the reader; this one would otherwise go unhandled.
  feeding.catch(() => {});
  const reader = stream.readable.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      reader.cancel().catch(() => {});
      throw "too-large";
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// zlib's format (RFC 1950) of `bytes`: what a `v2.` link carries.
export function deflate(bytes) {
  // The view of the module's memory may be gone once anything has waited.
  const own = bytes.slice();
  try {
    return through(new CompressionStream("deflate"), own, Infinity, Math.max(own.length, 1));
  } catch (e) {
    return Promise.reject("unsupported");
  }
}

// Raw DEFLATE inflated to at most `max` bytes; rejects with "too-large", "corrupt" (cut short,
// not DEFLATE, or followed by anything) or "unsupported" (a browser without DecompressionStream).
export function inflateRaw(bytes, max) {
  const own = bytes.slice();
  let stream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch (e) {
    return Promise.reject("unsupported");
  }
  return through(stream, own, max, STEP).catch((e) => {
    throw e === "too-large" ? e : "corrupt";
  });
}

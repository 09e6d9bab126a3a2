// The page's analysis worker: runs the engine away from the page's main thread, so analysing a
// long text never freezes scrolling or typing. It loads the very module the page runs (its
// wasm-bindgen glue and wasm, whose hashed URLs the page sends first): one module to download
// (the worker's request is answered from the browser's cache where the host allows caching) and
// one engine.
// The module's start function does nothing where there is no window, so no page is drawn here.
//
// Messages in: {glue, wasm} once, then {text} (answered with {analysis}) and, if the page still
// wants it, {digest: true} for that text (answered with {digest}); both answers are bytes in the
// page's own format (src/app/wire.rs), handed over rather than copied. Any failure is answered
// with {error}. The page sends one message at a time.
let engine = null;

self.onmessage = async (event) => {
  const message = event.data;
  if (message.glue) {
    engine = import(message.glue).then(async (glue) => {
      await glue.default({ module_or_path: message.wasm });
      return glue;
    });
    // A failed load is reported with the first text, which then cannot be analysed.
    engine.catch(() => {});
    return;
  }
  try {
    const glue = await engine;
    const [key, bytes] = message.digest ? ["digest", glue.worker_digest()] : ["analysis", glue.worker_analyse(message.text)];
    self.postMessage({ [key]: bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: String((error && error.message) || error) });
  }
};

// The page's analysis worker: runs the engine away from the page's main thread, so analysing a
// long text never freezes scrolling or typing. It loads the very module the page runs (its
// wasm-bindgen glue and wasm, whose hashed URLs the page sends first): one download, one engine.
// The module's start function does nothing where there is no window, so no page is drawn here.
//
// Messages in: {glue, wasm} once, then {id, text} (answered with {id, json}: the analysis in the
// JSON contract) and, if the page still wants it, {id, digest: true} for that text (answered with
// {id, digest}: the page's digest as JSON). Any failure is answered with {id, error}. The page
// sends one message at a time.
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
    if (message.digest) self.postMessage({ id: message.id, digest: glue.digest_for_page() });
    else self.postMessage({ id: message.id, json: glue.analyze_for_page(message.text) });
  } catch (error) {
    self.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
};

//! Analysis away from the main thread: one web worker (the glue as its script, its side in
//! `browser.js`) running this same wasm module, so a long text never blocks the page. It answers
//! twice per text: the analysis (the marks can be drawn), then the digest (sources and figures).
//! One request is in the worker at a time; a text sent while it works waits, and a newer one
//! replaces it, so results come back for the latest text only (latest wins; the reducer also
//! drops a result whose text is no longer the editor's). A worker that fails is dropped and a
//! fresh one starts with the next text.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::cells::Cells;

// Included here rather than declared beside `main`, so the page's browser tests, which compile
// this module from its file, get it too.
#[path = "../wire.rs"]
mod wire;

/// What the worker found for a text.
pub enum Outcome {
    Analysis(Analysis),
    Digest(Digest),
    /// A sentence for the person.
    Failed(String),
}

/// Where the worker's answers for a text go, with the text they belong to.
pub type Done = Rc<dyn Fn(Rc<str>, Outcome)>;

struct Job {
    text: Rc<str>,
    done: Done,
    /// The analysis has come back; the digest is being made.
    digesting: bool,
}

#[derive(Default)]
struct Client {
    worker: Option<(Worker, Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(web_sys::Event)>)>,
    running: Option<Job>,
    waiting: Option<Job>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// The hashed URLs of the module the page runs: Trunk preloads both from the page's head.
fn module_urls() -> Option<(String, String)> {
    let document = web_sys::window()?.document()?;
    let href = |selector: &str| -> Option<String> {
        let link = document.query_selector(selector).ok()??;
        js_sys::Reflect::get(&link, &JsValue::from_str("href")).ok()?.as_string()
    };
    Some((
        href("link[rel=modulepreload][href$='.js']")?,
        href("link[rel=preload][href$='.wasm']")?,
    ))
}

/// `None` when the worker cannot be started. Its caller has no use for why: writing the browser's
/// error out with `Debug` would bring wasm-bindgen's value printer into the module and its glue.
fn start() -> Option<Worker> {
    let (glue, wasm) = module_urls()?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&glue, &options).ok()?;
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"glue".into(), &glue.into()).ok()?;
    js_sys::Reflect::set(&init, &"wasm".into(), &wasm.into()).ok()?;
    worker.post_message(&init).ok()?;
    Some(worker)
}

/// Starts the worker ahead of the first long text, so its module is ready when one comes.
pub fn warm_up() {
    CLIENT.with(|c| {
        let mut c = c.write();
        if c.worker.is_none() {
            c.worker = connect();
        }
    });
}

fn connect() -> Option<(Worker, Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(web_sys::Event)>)> {
    let worker = start()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
        let data = e.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
        let bytes = |v: JsValue| v.dyn_into::<js_sys::Uint8Array>().ok().map(|a| a.to_vec());
        let unreadable = |e: &str| Outcome::Failed(format!("the analysis could not be read: {e}"));
        let outcome = if let Some(b) = get("analysis").and_then(bytes) {
            wire::decode_analysis(&b).map_or_else(unreadable, Outcome::Analysis)
        } else if let Some(b) = get("digest").and_then(bytes) {
            wire::decode_digest(&b).map_or_else(unreadable, Outcome::Digest)
        } else {
            let error = get("error").and_then(|e| e.as_string());
            Outcome::Failed(error.unwrap_or_else(|| "the analysis came back empty".into()))
        };
        finished(outcome);
    });
    // A script that cannot load or a module that throws while starting.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        e.prevent_default();
        finished(Outcome::Failed("the analysis worker could not start".into()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some((worker, on_message, on_error))
}

/// Analyses `text` in the worker and calls `done` with the analysis, then with the digest, unless
/// a newer text is sent first (then `done` hears nothing more for this one).
pub fn analyse(text: Rc<str>, done: Done) {
    CLIENT.with(|c| c.write().waiting = Some(Job { text, done, digesting: false }));
    send_next();
}

/// Sends the waiting text if the worker is free.
fn send_next() {
    let failed = CLIENT.with(|c| {
        let mut c = c.write();
        if c.running.is_some() {
            return None;
        }
        let job = c.waiting.take()?;
        if c.worker.is_none() {
            c.worker = connect();
        }
        if !post(&c, "text", &JsValue::from_str(&job.text)) {
            return Some(job);
        }
        c.running = Some(job);
        None
    });
    if let Some(job) = failed {
        (job.done)(job.text, Outcome::Failed("the analysis worker could not start".into()));
    }
}

/// Posts `{field: value}` to the worker; false when there is no worker or it refused.
fn post(c: &Client, field: &str, value: &JsValue) -> bool {
    let Some((worker, ..)) = &c.worker else {
        return false;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &field.into(), value);
    worker.post_message(&message).is_ok()
}

fn finished(outcome: Outcome) {
    let deliver = CLIENT.with(|c| {
        let mut c = c.write();
        if matches!(outcome, Outcome::Failed(_)) {
            // A panic leaves the module unusable: the next text gets a fresh worker. The handler
            // running now belongs to the old one, so it is let go only after it returns.
            if let Some(old) = c.worker.take() {
                old.0.terminate();
                crate::services::once::timeout(0, move || drop(old)).forget();
            }
        }
        let mut job = c.running.take()?;
        // A newer text is waiting: this answer is already stale.
        if c.waiting.is_some() {
            return None;
        }
        let deliver = (job.text.clone(), job.done.clone());
        // After the analysis comes the digest of the same text (the worker kept the analysis).
        if matches!(outcome, Outcome::Analysis(_)) && !job.digesting && post(&c, "digest", &JsValue::TRUE) {
            job.digesting = true;
            c.running = Some(job);
        }
        Some(deliver)
    });
    if let Some((text, done)) = deliver {
        done(text, outcome);
    }
    send_next();
}

// The worker's side: it loads this same module and calls these two (see browser.js).

thread_local! {
    /// The text the worker analysed last and its analysis, kept for the digest that follows.
    static LAST: RefCell<Option<(String, Analysis)>> = const { RefCell::new(None) };
}

/// In the worker: analyses `text` and keeps it for [`worker_digest`].
#[wasm_bindgen]
pub fn worker_analyse(text: &str) -> Vec<u8> {
    let analysis = claimlens::engine::analyze(text);
    let bytes = wire::encode_analysis(&analysis);
    LAST.with(|last| *last.write() = Some((text.to_string(), analysis)));
    bytes
}

/// In the worker: the digest of the text analysed last (empty, which the page refuses, when
/// there is none); the text is then let go.
#[wasm_bindgen]
pub fn worker_digest() -> Vec<u8> {
    LAST.with(|last| last.write().take())
        .map(|(text, analysis)| wire::encode_digest(&Digest::of(&text, &analysis)))
        .unwrap_or_default()
}

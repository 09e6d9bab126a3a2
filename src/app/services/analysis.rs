//! Analysis away from the main thread: one web worker (`analysis-worker.js`) running this same
//! wasm module, so a long text never blocks the page. The worker answers twice per text: the
//! analysis (the article's marks can be drawn), then the digest (the panel's sources and figures).
//! One request is in the worker at a time; a text sent while it works waits, and a newer one
//! replaces it, so results come back for the latest text only (latest wins; the reducer also
//! drops a result whose text is no longer the editor's). A worker that fails is dropped and a
//! fresh one starts with the next text.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens::digest::{Digest, SourceSummary};
use claimlens::engine::{Analysis, SourceKind};
use serde::Deserialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// What the worker found for a text.
pub enum Outcome {
    Analysis(Analysis),
    Digest(Digest),
    /// A sentence for the person.
    Failed(String),
}

/// Where the worker's answers for a text go, with the text they belong to.
pub type Done = Rc<dyn Fn(Rc<str>, Outcome)>;

/// `Digest` as it serialises, read back field by field.
#[derive(Deserialize)]
struct DigestFields {
    words: usize,
    sentences: usize,
    claims: usize,
    hedges: usize,
    boosters: usize,
    loaded: usize,
    attributions: usize,
    hedges_per_1000_words: f32,
    boosters_per_1000_words: f32,
    unattributed_claim_share: f32,
    sentence_attribution: Vec<Option<usize>>,
    sources: Vec<SourceFields>,
    agentless: Vec<usize>,
    certainty_series: Vec<(usize, f32)>,
}

#[derive(Deserialize)]
struct SourceFields {
    label: String,
    kind: SourceKind,
    attributions: Vec<usize>,
    claims: Vec<usize>,
}

impl From<DigestFields> for Digest {
    fn from(d: DigestFields) -> Digest {
        Digest {
            words: d.words,
            sentences: d.sentences,
            claims: d.claims,
            hedges: d.hedges,
            boosters: d.boosters,
            loaded: d.loaded,
            attributions: d.attributions,
            hedges_per_1000_words: d.hedges_per_1000_words,
            boosters_per_1000_words: d.boosters_per_1000_words,
            unattributed_claim_share: d.unattributed_claim_share,
            sentence_attribution: d.sentence_attribution,
            sources: d
                .sources
                .into_iter()
                .map(|s| SourceSummary { label: s.label, kind: s.kind, attributions: s.attributions, claims: s.claims })
                .collect(),
            agentless: d.agentless,
            certainty_series: d.certainty_series,
        }
    }
}

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

fn start() -> Result<Worker, String> {
    let (glue, wasm) = module_urls().ok_or("the page's module could not be found")?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options("./analysis-worker.js", &options)
        .map_err(|e| format!("{e:?}"))?;
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"glue".into(), &glue.into()).map_err(|e| format!("{e:?}"))?;
    js_sys::Reflect::set(&init, &"wasm".into(), &wasm.into()).map_err(|e| format!("{e:?}"))?;
    worker.post_message(&init).map_err(|e| format!("{e:?}"))?;
    Ok(worker)
}

/// Starts the worker ahead of the first long text, so its module is ready when one comes.
pub fn warm_up() {
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.worker.is_none() {
            c.worker = connect();
        }
    });
}

fn connect() -> Option<(Worker, Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(web_sys::Event)>)> {
    let worker = start().ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
        let data = e.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
        let outcome = match (get("json"), get("digest"), get("error")) {
            (Some(json), _, _) => serde_json::from_str::<Analysis>(&json)
                .map_or_else(|e| Outcome::Failed(format!("the analysis could not be read ({e})")), Outcome::Analysis),
            (_, Some(json), _) => match serde_json::from_str::<Option<DigestFields>>(&json) {
                Ok(Some(d)) => Outcome::Digest(d.into()),
                _ => Outcome::Failed("the figures could not be read".into()),
            },
            (_, _, Some(error)) => Outcome::Failed(error),
            _ => Outcome::Failed("the analysis came back empty".into()),
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
    CLIENT.with(|c| c.borrow_mut().waiting = Some(Job { text, done, digesting: false }));
    send_next();
}

/// Sends the waiting text if the worker is free.
fn send_next() {
    let failed = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
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
        let mut c = c.borrow_mut();
        if matches!(outcome, Outcome::Failed(_)) {
            // A panic leaves the module unusable: the next text gets a fresh worker. The handler
            // running now belongs to the old one, so it is let go only after it returns.
            if let Some(old) = c.worker.take() {
                old.0.terminate();
                gloo::timers::callback::Timeout::new(0, move || drop(old)).forget();
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

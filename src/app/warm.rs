//! The page's first paste, rehearsed while the person has yet to make it.
//!
//! The browser compiles a WebAssembly function the first time it runs (on the page's thread, in
//! the task that calls it) and optimises it once it has run for a while (on other threads,
//! which on a two-core machine compete with the page's own work and the raster). Traced, a
//! 2,000-word paste into a fresh page compiled some 130 functions inside its input task (sorting,
//! parts of the attribution walk, the re-analysis of an edit, Yew mounting components) and
//! optimised nine more beside it. With the sample analysed forty times, then analysed as a paste,
//! digested and drawn as the article and the panel out of sight, the same paste went from 79 to
//! 96 ms to 67 to 72 ms (docs/performance-log.md, "In the page").

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::{self, incremental, Analysis};
use claimlens::view::{Filters, ViewState};
use yew::Callback;

use crate::components::editor::SAMPLE;
use crate::components::panel::{Panel, PanelProps};
use crate::components::reading::{self, Reading, ReadingProps};
use crate::services::analysis;
use crate::services::once::timeout;
use crate::state::Status;

/// Analyses of the sample (2 KB each) before the browser has optimised the engine's busy
/// functions: with two, a pasted article still waited on their optimisation.
const ANALYSES: usize = 40;
/// Analyses per task, so a keystroke made meanwhile waits for a few milliseconds at most.
const ANALYSES_PER_TASK: usize = 4;

/// Runs once, some time after the page has drawn itself, a task at a time.
pub fn rehearse() {
    analyse_sample(ANALYSES);
}

fn analyse_sample(left: usize) {
    if left == 0 {
        timeout(0, draw).forget();
        return;
    }
    for _ in 0..left.min(ANALYSES_PER_TASK) {
        let _ = engine::analyze(SAMPLE);
    }
    let left = left.saturating_sub(ANALYSES_PER_TASK);
    timeout(0, move || analyse_sample(left)).forget();
}

fn draw() {
    // What pasting into the empty box runs.
    let analysis = Rc::new(incremental::reanalyze("", &Analysis::default(), SAMPLE));
    let digest = Rc::new(Digest::of(SAMPLE, &analysis));
    reading::warm_fonts(SAMPLE, &analysis);
    timeout(0, move || draw_out_of_sight(SAMPLE.into(), analysis, digest)).forget();
}

/// The article and the panel drawn into an element that is never in the document (nothing is
/// laid out or shown), then taken down.
fn draw_out_of_sight(text: Rc<str>, analysis: Rc<Analysis>, digest: Rc<Digest>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(article), Ok(panel)) = (document.create_element("div"), document.create_element("div")) else {
        return;
    };
    let reading = yew::Renderer::<Reading>::with_root_and_props(
        article,
        ReadingProps {
            text: text.clone(),
            analysis: analysis.clone(),
            filters: Filters::default(),
            selected: None,
            flash: None,
            status: Status::Ready,
            edited: false,
            empty: false,
            on_select: Callback::noop(),
            on_tip: Callback::noop(),
            on_leave: Callback::noop(),
            on_sample: Callback::noop(),
        },
    )
    .render();
    let panel = yew::Renderer::<Panel>::with_root_and_props(
        panel,
        PanelProps {
            text,
            analysis,
            digest,
            view: ViewState::default(),
            counting: false,
            on_select: Callback::noop(),
            on_view: Callback::noop(),
        },
    )
    .render();
    timeout(0, move || {
        reading.destroy();
        panel.destroy();
        // The worker last, so its module is ready before the first long text arrives.
        timeout(0, analysis::warm_up).forget();
    })
    .forget();
}

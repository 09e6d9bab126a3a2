//! The page: state, the effects that tie it to the browser (analysis, storage, the address
//! bar), and the layout of its parts.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::cells::Cells;
use crate::components::custom_cues::{custom_cues, CustomCuesProps};
use crate::components::editor::{self, editor, EditorProps, SAMPLE};
use crate::components::export::{export, ExportProps};
use crate::components::header::header;
use crate::components::legend::legend;
use crate::components::message::message_bar;
use crate::components::panel::Panel;
use crate::components::reading::Reading;
use crate::components::share::{share, ShareProps};
use crate::components::tooltip::{self, TooltipProps};
use crate::segments::MAX_TEXT_BYTES;
use crate::services::analysis::{self, Outcome};
use crate::services::once::timeout;
use crate::services::links::{self, Loaded};
use crate::services::{location, storage, tabs};
use crate::state::{Action, Message, PanelData, State, Tip};
use claimlens::engine::Analysis;
use gloo::render::{request_animation_frame, AnimationFrame};
use claimlens::view::ViewState;

/// Texts below this size are analysed on the page's own thread, at once: it takes a few
/// milliseconds (the engine runs at several MB/s), less than handing the text to the worker and
/// reading its answer back. Larger ones go to the worker and never block the page.
const WORKER_FROM_BYTES: usize = 96 * 1024;
/// For texts sent to the worker, typing pauses shorter than this do not start an analysis.
const ANALYSE_AFTER_MS: u32 = 100;
/// Saving the draft waits a little longer: storage writes of large texts are not free.
const SAVE_AFTER_MS: u32 = 400;
/// How long a hover tooltip stays after the pointer leaves, so the pointer can reach it.
const TIP_GRACE_MS: u32 = 300;
const FLASH_MS: u32 = 1500;

thread_local! {
    /// The address bar's link, opened before the page was first drawn (`start`), until
    /// `initial_state` takes it.
    static OPENED: RefCell<Option<Result<Loaded, String>>> = const { RefCell::new(None) };
    /// The address bar holds a link `start` did not open (the page was drawn some other way, as
    /// the component tests do): the page opens it once drawn.
    static TO_OPEN: Cell<bool> = const { Cell::new(false) };
}

/// Draws the page. A link in the address bar is opened first, so the page's first drawing is
/// already the shared article: no glimpse of the stored draft, and one drawing of the article,
/// not two.
pub fn start() {
    let render = || {
        yew::Renderer::<App>::new().render();
    };
    let Some(fragment) = location::fragment() else {
        return render();
    };
    links::open(&fragment, move |opened| {
        OPENED.with(|o| *o.write() = Some(opened));
        render();
    });
}

/// What opening a share link does to the page: its text and view, and the message. The draft it
/// replaces is kept under its own key, and in memory for "undo", so opening a link never loses
/// what the person had written.
fn opened(loaded: Loaded, draft: &str) -> (String, ViewState, Option<Message>) {
    let mut note = String::from("Opened the article from the link.");
    if replaces_draft(draft, &loaded.text) {
        storage::set(storage::PREVIOUS_DRAFT, draft);
        note.push_str(" Your earlier text is kept: “Undo” brings it back.");
    }
    if let Some(w) = &loaded.warning {
        note.push(' ');
        note.push_str(w);
    }
    // The link has done its work: without this a reload would open it again over the
    // person's edits (the draft is saved as they type, so a reload shows those instead).
    location::clear_fragment();
    (loaded.text, loaded.view, Message::info(note))
}

/// The link's `text` replaces a draft worth keeping: one with words, and not the same text.
fn replaces_draft(draft: &str, text: &str) -> bool {
    !draft.trim().is_empty() && draft != text
}

/// `actions.reform(make)`, with `make` as a function pointer: each closure is a type of its own,
/// and each type given to `reform` compiles its own copy of Yew's callback code; as pointers,
/// the callbacks that take the same input share one.
fn on<IN: 'static>(actions: &Callback<Action>, make: fn(IN) -> Action) -> Callback<IN> {
    actions.reform(make)
}

/// Opens a link pasted into the address bar of the open page (or one the page was drawn with
/// before `start` could open it), then tells the page: `Action::Shared`, or a message saying what
/// is wrong with the link (the draft then stays as it was). Unpacking waits on the browser, so
/// `current` is read once it is done: the text as it is then.
fn open_link(fragment: &str, current: Rc<RefCell<Rc<str>>>, dispatch: UseReducerDispatcher<State>) {
    links::open(fragment, move |loaded| {
        let action = match loaded {
            Ok(loaded) => {
                let (text, view, message) = opened(loaded, &current.read());
                Action::Shared { text, view, message }
            }
            Err(text) => Action::Message(Message::error(text)),
        };
        dispatch.dispatch(action);
    });
}

/// The stored draft and view, or the link `start` opened. A link not opened yet is opened once
/// the page is up (`open_link`), and the message says so meanwhile.
fn initial_state() -> State {
    let draft = storage::get(storage::DRAFT).unwrap_or_default();
    let view = storage::load_view();
    match OPENED.with(|o| o.write().take()) {
        Some(Ok(loaded)) => {
            let (text, view, message) = opened(loaded, &draft);
            let mut s = State::new(text, view, message);
            if replaces_draft(&draft, &s.text) {
                s.undo = Some(draft.into());
            }
            s
        }
        // A damaged link leaves the draft as it was and says why; the fragment stays, and is not
        // opened again.
        Some(Err(error)) => State::new(draft, view, Message::error(error)),
        None => {
            let opening = location::fragment().and_then(|_| Message::info("Opening the article from the link…"));
            TO_OPEN.with(|t| t.set(opening.is_some()));
            State::new(draft, view, opening)
        }
    }
}

/// Analyses `text`; `previous` is the last text analysed and its analysis, from which an edit of
/// it is re-analysed only around the change.
fn analyse(text: Rc<str>, previous: (Rc<str>, Rc<Analysis>), dispatch: UseReducerDispatcher<State>) {
    if text.len() < WORKER_FROM_BYTES {
        let analysis = claimlens::engine::incremental::reanalyze(&previous.0, &previous.1, &text);
        dispatch.dispatch(Action::Analysed { text, analysis, digest_later: false });
        return;
    }
    dispatch.dispatch(Action::Analysing);
    analysis::analyse(
        text,
        Rc::new(move |text, outcome| {
            let action = match outcome {
                Outcome::Analysis(analysis) => Action::Analysed { text, analysis, digest_later: true },
                Outcome::Digest(digest) => Action::Digested { text, digest },
                Outcome::Failed(error) => Action::AnalysisFailed { text, error },
            };
            // Reading the worker's answer was one task; drawing it is the next.
            let dispatch = dispatch.clone();
            timeout(0, move || dispatch.dispatch(action)).forget();
        }),
    );
}

fn scroll_to_sentence(i: usize) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!("#reading .sentence[data-index=\"{i}\"]"))
            .ok()
            .flatten()
    });
    if let Some(el) = el {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The page's callbacks that never change (see `App`).
#[derive(Clone)]
struct MadeOnce {
    on_tip: Callback<Option<Tip>>,
    on_tip_leave: Callback<()>,
    on_tip_enter: Callback<()>,
    on_panel_select: Callback<usize>,
    on_select: Callback<usize>,
    on_sample: Callback<()>,
    on_view: Callback<ViewState>,
}

fn made_once(
    dispatch: UseReducerDispatcher<State>,
    tip_timer: Rc<RefCell<Option<Timeout>>>,
    tip_now: Rc<RefCell<Option<Tip>>>,
    flash_timer: Rc<RefCell<Option<Timeout>>>,
) -> MadeOnce {
    let on_tip = {
        let (dispatch, timer, current) = (dispatch.clone(), tip_timer.clone(), tip_now.clone());
        Callback::from(move |tip: Option<Tip>| {
            timer.write().take();
            // Hovering the mark of a pinned tooltip must not turn it back into a preview.
            if let (Some(new), Some(old)) = (&tip, &*current.read()) {
                if old.pinned && !new.pinned && old.key == new.key {
                    return;
                }
            }
            dispatch.dispatch(Action::Tip(tip));
        })
    };
    let on_tip_leave = {
        let (dispatch, timer, current) = (dispatch.clone(), tip_timer.clone(), tip_now);
        Callback::from(move |_: ()| {
            if current.read().as_ref().is_none_or(|t| t.pinned) {
                return;
            }
            let dispatch = dispatch.clone();
            *timer.write() = Some(timeout(TIP_GRACE_MS, move || {
                dispatch.dispatch(Action::Tip(None))
            }));
        })
    };
    let on_tip_enter = Callback::from(move |_: ()| drop(tip_timer.write().take()));
    let on_panel_select = {
        let (dispatch, timer) = (dispatch.clone(), flash_timer);
        Callback::from(move |i: usize| {
            dispatch.dispatch(Action::Select(i));
            dispatch.dispatch(Action::Flash(Some(i)));
            // After the article has redrawn: a long article may only now draw that paragraph.
            timeout(0, move || scroll_to_sentence(i)).forget();
            let dispatch = dispatch.clone();
            *timer.write() = Some(timeout(FLASH_MS, move || {
                dispatch.dispatch(Action::Flash(None))
            }));
        })
    };
    let on_select = {
        let dispatch = dispatch.clone();
        Callback::from(move |i: usize| dispatch.dispatch(Action::Select(i)))
    };
    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| {
            dispatch.dispatch(Action::Load {
                text: SAMPLE.to_string(),
                note: None,
            })
        })
    };
    let on_view = Callback::from(move |v: ViewState| dispatch.dispatch(Action::SetView(v)));
    MadeOnce { on_tip, on_tip_leave, on_tip_enter, on_panel_select, on_select, on_sample, on_view }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = state.dispatcher();
    let actions: Callback<Action> = dispatch.clone().into();

    // The last text analysed and its analysis, which an edit is re-analysed from.
    let last_analysed = use_mut_ref(|| (state.analysed.clone(), state.raw.clone()));
    *last_analysed.write() = (state.analysed.clone(), state.raw.clone());

    // Analysis: at once for texts the page analyses itself (an edit re-analyses only the
    // paragraphs around it); debounced for the worker's, where a new keystroke drops the pending
    // run (the Timeout is cancelled when the effect is cleaned up). Then the draft is saved as
    // the person types; if storage refuses, say so once and keep going. Then a conflict with
    // another tab's draft ends if the text is now the same (`tabs::settle`). One effect for all
    // three, which have the same dependency: each effect is a copy of Yew's generic hook code.
    let storage_warned = use_mut_ref(|| false);
    let on_other_tab = on(&actions, Action::OtherTab);
    {
        let dispatch = dispatch.clone();
        let warned = storage_warned.clone();
        let previous = (state.analysed.clone(), state.raw.clone());
        let (other_tab, on_other) = (state.other_tab.clone(), on_other_tab.clone());
        use_effect_with(state.text.clone(), move |text| {
            let text = text.clone();
            let (too_large, saving, saved, now) = (dispatch.clone(), dispatch.clone(), text.clone(), text.clone());
            let mut timer = None;
            if Rc::ptr_eq(&previous.0, &text) {
                // Typed or pasted: analysed with the edit (`on_edit`).
            } else if text.len() > MAX_TEXT_BYTES {
                too_large.dispatch(Action::TooLarge);
            } else if text.len() < WORKER_FROM_BYTES {
                // At once, in the task of the keystroke: the browser then paints the typed
                // character and its marks in one frame, rather than the text first and, a frame
                // later, the marks (each frame of a long article costs some 12 ms to paint).
                analyse(text, previous, dispatch);
            } else {
                timer = Some(timeout(ANALYSE_AFTER_MS, move || analyse(text, previous, dispatch)));
            }
            let save = timeout(SAVE_AFTER_MS, move || {
                if !storage::save_draft(&saved) && !*warned.read() {
                    *warned.write() = true;
                    saving.dispatch(Action::Message(Message::error(
                        "This browser would not save your draft (storage is full or switched off). Your text stays here while the page is open; copy it or export it before closing.",
                    )));
                }
            });
            tabs::settle(other_tab.as_deref(), &now, &on_other);
            move || {
                drop(timer);
                drop(save);
            }
        });
    }
    // When the view changes it is saved; when the selected sentence changes it is selected in the
    // editor too; when the text or the view changes, a share link made before is out of date.
    // One effect, on the text, the view and whether the text is analysed yet, which does each
    // part only when what that part depends on changed since it last ran (`before`): each effect
    // is a copy of Yew's generic hook code.
    {
        let (dispatch, warned) = (dispatch.clone(), storage_warned.clone());
        let (text, shown) = (state.text.clone(), state.shown.clone());
        let analysed = Rc::ptr_eq(&state.text, &state.analysed);
        let before = use_mut_ref(|| None::<(Rc<str>, ViewState)>);
        // A sentence chosen before its text is analysed (a shared link or a reload selects one
        // at start-up) is selected once the analysis arrives, unless the text changed meanwhile.
        let waiting = use_mut_ref(|| None::<Rc<str>>);
        use_effect_with((state.text.clone(), state.view.clone(), analysed), move |(_, view, _)| {
            let old = before.write().replace((text.clone(), view.clone()));
            let old_view = old.as_ref().map(|(_, v)| v);
            if old_view != Some(view) && !storage::save_view(view) && !*warned.read() {
                *warned.write() = true;
                dispatch.dispatch(Action::Message(Message::error(
                    "This browser would not save your draft or settings (storage is full or switched off). Your text stays here while the page is open; copy it or export it before closing.",
                )));
            }
            if old_view.map(|v| v.selected) != Some(view.selected) {
                *waiting.write() = Some(text.clone());
            }
            if analysed {
                let chosen = waiting.write().take().filter(|t| Rc::ptr_eq(t, &text));
                let sentence = view.selected.and_then(|i| shown.sentences.get(i));
                if let (Some(s), Some(_)) = (sentence, chosen) {
                    editor::select_sentence(&text, s.start, s.end);
                }
            }
            if old.is_none_or(|(t, v)| !Rc::ptr_eq(&t, &text) || v != *view) {
                dispatch.dispatch(Action::ShareReset);
            }
        });
    }

    // Once the page has settled, what the first paste runs is rehearsed out of sight. Other
    // tabs' drafts are watched (`tabs::listen`). A link pasted into the address bar of an open
    // page changes only the fragment, so it is opened here, as is one the page was drawn with
    // when `start` did not open it. Tooltips: a hover preview closes after a grace period; a
    // pinned one on Escape or a click elsewhere. One effect for these four, which run once: each
    // effect is a copy of Yew's generic hook code.
    let tip_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let (dispatch, state_ref) = (dispatch.clone(), use_mut_ref(|| state.text.clone()));
        *state_ref.write() = state.text.clone();
        let current = state_ref.clone();
        let on_other = on_other_tab.clone();
        use_effect_with((), move |_| {
            timeout(500, crate::warm::rehearse).forget();
            let other_tab = tabs::listen(current.clone(), on_other);
            if let Some(fragment) = location::fragment().filter(|_| TO_OPEN.with(|t| t.replace(false))) {
                open_link(&fragment, current.clone(), dispatch.clone());
            }
            let on_link = dispatch.clone();
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    let Some(fragment) = location::fragment() else {
                        return;
                    };
                    open_link(&fragment, current.clone(), on_link.clone());
                })
            });
            let document = web_sys::window().and_then(|w| w.document());
            let listeners = document.map(|d| {
                let d2 = dispatch.clone();
                let keys = EventListener::new(&d, "keydown", move |e| {
                    if e.dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape")
                    {
                        d2.dispatch(Action::Tip(None));
                    }
                });
                let clicks = EventListener::new(&d, "click", move |e| {
                    let inside = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.closest("#tooltip, #reading .hl").ok().flatten())
                        .is_some();
                    if !inside {
                        dispatch.dispatch(Action::Tip(None));
                    }
                });
                (keys, clicks)
            });
            move || {
                drop(other_tab);
                drop(listener);
                drop(listeners);
            }
        });
    }
    // Callbacks handed to the article and the panel are made once, all in one hook (each
    // `use_callback` would be a copy of Yew's generic hook code): a new callback would make the
    // article re-render on every hover. What they need of the current state they read from this
    // mirror.
    let tip_now = use_mut_ref(|| None::<Tip>);
    *tip_now.write() = state.tip.clone();
    let flash_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let made_once = {
        let (dispatch, tip_timer, tip_now, flash_timer) = (dispatch.clone(), tip_timer.clone(), tip_now.clone(), flash_timer.clone());
        use_memo((), move |_| made_once(dispatch, tip_timer, tip_now, flash_timer))
    };
    let MadeOnce { on_tip, on_tip_leave, on_tip_enter, on_panel_select, on_select, on_sample, on_view } = (*made_once).clone();
    // Typing and pasting analyse a text the page analyses itself in the input event, before
    // the page is drawn again: the text and its marks are then drawn in one pass. (Analysing
    // in an effect after the text's own render could take the render past Yew's 16 ms slice,
    // and Yew then let the browser paint the text alone first and drew the marks a frame or
    // more later.)
    let on_edit = {
        let (dispatch, last) = (dispatch.clone(), last_analysed.clone());
        Callback::from(move |text: String| {
            let text: Rc<str> = text.into();
            dispatch.dispatch(Action::Edit(text.clone()));
            if text.len() < WORKER_FROM_BYTES {
                let (old_text, old) = last.read().clone();
                let analysis = claimlens::engine::incremental::reanalyze(&old_text, &old, &text);
                dispatch.dispatch(Action::Analysed { text, analysis, digest_later: false });
            }
        })
    };
    let on_load =
        on(&actions, |(text, note): (String, Option<String>)| Action::Load { text, note });
    let on_paste = on(&actions, Action::Paste);
    let on_paste_markup = on(&actions, |(text, markup): (String, String)| Action::PasteMarkup { text, markup });
    let on_fold = on(&actions, Action::Fold);
    let on_drag = on(&actions, Action::Drag);
    let on_clear = on(&actions, |_| Action::Clear);
    let on_undo = on(&actions, |_| Action::UndoClear);
    let on_error = on(&actions, |e: String| Action::Message(Message::error(e)));
    let on_close_message = on(&actions, |_| Action::Message(None));
    let on_dismiss = on(&actions, Action::Dismiss);
    let on_ignore = on(&actions, Action::IgnoreWord);
    let on_close_tip = on(&actions, |_| Action::Tip(None));
    let on_add_cue = on(&actions, Action::AddCue);
    let on_reset = on(&actions, |_| Action::ResetCustom);
    let tab_notice = tabs::notice(state.other_tab.clone(), state.text.clone(), on_other_tab, on(&actions, |text| Action::Load { text, note: Some("Loaded the text the other tab saved; this tab’s text is one click away (“Bring back the previous text”).".into()) }));

    // The panel follows the article a frame later: a new analysis first draws the article's first
    // screen, then the claims list (up to 200 cards), so neither waits for the other in one long
    // task.
    let now = PanelData {
        text: state.analysed.clone(),
        analysis: state.shown.clone(),
        digest: state.digest.clone(),
        counting: state.counting,
    };
    let panel = &state.panel;
    {
        let (shown, show) = (state.panel.clone(), on(&actions, Action::ShowPanel));
        use_effect_with(now, move |now| {
            let now = now.clone();
            // After the frame that shows the article's new marks has been painted: its
            // requestAnimationFrame callback comes first, a second one marks the next frame, and
            // the panel is drawn in a task after that, so no task of the panel's runs between
            // the article's changes and the reader seeing them.
            let pending: Rc<RefCell<(Option<AnimationFrame>, Option<Timeout>)>> = Rc::default();
            if shown != now {
                let inner = pending.clone();
                pending.write().0 = Some(request_animation_frame(move |_| {
                    let last = inner.clone();
                    inner.write().0 = Some(request_animation_frame(move |_| {
                        last.write().1 = Some(timeout(0, move || show.emit(now)));
                    }));
                }));
            }
            move || {
                let (frame, timer) = std::mem::take(&mut *pending.write());
                drop(frame);
                drop(timer);
            }
        });
    }

    // The tooltip is placed once drawn, and again when it moves: the effect's key is its place,
    // and nothing while no tooltip is drawn.
    let tip = state.tip.clone().and_then(|tip| {
        // `i32`, whose printer the module has anyway (an `i64` one cost 0.2 KB gzip): browsers
        // lay pages out within some 2^25 pixels, so a place never reaches its bounds.
        let at = (tip.x as i32, tip.y as i32);
        let props = TooltipProps {
            tip,
            text: state.analysed.clone(),
            analysis: state.shown.clone(),
            on_dismiss,
            on_ignore,
            on_close: on_close_tip,
            on_enter: on_tip_enter,
            on_leave: on_tip_leave.clone(),
        };
        Some((tooltip::tooltip(props)?, at))
    });
    use_effect_with(tip.as_ref().map(|t| t.1), |at| {
        if let Some((x, y)) = *at {
            tooltip::place(x, y);
        }
    });

    let empty = state.text.trim().is_empty();
    html! {
        <div class="app">
            { header() }
            { message_bar(&state.message, on_close_message) }
            {tab_notice}
            <main class="workspace">
                // Left: the text going in and the article coming out, one under the other, so the
                // article with its marks is on the first screen.
                <div class="reading-column">
                    { editor(EditorProps { text: state.text.clone(), can_undo: state.undo.is_some(), folded: state.folded, dragging: state.dragging,
                        on_fold, on_drag, on_edit, on_paste, on_paste_markup, on_load, on_clear, on_undo, on_error: on_error.clone() }) }
                    <section class="article-section" aria-label="Article">
                        // Above the article, where a phone shows it before the article itself.
                        if let Some(language) = state.digest.other_language {
                            <p id="language-note" class="warning language-note" role="note">{ language.warning() }</p>
                        }
                        <Reading text={state.analysed.clone()} analysis={state.shown.clone()} filters={state.view.filters}
                            selected={state.view.selected} flash={state.flash} status={state.status} edited={state.edited} {empty}
                            {on_select} on_tip={on_tip.clone()} on_leave={on_tip_leave.clone()} {on_sample}/>
                    </section>
                </div>
                // Right: what the article claims beside it, then what to do with the analysis.
                <aside class="panel-column" aria-label="Analysis">
                    <Panel text={panel.text.clone()} analysis={panel.analysis.clone()} digest={panel.digest.clone()}
                        view={state.view.clone()} counting={panel.counting} on_select={on_panel_select} {on_view}/>
                    { share(ShareProps {
                        text: state.text.clone(),
                        view: state.view.clone(),
                        link: state.share_link.clone(),
                        copied: state.share_copied,
                        on_link: on(&actions, Action::ShareLink),
                        on_copied: on(&actions, Action::ShareCopied),
                        on_failed: on(&actions, |why: String| Action::Message(Message::error(why))),
                    }) }
                    { export(ExportProps {
                        text: state.analysed.clone(),
                        analysis: state.shown.clone(),
                        digest: state.digest.clone(),
                        counting: state.counting,
                        on_error,
                    }) }
                    if !empty {
                        { legend() }
                    }
                    { custom_cues(CustomCuesProps { custom: state.view.custom.clone(), on_add: on_add_cue, on_reset }) }
                </aside>
            </main>
            if let Some((tip, _)) = tip {
                { tip }
            }
            <footer class="site-footer">
                <p>{"Claimlens marks cues; it does not judge truth. Read the reasons, and correct the marks you disagree with."}</p>
            </footer>
        </div>
    }
}

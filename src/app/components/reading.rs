//! The article as a reader sees it: the text with its marks, built from the layout in
//! `segments`. Text is only ever placed in text nodes. Pointer and keyboard events are handled
//! once on the article (delegation) rather than on each of possibly thousands of marks.

use claimlens::engine::document::At;
use std::rc::Rc;

use claimlens::engine::Analysis;
use claimlens::view::Filters;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use crate::components::{class, flag};
use yew::prelude::*;

use claimlens::digest::{certainty_band, checkworthiness_band};

use claimlens::engine::Range;

use crate::components::slices::use_slices;
use crate::segments::{self, Layer, Node};
use crate::state::{Status, Tip};

#[derive(Properties)]
pub struct ReadingProps {
    /// The text the analysis belongs to.
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub filters: Filters,
    pub selected: Option<usize>,
    pub flash: Option<usize>,
    pub status: Status,
    /// The text is a small edit of the one analysed before (typing): paragraphs drawn stay drawn.
    pub edited: bool,
    /// The editor is empty: say what to do.
    pub empty: bool,
    pub on_select: Callback<usize>,
    pub on_tip: Callback<Option<Tip>>,
    /// The pointer left the marks: the page closes an unpinned tooltip after a grace period.
    pub on_leave: Callback<()>,
    pub on_sample: Callback<()>,
}

impl PartialEq for ReadingProps {
    fn eq(&self, o: &Self) -> bool {
        // Pointer equality: the text and analysis are replaced, never changed in place, and
        // comparing megabytes of text on every render would cost more than it saves.
        Rc::ptr_eq(&self.text, &o.text)
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && self.filters == o.filters
            && self.selected == o.selected
            && self.flash == o.flash
            && self.status == o.status
            && self.edited == o.edited
            && self.empty == o.empty
            && self.on_select == o.on_select
            && self.on_tip == o.on_tip
            && self.on_leave == o.on_leave
            && self.on_sample == o.on_sample
    }
}

/// What `use_memo` keys the layout on: the same pointers and filters give the same layout.
struct LayoutKey(Rc<str>, Rc<Analysis>, Filters);

impl PartialEq for LayoutKey {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0) && Rc::ptr_eq(&self.1, &o.1) && self.2 == o.2
    }
}

/// How one mark is drawn: everything its element shows, so a paragraph's props hold all it
/// draws and compare equal exactly when its drawing would be the same.
// Eq as well: `Rc<Vec<…>>` of an Eq type compares by pointer first, so an unchanged paragraph
// costs one comparison when the article redraws.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Look {
    /// A sentence; for a claim (with the claims filter on), its check-worthiness and certainty bands.
    Sentence(Option<(&'static str, &'static str)>),
    Mark {
        category: &'static str,
        kind: Option<&'static str>,
        quoted: bool,
    },
}

fn look(layer: Layer, analysis: &Analysis, filters: Filters) -> Look {
    match layer {
        Layer::Sentence(i) => {
            let s = analysis.sentences.at(i);
            Look::Sentence(s.claim.as_ref().filter(|_| filters.claims).map(|c| {
                (checkworthiness_band(c.checkworthiness), certainty_band(s.certainty))
            }))
        }
        _ => {
            let span = match layer {
                Layer::Span(i) => analysis.spans.get(i),
                _ => None,
            };
            Look::Mark {
                category: layer.category(analysis).unwrap_or("content"),
                kind: span.map(|s| kind_name(s.kind)),
                quoted: span.is_some_and(|s| s.quoted),
            }
        }
    }
}

/// One paragraph, ready to draw: its text and its marks with ranges relative to its start.
#[derive(Clone, Debug, PartialEq)]
struct Para {
    start: usize,
    text: Rc<str>,
    marks: Rc<Vec<(Layer, Range, Look)>>,
}

fn paragraphs(text: &str, analysis: &Analysis, filters: Filters) -> Vec<Para> {
    segments::blocks(text, analysis, &filters)
        .into_iter()
        .map(|b| Para {
            start: b.range.start,
            text: text.at(b.range.start..b.range.end).into(),
            marks: Rc::new(
                b.marks
                    .into_iter()
                    .map(|(layer, r)| (layer, r, look(layer, analysis, filters)))
                    .collect(),
            ),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    text: Rc<str>,
    marks: Rc<Vec<(Layer, Range, Look)>>,
    /// Drawn with its marks; otherwise as plain text until its turn comes (long articles).
    marked: bool,
    /// The selected and flashing sentences, given only to the paragraph that holds them.
    selected: Option<usize>,
    flash: Option<usize>,
}

/// One paragraph of the article. Its props compare equal when nothing it draws changed, so typing
/// elsewhere in the article does not redraw it. A marked paragraph is built in one call to
/// `browser.js` and handed to Yew as a finished node; the selected and flashing sentences are then
/// marked on that node in place, so a click keeps the elements (and keyboard focus) as they are.
#[function_component]
fn Paragraph(props: &ParagraphProps) -> Html {
    let drawn = use_memo((props.text.clone(), props.marks.clone(), props.marked), |(text, marks, marked)| {
        marked.then(|| draw(text, marks))
    });
    use_effect_with((drawn.clone(), props.selected, props.flash), |(drawn, selected, flash)| {
        let on = |i: Option<usize>, class: &str| -> Option<Element> {
            let sentence = (**drawn).as_ref()?.query_selector(&format!(".sentence[data-index=\"{}\"]", i?)).ok()??;
            sentence.class_list().add_1(class).ok()?;
            Some(sentence)
        };
        let (selected, flash) = (on(*selected, "selected"), on(*flash, "flash"));
        move || {
            for (el, class) in [(selected, "selected"), (flash, "flash")] {
                if let Some(el) = el {
                    let _ = el.class_list().remove_1(class);
                }
            }
        }
    });
    match &*drawn {
        Some(element) => Html::VRef(element.clone().into()),
        None => html! { <div class="para plain">{ props.text.to_string() }</div> },
    }
}

#[wasm_bindgen(module = "/src/app/browser.js")]
extern "C" {
    /// Builds the paragraph's element from the description `Ops` writes (format in browser.js).
    #[wasm_bindgen(js_name = drawParagraph)]
    fn draw_paragraph(text: &str, words: &str, ops: &[u32]) -> Element;
}

fn draw(text: &str, marks: &[(Layer, Range, Look)]) -> Element {
    let plain: Vec<(Layer, Range)> = marks.iter().map(|(l, r, _)| (*l, *r)).collect();
    let mut ops = Ops::new(text);
    for node in &segments::tree(&segments::pieces(text, &plain)) {
        ops.node(node, marks);
    }
    draw_paragraph(text, &ops.words, &ops.ops)
}

/// The description of a paragraph's elements that `browser.js` builds from, so that building them
/// costs one call from WebAssembly rather than one per element, attribute and piece of text
/// (each with its strings decoded), which was most of the time from a paste to painted marks.
/// `words` holds every attribute name and value, separated by U+0001; `ops` is a flat list of
/// `TEXT, start, end` (a piece of the text, in UTF-16 units), `OPEN, n, (name, value) * n` (a span
/// with n attributes, as indices into `words`) and `CLOSE`.
struct Ops<'t> {
    text: &'t str,
    /// How far text offsets have been converted: a byte offset and the same place in UTF-16
    /// units (pieces come in reading order, so the conversion walks the text once).
    at: (usize, u32),
    words: String,
    count: u32,
    /// Words that repeat on every mark (names, categories), written once per paragraph.
    fixed: Vec<(&'static str, u32)>,
    ops: Vec<u32>,
}

const TEXT: u32 = 0;
const OPEN: u32 = 1;
const CLOSE: u32 = 2;

enum Value {
    Fixed(&'static str),
    Owned(String),
}

impl<'t> Ops<'t> {
    fn new(text: &'t str) -> Self {
        Ops { text, at: (0, 0), words: String::new(), count: 0, fixed: Vec::new(), ops: Vec::new() }
    }

    fn word(&mut self, w: &str) -> u32 {
        if self.count > 0 {
            self.words.push('\u{1}');
        }
        self.words.push_str(w);
        self.count += 1;
        self.count - 1
    }

    fn fixed(&mut self, w: &'static str) -> u32 {
        if let Some(&(_, i)) = self.fixed.iter().find(|(f, _)| *f == w) {
            return i;
        }
        let i = self.word(w);
        self.fixed.push((w, i));
        i
    }

    fn utf16(&mut self, byte: usize) -> u32 {
        let (from, units) = self.at;
        let units = units + self.text.at(from..byte).chars().map(|c| c.len_utf16() as u32).sum::<u32>();
        self.at = (byte, units);
        units
    }

    /// Opens a span with these attributes; a value of `None` leaves the attribute out.
    fn open(&mut self, attributes: &[(&'static str, Option<Value>)]) {
        self.ops.push(OPEN);
        let n = self.ops.len();
        self.ops.push(0);
        for (name, value) in attributes {
            let Some(value) = value else { continue };
            let name = self.fixed(name);
            let value = match value {
                Value::Fixed(v) => self.fixed(v),
                Value::Owned(v) => self.word(v),
            };
            self.ops.extend([name, value]);
            *self.ops.at_mut(n) += 1;
        }
    }

    fn node(&mut self, node: &Node, marks: &[(Layer, Range, Look)]) {
        let Node::Element { layer, range, children } = node else {
            let Node::Text(r) = node else { unreachable!() };
            let (start, end) = (self.utf16(r.start), self.utf16(r.end));
            self.ops.extend([TEXT, start, end]);
            return;
        };
        let mark = marks.iter().find(|m| m.0 == *layer);
        // A mark crossing another is drawn in pieces; only its first piece carries the category's
        // sign ("~estimated that", not "~estimated~ that").
        let continued = mark.is_some_and(|m| range.start > m.1.start);
        let opened = match (layer, mark.map(|m| &m.2)) {
            (Layer::Sentence(i), Some(Look::Sentence(claim))) => {
                self.open(&[
                    ("class", Some(Value::Fixed(if claim.is_some() { "sentence claim" } else { "sentence" }))),
                    ("data-index", Some(Value::Owned(i.to_string()))),
                    ("data-cw", claim.map(|c| Value::Fixed(c.0))),
                    ("data-certainty", claim.map(|c| Value::Fixed(c.1))),
                ]);
                true
            }
            (_, Some(Look::Mark { category, kind, quoted })) => {
                self.open(&[
                    ("class", Some(Value::Fixed(if continued { "hl hl-cont" } else { "hl" }))),
                    ("data-category", Some(Value::Fixed(category))),
                    ("data-kind", kind.map(Value::Fixed)),
                    ("data-quoted", quoted.then_some(Value::Fixed("true"))),
                    ("data-hl", Some(Value::Owned(layer.key()))),
                    ("tabindex", Some(Value::Fixed("0"))),
                    ("aria-describedby", Some(Value::Fixed("tooltip"))),
                ]);
                true
            }
            _ => false,
        };
        for child in children {
            self.node(child, marks);
        }
        if opened {
            self.ops.push(CLOSE);
        }
    }
}

/// Draws the article's paragraphs, as the article view would, out of sight, lays them out and
/// removes them again. The browser looks up a font face (the reading face in roman, italic and
/// bold, the face of the signs before marks) the first time some text uses it, which was some
/// 10 ms of the first paste; done while the page waits for one, the paste does not pay it.
pub fn warm_fonts(text: &str, analysis: &Analysis) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(host)) = (document.body(), document.create_element("div")) else { return };
    host.set_class_name("reading warm-up");
    let _ = host.set_attribute("aria-hidden", "true");
    for p in paragraphs(text, analysis, Filters::default()) {
        let _ = host.append_child(&draw(&p.text, &p.marks));
    }
    let _ = body.append_child(&host);
    let _ = host.get_bounding_client_rect();
    host.remove();
}

/// The contract's name of a cue kind (its serde name).
pub fn kind_name(kind: claimlens::engine::CueKind) -> &'static str {
    use claimlens::engine::CueKind::*;
    match kind {
        Epistemic => "epistemic",
        Doxastic => "doxastic",
        Evidential => "evidential",
        Condition => "condition",
        Investigation => "investigation",
        Approximator => "approximator",
        Certainty => "certainty",
        Universal => "universal",
        Emotive => "emotive",
    }
}

fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Where a tooltip for `el` goes, in page coordinates: under it, or above when the window has
/// no room below, and never past the right edge.
pub fn tip_for(el: &Element, pinned: bool) -> Option<Tip> {
    let key = el.get_attribute("data-hl")?;
    let window = web_sys::window()?;
    let rect = el.get_bounding_client_rect();
    let (sx, sy) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0);
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(768.0);
    let x = rect.left().min(width - 330.0).max(8.0) + sx;
    // A tooltip is rarely taller than this; below the mark unless it would leave the window.
    let room = 240.0;
    let above = rect.bottom() + room > height && rect.top() > room;
    let y = if above { rect.top() + sy - 4.0 } else { rect.bottom() + sy + 4.0 };
    Some(Tip { key, x, y, pinned, above })
}

/// Moves keyboard focus to the next (or previous) mark in reading order.
fn step(from: &Element, forward: bool) {
    let Some(article) = from.closest("#reading").ok().flatten() else {
        return;
    };
    let Ok(list) = article.query_selector_all(".hl") else {
        return;
    };
    let n = list.length();
    let here = (0..n).find(|&i| list.get(i).is_some_and(|e| e.is_same_node(Some(from))));
    let next = match (here, forward) {
        (Some(i), true) if i + 1 < n => i + 1,
        (Some(i), false) if i > 0 => i - 1,
        (None, _) if n > 0 => 0,
        _ => return,
    };
    if let Some(el) = list
        .get(next)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The first slice of paragraphs drawn with their marks, at once: more than the article's first
/// screen holds (some 30 lines of 65 characters). The rest follows a slice per task (see
/// `slices`), so a long article never blocks the page and the first marks show sooner.
const FIRST_SLICE_BYTES: usize = 3 * 1024;
const SLICE_BYTES: usize = 12 * 1024;

/// The end of the slice of paragraphs that starts at `from`.
fn slice_end(paras: &[Para], from: usize, bytes: usize) -> usize {
    let mut sum = 0;
    let mut k = from;
    while k < paras.len() && sum < bytes {
        sum += paras[k].text.len();
        k += 1;
    }
    k
}

#[function_component]
pub fn Reading(props: &ReadingProps) -> Html {
    let paras = use_memo(
        LayoutKey(props.text.clone(), props.analysis.clone(), props.filters),
        |k| paragraphs(&k.0, &k.1, k.2),
    );
    let marked = {
        let (all, count) = (paras.clone(), paras.len());
        let budget = move |from| slice_end(&all, from, if from == 0 { FIRST_SLICE_BYTES } else { SLICE_BYTES });
        use_slices(props.text.clone(), props.edited, count, budget)
    };
    let onclick = {
        let (on_select, on_tip) = (props.on_select.clone(), props.on_tip.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(hl) = closest(e.target(), ".hl") {
                on_tip.emit(tip_for(&hl, true));
            }
            let index = closest(e.target(), ".sentence")
                .and_then(|s| s.get_attribute("data-index")?.parse().ok());
            if let Some(i) = index {
                on_select.emit(i);
            }
        })
    };
    let onmouseover = {
        let (on_tip, on_leave) = (props.on_tip.clone(), props.on_leave.clone());
        Callback::from(move |e: MouseEvent| match closest(e.target(), ".hl") {
            Some(hl) => on_tip.emit(tip_for(&hl, false)),
            None => on_leave.emit(()),
        })
    };
    let onmouseleave = super::ignoring(&props.on_leave);
    let onfocusin = {
        let on_tip = props.on_tip.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(hl) = closest(e.target(), ".hl") {
                on_tip.emit(tip_for(&hl, false));
            }
        })
    };
    let onkeydown = {
        let on_tip = props.on_tip.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(hl) = closest(e.target(), ".hl") else {
                return;
            };
            match e.key().as_str() {
                "ArrowRight" | "j" => {
                    e.prevent_default();
                    step(&hl, true);
                }
                "ArrowLeft" | "k" => {
                    e.prevent_default();
                    step(&hl, false);
                }
                "Escape" => on_tip.emit(None),
                "Enter" | " " => {
                    e.prevent_default();
                    on_tip.emit(tip_for(&hl, true));
                    // Move into the tooltip once it is drawn, so its buttons are reachable.
                    crate::services::once::timeout(0, || {
                        let button = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.query_selector("#tooltip button").ok().flatten());
                        if let Some(b) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                            let _ = b.focus();
                        }
                    })
                    .forget();
                }
                _ => {}
            }
        })
    };
    if props.empty {
        let on_sample = super::ignoring(&props.on_sample);
        return html! {
            <article id="reading" class="reading empty-state" aria-label="The article with its marks">
                <h2>{"Nothing to read yet"}</h2>
                <p>{"Paste or type an article into the box above, open a .txt, .md or .html file (or drop it on the box), or try the sample article."}</p>
                <p><button type="button" class="sample-inline" onclick={on_sample}>{"Load the sample article"}</button></p>
                <p class="privacy">{"Your text stays on this device: the analysis runs in this page, nothing is uploaded."}</p>
            </article>
        };
    }
    let notice = match props.status {
        Status::Analysing => Some(html! { <p class="analysing" role="status">{"Analysing…"}</p> }),
        Status::TooLarge => Some(html! {
            <p class="too-large" role="alert">{ format!(
                "This text is over {} MB, more than the page analyses at once. Split it into parts and analyse them one at a time.",
                segments::MAX_TEXT_BYTES / (1024 * 1024)) }</p>
        }),
        // A failure is said in the message bar; the article stays as it was, dimmed.
        Status::Ready | Status::Failed => None,
    };
    // The paragraph of a sentence, so the selected and flashing ones get their marks (and can be
    // scrolled to) before the slices reach them.
    let para_of = |i: Option<usize>| {
        let start = props.analysis.sentences.get(i?)?.start;
        paras.partition_point(|p| p.start <= start).checked_sub(1)
    };
    let (selected, flash) = (para_of(props.selected), para_of(props.flash));
    html! {
        <>
            { for notice }
            <article id="reading" class={class(&["reading", flag(props.status != Status::Ready, "stale")])}
                aria-label="The article with its marks" {onclick} {onmouseover} {onmouseleave} {onfocusin} {onkeydown}>
                { for paras.iter().enumerate().map(|(k, p)| html! {
                    <Paragraph text={p.text.clone()} marks={p.marks.clone()}
                        marked={k < marked || selected == Some(k) || flash == Some(k)}
                        selected={props.selected.filter(|_| selected == Some(k))}
                        flash={props.flash.filter(|_| flash == Some(k))}/>
                }) }
            </article>
        </>
    }
}

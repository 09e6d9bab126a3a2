//! The panel mounted in a real browser: what it lists, in which order, and what a click, a key
//! or a changed control sends back. The analysis is built by hand so each expected value is
//! chosen here, not read from the engine.
#![cfg(target_arch = "wasm32")]

#[path = "../src/app/components/panel/mod.rs"]
mod panel;
// The panel's class helpers, where the page has them (`crate::components`).
#[path = "../src/app/components/class_names.rs"]
mod components;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use claimlens::digest::Digest;
use claimlens::engine::{Analysis, Attribution, Claim, ClaimKind, Category, CueKind, Range, Sentence, SourceKind, Span, Stance};
use claimlens::view::{ClaimSort, PanelTab, ViewState};
use panel::Panel;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "Prices rose. Critics said the plan may fail. Is it over? Rain came.";

/// Sentences: 0 "Prices rose." (cw 0.2), 1 "Critics said the plan may fail." (cw 0.9, hedged by
/// "may", attributed to vague "Critics"), 2 a question (no claim), 3 "Rain came." (cw 0.5).
fn sample() -> Analysis {
    let s = |start, end, cw: Option<f32>, certainty| Sentence {
        start,
        end,
        paragraph: 0,
        certainty,
        claim: cw.map(|c| Claim { kind: ClaimKind::Factual, checkworthiness: c }),
        non_claim: None,
        why: String::new(),
    };
    Analysis {
        id: None,
        paragraphs: vec![Range::new(0, 67)],
        sentences: vec![s(0, 12, Some(0.2), 0.85), s(13, 44, Some(0.9), 0.5), s(45, 56, None, 0.3), s(57, 67, Some(0.5), 0.85)],
        spans: vec![Span {
            start: 35,
            end: 38,
            text: "may".into(),
            category: Category::Hedge,
            kind: CueKind::Epistemic,
            quoted: false,
            why: String::new(),
        }],
        attributions: vec![Attribution {
            source: Some(Range::new(13, 20)),
            cue: Range::new(21, 25),
            content: vec![Range::new(26, 43)],
            source_kind: SourceKind::Vague,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        }],
    }
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    text: Rc<str>,
    analysis: Rc<Analysis>,
    selected: Rc<RefCell<Vec<usize>>>,
    views: Rc<RefCell<Vec<ViewState>>>,
    start: ViewState,
}

/// Holds the view state as the app would, and records what the panel sends.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let view = use_state(|| props.start.clone());
    let analysis = props.analysis.clone();
    let digest = use_memo((), |_| Digest::of(&props.text, &props.analysis));
    let on_select = {
        let log = props.selected.clone();
        let view = view.clone();
        Callback::from(move |i: usize| {
            log.borrow_mut().push(i);
            let mut v = (*view).clone();
            v.selected = Some(i);
            view.set(v);
        })
    };
    let on_view = {
        let log = props.views.clone();
        let view = view.clone();
        Callback::from(move |v: ViewState| {
            log.borrow_mut().push(v.clone());
            view.set(v);
        })
    };
    html! {
        <Panel text={props.text.clone()} {analysis} {digest} view={(*view).clone()} {on_select} {on_view} />
    }
}

struct Mounted {
    root: Element,
    selected: Rc<RefCell<Vec<usize>>>,
    views: Rc<RefCell<Vec<ViewState>>>,
}

impl Mounted {
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.get(i)).map(|n| wasm_bindgen::JsCast::unchecked_into::<Element>(n)).collect()
    }
    fn one(&self, selector: &str) -> Element {
        self.root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("no {selector}"))
    }
    fn claim_order(&self) -> Vec<String> {
        self.all("ol#claims > li.claim").iter().map(|e| e.get_attribute("data-index").unwrap_or_default()).collect()
    }
}

async fn mount(start: ViewState) -> Mounted {
    mount_text(TEXT, sample(), start).await
}

async fn mount_text(text: &str, analysis: Analysis, start: ViewState) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let selected = Rc::new(RefCell::new(Vec::new()));
    let views = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps { text: Rc::from(text), analysis: Rc::new(analysis), selected: selected.clone(), views: views.clone(), start },
    )
    .render();
    settle().await;
    Mounted { root, selected, views }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Dispatches a bubbling event, since Yew listens at its root. `key` makes it a KeyboardEvent.
fn fire(target: &Element, kind: &str, key: Option<&str>) {
    let f = js_sys::Function::new_with_args(
        "el, kind, key",
        "const init = { bubbles: true, cancelable: true, key: key || undefined };
         const ev = key ? new KeyboardEvent(kind, init) : (kind === 'click' ? new MouseEvent(kind, init) : new Event(kind, init));
         el.dispatchEvent(ev);",
    );
    f.call3(&JsValue::NULL, target, &JsValue::from_str(kind), &key.map_or(JsValue::UNDEFINED, JsValue::from_str)).unwrap();
}

fn set_value(target: &Element, value: &str) {
    js_sys::Reflect::set(target, &JsValue::from_str("value"), &JsValue::from_str(value)).unwrap();
}

#[wasm_bindgen_test]
async fn claims_list_every_claim_most_check_worthy_first_then_in_reading_order() {
    let m = mount(ViewState::default()).await;
    // cw 0.9, 0.5, 0.2; the question (sentence 2) is no claim.
    assert_eq!(m.claim_order(), vec!["1", "3", "0"]);

    let sort = m.one("select#claim-sort");
    set_value(&sort, "position");
    fire(&sort, "change", None);
    settle().await;
    assert_eq!(m.views.borrow().last().map(|v| v.sort), Some(ClaimSort::Position));
    assert_eq!(m.claim_order(), vec!["0", "1", "3"]);
}

#[wasm_bindgen_test]
async fn a_claim_shows_its_cues_and_source_and_the_unattributed_are_flagged() {
    let m = mount(ViewState::default()).await;
    let critics = m.one("li.claim[data-index=\"1\"]");
    let text = critics.text_content().unwrap_or_default();
    assert!(text.contains("Critics said the plan may fail."), "{text}");
    assert!(text.contains("0.90"), "{text}");
    assert!(text.contains("may"), "{text}");
    assert!(text.contains("vague"), "{text}");
    assert!(critics.query_selector(".panel-unattributed").unwrap().is_none());
    let prices = m.one("li.claim[data-index=\"0\"]");
    assert!(prices.text_content().unwrap_or_default().contains("unattributed"));
}

#[wasm_bindgen_test]
async fn clicking_or_pressing_enter_on_a_claim_selects_it() {
    let m = mount(ViewState::default()).await;
    fire(&m.one("li.claim[data-index=\"3\"]"), "click", None);
    settle().await;
    fire(&m.one("li.claim[data-index=\"0\"]"), "keydown", Some("Enter"));
    settle().await;
    assert_eq!(*m.selected.borrow(), vec![3, 0]);
    let selected = m.all("li.claim.selected");
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].get_attribute("data-index").as_deref(), Some("0"));
    assert_eq!(selected[0].get_attribute("aria-current").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn tabs_switch_by_click_and_arrow_keys() {
    let m = mount(ViewState::default()).await;
    assert_eq!(m.one("#tab-claims").get_attribute("aria-selected").as_deref(), Some("true"));
    fire(&m.one("#tab-sources"), "click", None);
    settle().await;
    assert_eq!(m.views.borrow().last().map(|v| v.tab), Some(PanelTab::Sources));
    assert_eq!(m.one("#tab-sources").get_attribute("aria-selected").as_deref(), Some("true"));
    let sources = m.one("#sources").text_content().unwrap_or_default();
    assert!(sources.contains("Critics") && sources.contains("weak sourcing"), "{sources}");

    fire(&m.one("#tab-sources"), "keydown", Some("ArrowRight"));
    settle().await;
    assert_eq!(m.views.borrow().last().map(|v| v.tab), Some(PanelTab::Summary));
    let focused = gloo::utils::document().active_element().and_then(|e| e.get_attribute("id"));
    assert_eq!(focused.as_deref(), Some("tab-summary"));
    // 13 words, one hedge; claims 0 and 3 cite no one, claim 1 cites Critics.
    let summary = m.one("#summary").text_content().unwrap_or_default();
    assert!(summary.contains("Words13"), "{summary}");
    assert!(summary.contains("Hedges per 1,000 words76.9"), "{summary}");
    assert!(summary.contains("67% (2 of 3)"), "{summary}");
    // Three claims, three points; the question has none.
    assert_eq!(m.all("svg#certainty-chart circle").len(), 3);
    fire(&m.one("svg#certainty-chart circle[data-index=\"3\"]"), "click", None);
    settle().await;
    assert_eq!(*m.selected.borrow(), vec![3]);

    fire(&m.one("#tab-summary"), "keydown", Some("ArrowRight"));
    settle().await;
    assert_eq!(m.views.borrow().last().map(|v| v.tab), Some(PanelTab::Claims));
    fire(&m.one("#tab-claims"), "keydown", Some("ArrowLeft"));
    settle().await;
    assert_eq!(m.views.borrow().last().map(|v| v.tab), Some(PanelTab::Summary));
}

#[wasm_bindgen_test]
async fn filters_switch_categories_in_the_panel() {
    let m = mount(ViewState::default()).await;
    let values: Vec<String> = m.all("input[type=checkbox][name=filter]").iter().map(|e| e.get_attribute("value").unwrap_or_default()).collect();
    assert_eq!(values, vec!["hedge", "booster", "attribution", "loaded", "claims"]);

    fire(&m.one("input[name=filter][value=hedge]"), "click", None);
    settle().await;
    let last = m.views.borrow().last().cloned().expect("a view change");
    assert!(!last.filters.hedge && last.filters.booster);
    let critics = m.one("li.claim[data-index=\"1\"]");
    assert!(critics.query_selector(".panel-cue-hedge").unwrap().is_none());
    // The vague source still softens the claim, and is still shown as doing so.
    assert!(critics.query_selector(".panel-cue-voice").unwrap().is_some());

    assert!(!m.all(".panel-cw").is_empty());
    fire(&m.one("input[name=filter][value=claims]"), "click", None);
    settle().await;
    assert!(m.all(".panel-cw").is_empty());
    assert_eq!(m.claim_order().len(), 3);

    fire(&m.one("input[name=filter][value=attribution]"), "click", None);
    settle().await;
    assert!(m.all(".panel-claim-source").is_empty());
    assert!(m.all(".panel-cue-voice").is_empty());
}

#[wasm_bindgen_test]
async fn a_claim_softened_by_its_vague_source_says_so_beside_its_hedges() {
    let m = mount(ViewState::default()).await;
    let critics = m.one("li.claim[data-index=\"1\"]");
    let row = critics.query_selector(".panel-cue-row").unwrap().expect("a softened-by row");
    let chips: Vec<String> = {
        let list = row.query_selector_all(".panel-cue").unwrap();
        (0..list.length()).filter_map(|i| list.get(i)).map(|n| n.text_content().unwrap_or_default()).collect()
    };
    assert_eq!(chips, vec!["may", "a vague source"]);
    // "Prices rose." has neither hedge nor source: no row at all.
    assert!(m.one("li.claim[data-index=\"0\"]").query_selector(".panel-cue-row").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn of_two_voices_the_one_the_certainty_reads_is_named() {
    // A named source's distancing "claimed" outranks the vague critics' neutral "said": the
    // certainty reads the first, and so does the row.
    let text = "Lee claimed the plan failed, and critics said so.";
    let voice = |source: (usize, usize), cue: (usize, usize), content: (usize, usize), source_kind, stance| Attribution {
        source: Some(Range::new(source.0, source.1)),
        cue: Range::new(cue.0, cue.1),
        content: vec![Range::new(content.0, content.1)],
        source_kind,
        stance,
        refers_to: None,
        why: String::new(),
    };
    let analysis = Analysis {
        id: None,
        paragraphs: vec![Range::new(0, 49)],
        sentences: vec![Sentence {
            start: 0,
            end: 49,
            paragraph: 0,
            certainty: 0.6,
            claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.6 }),
            non_claim: None,
            why: String::new(),
        }],
        spans: vec![],
        attributions: vec![
            voice((0, 3), (4, 11), (12, 27), SourceKind::Named, Stance::Distancing),
            voice((33, 40), (41, 45), (46, 48), SourceKind::Vague, Stance::Neutral),
        ],
    };
    let m = mount_text(text, analysis, ViewState::default()).await;
    let chips: Vec<String> = m.all("li.claim .panel-cue-voice").iter().map(|e| e.text_content().unwrap_or_default()).collect();
    assert_eq!(chips, vec!["\u{201c}claimed\u{201d}"]);
}

#[wasm_bindgen_test]
async fn an_empty_text_says_what_to_do() {
    let m = mount_text("", Analysis::default(), ViewState::default()).await;
    assert!(m.claim_order().is_empty());
    let text = m.one(".panel-empty").text_content().unwrap_or_default();
    assert!(text.contains("Paste or open an article"), "{text}");
}

#[wasm_bindgen_test]
async fn a_long_list_shows_the_first_claims_and_more_on_request() {
    // 250 equally check-worthy claims "Rain came." (10 bytes, then a space): the stable sort keeps
    // reading order, so the first page is sentences 0..200.
    let text = "Rain came. ".repeat(250);
    let sentences = (0..250)
        .map(|i| Sentence {
            start: i * 11,
            end: i * 11 + 10,
            paragraph: 0,
            certainty: 0.85,
            claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }),
            non_claim: None,
            why: String::new(),
        })
        .collect();
    let analysis = Analysis { id: None, paragraphs: vec![Range::new(0, 2750)], sentences, spans: vec![], attributions: vec![] };
    let m = mount_text(&text, analysis, ViewState::default()).await;
    let expected: Vec<String> = (0..200).map(|i| i.to_string()).collect();
    assert_eq!(m.claim_order(), expected);
    let more = m.one("#claims-more");
    assert_eq!(more.text_content().unwrap_or_default(), "Show 50 more");
    let count = m.one(".panel-more-count").text_content().unwrap_or_default();
    assert!(count.contains("50 more claims not shown"), "{count}");
    fire(&more, "click", None);
    settle().await;
    let expected: Vec<String> = (0..250).map(|i| i.to_string()).collect();
    assert_eq!(m.claim_order(), expected);
    assert!(m.all("#claims-more").is_empty());
}

#[wasm_bindgen_test]
async fn a_long_article_charts_the_dips_and_the_selected_claim_not_every_dot() {
    // 300 one-word claims "A." three bytes apart, all firm (0.85) but one dip at sentence 150;
    // sentence 151 is selected. 60 stretches of five sentences: 150 is the least certain of its
    // stretch, 151 would be dropped (its stretch keeps 150) but is selected, so it is drawn too.
    let text = "A. ".repeat(300);
    let sentences = (0..300)
        .map(|i| Sentence {
            start: 3 * i,
            end: 3 * i + 2,
            paragraph: 0,
            certainty: if i == 150 { 0.1 } else { 0.85 },
            claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }),
            non_claim: None,
            why: String::new(),
        })
        .collect();
    let analysis = Analysis { id: None, paragraphs: vec![Range::new(0, 899)], sentences, spans: vec![], attributions: vec![] };
    let view = ViewState { tab: PanelTab::Summary, selected: Some(151), ..ViewState::default() };
    let m = mount_text(&text, analysis, view).await;
    let dots = m.all("svg#certainty-chart circle").len();
    assert_eq!(dots, 61, "one per stretch and the selected claim");
    assert_eq!(m.all("svg#certainty-chart circle[data-index=\"150\"]").len(), 1);
    assert_eq!(m.all("svg#certainty-chart circle[data-index=\"151\"]").len(), 1);
    let caption = m.one(".panel-chart-caption").text_content().unwrap_or_default();
    assert!(caption.starts_with("300 claims;") && caption.contains("least certain claim of each of 60 stretches"), "{caption}");
}

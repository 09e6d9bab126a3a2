//! The page in a real browser: mount the app, type into the editor as a person would (an
//! `input` event that bubbles to Yew's root listener), and check what the DOM shows.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (headless Chromium).
#![cfg(target_arch = "wasm32")]

// The page is a binary, so its modules are compiled into this test crate from their files.
// `app::start` goes unused: these tests mount the app themselves.
#[allow(dead_code)]
#[path = "../src/app/app.rs"]
mod app;
#[path = "../src/app/bridge.rs"]
mod bridge;
#[path = "../src/app/cells.rs"]
mod cells;
#[path = "../src/app/components/mod.rs"]
mod components;
#[path = "../src/app/paste.rs"]
mod paste;
#[path = "../src/app/segments.rs"]
mod segments;
#[path = "../src/app/services/mod.rs"]
mod services;
#[path = "../src/app/state.rs"]
mod state;
#[path = "../src/app/warm.rs"]
mod warm;

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Page {
    root: Element,
    handle: Option<yew::AppHandle<app::App>>,
}

impl Page {
    /// A fresh app in a fresh element, with nothing stored from an earlier test.
    async fn open() -> Page {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        let document = window.document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<app::App>::with_root(root.clone()).render();
        settle().await;
        Page { root, handle: Some(handle) }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.get(i).unwrap().dyn_into().unwrap()).collect()
    }

    /// Types `text` into the editor and waits until the article shows it analysed.
    async fn type_text(&self, text: &str) {
        let area: HtmlTextAreaElement = self.find("#editor").unwrap().dyn_into().unwrap();
        area.set_value(text);
        fire(&area, "new Event('input', {bubbles: true})");
        self.until(|p| p.find("#reading .sentence").is_some() || text.trim().is_empty()).await;
    }

    fn click(&self, selector: &str) {
        let el: HtmlElement = self.find(selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
        el.click();
    }

    /// Waits for Yew (and the debounced analysis) until `ready` holds; panics after ~3 s.
    async fn until(&self, ready: impl Fn(&Page) -> bool) {
        for _ in 0..150 {
            if ready(self) {
                return;
            }
            yew::platform::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the page never reached the expected state: {}", self.root.inner_html());
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Dispatches an event built in JavaScript (the crate's web-sys features stay as they are).
fn fire(target: &web_sys::EventTarget, event: &str) {
    let f = js_sys::Function::new_with_args("t", &format!("t.dispatchEvent({event})"));
    f.call1(&wasm_bindgen::JsValue::NULL, target).unwrap();
}

const NEWS: &str = "Officials said the river might flood. The dam clearly failed in 2019, and 300 homes were lost.";

#[wasm_bindgen_test]
async fn typing_shows_marks_and_claims() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    let hedges = page.all("#reading .hl[data-category=hedge]");
    assert_eq!(hedges.len(), 1);
    assert_eq!(hedges[0].text_content().unwrap(), "might");
    assert_eq!(hedges[0].get_attribute("data-kind").as_deref(), Some("epistemic"));
    assert_eq!(hedges[0].get_attribute("tabindex").as_deref(), Some("0"));
    let sources: Vec<String> = page.all("#reading .hl[data-category=source]").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(sources, ["Officials"]);
    let boosters: Vec<String> = page.all("#reading .hl[data-category=booster]").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(boosters, ["clearly"]);
    // The hedge sits inside the attributed content, inside the first sentence.
    assert!(page.find("#reading .sentence[data-index='0'] .hl[data-category=content] .hl[data-category=hedge]").is_some());
    // The article reads exactly as typed.
    assert_eq!(page.find("#reading").unwrap().text_content().unwrap(), NEWS);
}

#[wasm_bindgen_test]
async fn a_mark_cut_by_another_shows_its_sign_once() {
    let page = Page::open().await;
    // The hedge "estimated that" is cut by the attribution cue "estimated": two pieces.
    page.type_text("Analysts estimated that costs could double.").await;
    let pieces = page.all("#reading .hl[data-category=hedge]");
    let texts: Vec<String> = pieces.iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(texts, ["estimated", " that", "could"]);
    let continued: Vec<bool> = pieces.iter().map(|e| e.get_attribute("class").unwrap_or_default().split(' ').any(|c| c == "hl-cont")).collect();
    assert_eq!(continued, [false, true, false]);
}

#[wasm_bindgen_test]
async fn clicking_a_claim_selects_its_sentence() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    // The panel is drawn a task after the article, so wait for it rather than for a fixed time.
    page.until(|p| p.find("li.claim").is_some()).await;
    let claim = page.find("li.claim").expect("a claim in the panel");
    let index = claim.get_attribute("data-index").unwrap();
    claim.dyn_into::<HtmlElement>().unwrap().click();
    let selector = format!("#reading .sentence[data-index='{index}']");
    page.until(|p| p.find(&selector).unwrap().matches(".selected").unwrap()).await;
    assert_eq!(page.all("#reading .sentence.selected").len(), 1);
    let sentence = page.find(&selector).unwrap();
    assert!(sentence.get_attribute("data-cw").is_some());
    assert!(sentence.get_attribute("data-certainty").is_some());
}

#[wasm_bindgen_test]
async fn selecting_another_sentence_moves_the_selection_and_keeps_the_marks() {
    let page = Page::open().await;
    page.type_text("The mayor said the bridge might close. Officials clearly disagree.").await;
    let hedge: HtmlElement = page.find("#reading .hl[data-category=hedge]").unwrap().dyn_into().unwrap();
    hedge.focus().unwrap();
    hedge.click();
    page.until(|p| p.find("#reading .sentence[data-index='0']").unwrap().matches(".selected").unwrap()).await;
    let booster: HtmlElement = page.find("#reading .hl[data-category=booster]").unwrap().dyn_into().unwrap();
    booster.click();
    page.until(|p| p.find("#reading .sentence[data-index='1']").unwrap().matches(".selected").unwrap()).await;
    assert_eq!(page.all("#reading .sentence.selected").len(), 1);
    // The selection is drawn on the elements already there: the mark the reader was on is
    // still the one in the article, so keyboard focus was not lost with it.
    assert!(hedge.is_connected());
    assert!(booster.is_connected());
}

#[wasm_bindgen_test]
async fn marks_fall_on_their_words_after_emoji_and_cjk() {
    let page = Page::open().await;
    // Characters of two and four bytes (one and two UTF-16 units) before and between the marks.
    let text = "東京 🌊 The mayor said the café might close. 😀 Prices clearly rose.";
    page.type_text(text).await;
    let words = |category: &str| -> Vec<String> {
        page.all(&format!("#reading .hl[data-category={category}]")).iter().map(|e| e.text_content().unwrap()).collect()
    };
    assert_eq!(words("hedge"), ["might"]);
    assert_eq!(words("booster"), ["clearly"]);
    assert_eq!(page.find("#reading").unwrap().text_content().unwrap(), text);
}

#[wasm_bindgen_test]
async fn markup_is_shown_as_text() {
    let page = Page::open().await;
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(1)> is what they typed.";
    page.type_text(hostile).await;
    let reading = page.find("#reading").unwrap();
    assert!(reading.query_selector("script, img").unwrap().is_none());
    assert_eq!(reading.text_content().unwrap(), hostile);
}

#[wasm_bindgen_test]
async fn focusing_a_mark_explains_it_and_escape_closes() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    let hedge: HtmlElement = page.find("#reading .hl[data-category=hedge]").unwrap().dyn_into().unwrap();
    hedge.focus().unwrap();
    page.until(|p| p.find("#tooltip[role=tooltip]").is_some()).await;
    let tip = page.find("#tooltip").unwrap().text_content().unwrap();
    assert!(tip.contains("hedge"), "{tip}");
    assert!(tip.contains("epistemic"), "{tip}");
    assert!(tip.contains("possibility"), "the engine's reason: {tip}");
    fire(&hedge, "new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})");
    page.until(|p| p.find("#tooltip").is_none()).await;
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_marks() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    let marks = page.all("#reading .hl");
    let first: HtmlElement = marks[0].clone().dyn_into().unwrap();
    first.focus().unwrap();
    fire(&first, "new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true})");
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert!(active.is_same_node(Some(&marks[1])));
    fire(&active, "new KeyboardEvent('keydown', {key: 'k', bubbles: true})");
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert!(active.is_same_node(Some(&marks[0])));
}

#[wasm_bindgen_test]
async fn dismissing_and_ignoring_remove_marks() {
    let page = Page::open().await;
    page.type_text("It might rain. It might snow.").await;
    assert_eq!(page.all("#reading .hl[data-category=hedge]").len(), 2);
    page.click("#reading .hl[data-category=hedge]");
    page.until(|p| p.find("#tooltip button.dismiss").is_some()).await;
    page.click("#tooltip button.dismiss");
    page.until(|p| p.all("#reading .hl[data-category=hedge]").len() == 1).await;
    page.click("#reading .hl[data-category=hedge]");
    page.until(|p| p.find("#tooltip button.ignore-word").is_some()).await;
    page.click("#tooltip button.ignore-word");
    page.until(|p| p.all("#reading .hl[data-category=hedge]").is_empty()).await;
    page.click("#reset-custom");
    page.until(|p| p.all("#reading .hl[data-category=hedge]").len() == 2).await;
}

#[wasm_bindgen_test]
async fn clear_can_be_undone() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    assert!(page.find("#undo-clear").is_none());
    page.click("#clear");
    page.until(|p| p.find("#undo-clear").is_some()).await;
    let area: HtmlTextAreaElement = page.find("#editor").unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), "");
    page.click("#undo-clear");
    page.until(|p| p.find("#undo-clear").is_none()).await;
    assert_eq!(area.value(), NEWS);
}

#[wasm_bindgen_test]
async fn the_sample_loads_and_the_draft_is_saved() {
    let page = Page::open().await;
    // The empty state says what to do.
    let empty = page.find("#reading").unwrap().text_content().unwrap();
    assert!(empty.contains("Paste"), "{empty}");
    page.click("#sample");
    page.until(|p| p.all("#reading .hl").len() > 10).await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    page.until(|_| storage.get_item("claimlens.draft.v1").unwrap().is_some_and(|d| d.starts_with("City weighs"))).await;
}

#[wasm_bindgen_test]
async fn a_text_in_another_language_is_flagged_and_english_is_not() {
    let page = Page::open().await;
    let german = "Die Regierung hat am Dienstag angekündigt, dass die Steuern im nächsten Jahr nicht erhöht werden. Der Finanzminister sagte, die Lage sei schwierig, aber die Einnahmen seien stabil. Kritiker werfen ihm vor, die Risiken zu unterschätzen. Nach Angaben des Statistischen Amtes ist die Inflation im Oktober leicht gesunken.";
    page.type_text(german).await;
    page.until(|p| p.find("#language-note").is_some()).await;
    let note = page.find("#language-note").unwrap().text_content().unwrap();
    assert!(note.starts_with("This text reads as German. Claimlens reads English only"), "{note}");
    // Long enough to judge (51 words), and English.
    page.type_text(&[NEWS; 3].join(" ")).await;
    page.until(|p| p.find("#language-note").is_none()).await;
}

#[wasm_bindgen_test]
async fn filters_hide_categories() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    page.click("input[name=filter][value=hedge]");
    page.until(|p| p.find("#reading .hl[data-category=hedge]").is_none()).await;
    assert!(page.find("#reading .hl[data-category=booster]").is_some());
}

/// A share link's fragment (without `#`), made as the page makes it: the browser compresses.
async fn fragment_of(text: &str, view: &claimlens::view::ViewState) -> String {
    let link = services::links::make(String::new(), text, view, |_| {});
    let link = wasm_bindgen_futures::JsFuture::from(link).await.unwrap().as_string().unwrap();
    link.strip_prefix('#').unwrap().to_string()
}

/// Opens a fragment as the page does; the error is the sentence the person would see.
async fn open_fragment(fragment: &str) -> Result<services::links::Loaded, String> {
    let opened = std::rc::Rc::new(std::cell::RefCell::new(None));
    let slot = opened.clone();
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let slot = slot.clone();
        services::links::open(fragment, move |result| {
            *slot.borrow_mut() = Some(result);
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        });
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    let result = opened.borrow_mut().take().unwrap();
    result
}

/// Puts `fragment` in the address bar (without reloading) for the next mount.
fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}#{fragment}")))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_share_link_opens_and_keeps_the_previous_draft() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let view = claimlens::view::ViewState { selected: Some(1), ..Default::default() };
    let fragment = fragment_of(NEWS, &view).await;
    // Page::open clears storage, so the draft is written after it and the app mounted again.
    let first = Page::open().await;
    drop(first);
    storage.set_item("claimlens.draft.v1", "My own draft.").unwrap();
    set_fragment(&fragment);
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let page = Page { root: root.clone(), handle: Some(yew::Renderer::<app::App>::with_root(root).render()) };
    page.until(|p| p.find("#reading .sentence.selected[data-index='1']").is_some()).await;
    let area: HtmlTextAreaElement = page.find("#editor").unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), NEWS);
    assert_eq!(storage.get_item("claimlens.draft.previous.v1").unwrap().as_deref(), Some("My own draft."));
    // The fragment is gone, so a reload shows the saved draft with any edits, not the link again.
    assert_eq!(window.location().hash().unwrap(), "");
    assert_eq!(page.find("#message").unwrap().get_attribute("role").as_deref(), Some("status"));
    // The earlier draft is one click away.
    page.click("#undo-clear");
    page.until(|_| area.value() == "My own draft.").await;
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_so_and_leaves_the_draft() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let first = Page::open().await;
    drop(first);
    storage.set_item("claimlens.draft.v1", "My own draft.").unwrap();
    set_fragment("v1.not*base64");
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let page = Page { root: root.clone(), handle: Some(yew::Renderer::<app::App>::with_root(root).render()) };
    page.until(|p| p.find("#message[role=alert]").is_some()).await;
    let message = page.find("#message").unwrap().text_content().unwrap();
    assert!(!message.trim().is_empty());
    let area: HtmlTextAreaElement = page.find("#editor").unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), "My own draft.");
    set_fragment("");
}

#[wasm_bindgen_test]
async fn the_browser_opens_hand_made_links_and_refuses_damaged_ones() {
    // "hi" in DEFLATE stored blocks, raw and in zlib's wrapper, written by hand (src/share/tests.rs).
    assert_eq!(open_fragment("v1.AQMA_P8CaGk").await.map(|l| l.text), Ok("hi".to_string()));
    assert_eq!(open_fragment("v2.eAEBAwD8_wJoaQFCANQ").await.map(|l| l.text), Ok("hi".to_string()));
    let damaged = [
        // The checksum's last bit flipped.
        ("v2.eAEBAwD8_wJoaQFCANU", "changed after it was made"),
        // A zero byte after the stored block.
        ("v2.eAEBAwD8_wJoaQABQgDU", "incomplete or damaged"),
        // Cut inside the block.
        ("v2.eAEBAwD8_wJo", "incomplete or damaged"),
        ("v2.eAEB", "incomplete or damaged"),
    ];
    for (fragment, says) in damaged {
        let error = open_fragment(fragment).await.map(|l| l.text).unwrap_err();
        assert!(error.contains(says), "{fragment}: {error}");
    }
    // 17 MiB of one letter, compressed by the browser itself, is past the 16 MiB bound.
    let big = "a".repeat(17 << 20);
    let bomb = fragment_of(&big, &claimlens::view::ViewState::default()).await;
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    let error = open_fragment(&bomb).await.map(|l| l.text.len()).unwrap_err();
    assert!(error.contains("16 MiB"), "{error}");
}

#[wasm_bindgen_test]
async fn copy_link_shows_the_link_and_its_size() {
    let page = Page::open().await;
    page.type_text(NEWS).await;
    page.click("#copy-link");
    page.until(|p| p.find("#share-size").is_some()).await;
    let input: web_sys::HtmlInputElement = page.find("#share-url").unwrap().dyn_into().unwrap();
    let link = input.value();
    let (_, fragment) = link.split_once('#').expect("a fragment");
    assert!(fragment.starts_with("v2."), "{link}");
    let shared = open_fragment(fragment).await.unwrap();
    assert_eq!(shared.text, NEWS);
    assert!(input.read_only());
}

#[wasm_bindgen_test]
async fn an_opened_html_file_shows_as_text() {
    let page = Page::open().await;
    let input = page.find("input#file[type=file]").unwrap();
    // A file chosen in the picker, made in JavaScript (the crate's web-sys features stay as they are).
    fire(
        &input,
        "(() => { const d = new DataTransfer(); \
         d.items.add(new File(['<html><body><h1>Flood</h1><p>Officials said the river might flood.</p><script>alert(1)</script></body></html>'], 'news.html', {type: 'text/html'})); \
         t.files = d.files; return new Event('change', {bubbles: true}); })()",
    );
    page.until(|p| p.find("#reading .hl[data-category=hedge]").is_some()).await;
    let area: HtmlTextAreaElement = page.find("#editor").unwrap().dyn_into().unwrap();
    assert!(area.value().contains("Officials said the river might flood."), "{}", area.value());
    assert!(!area.value().contains('<'), "markup left in the text: {}", area.value());
    assert!(page.find("#reading script").is_none());
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_the_text_kept() {
    let page = Page::open().await;
    // Every write refused, as when the quota is used up.
    js_sys::Function::new_no_args(
        "window.__setItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    page.type_text(NEWS).await;
    page.until(|p| p.find("#message[role=alert]").is_some()).await;
    js_sys::Function::new_no_args("Storage.prototype.setItem = window.__setItem;").call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let area: HtmlTextAreaElement = page.find("#editor").unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), NEWS);
    assert!(page.find("#reading .hl").is_some());
}

/// The state after `actions`, from an empty page.
fn after(actions: Vec<state::Action>) -> std::rc::Rc<state::State> {
    use yew::Reducible;
    let start = state::State::new(String::new(), Default::default(), None);
    actions
        .into_iter()
        .fold(std::rc::Rc::new(start), |s, a| s.reduce(a))
}

#[wasm_bindgen_test]
fn a_large_paste_folds_the_box_and_keeps_the_text_before_it() {
    use state::Action;
    let large = "Officials said it might rain. ".repeat(5000); // 150,000 bytes
    let s = after(vec![Action::Edit("Typed first.".into()), Action::Paste(large.clone())]);
    assert_eq!(&*s.text, large.as_str());
    assert!(s.folded);
    assert_eq!(s.undo.as_deref(), Some("Typed first."));
    let note = &s.message.as_ref().unwrap().text;
    assert!(note.starts_with("This 146 KB text is shown in full below"), "{note}");
    assert!(note.ends_with("“Bring back the previous text” undoes the paste."), "{note}");
    // Opening the box drops the note about it; bringing back the earlier text swaps the two.
    let opened = after(vec![Action::Edit("Typed first.".into()), Action::Paste(large.clone()), Action::Fold(false)]);
    assert!(!opened.folded && opened.message.is_none());
    let back = after(vec![Action::Edit("Typed first.".into()), Action::Paste(large.clone()), Action::UndoClear]);
    assert_eq!(&*back.text, "Typed first.");
    assert!(!back.folded);
    assert_eq!(back.undo.as_deref(), Some(large.as_str()));
}

#[wasm_bindgen_test]
fn an_input_that_changed_nothing_leaves_the_text_analysed_the_text_shown() {
    use state::Action;
    use std::rc::Rc;
    use yew::Reducible;
    // The page selects a chosen sentence in the text box only when the text shown is the text
    // analysed, by pointer; an input event with the same text brings a second, equal copy.
    let text = "Officials said it might rain.";
    let analysis = |t: &str| claimlens::engine::analyze(t);
    let typed = after(vec![Action::Edit(text.into())]);
    let again: Rc<str> = text.into();
    let s = typed
        .reduce(Action::Analysed { text: again.clone(), analysis: analysis(text), digest_later: false })
        .reduce(Action::Edit(again.clone()))
        .reduce(Action::Analysed { text: again, analysis: analysis(text), digest_later: false });
    assert!(Rc::ptr_eq(&s.text, &s.analysed));
}

#[wasm_bindgen_test]
fn a_repeated_drag_or_a_reset_of_no_link_keeps_the_state_and_a_change_of_text_forgets_the_link() {
    use state::Action;
    use std::rc::Rc;
    use yew::Reducible;
    let dragging = after(vec![Action::Drag(true)]);
    assert!(dragging.dragging);
    // The same state, not a copy: the page is not drawn again for every `dragover`.
    assert!(Rc::ptr_eq(&dragging, &dragging.clone().reduce(Action::Drag(true))));
    assert!(!dragging.clone().reduce(Action::Drag(false)).dragging);
    let empty = after(vec![]);
    assert!(Rc::ptr_eq(&empty, &empty.clone().reduce(Action::ShareReset)));
    let linked = after(vec![Action::ShareLink("page#v2.abc".into()), Action::ShareCopied(false)]);
    assert_eq!((linked.share_link.as_deref(), linked.share_copied), (Some("page#v2.abc"), Some(false)));
    let reset = linked.reduce(Action::ShareReset);
    assert_eq!((reset.share_link.as_deref(), reset.share_copied), (None, None));
}

#[wasm_bindgen_test]
fn a_paste_of_markup_is_read_as_text_and_the_markup_is_one_click_away() {
    use state::Action;
    use yew::Reducible;
    let markup = "Typed first.<p>It may rain.</p><p>Two.</p>";
    let s = after(vec![
        Action::Edit("Typed first.".into()),
        Action::PasteMarkup { text: "Typed first.It may rain.\n\nTwo.".into(), markup: markup.into() },
    ]);
    assert_eq!(&*s.text, "Typed first.It may rain.\n\nTwo.");
    assert_eq!(s.undo.as_deref(), Some(markup));
    assert!(!s.folded);
    let note = &s.message.as_ref().unwrap().text;
    assert!(note.starts_with("The paste looked like HTML source"), "{note}");
    let back = s.reduce(Action::UndoClear);
    assert_eq!(&*back.text, markup);
    assert_eq!(back.undo.as_deref(), Some("Typed first.It may rain.\n\nTwo."));
    // A large one arrives folded, and the message says both things.
    let large = format!("<p>{}</p><p>a</p><p>b</p>", "It may rain. ".repeat(12_000));
    let folded = after(vec![Action::PasteMarkup { text: "It may rain. ".repeat(12_000), markup: large }]);
    assert!(folded.folded);
    let note = &folded.message.as_ref().unwrap().text;
    assert!(note.contains("shown in full below") && note.contains("HTML source"), "{note}");
}

#[wasm_bindgen_test]
async fn pasting_html_source_shows_its_text_and_keeps_the_markup() {
    let page = Page::open().await;
    let editor = page.find("#editor").unwrap();
    let html = "<html><body><h1>Flood warning</h1><p>Officials said the river <em>might</em> flood.</p><script>var x = 1;</script></body></html>";
    fire(
        &editor,
        &format!("(() => {{ const d = new DataTransfer(); d.setData('text/plain', {html:?}); return new ClipboardEvent('paste', {{ clipboardData: d, bubbles: true, cancelable: true }}); }})()"),
    );
    let area: HtmlTextAreaElement = editor.dyn_into().unwrap();
    page.until(|_| area.value() == "Flood warning\n\nOfficials said the river might flood.").await;
    page.until(|p| p.find("#reading .hl[data-category=hedge]").is_some()).await;
    assert!(!page.find("#reading").unwrap().text_content().unwrap().contains('<'));
    let message = page.find("#message").unwrap().text_content().unwrap();
    assert!(message.contains("HTML source"), "{message}");
    page.click("#undo-clear");
    page.until(|_| area.value() == html).await;
}

#[wasm_bindgen_test]
fn a_paste_after_a_clear_keeps_the_cleared_text() {
    use state::Action;
    let large = "x ".repeat(70_000);
    let s = after(vec![Action::Edit("Old text.".into()), Action::Clear, Action::Paste(large)]);
    assert_eq!(s.undo.as_deref(), Some("Old text."));
    // Nothing was replaced, so the note does not offer an undo of the paste.
    assert!(!s.message.as_ref().unwrap().text.contains("undoes the paste"));
}

#[wasm_bindgen_test]
fn an_empty_text_is_never_folded_and_small_loads_keep_the_fold() {
    use state::Action;
    let folded = after(vec![Action::Edit("Some text.".into()), Action::Fold(true)]);
    assert!(folded.folded);
    let loaded = after(vec![Action::Edit("Some text.".into()), Action::Fold(true), Action::Load { text: "A file.".into(), note: None }]);
    assert!(loaded.folded, "a small text arriving must not reopen a box the person folded");
    let cleared = after(vec![Action::Edit("Some text.".into()), Action::Fold(true), Action::Clear]);
    assert!(!cleared.folded);
    // Typing into the empty box after a clear must not hide it at the first character.
    let typed = after(vec![Action::Edit("Some text.".into()), Action::Fold(true), Action::Clear, Action::Edit("a".into())]);
    assert!(!typed.folded);
    // A large file or link folds the box, and the message keeps the file's own note first.
    let file = after(vec![Action::Load { text: "y".repeat(200 * 1024), note: Some("Read a.html as text.".into()) }]);
    assert!(file.folded);
    assert_eq!(
        file.message.as_ref().unwrap().text,
        "Read a.html as text. This 200 KB text is shown in full below; the text box is folded to keep the page responsive. “Edit text” opens it."
    );
}

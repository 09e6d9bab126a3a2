//! The page's whole state and the actions that change it. Components send actions; only
//! `reduce` changes state, so every change (typing, loading a link, a correction) goes through
//! one place, and derived data (the corrected analysis, the digest) is recomputed there.

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use claimlens::view::{Dismissed, ExtraCue, ViewState};
use yew::Reducible;

use crate::bridge;
use crate::paste;
use crate::segments;

/// How much a new text may differ from the last one analysed, outside their common start and
/// end, and still count as an edit of it (`State::edited`).
const EDIT_SLACK_BYTES: usize = 4 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: String,
    /// Errors are announced at once (`role=alert`); information politely (`role=status`).
    pub error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Option<Message> {
        Some(Message {
            text: text.into(),
            error: false,
        })
    }
    pub fn error(text: impl Into<String>) -> Option<Message> {
        Some(Message {
            text: text.into(),
            error: true,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The shown analysis belongs to the text (or will within the debounce).
    Ready,
    /// A large text is being analysed.
    Analysing,
    /// The text is over the size limit and is not analysed.
    TooLarge,
    /// The analysis of the text stopped with an error (said in the message bar); the text stays.
    Failed,
}

/// The open tooltip: which highlight (its `data-hl` key) and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub key: String,
    pub x: f64,
    pub y: f64,
    /// Kept open (clicked or Enter) rather than a hover preview.
    pub pinned: bool,
    /// Drawn above the mark (`y` is then its bottom edge): there was no room below.
    pub above: bool,
}

/// What the panel shows: the analysed text, its analysis and digest. Compared by pointer: they
/// are replaced, never changed in place, and comparing a long analysis field by field on every
/// render would cost more than it saves.
#[derive(Clone, Debug)]
pub struct PanelData {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub counting: bool,
}

impl PartialEq for PanelData {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.text, &o.text)
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && Rc::ptr_eq(&self.digest, &o.digest)
            && self.counting == o.counting
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What is in the editor now.
    pub text: Rc<str>,
    /// The text the analysis below belongs to; lags `text` while typing.
    pub analysed: Rc<str>,
    /// The engine's analysis of `analysed`.
    pub raw: Rc<Analysis>,
    /// `raw` with the person's corrections: what every view shows.
    pub shown: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub view: ViewState,
    pub status: Status,
    pub message: Option<Message>,
    /// The text before the last clear or load, for `#undo-clear`; kept while typing, so a
    /// clear followed by typing can still be undone.
    pub undo: Option<Rc<str>>,
    pub flash: Option<usize>,
    pub tip: Option<Tip>,
    /// The digest is provisional (see `provisional_digest`): the worker is still counting who
    /// is cited for what in a long text.
    pub counting: bool,
    /// `analysed` is a small edit of the text analysed before it (typing, a pasted sentence),
    /// so views keep what they have drawn rather than drawing again from the top.
    pub edited: bool,
    /// The text box is folded to its buttons: by the person, or because a large text arrived
    /// whole (`paste::folds`), which a laid-out text box would take a long task to show. Never
    /// while the text is empty: the empty box is where to start.
    pub folded: bool,
    /// Something is being dragged over the editor (it shows where to drop a file).
    pub dragging: bool,
    /// The share link made for the text and view, until either changes (`Action::ShareReset`).
    pub share_link: Option<String>,
    /// Whether copying that link worked, once the browser has said.
    pub share_copied: Option<bool>,
    /// Another tab saved this text as the draft, and it differs from ours (`services::tabs`).
    pub other_tab: Option<String>,
    /// What the panel shows: it follows `analysed`, `shown`, `digest` and `counting` a frame
    /// later (`Action::ShowPanel`).
    pub panel: PanelData,
}

impl State {
    pub fn new(text: String, view: ViewState, message: Option<Message>) -> State {
        let folded = paste::folds(&text);
        let message = match message {
            None if folded => Message::info(paste::folded_note(text.len())),
            m => m,
        };
        let (analysed, shown, digest): (Rc<str>, Rc<Analysis>, Rc<Digest>) = ("".into(), Rc::default(), Rc::default());
        let panel = PanelData { text: analysed.clone(), analysis: shown.clone(), digest: digest.clone(), counting: false };
        State {
            text: text.into(),
            analysed,
            raw: Rc::default(),
            shown,
            digest,
            view,
            status: Status::Ready,
            message,
            undo: None,
            flash: None,
            tip: None,
            counting: false,
            edited: false,
            folded,
            dragging: false,
            share_link: None,
            share_copied: None,
            other_tab: None,
            panel,
        }
    }

    /// A large text arriving whole is shown with the text box folded, and the message says so
    /// (after `note`, if any); a small one leaves the fold as the person set it.
    fn fold_if_large(&mut self, note: Option<String>) {
        if paste::folds(&self.text) {
            self.folded = true;
            let fold = paste::folded_note(self.text.len());
            let text = match note {
                Some(n) => [n, fold].join(" "),
                None => fold,
            };
            self.message = Message::info(text);
        } else if let Some(n) = note {
            self.message = Message::info(n);
        }
    }

    fn refresh(&mut self) {
        self.counting = false;
        if self.view.custom.is_empty() {
            let digest = Digest::of(&self.analysed, &self.raw);
            self.show_raw(digest);
            return;
        }
        let shown = bridge::apply_custom(&self.analysed, &self.raw, &self.view.custom);
        self.digest = Rc::new(Digest::of(&self.analysed, &shown));
        self.shown = Rc::new(shown);
        self.clamp_selection();
    }

    /// Shows the engine's analysis as it came (no corrections), with its digest.
    fn show_raw(&mut self, digest: Digest) {
        self.shown = self.raw.clone();
        self.digest = Rc::new(digest);
        self.clamp_selection();
    }

    fn clamp_selection(&mut self) {
        if self
            .view
            .selected
            .is_some_and(|i| i >= self.shown.sentences.len())
        {
            self.view.selected = None;
        }
    }

    fn replace_text(&mut self, text: Rc<str>, keep_undo: bool) {
        if keep_undo && !self.text.trim().is_empty() {
            self.undo = Some(self.text.clone());
        } else {
            self.undo = None;
        }
        self.text = text;
        self.view.selected = None;
        self.tip = None;
    }
}

/// What of the digest needs no more than one pass over the analysis: the counts and the claims
/// in order (so the claims list can show at once). Who is cited for what (`sentence_attribution`,
/// `sentence_sources`, `sources`) and the word count and rates are left empty until the worker's digest arrives.
fn provisional_digest(analysis: &Analysis) -> Digest {
    use claimlens::engine::Category;
    let count = |c: Category| analysis.spans.iter().filter(|s| s.category == c).count();
    let certainty_series: Vec<(usize, f32)> = analysis
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.claim.is_some())
        .map(|(i, s)| (i, s.certainty))
        .collect();
    Digest {
        sentences: analysis.sentences.len(),
        claims: certainty_series.len(),
        hedges: count(Category::Hedge),
        boosters: count(Category::Booster),
        loaded: count(Category::Loaded),
        attributions: analysis.attributions.len(),
        sentence_attribution: vec![None; analysis.sentences.len()],
        sentence_sources: vec![Vec::new(); analysis.sentences.len()],
        certainty_series,
        ..Digest::default()
    }
}

pub enum Action {
    /// The person typed or pasted in the editor.
    Edit(Rc<str>),
    /// A sample or a file replaced the text; the old one can be brought back.
    Load {
        text: String,
        note: Option<String>,
    },
    /// A large paste the page took over from the text box (`paste::splice` made the new text);
    /// the text before it can be brought back.
    Paste(String),
    /// A paste of HTML source, read as its text (`text`); "bring back" gives the whole text as
    /// the markup would have made it (`markup`), so nothing pasted is lost.
    PasteMarkup { text: String, markup: String },
    /// The person folded (true) or opened the text box.
    Fold(bool),
    /// Something was dragged over the editor (true), or left or was dropped.
    Drag(bool),
    /// A share link was made (and is being copied).
    ShareLink(String),
    /// The browser copied the share link (true) or refused to.
    ShareCopied(bool),
    /// The text or the view changed since the share link was made: it is out of date.
    ShareReset,
    /// Another tab saved a different text as the draft, or (`None`) the conflict is over.
    OtherTab(Option<String>),
    /// The panel catches up with the analysis.
    ShowPanel(PanelData),
    Clear,
    UndoClear,
    Analysing,
    TooLarge,
    Analysed {
        text: Rc<str>,
        analysis: Analysis,
        /// The worker makes the digest and sends it next (`Digested`); until then the panel
        /// shows what needs no digest.
        digest_later: bool,
    },
    /// The worker's digest of the analysis of `text`.
    Digested {
        text: Rc<str>,
        digest: Digest,
    },
    /// The analysis of `text` failed; `error` says how, for the person.
    AnalysisFailed {
        text: Rc<str>,
        error: String,
    },
    /// A share link was opened.
    Shared {
        text: String,
        view: ViewState,
        message: Option<Message>,
    },
    SetView(ViewState),
    Select(usize),
    Flash(Option<usize>),
    Tip(Option<Tip>),
    Message(Option<Message>),
    Dismiss(Dismissed),
    IgnoreWord(String),
    AddCue(ExtraCue),
    ResetCustom,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(text) => {
                if *text == *s.text {
                    return self;
                }
                s.text = text;
            }
            Action::Load { text, note } => {
                s.replace_text(text.into(), true);
                s.message = None;
                s.fold_if_large(note);
            }
            Action::PasteMarkup { text, markup } => {
                s.replace_text(text.into(), false);
                s.undo = Some(markup.into());
                let mut note = String::from("The paste looked like HTML source, so its text is shown without the tags (scripts and styles left out). “Bring back the previous text” puts the markup back.");
                if paste::folds(&s.text) {
                    s.folded = true;
                    note = [paste::folded_note(s.text.len()), note].join(" ");
                }
                s.message = Message::info(note);
            }
            Action::Paste(text) => {
                if *text == *s.text {
                    return self;
                }
                // The text box's own undo does not see a text set by the page, so the previous
                // text is kept for "Bring back the previous text"; after a clear, the cleared
                // text stays there.
                let replaced = !s.text.trim().is_empty();
                if replaced {
                    s.undo = Some(s.text.clone());
                }
                s.text = text.into();
                s.view.selected = None;
                s.tip = None;
                let mut note = String::new();
                if paste::folds(&s.text) {
                    s.folded = true;
                    note = paste::folded_note(s.text.len());
                }
                if replaced {
                    note.push_str(" “Bring back the previous text” undoes the paste.");
                }
                s.message = match note.trim_start() {
                    "" => None,
                    n => Message::info(n),
                };
            }
            Action::Fold(folded) => {
                s.folded = folded;
                // The note that the box was folded is out of date once it is open.
                let note = paste::folded_note(s.text.len());
                if !folded && s.message.as_ref().is_some_and(|m| claimlens::find::find(&m.text, &note).is_some()) {
                    s.message = None;
                }
            }
            Action::Drag(dragging) => {
                // `dragover` repeats while the pointer moves: only a change is drawn.
                if dragging == s.dragging {
                    return self;
                }
                s.dragging = dragging;
            }
            Action::ShareLink(link) => s.share_link = Some(link),
            Action::ShareCopied(ok) => s.share_copied = Some(ok),
            Action::ShareReset => {
                if s.share_link.is_none() && s.share_copied.is_none() {
                    return self;
                }
                s.share_link = None;
                s.share_copied = None;
            }
            Action::OtherTab(other) => s.other_tab = other,
            Action::ShowPanel(panel) => s.panel = panel,
            Action::Clear => s.replace_text("".into(), true),
            Action::UndoClear => {
                // A swap, not a restore: text typed since the clear becomes the next "undo", so
                // no text is ever dropped by pressing it.
                if let Some(old) = s.undo.take() {
                    if !s.text.trim().is_empty() {
                        s.undo = Some(s.text.clone());
                    }
                    s.text = old;
                    s.view.selected = None;
                    s.tip = None;
                    // The box as it was for that text: open, unless the text is large. What the
                    // message said was about the text now put away.
                    s.folded = false;
                    s.message = None;
                    s.fold_if_large(None);
                }
            }
            Action::Analysing => s.status = Status::Analysing,
            Action::TooLarge => s.status = Status::TooLarge,
            Action::Analysed { text, analysis, digest_later } => {
                // A late result for text that has since changed would show wrong offsets.
                if *text != *s.text {
                    return self;
                }
                s.edited = segments::is_small_edit(&s.analysed, &text, EDIT_SLACK_BYTES);
                // The state's own copy, not the equal one analysed: an input event that changed
                // nothing (`Action::Edit` kept the text as it was) still brings an analysis, and
                // the page asks whether the text shown is the text analysed by pointer.
                s.analysed = s.text.clone();
                s.raw = Rc::new(analysis);
                s.status = Status::Ready;
                // Tooltip keys index the old analysis.
                s.tip = None;
                if digest_later && s.view.custom.is_empty() {
                    s.counting = true;
                    let partial = provisional_digest(&s.raw);
                    s.show_raw(partial);
                } else {
                    s.refresh();
                }
            }
            Action::Digested { text, digest } => {
                // Without corrections the digest is of the engine's analysis as it came; with
                // them `refresh` has made the right one already.
                if !s.counting || *text != *s.analysed || !s.view.custom.is_empty() {
                    return self;
                }
                s.counting = false;
                s.show_raw(digest);
            }
            Action::AnalysisFailed { text, error } => {
                if *text != *s.text {
                    return self;
                }
                s.status = Status::Failed;
                s.message = Message::error(format!(
                    "The analysis stopped on this text ({error}). Your text is kept: edit it to try again, or copy it and reload the page."
                ));
            }
            Action::Shared {
                text,
                view,
                message,
            } => {
                // What it replaces stays one click away (the message says so).
                let replaced = *s.text != *text;
                s.replace_text(text.into(), replaced);
                s.view = view;
                s.message = None;
                match message {
                    Some(m) if m.error => {
                        s.fold_if_large(None);
                        s.message = Some(m);
                    }
                    m => s.fold_if_large(m.map(|m| m.text)),
                }
                // A new text's analysis is on its way and is refreshed when it comes; the old
                // one's would clamp the link's selection to the wrong number of sentences.
                if !replaced {
                    s.refresh();
                }
            }
            Action::SetView(view) => {
                let custom_changed = view.custom != s.view.custom;
                s.view = view;
                if custom_changed {
                    s.refresh();
                }
            }
            Action::Select(i) => s.view.selected = Some(i),
            Action::Flash(i) => s.flash = i,
            Action::Tip(tip) => s.tip = tip,
            Action::Message(m) => s.message = m,
            Action::Dismiss(d) => {
                if !s.view.custom.dismissed.contains(&d) {
                    s.view.custom.dismissed.push(d);
                }
                s.tip = None;
                s.refresh();
            }
            Action::IgnoreWord(w) => {
                let w = claimlens::lower::to_lowercase(w.trim());
                if !w.is_empty() && !s.view.custom.ignored_words.contains(&w) {
                    s.view.custom.ignored_words.push(w);
                }
                s.tip = None;
                s.refresh();
            }
            Action::AddCue(cue) => {
                if !cue.phrase.trim().is_empty() && !s.view.custom.extra_cues.contains(&cue) {
                    s.view.custom.extra_cues.push(cue);
                }
                s.refresh();
            }
            Action::ResetCustom => {
                s.view.custom = Default::default();
                s.tip = None;
                s.refresh();
            }
        }
        if s.text.trim().is_empty() {
            s.folded = false;
        }
        Rc::new(s)
    }
}

//! Re-analysis after an edit: analyses only the paragraphs around the change and keeps the rest
//! of the previous analysis, moved by the change in length. The result is meant to equal
//! [`analyze`](super::analyze) of the new text exactly; where that cannot be shown from the texts
//! and the previous analysis, the whole text is analysed instead.
//!
//! Why a window of paragraphs can be analysed alone: quotations, sentences and every detector's
//! cues stay inside a paragraph or look a few tokens past its edge, and a blank line always ends a
//! paragraph. What reaches further, and how each is handled:
//!
//! - **Line layout.** Whether a single line break ends a paragraph is decided once per text from
//!   its line lengths (hard-wrapped or not). Only texts whose line breaks all come in blank lines
//!   are re-analysed in part: their paragraphs are then exactly the blank-line blocks, whatever
//!   the layout.
//! - **The first paragraph** may be taken for a title by rules the others do not get. Two
//!   paragraphs of unchanged context lead the window, and their results must come out as before
//!   (below), so the window's first paragraph changes nothing that is kept.
//! - **Attribution content** can run into the next paragraph ("He added:" at a paragraph's end),
//!   and back over as many as two paragraphs of a quotation left open (news style for a long
//!   quotation).
//!   No result of the previous analysis may cross the window's edges, and two paragraphs of
//!   unchanged context end the window, whose results must also come out as before.
//! - **Pronouns.** "he said" is credited to the last named source before it, however far back.
//!   The window must name a source before its first such pronoun (then what came before the
//!   window cannot matter), and the last named source in the window must be the same before and
//!   after the edit (then nothing after the window can change). Where no source is named before
//!   a pronoun, it stands for the nearest capitalised name a few paragraphs back, which may lie
//!   in the window: a pronoun after the window with no name set before it takes a full analysis.
//! - **A company's short name** ("Acme said" after "Acme Holdings Inc") is looked for no more
//!   than two paragraphs back, within the context paragraphs, so it needs nothing here.
//!
//! The property tests (`tests/incremental.rs`) hold this against a full analysis on random texts
//! and edits; an engine change that lets something reach further than this list makes them fail.

use crate::engine::document::At;
use super::result::{Analysis, Attribution, Range, Sentence, SourceKind, Span};

/// Texts shorter than this are analysed whole: it takes well under a millisecond.
const WHOLE_BELOW_BYTES: usize = 4 * 1024;
/// Unchanged paragraphs analysed on each side of the change, whose results must match the
/// previous analysis.
const CONTEXT_PARAGRAPHS: usize = 2;

/// The analysis of `new_text`, given `old`, the analysis of `old_text`. Equal to
/// `analyze(new_text)`; faster when the edit is small and the text is long.
pub fn reanalyze(old_text: &str, old: &Analysis, new_text: &str) -> Analysis {
    try_reanalyze(old_text, old, new_text).unwrap_or_else(|| super::analyze(new_text))
}

/// The window re-analysis alone: `None` where it cannot be shown to equal a full analysis.
/// Public for tests that check it is actually taken.
pub fn try_reanalyze(old_text: &str, old: &Analysis, new_text: &str) -> Option<Analysis> {
    if new_text.len() < WHOLE_BELOW_BYTES || old.paragraphs.is_empty() || old.id.is_some() {
        return None;
    }
    if !breaks_in_blank_lines(old_text) || !breaks_in_blank_lines(new_text) {
        return None;
    }
    let (a, b_old) = changed(old_text, new_text);
    let paras = &old.paragraphs;
    // The changed paragraphs: from the last one starting at or before `a` (the whitespace before
    // it unchanged) to the first one ending at or after `b_old` (the whitespace after it
    // unchanged). An edit in the space before the first paragraph or after the last belongs to
    // that one.
    let first_changed = paras.partition_point(|p| p.start <= a).saturating_sub(1);
    let last_changed = paras.partition_point(|p| p.end < b_old).min(paras.len() - 1);
    if last_changed < first_changed {
        return None;
    }
    let edit = Edit { old_text, old, new_text, a, b_old, first_changed, last_changed };
    let mut s = first_changed.saturating_sub(CONTEXT_PARAGRAPHS);
    // A pronoun in the window before any name in it stands for a name before the window: the
    // window then starts with that name's paragraph. Seen in the old analysis first, so that
    // the common case analyses once; confirmed on the new one.
    // Each step back goes to an earlier name; the window's size limit ends the walk.
    loop {
        match edit.attempt(s) {
            Attempt::Done(analysis) => return Some(analysis),
            Attempt::Fail => return None,
            Attempt::From(earlier) if earlier < s => s = earlier,
            Attempt::From(_) => return None,
        }
    }
}

struct Edit<'a> {
    old_text: &'a str,
    old: &'a Analysis,
    new_text: &'a str,
    /// `[a, b_old)` of the old text was replaced.
    a: usize,
    b_old: usize,
    first_changed: usize,
    last_changed: usize,
}

enum Attempt {
    Done(Analysis),
    /// Start the window at this paragraph instead.
    From(usize),
    Fail,
}

impl Edit<'_> {
    /// The paragraph the window must start at for a pronoun after `ws` whose name comes before
    /// it: the paragraph of the last name before `ws`, or the first paragraph when there is none.
    fn name_before(&self, ws: usize) -> usize {
        let old = self.old;
        let name = old.attributions.iter().rev().filter(|x| ranges(x).all(|r| r.end <= ws)).find(|x| sets_name(self.old_text, x));
        match name {
            Some(x) => {
                let start = ranges(x).map(|r| r.start).min().unwrap_or(0);
                old.paragraphs.partition_point(|p| p.end <= start)
            }
            None => 0,
        }
    }

    fn attempt(&self, s: usize) -> Attempt {
        let Edit { old_text, old, new_text, a, b_old, first_changed, last_changed } = *self;
        let delta = new_text.len() as isize - old_text.len() as isize;
        let paras = &old.paragraphs;
        let e = (last_changed + CONTEXT_PARAGRAPHS).min(paras.len() - 1);
        // The window takes the blank space before and after its paragraphs, so its first and
        // last tokens see the same space around them as in the whole text.
        let ws = if s == 0 { 0 } else { paras.at(s - 1).end };
        let we_old = if e + 1 == paras.len() { old_text.len() } else { paras.at(e + 1).start };
        let we_new = shift(we_old, delta);
        if we_new < ws || we_new - ws > new_text.len() / 2 {
            return Attempt::Fail;
        }
        let side = |r: Range| if r.end <= ws { 0 } else if r.start >= we_old { 2 } else { 1 };
        if s > 0 && pronoun_first(old_text, old.attributions.iter().filter(|x| side(x.cue) == 1)) {
            return Attempt::From(self.name_before(ws));
        }
        // Nothing of the old analysis may cross the window's edges.
        let crosses = |r: Range| r.start < ws && r.end > ws || r.start < we_old && r.end > we_old;
        if old.spans.iter().any(|x| crosses(x.range())) || old.sentences.iter().any(|x| crosses(x.range())) {
            return Attempt::Fail;
        }
        for at in &old.attributions {
            let sides: Vec<u8> = ranges(at).map(|r| if crosses(r) { 3 } else { side(r) }).collect();
            if sides.iter().any(|&x| x == 3 || x != *sides.at(0)) {
                return Attempt::Fail;
            }
        }

        let w = moved(super::analyze(new_text.at(ws..we_new)), ws as isize, s as isize);
        if s > 0 && pronoun_first(new_text, w.attributions.iter()) {
            return Attempt::From(self.name_before(ws));
        }
        let dp = w.paragraphs.len() as isize - (e + 1 - s) as isize;

        // Context must come out as before: leading context in place, trailing context moved.
        let lead_end = paras.at(first_changed).start.min(a);
        let trail_old_start = paras.at(last_changed).end.max(b_old);
        let trail_new_start = shift(trail_old_start, delta);
        let lead = |r: Range| ws <= r.start && r.end <= lead_end;
        let trail_old = |r: Range| trail_old_start <= r.start && r.end <= we_old;
        let trail_new = |r: Range| trail_new_start <= r.start && r.end <= we_new;
        let moved_sentence = |x: &Sentence| {
            let mut x = x.clone();
            x.start = shift(x.start, delta);
            x.end = shift(x.end, delta);
            x.paragraph = shift(x.paragraph, dp);
            x
        };
        let all_in = |x: &Attribution, f: &dyn Fn(Range) -> bool| ranges(x).all(f);
        let same = old.spans.iter().filter(|x| lead(x.range())).eq(w.spans.iter().filter(|x| lead(x.range())))
            && old.spans.iter().filter(|x| trail_old(x.range())).map(|x| moved_span(x, delta)).eq(w.spans.iter().filter(|x| trail_new(x.range())).cloned())
            && old.sentences.iter().filter(|x| lead(x.range())).eq(w.sentences.iter().filter(|x| lead(x.range())))
            && old.sentences.iter().filter(|x| trail_old(x.range())).map(moved_sentence).eq(w.sentences.iter().filter(|x| trail_new(x.range())).cloned())
            && old.attributions.iter().filter(|x| all_in(x, &lead)).eq(w.attributions.iter().filter(|x| all_in(x, &lead)))
            && old.attributions.iter().filter(|x| all_in(x, &trail_old)).map(|x| moved_attribution(x, delta, b_old)).eq(w.attributions.iter().filter(|x| all_in(x, &trail_new)).cloned());
        if !same {
            return Attempt::Fail;
        }

        // The name pronouns after the window stand for must be the one they stood for before.
        let last_new = w.attributions.iter().rev().find(|x| sets_name(new_text, x)).and_then(|x| x.source);
        let last_old = old.attributions.iter().filter(|x| side(x.cue) == 1).rev().find(|x| sets_name(old_text, x)).and_then(|x| x.source);
        match (last_old, last_new) {
            // With no name set anywhere before it, a pronoun stands for the nearest capitalised
            // name in the words before it (a few paragraphs' worth), which may lie in the
            // window: one after the window then cannot be kept as it was.
            (None, None) if !old.attributions.iter().any(|x| side(x.cue) == 0 && sets_name(old_text, x)) && pronoun_first(old_text, old.attributions.iter().filter(|x| side(x.cue) == 2)) => {
                return Attempt::Fail;
            }
            (None, None) => {}
            (Some(o), Some(n)) => {
                // The same words at the same place (moved with the edit when after it).
                let o_moved = if o.end <= a {
                    o
                } else if o.start >= b_old {
                    moved_range(o, delta)
                } else {
                    return Attempt::Fail;
                };
                if o_moved != n || o.slice(old_text) != n.slice(new_text) {
                    return Attempt::Fail;
                }
            }
            _ => return Attempt::Fail,
        }

        // Splice: before the window as it was, the window, after it moved.
        let before = |r: Range| r.end <= ws;
        let after = |r: Range| r.start >= we_old;
        let mut out = Analysis { id: None, ..Analysis::default() };
        out.paragraphs.extend(paras.at(..s).iter().copied());
        out.paragraphs.extend(w.paragraphs.iter().copied());
        out.paragraphs.extend(paras[e + 1..].iter().map(|p| moved_range(*p, delta)));
        out.sentences.extend(old.sentences.iter().filter(|x| before(x.range())).cloned());
        out.sentences.extend(w.sentences);
        out.sentences.extend(old.sentences.iter().filter(|x| after(x.range())).map(moved_sentence));
        out.spans.extend(old.spans.iter().filter(|x| before(x.range())).cloned());
        out.spans.extend(w.spans);
        out.spans.extend(old.spans.iter().filter(|x| after(x.range())).map(|x| moved_span(x, delta)));
        out.attributions.extend(old.attributions.iter().filter(|x| side(x.cue) == 0).cloned());
        out.attributions.extend(w.attributions);
        out.attributions.extend(old.attributions.iter().filter(|x| side(x.cue) == 2).map(|x| moved_attribution(x, delta, b_old)));
        Attempt::Done(out)
    }
}

/// Does a pronoun source come before any named one in `list` (in order of cues)?
fn pronoun_first<'x>(text: &str, list: impl Iterator<Item = &'x Attribution>) -> bool {
    for x in list {
        if is_pronoun(text, x) {
            return true;
        }
        if sets_name(text, x) {
            return false;
        }
    }
    false
}

/// Every line break of `text` is part of a blank line: no whitespace between two visible
/// characters holds exactly one line break, as the tokenizer counts them. Texts with carriage
/// returns or paragraph separators are left to a full analysis.
fn breaks_in_blank_lines(text: &str) -> bool {
    // Run on both texts at every keystroke, so ASCII is read as bytes, and a run of visible ASCII
    // skipped in a tight loop: a search for the two characters and a decoding walk took some 30
    // instructions a byte.
    let b = text.as_bytes();
    let mut newlines = 0;
    let mut seen_visible = false;
    let mut i = 0;
    while i < b.len() {
        let visible = if b[i].is_ascii() {
            i += 1;
            match b[i - 1] {
                b'\n' => {
                    newlines += 1;
                    false
                }
                b'\r' => return false,
                // The rest of ASCII's White_Space.
                b'\t' | 0x0B | 0x0C | b' ' => false,
                _ => true,
            }
        } else {
            let c = text.at(i..).chars().next().expect("i is at a character's start");
            i += c.len_utf8();
            if c == '\u{2029}' {
                return false;
            }
            !c.is_whitespace()
        };
        if visible {
            if seen_visible && newlines == 1 {
                return false;
            }
            seen_visible = true;
            newlines = 0;
            // The rest of a run of visible ASCII changes nothing.
            while i < b.len() && b[i] > b' ' && b[i].is_ascii() {
                i += 1;
            }
        }
    }
    true
}

/// The changed stretch: `[a, b_old)` of the old text became `[a, b_old + new.len() - old.len())`
/// of the new one. Both ends fall on character boundaries of both texts.
fn changed(old: &str, new: &str) -> (usize, usize) {
    let (o, n) = (old.as_bytes(), new.as_bytes());
    let mut a = o.iter().zip(n).take_while(|(x, y)| x == y).count();
    while !old.is_char_boundary(a) || !new.is_char_boundary(a) {
        a -= 1;
    }
    let room = o.len().min(n.len()) - a;
    let mut suffix = o.iter().rev().zip(n.iter().rev()).take(room).take_while(|(x, y)| x == y).count();
    while !old.is_char_boundary(o.len() - suffix) || !new.is_char_boundary(n.len() - suffix) {
        suffix -= 1;
    }
    (a, o.len() - suffix)
}

fn shift(x: usize, by: isize) -> usize {
    (x as isize + by) as usize
}

fn ranges(a: &Attribution) -> impl Iterator<Item = Range> + '_ {
    a.source.iter().copied().chain(std::iter::once(a.cue)).chain(a.content.iter().copied())
}

fn moved_range(r: Range, by: isize) -> Range {
    Range::new(shift(r.start, by), shift(r.end, by))
}

fn moved_span(x: &Span, by: isize) -> Span {
    let mut x = x.clone();
    x.start = shift(x.start, by);
    x.end = shift(x.end, by);
    x
}

/// `x` moved by `by` bytes, and the words its pronoun stands for too when they start at `from` or
/// later: a name before an edit stays where it was.
fn moved_attribution(x: &Attribution, by: isize, from: usize) -> Attribution {
    let mut x = x.clone();
    x.source = x.source.map(|r| moved_range(r, by));
    x.refers_to = x.refers_to.map(|r| if r.start >= from { moved_range(r, by) } else { r });
    x.cue = moved_range(x.cue, by);
    for c in &mut x.content {
        *c = moved_range(*c, by);
    }
    x
}

/// The analysis of a window, in the coordinates of the whole text: offsets by `by` bytes,
/// paragraph numbers by `paragraphs`.
fn moved(mut w: Analysis, by: isize, paragraphs: isize) -> Analysis {
    for p in &mut w.paragraphs {
        *p = moved_range(*p, by);
    }
    for x in &mut w.sentences {
        x.start = shift(x.start, by);
        x.end = shift(x.end, by);
        x.paragraph = shift(x.paragraph, paragraphs);
    }
    for x in &mut w.spans {
        *x = moved_span(x, by);
    }
    for x in &mut w.attributions {
        *x = moved_attribution(x, by, 0);
    }
    w
}

/// A one-word source the engine resolves to a person named elsewhere ("his" holds a view: "In
/// his view, ...").
fn is_pronoun(text: &str, a: &Attribution) -> bool {
    a.source.is_some_and(|r| {
        let w = pronoun_of(r.slice(text));
        ["he", "she", "him", "her", "his"].iter().any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// A one-word source as the engine reads it for pronouns: "He's" and "who’d" are "He" and
/// "who", which stand for a name as the bare word does (and, like it, set none).
fn pronoun_of(w: &str) -> &str {
    if w.contains(char::is_whitespace) {
        w
    } else {
        super::attribution::without_contraction(w)
    }
}

/// An attribution that names its source itself: it becomes the person later pronouns stand for.
/// Only reporting words (not a colon or dash) are followed for that, and only a source that is
/// neither a pronoun nor "who".
/// Nor the frame of a poll's finding ("In a poll by John Smith, ...") or of a view ("To Sharp,
/// ...", "In Professor Knittel's view, ..."), nor an interviewee's "I" in an "A:" answer: these
/// are found or made named after the reports, so a pronoun after them still stands for the name
/// before them.
fn sets_name(text: &str, a: &Attribution) -> bool {
    let cue = a.cue.slice(text);
    let source = a.source.map(|r| pronoun_of(r.slice(text)));
    a.source_kind == SourceKind::Named
        && cue.chars().any(char::is_alphabetic)
        && !cue.eq_ignore_ascii_case("in")
        && !cue.eq_ignore_ascii_case("to")
        && !is_pronoun(text, a)
        && !source.is_some_and(|w| ["who", "i", "we"].iter().any(|p| w.eq_ignore_ascii_case(p)))
        && !held_view(text, a)
}

/// The frame of a view held by its source, "in the view of X", or "in X's view" (the cue a noun
/// of a view, the word before the source "in"; a report's cue "view" has its subject before it,
/// as in "Analysts view it as ...", and a name after "in" is rarely that subject).
fn held_view(text: &str, a: &Attribution) -> bool {
    let cue = a.cue.slice(text);
    let in_before = |r: Range| text.at(..r.start).trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("in"));
    cue.get(..7).is_some_and(|h| h.eq_ignore_ascii_case("in the "))
        || super::attribution::VIEW_NOUNS.iter().any(|n| cue.eq_ignore_ascii_case(n))
            && a.source.is_some_and(|r| r.end <= a.cue.start && in_before(r))
}

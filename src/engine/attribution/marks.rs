//! Punctuation the walks read: quotation marks paired into quotations (also the pairs that
//! exact matching misses), wire-copy datelines, and dashes in the several ways plain text types them.

use crate::engine::document::At;
use super::*;

// These marks are all punctuation tokens: a word (most tokens) is turned away on its kind,
// before its text is looked at. Always inlined but in the page's module, built for size, where
// its 32 inlined copies made the download about 1.6 KB larger.
#[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
pub(super) fn is_quote_mark(doc: &Doc, i: usize) -> bool {
    // Each mark starts with one of these bytes: most punctuation is turned away by the token's
    // first byte, without its text.
    doc.tokens[i].kind == TokenKind::Punct
        && matches!(doc.tokens[i].first_byte(), b'"' | b'\'' | 0xE2 | 0xC2)
        && matches!(doc.token_text(i), "\"" | "\u{201C}" | "\u{201D}" | "\u{00AB}" | "\u{00BB}" | "\u{201E}" | "\u{2018}" | "\u{2019}" | "'")
}

/// Quotations as this module reads them: those from `quotes::find`, plus two kinds that
/// pairing by exact mark misses: a straight mark closed by a curly one (`"like this”`, common in
/// pasted and scraped text), and two apostrophes typed as a double mark (`''like this''`, a house
/// style of some papers). Returns all quotations, separately the closed ones, and the tokens of
/// the semicolons, of the commas before "and", "but", "yet" or "while" (see [`Marks::comma_links`])
/// and of the brackets before a capital, gathered on the way: the pass looks at every mark in
/// every paragraph.
pub(super) fn quotations(doc: &Doc, given: &[Range], para_tokens: &[(usize, usize)]) -> Marks {
    let mut all = Vec::new();
    let mut closed = Vec::new();
    let mut semicolons = Vec::new();
    let mut comma_links = Vec::new();
    let mut brackets = Vec::new();
    for (para, &(first, last)) in doc.paragraphs.iter().zip(para_tokens) {
        let mut open: Option<usize> = None;
        let mut i = first;
        while i < last {
            // Every quotation mark is a punctuation token: the words, most of any text, are
            // passed over without looking at their text, in one tight scan.
            match next_punct(&doc.tokens[i..last]) {
                Some(k) => i += k,
                None => break,
            }
            // Told by the first byte: most punctuation is one ASCII byte, and the curly and
            // angle marks, the only longer tokens asked about, start with 0xE2 or 0xC2.
            let one = doc.tokens[i].end - doc.tokens[i].start == 1;
            let (opens, closes, width) = match doc.tokens[i].first_byte() {
                b'"' if one => (true, true, 1),
                b'(' if one && i + 1 < last && starts_upper(doc, i + 1) => {
                    brackets.push(i);
                    (false, false, 1)
                }
                b'\'' if one && i + 1 < last && doc.is(i + 1, "'") && doc.tokens[i].end == doc.tokens[i + 1].start => (true, true, 2),
                b';' if one => {
                    semicolons.push(i);
                    (false, false, 1)
                }
                b',' if one => {
                    // Asked of every comma, most of them before no cue: the next word's first
                    // letter leaves at most two words it can be (`doc.is` holds only for a token
                    // that starts with its word's letter), each turned away by `doc.is` on its
                    // length, where `AND_BUT` would look it up.
                    let next = doc.tokens.get(i + 1).map_or(0, |t| t.first_byte().to_ascii_lowercase());
                    let is = |word: &str| doc.is(i + 1, word);
                    match next {
                        b'a' if is("and") => comma_links.push(i),
                        b'b' if is("but") => comma_links.push(i),
                        b'y' if is("yet") => comma_links.push(i),
                        // (A contrast joins a second report too: "..., while Oxfam said".)
                        b'w' if is("while") => comma_links.push(i),
                        // "... copied from a bridge in New York, although this has been
                        // disputed": a concession after a comma is the writer's, and ends a
                        // content as a semicolon does.
                        b'a' if is("although") => semicolons.push(i),
                        b't' if is("though") => semicolons.push(i),
                        b'w' if is("whereas") => semicolons.push(i),
                        // So does the writer's noun that sums the words up: "claimed the rules
                        // had changed, a charge the department denied".
                        b'a' if (is("a") || is("an")) && i + 2 < last && doc.is_any(i + 2, SUMMING_NOUNS) => semicolons.push(i),
                        // (With the comma inside a quotation: '... of "fuelling inflation," a charge
                        // ...'. The words then end after the closing mark.)
                        b'"' | 0xE2 if i + 3 < last && is_quote_mark(doc, i + 1) && (doc.is(i + 2, "a") || doc.is(i + 2, "an")) && doc.is_any(i + 3, SUMMING_NOUNS) => {
                            semicolons.push(i + 2)
                        }
                        // ('... as "a failure," and Oxfam said': the closing mark stands between
                        // the comma and the word, and is listed in the comma's place.)
                        b'"' | 0xE2 if i + 2 < last && is_quote_mark(doc, i + 1) && doc.is_any(i + 2, words!["and", "but", "yet", "while"]) => comma_links.push(i + 1),
                        _ => {}
                    }
                    (false, false, 1)
                }
                0xE2 | 0xC2 => match doc.token_text(i) {
                    "\u{201C}" => {
                        // An opening mark glued to the end of a quoted clause (“...,“ said X) closes it,
                        // as it closes one opened low („...“).
                        let glued = i > first && doc.tokens[i - 1].end == doc.tokens[i].start && doc.tokens[i - 1].kind == TokenKind::Punct;
                        let low = open.is_some_and(|start| doc.text.as_bytes().at(start..).starts_with("\u{201E}".as_bytes()));
                        (true, glued || low, 1)
                    }
                    "\u{00AB}" | "\u{201E}" => (true, false, 1),
                    "\u{201D}" | "\u{00BB}" => (false, true, 1),
                    _ => (false, false, 1),
                },
                _ => (false, false, 1),
            };
            match open {
                None if opens => open = Some(doc.tokens[i].start),
                Some(start) if closes => {
                    let r = Range::new(start, doc.tokens[i + width - 1].end);
                    all.push(r);
                    closed.push(r);
                    open = None;
                }
                _ => {}
            }
            i += width;
        }
        if let Some(start) = open {
            all.push(Range::new(start, para.end));
        }
    }
    // Keep any quotation found upstream that this pairing missed.
    // Both lists normally come sorted and disjoint: then an overlap is found by binary search
    // against the pairs found here, and the upstream ones cannot overlap each other (a linear
    // scan would make a text of many quotation marks quadratic). Otherwise, scan everything.
    let disjoint = |v: &[Range]| v.windows(2).all(|w| w[0].end <= w[1].start && w[0].start < w[0].end);
    let sorted = disjoint(&all) && disjoint(given);
    let paired = all.len();
    for q in given {
        let missed = if sorted {
            let k = all.at(..paired).partition_point(|r| r.end <= q.start);
            !all.at(..paired).get(k).is_some_and(|r| r.overlaps(*q))
        } else {
            !all.iter().any(|r| r.overlaps(*q))
        };
        if missed {
            all.push(*q);
            if doc.token_at_or_after(q.end) > 0 && is_quote_mark(doc, doc.token_at_or_after(q.end) - 1) {
                closed.push(*q);
            }
        }
    }
    // (The crate's one stable sort: each call of the standard one is a copy in the page.)
    crate::sort::sort_by(&mut all, Range::cmp);
    crate::sort::sort_by(&mut closed, Range::cmp);
    Marks { quotes: all, closed, semicolons, comma_links, brackets }
}

/// Where the first punctuation token of `tokens` is. Natively four tokens are tested after one
/// test of room for them: the test of the end at every token was a third of the scan's
/// instructions, and the scan passes over every word of the text. (The wasm modules keep the
/// plain scan: the unrolled one made the page's 420 bytes larger.)
#[inline(always)]
fn next_punct(tokens: &[crate::engine::document::Token]) -> Option<usize> {
    let punct = |t: &crate::engine::document::Token| t.kind == TokenKind::Punct;
    if cfg!(target_arch = "wasm32") {
        return tokens.iter().position(punct);
    }
    let mut k = 0;
    while let [a, b, c, d, ..] = &tokens[k..] {
        if punct(a) {
            return Some(k);
        }
        if punct(b) {
            return Some(k + 1);
        }
        if punct(c) {
            return Some(k + 2);
        }
        if punct(d) {
            return Some(k + 3);
        }
        k += 4;
    }
    tokens[k..].iter().position(punct).map(|p| k + p)
}

/// What the quotation pass gathers (see [`quotations`]); the token lists are sorted.
pub(super) struct Marks {
    pub(super) quotes: Vec<Range>,
    pub(super) closed: Vec<Range>,
    pub(super) semicolons: Vec<usize>,
    /// Commas right before "and", "but", "yet" or "while", and closing quotation marks right after such
    /// a comma: the only places where [`report_joins`] can find a join.
    pub(super) comma_links: Vec<usize>,
    /// Opening brackets before a capital: where [`cited`] looks for citations.
    pub(super) brackets: Vec<usize>,
}

pub(super) fn quote_opening_at(doc: &Doc, quotes: &[Range], i: usize) -> Option<Range> {
    if i >= doc.tokens.len() || !is_quote_mark(doc, i) {
        return None;
    }
    let start = doc.tokens[i].start;
    let k = quotes.partition_point(|q| q.start < start);
    quotes.get(k).filter(|q| q.start == start).copied()
}

pub(super) fn quote_closing_at(doc: &Doc, quotes: &[Range], i: usize) -> Option<Range> {
    if !is_quote_mark(doc, i) {
        return None;
    }
    let end = doc.tokens[i].end;
    // Quotations never overlap, so their ends are sorted like their starts.
    let k = quotes.partition_point(|q| q.end < end);
    quotes.get(k).filter(|q| q.end == end && q.start != doc.tokens[i].start).copied()
}

/// Is `r` exactly one of the quotations?
pub(super) fn is_quotation(quotes: &[Range], r: Range) -> bool {
    quotes.binary_search(&r).is_ok()
}

pub(super) fn quote_containing(quotes: &[Range], byte: usize) -> Option<Range> {
    let i = quotes.partition_point(|q| q.end <= byte);
    (i < quotes.len() && quotes[i].start <= byte).then(|| quotes[i])
}

pub(super) fn is_end_punct(doc: &Doc, i: usize) -> bool {
    // One-byte marks, read off the token without its text: the walks ask this of most tokens.
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct && t.end - t.start == 1 && matches!(t.first_byte(), b'.' | b'!' | b'?' | b';')
}

/// Where a wire-copy dateline opening the sentence ends: "LONDON (Reuters) - ", "NEW YORK, May 3
/// (AP) -- ". It says where the story was filed, not what anyone reported. It opens with a
/// place in capitals and holds no lower-case word outside its brackets.
pub(super) fn dateline_end(doc: &Doc, first: usize, end: usize) -> Option<usize> {
    // "10:42 pm – ", "14:05 GMT - ": a live report's time stamp is its dateline.
    if first + 3 < end && super::walk::clock_colon(doc, first + 1) {
        let k = (first + 3..end.min(first + 6)).find(|&k| !(is_mark(doc, k, b'.') || doc.is_any(k, words!["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "et"])))?;
        return (is_dash(doc, k) && k + 1 < end).then_some(k + 1);
    }
    // ("Washington (AFP) – ": a place in title case is a dateline when an agency's bracket
    // follows it.)
    let place = doc.token_text(first);
    let capitals = place.chars().all(|c| c.is_uppercase());
    // (A place of up to three words: "New York (AFP) – ".)
    let agency = || (first + 1..end.min(first + 4)).find(|&k| !starts_upper(doc, k)).is_some_and(|k| doc.is(k, "("));
    if place.len() < 3 || !capitals && !(starts_upper(doc, first) && agency()) {
        return None;
    }
    let mut in_brackets = false;
    for k in first + 1..end.min(first + 12) {
        match doc.token_text(k) {
            "(" => in_brackets = true,
            ")" => in_brackets = false,
            _ if !in_brackets && (is_dash(doc, k) || is_mark(doc, k, b'-')) => {
                // "--" is two tokens.
                let after = (k + 1..end).find(|&j| !is_mark(doc, j, b'-')).unwrap_or(end);
                return (after < end).then_some(after);
            }
            t if !in_brackets && doc.tokens[k].kind == TokenKind::Word && t.starts_with(char::is_lowercase) => return None,
            _ => {}
        }
    }
    None
}

/// Is token `i` a dash, or part of one: a dash character, or what plain text types for one, a
/// double hyphen ("justice -- who", "earnings--which": two tokens, and each answers) or a hyphen
/// with space on both sides ("Reynolds - his girlfriend -"). A hyphen inside a word
/// ("well-known", "3-2"), a minus sign ("-5") and a run of hyphens drawn as a rule are none, nor
/// is a lone hyphen opening a line: the segmenter reads "- item" as a list item.
#[inline]
pub(super) fn is_dash(doc: &Doc, i: usize) -> bool {
    // As in `is_quote_mark`: the first byte turns most punctuation away. That much stays in line,
    // for the scans that ask it of token after token; the hyphens' neighbours are read out of line.
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct && matches!(t.first_byte(), b'-' | 0xE2) && is_dash_slow(doc, i)
}

#[inline(never)]
pub(super) fn is_dash_slow(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    match doc.token_text(i) {
        "\u{2014}" | "\u{2013}" | "\u{2015}" => true,
        "-" => {
            let (first, last) = (hyphen_run_start(doc, i), hyphen_run_end(doc, i));
            if first < last {
                // ("---" is typed for a dash too; a longer run is a rule.)
                return last - first <= 2;
            }
            i > 0 && i + 1 < doc.tokens.len() && t.newlines_before == 0 && doc.tokens[i - 1].end < t.start && t.end < doc.tokens[i + 1].start
        }
        _ => false,
    }
}

/// Is token `i` a hyphen written right after the token before it, itself a hyphen?
pub(super) fn hyphen_joins_previous(doc: &Doc, i: usize) -> bool {
    i > 0 && is_mark(doc, i, b'-') && is_mark(doc, i - 1, b'-') && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// The first token of the run of touching hyphens through token `i` (`i` itself when it is no
/// hyphen or stands alone). At most four back: a run any longer is no dash.
pub(super) fn hyphen_run_start(doc: &Doc, i: usize) -> usize {
    let mut k = i;
    while i - k < 4 && hyphen_joins_previous(doc, k) {
        k -= 1;
    }
    k
}

/// The last token of the run of touching hyphens through token `i`, as [`hyphen_run_start`].
pub(super) fn hyphen_run_end(doc: &Doc, i: usize) -> usize {
    let mut k = i;
    while k - i < 4 && k + 1 < doc.tokens.len() && hyphen_joins_previous(doc, k + 1) {
        k += 1;
    }
    k
}

/// Is token `i` a dash character (en, em or horizontal bar), not one typed as hyphens? For the
/// few places where a typed dash more often means something else.
pub(super) fn is_dash_char(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct && t.first_byte() == 0xE2 && matches!(doc.token_text(i), "\u{2014}" | "\u{2013}" | "\u{2015}")
}

/// After an aside between dashes, the first opening at token `dash`, the "that" that opens the
/// words: "argued — rebuking Mr. Trump by name — that the nominee had ...". Only a short aside:
/// a dash further on closes something else. `end`: where the sentence ends.
pub(super) fn that_after_aside(doc: &Doc, dash: usize, end: usize) -> Option<usize> {
    let open = hyphen_run_end(doc, dash);
    let close = (open + 2..end.min(open + 20)).find(|&k| is_dash(doc, k)).map(|k| hyphen_run_end(doc, k))?;
    (close + 1 < end && doc.is(close + 1, "that")).then_some(close + 1)
}

/// The "that" after an aside that a comma at token `comma` opens and another comma closes
/// ("have warned, in unusually blunt language, that ..."), when the aside is short.
pub(super) fn that_after_comma_aside(doc: &Doc, comma: usize, end: usize) -> Option<usize> {
    let close = (comma + 2..end.min(comma + 16)).find(|&k| is_mark(doc, k, b','))?;
    (close + 1 < end && doc.is(close + 1, "that")).then_some(close + 1)
}

/// The first token of a dash that ends at token `k` (see [`is_dash`]).
pub(super) fn dash_at(doc: &Doc, k: usize) -> Option<usize> {
    is_dash(doc, k).then(|| hyphen_run_start(doc, k))
}

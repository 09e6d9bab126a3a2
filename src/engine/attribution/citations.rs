//! Citations in brackets: "Short sleep is linked to weight gain (Cappuccio et al., 2008)" rests
//! the clause before the brackets on the work cited, as "according to" would. Papers, abstracts
//! and essays source their claims this way, and a reader checking sourcing wants the clause
//! counted as sourced, under the authors.

use crate::engine::wordlist::Words;
use super::*;

/// Conjunctions that open a clause of its own after a comma, whose citation is its alone.
const JOINING: Words = words!["but", "though", "although", "while", "whereas", "yet", "and"];

/// Reports for the author-year citations in brackets that close a clause holding no report of
/// its own with a source a reader could check ("Walker argues that ... (Walker 2017)" is
/// already his). The cue is the bracketed citation, the source what is inside it. `brackets`:
/// the opening brackets before a capital, which the quotation pass gathers on its way through
/// the punctuation.
pub(super) fn cited(doc: &Doc, brackets: &[usize], found: &[Attribution]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for &open in brackets {
        let Some(close) = citation(doc, open) else { continue };
        let s = &doc.sentences[doc.sentence_of(open)];
        if open < s.first + 3 || s.block == crate::engine::segment::Block::Metadata {
            continue;
        }
        // The clause ends at the brackets and opens at the sentence, after a semicolon or colon,
        // after a conjunction that joins a clause of its own ("..., although the effect may be
        // larger (Chen 2008)"), or after an earlier citation's bracket.
        let mut start = (s.first..open)
            .rev()
            .find_map(|k| {
                if is_mark(doc, k, b';') || is_mark(doc, k, b':') || is_mark(doc, k, b')') && k + 2 < open && is_mark(doc, k + 1, b',') {
                    Some(k + 1 + usize::from(is_mark(doc, k + 1, b',')))
                } else {
                    (is_mark(doc, k, b',') && k + 1 < open && doc.is_any(k + 1, JOINING)).then_some(k + 2)
                }
            })
            .unwrap_or(s.first);
        if start < open && doc.is_any(start, JOINING) {
            start += 1;
        }
        if (start..open).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count() < 3 {
            continue;
        }
        // (A vague report's citation still names who found it: "Several studies have found
        // that naps help (Smith 2019; Lee 2020)".)
        let clause = doc.token_span(start, open);
        if found.iter().any(|a| clause.contains(a.cue) && !matches!(a.source_kind, SourceKind::Vague | SourceKind::None)) {
            continue;
        }
        let mut a = Attribution {
            source: Some(doc.token_span(open + 1, close)),
            cue: doc.token_span(open, close + 1),
            content: vec![clause],
            // (Authors are people, but "World Health Organization, 2019" is a body.)
            source_kind: match source::classify(doc, open + 1, (open + 1..close).find(|&k| doc.tokens[k].kind != TokenKind::Word).unwrap_or(close)) {
                Class::Kind(SourceKind::Institution) => SourceKind::Institution,
                _ => SourceKind::Named,
            },
            stance: Stance::Endorsing,
            refers_to: None,
            why: String::new(),
        };
        a.why = explain(doc, &a, None, "a citation in brackets: the writer rests the clause before it on the work cited");
        out.push(a);
    }
    out
}

/// The closing bracket of an author-year citation whose opening bracket is token `open`:
/// "(Cappuccio et al., 2008)", "(Chen, Beydoun and Wang 2008)", "(Smith 2019; Lee 2020a)",
/// "(World Health Organization, 2019)". Names in capitals and the words that join them, each
/// reference ending in its year; "(March 2008)", "(see below)" and "(the largest since 2008)"
/// are none.
fn citation(doc: &Doc, open: usize) -> Option<usize> {
    let n = doc.tokens.len();
    if open + 3 >= n || doc.is_any(open + 1, TIME_WORDS) {
        return None;
    }
    let year = |k: usize| {
        let t = doc.token_bytes(k);
        t.len() >= 4 && t.len() <= 5 && t[..4].iter().all(u8::is_ascii_digit) && (t.len() == 4 || t[4].is_ascii_lowercase()) && matches!(&t[..2], b"16" | b"17" | b"18" | b"19" | b"20")
    };
    // Each reference needs a name before its year, and the citation ends on a year.
    let mut named = false;
    let mut last_year = false;
    for k in open + 1..n.min(open + 40) {
        let ok = if year(k) {
            if !named {
                return None;
            }
            last_year = true;
            true
        } else if is_mark(doc, k, b')') {
            return last_year.then_some(k);
        } else if is_mark(doc, k, b';') {
            if !last_year {
                return None;
            }
            named = false;
            true
        } else {
            last_year = false;
            // (A name has lower-case letters: "(MMGU 1926)" is a code and a number.)
            if starts_upper(doc, k) && doc.tokens[k].kind == TokenKind::Word {
                named |= doc.token_bytes(k).iter().any(u8::is_ascii_lowercase);
                true
            } else {
                matches!(doc.token_text(k), "," | "." | "&" | "-" | "'" | "\u{2019}" | "al.") || doc.is_any(k, words!["et", "al", "and", "van", "von", "de", "der", "den", "du", "da", "del", "la", "le"])
            }
        };
        if !ok {
            return None;
        }
    }
    None
}

//! A company's short name: "Target Corp said ... Target said". Without its legal form the name
//! reads like a person's ("Target", "Moody's"), so a source that repeats the first words of a
//! company named in full a little before it is that company.
//!
//! Looked for in the source's paragraph and the two before it, no further: a re-analysis after
//! an edit (`incremental`) analyses two unchanged paragraphs on either side of the change, so an
//! answer read from no more than two paragraphs back is the same there as in the whole text.

use super::classes::Doc;
use super::source::LEGAL_FORMS;
use crate::engine::result::Range;

/// Words of an industry or a holding that end companies' names, as a legal form does: "Halberd
/// Mining ... Halberd said". (Not a body's word that a person's name also heads: "the Clinton
/// Foundation ... Clinton said" is the candidate.)
const INDUSTRIES: crate::engine::wordlist::Words = words![
    "mining", "airways", "airlines", "bancorp", "motors", "industries", "pharmaceuticals", "technologies", "laboratories", "petroleum",
    "metals", "minerals", "systems", "energy", "holdings", "group", "resources", "chemicals", "electronics", "communications",
    "financial", "insurance", "oil", "foods", "robotics", "labs", "software", "therapeutics", "networks", "brands", "pharma",
];

/// Words for a business that a name in apposition follows: "the startup, Voltaic Labs,".
pub(super) const BUSINESSES: crate::engine::wordlist::Words = words![
    "company", "firm", "startup", "developer", "manufacturer", "retailer", "lender", "insurer", "carrier", "chain", "operator",
    "supplier", "brand", "business",
];

/// Does the comma at `comma` set off a name after a word for a business: "The developer,
/// Castlegate Homes,", "the mine's operator, Andes Copper,", "the carmaker, BYD,"?
/// ("The lawmaker, Jane Doe," and "the film-maker, Ken Loach," are people: makers of things
/// other than goods, looked up without their hyphen.)
pub(super) fn business_before(doc: &Doc, comma: usize) -> bool {
    comma >= 1 && super::is_mark(doc, comma, b',') && (doc.is_any(comma - 1, BUSINESSES) || maker_of_goods(doc, comma - 1))
}

/// Is token `k` a word for a business that a name can follow without a comma: "the telecom
/// operator Vexa", "carmaker Stellantis" ("the software developer Jane Roe" is a person)? Not
/// after "a": "a company Cross is forming", "a tire business Rose estimated would be worth"
/// open a relative clause with the name as its subject.
pub(super) fn business_word(doc: &Doc, k: usize) -> bool {
    (doc.is_any(k, BUSINESSES) && !doc.is(k, "developer") || maker_of_goods(doc, k))
        && !(k.saturating_sub(3)..k).rev().take_while(|&j| doc.tokens[j].kind == crate::engine::document::TokenKind::Word).any(|j| doc.is_any(j, words!["a", "an"]))
}

/// Is token `k` a maker of goods ("carmaker", "drugmaker", "the vaccine maker"), not of laws,
/// films or peace?
fn maker_of_goods(doc: &Doc, k: usize) -> bool {
    let t = doc.token_bytes(k);
    (t.ends_with(b"maker") || t.ends_with(b"makers")) && !people_maker(doc, k)
}

/// Is token `k` a maker who is a person: "lawmaker", "film-maker" ("maker" alone is listed as an
/// organisation's word)?
pub(super) fn people_maker(doc: &Doc, k: usize) -> bool {
    doc.is_any(k, PEOPLE_MAKERS) || doc.is_any(k, words!["maker", "makers"]) && k >= 2 && doc.is(k - 1, "-") && doc.is_any(k - 2, PEOPLE_MAKING)
}

/// Makers who are people.
const PEOPLE_MAKERS: crate::engine::wordlist::Words = words![
    "lawmaker", "lawmakers", "policymaker", "policymakers", "filmmaker", "filmmakers", "moviemaker", "moviemakers", "peacemaker",
    "peacemakers", "playmaker", "playmakers", "troublemaker", "troublemakers", "homemaker", "homemakers", "dressmaker", "rainmaker",
    "kingmaker", "matchmaker", "film-maker", "film-makers", "decision-maker", "decision-makers", "policy-maker", "policy-makers",
];

/// What makers who are people make, before a hyphen: "film-maker", "decision-maker".
const PEOPLE_MAKING: crate::engine::wordlist::Words = words!["film", "movie", "law", "policy", "decision", "peace", "deal", "rule", "documentary"];

/// The company that the source's tokens `i..j` shorten, named in full after token `floor`:
/// decided by the nearest earlier mention of the same words with capitalised words after them,
/// a company when those hold a legal form ("Target Corp", "Moody's Investors Service Inc").
/// ("Henry Ford II said ... Ford said": the nearest such mention is no company. "David Wyss of
/// Data Resources Inc": a mention followed by a lower-case word, "of" as "said", is passed over.)
// (Kept out of `detect`: the page's module came out 4 bytes smaller, within a rebuild's noise.)
#[inline(never)]
pub(super) fn company_before(doc: &Doc, i: usize, j: usize, floor: usize) -> Option<Range> {
    let n = j - i;
    let mut k = i.saturating_sub(n);
    while k > floor {
        k -= 1;
        // Each source walks back over up to two paragraphs: the next token that could start the
        // same words is found by its first byte and length, kept in the token, in a loop of its
        // own, before any text is compared.
        if n > 0 {
            let t = &doc.tokens[i];
            let (head, len) = (t.first_byte(), t.end - t.start);
            while doc.tokens[k].first_byte() != head || doc.tokens[k].end - doc.tokens[k].start != len {
                if k == floor {
                    return None;
                }
                k -= 1;
            }
        }
        if (0..n).any(|d| doc.token_bytes(k + d) != doc.token_bytes(i + d)) {
            continue;
        }
        // (A legal form ends the name; an industry's word may not: "Bryson Oil and Gas Plc".)
        let mut m = k + n;
        let mut company = None;
        while m < i && (super::source::is_cap(doc, m) || doc.is(m, "and")) {
            if doc.is_any(m, LEGAL_FORMS) {
                return Some(doc.token_span(k, m + 1));
            }
            if doc.is_any(m, INDUSTRIES) {
                company = Some(doc.token_span(k, m + 1));
            }
            m += 1;
        }
        // "The developer, Castlegate Homes, ...": a name set off after a word for a business is
        // one, whatever its last word.
        // (Set off on both sides: "for the company, Holden-Brown said" is a clause's subject.)
        // So is one right after such a word, "from the telecom operator Vexa".
        if company.is_some() || k >= 2 && business_before(doc, k - 1) && m < i && super::is_mark(doc, m, b',') || k >= 1 && business_word(doc, k - 1) {
            return company.or(Some(doc.token_span(k, m)));
        }
        // (Lower-case words right after it: the short name again, "Target said".)
        if m > k + n {
            return None;
        }
    }
    None
}

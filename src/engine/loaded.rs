//! Loaded language: emotive or loaded wording ("hegemony", "bombshell", "slammed", "so-called",
//! "very, very") that colours a report instead of informing it.
//!
//! A lexicon lookup over `lexicons/loaded.tsv`; each hit becomes a `Loaded`/`Emotive` span, marked
//! quoted when it sits inside a direct quotation (then it is the quoted speaker's wording, which a
//! reader weighs differently from the author's own).

use std::sync::OnceLock;

use super::document::Document;
use super::lexicon::Lexicon;
use super::quotes::is_quoted;
use super::result::{Category, CueKind, Range, Span};

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(include_str!("../../lexicons/loaded.tsv")))
}

pub fn detect(doc: &Document, quotes: &[Range]) -> Vec<Span> {
    detect_with(lexicon(), doc, quotes)
}

/// [`detect`] with another lexicon of the same format (to measure candidate word lists).
pub fn detect_with(lex: &Lexicon, doc: &Document, quotes: &[Range]) -> Vec<Span> {
    lex.find(doc)
        .iter()
        .map(|h| {
            let range = doc.token_span(h.first, h.last);
            let e = lex.entry(h);
            let why = if e.why.is_empty() { "Loaded wording.".to_string() } else { format!("Loaded language: {}.", e.why) };
            super::span(doc, h.first, h.last, Category::Loaded, CueKind::Emotive, is_quoted(quotes, range), why)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::quotes;

    fn loaded(text: &str) -> Vec<(String, bool)> {
        let doc = Document::new(text);
        let q = quotes::find(&doc);
        detect(&doc, &q).into_iter().map(|s| (s.text, s.quoted)).collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("The senator slammed the so-called reform as a disastrous scheme.", &["slammed", "so-called", "disastrous", "scheme"]),
        ("Rebels say the regime hired thugs to break up the march.", &["regime", "thugs"]),
        ("It was a very, very bad week for the bank.", &["very, very"]),
        ("The report is a bombshell for the draconian law.", &["bombshell", "draconian"]),
        ("He called the inquiry a witch hunt and utterly outrageous.", &["witch hunt", "utterly", "outrageous"]),
        ("Critics describe the hurried vote as Western hegemony.", &["hurried", "hegemony"]),
        // Plain reporting has no loaded words.
        ("The council approved the budget on Tuesday by seven votes to two.", &[]),
        ("The river rose two metres after the storm.", &[]),
    ];

    #[test]
    fn loaded_words_are_found() {
        for (text, expected) in CASES {
            let got: Vec<String> = loaded(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn quoted_loaded_words_are_marked_quoted() {
        assert_eq!(loaded("She said the plan was “a shocking failure”."), [("shocking".to_string(), true)]);
        assert_eq!(loaded("The shocking plan failed."), [("shocking".to_string(), false)]);
    }

    #[test]
    fn spans_carry_a_reason() {
        let doc = Document::new("A shocking result.");
        let s = detect(&doc, &[]);
        assert_eq!((s[0].category, s[0].kind), (Category::Loaded, CueKind::Emotive));
        assert!(s[0].why.contains("shocking"));
    }
}

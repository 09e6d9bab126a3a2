//! The compact JSON of an [`Analysis`], written by hand: the very bytes
//! `serde_json::to_writer(&analysis)` writes, at a fraction of the cost.
//!
//! The command line's batches and the JS API write one such document per text, and through
//! serde the writing cost about 40 % as much as the analysis itself: every field name went
//! through the string escaper byte by byte, and every value through a chain of generic calls.
//! Here the names and punctuation are constants and only the text-bearing strings are scanned.
//! Numbers are formatted by the crates serde_json formats them with, so they come out the same;
//! the scores, rounded to thousandths, are written as their digits, which is what those crates
//! write for them (a test checks every one).
//! It writes a `String`, which the JS API returns as it is: bytes would have to be checked for
//! UTF-8 first, a pass over the whole document.
//!
//! The derived `Serialize` stays the contract (pretty output and exports use it); the tests hold
//! this writer to it. `crate::view` writes a saved or shared view with the same pieces.

use crate::engine::document::At;
use super::result::*;

/// Appends `analysis` as compact JSON to `out`.
pub fn write(analysis: &Analysis, out: &mut String) {
    out.push('{');
    if let Some(id) = &analysis.id {
        out.push_str("\"id\":");
        string(out, id);
        out.push(',');
    }
    out.push_str("\"paragraphs\":[");
    for (i, p) in analysis.paragraphs.iter().enumerate() {
        comma(out, i);
        range(out, *p);
    }
    out.push_str("],\"sentences\":[");
    for (i, s) in analysis.sentences.iter().enumerate() {
        comma(out, i);
        sentence(out, s);
    }
    out.push_str("],\"spans\":[");
    for (i, s) in analysis.spans.iter().enumerate() {
        comma(out, i);
        span(out, s);
    }
    out.push_str("],\"attributions\":[");
    for (i, a) in analysis.attributions.iter().enumerate() {
        comma(out, i);
        attribution(out, a);
    }
    out.push_str("]}");
}

/// `analysis` as a compact JSON string.
pub fn to_string(analysis: &Analysis) -> String {
    let mut out = String::with_capacity(room(analysis));
    write(analysis, &mut out);
    out
}

/// `analysis` as pretty JSON, the bytes `serde_json::to_string_pretty` writes: the compact
/// writing laid out as serde lays it out. The page's JSON export writes it so, which keeps
/// serde's serializers out of the page's module (about 1 KB after compression).
pub fn to_string_pretty(analysis: &Analysis) -> String {
    indent(&to_string(analysis))
}

/// Lays out compact JSON as serde_json's pretty printer does: each member of a non-empty object
/// or array on a line of its own, two spaces deeper than its brackets, `": "` after a name, and
/// an empty object or array as `{}` or `[]`. Strings are copied whole, brackets and all.
fn indent(compact: &str) -> String {
    let b = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 2);
    let line = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let (mut depth, mut i, mut copied) = (0, 0, 0);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while *b.at(i) != b'"' {
                    i += if *b.at(i) == b'\\' { 2 } else { 1 };
                }
            }
            c @ (b'{' | b'[' | b'}' | b']' | b',' | b':') => {
                // Every structural byte is ASCII, so the text before it ends between characters.
                out.push_str(compact.at(copied..i));
                copied = i + 1;
                match c {
                    b'{' | b'[' if matches!(b.get(i + 1), Some(b'}' | b']')) => {
                        out.push_str(compact.at(i..i + 2));
                        i += 1;
                        copied = i + 1;
                    }
                    b'{' | b'[' => {
                        out.push(char::from(c));
                        depth += 1;
                        line(&mut out, depth);
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        line(&mut out, depth);
                        out.push(char::from(c));
                    }
                    b',' => {
                        out.push(',');
                        line(&mut out, depth);
                    }
                    _ => out.push_str(": "),
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(compact.at(copied..));
    out
}

/// About how long the JSON of `analysis` is, a little more as a rule: a string grown from
/// nothing instead reallocated and copied itself a dozen times per text, which cost a third as
/// much as writing it. Besides the strings, each item takes at most about this much (with
/// offsets of up to seven digits); escapes or longer offsets cost at worst one more growth.
fn room(a: &Analysis) -> usize {
    let sentences: usize = a.sentences.iter().map(|s| 125 + s.why.len()).sum();
    let spans: usize = a.spans.iter().map(|s| 110 + s.text.len() + s.why.len()).sum();
    let attributions: usize = a.attributions.iter().map(|a| 145 + 32 * a.content.len() + a.why.len()).sum();
    80 + a.id.as_ref().map_or(0, String::len) + 32 * a.paragraphs.len() + sentences + spans + attributions
}

fn sentence(out: &mut String, s: &Sentence) {
    out.push_str("{\"start\":");
    number(out, s.start);
    out.push_str(",\"end\":");
    number(out, s.end);
    out.push_str(",\"paragraph\":");
    number(out, s.paragraph);
    out.push_str(",\"certainty\":");
    float(out, s.certainty);
    out.push_str(",\"claim\":");
    match &s.claim {
        None => out.push_str("null"),
        Some(c) => {
            out.push_str("{\"kind\":");
            out.push_str(claim_kind(c.kind));
            out.push_str(",\"checkworthiness\":");
            float(out, c.checkworthiness);
            out.push('}');
        }
    }
    if let Some(n) = s.non_claim {
        out.push_str(",\"non_claim\":");
        out.push_str(non_claim(n));
    }
    out.push_str(",\"why\":");
    string(out, &s.why);
    out.push('}');
}

fn span(out: &mut String, s: &Span) {
    out.push_str("{\"start\":");
    number(out, s.start);
    out.push_str(",\"end\":");
    number(out, s.end);
    out.push_str(",\"text\":");
    string(out, &s.text);
    out.push_str(",\"category\":");
    out.push_str(category(s.category));
    out.push_str(",\"kind\":");
    out.push_str(cue_kind(s.kind));
    if s.quoted {
        out.push_str(",\"quoted\":true");
    }
    out.push_str(",\"why\":");
    string(out, &s.why);
    out.push('}');
}

fn attribution(out: &mut String, a: &Attribution) {
    out.push_str("{\"source\":");
    match a.source {
        None => out.push_str("null"),
        Some(r) => range(out, r),
    }
    out.push_str(",\"cue\":");
    range(out, a.cue);
    out.push_str(",\"content\":[");
    for (i, r) in a.content.iter().enumerate() {
        comma(out, i);
        range(out, *r);
    }
    out.push_str("],\"source_kind\":");
    out.push_str(source_kind(a.source_kind));
    out.push_str(",\"stance\":");
    out.push_str(stance(a.stance));
    if let Some(r) = a.refers_to {
        out.push_str(",\"refers_to\":");
        range(out, r);
    }
    out.push_str(",\"why\":");
    string(out, &a.why);
    out.push('}');
}

#[inline]
fn comma(out: &mut String, i: usize) {
    if i > 0 {
        out.push(',');
    }
}

fn range(out: &mut String, r: Range) {
    out.push_str("{\"start\":");
    number(out, r.start);
    out.push_str(",\"end\":");
    number(out, r.end);
    out.push('}');
}

/// Inlined natively, where it is called some 150,000 times per 2 MB of news; the page's module,
/// built for size, writes the digits as the library gives them.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn number(out: &mut String, n: usize) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    if cfg!(target_arch = "wasm32") {
        out.push_str(digits);
        return;
    }
    // A copy of a length known only as it runs is a call of the C library's copy, which cost
    // more than the formatting: here each length has a copy of its own, a few moves in line
    // (2.2 M instructions less per 2 MB of news).
    macro_rules! by_length {
        ($($len:literal)*) => {
            match digits.len() {
                $($len => out.push_str(&digits[..$len]),)*
                _ => out.push_str(digits),
            }
        };
    }
    by_length!(1 2 3 4 5 6 7 8 9 10);
}

fn float(out: &mut String, x: f32) {
    // Every score the engine writes is rounded to thousandths from 0 to 1: the shortest form
    // that reads back as the same float is then its three decimals less their trailing zeros,
    // written here without the general search for a shortest form (about 90 instructions).
    // (The cast takes what is not a positive number to 0, which is left to the general case
    // with zero itself, as that knows -0.0 from 0.0; the test after it makes any rounding safe.)
    let k = (x * 1000.0 + 0.5) as u32;
    if (1..1000).contains(&k) && k as f32 / 1000.0 == x {
        let digit = |d: u32| char::from(b'0' + d as u8);
        out.push_str("0.");
        out.push(digit(k / 100));
        if k % 100 != 0 {
            out.push(digit(k / 10 % 10));
            if k % 10 != 0 {
                out.push(digit(k % 10));
            }
        }
    } else if x.is_finite() {
        out.push_str(zmij::Buffer::new().format_finite(x));
    } else {
        // serde_json writes what JSON cannot hold as null.
        out.push_str("null");
    }
}

/// A JSON string, escaped as serde_json escapes: `"` and `\` by a backslash, the controls with a
/// short form by it (`\n`), the others as `\u00XX`; everything else, non-ASCII included, as is.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut rest = s;
    // Every byte escaped is ASCII, so the text either side of one is whole characters.
    while let Some(i) = first_escape(rest.as_bytes()) {
        out.push_str(rest.at(..i));
        match *rest.as_bytes().at(i) {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            b => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend(['\\', 'u', '0', '0', char::from(HEX[usize::from(b >> 4)]), char::from(HEX[usize::from(b & 0xf)])]);
            }
        }
        rest = rest.at(i + 1..);
    }
    out.push_str(rest);
    out.push('"');
}

#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Where the first byte of `s` that needs an escape is. Most strings have none; most of the
/// explanations of spans have two, the quotation marks around their cue word.
fn first_escape(s: &[u8]) -> Option<usize> {
    // Sixteen bytes at a time with no branch per byte inside, which the compiler turns into a
    // few vector instructions. Left to itself over a whole string it vectorises by 64 bytes and
    // tests the rest one byte at a time: the explanations are mostly 40 to 100 bytes long, so
    // that tail did most of the work. Here a tail is the last sixteen bytes read again.
    let (chunks, tail) = s.as_chunks::<16>();
    let position = |bytes: &[u8]| bytes.iter().position(|&b| needs_escape(b));
    if chunks.is_empty() {
        return position(tail);
    }
    if let Some(k) = chunks.iter().position(any_escape) {
        return position(&chunks[k]).map(|i| 16 * k + i);
    }
    let last = s.len() - 16;
    if tail.is_empty() || !s.at(last..).first_chunk().is_some_and(any_escape) {
        return None;
    }
    // The last sixteen bytes overlap chunks tested above, in which there is none.
    position(tail).map(|i| s.len() - tail.len() + i)
}

/// Does any byte of `chunk` need an escape?
#[inline]
fn any_escape(chunk: &[u8; 16]) -> bool {
    chunk.iter().fold(false, |any, &b| any | needs_escape(b))
}

pub(crate) fn claim_kind(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Factual => "\"factual\"",
        ClaimKind::Quantity => "\"quantity\"",
        ClaimKind::Causal => "\"causal\"",
        ClaimKind::Prediction => "\"prediction\"",
        ClaimKind::Opinion => "\"opinion\"",
    }
}

fn non_claim(n: NonClaim) -> &'static str {
    match n {
        NonClaim::Question => "\"question\"",
        NonClaim::Metadata => "\"metadata\"",
        NonClaim::Heading => "\"heading\"",
        NonClaim::Fragment => "\"fragment\"",
    }
}

pub(crate) fn category(c: Category) -> &'static str {
    match c {
        Category::Hedge => "\"hedge\"",
        Category::Booster => "\"booster\"",
        Category::Loaded => "\"loaded\"",
    }
}

pub(crate) fn cue_kind(k: CueKind) -> &'static str {
    match k {
        CueKind::Epistemic => "\"epistemic\"",
        CueKind::Doxastic => "\"doxastic\"",
        CueKind::Evidential => "\"evidential\"",
        CueKind::Condition => "\"condition\"",
        CueKind::Investigation => "\"investigation\"",
        CueKind::Approximator => "\"approximator\"",
        CueKind::Certainty => "\"certainty\"",
        CueKind::Universal => "\"universal\"",
        CueKind::Emotive => "\"emotive\"",
    }
}

fn source_kind(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Named => "\"named\"",
        SourceKind::Institution => "\"institution\"",
        SourceKind::Vague => "\"vague\"",
        SourceKind::SelfSource => "\"self\"",
        SourceKind::None => "\"none\"",
    }
}

pub(crate) fn stance(s: Stance) -> &'static str {
    match s {
        Stance::Neutral => "\"neutral\"",
        Stance::Endorsing => "\"endorsing\"",
        Stance::Distancing => "\"distancing\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of everything the writer can meet: every enum value, an id, a quoted span, no
    /// source and a source, floats JSON cannot hold, and strings with each kind of escape.
    fn everything() -> Analysis {
        let sentence = |claim: Option<Claim>, non_claim, certainty| Sentence { start: 0, end: 9, paragraph: 0, certainty, claim, non_claim, why: "w".into() };
        let claim = |kind| Some(Claim { kind, checkworthiness: 0.25 });
        let span = |category, kind, quoted| Span { start: 3, end: 5, text: "é\u{1F600}".into(), category, kind, quoted, why: "\"a\\b\"\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}".into() };
        let attribution = |source, source_kind, stance| Attribution { source, cue: Range::new(1, 2), content: vec![Range::new(3, 4), Range::new(5, 60000)], source_kind, stance, refers_to: None, why: String::new() };
        Analysis {
            id: Some("a\"b".into()),
            paragraphs: vec![Range::new(0, 9), Range::new(11, 12)],
            sentences: vec![
                sentence(claim(ClaimKind::Factual), None, 1.0),
                sentence(claim(ClaimKind::Quantity), None, 0.0),
                sentence(claim(ClaimKind::Causal), None, 0.553),
                sentence(claim(ClaimKind::Prediction), None, f32::NAN),
                sentence(claim(ClaimKind::Opinion), None, f32::INFINITY),
                sentence(None, Some(NonClaim::Question), 1e-7),
                sentence(None, Some(NonClaim::Metadata), 0.85),
                sentence(None, Some(NonClaim::Heading), 0.85),
                sentence(None, Some(NonClaim::Fragment), 0.85),
            ],
            spans: vec![
                span(Category::Hedge, CueKind::Epistemic, false),
                span(Category::Hedge, CueKind::Doxastic, true),
                span(Category::Hedge, CueKind::Evidential, false),
                span(Category::Hedge, CueKind::Condition, false),
                span(Category::Hedge, CueKind::Investigation, false),
                span(Category::Hedge, CueKind::Approximator, false),
                span(Category::Booster, CueKind::Certainty, false),
                span(Category::Booster, CueKind::Universal, false),
                span(Category::Loaded, CueKind::Emotive, true),
            ],
            attributions: vec![
                attribution(None, SourceKind::Named, Stance::Neutral),
                attribution(Some(Range::new(0, 1)), SourceKind::Institution, Stance::Endorsing),
                attribution(None, SourceKind::Vague, Stance::Distancing),
                attribution(None, SourceKind::SelfSource, Stance::Neutral),
                attribution(None, SourceKind::None, Stance::Neutral),
                Attribution { refers_to: Some(Range::new(7, 8)), ..attribution(Some(Range::new(9, 10)), SourceKind::Named, Stance::Neutral) },
            ],
        }
    }

    #[test]
    fn the_written_json_is_what_serde_writes() {
        let mut analyses = vec![everything(), Analysis::default()];
        for text in [
            "",
            "Officials said the river might flood. \"It is clearly a disaster,\" the mayor claimed.\n\nWill it rain?",
            "PRICES\n\nSales rose 5 pct to 1.2 billion dlrs, analysts estimated, because demand was strong.",
            "Critics allege the plan is a shameful waste. We believe it may work if funded.",
            "Jane Smith said prices rose. She said they would rise again.",
        ] {
            analyses.push(crate::engine::analyze(text));
        }
        for analysis in &analyses {
            assert_eq!(to_string(analysis), serde_json::to_string(analysis).unwrap());
            assert_eq!(to_string_pretty(analysis), serde_json::to_string_pretty(analysis).unwrap());
        }
    }

    #[test]
    fn pretty_json_puts_each_member_on_its_own_line() {
        // Written by hand: brackets, commas and colons inside strings are text, an escaped quote
        // does not end its string, and empty lists stay on their line.
        let analysis = Analysis {
            id: Some("a, [b]: {\"c\"}".into()),
            paragraphs: vec![Range::new(0, 4)],
            attributions: vec![Attribution {
                source: None,
                cue: Range::new(1, 2),
                content: vec![],
                source_kind: SourceKind::None,
                stance: Stance::Neutral,
                refers_to: None,
                why: "x\\".into(),
            }],
            ..Analysis::default()
        };
        let expected = r#"{
  "id": "a, [b]: {\"c\"}",
  "paragraphs": [
    {
      "start": 0,
      "end": 4
    }
  ],
  "sentences": [],
  "spans": [],
  "attributions": [
    {
      "source": null,
      "cue": {
        "start": 1,
        "end": 2
      },
      "content": [],
      "source_kind": "none",
      "stance": "neutral",
      "why": "x\\"
    }
  ]
}"#;
        assert_eq!(to_string_pretty(&analysis), expected);
    }

    #[test]
    fn the_string_of_a_news_text_never_grows() {
        let text = "LONDON, March 3 - Officials said on Tuesday that the river \"might flood\" by Friday.\n\n\
            Prices rose 5 pct to 1.2 billion dlrs, analysts estimated, because demand was clearly strong. \
            Critics allege the plan is a shameful waste; we believe it may work if it is funded.";
        let analysis = crate::engine::analyze(text);
        assert!(analysis.sentences.len() >= 3 && !analysis.spans.is_empty() && !analysis.attributions.is_empty());
        let json = to_string(&analysis);
        // Reserved once, and never outgrown.
        assert_eq!(json.capacity(), room(&analysis));
        assert!(json.len() <= room(&analysis));
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_controls_only() {
        let analysis = Analysis { id: Some("q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f} \u{7f}é/".into()), ..Analysis::default() };
        assert_eq!(to_string(&analysis), r#"{"id":"q\"\\\n\r\t\b\f\u0001\u001f "#.to_string() + "\u{7f}é/\",\"paragraphs\":[],\"sentences\":[],\"spans\":[],\"attributions\":[]}");
    }

    #[test]
    fn an_escape_is_found_wherever_it_stands_in_a_long_string() {
        // Around the sixteen-byte steps of the search: before, inside and after a whole step,
        // in the last bytes read twice, and two escapes in one step.
        for len in 0..50 {
            for at in 0..len {
                for b in [b'"', b'\\', b'\n', 0x01, 0x1f] {
                    let mut text = vec![b'a'; len];
                    text[at] = b;
                    if at + 3 < len {
                        text[at + 3] = b'"';
                    }
                    let text = String::from_utf8(text).unwrap();
                    let mut out = String::new();
                    string(&mut out, &text);
                    assert_eq!(out, serde_json::to_string(&text).unwrap(), "{b:#x} at {at} of {len}");
                }
            }
            let plain = "é".repeat(len);
            let mut out = String::new();
            string(&mut out, &plain);
            assert_eq!(out, format!("\"{plain}\""));
        }
    }

    #[test]
    fn scores_in_thousandths_are_written_as_serde_writes_them() {
        // The engine's scores, the floats either side of them, and values outside 0 to 1.
        let mut xs: Vec<f32> = (0..=1000).map(|k| k as f32 / 1000.0).collect();
        let near: Vec<f32> = xs.iter().flat_map(|x| [f32::from_bits(x.to_bits() + 1), f32::from_bits(x.to_bits().max(1) - 1)]).collect();
        xs.extend(near);
        xs.extend([-0.0, -0.5, 1.5, 1000.0, 1e-7, 0.0005, 0.9995, 0.12345]);
        for x in xs {
            let mut out = String::new();
            float(&mut out, x);
            assert_eq!(out, serde_json::to_string(&x).unwrap(), "{x:e}");
        }
    }

    #[test]
    fn floats_json_cannot_hold_are_null_and_whole_ones_keep_a_point() {
        let s = |certainty| Sentence { start: 1, end: 2, paragraph: 0, certainty, claim: None, non_claim: None, why: String::new() };
        let analysis = Analysis { sentences: vec![s(f32::NAN), s(1.0), s(0.85)], ..Analysis::default() };
        let sentence = |c: &str| format!(r#"{{"start":1,"end":2,"paragraph":0,"certainty":{c},"claim":null,"why":""}}"#);
        let expected = format!(r#"{{"paragraphs":[],"sentences":[{},{},{}],"spans":[],"attributions":[]}}"#, sentence("null"), sentence("1.0"), sentence("0.85"));
        assert_eq!(to_string(&analysis), expected);
    }
}

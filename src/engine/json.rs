//! The compact JSON of an [`Analysis`], written by hand: the very bytes
//! `serde_json::to_writer(&analysis)` writes, at a fraction of the cost.
//!
//! The command line's batches and the JS API write one such document per text, and through
//! serde the writing cost about 40 % as much as the analysis itself: every field name went
//! through the string escaper byte by byte, and every value through a chain of generic calls.
//! Here the names and punctuation are constants and only the text-bearing strings are scanned.
//! Numbers still go through serde_json's own formatter, so they cannot come out differently.
//!
//! The derived `Serialize` stays the contract (pretty output, exports, the page's storage use
//! it); the tests hold this writer to it.

use serde_json::ser::{CompactFormatter, Formatter};

use super::result::*;

/// Appends `analysis` as compact JSON to `out`.
pub fn write(analysis: &Analysis, out: &mut Vec<u8>) {
    out.push(b'{');
    if let Some(id) = &analysis.id {
        out.extend_from_slice(b"\"id\":");
        string(out, id);
        out.push(b',');
    }
    out.extend_from_slice(b"\"paragraphs\":[");
    for (i, p) in analysis.paragraphs.iter().enumerate() {
        comma(out, i);
        range(out, *p);
    }
    out.extend_from_slice(b"],\"sentences\":[");
    for (i, s) in analysis.sentences.iter().enumerate() {
        comma(out, i);
        sentence(out, s);
    }
    out.extend_from_slice(b"],\"spans\":[");
    for (i, s) in analysis.spans.iter().enumerate() {
        comma(out, i);
        span(out, s);
    }
    out.extend_from_slice(b"],\"attributions\":[");
    for (i, a) in analysis.attributions.iter().enumerate() {
        comma(out, i);
        attribution(out, a);
    }
    out.extend_from_slice(b"]}");
}

/// `analysis` as a compact JSON string.
pub fn to_string(analysis: &Analysis) -> String {
    let mut out = Vec::new();
    write(analysis, &mut out);
    String::from_utf8(out).expect("the JSON of an analysis is UTF-8")
}

fn sentence(out: &mut Vec<u8>, s: &Sentence) {
    out.extend_from_slice(b"{\"start\":");
    number(out, s.start);
    out.extend_from_slice(b",\"end\":");
    number(out, s.end);
    out.extend_from_slice(b",\"paragraph\":");
    number(out, s.paragraph);
    out.extend_from_slice(b",\"certainty\":");
    float(out, s.certainty);
    out.extend_from_slice(b",\"claim\":");
    match &s.claim {
        None => out.extend_from_slice(b"null"),
        Some(c) => {
            out.extend_from_slice(b"{\"kind\":");
            out.extend_from_slice(claim_kind(c.kind));
            out.extend_from_slice(b",\"checkworthiness\":");
            float(out, c.checkworthiness);
            out.push(b'}');
        }
    }
    if let Some(n) = s.non_claim {
        out.extend_from_slice(b",\"non_claim\":");
        out.extend_from_slice(non_claim(n));
    }
    out.extend_from_slice(b",\"why\":");
    string(out, &s.why);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"start\":");
    number(out, s.start);
    out.extend_from_slice(b",\"end\":");
    number(out, s.end);
    out.extend_from_slice(b",\"text\":");
    string(out, &s.text);
    out.extend_from_slice(b",\"category\":");
    out.extend_from_slice(category(s.category));
    out.extend_from_slice(b",\"kind\":");
    out.extend_from_slice(cue_kind(s.kind));
    if s.quoted {
        out.extend_from_slice(b",\"quoted\":true");
    }
    out.extend_from_slice(b",\"why\":");
    string(out, &s.why);
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution) {
    out.extend_from_slice(b"{\"source\":");
    match a.source {
        None => out.extend_from_slice(b"null"),
        Some(r) => range(out, r),
    }
    out.extend_from_slice(b",\"cue\":");
    range(out, a.cue);
    out.extend_from_slice(b",\"content\":[");
    for (i, r) in a.content.iter().enumerate() {
        comma(out, i);
        range(out, *r);
    }
    out.extend_from_slice(b"],\"source_kind\":");
    out.extend_from_slice(source_kind(a.source_kind));
    out.extend_from_slice(b",\"stance\":");
    out.extend_from_slice(stance(a.stance));
    out.extend_from_slice(b",\"why\":");
    string(out, &a.why);
    out.push(b'}');
}

#[inline]
fn comma(out: &mut Vec<u8>, i: usize) {
    if i > 0 {
        out.push(b',');
    }
}

fn range(out: &mut Vec<u8>, r: Range) {
    out.extend_from_slice(b"{\"start\":");
    number(out, r.start);
    out.extend_from_slice(b",\"end\":");
    number(out, r.end);
    out.push(b'}');
}

fn number(out: &mut Vec<u8>, n: usize) {
    // Writing to a vector cannot fail.
    let _ = CompactFormatter.write_u64(out, n as u64);
}

fn float(out: &mut Vec<u8>, x: f32) {
    // serde_json writes what JSON cannot hold as null.
    if x.is_finite() {
        let _ = CompactFormatter.write_f32(out, x);
    } else {
        out.extend_from_slice(b"null");
    }
}

/// A JSON string, escaped as serde_json escapes: `"` and `\` by a backslash, the controls with a
/// short form by it (`\n`), the others as `\u00XX`; everything else, non-ASCII included, as is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape at all. A test without an early exit has no branch per byte,
    // so the compiler runs it over many bytes at a time.
    if bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
        escaped(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

fn escaped(out: &mut Vec<u8>, mut rest: &[u8]) {
    while let Some(i) = rest.iter().position(|&b| needs_escape(b)) {
        out.extend_from_slice(&rest[..i]);
        match rest[i] {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]);
            }
        }
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
}

fn claim_kind(k: ClaimKind) -> &'static [u8] {
    match k {
        ClaimKind::Factual => b"\"factual\"",
        ClaimKind::Quantity => b"\"quantity\"",
        ClaimKind::Causal => b"\"causal\"",
        ClaimKind::Prediction => b"\"prediction\"",
        ClaimKind::Opinion => b"\"opinion\"",
    }
}

fn non_claim(n: NonClaim) -> &'static [u8] {
    match n {
        NonClaim::Question => b"\"question\"",
        NonClaim::Metadata => b"\"metadata\"",
        NonClaim::Heading => b"\"heading\"",
        NonClaim::Fragment => b"\"fragment\"",
    }
}

fn category(c: Category) -> &'static [u8] {
    match c {
        Category::Hedge => b"\"hedge\"",
        Category::Booster => b"\"booster\"",
        Category::Loaded => b"\"loaded\"",
    }
}

fn cue_kind(k: CueKind) -> &'static [u8] {
    match k {
        CueKind::Epistemic => b"\"epistemic\"",
        CueKind::Doxastic => b"\"doxastic\"",
        CueKind::Evidential => b"\"evidential\"",
        CueKind::Condition => b"\"condition\"",
        CueKind::Investigation => b"\"investigation\"",
        CueKind::Approximator => b"\"approximator\"",
        CueKind::Certainty => b"\"certainty\"",
        CueKind::Universal => b"\"universal\"",
        CueKind::Emotive => b"\"emotive\"",
    }
}

fn source_kind(k: SourceKind) -> &'static [u8] {
    match k {
        SourceKind::Named => b"\"named\"",
        SourceKind::Institution => b"\"institution\"",
        SourceKind::Vague => b"\"vague\"",
        SourceKind::SelfSource => b"\"self\"",
        SourceKind::None => b"\"none\"",
    }
}

fn stance(s: Stance) -> &'static [u8] {
    match s {
        Stance::Neutral => b"\"neutral\"",
        Stance::Endorsing => b"\"endorsing\"",
        Stance::Distancing => b"\"distancing\"",
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
        let attribution = |source, source_kind, stance| Attribution { source, cue: Range::new(1, 2), content: vec![Range::new(3, 4), Range::new(5, 60000)], source_kind, stance, why: String::new() };
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
        ] {
            analyses.push(crate::engine::analyze(text));
        }
        for analysis in &analyses {
            assert_eq!(to_string(analysis), serde_json::to_string(analysis).unwrap());
        }
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_controls_only() {
        let analysis = Analysis { id: Some("q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f} \u{7f}é/".into()), ..Analysis::default() };
        assert_eq!(to_string(&analysis), r#"{"id":"q\"\\\n\r\t\b\f\u0001\u001f "#.to_string() + "\u{7f}é/\",\"paragraphs\":[],\"sentences\":[],\"spans\":[],\"attributions\":[]}");
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

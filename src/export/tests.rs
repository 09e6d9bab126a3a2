use super::html::{esc, render_marked, Mark};
use super::markdown::inline;
use super::*;
use crate::digest::{Digest, SourceSummary};
use crate::engine::{Attribution, Category, Claim, ClaimKind, CueKind, Range, Sentence, Span, Stance};

const TEXT: &str = "Officials said the river might flood. Is the levee safe?";

/// The README's example analysis, written out by hand.
fn example() -> Analysis {
    serde_json::from_str(
        r#"{
  "paragraphs": [{"start": 0, "end": 56}],
  "sentences": [
    {"start": 0, "end": 37, "paragraph": 0, "certainty": 0.553, "claim": {"kind": "factual", "checkworthiness": 0.287}, "why": "Factual claim; little to check (hedges)."},
    {"start": 38, "end": 56, "paragraph": 0, "certainty": 0.34, "claim": null, "non_claim": "question", "why": "Question, not a claim."}
  ],
  "spans": [
    {"start": 25, "end": 30, "text": "might", "category": "hedge", "kind": "epistemic", "why": "\"might\" presents the event as a possibility, not a fact"}
  ],
  "attributions": [
    {"source": {"start": 0, "end": 9}, "cue": {"start": 10, "end": 14}, "content": [{"start": 15, "end": 36}], "source_kind": "institution", "stance": "neutral", "why": "Attributed to an organisation or office ('Officials'). The cue 'said' is neutral."}
  ]
}"#,
    )
    .unwrap()
}

/// What the digest of the example should hold, counted by hand.
fn example_digest() -> Digest {
    Digest {
        words: 10,
        sentences: 2,
        claims: 1,
        hedges: 1,
        boosters: 0,
        loaded: 0,
        attributions: 1,
        hedges_per_1000_words: 100.0,
        boosters_per_1000_words: 0.0,
        unattributed_claim_share: 0.0,
        sentence_attribution: vec![Some(0), None],
        sentence_sources: vec![vec![0], vec![]],
        sources: vec![SourceSummary { label: "Officials".into(), kind: SourceKind::Institution, attributions: vec![0], claims: vec![0] }],
        agentless: vec![],
        certainty_series: vec![(0, 0.553)],
        other_language: None,
    }
}

/// Checks that every element opened is closed in order; returns the names seen, in order.
fn assert_balanced(html: &str) -> Vec<String> {
    const VOID: &[&str] = &["meta", "br", "hr", "img", "link", "input"];
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let gt = rest[lt..].find('>').expect("tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().unwrap_or_else(|| panic!("</{name}> with nothing open"));
            assert_eq!(top, name, "</{name}> closes <{top}>");
        } else {
            let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            seen.push(name.clone());
            if !VOID.contains(&name.as_str()) {
                stack.push(name);
            }
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
    seen
}

/// The text of marked-up output: tags dropped, the five escapes undone.
fn strip(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt + rest[lt..].find('>').unwrap() + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

fn article(html: &str) -> &str {
    let start = html.find("<article>").unwrap() + "<article>".len();
    let end = html.find("</article>").unwrap();
    &html[start..end]
}

#[test]
fn json_is_the_cli_contract_and_parses_back() {
    let text = "Officials said the river might flood. Critics claimed, \"It is clearly a disaster.\"\n\nIs the levee safe?";
    let a = crate::analyze(text);
    let out = json(text, &a);
    assert!(out.ends_with("}\n"));
    assert!(out.starts_with("{\n  \"paragraphs\""), "pretty, two-space indent");
    let back: Analysis = serde_json::from_str(&out).unwrap();
    assert_eq!(back, a);
    assert_eq!(serde_json::from_str::<Analysis>(&json(TEXT, &example())).unwrap(), example());
}

#[test]
fn markdown_report_of_the_example() {
    let expected = "\
# Claimlens report: Officials said the river might flood. Is the levee safe?

## Summary

| Figure | Value |
|---|---:|
| Words | 10 |
| Sentences | 2 |
| Claims | 1 |
| Hedges | 1 (100.0 per 1,000 words) |
| Boosters | 0 (0.0 per 1,000 words) |
| Loaded wording | 0 |
| Attributions | 1 |
| Claims with no attribution | 0% |

## Claims

| # | Kind | Check-worthiness | Certainty | Source | Sentence |
|---:|---|---:|---:|---|---|
| 1 | factual | 0.28 | 0.55 | Officials (organisation or role) | Officials said the river might flood. |

## Sources

| Source | Kind | Mentions | Claims |
|---|---|---:|---|
| Officials | organisation or role | 1 | 1 |

## Cues

| Category | Kind | Text | Why |
|---|---|---|---|
| hedge | epistemic | might | \"might\" presents the event as a possibility, not a fact |
";
    assert_eq!(markdown(TEXT, &example(), &example_digest()), expected);
}

#[test]
fn markdown_of_an_empty_analysis_says_so() {
    let out = markdown("", &Analysis::default(), &Digest::default());
    assert!(out.starts_with("# Claimlens report\n\n"));
    assert!(out.contains("No claims found."));
    assert!(out.contains("No attributions found."));
    assert!(out.contains("No hedges, boosters or loaded wording found."));
}

#[test]
fn both_reports_say_when_the_text_is_not_english() {
    let text = "Die Regierung sagte, die Steuern steigen nicht.";
    let d = Digest { other_language: Some(crate::language::Language::German), ..Digest::default() };
    let md = markdown(text, &Analysis::default(), &d);
    assert!(md.contains("\n> **Note:** This text reads as German. Claimlens reads English only"), "{md}");
    let page = html(text, &Analysis::default(), &d, "Steuern");
    assert!(page.contains("<p class=\"note\" role=\"note\">This text reads as German. Claimlens reads English only"), "{page}");
    // English (or too little to tell): no note.
    assert!(!markdown(text, &Analysis::default(), &Digest::default()).contains("Note:"));
    assert!(!html(text, &Analysis::default(), &Digest::default(), "Steuern").contains("role=\"note\""));
}

#[test]
fn markdown_numbers_claims_and_marks_agentless_and_unknown_sources() {
    // Three sentences, the second not a claim: claims are numbered 1 and 2.
    let text = "A rose. B? C fell.";
    let sentence = |start, end, claim: bool| Sentence {
        start,
        end,
        paragraph: 0,
        certainty: 0.85,
        claim: claim.then_some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }),
        non_claim: None,
        why: String::new(),
    };
    let a = Analysis { sentences: vec![sentence(0, 7, true), sentence(8, 10, false), sentence(11, 18, true)], ..Default::default() };
    let d = Digest {
        claims: 2,
        // The digest knows the first sentence is unattributed and says nothing of the third.
        sentence_attribution: vec![None],
        sentence_sources: vec![vec![]],
        sources: vec![SourceSummary { label: "Them".into(), kind: SourceKind::Vague, attributions: vec![0, 1], claims: vec![2, 1] }],
        agentless: vec![3],
        ..Default::default()
    };
    let out = markdown(text, &a, &d);
    assert!(out.contains("| 1 | factual | 0.50 | 0.85 | unattributed | A rose. |\n"), "{out}");
    assert!(out.contains("| 2 | factual | 0.50 | 0.85 | — | C fell. |\n"), "{out}");
    // Sentence 1 is not a claim, so the source lists only claim 2.
    assert!(out.contains("| Them | vague source | 2 | 2 |\n"), "{out}");
    assert!(out.contains("\n1 attribution with no source named"), "{out}");
}

#[test]
fn a_claim_reporting_two_voices_names_both_in_every_report() {
    // One sentence, two reports: the claims tables name both voices in reading order, joined by
    // "; " since a source's words may hold a comma, and each escaped for its format.
    let text = "The Daily Courier claims the docks will close, and Ms. Okafor also claims the council lied.";
    let a = crate::analyze(text);
    let d = Digest::of(text, &a);
    let md = markdown(text, &a, &d);
    assert!(md.contains("| The Daily Courier (organisation or role); Ms. Okafor (named person) | The Daily Courier"), "{md}");
    let page = html(text, &a, &d, "t");
    assert!(page.contains("<td>The Daily Courier (organisation or role); Ms. Okafor (named person)</td>"), "{page}");
    // The sources tables list the claim under both.
    assert!(md.contains("| The Daily Courier | organisation or role | 1 | 1 |\n"), "{md}");
    assert!(md.contains("| Ms. Okafor | named person | 1 | 1 |\n"), "{md}");

    // Written by hand: markup in a voice's words is escaped, and an agentless report reads so.
    let text = "<b>A</b> said x; it is said y.";
    let a = Analysis {
        sentences: vec![Sentence { start: 0, end: 30, paragraph: 0, certainty: 0.5, claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }), non_claim: None, why: String::new() }],
        attributions: vec![
            Attribution { source: Some(Range::new(0, 8)), cue: Range::new(9, 13), content: vec![Range::new(14, 15)], source_kind: SourceKind::Named, stance: Stance::Neutral, refers_to: None, why: String::new() },
            Attribution { source: None, cue: Range::new(17, 27), content: vec![Range::new(28, 29)], source_kind: SourceKind::None, stance: Stance::Neutral, refers_to: None, why: String::new() },
        ],
        ..Default::default()
    };
    let d = Digest::of(text, &a);
    assert_eq!(d.sentence_sources, vec![vec![0, 1]]);
    assert!(markdown(text, &a, &d).contains("| \\<b\\>A\\</b\\> (named person); (no source named) (no source named) |"));
    assert!(html(text, &a, &d, "t").contains("<td>&lt;b&gt;A&lt;/b&gt; (named person); (no source named) (no source named)</td>"));
}

#[test]
fn markdown_escapes_user_text() {
    let cases: &[(&str, &str)] = &[
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript\\:alert(1))"),
        ("](javascript:alert(1))", "\\](javascript\\:alert(1))"),
        ("![x](http://e.example/a.png)", "\\!\\[x\\](http\\://e.example/a.png)"),
        ("\"><svg onload=alert(1)>", "\"\\>\\<svg onload=alert(1)\\>"),
        ("=== under", "\\=== under"),
        ("a | b", "a \\| b"),
        ("*bold* _it_ `code` ~~s~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("two\nlines\r\n\r\nhere", "two lines here"),
        ("see www.example.com", "see www\\.example.com"),
        ("&amp; &#60;", "\\&amp; \\&\\#60;"),
        ("back\\slash", "back\\\\slash"),
        ("plain words, 3.5% (really).", "plain words, 3.5% (really)."),
    ];
    for &(raw, escaped) in cases {
        assert_eq!(inline(raw), escaped, "{raw:?}");
    }
}

#[test]
fn markdown_report_has_no_live_markup_from_the_article() {
    let text = "<script>alert(1)</script> said [me](javascript:alert(1)) | <img src=x onerror=alert(1)> \\<b>`x`";
    let a = Analysis {
        sentences: vec![Sentence {
            start: 0,
            end: text.len(),
            paragraph: 0,
            certainty: 0.5,
            claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }),
            non_claim: None,
            why: String::new(),
        }],
        spans: vec![Span {
            start: 0,
            end: 25,
            text: "<script>alert(1)</script>".into(),
            category: Category::Loaded,
            kind: CueKind::Emotive,
            quoted: false,
            why: "\"<b>x</b>\" is loaded".into(),
        }],
        ..Default::default()
    };
    let d = Digest {
        sources: vec![SourceSummary { label: "<i>who</i>".into(), kind: SourceKind::Named, attributions: vec![0], claims: vec![0] }],
        ..Default::default()
    };
    let out = markdown(text, &a, &d);
    // Markup needs an unescaped `<`, `[`, `]` or backtick; the report has none.
    let mut escaped = false;
    for c in out.chars() {
        assert!(escaped || !matches!(c, '<' | '[' | ']' | '`'), "unescaped {c:?} in {out}");
        escaped = c == '\\' && !escaped;
    }
    assert!(out.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(out.contains("\\<i\\>who\\</i\\>"));
    // Every table row still has its columns: escaped pipes do not split cells.
    for line in out.lines().filter(|l| l.starts_with("| 1 |")) {
        assert_eq!(line.matches(" | ").count(), 5, "{line}");
    }
}

#[test]
fn html_escapes_every_piece_of_user_text() {
    let cases: &[(&str, &str)] = &[
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("\"><svg onload=alert(1)>", "&quot;&gt;&lt;svg onload=alert(1)&gt;"),
        ("' onmouseover='alert(1)", "&#39; onmouseover=&#39;alert(1)"),
        ("a & b", "a &amp; b"),
        ("&lt;", "&amp;lt;"),
    ];
    for &(raw, escaped) in cases {
        assert_eq!(esc(raw), escaped);
        let a = Analysis {
            spans: vec![Span {
                start: 0,
                end: raw.len(),
                text: raw.into(),
                category: Category::Hedge,
                kind: CueKind::Epistemic,
                quoted: false,
                why: format!("why {raw}"),
            }],
            ..Default::default()
        };
        let d = Digest { sources: vec![SourceSummary { label: raw.into(), kind: SourceKind::Named, attributions: vec![], claims: vec![] }], ..Default::default() };
        let out = html(raw, &a, &d, raw);
        for live in ["<script", "<img", "<svg", "' onmouseover", "\" onmouseover"] {
            assert!(!out.contains(live), "{live} in output for {raw:?}");
        }
        assert!(out.contains(&format!("<title>{escaped}</title>")), "{raw:?}");
        assert!(out.contains(&format!("<h1>{escaped}</h1>")), "{raw:?}");
        assert!(out.contains(&format!("title=\"Hedge (epistemic): why {escaped}\"")), "{raw:?}");
        assert!(out.contains(&format!("<td>{escaped}</td>")), "{raw:?}");
        assert_eq!(strip(article(&out)), raw);
        assert_balanced(&out);
    }
}

#[test]
fn html_is_standalone_and_scriptless() {
    let out = html(TEXT, &example(), &example_digest(), "River report");
    assert!(out.starts_with("<!DOCTYPE html>\n"));
    assert!(out.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
    assert!(out.contains("<meta charset=\"utf-8\">"));
    assert!(out.contains("prefers-color-scheme: dark"));
    for absent in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
        assert!(!out.contains(absent), "{absent}");
    }
    let tags = assert_balanced(&out);
    assert!(tags.contains(&"table".to_string()));
}

#[test]
fn html_marks_the_example_as_read_by_hand() {
    let out = html(TEXT, &example(), &example_digest(), "");
    let body = article(&out);
    assert_eq!(strip(body), TEXT);
    // Sentence 0 is claim 1; inside it the source and cue, then the content holding the hedge.
    let claim = "<span id=\"s-0\" class=\"claim cw-low\" data-cw=\"low\" data-certainty=\"hedged\" title=\"Claim 1: factual, check-worthiness 0.28, certainty 0.55. Factual claim; little to check (hedges).\">";
    assert!(body.starts_with(claim), "{body}");
    let after_claim = &body[claim.len()..];
    assert!(after_claim.starts_with("<span class=\"hl source\" data-category=\"source\" title=\"Source (organisation or role): Attributed to an organisation or office (&#39;Officials&#39;). The cue &#39;said&#39; is neutral.\">Officials</span> <span class=\"hl cue\""), "{after_claim}");
    assert!(body.contains("<span class=\"hl content\" data-category=\"content\" title=\"Content attributed to Officials. Attributed to an organisation or office (&#39;Officials&#39;). The cue &#39;said&#39; is neutral.\">the river <span class=\"hl hedge\" data-category=\"hedge\" title=\"Hedge (epistemic): &quot;might&quot; presents the event as a possibility, not a fact\" data-kind=\"epistemic\">might</span> flood</span>.</span> Is the levee safe?"), "{body}");
    // The claims table links to the sentence.
    assert!(out.contains("<td class=\"num\"><a href=\"#s-0\">1</a></td><td>factual</td><td class=\"num\">0.28</td><td class=\"num\">0.55</td><td>Officials (organisation or role)</td><td>Officials said the river might flood.</td>"));
    assert!(out.contains("<title>Claimlens analysis</title>"));
}

fn mark(start: usize, end: usize, rank: u8, name: &str) -> Mark {
    Mark { start, end, rank, attrs: format!(" class=\"{name}\""), id: None }
}

#[test]
fn render_marked_nests_and_splits_crossing_marks() {
    let text = "abcdefghij";
    let cases: Vec<(Vec<Mark>, &str)> = vec![
        (vec![], "abcdefghij"),
        (vec![mark(2, 4, 0, "x")], "ab<span class=\"x\">cd</span>efghij"),
        // Nested: the longer one outside.
        (vec![mark(3, 4, 0, "in"), mark(2, 6, 0, "out")], "ab<span class=\"out\">c<span class=\"in\">d</span>ef</span>ghij"),
        // Crossing: A 1..5, B 3..8 → A holds b c, then A+B over d e, then B alone over f g h.
        (
            vec![mark(1, 5, 0, "A"), mark(3, 8, 0, "B")],
            "a<span class=\"A\">bc<span class=\"B\">de</span></span><span class=\"B\">fgh</span>ij",
        ),
        // Same range: the lower rank outside.
        (vec![mark(0, 3, 3, "hi"), mark(0, 3, 1, "lo")], "<span class=\"lo\"><span class=\"hi\">abc</span></span>defghij"),
        // Touching marks do not nest.
        (vec![mark(0, 2, 0, "p"), mark(2, 4, 0, "q")], "<span class=\"p\">ab</span><span class=\"q\">cd</span>efghij"),
        // Empty, reversed and out-of-range marks are dropped.
        (vec![mark(3, 3, 0, "e"), mark(5, 2, 0, "r"), mark(8, 99, 0, "o")], "abcdefghij"),
        // Three-way crossing: A 0..4, B 2..6, C 4..8.
        (
            vec![mark(0, 4, 0, "A"), mark(2, 6, 0, "B"), mark(4, 8, 0, "C")],
            "<span class=\"A\">ab<span class=\"B\">cd</span></span><span class=\"B\"><span class=\"C\">ef</span></span><span class=\"C\">gh</span>ij",
        ),
    ];
    for (marks, expected) in cases {
        assert_eq!(render_marked(text, &marks), expected);
    }
}

#[test]
fn render_marked_escapes_and_respects_char_boundaries() {
    // "é" is two bytes: a mark ending inside it is dropped, not a panic.
    let text = "<é>";
    assert_eq!(render_marked(text, &[mark(0, 2, 0, "bad")]), "&lt;é&gt;");
    assert_eq!(render_marked(text, &[mark(1, 3, 0, "ok")]), "&lt;<span class=\"ok\">é</span>&gt;");
}

#[test]
fn a_split_mark_keeps_its_id_once() {
    let marks = [Mark { start: 0, end: 6, rank: 0, attrs: " class=\"s\"".into(), id: Some("s-0".into()) }, mark(4, 8, 0, "c")];
    let out = render_marked("abcdefgh", &marks);
    assert_eq!(out, "<span id=\"s-0\" class=\"s\">abcd<span class=\"c\">ef</span></span><span class=\"c\">gh</span>");
    assert_eq!(out.matches("id=").count(), 1);
}

#[test]
fn many_overlapping_marks_stay_balanced_and_lose_no_text() {
    let text = "Ünïcode ✓ text with <tags> & \"quotes\" across 👩‍🔬 many marks, line\nbreaks\r\nand more.";
    let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    // A fixed pseudo-random sequence: reproducible, and dense enough to cross everything.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..50 {
        let marks: Vec<Mark> = (0..12)
            .map(|k| {
                let a = bounds[(next() % bounds.len() as u64) as usize];
                let b = bounds[(next() % bounds.len() as u64) as usize];
                mark(a.min(b), a.max(b), (k % 4) as u8, &format!("m{k}"))
            })
            .collect();
        let out = render_marked(text, &marks);
        assert_balanced(&out);
        assert_eq!(strip(&out), text);
    }
}

#[test]
fn html_of_a_real_analysis_is_balanced_and_keeps_the_text() {
    let text = "Critics claimed, \"The mayor clearly lied about the budget.\" Officials said\nthe river might flood, possibly by Friday.\r\n\r\nIt is reportedly a disaster. 👩‍🔬 Is the levee safe?";
    let a = crate::analyze(text);
    let out = html(text, &a, &Digest::of(text, &a), &title_of(text));
    assert_balanced(&out);
    assert_eq!(strip(article(&out)), text);
    for s in &a.spans {
        let category = serde_json::to_value(s.category).unwrap();
        assert!(out.contains(&format!("data-category=\"{}\"", category.as_str().unwrap())));
    }
}

#[test]
fn title_of_table() {
    let long = "word ".repeat(30);
    let cases: &[(&str, &str)] = &[
        ("", ""),
        ("\n\n  \n", ""),
        ("Headline here\nBody.", "Headline here"),
        ("  ---  \n  The   real   title  ", "The real title"),
        (&long, "word word word word word word word word word word word word word word word word…"),
    ];
    for &(text, title) in cases {
        assert_eq!(title_of(text), title, "{text:?}");
    }
    assert_eq!(title_of(&"x".repeat(200)).chars().count(), 80);
}

#[test]
fn file_name_table() {
    let cases: &[(&str, &str, &str)] = &[
        ("Officials said the river might flood", "md", "officials-said-the-river-might-flood.md"),
        ("", "html", "claimlens-analysis.html"),
        ("   ", ".json", "claimlens-analysis.json"),
        ("../../etc/passwd", "md", "etc-passwd.md"),
        ("C:\\Windows\\system32", "md", "c-windows-system32.md"),
        ("...hidden", "md", "hidden.md"),
        ("a/b\\c:d*e?f\"g<h>i|j", "txt", "a-b-c-d-e-f-g-h-i-j.txt"),
        ("tab\tnul\0bell\u{7}esc\u{1b}", "md", "tab-nul-bell-esc.md"),
        ("evil\u{202E}txt.exe", "md", "evil-txt-exe.md"),
        ("CON", "md", "claimlens-con.md"),
        ("lpt1", "md", "claimlens-lpt1.md"),
        ("Conference", "md", "conference.md"),
        ("שלום עולם", "md", "שלום-עולם.md"),
        ("中文标题", "html", "中文标题.html"),
        ("Ünïcode Straße", "md", "ünïcode-straße.md"),
        ("👩‍🔬🔬", "md", "claimlens-analysis.md"),
        ("Title line\nsecond line", "md", "title-line.md"),
        ("x", "", "x"),
        ("x", "../md", "x.md"),
    ];
    for &(title, ext, expected) in cases {
        assert_eq!(file_name(title, ext), expected, "{title:?}");
    }
}

#[test]
fn file_names_are_short_and_cut_at_words() {
    let long = "The minister said the plan might work but critics disagreed strongly about everything";
    let name = file_name(long, "html");
    assert!(name.chars().count() <= 60, "{name}");
    assert_eq!(name, "the-minister-said-the-plan-might-work-but-critics.html");
    let one_word = "x".repeat(100);
    let name = file_name(&one_word, "md");
    assert_eq!(name, format!("{}.md", "x".repeat(57)));
}


#[test]
fn exports_survive_an_analysis_for_another_text() {
    // Offsets past the end or inside a character must not panic any export.
    let a = Analysis {
        sentences: vec![Sentence { start: 0, end: 500, paragraph: 0, certainty: 0.5, claim: Some(Claim { kind: ClaimKind::Opinion, checkworthiness: 0.1 }), non_claim: None, why: String::new() }],
        spans: vec![Span { start: 1, end: 2, text: "?".into(), category: Category::Booster, kind: CueKind::Certainty, quoted: true, why: String::new() }],
        attributions: vec![Attribution { source: Some(Range::new(1, 400)), cue: Range::new(0, 1), content: vec![], source_kind: SourceKind::Named, stance: Stance::Distancing, refers_to: None, why: String::new() }],
        ..Default::default()
    };
    let d = Digest { sentence_attribution: vec![Some(7)], sentence_sources: vec![vec![0, 7]], ..Default::default() };
    let text = "é!";
    let _ = markdown(text, &a, &d);
    let out = html(text, &a, &d, "t");
    assert_balanced(&out);
    assert_eq!(strip(article(&out)), text);
}

#[test]
fn attributions_are_never_reported_missing_when_the_analysis_has_some() {
    // A digest that lists no sources (not computed, or stale) must not make an export claim that
    // the text attributes nothing.
    let md = markdown(TEXT, &example(), &Digest::default());
    assert!(!md.contains("No attributions found"), "{md}");
    let page = html(TEXT, &example(), &Digest::default(), "t");
    assert!(!page.contains("No attributions found"));
}

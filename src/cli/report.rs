//! The readable report of `claimlens analyze FILE`: the text with its cues marked in plain text,
//! a table of claims, the non-claims in brief and the list of cues with their reasons.
//!
//! Markers are plain characters so that the report survives copying, piping and printing; ANSI
//! colour is only added on top when asked (a terminal without NO_COLOR).

use std::io::{self, Write};

use claimlens::digest::{score_text, Digest};
use claimlens::engine::{Analysis, Attribution, Category, NonClaim, Range, Sentence};
use serde::Serialize;

/// What a marker shows. The order is the nesting order for marks over the same range: an
/// attribution's content encloses everything else, and cues sit innermost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Content,
    Source,
    Cue,
    Hedge,
    Booster,
    Loaded,
}

impl Mark {
    fn open(self) -> &'static str {
        match self {
            Mark::Content => "{",
            Mark::Source => "[@",
            Mark::Cue => "[^",
            Mark::Hedge => "[~",
            Mark::Booster => "[+",
            Mark::Loaded => "[!",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Mark::Content => "}",
            Mark::Source => "@]",
            Mark::Cue => "^]",
            Mark::Hedge => "~]",
            Mark::Booster => "+]",
            Mark::Loaded => "!]",
        }
    }

    /// SGR parameters: hedges yellow, boosters cyan, loaded magenta, sources bold blue, cues
    /// green, content italic (it can be long, so it stays quiet).
    fn sgr(self) -> &'static str {
        match self {
            Mark::Content => "3",
            Mark::Source => "1;34",
            Mark::Cue => "32",
            Mark::Hedge => "33",
            Mark::Booster => "36",
            Mark::Loaded => "35",
        }
    }

    pub fn of(category: Category) -> Mark {
        match category {
            Category::Hedge => Mark::Hedge,
            Category::Booster => Mark::Booster,
            Category::Loaded => Mark::Loaded,
        }
    }
}

/// Every mark of an analysis: its spans and the three parts of each attribution, each once
/// (two reports of one speaker share the source's range: "Smith rejected the plan and said").
pub fn marks_of(a: &Analysis) -> Vec<(Range, Mark)> {
    let mut marks: Vec<(Range, Mark)> = a.spans.iter().map(|s| (s.range(), Mark::of(s.category))).collect();
    for at in &a.attributions {
        marks.extend(at.source.map(|r| (r, Mark::Source)));
        marks.push((at.cue, Mark::Cue));
        marks.extend(at.content.iter().map(|&r| (r, Mark::Content)));
    }
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// (offset, 0 for a close or 1 for an open, then tie-breaks): see [`write_marked`].
type SortKey = (usize, u8, usize, u8, usize);

/// Writes `text[window]` with `marks` inserted. Marks that cross each other are still each
/// opened and closed at their own offsets; marks outside the window are ignored and marks that
/// cross its edges are cut at them. Control characters are replaced so that a hostile text cannot
/// drive the terminal.
pub fn write_marked(out: &mut impl Write, text: &str, window: Range, marks: &[(Range, Mark)], colour: bool) -> io::Result<()> {
    // Sort keys: at one offset closes come before opens. Among closes the innermost goes first
    // (latest start, then the mark that nests deepest); among opens the outermost (latest end,
    // then the mark that nests widest), so equal ranges nest in `Mark` order.
    let mut events: Vec<(SortKey, bool, usize)> = Vec::with_capacity(marks.len() * 2);
    for (i, &(r, m)) in marks.iter().enumerate() {
        let (start, end) = (r.start.max(window.start), r.end.min(window.end));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        events.push(((end, 0, usize::MAX - start, u8::MAX - m as u8, usize::MAX - i), false, i));
        events.push(((start, 1, usize::MAX - end, m as u8, i), true, i));
    }
    events.sort_unstable();

    let mut active: Vec<usize> = Vec::new();
    let mut at = window.start;
    for &((offset, ..), is_open, i) in &events {
        write_clean(out, &text[at..offset])?;
        at = offset;
        let m = marks[i].1;
        if is_open {
            active.push(i);
            restyle(out, marks, &active, colour)?;
            out.write_all(m.open().as_bytes())?;
        } else {
            out.write_all(m.close().as_bytes())?;
            active.retain(|&a| a != i);
            restyle(out, marks, &active, colour)?;
        }
    }
    write_clean(out, &text[at..window.end])

}

fn restyle(out: &mut impl Write, marks: &[(Range, Mark)], active: &[usize], colour: bool) -> io::Result<()> {
    if colour {
        out.write_all(b"\x1b[0m")?;
        for &i in active {
            write!(out, "\x1b[{}m", marks[i].1.sgr())?;
        }
    }
    Ok(())
}

/// Writes text with control characters (other than newline and tab) shown as U+FFFD; a carriage
/// return before a newline is dropped.
fn write_clean(out: &mut impl Write, s: &str) -> io::Result<()> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return out.write_all(s.as_bytes());
    }
    let mut chars = s.chars().peekable();
    let mut buf = [0u8; 4];
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\n' | '\t' => c,
            c if c.is_control() => '\u{FFFD}',
            c => c,
        };
        out.write_all(c.encode_utf8(&mut buf).as_bytes())?;
    }
    Ok(())
}

/// `text` with marks, as a string without colour (for error listings).
pub fn marked(text: &str, window: Range, marks: &[(Range, Mark)]) -> String {
    let mut out = Vec::new();
    write_marked(&mut out, text, window, marks, false).expect("writing to memory");
    String::from_utf8(out).expect("marks and text are UTF-8")
}

/// The contract's name for an enum value ("institution", "epistemic"), so the report uses the
/// same words as the JSON.
pub fn name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
}

/// Whitespace runs collapsed to single spaces and the result cut to `max` characters with "…".
pub fn one_line(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 4));
    let mut n = 0;
    for word in s.split_whitespace() {
        for c in (n > 0).then_some(' ').into_iter().chain(word.chars()) {
            if n == max {
                out.pop();
                out.push('…');
                return out;
            }
            out.push(if c.is_control() { '\u{FFFD}' } else { c });
            n += 1;
        }
    }
    out
}

/// One cell per voice of sentence `index`, as the digest lists them (`Digest::sentence_sources`),
/// so the report names every source the page names; "unattributed" when it has none.
pub fn source_cells(digest: &Digest, index: usize, a: &Analysis, text: &str) -> Vec<String> {
    let voices = digest.sentence_sources.get(index).map_or(&[][..], Vec::as_slice);
    let cells: Vec<String> = voices.iter().filter_map(|&i| a.attributions.get(i)).map(|at| source_label(Some(at), text)).collect();
    if cells.is_empty() {
        vec![source_label(None, text)]
    } else {
        cells
    }
}

/// "officials (institution)", or the cue when no source is named: "none (\"reportedly\")".
pub fn source_label(a: Option<&Attribution>, text: &str) -> String {
    match a {
        None => "unattributed".into(),
        // A pronoun is shown as the words it stands for: "she" alone tells the reader nothing.
        Some(a) => match a.refers_to.or(a.source).filter(|r| text.get(r.start..r.end).is_some()) {
            Some(r) => format!("{} ({})", one_line(r.slice(text), 24), name(&a.source_kind)),
            None => format!("{} (cue \"{}\")", name(&a.source_kind), one_line(text.get(a.cue.start..a.cue.end).unwrap_or(""), 16)),
        },
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes the whole report.
pub fn write(out: &mut impl Write, file_name: &str, text: &str, a: &Analysis, colour: bool) -> io::Result<()> {
    let count = |c: Category| a.spans.iter().filter(|s| s.category == c).count();
    let claims: Vec<(usize, &Sentence)> = a.sentences.iter().enumerate().filter(|(_, s)| s.claim.is_some()).collect();
    let heading = |out: &mut dyn Write, s: &str| -> io::Result<()> {
        if colour {
            writeln!(out, "\x1b[1m{s}\x1b[0m")
        } else {
            writeln!(out, "{s}")
        }
    };

    heading(out, &format!("Claimlens report: {file_name}"))?;
    writeln!(
        out,
        "{}, {}; {}, {}, {} of loaded wording, {}",
        plural(a.sentences.len(), "sentence", "sentences"),
        plural(claims.len(), "claim", "claims"),
        plural(count(Category::Hedge), "hedge", "hedges"),
        plural(count(Category::Booster), "booster", "boosters"),
        plural(count(Category::Loaded), "span", "spans"),
        plural(a.attributions.len(), "attribution", "attributions"),
    )?;
    writeln!(out, "Markers: [~hedge~] [+booster+] [!loaded!] [@source@] [^cue^] {{content}}")?;
    if let Some(language) = claimlens::language::other_language(text) {
        writeln!(out, "Note: {}", language.warning())?;
    }
    writeln!(out)?;

    write_marked(out, text, Range::new(0, text.len()), &marks_of(a), colour)?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    writeln!(out)?;

    heading(out, &format!("Claims ({})", claims.len()))?;
    if !claims.is_empty() {
        let digest = Digest::of(text, a);
        let mut rows: Vec<[String; 6]> = Vec::with_capacity(claims.len());
        for (n, &(i, s)) in claims.iter().enumerate() {
            let c = s.claim.as_ref().expect("filtered on claims");
            let mut sources = source_cells(&digest, i, a, text).into_iter();
            rows.push([
                (n + 1).to_string(),
                name(&c.kind),
                score_text(c.checkworthiness),
                score_text(s.certainty),
                sources.next().unwrap_or_default(),
                one_line(text.get(s.start..s.end).unwrap_or(""), 72),
            ]);
            // Further voices of the same sentence take a line each under the first, so the
            // sentence column keeps its width and each source reads on its own.
            rows.extend(sources.map(|source| [String::new(), String::new(), String::new(), String::new(), source, String::new()]));
        }
        write_table(out, &["#", "kind", "check", "certainty", "source", "sentence"], &rows)?;
    }
    writeln!(out)?;

    let others: Vec<&Sentence> = a.sentences.iter().filter(|s| s.claim.is_none()).collect();
    let reason = |s: &Sentence| s.non_claim.map_or_else(|| "unclassified".to_string(), |n: NonClaim| name(&n));
    let mut tally: Vec<(String, usize)> = Vec::new();
    for s in &others {
        let r = reason(s);
        match tally.iter_mut().find(|(k, _)| *k == r) {
            Some((_, n)) => *n += 1,
            None => tally.push((r, 1)),
        }
    }
    let summary: Vec<String> = tally.iter().map(|(k, n)| format!("{n} {k}")).collect();
    heading(out, &format!("Not claims ({}){}{}", others.len(), if others.is_empty() { "" } else { ": " }, summary.join(", ")))?;
    const LISTED: usize = 20;
    for s in others.iter().take(LISTED) {
        writeln!(out, "  {:<12}  {}", reason(s), one_line(text.get(s.start..s.end).unwrap_or(""), 72))?;
    }
    if others.len() > LISTED {
        writeln!(out, "  ... and {} more", others.len() - LISTED)?;
    }
    writeln!(out)?;

    heading(out, &format!("Cues ({})", a.spans.len()))?;
    let rows: Vec<[String; 4]> = a
        .spans
        .iter()
        .map(|s| {
            let quoted = if s.quoted { " (quoted)" } else { "" };
            [name(&s.category), name(&s.kind), format!("{}{quoted}", one_line(&s.text, 32)), one_line(&s.why, 60)]
        })
        .collect();
    if !rows.is_empty() {
        write_table(out, &["category", "kind", "text", "why"], &rows)?;
    }
    Ok(())
}

/// Left-aligned columns padded by character count (wide CJK characters will misalign slightly;
/// the report does not depend on a width table for that).
fn write_table<const N: usize>(out: &mut impl Write, header: &[&str; N], rows: &[[String; N]]) -> io::Result<()> {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut s = String::from(" ");
        for (i, cell) in cells.enumerate() {
            s.push(' ');
            s.push_str(cell);
            if i + 1 < N {
                s.extend(std::iter::repeat_n(' ', widths[i] - cell.chars().count() + 1));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &mut header.iter().copied())?;
    for row in rows {
        line(out, &mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens::engine::{Claim, ClaimKind, SourceKind, Stance};

    fn r(start: usize, end: usize) -> Range {
        Range::new(start, end)
    }

    #[test]
    fn marks_nest_and_cross() {
        // (text, marks, expected)
        type Case<'a> = (&'a str, &'a [(Range, Mark)], &'a str);
        let cases: &[Case] = &[
            ("It might rain.", &[(r(3, 8), Mark::Hedge)], "It [~might~] rain."),
            ("Clearly a bombshell.", &[(r(0, 7), Mark::Booster), (r(10, 19), Mark::Loaded)], "[+Clearly+] a [!bombshell!]."),
            // Content encloses a hedge; source and cue sit beside it.
            (
                "Officials said it may flood.",
                &[(r(15, 27), Mark::Content), (r(0, 9), Mark::Source), (r(10, 14), Mark::Cue), (r(18, 21), Mark::Hedge)],
                "[@Officials@] [^said^] {it [~may~] flood}.",
            ),
            // Same range: content outside, hedge inside, closed in reverse order.
            ("maybe", &[(r(0, 5), Mark::Hedge), (r(0, 5), Mark::Content)], "{[~maybe~]}"),
            // Adjacent marks close before the next opens.
            ("ab", &[(r(1, 2), Mark::Loaded), (r(0, 1), Mark::Hedge)], "[~a~][!b!]"),
            // Crossing marks are each opened and closed at their own offsets.
            ("abcd", &[(r(0, 3), Mark::Content), (r(2, 4), Mark::Hedge)], "{ab[~c}d~]"),
            // Multi-byte text: offsets are bytes on character boundaries.
            ("北京 may 😀", &[(r(7, 10), Mark::Hedge)], "北京 [~may~] 😀"),
            // Empty marks and marks off character boundaries are skipped; control characters are neutralised.
            ("a\u{1b}[31mb\r\nc", &[(r(1, 1), Mark::Hedge)], "a\u{FFFD}[31mb\nc"),
        ];
        for (text, marks, want) in cases {
            assert_eq!(marked(text, r(0, text.len()), marks), *want, "{text:?}");
        }
    }

    #[test]
    fn a_source_shared_by_two_reports_is_marked_once() {
        let text = "Smith rejected the plan and said it would fail.";
        let a = claimlens::engine::analyze(text);
        assert_eq!(marked(text, r(0, text.len()), &marks_of(&a)), "[@Smith@] [^rejected^] {the plan} and [^said^] {it would fail}.");
    }

    #[test]
    fn a_window_cuts_marks_at_its_edges() {
        let text = "one two three four";
        assert_eq!(marked(text, r(4, 13), &[(r(0, 7), Mark::Content), (r(8, 13), Mark::Hedge), (r(14, 18), Mark::Loaded)]), "{two} [~three~]");
    }

    #[test]
    fn colour_wraps_marked_text_and_resets() {
        let mut out = Vec::new();
        write_marked(&mut out, "may", r(0, 3), &[(r(0, 3), Mark::Hedge)], true).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\x1b[0m\x1b[33m[~may~]\x1b[0m");
    }

    #[test]
    fn one_line_collapses_and_truncates() {
        const CASES: &[(&str, usize, &str)] = &[
            ("a  b\n\tc", 10, "a b c"),
            ("abcdef", 4, "abc…"),
            ("abcd", 4, "abcd"),
            ("北京北京北京", 3, "北京…"),
            ("", 5, ""),
        ];
        for (s, max, want) in CASES {
            assert_eq!(one_line(s, *max), *want, "{s:?}");
        }
    }

    fn sentence(start: usize, end: usize) -> Sentence {
        Sentence { start, end, paragraph: 0, certainty: 1.0, claim: Some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }), non_claim: None, why: String::new() }
    }

    fn attribution(source: Option<Range>, cue: Range, content: &[Range], kind: SourceKind) -> Attribution {
        Attribution { source, cue, content: content.to_vec(), source_kind: kind, stance: Stance::Neutral, refers_to: None, why: String::new() }
    }

    #[test]
    fn the_source_column_names_the_attribution_covering_the_sentence() {
        //          0         1         2         3         4         5
        //          0123456789012345678901234567890123456789012345678901234
        //          5    6         7         8         9
        //          7890123456789012345678901234567890123456
        let text = "Officials said the dam held. It reportedly cracked. Rain. Ann Lee said so. She said more.";
        let said = attribution(Some(r(0, 9)), r(10, 14), &[r(15, 27)], SourceKind::Institution);
        let reportedly = attribution(None, r(32, 42), &[r(29, 50)], SourceKind::None);
        let lee = attribution(Some(r(58, 65)), r(66, 70), &[r(71, 73)], SourceKind::Named);
        // "She" is shown as the person it stands for.
        let she = Attribution { refers_to: Some(r(58, 65)), ..attribution(Some(r(75, 78)), r(79, 83), &[r(84, 88)], SourceKind::Named) };
        let a = analysis(&[sentence(0, 28), sentence(29, 51), sentence(52, 57), sentence(58, 74), sentence(75, 89)], vec![said, reportedly, lee, she]);
        let digest = Digest::of(text, &a);
        let cases = [(0, "Officials (institution)"), (1, "none (cue \"reportedly\")"), (2, "unattributed"), (4, "Ann Lee (named)")];
        for (i, want) in cases {
            assert_eq!(source_cells(&digest, i, &a, text), [want], "{:?}", &text[a.sentences[i].start..a.sentences[i].end]);
        }
    }

    fn analysis(sentences: &[Sentence], attributions: Vec<Attribution>) -> Analysis {
        let end = sentences.last().map_or(0, |s| s.end);
        Analysis { id: None, paragraphs: vec![r(0, end)], sentences: sentences.to_vec(), spans: Vec::new(), attributions }
    }

    #[test]
    fn a_sentence_with_two_voices_lists_both_in_reading_order() {
        //          0         1         2         3         4         5         6
        //          0123456789012345678901234567890123456789012345678901234567890123456
        let text = "The Courier claims the docks close, and Ms. Okafor claims they lied.";
        let courier = attribution(Some(r(0, 11)), r(12, 18), &[r(19, 34)], SourceKind::Institution);
        let okafor = attribution(Some(r(40, 50)), r(51, 57), &[r(58, 67)], SourceKind::Named);
        let a = analysis(&[sentence(0, 68)], vec![courier, okafor]);
        let mut out = Vec::new();
        write(&mut out, "t.txt", text, &a, false).unwrap();
        let out = String::from_utf8(out).unwrap();
        let table = &out[out.find("Claims (1)").unwrap()..out.find("Not claims").unwrap()];
        let want = "\
Claims (1)
  #  kind     check  certainty  source                     sentence
  1  factual  0.50   1.00       The Courier (institution)  The Courier claims the docks close, and Ms. Okafor claims they lied.
                                Ms. Okafor (named)
";
        assert_eq!(table.trim_end(), want.trim_end());
    }

    #[test]
    fn full_report_for_a_hand_built_analysis() {
        use claimlens::engine::{CueKind, Span};
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345678
        let text = "Officials said the river might flood. Is it safe?";
        let mut question = sentence(38, 49);
        question.claim = None;
        question.non_claim = Some(NonClaim::Question);
        let mut claim = sentence(0, 37);
        claim.claim = Some(Claim { kind: ClaimKind::Prediction, checkworthiness: 0.55 });
        claim.certainty = 0.6;
        let a = Analysis {
            id: None,
            paragraphs: vec![r(0, 49)],
            sentences: vec![claim, question],
            spans: vec![Span { start: 25, end: 30, text: "might".into(), category: Category::Hedge, kind: CueKind::Epistemic, quoted: false, why: "possibility".into() }],
            attributions: vec![attribution(Some(r(0, 9)), r(10, 14), &[r(15, 36)], SourceKind::Institution)],
        };
        let mut out = Vec::new();
        write(&mut out, "t.txt", text, &a, false).unwrap();
        let want = "\
Claimlens report: t.txt
2 sentences, 1 claim; 1 hedge, 0 boosters, 0 spans of loaded wording, 1 attribution
Markers: [~hedge~] [+booster+] [!loaded!] [@source@] [^cue^] {content}

[@Officials@] [^said^] {the river [~might~] flood}. Is it safe?

Claims (1)
  #  kind        check  certainty  source                   sentence
  1  prediction  0.55   0.60       Officials (institution)  Officials said the river might flood.

Not claims (1): 1 question
  question      Is it safe?

Cues (1)
  category  kind       text   why
  hedge     epistemic  might  possibility
";
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }
}

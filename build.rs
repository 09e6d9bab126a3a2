//! Build script: copies the lexicons under `lexicons/` into `OUT_DIR` without their comment
//! lines (the loaded-wording list also without its unused third column, the source nouns one line
//! a tag), and the engine includes those copies.
//!
//! The comments (sources, reasons for leaving words out) are for the people who edit the lists;
//! the parsers skip them, yet `include_str!` would put every one of them into the page's download
//! (some 15 KB, 6 KB of it after gzip). The five lists of entries (phrase, tag, reason) are
//! also written sorted by tag and reason, with repeated fields as one character, so a line of
//! the copy is no line of the source: the parser's message quotes the line it rejects.
//!
//! It also writes the tables of `src/lower.rs`, read off the standard library's own lower-casing
//! (see [`lower_case_tables`]).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// Every lexicon the crate includes. A name missing here fails the build at its `include_str!`.
const LEXICONS: [&str; 7] = [
    "abbreviations.txt",
    "attribution_cues.tsv",
    "boosters.tsv",
    "claim_cues.tsv",
    "hedges.tsv",
    "loaded.tsv",
    "source_nouns.tsv",
];

/// The lexicons `lexicon.rs` reads as `phrase<TAB>tag<TAB>why`. Their reasons quote their own
/// phrase ("\"may\" presents the event as a possibility"), and runs of entries share a tag and a
/// reason: `lexicon.rs` puts the phrase back where the build left [`PHRASE`], and the entry
/// before's field where it left [`DITTO`].
const ENTRY_LISTS: [&str; 5] = ["hedges.tsv", "boosters.tsv", "loaded.tsv", "attribution_cues.tsv", "claim_cues.tsv"];

/// Stands for the entry's own phrase in its reason. The same character as `lexicon::PHRASE`.
const PHRASE: char = '\u{1}';

/// Stands for a whole tag or reason equal to the entry before's. The same character as
/// `lexicon::DITTO`.
const DITTO: &str = "\u{2}";

fn main() {
    // The page's stack is 768 KB, not rustc's 1 MB. The stack comes first in memory and the
    // static data right after it, and every address of that data in the code is a signed LEB128
    // constant: three bytes below 1 MiB, four from there. With a 1 MB stack all of the data sat
    // just past 1 MiB; now it ends near 1,000 KB (6 KB less raw, 0.1 KB after gzip). The
    // shadow stack holds only locals whose address is taken (wasm's own locals are not on it);
    // an overflow still runs below address 0 and traps. Data that grows past 1 MiB again loses
    // the gain, nothing else.
    if env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32") {
        println!("cargo:rustc-link-arg-bin=claimlens-web=-zstack-size=786432");
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicons");
    fs::create_dir_all(&out).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
    for name in LEXICONS {
        let source = Path::new("lexicons").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let target = out.join(name);
        let mut kept = without_comments(&text);
        // The loaded-wording detector writes its own explanation from the words it matched, so
        // that list's third column (why each word is loaded) is for its editors alone: some
        // 20 KB of text the page would download and never show.
        if name == "loaded.tsv" {
            kept = first_two_columns(&kept, |_| true);
        }
        // Likewise a reporting cue's reason is shown only for a verb that marks a stance
        // (endorsing, distancing); a neutral cue or a trap is explained by the engine's own words.
        if name == "attribution_cues.tsv" {
            kept = first_two_columns(&kept, |tag| !(tag.starts_with("endorsing") || tag.starts_with("distancing")));
        }
        if ENTRY_LISTS.contains(&name) {
            kept = dittos(&by_tag_and_reason(&why_templates(&kept)));
        }
        if name == "source_nouns.tsv" {
            kept = nouns_by_tag(&kept);
        }
        if name == "abbreviations.txt" {
            kept = abbreviations_by_class(&kept);
        }
        fs::write(&target, kept).unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
    let tables = out.with_file_name("lower_case.rs");
    fs::write(&tables, lower_case_tables()).unwrap_or_else(|e| panic!("cannot write {}: {e}", tables.display()));
}

/// The tables `src/lower.rs` lower-cases with, as Rust source.
///
/// The standard library's `to_lowercase` brings Unicode's whole case table into the page's module
/// (1,400-odd pairs of 32-bit characters, 5 KB after gzip) with the two property tables of its
/// final-sigma rule. The same mappings written as runs (a first character, how many, one or every
/// other, the offset to the lower case) take some 180 entries. The build script is compiled by the
/// same toolchain as the crate, so what it reads here is what `to_lowercase` does in the crate.
///
/// `RUNS`: (first, count, step, delta) for every character whose lower case is one other
/// character. `MULTI`: the characters whose lower case is more than one. `CONTEXT`: what the
/// final-sigma rule sees of each character, as LEB128 numbers `length << 2 | class` covering the
/// code points in order (class 1: skipped as case-ignorable, 2: cased, 0: neither).
fn lower_case_tables() -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut multi = String::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        if lower.len() > 1 {
            multi.push_str(&format!("    ('\\u{{{:x}}}', {:?}),\n", c as u32, lower.iter().collect::<String>()));
            continue;
        }
        if lower[0] == c {
            continue;
        }
        let (n, delta) = (c as u32, lower[0] as i64 - c as i64);
        // A run takes the next mapped character when the offset is the same and the gap is the
        // run's step: no other mapped character lies inside a run, so the one a binary search on
        // the first characters finds is the only one that can hold a character.
        if let Some(last) = runs.last_mut() {
            let gap = n - (last.0 + last.2 * (last.1 - 1));
            if last.3 == delta && (gap == last.2 || (last.1 == 1 && gap == 2)) {
                last.2 = gap;
                last.1 += 1;
                continue;
            }
        }
        runs.push((n, 1, 1, delta));
    }
    // The class of each character as the final-sigma rule reads it, found by asking the rule:
    // after "a" (cased), "Σ" is final unless the text after it, case-ignorable characters skipped,
    // starts with a cased character. So "aΣx" keeps σ exactly when x is cased and not ignorable,
    // and "aΣxa" when x is either.
    let sigma_before = |x: char, tail: &str| format!("a\u{3a3}{x}{tail}").to_lowercase()[1..].starts_with('\u{3c3}');
    let mut context: Vec<(u32, u8)> = Vec::new();
    for n in 0..=char::MAX as u32 {
        let class = match char::from_u32(n) {
            Some(x) if sigma_before(x, "") => 2,
            Some(x) if sigma_before(x, "a") => 1,
            Some(_) => 0,
            // Surrogates are never in a string: they join the run before.
            None => context.last().map_or(0, |r| r.1),
        };
        match context.last_mut() {
            Some(run) if run.1 == class => run.0 += 1,
            _ => context.push((1, class)),
        }
    }
    let mut bytes = Vec::new();
    for (length, class) in context {
        let mut v = length << 2 | u32::from(class);
        while v >= 0x80 {
            bytes.push((v & 0x7f) as u8 | 0x80);
            v >>= 7;
        }
        bytes.push(v as u8);
    }
    let mut text = format!("const RUNS: [(u32, u16, u8, i32); {}] = [\n", runs.len());
    for (first, count, step, delta) in &runs {
        text.push_str(&format!("    (0x{first:x}, {count}, {step}, {delta}),\n"));
    }
    text.push_str(&format!("];\nconst MULTI: &[(char, &str)] = &[\n{multi}];\nconst CONTEXT: [u8; {}] = {bytes:?};\n", bytes.len()));
    text
}

/// `text` with each line whose first non-blank character is `#` emptied, its line break kept.
/// Every reader of these files (`lexicon.rs`, `segment.rs`, [`nouns_by_tag`]) skips such a line
/// and an empty one alike.
fn without_comments(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            kept.push_str(if line.ends_with("\r\n") { "\r\n" } else if line.ends_with('\n') { "\n" } else { "" });
        } else {
            kept.push_str(line);
        }
    }
    kept
}

/// The entry lines of `text` (empty lines dropped) sorted by tag, then by reason, in a stable
/// sort: entries that share both then sit together, and [`dittos`] writes each repeat as one
/// character (about 0.75 KB of the page's download after gzip over the five lists, against their
/// order in the source, which follows the sources and the kinds the editors group by). An
/// entry's place in its list means nothing to the engine: a phrase is looked up by its words,
/// and no list holds one phrase twice (`lexicon.rs` tests it).
fn by_tag_and_reason(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().filter(|line| !line.trim().is_empty()).collect();
    let field = |line: &str, n: usize| line.split('\t').nth(n).unwrap_or("").trim().to_string();
    lines.sort_by_key(|line| (field(line, 1), field(line, 2)));
    lines.iter().flat_map(|line| [*line, "\n"]).collect()
}

/// `text` with each reason's quotations of its own phrase (`"phrase"`, `'phrase'`) written with
/// [`PHRASE`] inside the quotes. Deflate stores a repeat of the phrase as a back-reference of two
/// or three bytes, a one-byte placeholder in about one; over 700 reasons that is some 2 KB of the
/// page's download. The fields are trimmed as `lexicon.rs` trims them, so the phrase put back is
/// exactly the one quoted.
fn why_templates(text: &str) -> String {
    assert!(!text.contains(PHRASE), "a lexicon contains the character that stands for a phrase in a reason");
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let mut fields = body.splitn(3, '\t');
        let (phrase, tag, why) = (fields.next().unwrap_or(""), fields.next(), fields.next());
        let (Some(tag), Some(why)) = (tag, why) else {
            kept.push_str(line);
            continue;
        };
        let own = phrase.trim();
        let mut why = why.to_string();
        if !own.is_empty() {
            for quote in ['"', '\''] {
                why = why.replace(&format!("{quote}{own}{quote}"), &format!("{quote}{PHRASE}{quote}"));
            }
        }
        kept.push_str(&format!("{phrase}\t{tag}\t{why}"));
        kept.push_str(&line[body.len()..]);
    }
    kept
}

/// `text` with each entry's tag, and its reason, written as [`DITTO`] where it equals the entry
/// before's (reasons compared with their [`PHRASE`] placeholders, so "\"\u{1}\" presents the event
/// as a possibility" repeats for "may", "might" and "could"). Deflate stores a repeated field as
/// a back-reference of two or three bytes, the placeholder in about one: some 0.9 KB of the
/// page's download over the five lists. Fields are compared trimmed, as `lexicon.rs` reads them;
/// an empty reason is never a repeat.
fn dittos(text: &str) -> String {
    assert!(!text.contains(DITTO), "a lexicon contains the character that stands for a repeated field");
    let mut kept = String::with_capacity(text.len());
    let (mut tag_before, mut why_before) = (String::new(), String::new());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if body.trim_start().is_empty() {
            kept.push_str(line);
            continue;
        }
        let mut fields: Vec<&str> = body.splitn(4, '\t').collect();
        let (tag, why) = (fields.get(1).map_or("", |t| t.trim()).to_string(), fields.get(2).map_or("", |w| w.trim()).to_string());
        if fields.len() > 1 && !tag.is_empty() && tag == tag_before {
            fields[1] = DITTO;
        }
        if fields.len() > 2 && !why.is_empty() && why == why_before {
            fields[2] = DITTO;
        }
        kept.push_str(&fields.join("\t"));
        kept.push_str(&line[body.len()..]);
        (tag_before, why_before) = (tag, why);
    }
    kept
}

/// The tags of `source_nouns.tsv`, in the order of their bits in `attribution/source.rs`
/// (`QUANT` is bit 0, `SHARE` bit 7).
const NOUN_TAGS: [&str; 8] = ["quant", "group", "anon", "role", "org", "place", "title", "share"];

/// `source_nouns.tsv` (`word<TAB>tag` a line, comments emptied) as one line a tag, in the order of
/// [`NOUN_TAGS`] (see [`one_line_a_class`]): a tag is then read from the line's place, not
/// spelled out some 650 times (some 900 bytes of the page's download with the code that read it),
/// and a mistake in the file fails the build with its line number rather than the page at its
/// first analysis.
fn nouns_by_tag(text: &str) -> String {
    let entries = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()).map(|(n, line)| {
        let mut fields = line.split('\t').map(str::trim);
        let (word, tag) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        assert!(!word.is_empty() && !word.contains(' ') && fields.next().is_none(), "source_nouns.tsv line {}: expected `word<TAB>tag`: '{line}'", n + 1);
        (n, word, tag)
    });
    one_line_a_class("source_nouns.tsv", &NOUN_TAGS, entries)
}

/// The classes of `abbreviations.txt`, in the order `segment.rs` reads their lines.
const ABBREVIATION_CLASSES: [&str; 3] = ["prefix", "numeric", "ordinary"];

/// `abbreviations.txt` (`form. class` a line, comments emptied) as one line a class, in the order
/// of [`ABBREVIATION_CLASSES`], its forms without their period, as [`nouns_by_tag`] does for the
/// source nouns. A form listed twice fails the build: in one line a class, which of the two wins
/// would depend on the order of the classes.
fn abbreviations_by_class(text: &str) -> String {
    let mut seen = std::collections::HashSet::new();
    let entries = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()).map(|(n, line)| {
        let mut fields = line.split_whitespace();
        let (form, class) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let form = form.strip_suffix('.').unwrap_or_else(|| panic!("abbreviations.txt line {}: '{form}' lacks its period", n + 1));
        assert!(fields.next().is_none(), "abbreviations.txt line {}: expected `form. class`", n + 1);
        assert!(seen.insert(form), "abbreviations.txt line {}: '{form}.' is listed twice", n + 1);
        (n, form, class)
    });
    one_line_a_class("abbreviations.txt", &ABBREVIATION_CLASSES, entries)
}

/// The words of `entries` (line index, word, class) as one line a class, in the order of
/// `classes`, separated by spaces. An unknown class fails the build with `file`'s line number.
fn one_line_a_class<'t>(file: &str, classes: &[&str], entries: impl Iterator<Item = (usize, &'t str, &'t str)>) -> String {
    let mut lines = vec![String::new(); classes.len()];
    for (n, word, class) in entries {
        let at = classes.iter().position(|&c| c == class).unwrap_or_else(|| panic!("{file} line {}: unknown class '{class}'", n + 1));
        if !lines[at].is_empty() {
            lines[at].push(' ');
        }
        lines[at].push_str(word);
    }
    lines.join("\n")
}

/// `text` with each line whose second column (the tag) `cut` accepts cut before its second tab,
/// line breaks kept.
fn first_two_columns(text: &str, cut: impl Fn(&str) -> bool) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\r', '\n']);
        let tag = body.split('\t').nth(1).unwrap_or("").trim();
        let end = body.match_indices('\t').nth(1).filter(|_| cut(tag)).map_or(body.len(), |(i, _)| i);
        kept.push_str(&body[..end]);
        kept.push_str(&line[body.len()..]);
    }
    kept
}

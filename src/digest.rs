//! Figures derived from one analysis for readers: counts and rates, who is cited and for which
//! claims, and certainty along the article. The panel, the exports and the command line all
//! read the same digest, so a number never differs between them.
//!
//! A sentence is "attributed" when some attribution's content overlaps it, or, failing that, when
//! an attribution's cue or source sits inside it ("Officials said:" introducing what follows).
//! `sentence_attribution` records the main attribution per sentence, and the unattributed share
//! is read from it. A sentence may carry several reports ("The Courier claims the docks will
//! close, and Ms. Okafor claims the council lied"), so `sentence_sources` keeps every voice of
//! each sentence, and each source's claims are read from that: a claim the panel lists under a
//! source is never also counted as unattributed, and no voice of it is left out.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::engine::document::At;
use crate::engine::{Analysis, Category, Range, SourceKind};
use crate::language::{other_language, Language};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Digest {
    /// Words in the text (tokens that contain a letter or digit).
    pub words: usize,
    pub sentences: usize,
    pub claims: usize,
    pub hedges: usize,
    pub boosters: usize,
    pub loaded: usize,
    pub attributions: usize,
    pub hedges_per_1000_words: f32,
    pub boosters_per_1000_words: f32,
    /// Share of claims (0..1) whose sentence no attribution covers; 0 when there are no claims.
    pub unattributed_claim_share: f32,
    /// For each sentence, the attribution whose content covers it most (the first on a tie); failing
    /// that, the first whose cue or source lies in the sentence ("Officials said:").
    pub sentence_attribution: Vec<Option<usize>>,
    /// For each sentence, one attribution per voice reporting in it, in reading order: those whose
    /// content covers the sentence and that are not inside another's content, one per source (as
    /// `sources` merges them) and one for all reports with no one named; failing any,
    /// `sentence_attribution`'s. Empty exactly when that is `None`.
    pub sentence_sources: Vec<Vec<usize>>,
    /// Who is cited, most often first; sources with the same wording (case-insensitive) merge.
    pub sources: Vec<SourceSummary>,
    /// Attributions with no source span ("it is reported that") are counted here, not in `sources`.
    pub agentless: Vec<usize>,
    /// (sentence index, certainty) for every claim, in reading order: the certainty chart.
    pub certainty_series: Vec<(usize, f32)>,
    /// Set when the text clearly reads as another language than English, the only one the
    /// detectors know: its few marks then say nothing about it (`crate::language`).
    pub other_language: Option<Language>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceSummary {
    /// The source as written at its first mention.
    pub label: String,
    pub kind: SourceKind,
    /// Indices into `Analysis::attributions`.
    pub attributions: Vec<usize>,
    /// Indices into `Analysis::sentences` of the claims this source carries: those whose
    /// `sentence_sources` hold one of `attributions`. A claim reporting two voices is in both.
    pub claims: Vec<usize>,
}

impl Digest {
    pub fn of(text: &str, analysis: &Analysis) -> Digest {
        let words = count_words(text);
        let count = |c: Category| analysis.spans.iter().filter(|s| s.category == c).count();
        let (hedges, boosters, loaded) = (count(Category::Hedge), count(Category::Booster), count(Category::Loaded));
        let per_1000 = |n: usize| if words == 0 { 0.0 } else { (n as f64 * 1000.0 / words as f64) as f32 };

        let candidates = candidates_by_sentence(analysis);
        let sentence_attribution: Vec<Option<usize>> =
            analysis.sentences.iter().zip(&candidates).map(|(s, near)| attribution_of(s.range(), analysis, near)).collect();

        let claim_sentences: Vec<usize> =
            analysis.sentences.iter().enumerate().filter(|(_, s)| s.claim.is_some()).map(|(i, _)| i).collect();
        let unattributed = claim_sentences.iter().filter(|&&i| sentence_attribution.at(i).is_none()).count();
        let unattributed_claim_share =
            if claim_sentences.is_empty() { 0.0 } else { unattributed as f32 / claim_sentences.len() as f32 };

        let certainty_series = claim_sentences.iter().map(|&i| (i, analysis.sentences.at(i).certainty)).collect();

        let agentless = analysis.attributions.iter().enumerate().filter(|(_, a)| a.source.is_none()).map(|(i, _)| i).collect();
        let (groups, group_of) = group_sources(text, analysis);
        let sentence_sources: Vec<Vec<usize>> = analysis
            .sentences
            .iter()
            .zip(&candidates)
            .zip(&sentence_attribution)
            .map(|((s, near), &main)| voices_of(text, s.range(), analysis, near, main, &group_of))
            .collect();
        let sources = summarise_sources(groups, &group_of, &sentence_sources, &claim_sentences);

        Digest {
            words,
            sentences: analysis.sentences.len(),
            claims: claim_sentences.len(),
            hedges,
            boosters,
            loaded,
            attributions: analysis.attributions.len(),
            hedges_per_1000_words: per_1000(hedges),
            boosters_per_1000_words: per_1000(boosters),
            unattributed_claim_share,
            sentence_attribution,
            sentence_sources,
            sources,
            agentless,
            certainty_series,
            other_language: other_language(text),
        }
    }
}

/// `text.unicode_words().count()`, the Unicode word count, without running the full word
/// segmentation over ASCII text. The digest is rebuilt on every paste, and a Unicode table look-up
/// per character was most of its cost. The text box counts with it too, so the page shows one
/// number ("fare-free" is two words, and so is 中文 without spaces).
///
/// ASCII whitespace always ends a word, and no rule that joins characters into a word looks
/// across it, so the text can be cut before any whitespace byte and the words counted piece by
/// piece. Runs of ASCII are counted by [`ascii_words`]; each piece holding anything beyond ASCII
/// goes to the full segmentation.
pub fn count_words(text: &str) -> usize {
    let b = text.as_bytes();
    let mut count = 0;
    // Everything before `done` is counted; `done` is 0 or a whitespace byte.
    let mut done = 0;
    while let Some(k) = b.at(done..).iter().position(|x| !x.is_ascii()) {
        let wide = done + k;
        let start = b.at(done..wide).iter().rposition(u8::is_ascii_whitespace).map_or(done, |p| done + p);
        let end = b.at(wide..).iter().position(u8::is_ascii_whitespace).map_or(b.len(), |p| wide + p);
        count += ascii_words(b.at(done..start));
        // Whitespace is ASCII, so both ends fall between characters.
        count += text.at(start..end).unicode_words().count();
        done = end;
    }
    count + ascii_words(b.at(done..))
}

/// The Unicode word count (UAX #29, words holding a letter or digit) of ASCII text: runs of
/// letters, digits and "_", where ":", "." and "'" join two letters ("U.S", "can't") and ",",
/// ";", "." and "'" join two digits ("3.5", "1,000").
fn ascii_words(b: &[u8]) -> usize {
    let word_byte = crate::engine::document::is_word_byte;
    let joins = |before: u8, mid: u8, after: u8| {
        (before.is_ascii_alphabetic() && after.is_ascii_alphabetic() && matches!(mid, b':' | b'.' | b'\''))
            || (before.is_ascii_digit() && after.is_ascii_digit() && matches!(mid, b',' | b';' | b'.' | b'\''))
    };
    let mut count = 0;
    let mut i = 0;
    while i < b.len() {
        if !word_byte(b[i]) {
            i += 1;
            continue;
        }
        // One word: word bytes, and joining marks between them.
        let mut alphanumeric = false;
        loop {
            while i < b.len() && word_byte(b[i]) {
                alphanumeric |= b[i] != b'_';
                i += 1;
            }
            if i + 1 < b.len() && joins(*b.at(i - 1), *b.at(i), b[i + 1]) {
                i += 1;
            } else {
                break;
            }
        }
        // A run of "_" alone is no word.
        count += usize::from(alphanumeric);
    }
    count
}

/// A score as readers see it, two decimals. Cut, not rounded: the bands below switch at two-decimal
/// thresholds, so 0.497 must read "0.49" (weak), never "0.50" beside the word "weak".
pub fn score_text(x: f32) -> String {
    // Scores are rounded to three decimals by the engine; going through thousandths first keeps
    // 0.29 (stored as 0.28999...) from being cut to 0.28.
    let hundredths = ((x * 1000.0).round() / 10.0).floor();
    with_point(hundredths as i64, 2)
}

/// `x` with `places` decimals, rounded half away from zero ("12.25" reads "12.3"); a value
/// that is not finite reads as 0. Numbers shown to readers go through here rather than
/// `format!("{:.1}")`: Rust's float formatting is some 14 KB of the page's download, for a
/// dozen figures that integers print as well.
pub fn fixed(x: f64, places: u32) -> String {
    let scaled = (x * 10f64.powi(places as i32)).round();
    // `as` saturates at the integer's range and makes NaN 0.
    with_point(scaled as i64, places)
}

/// `n` hundredths (for `places` 2) and so on, written with its decimal point.
fn with_point(n: i64, places: u32) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    if places == 0 {
        return format!("{sign}{n}");
    }
    let scale = 10u64.pow(places);
    format!("{sign}{}.{:0width$}", n / scale, n % scale, width = places as usize)
}

/// The certainty band a reader sees, "firm" | "hedged" | "weak". A flat assertion scores 0.85
/// and one approximator keeps it above 0.75; a vague source alone brings it to 0.72 and one
/// epistemic hedge ("may") near 0.55; two hedges or a question fall below 0.5.
pub fn certainty_band(certainty: f32) -> &'static str {
    if certainty >= 0.75 {
        "firm"
    } else if certainty >= 0.5 {
        "hedged"
    } else {
        "weak"
    }
}

/// The check-worthiness band, "high" | "mid" | "low": 0.5 is the engine's decision threshold, so
/// "low" claims are those it would not send to a fact-checker.
pub fn checkworthiness_band(checkworthiness: f32) -> &'static str {
    if checkworthiness >= 0.7 {
        "high"
    } else if checkworthiness >= 0.5 {
        "mid"
    } else {
        "low"
    }
}

/// Bytes two ranges share.
fn shared(a: Range, b: Range) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// For each sentence, in ascending order, the attributions whose parts reach into it: a book has
/// thousands of sentences and attributions, and comparing every pair took seconds.
fn candidates_by_sentence(analysis: &Analysis) -> Vec<Vec<usize>> {
    let sentences = &analysis.sentences;
    let mut near: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (i, a) in analysis.attributions.iter().enumerate() {
        let parts = a.content.iter().chain(a.source.iter()).chain([&a.cue]);
        let (start, end) = parts.fold((usize::MAX, 0), |(s, e), r| (s.min(r.start), e.max(r.end)));
        // Sentences are ordered and disjoint: those overlapping [start, end) form one run.
        let first = sentences.partition_point(|s| s.end <= start);
        let last = sentences.partition_point(|s| s.start < end);
        for list in near.iter_mut().take(last).skip(first) {
            list.push(i);
        }
    }
    near
}

/// The attribution covering `sentence` most by content bytes (the first on a tie); failing any
/// overlap, the first whose cue or source lies in the sentence. `near` (ascending) holds every
/// attribution that reaches into the sentence, so the others need not be looked at.
fn attribution_of(sentence: Range, analysis: &Analysis, near: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for &i in near {
        let bytes: usize = analysis.attributions.at(i).content.iter().map(|&c| shared(c, sentence)).sum();
        // Strictly greater keeps the first of equals.
        if bytes > 0 && best.is_none_or(|(_, b)| bytes > b) {
            best = Some((i, bytes));
        }
    }
    best.map(|(i, _)| i).or_else(|| {
        near.iter().copied().find(|&i| {
            let a = analysis.attributions.at(i);
            sentence.overlaps(a.cue) || a.source.is_some_and(|s| sentence.overlaps(s))
        })
    })
}

/// The attributions of the voices reporting in `sentence`, one per voice, ordered by where
/// each report starts (its source, or its cue when no one is named). A voice is a source group
/// (`group_of`), and all reports with no one named are one: "it is said" twice names no one
/// twice. Only reports whose content covers the sentence count, since a cue alone ("Officials
/// said:") points at the next sentence; when none does (or each is inside another's content),
/// `main` is the sentence's one voice.
fn voices_of(text: &str, sentence: Range, analysis: &Analysis, near: &[usize], main: Option<usize>, group_of: &[Option<usize>]) -> Vec<usize> {
    let mut reports: Vec<usize> =
        near.iter().copied().filter(|&i| analysis.attributions.at(i).content.iter().any(|&c| shared(c, sentence) > 0)).collect();
    let starts = |i: usize| {
        let a = analysis.attributions.at(i);
        a.source.map_or(a.cue.start, |s| s.start.min(a.cue.start))
    };
    // A report inside another's content is what that voice says, not a voice beside it:
    // "Columbia said it will call the bonds", "Nazer reiterated the accord, the agency said".
    let inside = |i: usize, j: usize| {
        let at = starts(i);
        i != j && analysis.attributions.at(j).content.iter().any(|c| c.start <= at && at < c.end)
    };
    // A question put by no one named ("Asked whether the plan would work, Smith said it
    // would") is the interviewer's, who claims nothing: no voice beside the one who answers.
    let question = |i: usize| {
        let a = analysis.attributions.at(i);
        a.source.is_none() && a.refers_to.is_none() && is_asking(a.cue.slice(text))
    };
    let answered = reports.iter().any(|&i| !question(i));
    reports.retain(|&i| !(answered && question(i)));
    let nested: Vec<bool> = reports.iter().map(|&i| reports.iter().any(|&j| inside(i, j))).collect();
    let mut flags = nested.iter();
    reports.retain(|_| flags.next().is_some_and(|n| !n));
    if reports.is_empty() {
        return main.into_iter().collect();
    }
    crate::sort::sort_by_key(&mut reports, |&i| starts(i));
    // Sources sharing words are one voice read twice ("The report" and "The report, quoting
    // Radio Moscow"; "Liedtke, who said" and its "who"), whatever their groups.
    let words = |i: usize| {
        let a = analysis.attributions.at(i);
        a.source.into_iter().chain(a.refers_to)
    };
    let same = |i: usize, j: usize| *group_of.at(i) == *group_of.at(j) || words(i).any(|r| words(j).any(|q| shared(r, q) > 0));
    let mut voices: Vec<usize> = Vec::with_capacity(reports.len());
    for i in reports {
        if !voices.iter().any(|&v| same(v, i)) {
            voices.push(i);
        }
    }
    voices
}

/// Is the cue a form of "ask" ("Asked", "when asked", "asking")?
fn is_asking(cue: &str) -> bool {
    let word = cue.split_whitespace().find(|w| !w.eq_ignore_ascii_case("when") && !w.eq_ignore_ascii_case("if")).unwrap_or("");
    ["ask", "asks", "asked", "asking"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The grouping key of a source: "The  Ministry" and "the ministry" are the same voice.
fn source_key(written: &str) -> String {
    crate::lower::to_lowercase(&written.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Words that stand before a name without being part of it: "Ms Osei" is Amal Osei, and
/// "President Joe Biden" is Joe Biden. (An abbreviated title ends in a full stop: "Gov.".)
const TITLES: &str = "mr mrs ms miss mx dr sir dame lord lady president senator representative governor mayor judge \
    justice minister chancellor secretary general colonel captain chief director professor coach councillor officer sheriff \
    detective sergeant father pope king queen prince princess premier ambassador commissioner inspector chairman chairwoman \
    sen rep gov gen col lt sgt capt prof rev";

fn is_title(w: &str) -> bool {
    TITLES.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(w))
}

/// A named person's surname and, when written, the given name before it: the capitalised words
/// that end the name ("finance director Amal Osei" gives Osei and Amal, "Ms. Osei" Osei alone).
/// What follows the name is left: "Donald Maude of Midland Bank", "Sy, backed by the party".
/// When that leaves a title, the name is after its comma ("its governor, Robin Leigh-Pemberton",
/// "a member of the Federal Reserve Board, Robert Heller") or its "of" ("Secretary of State
/// George Shultz").
fn name_parts(written: &str) -> Option<(&str, Option<&str>)> {
    let stop = |w: &&str| matches!(*w, "of" | "at" | "from" | "for" | "with");
    let mut parts = written.split(',');
    let head: Vec<&str> = parts.next().unwrap_or("").split_whitespace().collect();
    let after = head.iter().rposition(stop).map_or(head.len(), |k| k + 1);
    let before = |words: &[&'_ str]| words.iter().position(stop).unwrap_or(words.len());
    let next: Vec<&str> = parts.next().unwrap_or("").split_whitespace().collect();
    let first = one_name(head.at(..before(&head)));
    let tail = head.at(after..);
    let after_of = one_name(tail);
    // "Bank of Japan governor Satoshi Sumita": a role right before a full name after "of" names
    // that person, when the words before "of" give no given name ("Bank"). Not "Smith of the
    // Federal Reserve Board", nor "Trump, who met Xi Jinping", which are Smith and Trump.
    let role = |w: &str| w.len() > 3 && w.starts_with(char::is_lowercase) || is_title(w);
    let role_named = after_of.filter(|n| n.1.is_some() && tail.len() >= 3 && role(tail[tail.len() - 3]));
    first.filter(|n| n.1.is_some()).or(role_named).or(first).or_else(|| one_name(next.at(..before(&next)))).or(after_of)
}

/// [`name_parts`] of the words of a name and any title or role before it. A possessive before
/// the name is an employer's, not a given name: "Data Resources' Wyss". A given name of
/// syllables joined by a hyphen comes after the family name ("Chang Chi-cheng", "Kim
/// Ji-hoon"), and a family name may open with a particle ("al-Thani").
fn one_name<'a>(words: &[&'a str]) -> Option<(&'a str, Option<&'a str>)> {
    let (&surname, words) = words.split_last()?;
    let surname = surname.strip_suffix("'s").or_else(|| surname.strip_suffix("\u{2019}s")).unwrap_or(surname);
    let plain = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_title(w);
    let given = words.last().copied().filter(|w| plain(w) && w.chars().all(char::is_alphabetic));
    let after_hyphen = surname.split_once('-').map_or("", |(_, b)| b);
    if let Some(family) = given.filter(|_| plain(surname) && after_hyphen.starts_with(char::is_lowercase)) {
        return Some((family, Some(surname)));
    }
    if !(plain(surname) || plain(after_hyphen)) || !surname.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}')) {
        return None;
    }
    Some((surname, given))
}

/// The sources, each with its first mention's start, in order of first appearance in the
/// attribution list (claims not yet listed), and the group of each attribution with a source.
/// Groups merged into others (`same_person`) are left with no attributions.
fn group_sources(text: &str, analysis: &Analysis) -> (Vec<(usize, SourceSummary)>, Vec<Option<usize>>) {
    // (first mention's start, summary), in order of first appearance in the attribution list.
    let mut groups: Vec<(usize, SourceSummary)> = Vec::new();
    // A pronoun counts for the voice it stands for: "she" after Amal Osei is Amal Osei, and two
    // "she"s are not one voice.
    let sourced: Vec<(usize, Range, &str)> = (analysis.attributions.iter().enumerate())
        .filter_map(|(i, a)| a.source.map(|source| (i, a.refers_to.unwrap_or(source))))
        .map(|(i, range)| (i, range, text.get(range.start..range.end).unwrap_or("")))
        .collect();
    let numbers = number_of(sourced.iter().map(|&(_, _, w)| source_key(w)).collect());
    // The group of each attribution with a source.
    let mut group_of: Vec<Option<usize>> = vec![None; analysis.attributions.len()];
    for (&(i, range, written), g) in sourced.iter().zip(numbers) {
        let a = analysis.attributions.at(i);
        *group_of.at_mut(i) = Some(g);
        match groups.get_mut(g) {
            Some((first, summary)) => {
                summary.attributions.push(i);
                // Attributions may not be listed in reading order; the label and kind follow
                // the mention a reader meets first, unless that is a headline's capitals.
                if (shouted(written), range.start) < (shouted(&summary.label), *first) {
                    summary.label = written.trim().to_string();
                    summary.kind = a.source_kind;
                }
                *first = range.start.min(*first);
            }
            None => groups.push((
                range.start,
                SourceSummary { label: written.trim().to_string(), kind: a.source_kind, attributions: vec![i], claims: Vec::new() },
            )),
        }
    }
    let into = same_person(&groups);
    for g in group_of.iter_mut().flatten() {
        *g = *into.at(*g);
    }
    for g in 0..groups.len() {
        let to = *into.at(g);
        if to != g {
            let first = groups.at(g).0;
            let moved = std::mem::take(&mut groups.at_mut(g).1.attributions);
            let (to_first, to) = groups.at_mut(to);
            to.attributions.extend(moved);
            *to_first = first.min(*to_first);
        }
    }
    (groups, group_of)
}

/// The sources as the digest lists them: with their claims, most often cited first.
fn summarise_sources(
    mut groups: Vec<(usize, SourceSummary)>,
    group_of: &[Option<usize>],
    sentence_sources: &[Vec<usize>],
    claim_sentences: &[usize],
) -> Vec<SourceSummary> {
    for &s in claim_sentences {
        // One attribution per group in a sentence, so a claim is listed once under each.
        for g in sentence_sources.at(s).iter().filter_map(|&a| *group_of.at(a)) {
            groups.at_mut(g).1.claims.push(s);
        }
    }
    // The groups merged into others are empty now.
    groups.retain(|(_, s)| !s.attributions.is_empty());
    crate::sort::sort_by(&mut groups, |a, b| b.1.attributions.len().cmp(&a.1.attributions.len()).then(a.0.cmp(&b.0)));
    groups.into_iter().map(|(_, s)| s).collect()
}

/// For each key, the number of its value when the distinct values are counted in order of first
/// appearance: `["b", "a", "b"]` gives `[0, 1, 0]`. By the crate's one sort rather than a hash map, whose
/// code the page's module would carry for these two uses alone.
fn number_of(keys: Vec<String>) -> Vec<usize> {
    let mut by_key: Vec<usize> = (0..keys.len()).collect();
    // Stable: each run of equal keys starts with its first appearance.
    crate::sort::sort_by(&mut by_key, |&a, &b| keys.at(a).cmp(keys.at(b)));
    let mut first = vec![0; keys.len()];
    for (n, &i) in by_key.iter().enumerate() {
        *first.at_mut(i) = match n.checked_sub(1).map(|m| *by_key.at(m)) {
            Some(before) if keys.at(before) == keys.at(i) => *first.at(before),
            _ => i,
        };
    }
    let mut numbers = vec![0; keys.len()];
    let mut next = 0;
    for i in 0..keys.len() {
        // A key's first appearance is never after it, so its number is already given.
        *numbers.at_mut(i) = if *first.at(i) == i {
            next += 1;
            next - 1
        } else {
            *numbers.at(*first.at(i))
        };
    }
    numbers
}

/// Written in capitals only, as wire copy's headlines are ("TREASURY'S BAKER").
fn shouted(label: &str) -> bool {
    !label.chars().any(char::is_lowercase)
}

/// For each group, the group it joins (itself if none): the named people written differently
/// who are one person to a reader. "Amal Osei", "finance director Amal Osei", "Ms. Osei" and
/// "Osei" are one when no other Osei is named; with a Jill Biden beside Joe Biden, each keeps
/// her or his own mentions and a bare "Biden" stays apart, since it could be either.
fn same_person(groups: &[(usize, SourceSummary)]) -> Vec<usize> {
    let mut into: Vec<usize> = (0..groups.len()).collect();
    // The named groups of each surname, with their given names.
    let named: Vec<(usize, &str, Option<&str>)> = groups
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| s.kind == SourceKind::Named)
        .filter_map(|(g, (_, s))| name_parts(&s.label).map(|(surname, given)| (g, surname, given)))
        .collect();
    let mut families: Vec<Vec<(usize, Option<&str>)>> = Vec::new();
    let numbers = number_of(named.iter().map(|&(_, surname, _)| crate::lower::to_lowercase(surname)).collect());
    for (&(g, _, given), f) in named.iter().zip(numbers) {
        if f == families.len() {
            families.push(Vec::new());
        }
        families.at_mut(f).push((g, given));
    }
    for family in &families {
        let mut givens = family.iter().filter_map(|p| p.1);
        let one_given = givens.next().is_none_or(|first| givens.all(|other| other.eq_ignore_ascii_case(first)));
        for &(g, given) in family {
            if given.is_some() || one_given {
                // Its label and kind stand for all: the one mentioned first among those this may
                // be, preferring a label not in a headline's capitals, then one with the given
                // name ("Finance Minister Edouard Balladur", not "BALLADUR" or "Balladur").
                let rank = |p: &(usize, Option<&str>)| (shouted(&groups.at(p.0).1.label), p.1.is_none(), groups.at(p.0).0);
                let same = family.iter().filter(|p| one_given || p.1.zip(given).is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)));
                *into.at_mut(g) = same.min_by_key(|p| rank(p)).map_or(g, |p| p.0);
            }
        }
    }
    into
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Attribution, Claim, ClaimKind, Sentence, Stance};

    /// (text, words), counted by hand under the Unicode word rules.
    const WORD_COUNTS: &[(&str, usize)] = &[
        ("", 0),
        ("   \n\t ", 0),
        ("The U.S. economy grew 3.5% in 1,000 days.", 8),
        // An apostrophe or colon joins letters; a hyphen never does.
        ("can't stop e-mail S:t", 5),
        // Between digits a colon does not join; a comma, semicolon, point or apostrophe does.
        ("10:30 1;2 1'000 1.a a.1", 8),
        // A mark at either end of a word is no part of it; "_" joins, but alone is no word.
        ("'quoted'. ...a __ _x x_y", 4),
        // Beyond ASCII the full segmentation decides: a curly apostrophe joins letters too.
        ("\u{201C}It\u{2019}s here,\u{201D} she said \u{2014} caf\u{00E9}s.", 5),
        // Each ideograph and the hiragana is a word, the katakana run one.
        ("日本語のテキスト 42", 6),
    ];

    #[test]
    fn keys_are_numbered_in_order_of_first_appearance() {
        let numbers = |keys: &[&str]| number_of(keys.iter().map(|k| k.to_string()).collect());
        assert_eq!(numbers(&["osei", "baker", "osei", "ruiz", "baker"]), [0, 1, 0, 2, 1]);
        assert_eq!(numbers(&["z", "y", "x"]), [0, 1, 2]);
        assert_eq!(numbers(&["a", "a"]), [0, 0]);
        assert!(numbers(&[]).is_empty());
    }

    #[test]
    fn words_are_counted_as_unicode_counts_them() {
        for &(text, words) in WORD_COUNTS {
            assert_eq!(count_words(text), words, "{text:?}");
            assert_eq!(text.unicode_words().count(), words, "{text:?}");
        }
    }

    /// Every string of up to three characters from marks the word rules treat specially, and
    /// longer strings drawn from them, counted both ways.
    #[test]
    fn the_ascii_count_agrees_with_the_full_segmentation() {
        const CHARS: &[char] = &[
            'a', 'Z', '7', '_', '.', ',', ';', ':', '\'', '"', '-', ' ', '\t', '\n', '\r', '\u{0301}', '\u{200D}', '\u{00AD}',
            '\u{2019}', '\u{00E9}', '\u{05D0}', '\u{30A2}', '\u{1F1FA}', '\u{1F600}', '\u{3000}', '\u{0945}',
        ];
        let check = |text: &str| assert_eq!(count_words(text), text.unicode_words().count(), "{text:?}");
        let n = CHARS.len();
        for k in 0..n * n * n {
            let text: String = [k % n, k / n % n, k / (n * n)].iter().map(|&c| CHARS[c]).collect();
            for len in 1..=3 {
                check(&text.chars().take(len).collect::<String>());
            }
        }
        // A fixed linear congruential sequence: the same strings every run.
        let mut state: u64 = 1;
        let mut next = |m: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize % m
        };
        for _ in 0..20_000 {
            let len = 4 + next(12);
            let text: String = (0..len).map(|_| CHARS[next(n)]).collect();
            check(&text);
        }
    }

    fn sentence(start: usize, end: usize, claim: bool, certainty: f32) -> Sentence {
        Sentence {
            start,
            end,
            paragraph: 0,
            certainty,
            claim: claim.then_some(Claim { kind: ClaimKind::Factual, checkworthiness: 0.5 }),
            non_claim: None,
            why: String::new(),
        }
    }

    fn attribution(source: Option<(usize, usize)>, cue: (usize, usize), content: &[(usize, usize)], kind: SourceKind) -> Attribution {
        Attribution {
            source: source.map(|(s, e)| Range::new(s, e)),
            cue: Range::new(cue.0, cue.1),
            content: content.iter().map(|&(s, e)| Range::new(s, e)).collect(),
            source_kind: kind,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        }
    }

    #[test]
    fn scores_read_with_two_decimals_never_above_their_band() {
        for (x, shown) in [(0.497, "0.49"), (0.5, "0.50"), (0.29, "0.29"), (0.85, "0.85"), (1.0, "1.00"), (0.0, "0.00"), (0.749, "0.74")] {
            assert_eq!(score_text(x), shown, "{x}");
        }
    }

    #[test]
    fn figures_read_with_fixed_decimals_rounded_half_away_from_zero() {
        let cases = [
            (83.3333, 1, "83.3"),
            (12.25, 1, "12.3"),
            (-2.25, 1, "-2.3"),
            (99.96, 1, "100.0"),
            (0.0, 1, "0.0"),
            (-0.04, 1, "0.0"),
            (7.0, 1, "7.0"),
            (49.5, 0, "50"),
            (33.3, 0, "33"),
            (1.005, 3, "1.005"),
            (0.004, 2, "0.00"),
            (f64::NAN, 1, "0.0"),
        ];
        for (x, places, shown) in cases {
            assert_eq!(fixed(x, places), shown, "{x} to {places} places");
        }
    }

    #[test]
    fn bands_split_at_their_thresholds() {
        let certainty = [(1.0, "firm"), (0.85, "firm"), (0.75, "firm"), (0.7499, "hedged"), (0.5525, "hedged"), (0.5, "hedged"), (0.49, "weak"), (0.0, "weak")];
        for (c, band) in certainty {
            assert_eq!(certainty_band(c), band, "{c}");
        }
        let worth = [(1.0, "high"), (0.7, "high"), (0.69, "mid"), (0.5, "mid"), (0.4999, "low"), (0.0, "low")];
        for (c, band) in worth {
            assert_eq!(checkworthiness_band(c), band, "{c}");
        }
    }

    #[test]
    fn empty_text_has_zero_rates_and_share() {
        let d = Digest::of("", &analyze(""));
        assert_eq!(d, Digest::default());
    }

    #[test]
    fn words_are_tokens_with_a_letter_or_digit() {
        // (text, words counted by hand)
        let cases = [
            ("", 0),
            ("Officials said the river might flood.", 6),
            ("  -- !! ...  ", 0),
            ("In 2024, 3.5 million people moved.", 6),
            ("Café owners — über-busy — can't rest.", 6),
            // Word boundaries split between ideographs: each Han character is its own word.
            ("東京 is big", 4),
        ];
        for (text, words) in cases {
            assert_eq!(Digest::of(text, &Analysis::default()).words, words, "{text:?}");
        }
    }

    #[test]
    fn counts_and_rates_from_the_engine() {
        // Hand reading: two sentences, both assertions about the world; "might" hedges the first,
        // "clearly" hardens the second; "Officials said" attributes the first sentence's content.
        let text = "Officials said the river might flood. The dam is clearly too weak.";
        let a = analyze(text);
        let d = Digest::of(text, &a);
        assert_eq!(d.words, 12);
        assert_eq!(d.sentences, 2);
        assert_eq!(d.claims, 2);
        assert_eq!(d.hedges, 1);
        assert_eq!(d.boosters, 1);
        assert_eq!(d.attributions, 1);
        // 1 per 12 words = 83.33 per 1000.
        assert!((d.hedges_per_1000_words - 1000.0 / 12.0).abs() < 1e-3);
        assert!((d.boosters_per_1000_words - 1000.0 / 12.0).abs() < 1e-3);
        assert_eq!(d.sentence_attribution, vec![Some(0), None]);
        assert!((d.unattributed_claim_share - 0.5).abs() < 1e-6);
        assert_eq!(d.sources.len(), 1);
        assert_eq!(d.sources[0].label, "Officials");
        assert_eq!(d.sources[0].attributions, vec![0]);
        assert_eq!(d.sources[0].claims, vec![0]);
        assert!(d.agentless.is_empty());
        assert_eq!(d.certainty_series.iter().map(|p| p.0).collect::<Vec<_>>(), vec![0, 1]);
        // The hedged sentence is less certain than the boosted one.
        assert!(d.certainty_series[0].1 < d.certainty_series[1].1);
    }

    #[test]
    fn a_report_with_no_one_behind_it_is_agentless_not_a_source() {
        // Hand reading: "may", "reportedly" and "It is reported" (hearsay, like "it is said")
        // hedge, "shocking scandal" is loaded, and both "reportedly" and "It is reported that"
        // attribute their sentence to no one.
        let text = "The shocking scandal may reportedly grow. It is reported that taxes rose.";
        let d = Digest::of(text, &analyze(text));
        assert_eq!((d.words, d.sentences, d.claims), (12, 2, 2));
        assert_eq!((d.hedges, d.boosters, d.loaded, d.attributions), (3, 0, 1, 2));
        assert!((d.hedges_per_1000_words - 3000.0 / 12.0).abs() < 1e-3);
        assert_eq!(d.boosters_per_1000_words, 0.0);
        assert!(d.sources.is_empty());
        assert_eq!(d.agentless, vec![0, 1]);
        assert_eq!(d.sentence_attribution, vec![Some(0), Some(1)]);
        assert_eq!(d.unattributed_claim_share, 0.0);
    }

    #[test]
    fn a_question_is_no_claim_and_no_point_on_the_chart() {
        let text = "Will the bridge close? The bridge closed on Monday.";
        let d = Digest::of(text, &analyze(text));
        assert_eq!(d.sentences, 2);
        assert_eq!(d.claims, 1);
        assert_eq!(d.certainty_series.len(), 1);
        assert_eq!(d.certainty_series[0].0, 1);
        assert_eq!(d.unattributed_claim_share, 1.0);
    }

    #[test]
    fn the_same_source_merges_case_and_space_insensitively() {
        // Lower case after a full stop would not start a sentence, hence "Later,".
        let text = "The Ministry said taxes rose. Later, the  ministry said prices fell. Critics said it failed.";
        let a = analyze(text);
        let d = Digest::of(text, &a);
        assert_eq!(d.attributions, 3);
        assert_eq!(d.sources.len(), 2);
        assert_eq!(d.sources[0].label, "The Ministry");
        assert_eq!(d.sources[0].attributions, vec![0, 1]);
        assert_eq!(d.sources[0].claims, vec![0, 1]);
        assert_eq!(d.sources[1].label, "Critics");
        assert_eq!(d.sources[1].kind, SourceKind::Vague);
        assert_eq!(d.sources[1].claims, vec![2]);
        assert_eq!(d.unattributed_claim_share, 0.0);
    }

    #[test]
    fn most_content_bytes_wins_and_the_first_wins_a_tie() {
        // Sentences: [0,20) [20,40) [40,60). Built by hand so the rule alone decides.
        let a = Analysis {
            sentences: vec![sentence(0, 20, true, 1.0), sentence(20, 40, true, 0.5), sentence(40, 60, true, 0.25)],
            attributions: vec![
                // Covers 5 bytes of sentence 0 and 10 of sentence 1.
                attribution(Some((60, 62)), (62, 64), &[(15, 30)], SourceKind::Named),
                // Covers 12 bytes of sentence 0 (in two pieces) and 10 of sentence 1: a tie there.
                attribution(Some((64, 66)), (66, 68), &[(0, 6), (8, 14), (30, 40)], SourceKind::Named),
            ],
            ..Analysis::default()
        };
        let text = "x".repeat(70);
        let d = Digest::of(&text, &a);
        assert_eq!(d.sentence_attribution, vec![Some(1), Some(0), None]);
        assert!((d.unattributed_claim_share - 1.0 / 3.0).abs() < 1e-6);
        assert_eq!(d.certainty_series, vec![(0, 1.0), (1, 0.5), (2, 0.25)]);
    }

    #[test]
    fn a_sentence_reporting_two_voices_lists_both() {
        // Hand reading: one sentence, two reports: the Courier's and Ms. Okafor's.
        let text = "The Daily Courier claims the docks will close, and Ms. Okafor also claims the council lied.";
        let a = analyze(text);
        let d = Digest::of(text, &a);
        assert_eq!(d.sentences, 1);
        let voices: Vec<&str> = d.sentence_sources[0].iter().map(|&i| a.attributions[i].source.unwrap().slice(text)).collect();
        assert_eq!(voices, vec!["The Daily Courier", "Ms. Okafor"]);
        // The sources list the claim under each voice, and it is not unattributed.
        assert_eq!(d.sources.len(), 2);
        assert!(d.sources.iter().all(|s| s.claims == vec![0]), "{:?}", d.sources);
        assert_eq!(d.unattributed_claim_share, 0.0);
    }

    #[test]
    fn a_question_put_by_no_one_is_no_voice_beside_the_answer() {
        // Hand reading: the interviewer asks, Smith answers; only Smith speaks for the claim.
        let text = "Asked whether the plan would work, Smith said it would.";
        let a = analyze(text);
        let d = Digest::of(text, &a);
        let voices: Vec<Option<&str>> = d.sentence_sources[0].iter().map(|&i| a.attributions[i].source.map(|s| s.slice(text))).collect();
        assert_eq!(voices, vec![Some("Smith")]);
        // Alone, the question is still the sentence's report.
        let text = "Asked whether the plan would work, he paused for a long time.";
        let a = analyze(text);
        let d = Digest::of(text, &a);
        let cues: Vec<&str> = d.sentence_sources[0].iter().map(|&i| a.attributions[i].cue.slice(text)).collect();
        assert_eq!(cues, ["Asked"]);
    }

    #[test]
    fn each_voice_once_in_reading_order() {
        //          0         1         2         3         4         5         6         7         8         9         10
        //          01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
        let text = "Ann said a, Bob said b, ANN said c, it is said d, they say e and it is said f. Critics said: Later g.";
        let a = Analysis {
            sentences: vec![sentence(0, 78, true, 1.0), sentence(79, 92, true, 1.0), sentence(93, 101, true, 1.0)],
            attributions: vec![
                // Listed out of reading order on purpose.
                attribution(Some((12, 15)), (16, 20), &[(21, 22)], SourceKind::Named),
                attribution(Some((24, 27)), (28, 32), &[(33, 34)], SourceKind::Named),
                attribution(None, (36, 46), &[(47, 48)], SourceKind::None),
                attribution(Some((0, 3)), (4, 8), &[(9, 10)], SourceKind::Named),
                attribution(Some((50, 54)), (55, 58), &[(59, 60)], SourceKind::Vague),
                attribution(None, (65, 75), &[(76, 77)], SourceKind::None),
                // Its cue ends sentence 1 and its content is sentence 2.
                attribution(Some((79, 86)), (87, 91), &[(93, 100)], SourceKind::Vague),
            ],
            ..Analysis::default()
        };
        let d = Digest::of(text, &a);
        // Ann (written twice, in two cases), Bob, no one named (twice) and they: four voices,
        // each at its first report. Critics' cue alone gives sentence 1 its voice, and its
        // content sentence 2, but Critics are no voice of sentence 0.
        assert_eq!(d.sentence_sources, vec![vec![3, 0, 2, 4], vec![6], vec![6]]);
        assert_eq!(d.sentence_attribution, vec![Some(0), Some(6), Some(6)]);
        let claims: Vec<(&str, Vec<usize>)> = d.sources.iter().map(|s| (s.label.as_str(), s.claims.clone())).collect();
        assert_eq!(claims, vec![("Ann", vec![0]), ("Bob", vec![0]), ("they", vec![0]), ("Critics", vec![1, 2])]);
    }

    #[test]
    fn a_report_inside_another_or_in_its_words_is_no_second_voice() {
        //          0         1         2         3         4
        //          012345678901234567890123456789012345678901234
        let text = "Kim said Lee said x. Ann, who said y, said z.";
        let who = Attribution { refers_to: Some(Range::new(21, 24)), ..attribution(Some((26, 29)), (30, 34), &[(35, 36)], SourceKind::Named) };
        let a = Analysis {
            sentences: vec![sentence(0, 20, true, 1.0), sentence(21, 45, true, 1.0)],
            attributions: vec![
                attribution(Some((0, 3)), (4, 8), &[(9, 19)], SourceKind::Named),
                // What Kim says, not a voice beside Kim's.
                attribution(Some((9, 12)), (13, 17), &[(18, 19)], SourceKind::Named),
                // A source reaching over the "who" that stands for its own first word.
                attribution(Some((21, 36)), (38, 42), &[(43, 44)], SourceKind::Named),
                who,
            ],
            ..Analysis::default()
        };
        let d = Digest::of(text, &a);
        assert_eq!(d.sentence_sources, vec![vec![0], vec![2]]);
    }

    #[test]
    fn a_cue_or_source_inside_the_sentence_attributes_it() {
        // "Police said: " is sentence 0 with the content in sentence 1.
        let text = "Police said: The road is shut. Nobody knows why.";
        let a = Analysis {
            sentences: vec![sentence(0, 12, true, 1.0), sentence(13, 30, true, 1.0), sentence(31, 48, true, 1.0)],
            attributions: vec![attribution(Some((0, 6)), (7, 11), &[(13, 30)], SourceKind::Institution)],
            ..Analysis::default()
        };
        let d = Digest::of(text, &a);
        assert_eq!(d.sentence_attribution, vec![Some(0), Some(0), None]);
        assert_eq!(d.sentence_sources, vec![vec![0], vec![0], vec![]]);
        assert_eq!(d.sources[0].label, "Police");
        assert_eq!(d.sources[0].claims, vec![0, 1]);
        assert!((d.unattributed_claim_share - 1.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn one_person_written_several_ways_is_one_source() {
        let sources = |text: &str| -> Vec<(String, usize)> {
            let d = Digest::of(text, &analyze(text));
            d.sources.iter().map(|s| (s.label.clone(), s.attributions.len())).collect()
        };
        let owned = |list: &[(&str, usize)]| -> Vec<(String, usize)> { list.iter().map(|&(l, n)| (l.to_string(), n)).collect() };
        // A title, a bare surname and a pronoun after each speaker: two voices, and the second
        // "she" is Rita Vance's, not Amal Osei's.
        let text = "Finance director Amal Osei said the gap could widen. She said taxes might rise. Council member \
                    Rita Vance called the forecast alarmist. \"It is a stunt,\" she said. Osei said the city would cope. \
                    Ms. Osei added that no library would close.";
        assert_eq!(sources(text), owned(&[("Finance director Amal Osei", 4), ("Council member Rita Vance", 2)]));
        // Each claim is listed under the sources of its own attributions, merged groups' too, and
        // none is lost in the merging.
        let d = Digest::of(text, &analyze(text));
        for s in &d.sources {
            assert!(s.claims.iter().all(|&c| d.sentence_sources[c].iter().any(|a| s.attributions.contains(a))), "{}", s.label);
        }
        let listed: usize = d.sources.iter().map(|s| s.claims.len()).sum();
        let voices: usize = d.certainty_series.iter().map(|&(i, _)| d.sentence_sources[i].len()).sum();
        assert_eq!(listed, voices);
        assert!(listed >= 4, "{listed}");
        // Two people of one surname keep their own mentions; the bare surname could be either.
        let text = "Joe Biden said the bill would pass. Jill Biden said schools would gain. Biden said little else. \
                    President Joe Biden later said the vote was close.";
        assert_eq!(sources(text), owned(&[("Joe Biden", 2), ("Jill Biden", 1), ("Biden", 1)]));
        // A family name written first, and one after a particle, whatever its case.
        let text = "Central bank governor Chang Chi-cheng said rates would hold. Chang said inflation was easing. \
                    Sheikh Tamim bin Hamad al-Thani said talks would go on. Al-Thani said a deal was near.";
        assert_eq!(sources(text), owned(&[("Central bank governor Chang Chi-cheng", 2), ("Sheikh Tamim bin Hamad al-Thani", 2)]));
        // A headline's capitals are the same person, but no label for a reader.
        let text = "TREASURY'S BAKER SAYS DOLLAR IS STABLE\n\nTreasury Secretary James Baker said the dollar was stable. \
                    Baker said talks would continue.";
        assert_eq!(sources(text), owned(&[("Treasury Secretary James Baker", 3)]));
        // A headline's abbreviated title is no given name.
        let text = "SEN GRAMM SAYS BUDGET WILL PASS\n\nSen. Phil Gramm said the budget would pass. Gramm said the vote was close.";
        assert_eq!(sources(text), owned(&[("Sen. Phil Gramm", 3)]));
        // The name after a title's "of" or after a comma.
        let text = "Secretary of State George Shultz said talks would resume. Shultz said he was hopeful. \
                    Its governor, Robin Leigh-Pemberton, said rates would stay. Leigh-Pemberton said no more.";
        assert_eq!(sources(text), owned(&[("Secretary of State George Shultz", 2), ("Its governor, Robin Leigh-Pemberton", 2)]));
        let text = "Bank of Japan governor Satoshi Sumita said rates would hold. Sumita said the yen was stable. \
                    Smith of the Federal Reserve Board said rates might rise. Smith said no more.";
        assert_eq!(sources(text), owned(&[("Bank of Japan governor Satoshi Sumita", 2), ("Smith of the Federal Reserve Board", 2)]));
    }

    #[test]
    fn sources_sort_by_mentions_then_first_position_and_agentless_stay_apart() {
        //          0         1         2         3         4         5
        //          0123456789012345678901234567890123456789012345678901234
        let text = "Ann said a. Bob said b. ANN said c. Cy said d. It is said e.";
        let a = Analysis {
            sentences: vec![
                sentence(0, 11, true, 1.0),
                sentence(12, 23, true, 1.0),
                sentence(24, 35, false, 1.0),
                sentence(36, 46, true, 1.0),
                sentence(47, 60, true, 1.0),
            ],
            attributions: vec![
                // Listed out of reading order on purpose: Cy's first, then Bob, ANN, Ann.
                attribution(Some((36, 38)), (39, 43), &[(44, 45)], SourceKind::Named),
                attribution(Some((12, 15)), (16, 20), &[(21, 22)], SourceKind::Named),
                attribution(Some((24, 27)), (28, 32), &[(33, 34)], SourceKind::Vague),
                attribution(Some((0, 3)), (4, 8), &[(9, 10)], SourceKind::Named),
                attribution(None, (53, 57), &[(58, 59)], SourceKind::None),
            ],
            ..Analysis::default()
        };
        let d = Digest::of(text, &a);
        let labels: Vec<&str> = d.sources.iter().map(|s| s.label.as_str()).collect();
        // Ann twice; Bob (12) before Cy (36) among the singles.
        assert_eq!(labels, vec!["Ann", "Bob", "Cy"]);
        // The first mention in the text gives the label and kind, not the first in the list.
        assert_eq!(d.sources[0].kind, SourceKind::Named);
        assert_eq!(d.sources[0].attributions, vec![2, 3]);
        // Sentence 2 is not a claim, so only sentence 0 is Ann's claim.
        assert_eq!(d.sources[0].claims, vec![0]);
        assert_eq!(d.sources[1].claims, vec![1]);
        assert_eq!(d.sources[2].claims, vec![3]);
        assert_eq!(d.agentless, vec![4]);
        assert_eq!(d.sentence_attribution, vec![Some(3), Some(1), Some(2), Some(0), Some(4)]);
        assert_eq!(d.unattributed_claim_share, 0.0);
    }
}

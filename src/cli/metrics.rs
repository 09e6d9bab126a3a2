//! The scoring arithmetic of `eval`, kept in small pure functions so that each definition can be
//! checked by hand: later numbers are compared with these, so they must not drift.
//!
//! Every metric is reduced to four counts ([`Counts`]) that add up across records (micro
//! averaging): how many predictions were correct, how many were made, how many gold items were
//! found, how many gold items there are. For a plain binary task `correct == found` (true
//! positives); for span overlap they differ, because one long prediction may find two gold spans.

use claimlens::engine::Range;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predictions that match gold.
    pub correct: usize,
    pub predicted: usize,
    /// Gold items matched by a prediction.
    pub found: usize,
    pub gold: usize,
}

impl Counts {
    /// `correct / predicted`; 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// `found / gold`; 0 when there is no gold item.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.correct += o.correct;
        self.predicted += o.predicted;
        self.found += o.found;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One record of a binary task, scored for the positive class.
pub fn binary(predicted: bool, gold: bool) -> Counts {
    let hit = usize::from(predicted && gold);
    Counts { correct: hit, predicted: usize::from(predicted), found: hit, gold: usize::from(gold) }
}

/// Overlap matching within one text: a prediction is correct when it overlaps some gold span, a
/// gold span is found when some prediction overlaps it. Ranges are half-open, so touching ranges
/// do not overlap and an empty range overlaps nothing.
pub fn overlap(predicted: &[Range], gold: &[Range]) -> Counts {
    // Quadratic, but per text there are at most a few dozen spans on either side.
    Counts {
        correct: predicted.iter().filter(|p| gold.iter().any(|g| overlaps(**p, *g))).count(),
        predicted: predicted.len(),
        found: gold.iter().filter(|g| predicted.iter().any(|p| overlaps(*p, **g))).count(),
        gold: gold.len(),
    }
}

/// Shares at least one unit. (`Range::overlaps` counts an empty range inside another as
/// overlapping; an empty prediction must not score.)
fn overlaps(a: Range, b: Range) -> bool {
    a.start.max(b.start) < a.end.min(b.end)
}

/// Coverage matching within one text: units (characters) covered by any prediction against units
/// covered by any gold span. Overlapping spans on the same side count each unit once.
pub fn coverage(predicted: &[Range], gold: &[Range]) -> Counts {
    let p = union(predicted);
    let g = union(gold);
    let both = intersection_len(&p, &g);
    Counts { correct: both, predicted: total_len(&p), found: both, gold: total_len(&g) }
}

/// Sorted, disjoint, non-touching ranges covering the same units as `ranges`.
fn union(ranges: &[Range]) -> Vec<Range> {
    let mut sorted: Vec<Range> = ranges.iter().copied().filter(|r| !r.is_empty()).collect();
    sorted.sort_unstable();
    let mut out: Vec<Range> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn total_len(ranges: &[Range]) -> usize {
    ranges.iter().map(Range::len).sum()
}

/// Length of the intersection of two sorted disjoint range lists.
fn intersection_len(a: &[Range], b: &[Range]) -> usize {
    let (mut i, mut j, mut len) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let start = a[i].start.max(b[j].start);
        let end = a[i].end.min(b[j].end);
        len += end.saturating_sub(start);
        if a[i].end < b[j].end {
            i += 1;
        } else {
            j += 1;
        }
    }
    len
}

/// Converts between code-point offsets (Python string indices, used by the data sets) and UTF-8
/// byte offsets (used by the engine) for one text.
pub struct CodePoints {
    /// Byte offset of every code point, plus the text length at the end. Empty for ASCII text,
    /// where both offsets are the same.
    starts: Vec<usize>,
    len: usize,
}

impl CodePoints {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CodePoints { starts: Vec::new(), len: text.len() };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CodePoints { len: starts.len() - 1, starts }
    }

    /// The byte offset of code point `cp`; `cp == len()` gives the end of the text.
    pub fn to_byte(&self, cp: usize) -> Option<usize> {
        if self.starts.is_empty() {
            (cp <= self.len).then_some(cp)
        } else {
            self.starts.get(cp).copied()
        }
    }

    /// The code-point index of byte offset `byte`, which must be on a character boundary.
    pub fn to_cp(&self, byte: usize) -> Option<usize> {
        if self.starts.is_empty() {
            (byte <= self.len).then_some(byte)
        } else {
            self.starts.binary_search(&byte).ok()
        }
    }

    /// A code-point range as a byte range, if it lies inside the text.
    pub fn range_to_bytes(&self, start: usize, end: usize) -> Option<Range> {
        let (s, e) = (self.to_byte(start)?, self.to_byte(end)?);
        (s <= e).then(|| Range::new(s, e))
    }

    /// A byte range as a code-point range, if both ends are character boundaries of the text.
    pub fn range_to_cps(&self, r: Range) -> Option<Range> {
        Some(Range::new(self.to_cp(r.start)?, self.to_cp(r.end)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(pairs: &[(usize, usize)]) -> Vec<Range> {
        pairs.iter().map(|&(s, e)| Range::new(s, e)).collect()
    }

    fn counts(correct: usize, predicted: usize, found: usize, gold: usize) -> Counts {
        Counts { correct, predicted, found, gold }
    }

    type Pairs = &'static [(usize, usize)];
    /// (predicted, gold, expected (correct, predicted, found, gold)).
    type Case = (Pairs, Pairs, (usize, usize, usize, usize));

    #[test]
    fn overlap_counts() {
        const CASES: &[Case] = &[
            (&[(0, 5)], &[(3, 8)], (1, 1, 1, 1)),
            // Touching is not overlapping.
            (&[(0, 5)], &[(5, 8)], (0, 1, 0, 1)),
            // One long prediction finds two gold spans but is one correct prediction.
            (&[(0, 10)], &[(1, 2), (5, 6)], (1, 1, 2, 2)),
            // Two predictions inside one gold span are both correct; the third is not.
            (&[(1, 2), (3, 4), (20, 22)], &[(0, 10)], (2, 3, 1, 1)),
            (&[], &[(0, 10), (12, 14)], (0, 0, 0, 2)),
            (&[(0, 3)], &[], (0, 1, 0, 0)),
            // An empty prediction overlaps nothing.
            (&[(3, 3)], &[(0, 10)], (0, 1, 0, 1)),
        ];
        for (p, g, (c, np, f, ng)) in CASES {
            assert_eq!(overlap(&ranges(p), &ranges(g)), counts(*c, *np, *f, *ng), "{p:?} vs {g:?}");
        }
    }

    #[test]
    fn coverage_counts() {
        const CASES: &[Case] = &[
            (&[(0, 4)], &[(2, 6)], (2, 4, 2, 4)),
            // Overlapping predictions count each character once.
            (&[(0, 4), (2, 6)], &[(0, 6)], (6, 6, 6, 6)),
            // So do overlapping gold spans (different techniques over the same words).
            (&[], &[(0, 3), (1, 5), (10, 12)], (0, 0, 0, 7)),
            (&[(0, 2), (8, 10)], &[(1, 9)], (2, 4, 2, 8)),
            // Adjacent ranges merge without double counting.
            (&[(0, 3), (3, 5)], &[(2, 4)], (2, 5, 2, 2)),
            (&[(5, 9)], &[(0, 2), (3, 6), (8, 20)], (2, 4, 2, 17)),
        ];
        for (p, g, (c, np, f, ng)) in CASES {
            assert_eq!(coverage(&ranges(p), &ranges(g)), counts(*c, *np, *f, *ng), "{p:?} vs {g:?}");
        }
    }

    #[test]
    fn precision_recall_f1() {
        // (counts, P, R, F1), worked out by hand.
        let cases = [
            (counts(2, 3, 1, 2), 2.0 / 3.0, 0.5, 4.0 / 7.0),
            (counts(1, 1, 1, 1), 1.0, 1.0, 1.0),
            (counts(0, 4, 0, 4), 0.0, 0.0, 0.0),
            // Nothing predicted: precision is 0 by convention, so F1 is 0.
            (counts(0, 0, 0, 5), 0.0, 0.0, 0.0),
            (counts(0, 0, 0, 0), 0.0, 0.0, 0.0),
            (counts(3, 4, 3, 6), 0.75, 0.5, 0.6),
        ];
        for (c, p, r, f) in cases {
            assert!((c.precision() - p).abs() < 1e-12, "{c:?}");
            assert!((c.recall() - r).abs() < 1e-12, "{c:?}");
            assert!((c.f1() - f).abs() < 1e-12, "{c:?}");
        }
    }

    #[test]
    fn binary_counts_add_up() {
        let mut total = Counts::default();
        for (p, g) in [(true, true), (true, false), (false, true), (false, false), (true, true)] {
            total += binary(p, g);
        }
        // 2 true positives, 1 false positive, 1 false negative.
        assert_eq!(total, counts(2, 3, 2, 3));
    }

    #[test]
    fn code_points_to_bytes_and_back() {
        // (text, [(code point, byte)]) — every code point boundary, plus the end.
        const CASES: &[(&str, &[(usize, usize)])] = &[
            ("abc", &[(0, 0), (1, 1), (3, 3)]),
            // U+1F600 takes four bytes.
            ("a\u{1F600}b", &[(0, 0), (1, 1), (2, 5), (3, 6)]),
            // CJK characters take three bytes each.
            ("\u{5317}\u{4EAC} is", &[(0, 0), (1, 3), (2, 6), (3, 7), (4, 8), (5, 9)]),
            // A combining accent is its own code point.
            ("e\u{301}x", &[(0, 0), (1, 1), (2, 3), (3, 4)]),
            ("", &[(0, 0)]),
        ];
        for (text, pairs) in CASES {
            let cps = CodePoints::new(text);
            let len = text.chars().count();
            assert_eq!(cps.to_byte(len), Some(text.len()), "{text:?} end");
            for &(cp, byte) in *pairs {
                assert_eq!(cps.to_byte(cp), Some(byte), "{text:?} cp {cp}");
                assert_eq!(cps.to_cp(byte), Some(cp), "{text:?} byte {byte}");
            }
            assert_eq!(cps.to_byte(len + 1), None, "{text:?} past the end");
        }
    }

    #[test]
    fn ranges_convert_between_units() {
        let text = "Wow \u{1F600} \u{5317}\u{4EAC} rose";
        let cps = CodePoints::new(text);
        // The emoji is code point 4, bytes 4..8; the two CJK characters are code points 6..8.
        assert_eq!(cps.range_to_bytes(4, 5), Some(Range::new(4, 8)));
        assert_eq!(Range::new(4, 8).slice(text), "\u{1F600}");
        let cjk = cps.range_to_bytes(6, 8).unwrap();
        assert_eq!(cjk.slice(text), "\u{5317}\u{4EAC}");
        assert_eq!(cps.range_to_cps(cjk), Some(Range::new(6, 8)));
        // A byte offset inside the emoji is not a character boundary.
        assert_eq!(cps.range_to_cps(Range::new(5, 8)), None);
        assert_eq!(cps.range_to_bytes(3, 99), None);
        assert_eq!(cps.range_to_bytes(5, 4), None);
    }
}

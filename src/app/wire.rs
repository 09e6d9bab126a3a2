//! How the analysis worker hands its results to the page: the analysis and the digest as compact
//! bytes (numbers as LEB128 varints, `f32` as 4 little-endian bytes, strings as a length and their
//! UTF-8). Both ends are the same build, so the format needs no version; it exists because it is
//! much smaller in code than serde's derived deserialisers and much faster to read than JSON (on a
//! 1 MB text, reading the JSON was the page's longest task). Kept free of the DOM, so it is tested
//! natively (`tests/wire.rs`).

use claimlens::digest::{Digest, SourceSummary};
use claimlens::language::Language;
use claimlens::engine::{
    Analysis, Attribution, Category, Claim, ClaimKind, CueKind, NonClaim, Range, Sentence, SourceKind, Span, Stance,
};

// Each enum's variants in a fixed order: a variant's byte is its place here.
const CLAIM_KINDS: [ClaimKind; 5] =
    [ClaimKind::Factual, ClaimKind::Quantity, ClaimKind::Causal, ClaimKind::Prediction, ClaimKind::Opinion];
const NON_CLAIMS: [NonClaim; 4] = [NonClaim::Question, NonClaim::Metadata, NonClaim::Heading, NonClaim::Fragment];
const CATEGORIES: [Category; 3] = [Category::Hedge, Category::Booster, Category::Loaded];
const CUE_KINDS: [CueKind; 9] = CueKind::ALL;
const SOURCE_KINDS: [SourceKind; 5] =
    [SourceKind::Named, SourceKind::Institution, SourceKind::Vague, SourceKind::SelfSource, SourceKind::None];
const STANCES: [Stance; 3] = [Stance::Neutral, Stance::Endorsing, Stance::Distancing];

/// The place of `v` in `all`. Every variant is listed (the `every_variant_is_listed` test keeps
/// the lists whole), so this never fails for a value the engine made.
fn place<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).expect("every variant is listed")
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn n(&mut self, mut v: usize) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }
    fn f(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn s(&mut self, v: &str) {
        self.n(v.len());
        self.0.extend_from_slice(v.as_bytes());
    }
    fn range(&mut self, r: Range) {
        self.n(r.start);
        self.n(r.end);
    }
    /// `None` as 0, `Some(v)` as `v + 1`.
    fn opt(&mut self, v: Option<usize>) {
        self.n(v.map_or(0, |v| v + 1));
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Read<T> = Result<T, &'static str>;
const SHORT: &str = "the worker's answer is cut short";

impl Reader<'_> {
    fn n(&mut self) -> Read<usize> {
        let mut v: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = *self.bytes.get(self.at).ok_or(SHORT)?;
            self.at += 1;
            v |= usize::from(b & 0x7f).checked_shl(shift).ok_or("a number is too large")?;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("a number is too large")
    }
    fn f(&mut self) -> Read<f32> {
        let b = self.bytes.get(self.at..self.at + 4).ok_or(SHORT)?;
        self.at += 4;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn s(&mut self) -> Read<String> {
        let len = self.n()?;
        let end = self.at.checked_add(len).ok_or(SHORT)?;
        let b = self.bytes.get(self.at..end).ok_or(SHORT)?;
        self.at = end;
        String::from_utf8(b.to_vec()).map_err(|_| "a string is not UTF-8")
    }
    fn range(&mut self) -> Read<Range> {
        let (start, end) = (self.n()?, self.n()?);
        if start > end {
            return Err("a range ends before it starts");
        }
        Ok(Range::new(start, end))
    }
    fn opt(&mut self) -> Read<Option<usize>> {
        Ok(self.n()?.checked_sub(1))
    }
    fn of<T: Copy>(&mut self, all: &[T]) -> Read<T> {
        all.get(self.n()?).copied().ok_or("an unknown kind")
    }
    /// A count, then that many items. The count is checked against the bytes left (every item
    /// takes at least one), so a damaged count cannot ask for a huge allocation.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        let len = self.n()?;
        if len > self.bytes.len() - self.at {
            return Err(SHORT);
        }
        // A loop rather than collecting into a `Result`: each of the dozen item types had its
        // own copy of the iterator adapters that collecting takes.
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(item(self)?);
        }
        Ok(items)
    }
}

pub fn encode_analysis(a: &Analysis) -> Vec<u8> {
    let mut w = Writer::default();
    w.n(a.paragraphs.len());
    a.paragraphs.iter().for_each(|&r| w.range(r));
    w.n(a.sentences.len());
    for s in &a.sentences {
        w.range(s.range());
        w.n(s.paragraph);
        w.f(s.certainty);
        match &s.claim {
            None => w.n(0),
            Some(c) => {
                w.n(1 + place(&CLAIM_KINDS, &c.kind));
                w.f(c.checkworthiness);
            }
        }
        w.opt(s.non_claim.map(|k| place(&NON_CLAIMS, &k)));
        w.s(&s.why);
    }
    w.n(a.spans.len());
    for s in &a.spans {
        w.range(s.range());
        w.s(&s.text);
        w.n(place(&CATEGORIES, &s.category));
        w.n(place(&CUE_KINDS, &s.kind));
        w.n(usize::from(s.quoted));
        w.s(&s.why);
    }
    w.n(a.attributions.len());
    for t in &a.attributions {
        match t.source {
            None => w.n(0),
            Some(r) => {
                w.n(1);
                w.range(r);
            }
        }
        w.range(t.cue);
        w.n(t.content.len());
        t.content.iter().for_each(|&r| w.range(r));
        w.n(place(&SOURCE_KINDS, &t.source_kind));
        w.n(place(&STANCES, &t.stance));
        match t.refers_to {
            None => w.n(0),
            Some(r) => {
                w.n(1);
                w.range(r);
            }
        }
        w.s(&t.why);
    }
    w.0
}

pub fn decode_analysis(bytes: &[u8]) -> Read<Analysis> {
    let r = &mut Reader { bytes, at: 0 };
    let paragraphs = r.list(Reader::range)?;
    let sentences = r.list(|r| {
        let range = r.range()?;
        let paragraph = r.n()?;
        let certainty = r.f()?;
        let claim = match r.n()? {
            0 => None,
            k => Some(Claim {
                kind: *CLAIM_KINDS.get(k - 1).ok_or("an unknown kind")?,
                checkworthiness: r.f()?,
            }),
        };
        let non_claim = match r.opt()? {
            None => None,
            Some(k) => Some(*NON_CLAIMS.get(k).ok_or("an unknown kind")?),
        };
        Ok(Sentence { start: range.start, end: range.end, paragraph, certainty, claim, non_claim, why: r.s()? })
    })?;
    let spans = r.list(|r| {
        let range = r.range()?;
        Ok(Span {
            start: range.start,
            end: range.end,
            text: r.s()?,
            category: r.of(&CATEGORIES)?,
            kind: r.of(&CUE_KINDS)?,
            quoted: r.n()? == 1,
            why: r.s()?,
        })
    })?;
    let attributions = r.list(|r| {
        let source = match r.n()? {
            0 => None,
            _ => Some(r.range()?),
        };
        Ok(Attribution {
            source,
            cue: r.range()?,
            content: r.list(Reader::range)?,
            source_kind: r.of(&SOURCE_KINDS)?,
            stance: r.of(&STANCES)?,
            refers_to: match r.n()? {
                0 => None,
                _ => Some(r.range()?),
            },
            why: r.s()?,
        })
    })?;
    end(r)?;
    Ok(Analysis { id: None, paragraphs, sentences, spans, attributions })
}

pub fn encode_digest(d: &Digest) -> Vec<u8> {
    let mut w = Writer::default();
    for n in [d.words, d.sentences, d.claims, d.hedges, d.boosters, d.loaded, d.attributions] {
        w.n(n);
    }
    for f in [d.hedges_per_1000_words, d.boosters_per_1000_words, d.unattributed_claim_share] {
        w.f(f);
    }
    w.n(d.sentence_attribution.len());
    d.sentence_attribution.iter().for_each(|&a| w.opt(a));
    w.n(d.sentence_sources.len());
    for voices in &d.sentence_sources {
        w.n(voices.len());
        voices.iter().for_each(|&a| w.n(a));
    }
    w.n(d.sources.len());
    for s in &d.sources {
        w.s(&s.label);
        w.n(place(&SOURCE_KINDS, &s.kind));
        w.n(s.attributions.len());
        s.attributions.iter().for_each(|&i| w.n(i));
        w.n(s.claims.len());
        s.claims.iter().for_each(|&i| w.n(i));
    }
    w.n(d.agentless.len());
    d.agentless.iter().for_each(|&i| w.n(i));
    w.n(d.certainty_series.len());
    for &(i, c) in &d.certainty_series {
        w.n(i);
        w.f(c);
    }
    w.opt(d.other_language.map(|l| place(&Language::ALL, &l)));
    w.0
}

pub fn decode_digest(bytes: &[u8]) -> Read<Digest> {
    let r = &mut Reader { bytes, at: 0 };
    let d = Digest {
        words: r.n()?,
        sentences: r.n()?,
        claims: r.n()?,
        hedges: r.n()?,
        boosters: r.n()?,
        loaded: r.n()?,
        attributions: r.n()?,
        hedges_per_1000_words: r.f()?,
        boosters_per_1000_words: r.f()?,
        unattributed_claim_share: r.f()?,
        sentence_attribution: r.list(Reader::opt)?,
        sentence_sources: r.list(|r| r.list(Reader::n))?,
        sources: r.list(|r| {
            Ok(SourceSummary {
                label: r.s()?,
                kind: r.of(&SOURCE_KINDS)?,
                attributions: r.list(Reader::n)?,
                claims: r.list(Reader::n)?,
            })
        })?,
        agentless: r.list(Reader::n)?,
        certainty_series: r.list(|r| Ok((r.n()?, r.f()?)))?,
        other_language: match r.opt()? {
            Some(i) => Some(*Language::ALL.get(i).ok_or("an unknown language")?),
            None => None,
        },
    };
    end(r)?;
    Ok(d)
}

fn end(r: &Reader) -> Read<()> {
    if r.at == r.bytes.len() {
        Ok(())
    } else {
        Err("the worker's answer runs on past its end")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_variant_is_listed() {
        // A new variant makes these matches fail to compile: add it to the list above too.
        for k in CLAIM_KINDS {
            match k {
                ClaimKind::Factual | ClaimKind::Quantity | ClaimKind::Causal | ClaimKind::Prediction | ClaimKind::Opinion => {}
            }
        }
        for k in NON_CLAIMS {
            match k {
                NonClaim::Question | NonClaim::Metadata | NonClaim::Heading | NonClaim::Fragment => {}
            }
        }
        for k in CUE_KINDS {
            match k {
                CueKind::Epistemic
                | CueKind::Doxastic
                | CueKind::Evidential
                | CueKind::Condition
                | CueKind::Investigation
                | CueKind::Approximator
                | CueKind::Certainty
                | CueKind::Universal
                | CueKind::Emotive => {}
            }
        }
        for k in SOURCE_KINDS {
            match k {
                SourceKind::Named | SourceKind::Institution | SourceKind::Vague | SourceKind::SelfSource | SourceKind::None => {}
            }
        }
        for k in STANCES {
            match k {
                Stance::Neutral | Stance::Endorsing | Stance::Distancing => {}
            }
        }
        for k in CATEGORIES {
            match k {
                Category::Hedge | Category::Booster | Category::Loaded => {}
            }
        }
    }

    /// An analysis written by hand that uses every field, each optional one both ways, and
    /// numbers that take more than one byte.
    fn sample() -> Analysis {
        let sentence = |start, end, claim, non_claim| Sentence {
            start,
            end,
            paragraph: 1,
            certainty: 0.375,
            claim,
            non_claim,
            why: "Factual claim; “quoted” why".into(),
        };
        Analysis {
            id: None,
            paragraphs: vec![Range::new(0, 300), Range::new(302, 70_000)],
            sentences: vec![
                sentence(0, 40, Some(Claim { kind: ClaimKind::Opinion, checkworthiness: 0.9 }), None),
                sentence(41, 66_000, None, Some(NonClaim::Fragment)),
            ],
            spans: vec![
                Span { start: 10, end: 15, text: "might".into(), category: Category::Hedge, kind: CueKind::Epistemic, quoted: false, why: "".into() },
                Span { start: 200, end: 209, text: "ganz böse".into(), category: Category::Loaded, kind: CueKind::Emotive, quoted: true, why: "r".into() },
            ],
            attributions: vec![
                Attribution {
                    source: None,
                    cue: Range::new(3, 9),
                    content: vec![],
                    source_kind: SourceKind::None,
                    stance: Stance::Distancing,
                    refers_to: None,
                    why: "no one named".into(),
                },
                Attribution {
                    source: Some(Range::new(0, 3)),
                    cue: Range::new(4, 8),
                    content: vec![Range::new(9, 20), Range::new(25, 128)],
                    source_kind: SourceKind::SelfSource,
                    stance: Stance::Endorsing,
                    refers_to: Some(Range::new(300, 310)),
                    why: String::new(),
                },
            ],
        }
    }

    #[test]
    fn analyses_come_back_as_they_went() {
        let a = sample();
        assert_eq!(decode_analysis(&encode_analysis(&a)), Ok(a));
        let empty = Analysis::default();
        assert_eq!(decode_analysis(&encode_analysis(&empty)), Ok(empty));
    }

    #[test]
    fn digests_come_back_as_they_went() {
        let d = Digest {
            words: 1_000_000,
            sentences: 3,
            claims: 2,
            hedges: 1,
            boosters: 0,
            loaded: 7,
            attributions: 2,
            hedges_per_1000_words: 1.5,
            boosters_per_1000_words: 0.0,
            unattributed_claim_share: 0.25,
            sentence_attribution: vec![None, Some(0), Some(300)],
            sentence_sources: vec![vec![], vec![0, 1], vec![300]],
            sources: vec![SourceSummary { label: "the mayor".into(), kind: SourceKind::Institution, attributions: vec![0, 1], claims: vec![2] }],
            agentless: vec![1],
            certainty_series: vec![(0, 0.5), (2, 1.0)],
            other_language: Some(Language::OtherScript),
        };
        assert_eq!(decode_digest(&encode_digest(&d)), Ok(d));
        for language in [None, Some(Language::German)] {
            let d = Digest { other_language: language, ..Digest::default() };
            assert_eq!(decode_digest(&encode_digest(&d)), Ok(d));
        }
    }

    #[test]
    fn numbers_take_as_many_bytes_as_they_need() {
        // LEB128 by hand: 0 -> 00, 127 -> 7f, 128 -> 80 01, 300 -> ac 02.
        let mut w = Writer::default();
        for n in [0, 127, 128, 300] {
            w.n(n);
        }
        assert_eq!(w.0, [0x00, 0x7f, 0x80, 0x01, 0xac, 0x02]);
    }

    #[test]
    fn damaged_answers_are_errors() {
        let bytes = encode_analysis(&sample());
        // Every shortened answer is refused, never misread.
        for cut in 0..bytes.len() {
            assert!(decode_analysis(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode_analysis(&longer).is_err());
        // A count of more items than bytes left.
        assert_eq!(decode_analysis(&[0xff, 0x01]), Err(SHORT));
        // A kind past the end of its list: the first span's category is 3 (there are three).
        let a = Analysis { spans: vec![sample().spans[0].clone()], ..Analysis::default() };
        let mut bytes = encode_analysis(&a);
        // paragraphs 0, sentences 0, spans 1, range 10 15, text "might" (len 5 + 5 bytes): category next.
        assert_eq!(&bytes[..11], &[0, 0, 1, 10, 15, 5, b'm', b'i', b'g', b'h', b't']);
        bytes[11] = 3;
        assert_eq!(decode_analysis(&bytes), Err("an unknown kind"));
    }
}

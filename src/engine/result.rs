//! The one analysis result every consumer reads: the command line, the page, exports and the JS API.
//!
//! Its JSON form is a public contract (documented in the README). Offsets are UTF-8 byte offsets
//! into the analysed text and always fall on character boundaries; consumers that need UTF-16 or
//! code points convert at their own boundary.

use crate::engine::document::At;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Range { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Range) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Range) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.at(self.start..self.end)
    }
}

/// Everything the engine found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Caller-supplied record id (JSONL batches); `None` for a single text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub paragraphs: Vec<Range>,
    pub sentences: Vec<Sentence>,
    /// Hedge, booster and loaded-language spans, ordered by `(start, end)`.
    pub spans: Vec<Span>,
    pub attributions: Vec<Attribution>,
}

/// One sentence (or heading, list item, metadata line) and what the engine decided about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into `Analysis::paragraphs`.
    pub paragraph: usize,
    /// How firmly the sentence commits to what it says, 0 (pure speculation) to 1 (flat assertion).
    pub certainty: f32,
    /// `None` when the sentence is not a claim (question, heading, metadata, fragment).
    pub claim: Option<Claim>,
    /// Why it is not a claim, when it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_claim: Option<NonClaim>,
    pub why: String,
}

impl Sentence {
    pub fn range(&self) -> Range {
        Range::new(self.start, self.end)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub kind: ClaimKind,
    /// Would a fact-checker want to verify it? 0..1.
    pub checkworthiness: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// An event or a state of the world.
    Factual,
    /// Numbers, statistics, comparisons.
    Quantity,
    /// One thing caused or will cause another.
    Causal,
    /// About the future.
    Prediction,
    /// Evaluation, motive, recommendation.
    Opinion,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonClaim {
    Question,
    Metadata,
    Heading,
    Fragment,
}

/// A cue that softens or hardens commitment, or loaded wording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// The covered text, for readers of the JSON who do not keep the input beside it.
    pub text: String,
    pub category: Category,
    pub kind: CueKind,
    /// The cue sits inside a direct quotation: it is the quoted speaker's, not the author's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quoted: bool,
    pub why: String,
}

impl Span {
    pub fn range(&self) -> Range {
        Range::new(self.start, self.end)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Hedge,
    Booster,
    Loaded,
}

/// The kind of a span. Hedges use the first six; boosters and loaded language have their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// Possibility or probability: may, might, likely, it is possible that.
    Epistemic,
    /// A mental state of belief: believe, think, expect.
    Doxastic,
    /// Hearsay: reportedly, allegedly, sources say.
    Evidential,
    /// The claim holds only under a condition: if, unless, provided that.
    Condition,
    /// An open question being looked into: whether, investigate.
    Investigation,
    /// Vague quantity: about, roughly, some.
    Approximator,
    /// Hardens commitment: in fact, clearly, there is no doubt.
    Certainty,
    /// Always/never used as a claim of certainty.
    Universal,
    /// Emotive or loaded wording.
    Emotive,
}

impl CueKind {
    /// Every kind, in declaration order: the page's worker encodes a kind as its place here, and
    /// the property tests draw from it.
    pub const ALL: [CueKind; 9] = [
        CueKind::Epistemic,
        CueKind::Doxastic,
        CueKind::Evidential,
        CueKind::Condition,
        CueKind::Investigation,
        CueKind::Approximator,
        CueKind::Certainty,
        CueKind::Universal,
        CueKind::Emotive,
    ];
}

/// Who says what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub source: Option<Range>,
    pub cue: Range,
    pub content: Vec<Range>,
    pub source_kind: SourceKind,
    pub stance: Stance,
    /// The earlier words a pronoun or relative source most likely stands for ("she" after "Jane
    /// Smith said"), or a company's short name ("Target" after "Target Corp said"), which `why`
    /// names too: the voice to count this report under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<Range>,
    pub why: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person: "Jane Smith", "Mr. Lee".
    Named,
    /// An organisation or a role: "the White House", "the US side", "a spokesman".
    Institution,
    /// Unidentified plural or indefinite: "many experts", "critics", "some say".
    Vague,
    /// The author or speaker: I, we.
    #[serde(rename = "self")]
    SelfSource,
    /// No agent: "it is reported that".
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// said, stated, told.
    Neutral,
    /// admitted, confirmed, revealed: the writer presents the content as true.
    Endorsing,
    /// claimed, alleged: the writer keeps the content at arm's length.
    Distancing,
}

//! Figures derived from one analysis for readers: counts and rates, who is cited and for which
//! claims, and certainty along the article. The panel, the exports and the command line all
//! read the same digest, so a number never differs between them.
//!
//! PLACEHOLDER: types fixed, computation to be written.

use serde::Serialize;

use crate::engine::{Analysis, SourceKind};

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
    /// For each sentence, the attribution whose content covers it most, if any.
    pub sentence_attribution: Vec<Option<usize>>,
    /// Who is cited, most often first; sources with the same wording (case-insensitive) merge.
    pub sources: Vec<SourceSummary>,
    /// Attributions with no source span ("it is reported that") are counted here, not in `sources`.
    pub agentless: Vec<usize>,
    /// (sentence index, certainty) for every claim, in reading order: the certainty chart.
    pub certainty_series: Vec<(usize, f32)>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceSummary {
    /// The source as written at its first mention.
    pub label: String,
    pub kind: SourceKind,
    /// Indices into `Analysis::attributions`.
    pub attributions: Vec<usize>,
    /// Indices into `Analysis::sentences` of the claims this source carries.
    pub claims: Vec<usize>,
}

impl Digest {
    pub fn of(_text: &str, _analysis: &Analysis) -> Digest {
        Digest::default()
    }
}

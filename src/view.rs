//! What a person chose about how to look at an analysis: which categories show, which claim is
//! selected, which panel is open, and their own corrections (dismissed highlights, ignored words,
//! added cue words). It is saved locally and travels in share links, so it is plain serde data.

use serde::{Deserialize, Serialize};

use crate::engine::{Category, CueKind};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub filters: Filters,
    /// Index into `Analysis::sentences` of the selected sentence.
    pub selected: Option<usize>,
    pub tab: PanelTab,
    pub sort: ClaimSort,
    pub custom: Customizations,
}

/// Which categories are shown, in the article and in the panel alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub hedge: bool,
    pub booster: bool,
    pub attribution: bool,
    pub loaded: bool,
    /// Check-worthiness and certainty marks on claim sentences.
    pub claims: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters { hedge: true, booster: true, attribution: true, loaded: true, claims: true }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelTab {
    #[default]
    Claims,
    Sources,
    Summary,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimSort {
    /// Most check-worthy first: what a fact-checker triages.
    #[default]
    Checkworthiness,
    /// In reading order.
    Position,
}

/// A person's own corrections to the engine.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Customizations {
    /// Single highlights the person dismissed, by their byte range and category.
    pub dismissed: Vec<Dismissed>,
    /// Words (matched case-insensitively, whole words) never to highlight.
    pub ignored_words: Vec<String>,
    /// The person's own cue words or phrases, with the category and kind they belong to.
    pub extra_cues: Vec<ExtraCue>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissed {
    pub start: usize,
    pub end: usize,
    pub category: Category,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraCue {
    pub phrase: String,
    pub category: Category,
    pub kind: CueKind,
}

impl Customizations {
    pub fn is_empty(&self) -> bool {
        self.dismissed.is_empty() && self.ignored_words.is_empty() && self.extra_cues.is_empty()
    }
}

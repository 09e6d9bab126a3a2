//! What a person chose about how to look at an analysis: which categories show, which claim is
//! selected, which panel is open, and their own corrections (dismissed highlights, ignored words,
//! added cue words). It is saved locally and travels in share links, so it is plain serde data.
//!
//! Every field equal to its default is left out when serialized (and read back as the default),
//! so a share link carries only what the reader changed. Fields are declared in alphabetical
//! order: links have always listed them so, and a given view keeps making the same link.

use serde::{Deserialize, Serialize};

use crate::engine::{Category, CueKind};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    #[serde(skip_serializing_if = "Customizations::is_empty")]
    pub custom: Customizations,
    #[serde(skip_serializing_if = "Filters::is_default")]
    pub filters: Filters,
    /// Index into `Analysis::sentences` of the selected sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected: Option<usize>,
    #[serde(skip_serializing_if = "ClaimSort::is_default")]
    pub sort: ClaimSort,
    #[serde(skip_serializing_if = "PanelTab::is_default")]
    pub tab: PanelTab,
}

impl ViewState {
    /// Reads a view as saved or shared, `None` when it is not one. The page reads with the
    /// browser's own JSON parser instead (its `services::view_json`), to the same answers.
    pub fn from_json(json: &[u8]) -> Option<ViewState> {
        serde_json::from_slice(json).ok()
    }
}

/// Which categories are shown, in the article and in the panel alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    #[serde(skip_serializing_if = "is_true")]
    pub attribution: bool,
    #[serde(skip_serializing_if = "is_true")]
    pub booster: bool,
    /// Check-worthiness and certainty marks on claim sentences.
    #[serde(skip_serializing_if = "is_true")]
    pub claims: bool,
    #[serde(skip_serializing_if = "is_true")]
    pub hedge: bool,
    #[serde(skip_serializing_if = "is_true")]
    pub loaded: bool,
}

impl Filters {
    fn is_default(&self) -> bool {
        *self == Filters::default()
    }
}

/// Every filter is on by default.
fn is_true(on: &bool) -> bool {
    *on
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

impl PanelTab {
    fn is_default(&self) -> bool {
        *self == PanelTab::default()
    }
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

impl ClaimSort {
    fn is_default(&self) -> bool {
        *self == ClaimSort::default()
    }
}

/// A person's own corrections to the engine.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Customizations {
    /// Single highlights the person dismissed, by their byte range and category.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<Dismissed>,
    /// The person's own cue words or phrases, with the category and kind they belong to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra_cues: Vec<ExtraCue>,
    /// Words (matched case-insensitively, whole words) never to highlight.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignored_words: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissed {
    pub category: Category,
    pub end: usize,
    pub start: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraCue {
    pub category: Category,
    pub kind: CueKind,
    pub phrase: String,
}

impl Customizations {
    pub fn is_empty(&self) -> bool {
        self.dismissed.is_empty() && self.ignored_words.is_empty() && self.extra_cues.is_empty()
    }
}

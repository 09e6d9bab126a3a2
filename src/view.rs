//! What a person chose about how to look at an analysis: which categories show, which claim is
//! selected, which panel is open, and their own corrections (dismissed highlights, ignored words,
//! added cue words). It is saved locally and travels in share links, so it is plain serde data.
//!
//! Every field equal to its default is left out when serialized (and read back as the default),
//! so a share link carries only what the reader changed. Fields are declared in alphabetical
//! order: links have always listed them so, and a given view keeps making the same link.

use serde::{Deserialize, Serialize};

use crate::engine::{json, Category, CueKind};

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

    /// The view as saved and shared: the bytes `serde_json::to_string` writes for it (the tests
    /// hold the two together), written with the analysis writer's pieces so that the page's
    /// module carries no serializer of its own for a few fields.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        let custom = &self.custom;
        if !custom.is_empty() {
            key(&mut out, "custom");
            out.push('{');
            if !custom.dismissed.is_empty() {
                key(&mut out, "dismissed");
                list(&mut out, &custom.dismissed, &|out, d| {
                    out.push_str("{\"category\":");
                    out.push_str(json::category(d.category));
                    out.push_str(",\"end\":");
                    json::number(out, d.end);
                    out.push_str(",\"start\":");
                    json::number(out, d.start);
                    out.push('}');
                });
            }
            if !custom.extra_cues.is_empty() {
                key(&mut out, "extra_cues");
                list(&mut out, &custom.extra_cues, &|out, c| {
                    out.push_str("{\"category\":");
                    out.push_str(json::category(c.category));
                    out.push_str(",\"kind\":");
                    out.push_str(json::cue_kind(c.kind));
                    out.push_str(",\"phrase\":");
                    json::string(out, &c.phrase);
                    out.push('}');
                });
            }
            if !custom.ignored_words.is_empty() {
                key(&mut out, "ignored_words");
                list(&mut out, &custom.ignored_words, &|out, w| json::string(out, w));
            }
            out.push('}');
        }
        let f = &self.filters;
        if !f.is_default() {
            key(&mut out, "filters");
            out.push('{');
            for (name, on) in [("attribution", f.attribution), ("booster", f.booster), ("claims", f.claims), ("hedge", f.hedge), ("loaded", f.loaded)] {
                if !on {
                    key(&mut out, name);
                    out.push_str("false");
                }
            }
            out.push('}');
        }
        if let Some(i) = self.selected {
            key(&mut out, "selected");
            json::number(&mut out, i);
        }
        if !self.sort.is_default() {
            key(&mut out, "sort");
            json::string(&mut out, name_of(&SORT_NAMES, self.sort));
        }
        if !self.tab.is_default() {
            key(&mut out, "tab");
            json::string(&mut out, name_of(&TAB_NAMES, self.tab));
        }
        out.push('}');
        out
    }
}

/// The names serde gives the claim orders and the panel's tabs, for the writer above and the
/// page's reader of saved views.
pub const SORT_NAMES: [(&str, ClaimSort); 2] = [("checkworthiness", ClaimSort::Checkworthiness), ("position", ClaimSort::Position)];
pub const TAB_NAMES: [(&str, PanelTab); 3] = [("claims", PanelTab::Claims), ("sources", PanelTab::Sources), ("summary", PanelTab::Summary)];

fn name_of<T: Copy + PartialEq>(names: &[(&'static str, T)], value: T) -> &'static str {
    names.iter().find(|&&(_, v)| v == value).map_or("", |&(n, _)| n)
}

/// `"name":`, after a comma unless it opens its object.
fn key(out: &mut String, name: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    out.push('"');
    out.push_str(name);
    out.push_str("\":");
}

fn list<T>(out: &mut String, items: &[T], item: &dyn Fn(&mut String, &T)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_writes_only_what_differs_from_the_default_in_field_order() {
        assert_eq!(ViewState::default().to_json(), "{}");
        let view = ViewState {
            custom: Customizations {
                dismissed: vec![Dismissed { category: Category::Loaded, end: 12, start: 4 }],
                extra_cues: vec![ExtraCue { category: Category::Hedge, kind: CueKind::Doxastic, phrase: "I \"reckon\"\n".into() }],
                ignored_words: vec!["très".into(), "a\\b".into()],
            },
            filters: Filters { booster: false, loaded: false, ..Filters::default() },
            selected: Some(0),
            sort: ClaimSort::Position,
            tab: PanelTab::Summary,
        };
        assert_eq!(
            view.to_json(),
            concat!(
                r#"{"custom":{"dismissed":[{"category":"loaded","end":12,"start":4}],"#,
                r#""extra_cues":[{"category":"hedge","kind":"doxastic","phrase":"I \"reckon\"\n"}],"#,
                r#""ignored_words":["très","a\\b"]},"#,
                r#""filters":{"booster":false,"loaded":false},"selected":0,"sort":"position","tab":"summary"}"#
            )
        );
        // One field alone, with no comma before it.
        let view = ViewState { tab: PanelTab::Sources, ..ViewState::default() };
        assert_eq!(view.to_json(), r#"{"tab":"sources"}"#);
        let view = ViewState { custom: Customizations { ignored_words: vec!["x".into()], ..Customizations::default() }, ..ViewState::default() };
        assert_eq!(view.to_json(), r#"{"custom":{"ignored_words":["x"]}}"#);
    }
}

//! Reads a saved or shared view (the JSON `claimlens::view` writes) with the browser's own
//! `JSON.parse`. serde_json's reader, with the deserializers serde derives for the view's types,
//! came to some 15 KB of the page's download after gzip (docs/performance-log.md, "Download size") for a few
//! bytes read once at start, and every browser parses JSON already.
//!
//! The rules are the ones serde applies to these types (`ViewState::from_json`, which the
//! command line reads with), and the browser tests hold the two to the same answers: a missing
//! field takes its default, an unknown field is passed over, and a field of the wrong type, a
//! name no variant has or a number that is not a whole count rejects the whole view. Forms serde
//! would also take and no Claimlens ever wrote (a struct as an array, a variant as a one-key
//! object) are rejected.

use claimlens::engine::{Category, CueKind};
use claimlens::view::{ClaimSort, Customizations, Dismissed, ExtraCue, Filters, PanelTab, ViewState, SORT_NAMES, TAB_NAMES};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;

pub fn read(json: &[u8]) -> Option<ViewState> {
    let value = JSON::parse(std::str::from_utf8(json).ok()?).ok()?;
    let v = object(&value)?;
    Some(ViewState {
        custom: field(v, "custom", Customizations::default(), customizations)?,
        filters: field(v, "filters", Filters::default(), filters)?,
        selected: field(v, "selected", None, |s| if s.is_null() { Some(None) } else { count(s).map(Some) })?,
        sort: field(v, "sort", ClaimSort::default(), |s| named(s, &SORT_NAMES))?,
        tab: field(v, "tab", PanelTab::default(), |s| named(s, &TAB_NAMES))?,
    })
}

fn customizations(v: &JsValue) -> Option<Customizations> {
    let v = object(v)?;
    Some(Customizations {
        dismissed: field(v, "dismissed", Vec::new(), |l| list(l, dismissed))?,
        extra_cues: field(v, "extra_cues", Vec::new(), |l| list(l, extra_cue))?,
        ignored_words: field(v, "ignored_words", Vec::new(), |l| list(l, JsValue::as_string))?,
    })
}

fn filters(v: &JsValue) -> Option<Filters> {
    let v = object(v)?;
    let on = |name| field(v, name, true, JsValue::as_bool);
    Some(Filters { attribution: on("attribution")?, booster: on("booster")?, claims: on("claims")?, hedge: on("hedge")?, loaded: on("loaded")? })
}

// Neither of these has defaults: every field must be there.
fn dismissed(v: &JsValue) -> Option<Dismissed> {
    let v = object(v)?;
    Some(Dismissed { category: required(v, "category", category)?, end: required(v, "end", count)?, start: required(v, "start", count)? })
}

fn extra_cue(v: &JsValue) -> Option<ExtraCue> {
    let v = object(v)?;
    Some(ExtraCue {
        category: required(v, "category", category)?,
        kind: required(v, "kind", |k| {
            use CueKind::*;
            named(k, &[
                ("epistemic", Epistemic),
                ("doxastic", Doxastic),
                ("evidential", Evidential),
                ("condition", Condition),
                ("investigation", Investigation),
                ("approximator", Approximator),
                ("certainty", Certainty),
                ("universal", Universal),
                ("emotive", Emotive),
            ])
        })?,
        phrase: required(v, "phrase", JsValue::as_string)?,
    })
}

fn category(v: &JsValue) -> Option<Category> {
    named(v, &[("hedge", Category::Hedge), ("booster", Category::Booster), ("loaded", Category::Loaded)])
}

/// An object that is not an array (nor null, which `typeof` calls an object too).
fn object(v: &JsValue) -> Option<&JsValue> {
    (v.is_object() && !Array::is_array(v)).then_some(v)
}

/// The field `name` of `object` as `read` takes it, or `default` when the object has no such
/// field. (`JSON.parse` never makes `undefined`, so it means absent; the view's field names are
/// none of `Object.prototype`'s.)
fn field<T>(object: &JsValue, name: &str, default: T, read: impl Fn(&JsValue) -> Option<T>) -> Option<T> {
    let value = Reflect::get(object, &JsValue::from_str(name)).ok()?;
    if value.is_undefined() {
        Some(default)
    } else {
        read(&value)
    }
}

fn required<T>(object: &JsValue, name: &str, read: impl Fn(&JsValue) -> Option<T>) -> Option<T> {
    let value = Reflect::get(object, &JsValue::from_str(name)).ok()?;
    read(&value)
}

fn list<T>(v: &JsValue, read: impl Fn(&JsValue) -> Option<T>) -> Option<Vec<T>> {
    if !Array::is_array(v) {
        return None;
    }
    Array::from(v).iter().map(|item| read(&item)).collect()
}

/// A whole number a `usize` holds (JSON has only one kind of number).
fn count(v: &JsValue) -> Option<usize> {
    let n = v.as_f64()?;
    (n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64).then_some(n as usize)
}

fn named<T: Copy>(v: &JsValue, names: &[(&str, T)]) -> Option<T> {
    let name = v.as_string()?;
    names.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)
}

//! Downloads of the analysis as JSON (the contract), Markdown (for notes) and HTML (a
//! self-contained marked-up copy).
//!
//! A plain function rather than a component: its `on_error` is a new callback on every render of
//! the page, so a component would redraw each time anyway, and each component type costs the
//! module Yew's generic lifecycle code (docs/performance-log.md, "Download size").

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use yew::prelude::*;

use crate::bridge::{self, ExportKind};
use crate::services::download;

pub struct ExportProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    /// `digest` is provisional (still being counted): an export makes its own.
    pub counting: bool,
    pub on_error: Callback<String>,
}

pub fn export(props: ExportProps) -> Html {
    let button = |id: &'static str, label: &'static str, kind: ExportKind| {
        let (text, analysis, digest, counting, on_error) = (
            props.text.clone(),
            props.analysis.clone(),
            props.digest.clone(),
            props.counting,
            props.on_error.clone(),
        );
        let onclick = Callback::from(move |_: MouseEvent| {
            let digest = if counting { Rc::new(Digest::of(&text, &analysis)) } else { digest.clone() };
            let file = bridge::export(kind, &text, &analysis, &digest);
            if !download::save(&file.name, file.mime, &file.body) {
                on_error.emit("The browser did not let the page create the file.".into());
            }
        });
        html! { <button type="button" {id} {onclick} disabled={props.text.is_empty()}>{label}</button> }
    };
    html! {
        <section class="export" aria-labelledby="export-title">
            <h2 id="export-title">{"Export"}</h2>
            <div class="export-row">
                { button("export-json", "JSON", ExportKind::Json) }
                { button("export-md", "Markdown", ExportKind::Markdown) }
                { button("export-html", "HTML", ExportKind::Html) }
            </div>
        </section>
    }
}

//! Saving a generated file: a Blob behind a temporary object URL, clicked through a link that
//! is never added to the page.

use wasm_bindgen::JsCast;

/// Offers `body` as a download named `name`; false when the browser would not make the file.
pub fn save(name: &str, mime: &str, body: &str) -> bool {
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&body.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&[mime, ";charset=utf-8"].concat());
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        // The download has started from the URL by the time this runs; freeing it earlier can
        // cancel it in some browsers.
        crate::services::once::timeout(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    };
    run().is_some()
}

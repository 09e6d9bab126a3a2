//! Not a fuzz target: writes the starting corpora from the hand-written texts in `seeds/`: each text for `analyze`,
//! and for `share_decode` a valid link of each text with the default view and with a changed one,
//! plus a few damaged links. Run from the `fuzz/` folder: `cargo +nightly run --bin seeds`.

use std::fs;

use claimlens::share::encode;
use claimlens::view::{Filters, ViewState};

fn main() -> std::io::Result<()> {
    fs::create_dir_all("corpus/analyze")?;
    fs::create_dir_all("corpus/share_decode")?;
    let changed = ViewState { selected: Some(2), filters: Filters { booster: false, ..Filters::default() }, ..ViewState::default() };
    let mut n = 0;
    let mut entries: Vec<_> = fs::read_dir("seeds")?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let text = fs::read_to_string(entry.path())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        fs::write(format!("corpus/analyze/{name}"), &text)?;
        for (tag, view) in [("default", ViewState::default()), ("view", changed.clone())] {
            let link = encode(&text, &view);
            fs::write(format!("corpus/share_decode/{name}.{tag}"), format!("#{link}"))?;
            // Cut in half: a truncated link.
            fs::write(format!("corpus/share_decode/{name}.{tag}.cut"), &link[..link.len() / 2])?;
            n += 3;
        }
    }
    for (name, link) in [("empty", "#"), ("v3", "#v3.AAAA"), ("bad64", "#v1.ab$cd"), ("short", "v1.A")] {
        fs::write(format!("corpus/share_decode/{name}"), link)?;
        n += 1;
    }
    println!("wrote {n} share seeds");
    Ok(())
}

//! Not a fuzz target: writes the starting corpora from the hand-written texts in `seeds/`: each text for `analyze`,
//! for `share_decode` a valid link of each text with the default view and with a changed one,
//! plus a few damaged links, and for `reanalyze` each text with a few edits. Run from the `fuzz/` folder: `cargo +nightly run --bin seeds`.

use std::fs;

use claimlens::share::encode;
use claimlens::view::{Filters, ViewState};

fn main() -> std::io::Result<()> {
    fs::create_dir_all("corpus/analyze")?;
    fs::create_dir_all("corpus/share_decode")?;
    fs::create_dir_all("corpus/reanalyze")?;
    let changed = ViewState { selected: Some(2), filters: Filters { booster: false, ..Filters::default() }, ..ViewState::default() };
    let mut n = 0;
    let mut m = 0;
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
        // Edits at the text's start (256 bytes into the positions, see the target), middle and
        // end, and one in the paragraphs before it.
        let mid = text.len() / 2;
        let edits: [(usize, u8, &str); 6] = [(256, 0, "\n\n"), (256 + mid, 0, "\""), (256 + mid, 6, ""), (256 + text.len(), 0, " He said it was late."), (200, 3, ", "), (256 + mid / 2, 1, "Jane Smith said ")];
        for (k, (pos, cut, piece)) in edits.iter().enumerate() {
            let mut seed = vec![[0u8, 12, 30][k % 3]];
            seed.extend_from_slice(text.as_bytes());
            seed.push(0xFF);
            seed.extend_from_slice(&(*pos as u16).to_le_bytes());
            seed.push(*cut);
            seed.extend_from_slice(piece.as_bytes());
            if k == 5 {
                // A second edit that undoes much of the first.
                seed.extend_from_slice(&[0xFF, pos.to_le_bytes()[0], pos.to_le_bytes()[1], 16]);
            }
            fs::write(format!("corpus/reanalyze/{name}.{k}"), seed)?;
            m += 1;
        }
    }
    for (name, link) in [("empty", "#"), ("v3", "#v3.AAAA"), ("bad64", "#v1.ab$cd"), ("short", "v1.A")] {
        fs::write(format!("corpus/share_decode/{name}"), link)?;
        n += 1;
    }
    println!("wrote {n} share seeds and {m} reanalyze seeds");
    Ok(())
}

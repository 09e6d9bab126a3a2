//! Re-analysis after edits must give exactly what a full analysis of the edited text gives.
//!
//! The input is a text and edits, split by 0xFF bytes (never part of UTF-8): `n text 0xFF edit
//! 0xFF edit ...`, each edit being two bytes of position, one of cut length and the piece
//! inserted. `n` sets how many fixed news paragraphs come before the text; more follow it, so
//! the whole passes the size below which re-analysis just analyses everything, and the edits
//! land among paragraphs with names, pronouns and quotations that a window could cut wrongly.
//! Each edit starts from the result of the previous re-analysis, as typing does.
#![no_main]

use claimlens::engine::incremental::reanalyze;
use libfuzzer_sys::fuzz_target;

/// Written for this target: named and vague sources, pronouns standing for them, quotations
/// across sentences, a colon introducing the next paragraph, hedges, boosters and numbers.
const FILLER: &[&str] = &[
    "Port officials said on Tuesday that the new crane might be delayed until spring.",
    "Karin Holt, who chairs the transport committee, told the council the cost had clearly doubled to 14 million.",
    "She said the contractor was reportedly behind schedule.",
    "\u{201c}We cannot accept another delay,\u{201d} said Olav Brenne, the harbour director. \u{201c}It is simply unacceptable.\u{201d}",
    "He added:",
    "\"The workers deserve better, and they will certainly get it.\"",
    "According to the union, about 240 jobs depend on the terminal.",
    "Analysts believe the dispute could drag on for months.",
    "The ministry admitted that earlier estimates were far too low.",
    "Prices at the port rose 3.2 percent in the third quarter, the statement said.",
    "It is understood that the board will meet again next week.",
    "\"Nobody expected this,\" he told reporters after the vote.",
];

fn build(before: usize, text: &str) -> (String, usize) {
    let mut out = String::new();
    let mut i = 0;
    while i < before {
        out.push_str(FILLER[i % FILLER.len()]);
        out.push_str(if i % 3 == 2 { "\n\n" } else { " " });
        i += 1;
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str("\n\n");
    }
    let start = out.len();
    out.push_str(text);
    // Enough after the text that the whole is long, so windows are really taken.
    while out.len() < 4096 + 1024 {
        out.push_str(if i % 3 == 0 { "\n\n" } else { " " });
        out.push_str(FILLER[i % FILLER.len()]);
        i += 1;
    }
    (out, start)
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else { return };
    let mut parts = rest.split(|&b| b == 0xFF);
    let Ok(text) = std::str::from_utf8(parts.next().unwrap_or_default()) else { return };
    let (mut old, start) = build(usize::from(n % 48), text);
    let mut analysis = claimlens::analyze(&old);
    for part in parts.take(4) {
        let [p0, p1, cut, piece @ ..] = part else { return };
        let Ok(piece) = std::str::from_utf8(piece) else { return };
        // Positions count from a little before the text, so its edges and the filler's last
        // paragraphs are edited too.
        let base = start.saturating_sub(256);
        let at = floor(&old, (base + usize::from(u16::from_le_bytes([*p0, *p1]))) % (old.len() + 1));
        let end = floor(&old, at + usize::from(*cut)).max(at);
        let new = format!("{}{}{}", &old[..at], piece, &old[end..]);
        analysis = reanalyze(&old, &analysis, &new);
        let full = claimlens::analyze(&new);
        assert!(analysis == full, "edit at {at}..{end} inserting {piece:?} of\n{old:?}\ninto\n{new:?}");
        old = new;
    }
});

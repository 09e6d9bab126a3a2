//! The `claimlens` command line. PLACEHOLDER: reads JSONL `{"id","text"}` on stdin, writes one
//! analysis per line.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let mut a = claimlens::analyze(v["text"].as_str().unwrap_or(""));
        a.id = v["id"].as_str().map(str::to_string);
        writeln!(out, "{}", serde_json::to_string(&a).unwrap()).unwrap();
    }
}

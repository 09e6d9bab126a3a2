//! The `claimlens` binary as a user runs it: arguments, files, stdin, exit codes, and the shape
//! of the JSON contract. The detectors' findings are tested in the engine; here only the shape
//! and the plumbing are checked, so these tests hold whatever the detectors find.

// It runs the native binary, so it has no meaning inside a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use claimlens::Analysis;
use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with `args`, feeding `stdin` (or nothing: stdin is then empty, not a terminal).
fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // Written from another thread so that a large input cannot deadlock against a full stdout.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("the binary runs");
    writer.join().expect("stdin writer");
    let run = Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(!run.stderr.contains("panicked"), "a panic escaped: {}", run.stderr);
    run
}

/// A scratch folder for one test, emptied first and removed when the test ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    Scratch(dir)
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("parent folder");
    }
    std::fs::write(&path, bytes).expect("write scratch file");
    path.to_str().expect("UTF-8 temp path").to_string()
}

/// Checks that `v` has the contract's shape for `text`: the four arrays, every sentence's fields,
/// offsets on character boundaries, and that it reads back as the contract's Rust type.
fn assert_contract(v: &Value, text: &str) {
    for key in ["paragraphs", "sentences", "spans", "attributions"] {
        assert!(v[key].is_array(), "'{key}' should be an array in {v}");
    }
    assert!(!v["sentences"].as_array().unwrap().is_empty(), "a non-empty text has sentences: {v}");
    for s in v["sentences"].as_array().unwrap() {
        for key in ["start", "end", "paragraph", "certainty"] {
            assert!(s[key].is_number(), "sentence.{key} should be a number in {s}");
        }
        assert!(s.get("claim").is_some(), "sentence.claim is always present (null for non-claims): {s}");
        assert!(s["why"].is_string(), "sentence.why: {s}");
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert!(start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end), "{s}");
    }
    for span in v["spans"].as_array().unwrap() {
        let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(span["text"].as_str(), text.get(start..end), "span text is its slice: {span}");
    }
    let typed: Analysis = serde_json::from_value(v.clone()).expect("reads back as claimlens::Analysis");
    assert!(!typed.paragraphs.is_empty());
    for p in &typed.paragraphs {
        assert!(p.start <= p.end && text.get(p.start..p.end).is_some(), "paragraph {p:?} off the text");
    }
}

const SMALL: &str = "Flood watch\n\nOfficials said the river might rise by 2 metres. Is the levee safe? \u{1F30A} Residents in \u{5317}\u{4EAC} Street are clearly worried.\n";

#[test]
fn json_output_follows_the_contract() {
    let dir = scratch("json");
    let path = write_file(&dir, "small.txt", SMALL.as_bytes());
    let r = run(&["analyze", "--json", &path], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_contract(&v, SMALL);
    assert!(v.get("id").is_none(), "a single text has no id");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let r = run(&["analyze", "--json", "-"], SMALL.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_contract(&serde_json::from_str(&r.stdout).expect("valid JSON"), SMALL);

    let r = run(&["analyze", "-"], SMALL.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("Claimlens report: stdin\n"), "{}", r.stdout);
}

#[test]
fn the_report_shows_the_text_the_legend_and_the_tables_without_colour_in_a_pipe() {
    let r = run(&["analyze", "-"], SMALL.as_bytes());
    assert_eq!(r.code, 0);
    for part in ["Markers: [~hedge~] [+booster+] [!loaded!] [@source@] [^cue^] {content}", "Claims (", "Not claims (", "Cues ("] {
        assert!(r.stdout.contains(part), "missing {part:?} in\n{}", r.stdout);
    }
    // Every word of the text is still there, whatever markers were inserted around them.
    let mut rest = r.stdout.as_str();
    for word in SMALL.split_whitespace() {
        let at = rest.find(word).unwrap_or_else(|| panic!("{word:?} missing or out of order in\n{}", r.stdout));
        rest = &rest[at + word.len()..];
    }
    assert!(!r.stdout.contains('\x1b'), "no ANSI codes when stdout is not a terminal");
}

#[test]
fn the_report_names_every_voice_of_a_claim() {
    let text = "The Daily Courier claims the docks will close, and Ms. Okafor also claims the council lied.";
    let r = run(&["analyze", "-"], text.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let claims = &r.stdout[r.stdout.find("Claims (").unwrap()..r.stdout.find("Not claims").unwrap()];
    let courier = claims.find("The Daily Courier (institution)").unwrap_or_else(|| panic!("first voice missing in\n{claims}"));
    let okafor = claims.find("Ms. Okafor (named)").unwrap_or_else(|| panic!("second voice missing in\n{claims}"));
    assert!(courier < okafor, "voices out of reading order in\n{claims}");
}

#[test]
fn the_report_says_when_a_text_is_not_english() {
    let french = "Le gouvernement a annoncé mardi que les impôts ne seront pas augmentés l'an prochain. Le ministre des Finances a déclaré que la situation était difficile, mais que les recettes restaient stables. Les critiques lui reprochent de sous-estimer les risques. Selon l'institut de statistique, l'inflation a légèrement reculé en octobre.";
    let r = run(&["analyze", "-"], french.as_bytes());
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("\nNote: This text reads as French. Claimlens reads English only"), "{}", r.stdout);
    // The same news in English, long enough to judge.
    let english = "The government announced on Tuesday that taxes will not rise next year. The finance minister said the situation was difficult, but that revenue had held steady. Critics accuse him of underestimating the risks. According to the statistics office, inflation fell slightly in October.";
    let r = run(&["analyze", "-"], english.as_bytes());
    assert!(!r.stdout.contains("Note:"), "{}", r.stdout);
}

#[test]
fn jsonl_streams_results_and_error_records_in_input_order() {
    let input = b"{\"id\": \"a1\", \"text\": \"The mayor said the bridge may close.\"}\n\
{\"id\": \"a2\", \"text\": oops}\n\
{\"id\": 17, \"text\": \"Prices rose 4% in May.\"}\n";
    let r = run(&["analyze", "--jsonl"], input);
    assert_eq!(r.code, 2, "exit 2 when a line failed; stderr: {}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(lines.len(), 3, "{}", r.stdout);

    assert_eq!(lines[0]["id"], "a1");
    assert_contract(&lines[0], "The mayor said the bridge may close.");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["id"], Value::Null, "the id of a line that is not JSON is unknown");
    assert!(lines[1]["error"].as_str().unwrap().starts_with("not valid JSON"), "{}", lines[1]);
    assert_eq!(lines[2]["id"], "17", "numeric ids come back as strings");
    assert_contract(&lines[2], "Prices rose 4% in May.");

    assert!(r.stderr.contains("line 2:"), "stderr names the line: {}", r.stderr);
    assert!(!r.stderr.contains("line 1:") && !r.stderr.contains("line 3:"), "{}", r.stderr);
}

#[test]
fn jsonl_reads_a_file_and_exits_zero_when_every_line_is_good() {
    let dir = scratch("jsonl-file");
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("{{\"id\": \"r{i}\", \"text\": \"Record {i} says the vote might be delayed.\"}}\n"));
    }
    let path = write_file(&dir, "batch.jsonl", input.as_bytes());
    let r = run(&["analyze", "--jsonl", &path], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<String> = r.stdout.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string()).collect();
    let want: Vec<String> = (0..300).map(|i| format!("r{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn jsonl_reports_invalid_utf8_in_one_line_and_goes_on() {
    let r = run(&["--jsonl"], b"{\"id\":\"x\",\"text\":\"caf\xe9\"}\n{\"id\":\"y\",\"text\":\"Fine.\"}\n");
    assert_eq!(r.code, 2);
    let lines: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["id"], "x");
    assert!(lines[0]["error"].as_str().unwrap().contains("not valid UTF-8"));
    assert_eq!(lines[1]["id"], "y");
    assert!(r.stderr.contains("line 1:"), "{}", r.stderr);
}

#[test]
fn no_arguments_with_piped_input_means_a_jsonl_batch() {
    let r = run(&[], b"{\"id\":\"p\",\"text\":\"It rained.\"}\n");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(r.stdout.trim_end()).unwrap();
    assert_eq!(v["id"], "p");
}

#[test]
fn invalid_utf8_in_a_file_names_the_byte_offset() {
    let dir = scratch("utf8");
    // "Caf" then a Latin-1 "é" (0xE9): byte offset 15, line 2, column 4.
    let path = write_file(&dir, "latin1.txt", b"First line.\nCaf\xe9 prices rose.\n");
    for args in [vec!["analyze", path.as_str()], vec!["analyze", "--json", path.as_str()]] {
        let r = run(&args, b"");
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("byte offset 15 (line 2, column 4)"), "{}", r.stderr);
        assert!(r.stderr.contains("latin1.txt"), "{}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn a_missing_file_is_named() {
    let dir = scratch("missing");
    let path = dir.join("no-such-article.txt");
    let path = path.to_str().unwrap();
    for args in [vec!["analyze", path], vec!["analyze", "--jsonl", path]] {
        let r = run(&args, b"");
        assert_eq!(r.code, 1);
        assert!(r.stderr.contains("cannot read") && r.stderr.contains(path), "{}", r.stderr);
    }
}

#[test]
fn version_help_and_usage_errors() {
    let r = run(&["--version"], b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, concat!("claimlens ", env!("CARGO_PKG_VERSION"), "\n")));

    let r = run(&["--help"], b"");
    assert_eq!(r.code, 0);
    for part in ["claimlens analyze FILE", "--jsonl", "claimlens eval DATA_DIR", "[~might~]", "EXIT CODES"] {
        assert!(r.stdout.contains(part), "help lacks {part:?}");
    }

    let r = run(&["analyze", "--colour", "x.txt"], b"");
    assert_eq!(r.code, 64);
    assert!(r.stderr.contains("unknown option '--colour'") && r.stderr.contains("--help"), "{}", r.stderr);
}

#[test]
fn eval_scores_what_is_there_and_marks_the_rest_missing() {
    let dir = scratch("eval");
    // Two made-up sentences in the data sets' format: spans are [start, end, type] in code points.
    // The second has an emoji before the cue, so code points and bytes differ.
    write_file(
        &dir,
        "uncertainty/factbank_dev.jsonl",
        "{\"id\":\"u1\",\"text\":\"The ferry may be late.\",\"label\":\"uncertain\",\"spans\":[[10,13,\"epistemic\"]]}\n\
         {\"id\":\"u2\",\"text\":\"\u{1F6A2} The ferry left at noon.\",\"label\":\"certain\",\"spans\":[]}\n\
         {\"id\":\"u3\",\"text\":\"About 40 people came.\",\"label\":\"certain\",\"spans\":[]}\n"
            .as_bytes(),
    );
    let r = run(&["eval", dir.to_str().unwrap()], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The development table comes first; the held-out table follows its own header.
    let table: Vec<&str> = r.stdout.lines().take_while(|l| !l.is_empty()).filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 11, "header, rule and eleven metric rows:\n{}", r.stdout);
    let cells = |row: &str| -> Vec<String> { row.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect() };
    assert_eq!(cells(table[0]), ["task", "data", "metric", "value", "target"]);
    assert_eq!(cells(table[2])[..3], ["uncertainty", "uncertainty/factbank_dev (n=3)", "sentence F1"]);
    assert!(cells(table[2])[3].contains("(P "), "{}", table[2]);
    assert_eq!(cells(table[2])[4], "0.85");
    // "may" is a hedge and so is the approximator "about", which the gold calls certain: one true
    // and one false positive (P 0.5, R 1). Set aside, the approximator no longer counts.
    assert!(cells(table[2])[3].starts_with("0.667"), "{}", table[2]);
    assert_eq!(cells(table[4])[2], "sentence F1, approximators aside");
    assert!(cells(table[4])[3].starts_with("1.000"), "{}", table[4]);
    // Cues: "may" matches the gold cue and "About" matches none (P 0.5, R 1); aside, P 1.
    assert!(cells(table[3])[3].starts_with("0.667"), "{}", table[3]);
    assert_eq!(cells(table[5])[2], "cue F1, approximators aside");
    assert!(cells(table[5])[3].starts_with("1.000"), "{}", table[5]);
    let missing = table[6..].iter().filter(|row| cells(row)[3] == "missing").count();
    assert_eq!(missing, 7, "every row but factbank's says missing:\n{}", r.stdout);
    assert!(r.stdout.contains("texts"), "the runtime line: {}", r.stdout);

    let r = run(&["eval", dir.join("nowhere").to_str().unwrap()], b"");
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is not a folder"), "{}", r.stderr);
}

/// The JSON example in the README must stay a valid analysis of its text, with correct offsets.
#[test]
fn the_readme_json_example_is_a_valid_analysis() {
    let readme = include_str!("../README.md");
    let text_line = readme.lines().find_map(|l| l.strip_prefix("<!-- example-text: ")).expect("README names the example text");
    let text = text_line.strip_suffix(" -->").expect("comment closes");
    let start = readme.find("```json\n").expect("README has a JSON example") + "```json\n".len();
    let end = start + readme[start..].find("```").expect("the block closes");
    let v: Value = serde_json::from_str(&readme[start..end]).expect("the README example is JSON");
    assert_contract(&v, text);
    let a: Analysis = serde_json::from_value(v).unwrap();
    for at in &a.attributions {
        for r in at.source.iter().chain([&at.cue]).chain(&at.content) {
            assert!(text.get(r.start..r.end).is_some(), "attribution range {r:?} off the text");
        }
    }
}

//! `analyze --jsonl`: a streaming batch. One `{"id", "text"}` object per input line, one
//! [`claimlens::Analysis`] per output line, in the same order.
//!
//! Only one line is held at a time, so a batch of any size runs in constant memory. A line that
//! cannot be analysed becomes an error record in its place (so output line N still answers input
//! record N) and a message on stderr; the batch goes on and the exit code says that something
//! failed.

use std::ffi::OsStr;
use std::io::{self, BufRead, BufReader, Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{exit, input, Fail};

/// Written to stdout in place of an analysis when a line fails.
#[derive(Debug, PartialEq, Serialize)]
pub struct ErrorRecord {
    /// The record's id when it could be read, as a string like the analyses' ids.
    pub id: Option<String>,
    /// 1-based line number in the input.
    pub line: u64,
    pub error: String,
}

#[derive(Debug, Default, PartialEq)]
pub struct Tally {
    pub analysed: u64,
    /// Lines that could not be analysed, including those that hit an internal error.
    pub failed: u64,
    /// Lines on which the engine panicked: a bug, reported with its own exit code.
    pub internal: u64,
}

/// Runs the batch on `path` (`-` is stdin) to stdout and returns the exit code.
pub fn run_path(path: &OsStr) -> Result<u8, Fail> {
    let name = input::display_name(path);
    let stdout = io::stdout();
    let out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let stderr = io::stderr();
    let tally = if path == "-" {
        let stdin = io::stdin();
        run(io::BufReader::with_capacity(1 << 16, stdin.lock()), out, stderr.lock(), &name)?
    } else {
        let file = std::fs::File::open(path).map_err(|e| Fail::new(exit::INPUT, format!("cannot read '{name}': {e}")))?;
        run(io::BufReader::with_capacity(1 << 16, file), out, stderr.lock(), &name)?
    };
    if tally.failed > 0 {
        eprintln!("claimlens: {name}: {} of {} records failed (see the messages above)", tally.failed, tally.failed + tally.analysed);
        Ok(if tally.internal > 0 { exit::INTERNAL } else { exit::SOME_LINES_FAILED })
    } else {
        Ok(exit::OK)
    }
}

/// The batch loop, generic over its streams so that tests can drive it in memory.
pub fn run<R: Read>(mut input: BufReader<R>, mut out: impl Write, mut err: impl Write, name: &str) -> Result<Tally, Fail> {
    let mut tally = Tally::default();
    let mut buf = Vec::new();
    // One analysis's JSON, reused from line to line.
    let mut json = String::new();
    let mut line_no = 0u64;
    loop {
        // Flush before blocking on more input, so that an interactive producer gets its answers
        // while a file is still written in large blocks.
        if input.buffer().is_empty() {
            out.flush().map_err(Fail::output)?;
        }
        buf.clear();
        let n = input.read_until(b'\n', &mut buf).map_err(|e| Fail::new(exit::INPUT, format!("{name}: cannot read line {}: {e}", line_no + 1)))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let mut line = buf.as_slice();
        if line_no == 1 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = read_record(line).and_then(|(id, text)| match crate::catch_panic(|| claimlens::analyze(&text)) {
            Ok(mut analysis) => {
                analysis.id = id;
                Ok(analysis)
            }
            Err(what) => {
                tally.internal += 1;
                Err((id, crate::internal_error(&what)))
            }
        });
        match result {
            Ok(analysis) => {
                json.clear();
                claimlens::engine::json::write(&analysis, &mut json);
                out.write_all(json.as_bytes()).map_err(Fail::output)?;
                tally.analysed += 1;
            }
            Err((id, error)) => {
                // A failing stderr must not stop the batch; the record on stdout carries the error too.
                let _ = writeln!(err, "claimlens: {name}: line {line_no}: {error}");
                let record = ErrorRecord { id, line: line_no, error };
                serde_json::to_writer(&mut out, &record).map_err(|e| Fail::output(e.into()))?;
                tally.failed += 1;
            }
        }
        out.write_all(b"\n").map_err(Fail::output)?;
    }
    out.flush().map_err(Fail::output)?;
    Ok(tally)
}

/// Reads one input line as a record: its id (if any) and its text, or what is wrong with it
/// (with the id when it could be read).
fn read_record(line: &[u8]) -> Result<(Option<String>, String), (Option<String>, String)> {
    let text = std::str::from_utf8(line).map_err(|e| {
        // The id is usually intact even when the text is not: recover it for the error record.
        let id = serde_json::from_str(&String::from_utf8_lossy(line)).ok().and_then(|v: Value| id_of(&v).ok().flatten());
        (id, input::utf8_problem(line, e))
    })?;
    // Almost every line is a well-formed record, which is read straight into its two fields
    // rather than into a map of all of them first. Whatever that read refuses (not an object,
    // a field repeated or of the wrong type, bad JSON) is read again below, whose messages say
    // what is wrong. An array would fill the fields in order: it is kept from the direct read.
    if text.trim_start().starts_with('{') {
        if let Ok(Record { id, text }) = serde_json::from_str::<Record>(text) {
            return Ok((id.map(Id::into_string), text));
        }
    }
    let value: Value = serde_json::from_str(text).map_err(|e| (None, json_problem(&e)))?;
    let id = id_of(&value).map_err(|msg| (None, msg))?;
    let Value::Object(mut record) = value else { unreachable!("id_of accepts objects only") };
    match record.remove("text") {
        Some(Value::String(s)) => Ok((id, s)),
        None => Err((id, "no \"text\" field".into())),
        Some(_) => Err((id, "\"text\" must be a string".into())),
    }
}

/// A record as [`read_record`] reads it directly.
#[derive(Deserialize)]
struct Record {
    id: Option<Id>,
    text: String,
}

/// The ids [`id_of`] accepts.
#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

impl Id {
    fn into_string(self) -> String {
        match self {
            Id::Text(s) => s,
            Id::Number(n) => n.to_string(),
        }
    }
}

/// The record's id as a string: ids may be strings or numbers, and [`Analysis::id`] is a string.
fn id_of(record: &Value) -> Result<Option<String>, String> {
    let Value::Object(fields) = record else {
        return Err("not a JSON object: expected {\"id\": ..., \"text\": \"...\"}".into());
    };
    match fields.get("id") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err("\"id\" must be a string or a number".into()),
    }
}

/// serde_json reports "... at line 1 column 17"; every record is one line, so only the column
/// is worth keeping.
fn json_problem(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.rsplit_once(" at line ").map_or(full.as_str(), |(what, _)| what);
    format!("not valid JSON: {what} (column {})", e.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a batch in memory; returns stdout lines (parsed), stderr and the tally.
    fn batch(input: &[u8]) -> (Vec<Value>, String, Tally) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let tally = run(BufReader::new(input), &mut out, &mut err, "test").unwrap();
        let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (lines, String::from_utf8(err).unwrap(), tally)
    }

    #[test]
    fn good_lines_become_analyses_with_ids_as_strings() {
        let (lines, err, tally) = batch(b"{\"id\":\"a\",\"text\":\"It may rain.\"}\n{\"id\":7,\"text\":\"Cold.\"}\n{\"text\":\"No id.\"}");
        assert_eq!(tally, Tally { analysed: 3, failed: 0, internal: 0 });
        assert_eq!(err, "");
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[1]["id"], "7");
        assert!(lines[2].get("id").is_none());
        for l in &lines {
            assert!(l["sentences"].is_array() && l["spans"].is_array(), "{l}");
        }
    }

    #[test]
    fn bad_lines_become_error_records_in_place() {
        // (line, expected id in the error record, expected message fragment)
        const CASES: &[(&[u8], Option<&str>, &str)] = &[
            (b"{\"id\": 1, \"text\": ", None, "not valid JSON: EOF while parsing"),
            (b"[\"text\"]", None, "not a JSON object"),
            (b" [\"x\", \"t\"]", None, "not a JSON object"),
            (b"{\"id\": \"d\", \"text\": \"t\", \"text\": 5}", Some("d"), "\"text\" must be a string"),
            (b"{\"id\": \"x\"}", Some("x"), "no \"text\" field"),
            (b"{\"id\": 3, \"text\": 12}", Some("3"), "\"text\" must be a string"),
            (b"{\"id\": [1], \"text\": \"t\"}", None, "\"id\" must be a string or a number"),
            (b"{\"id\": \"u\", \"text\": \"caf\xe9\"}", Some("u"), "not valid UTF-8: first invalid byte 0xE9 at byte offset 24"),
        ];
        for (line, id, msg) in CASES {
            let mut input = b"{\"id\":\"ok\",\"text\":\"Fine.\"}\n".to_vec();
            input.extend_from_slice(line);
            input.extend_from_slice(b"\n{\"id\":\"after\",\"text\":\"Also fine.\"}\n");
            let (lines, err, tally) = batch(&input);
            assert_eq!(tally, Tally { analysed: 2, failed: 1, internal: 0 }, "{line:?}");
            assert_eq!(lines.len(), 3);
            assert_eq!(lines[1]["line"], 2);
            assert_eq!(lines[1]["id"], id.map_or(Value::Null, |s| Value::String(s.into())), "{line:?}");
            let error = lines[1]["error"].as_str().unwrap();
            assert!(error.contains(msg), "{line:?}: {error}");
            assert!(err.contains("line 2: ") && err.contains(msg), "{err}");
            assert_eq!(lines[2]["id"], "after");
        }
    }

    #[test]
    fn blank_lines_crlf_and_a_leading_bom_are_tolerated() {
        let (lines, err, tally) = batch(b"\xEF\xBB\xBF{\"id\":1,\"text\":\"One.\"}\r\n\r\n   \n{\"id\":2,\"text\":\"Two.\"}\r\n");
        assert_eq!(err, "");
        assert_eq!(tally, Tally { analysed: 2, failed: 0, internal: 0 });
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn line_numbers_count_skipped_blank_lines() {
        let (lines, err, _) = batch(b"\n\n{oops}\n");
        assert_eq!(lines[0]["line"], 3);
        assert!(err.contains("line 3:"), "{err}");
    }
}

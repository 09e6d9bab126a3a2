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
        if let Some(record) = Plain::read(text) {
            return Ok(record);
        }
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

/// The reader of the commonest record, an object with a string "text", a string or null "id" (or
/// none) and any other fields, without serde: serde's string reading cost some 25 M instructions
/// per 2 MB of news, most of it a call per escaped line break, where this reader copies a run of
/// plain bytes at a time. It gives up (`None`) on anything it does not know to be read alike by
/// serde, which then decides as before: a field twice, a number for an id, a `\u` escape, a
/// control character, deep nesting or any fault.
struct Plain<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Plain<'a> {
    fn read(line: &'a str) -> Option<(Option<String>, String)> {
        let mut r = Plain { line, at: 0 };
        r.space();
        r.eat(b'{')?;
        let (mut id, mut text) = (None, None);
        loop {
            r.space();
            let key = r.at;
            r.string(None)?;
            let key = &r.line.as_bytes()[key..r.at];
            r.space();
            r.eat(b':')?;
            r.space();
            match key {
                b"\"id\"" if id.is_none() => id = Some(if r.line[r.at..].starts_with("null") { r.at += 4; None } else { Some(r.new_string(0)?) }),
                // The text is most of the line: room for the rest of it at once.
                b"\"text\"" if text.is_none() => text = Some(r.new_string(r.line.len() - r.at)?),
                b"\"id\"" | b"\"text\"" => return None,
                // A field the record does not have, which serde steps over.
                _ => r.skip(0)?,
            }
            r.space();
            match r.byte()? {
                b',' => r.at += 1,
                b'}' => break,
                _ => return None,
            }
        }
        r.at += 1;
        r.space();
        if r.at != r.line.len() {
            return None;
        }
        Some((id.flatten(), text?))
    }

    fn byte(&self) -> Option<u8> {
        self.line.as_bytes().get(self.at).copied()
    }

    /// Steps over JSON's whitespace.
    fn space(&mut self) {
        while self.byte().is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.byte() == Some(b)).then(|| self.at += 1)
    }

    fn new_string(&mut self, room: usize) -> Option<String> {
        let mut out = String::with_capacity(room);
        self.string(Some(&mut out))?;
        Some(out)
    }

    /// A string with no `\u` escape, its opening quotation mark next, read into `out` if given.
    fn string(&mut self, mut out: Option<&mut String>) -> Option<()> {
        self.eat(b'"')?;
        loop {
            let rest = &self.line[self.at..];
            let i = string_end(rest.as_bytes())?;
            // The byte found is ASCII: the text before it is whole characters.
            if let Some(out) = out.as_deref_mut() {
                out.push_str(&rest[..i]);
            }
            let escaped = match rest.as_bytes()[i] {
                b'"' => {
                    self.at += i + 1;
                    return Some(());
                }
                b'\\' => match *rest.as_bytes().get(i + 1)? {
                    b'n' => '\n',
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b't' => '\t',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    _ => return None,
                },
                // A control character, which JSON strings may not hold.
                _ => return None,
            };
            if let Some(out) = out.as_deref_mut() {
                out.push(escaped);
            }
            self.at += i + 2;
        }
    }

    /// Steps over a JSON value (nested at most eight deep), its first byte next.
    fn skip(&mut self, depth: u32) -> Option<()> {
        if depth > 8 {
            return None;
        }
        let close = match self.byte()? {
            b'"' => return self.string(None),
            b'[' => b']',
            b'{' => b'}',
            b't' => return self.word("true"),
            b'f' => return self.word("false"),
            b'n' => return self.word("null"),
            _ => return self.number(),
        };
        self.at += 1;
        self.space();
        if self.eat(close).is_some() {
            return Some(());
        }
        loop {
            if close == b'}' {
                self.string(None)?;
                self.space();
                self.eat(b':')?;
                self.space();
            }
            self.skip(depth + 1)?;
            self.space();
            match self.byte()? {
                b',' => {
                    self.at += 1;
                    self.space();
                }
                b if b == close => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn word(&mut self, word: &str) -> Option<()> {
        self.line[self.at..].starts_with(word).then(|| self.at += word.len())
    }

    /// A number as JSON writes them: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        let b = self.line.as_bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while b.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = self.at;
        if b.get(at) == Some(&b'-') {
            at += 1;
        }
        if b.get(at) == Some(&b'0') {
            at += 1;
        } else if !digits(&mut at) {
            return None;
        }
        if b.get(at) == Some(&b'.') {
            at += 1;
            if !digits(&mut at) {
                return None;
            }
        }
        if matches!(b.get(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(b.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            if !digits(&mut at) {
                return None;
            }
        }
        self.at = at;
        Some(())
    }
}

/// Where the first byte that a JSON string cannot hold as it is (`"`, `\` or a control
/// character) is in `b`: eight bytes tested at a time, a line of news having an escaped line
/// break every fifty bytes or so.
fn string_end(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte below `n` (at most 0x80), exact up to the first such byte: a
    // borrow reaches only the bytes above it. So the lowest bit set is the first such byte.
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    let mut at = 0;
    while let Some(eight) = b.get(at..at + 8) {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        let found = below(x ^ ONES * u64::from(b'"'), 1) | below(x ^ ONES * u64::from(b'\\'), 1) | below(x, 0x20);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    b[at..].iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).map(|k| at + k)
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
    fn the_plain_reader_reads_what_serde_reads_or_leaves_the_line_to_it() {
        // Read by the plain reader: the same id and text as serde's.
        const READ: &[&str] = &[
            r#"{"id": "reuters-1", "text": "BAHIA COCOA\n\nShowers \"continued\"."}"#,
            r#"{"text":"a\\b\/c\td\re\bf\fg","id":"x"}"#,
            " {\"text\" : \"caf\u{e9} \u{2019}\" , \"id\" : null }\r\n",
            r#"{"text": ""}"#,
            r#"{"id": "", "text": "\"\""}"#,
            r#"{"id": "reuters-2", "text": "a", "label": ["cocoa", "grain"], "lewissplit": "TRAIN", "spans": []}"#,
            r#"{"n": -0.5e+3, "m": [0, 12, 1.25, 3E7, true, false, null, {}, {"a": [[]]}], "text": "t", "o": {"k": "v\n"}}"#,
        ];
        for line in READ {
            let Record { id, text } = serde_json::from_str::<Record>(line).unwrap();
            assert_eq!(Plain::read(line), Some((id.map(Id::into_string), text)), "{line}");
        }
        // An escape anywhere around the sixteen-byte steps of the search for one.
        for len in 0..40 {
            for at in 0..=len {
                for escape in [r"\n", r#"\""#, r"\\", r"\/"] {
                    let body = "a".repeat(at) + escape + &"b".repeat(len - at);
                    let line = format!(r#"{{"id":"{body}","text":"{body}{body}"}}"#);
                    let Record { id, text } = serde_json::from_str::<Record>(&line).unwrap();
                    assert_eq!(Plain::read(&line), Some((id.map(Id::into_string), text)), "{line}");
                }
            }
        }
        // Left to serde: a number for an id, another field, a field twice, a \u escape, a
        // control character, an unknown escape, no text, something after the object.
        const LEFT: &[&str] = &[
            r#"{"id": 7, "text": "a"}"#,
            r#"{"text": "a", "text": "b"}"#,
            r#"{"id": "a", "text": "b", "id": "c"}"#,
            r#"{"text": "caf\u00e9"}"#,
            "{\"text\": \"a\tb\"}",
            r#"{"text": "a\qb"}"#,
            r#"{"id": "a"}"#,
            r#"{"text": "a"} x"#,
            r#"{"te\u0078t": "a"}"#,
            r#"{"text": "a", "n": 01}"#,
            r#"{"text": "a", "n": 1.}"#,
            r#"{"text": "a", "n": [1,]}"#,
            r#"{"text": "a", "n": {"a": 1,}}"#,
            r#"{"text": "a", "n": tru}"#,
            r#"{"text": "a", "n": "caf\u00e9"}"#,
            r#"{"text": "a", "n": [[[[[[[[[[1]]]]]]]]]]}"#,
            r#"{"text": "a"#,
        ];
        for line in LEFT {
            assert_eq!(Plain::read(line), None, "{line}");
        }
    }

    #[test]
    fn a_string_ends_at_the_first_quotation_mark_backslash_or_control_character() {
        // Every place in and around an eight-byte step, after plain bytes, bytes beyond ASCII or
        // bytes just above the ones looked for; and a second such byte after the first.
        for len in 0..20 {
            for at in 0..len {
                for end in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                    for fill in [b'a', 0xA2, 0xDC, 0x20, 0x23, 0x5D, 0x80, 0xFF] {
                        let mut b = vec![fill; len];
                        b[at] = end;
                        if at + 2 < len {
                            b[at + 2] = b'"';
                        }
                        assert_eq!(string_end(&b), Some(at), "{end:#x} at {at} of {len} in {fill:#x}");
                    }
                }
            }
            assert_eq!(string_end(&vec![b'a'; len]), None);
        }
    }

    #[test]
    fn line_numbers_count_skipped_blank_lines() {
        let (lines, err, _) = batch(b"\n\n{oops}\n");
        assert_eq!(lines[0]["line"], 3);
        assert!(err.contains("line 3:"), "{err}");
    }
}

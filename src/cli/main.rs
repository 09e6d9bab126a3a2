//! The `claimlens` command line: a readable report for one article, the JSON contract for one
//! article or a JSONL batch, and `eval`, which scores the engine on labelled development sets.
//!
//! Arguments are parsed by hand to keep the dependency list short. Every failure is one line on
//! stderr and a documented exit code (see [`exit`]); a panic is turned into the same kind of line.

mod bench;
mod eval;
mod input;
mod jsonl;
mod metrics;
mod report;
mod train;

use std::ffi::{OsStr, OsString};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes. They are part of the interface (scripts test them), so they are listed in the
/// README and in `--help` and never reused for something else.
pub mod exit {
    pub const OK: u8 = 0;
    /// The input could not be read: missing or unreadable file, invalid UTF-8, bad DATA_DIR, or
    /// the output could not be written.
    pub const INPUT: u8 = 1;
    /// `--jsonl`: at least one line failed; every other line was still analysed.
    pub const SOME_LINES_FAILED: u8 = 2;
    /// The arguments made no sense (BSD `EX_USAGE`).
    pub const USAGE: u8 = 64;
    /// A bug in Claimlens (BSD `EX_SOFTWARE`); in a JSONL batch, the other records were still
    /// analysed.
    pub const INTERNAL: u8 = 70;
}

/// A failure to report: one line on stderr, then exit with `code`.
#[derive(Debug)]
pub struct Fail {
    pub code: u8,
    pub msg: String,
}

impl Fail {
    pub fn new(code: u8, msg: impl Into<String>) -> Self {
        Fail { code, msg: msg.into() }
    }

    /// Writing to stdout failed. A closed pipe (`claimlens ... | head`) is the reader's choice, not
    /// an error, so it exits quietly with success.
    pub fn output(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Fail::new(exit::OK, "")
        } else {
            Fail::new(exit::INPUT, format!("cannot write the output: {e}"))
        }
    }
}

const HELP: &str = "\
claimlens: what an article claims, and how firmly

USAGE
  claimlens analyze FILE            readable report (FILE may be - for stdin)
  claimlens analyze --json FILE     the analysis as JSON (the public contract)
  claimlens analyze --jsonl [FILE]  batch: one {\"id\",\"text\"} object per line in, one
                                    analysis per line out (stdin when FILE is absent)
  claimlens eval DATA_DIR [--errors N]
                                    score the engine on the labelled development sets in
                                    DATA_DIR and print a Markdown table; --errors N also
                                    prints N false positives and N false negatives per task
  claimlens train checkworthiness DATA_DIR [--write]
                                    refit the check-worthiness weights on the training
                                    file in DATA_DIR (the dev file is only scored) and
                                    print them; --write regenerates the weight table in
                                    src/engine/claims/checkworthiness.rs (run it from the
                                    project root, then rebuild)
  claimlens train loaded DATA_DIR [--write]
                                    derive the data-derived words of lexicons/loaded.tsv
                                    from the PTC training articles and print the
                                    document-level 5-fold cross-validated character F1;
                                    --write regenerates that block
  claimlens bench DATA_DIR          single-thread throughput (MB/s) on DATA_DIR/corpus, per stage,
                                    and the cost per byte of large and hostile input
  claimlens --help | --version

  'analyze' may be left out before --json or --jsonl. With no arguments and piped input,
  claimlens behaves as 'claimlens analyze --jsonl'.

REPORT MARKERS
  [~might~]      hedge: softens the writer's commitment
  [+clearly+]    booster: hardens it
  [!bombshell!]  loaded or emotive wording
  [@officials@]  attribution source (who says it)
  [^said^]       attribution cue (the reporting word)
  {...}          attribution content (what is said)
  Colour is added when stdout is a terminal and NO_COLOR is not set.

JSONL
  Ids may be strings or numbers; they are echoed as strings (7 becomes \"7\"). Blank lines are
  skipped. A line that cannot be analysed (invalid JSON, no \"text\" string, invalid UTF-8)
  gives a message on stderr naming its line number and this record on stdout, in its place:
    {\"id\":\"a7\",\"line\":12,\"error\":\"not valid JSON: ...\"}
  and the batch goes on.

EXIT CODES
  0   success
  1   the input could not be read (missing or unreadable file, invalid UTF-8, no DATA_DIR)
      or the output could not be written
  2   --jsonl: at least one line failed (all other lines were analysed)
  64  bad arguments
  70  internal error (a bug: please report it); in a --jsonl batch the record that hit it
      gets an error record and the other records are still analysed; eval leaves such
      records out of its scores and says so
";

#[derive(Debug, PartialEq)]
enum Format {
    Report,
    Json,
    Jsonl,
}

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Analyze { format: Format, path: OsString },
    Eval { data_dir: PathBuf, errors: usize },
    Train { model: train::Model, data_dir: PathBuf, write: bool },
    Bench { data_dir: PathBuf },
}

fn main() -> ExitCode {
    install_panic_hook();
    test_panic("outside");
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let command = if args.is_empty() && !io::stdin().is_terminal() {
        Ok(Command::Analyze { format: Format::Jsonl, path: "-".into() })
    } else {
        parse(&args)
    };
    let result = match command {
        Ok(c) => catch_panic(|| run(c)).unwrap_or_else(|what| Err(Fail::new(exit::INTERNAL, internal_error(&what)))),
        Err(msg) => Err(Fail::new(exit::USAGE, format!("{msg}\nTry 'claimlens --help'."))),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            if !f.msg.is_empty() {
                eprintln!("claimlens: {}", f.msg);
            }
            ExitCode::from(f.code)
        }
    }
}

thread_local! {
    /// Where the last panic on this thread happened, recorded by the hook for [`catch_panic`].
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// How many [`catch_panic`] calls are running on this thread.
    static CATCHING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A panic is a bug. The hook never prints a backtrace (whatever `RUST_BACKTRACE` says). Inside
/// [`catch_panic`] it keeps quiet and only records where it happened; `catch_panic` turns it into
/// one line for the user and the caller decides what goes on: a JSONL batch carries on with the
/// next record, anything else exits with `exit::INTERNAL`. A panic anywhere else (another
/// thread, before or after the command) is said in the same one line, and the process exits
/// with `exit::INTERNAL` rather than Rust's silent 101.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
        if CATCHING.with(|c| c.get()) > 0 {
            PANIC_AT.with(|p| *p.borrow_mut() = at);
            return;
        }
        let what = panic_text(info.payload());
        let what = match at {
            Some(at) => format!("{what} at {at}"),
            None => what,
        };
        // Not eprintln!: it would panic again if stderr is closed.
        let _ = writeln!(io::stderr(), "claimlens: {}", internal_error(&what));
        std::process::exit(exit::INTERNAL.into());
    }));
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".into())
}

/// Runs `f`, returning a one-line description of the panic if it panics.
pub fn catch_panic<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = std::panic::catch_unwind(f);
    CATCHING.with(|c| c.set(c.get() - 1));
    result.map_err(|payload| {
        let what = panic_text(&*payload);
        match PANIC_AT.with(|p| p.borrow_mut().take()) {
            Some(at) => format!("{what} at {at}"),
            None => what,
        }
    })
}

/// Test builds only: `CLAIMLENS_TEST_PANIC=<place>` panics at that place, so the tests can check
/// what a person sees when the program has a bug. Release builds have no such variable.
#[cfg(debug_assertions)]
fn test_panic(place: &str) {
    if std::env::var_os("CLAIMLENS_TEST_PANIC").is_some_and(|v| v == place) {
        panic!("a panic asked for by CLAIMLENS_TEST_PANIC={place}");
    }
}

#[cfg(not(debug_assertions))]
fn test_panic(_: &str) {}

pub fn internal_error(what: &str) -> String {
    format!("internal error ({what}); please report it with the input that caused it")
}

fn run(command: Command) -> Result<u8, Fail> {
    test_panic("run");
    match command {
        // Not print!: it panics when stdout is a closed pipe (`claimlens --help | head -1`).
        Command::Help => io::stdout().write_all(HELP.as_bytes()).map(|_| exit::OK).map_err(Fail::output),
        Command::Version => writeln!(io::stdout(), "claimlens {}", env!("CARGO_PKG_VERSION")).map(|_| exit::OK).map_err(Fail::output),
        Command::Analyze { format: Format::Jsonl, path } => jsonl::run_path(&path),
        Command::Analyze { format, path } => {
            let (text, name) = input::read_text(&path)?;
            let analysis = claimlens::analyze(&text);
            let colour = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            if format == Format::Json {
                serde_json::to_writer_pretty(&mut out, &analysis).map_err(|e| Fail::output(e.into()))?;
                writeln!(out).map_err(Fail::output)?;
            } else {
                report::write(&mut out, &name, &text, &analysis, colour).map_err(Fail::output)?;
            }
            out.flush().map_err(Fail::output)?;
            Ok(exit::OK)
        }
        Command::Eval { data_dir, errors } => eval::run(&data_dir, errors),
        Command::Train { model, data_dir, write } => train::run(model, &data_dir, write),
        Command::Bench { data_dir } => bench::run(&data_dir),
    }
}

/// Parses the arguments (program name excluded). Flags may come before or after the positional
/// argument; `--` ends the flags so that a file called `--json` can still be named.
fn parse(args: &[OsString]) -> Result<Command, String> {
    let mut flags_done = false;
    let mut positional: Vec<&OsStr> = Vec::new();
    let mut json = false;
    let mut jsonl = false;
    let mut errors: Option<usize> = None;
    let mut write = false;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_os_str();
        i += 1;
        let flag = match arg.to_str() {
            Some(s) if !flags_done && s.starts_with('-') && s != "-" => s,
            _ => {
                positional.push(arg);
                continue;
            }
        };
        match flag {
            "--" => flags_done = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "--write" => write = true,
            "--errors" => {
                let value = args.get(i).and_then(|v| v.to_str()).ok_or("--errors needs a number")?;
                i += 1;
                errors = Some(parse_count(value)?);
            }
            _ => match flag.strip_prefix("--errors=") {
                Some(value) => errors = Some(parse_count(value)?),
                None => return Err(format!("unknown option '{flag}'")),
            },
        }
    }

    // `claimlens --json FILE` and `claimlens --jsonl` imply `analyze`.
    let sub = match positional.first().and_then(|s| s.to_str()) {
        Some("analyze") | Some("eval") | Some("train") | Some("bench") | Some("help") => positional.remove(0).to_str().unwrap_or_default().to_string(),
        _ if json || jsonl => "analyze".to_string(),
        Some(other) => return Err(format!("unknown command '{other}' (expected 'analyze', 'eval', 'train' or 'bench')")),
        None if positional.is_empty() => return Err("no command given".into()),
        None => return Err("unknown command (expected 'analyze', 'eval', 'train' or 'bench')".into()),
    };
    match sub.as_str() {
        "help" => Ok(Command::Help),
        _ if write && sub != "train" => Err("--write belongs to 'train'".into()),
        "train" => {
            if json || jsonl || errors.is_some() {
                return Err("'train' takes only --write".into());
            }
            match positional.as_slice() {
                [model, dir] => {
                    let model = train::Model::parse(&model.to_string_lossy())?;
                    Ok(Command::Train { model, data_dir: PathBuf::from(dir), write })
                }
                [_] | [] => Err("'train' needs a model and a DATA_DIR ('train checkworthiness DATA_DIR')".into()),
                _ => Err("'train' takes a model and one DATA_DIR".into()),
            }
        }
        "bench" => {
            if json || jsonl || errors.is_some() {
                return Err("'bench' takes no options".into());
            }
            match positional.as_slice() {
                [dir] => Ok(Command::Bench { data_dir: PathBuf::from(dir) }),
                [] => Err("'bench' needs a DATA_DIR".into()),
                _ => Err("'bench' takes one DATA_DIR".into()),
            }
        }
        "analyze" => {
            if errors.is_some() {
                return Err("--errors belongs to 'eval'".into());
            }
            let format = match (json, jsonl) {
                (true, true) => return Err("choose either --json or --jsonl".into()),
                (true, false) => Format::Json,
                (false, true) => Format::Jsonl,
                (false, false) => Format::Report,
            };
            let path = match (positional.as_slice(), &format) {
                ([one], _) => one.to_os_string(),
                ([], Format::Jsonl) => "-".into(),
                ([], _) => return Err("'analyze' needs a FILE (or - for stdin)".into()),
                _ => return Err("'analyze' takes one FILE".into()),
            };
            Ok(Command::Analyze { format, path })
        }
        _ => {
            if json || jsonl {
                return Err("--json and --jsonl belong to 'analyze'".into());
            }
            match positional.as_slice() {
                [dir] => Ok(Command::Eval { data_dir: PathBuf::from(dir), errors: errors.unwrap_or(0) }),
                [] => Err("'eval' needs a DATA_DIR".into()),
                _ => Err("'eval' takes one DATA_DIR".into()),
            }
        }
    }
}

fn parse_count(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| format!("--errors needs a whole number, not '{s}'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmd(args: &[&str]) -> Result<Command, String> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        parse(&args)
    }

    fn analyze(format: Format, path: &str) -> Result<Command, String> {
        Ok(Command::Analyze { format, path: path.into() })
    }

    fn eval(dir: &str, errors: usize) -> Result<Command, String> {
        Ok(Command::Eval { data_dir: dir.into(), errors })
    }

    fn train(dir: &str, write: bool) -> Result<Command, String> {
        Ok(Command::Train { model: train::Model::CheckWorthiness, data_dir: dir.into(), write })
    }

    #[test]
    fn a_panic_becomes_a_description() {
        let r: Result<(), String> = catch_panic(|| panic!("detector {} failed", 3));
        assert!(r.unwrap_err().starts_with("detector 3 failed"));
        assert_eq!(catch_panic(|| 5), Ok(5));
    }

    #[test]
    fn accepted_command_lines() {
        let cases: &[(&[&str], Result<Command, String>)] = &[
            (&["analyze", "a.txt"], analyze(Format::Report, "a.txt")),
            (&["analyze", "-"], analyze(Format::Report, "-")),
            (&["analyze", "--json", "a.txt"], analyze(Format::Json, "a.txt")),
            (&["analyze", "a.txt", "--json"], analyze(Format::Json, "a.txt")),
            (&["analyze", "--jsonl"], analyze(Format::Jsonl, "-")),
            (&["analyze", "--jsonl", "b.jsonl"], analyze(Format::Jsonl, "b.jsonl")),
            (&["--jsonl", "b.jsonl"], analyze(Format::Jsonl, "b.jsonl")),
            (&["--json", "a.txt"], analyze(Format::Json, "a.txt")),
            (&["analyze", "--", "--json"], analyze(Format::Report, "--json")),
            (&["eval", "data"], eval("data", 0)),
            (&["eval", "data", "--errors", "5"], eval("data", 5)),
            (&["eval", "--errors=3", "data"], eval("data", 3)),
            (&["train", "checkworthiness", "data"], train("data", false)),
            (&["train", "checkworthiness", "data", "--write"], train("data", true)),
            (&["train", "--write", "check-worthiness", "data"], train("data", true)),
            (&["train", "loaded", "data", "--write"], Ok(Command::Train { model: train::Model::Loaded, data_dir: "data".into(), write: true })),
            (&["--help"], Ok(Command::Help)),
            (&["analyze", "-h"], Ok(Command::Help)),
            (&["help"], Ok(Command::Help)),
            (&["-V"], Ok(Command::Version)),
            (&["--version"], Ok(Command::Version)),
        ];
        for (args, want) in cases {
            assert_eq!(&cmd(args), want, "{args:?}");
        }
    }

    #[test]
    fn rejected_command_lines_say_why() {
        let cases: &[(&[&str], &str)] = &[
            (&[], "no command"),
            (&["analyse", "a.txt"], "unknown command 'analyse'"),
            (&["analyze"], "needs a FILE"),
            (&["analyze", "a.txt", "b.txt"], "takes one FILE"),
            (&["analyze", "--json", "--jsonl", "a"], "either --json or --jsonl"),
            (&["analyze", "--color", "a.txt"], "unknown option '--color'"),
            (&["eval"], "needs a DATA_DIR"),
            (&["eval", "d", "--errors"], "--errors needs a number"),
            (&["eval", "d", "--errors", "many"], "whole number, not 'many'"),
            (&["eval", "--json", "d"], "belong to 'analyze'"),
            (&["analyze", "--errors", "2", "a"], "belongs to 'eval'"),
            (&["train"], "needs a model and a DATA_DIR"),
            (&["train", "checkworthiness"], "needs a model and a DATA_DIR"),
            (&["train", "hedges", "d"], "unknown model 'hedges'"),
            (&["train", "checkworthiness", "d", "e"], "takes a model and one DATA_DIR"),
            (&["train", "checkworthiness", "d", "--errors", "2"], "takes only --write"),
            (&["eval", "d", "--write"], "--write belongs to 'train'"),
            (&["analyze", "--write", "a"], "--write belongs to 'train'"),
        ];
        for (args, want) in cases {
            match cmd(args) {
                Err(msg) => assert!(msg.contains(want), "{args:?}: {msg}"),
                Ok(c) => panic!("{args:?} was accepted as {c:?}"),
            }
        }
    }
}

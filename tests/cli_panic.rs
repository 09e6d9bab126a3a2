//! A bug in the command line reaches the person as one line on stderr and exit code 70, never as
//! a backtrace, whatever `RUST_BACKTRACE` says. Test builds of the program panic on request
//! (`CLAIMLENS_TEST_PANIC`, compiled only with debug assertions) inside the command and outside
//! it, before any command runs.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn run(place: &str, backtrace: &str) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-panic-{}-{place}-{backtrace}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(&file, "Officials said the river might flood.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["analyze".as_ref(), file.as_os_str()])
        .env("CLAIMLENS_TEST_PANIC", place)
        .env("RUST_BACKTRACE", backtrace)
        .env("RUST_LIB_BACKTRACE", backtrace)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

// The trigger exists only in builds with debug assertions, like this test's own build.
#[cfg(debug_assertions)]
#[test]
fn a_panic_is_one_line_and_exit_70_never_a_backtrace() {
    for place in ["run", "outside"] {
        for backtrace in ["0", "1", "full"] {
            let (code, stdout, stderr) = run(place, backtrace);
            let case = format!("{place}, RUST_BACKTRACE={backtrace}");
            assert_eq!(code, Some(70), "{case}: {stderr}");
            assert_eq!(stdout, "", "{case}");
            assert_eq!(stderr.lines().count(), 1, "{case}: {stderr}");
            assert!(
                stderr.starts_with("claimlens: internal error (a panic asked for by CLAIMLENS_TEST_PANIC=")
                    && stderr.trim_end().ends_with("please report it with the input that caused it"),
                "{case}: {stderr}"
            );
            for noise in ["stack backtrace", "panicked at", "RUST_BACKTRACE", "note:"] {
                assert!(!stderr.contains(noise), "{case}: {noise:?} in {stderr}");
            }
        }
    }
}

#[test]
fn without_the_variable_the_same_command_works() {
    let (code, stdout, stderr) = run("nowhere", "1");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("might"), "{stdout}");
}

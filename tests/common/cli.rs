//! Running the `retold` binary in the CLI tests: a small article pair, scratch files, standard
//! input, and assertions on its exit code, error line and JSON report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A short source article: a headline and three sentences in two paragraphs.
pub const SOURCE: &str = "Flood barrier opens in Tarnow\n\nThe new flood barrier on the River Aske opened on Monday after four years of work. It cost £31m and protects about 2,000 homes.\n\nEngineers said it could hold back a surge of three metres.";
/// The target: the source with one word added, one sentence kept and its last sentence new.
pub const TARGET: &str = "Flood barrier opens in Tarnow\n\nThe new flood barrier on the River Aske opened on Monday after four years of building work. It cost £31m and protects about 2,000 homes.\n\nResidents welcomed the news with a street party.";

/// The `retold` binary, with `NO_COLOR` cleared so each test sets colour itself.
pub fn retold() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_retold"));
    command.env_remove("NO_COLOR");
    command
}

/// A scratch directory for this test binary, under Cargo's per-target temporary directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-tests")
        .join(name);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Writes `bytes` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write scratch file");
    path
}

/// `SOURCE` and `TARGET` written to a scratch directory of their own.
pub fn pair(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    (
        write(&dir, "source.txt", SOURCE.as_bytes()),
        write(&dir, "target.txt", TARGET.as_bytes()),
    )
}

/// Runs the command to completion.
pub fn run(command: &mut Command) -> Output {
    command.output().expect("run retold")
}

/// Runs the command with `stdin` on its standard input.
pub fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn retold");
    let mut pipe = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    // Write from a thread: the child may stop reading (or exit) before taking everything.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("wait for retold");
    writer.join().expect("stdin writer");
    output
}

/// Standard error, decoded leniently: it is only read for messages.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Standard output, which must be UTF-8.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Asserts exit code 2 and a single `retold: ...` line on stderr that mentions every `needle`.
pub fn assert_input_error(output: &Output, needles: &[&str]) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(2), "stderr: {message}");
    assert!(output.stdout.is_empty(), "nothing on stdout on error");
    assert!(message.starts_with("retold: "), "{message:?}");
    assert_eq!(
        message.trim_end().lines().count(),
        1,
        "one line: {message:?}"
    );
    for needle in needles {
        assert!(
            message.contains(needle),
            "{message:?} should mention {needle:?}"
        );
    }
}

/// Runs `retold compare SOURCE TARGET --format json`, asserts success and parses the report.
pub fn compare_json(
    source: impl AsRef<std::ffi::OsStr>,
    target: impl AsRef<std::ffi::OsStr>,
) -> Value {
    json(&run(retold()
        .arg("compare")
        .arg(source)
        .arg(target)
        .args(["--format", "json"])))
}

/// Asserts success and parses standard output as JSON.
pub fn json(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    serde_json::from_slice(&output.stdout).expect("valid JSON on stdout")
}

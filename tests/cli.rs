//! The `retold` command line: exit codes, error messages, standard input, output formats.

#![cfg(not(target_arch = "wasm32"))] // native only: proptest, insta and processes are not on wasm32

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SOURCE: &str = "Flood barrier opens in Tarnow\n\nThe new flood barrier on the River Aske opened on Monday after four years of work. It cost £31m and protects about 2,000 homes.\n\nEngineers said it could hold back a surge of three metres.";
const TARGET: &str = "Flood barrier opens in Tarnow\n\nThe new flood barrier on the River Aske opened on Monday after four years of building work. It cost £31m and protects about 2,000 homes.\n\nResidents welcomed the news with a street party.";

fn retold() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_retold"));
    command.env_remove("NO_COLOR");
    command
}

/// A scratch directory for this test binary, under Cargo's per-target temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-tests")
        .join(name);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write scratch file");
    path
}

fn pair(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    (
        write(&dir, "source.txt", SOURCE.as_bytes()),
        write(&dir, "target.txt", TARGET.as_bytes()),
    )
}

fn run(command: &mut Command) -> Output {
    command.output().expect("run retold")
}

fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Output {
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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Asserts exit code 2 and a single `retold: ...` line on stderr that mentions every `needle`.
fn assert_input_error(output: &Output, needles: &[&str]) {
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
fn compare_json(source: impl AsRef<std::ffi::OsStr>, target: impl AsRef<std::ffi::OsStr>) -> Value {
    json(&run(retold()
        .arg("compare")
        .arg(source)
        .arg(target)
        .args(["--format", "json"])))
}

fn json(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    serde_json::from_slice(&output.stdout).expect("valid JSON on stdout")
}

#[test]
fn compares_two_files_and_exits_zero() {
    let (source, target) = pair("ok");
    let output = run(retold().arg("compare").arg(&source).arg(&target));
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert!(!output.stdout.is_empty());
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}

#[test]
fn missing_file_exits_two_and_names_it() {
    let (source, _) = pair("missing");
    let missing = scratch("missing").join("no-such-article.txt");
    let output = run(retold().arg("compare").arg(&source).arg(&missing));
    assert_input_error(&output, &["no-such-article.txt", "no such file"]);
    let output = run(retold().arg("compare").arg(&missing).arg(&source));
    assert_input_error(&output, &["no-such-article.txt"]);
}

#[test]
fn directory_exits_two_and_names_it() {
    let (source, _) = pair("directory");
    let dir = scratch("directory").join("a-folder");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let output = run(retold().arg("compare").arg(&source).arg(&dir));
    assert_input_error(&output, &["a-folder", "directory"]);
}

#[test]
fn invalid_utf8_exits_two_naming_the_file_and_byte_offset() {
    let dir = scratch("utf8");
    let (source, _) = pair("utf8");
    // "Caf\xe9 opens." in Latin-1: the bad byte is at offset 3.
    let latin1 = write(&dir, "latin1.txt", b"Caf\xe9 opens.");
    let output = run(retold().arg("compare").arg(&source).arg(&latin1));
    assert_input_error(&output, &["latin1.txt", "UTF-8", "offset 3"]);
    let late = write(&dir, "late.txt", b"Twelve bytes\xff\xfe after.");
    let output = run(retold().arg("compare").arg(&late).arg(&source));
    assert_input_error(&output, &["late.txt", "offset 12"]);
}

/// Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: it reads as the same text,
/// with offsets into the text without the mark (Python's `encoding="utf-16"`).
#[test]
fn utf16_with_a_byte_order_mark_reads_as_its_text() {
    let dir = scratch("utf16");
    let (source, target) = pair("utf16");
    let text = std::fs::read_to_string(&target).expect("target");
    let utf16 = |little: bool| -> Vec<u8> {
        let mark: &[u8] = if little { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] };
        let units = text.encode_utf16().flat_map(|u| {
            if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        });
        mark.iter().copied().chain(units).collect()
    };
    let expected = compare_json(&source, &target);
    for (name, little) in [("le.txt", true), ("be.txt", false)] {
        let file = write(&dir, name, &utf16(little));
        assert_eq!(compare_json(&source, &file), expected, "{name}");
    }
    let mut broken = utf16(true);
    broken.push(b'x');
    let odd = write(&dir, "odd.txt", &broken);
    let output = run(retold().arg("compare").arg(&source).arg(&odd));
    assert_input_error(&output, &["odd.txt", "not valid UTF-16"]);
    // UTF-16 without its mark reads as UTF-8 full of NULs: refused, not compared as garbage.
    let unmarked = write(&dir, "unmarked.txt", &utf16(true)[2..]);
    let output = run(retold().arg("compare").arg(&source).arg(&unmarked));
    assert_input_error(&output, &["unmarked.txt", "NUL byte", "UTF-8"]);
    // UTF-32 starts with UTF-16's little-endian mark, then NULs: refused, not compared.
    let utf32: Vec<u8> = [0xFF, 0xFE, 0, 0]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
        .collect();
    let wide = write(&dir, "utf32.txt", &utf32);
    let output = run(retold().arg("compare").arg(&source).arg(&wide));
    assert_input_error(&output, &["utf32.txt", "not valid UTF-16"]);
    // A lone surrogate is no text either.
    let lone = write(&dir, "lone.txt", &[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]);
    let output = run(retold().arg("compare").arg(&source).arg(&lone));
    assert_input_error(&output, &["lone.txt", "not valid UTF-16"]);
}

#[test]
fn invalid_utf8_on_standard_input_names_standard_input() {
    let (source, _) = pair("utf8-stdin");
    let output = run_with_stdin(retold().args(["compare", "-"]).arg(&source), b"ok \x80");
    assert_input_error(&output, &["standard input", "offset 3"]);
}

#[test]
fn oversize_file_exits_two_with_the_limit() {
    let dir = scratch("oversize");
    let (source, _) = pair("oversize");
    let big = dir.join("huge.txt");
    let file = std::fs::File::create(&big).expect("create");
    // A sparse file: one byte over 16 MiB without writing 16 MiB.
    file.set_len(16 * 1024 * 1024 + 1).expect("set_len");
    let output = run(retold().arg("compare").arg(&source).arg(&big));
    assert_input_error(&output, &["huge.txt", "too large", "16 MiB"]);
    // Exactly 16 MiB is accepted (blank lines, so the comparison itself is quick).
    let at_limit = write(&dir, "limit.txt", &vec![b'\n'; 16 * 1024 * 1024]);
    let output = run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&at_limit)
        .args(["--format", "json"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn oversize_standard_input_exits_two() {
    let (source, _) = pair("oversize-stdin");
    let bytes = vec![b'a'; 16 * 1024 * 1024 + 1];
    let output = run_with_stdin(retold().arg("compare").arg(&source).arg("-"), &bytes);
    assert_input_error(&output, &["standard input", "too large"]);
}

#[test]
fn both_inputs_on_standard_input_is_refused() {
    let output = run_with_stdin(retold().args(["compare", "-", "-"]), b"text");
    assert_input_error(&output, &["standard input"]);
}

#[test]
fn bad_arguments_exit_two_with_usage() {
    let (source, _) = pair("args");
    let cases: &[&[&str]] = &[
        &[],
        &["compare"],
        &["compare", "only-one.txt"],
        &["frobnicate", "a", "b"],
        &["compare", "a", "b", "--format", "xml"],
        &["compare", "a", "b", "--color", "sometimes"],
        &["compare", "a", "b", "--no-such-flag"],
    ];
    for args in cases {
        let output = run(retold()
            .current_dir(source.parent().expect("dir"))
            .args(*args));
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        let message = stderr(&output);
        assert!(
            message.contains("Usage") || message.starts_with("error:"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn dash_reads_the_source_or_the_target_from_standard_input() {
    let (source, target) = pair("stdin");
    let from_files = compare_json(&source, &target);
    let source_on_stdin = json(&run_with_stdin(
        retold()
            .args(["compare", "-"])
            .arg(&target)
            .args(["--format", "json"]),
        SOURCE.as_bytes(),
    ));
    let target_on_stdin = json(&run_with_stdin(
        retold()
            .arg("compare")
            .arg(&source)
            .args(["-", "--format", "json"]),
        TARGET.as_bytes(),
    ));
    assert_eq!(source_on_stdin, from_files);
    assert_eq!(target_on_stdin, from_files);
}

#[test]
fn json_output_has_the_documented_shape() {
    let (source, target) = pair("json");
    let report = compare_json(&source, &target);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&report),
        ["links", "offset_unit", "source", "summary", "target"]
    );
    assert_eq!(report["offset_unit"], "char");
    for side in ["source", "target"] {
        assert_eq!(keys(&report[side]), ["paragraphs", "sentences"]);
        let sentences = report[side]["sentences"].as_array().expect("sentences");
        assert!(!sentences.is_empty());
        for s in sentences {
            assert_eq!(
                keys(s),
                [
                    "end",
                    "label",
                    "links",
                    "paragraph",
                    "spans",
                    "start",
                    "text"
                ]
            );
            assert!(s["text"].is_string() && s["start"].is_u64() && s["end"].is_u64());
            assert!(s["links"].is_array() && s["spans"].is_array() && s["paragraph"].is_u64());
            for span in s["spans"].as_array().expect("spans") {
                assert_eq!(keys(span), ["end", "label", "start"]);
            }
        }
    }
    let labels: Vec<&str> = report["target"]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| s["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["copied", "copied", "copied", "added"]);
    let links = report["links"].as_array().expect("links");
    assert_eq!(links.len(), 3);
    for link in links {
        assert_eq!(
            keys(link),
            ["diff", "label", "similarity", "source", "target"]
        );
        assert!(link["similarity"].is_number());
        for op in link["diff"].as_array().expect("diff") {
            assert_eq!(keys(op), ["op", "text"]);
            assert!(["equal", "insert", "delete"].contains(&op["op"].as_str().expect("op")));
        }
    }
    let edited = &links[1]["diff"];
    assert!(
        edited
            .as_array()
            .expect("diff")
            .iter()
            .any(|op| op["op"] == "insert" && op["text"] == "building "),
        "{edited}"
    );
    let summary = &report["summary"];
    assert_eq!(keys(summary), ["headline", "source", "target", "verdict"]);
    assert_eq!(summary["verdict"], "partially_derived");
    for side in ["source", "target"] {
        assert_eq!(keys(&summary[side]), ["characters", "counts", "shares"]);
        assert_eq!(
            keys(&summary[side]["counts"]),
            ["added", "copied", "omitted", "reworded"]
        );
        assert_eq!(
            keys(&summary[side]["shares"]),
            ["added", "copied", "omitted", "reworded"]
        );
    }
    // The JSON is the library's Report, field for field.
    let parsed: retold::Report = serde_json::from_value(report.clone()).expect("a Report");
    let direct = retold::compare(SOURCE, TARGET, &retold::Options::default());
    assert_eq!(parsed, direct);
}

#[test]
fn json_offsets_are_python_style_character_indices() {
    let dir = scratch("offsets");
    // A BOM, accents, an emoji outside the BMP and CJK before the sentences.
    let source = "\u{feff}Café 😀 opens.\r\n\r\nThe ﬁrst guests arrived at 7 a.m. 東京から来た。\u{1f1fa}\u{1f1f8} flags flew.";
    let target = "😀😀 Café 😀 opens.\n\nThe ﬁrst guests arrived at 7 a.m. 東京から来た。\u{1f1fa}\u{1f1f8} flags flew.";
    let source_path = write(&dir, "source.txt", source.as_bytes());
    let target_path = write(&dir, "target.txt", target.as_bytes());
    let report = compare_json(&source_path, &target_path);
    let mut checked = 0;
    for (side, text) in [("source", source), ("target", target)] {
        for s in report[side]["sentences"].as_array().expect("sentences") {
            let start = s["start"].as_u64().expect("start") as usize;
            let end = s["end"].as_u64().expect("end") as usize;
            let slice: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(slice, s["text"].as_str().expect("text"));
            checked += 1;
        }
    }
    assert!(checked >= 6, "{checked} sentences");
    let parsed: retold::Report = serde_json::from_value(report).expect("a Report");
    common::check_report(source, target, &parsed, retold::OffsetUnit::Char, true);
    assert_eq!(
        parsed.source.sentences[0].start, 1,
        "the BOM is one character"
    );
    assert_eq!(parsed.target.sentences[0].start, 0);
}

#[test]
fn text_output_shows_the_headline_and_labels() {
    let (source, target) = pair("text");
    let report = compare_json(&source, &target);
    let headline = report["summary"]["headline"].as_str().expect("headline");
    let output = run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"]));
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains(headline), "{text}");
    assert!(
        text.contains("Residents welcomed the news with a street party."),
        "{text}"
    );
    assert!(text.to_lowercase().contains("added"), "{text}");
    // Text is the default format.
    let default = run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"]));
    assert_eq!(stdout(&default), text);
}

/// A sentence in a source sentence's shape with another figure is added, and both formats say
/// which source sentence it changed and how.
#[test]
fn a_changed_fact_names_its_source_sentence() {
    let dir = scratch("changed");
    let source = write(
        &dir,
        "source.txt",
        b"The council approved the budget. The flood damaged 240 homes in the valley.",
    );
    let target = write(
        &dir,
        "target.txt",
        b"The council approved the budget. The flood damaged 310 homes in the valley.",
    );
    let report = compare_json(&source, &target);
    let link = &report["links"][report["target"]["sentences"][1]["links"][0]
        .as_u64()
        .expect("a link") as usize];
    assert_eq!(link["label"], "added");
    assert_eq!(link["changed"], "number");
    assert_eq!(link["source"][0], 1);
    // A derived link has no "changed" field at all.
    assert!(
        report["links"][0].get("changed").is_none(),
        "{}",
        report["links"][0]
    );
    let output = run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"]));
    let text = stdout(&output);
    assert!(text.contains("!= source 2: another number"), "{text}");
    assert!(text.contains("[-240-]{+310+}"), "{text}");
    assert!(text.contains("!= target 2"), "{text}");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let (source, target) = pair("colour");
    let base = || {
        let mut c = retold();
        c.arg("compare").arg(&source).arg(&target);
        c
    };
    let has_escape = |o: &Output| o.stdout.contains(&0x1b);
    let never = run(base().args(["--color", "never"]));
    assert!(!has_escape(&never), "--color never");
    let always = run(base().args(["--color", "always"]));
    assert!(has_escape(&always), "--color always");
    assert!(stdout(&always).contains("\x1b["), "ANSI escape sequences");
    // Auto: not a terminal here, so no colour; NO_COLOR keeps it off too.
    let auto = run(&mut base());
    assert!(!has_escape(&auto), "auto on a pipe");
    let no_color = run(base().env("NO_COLOR", "1"));
    assert!(!has_escape(&no_color), "NO_COLOR");
    let no_color_never = run(base().env("NO_COLOR", "1").args(["--color", "never"]));
    assert!(!has_escape(&no_color_never));
    // An explicit flag beats the environment (no-color.org).
    let no_color_always = run(base().env("NO_COLOR", "1").args(["--color", "always"]));
    assert!(has_escape(&no_color_always), "--color always with NO_COLOR");
    // JSON is never coloured.
    let json_always = run(base().args(["--format", "json", "--color", "always"]));
    assert!(!has_escape(&json_always));
}

#[test]
fn help_explains_the_compare_subcommand() {
    let top = run(retold().arg("--help"));
    assert_eq!(top.status.code(), Some(0));
    let text = stdout(&top);
    assert!(text.contains("compare"), "{text}");
    assert!(text.contains("Usage"), "{text}");
    let sub = run(retold().args(["compare", "--help"]));
    assert_eq!(sub.status.code(), Some(0));
    let text = stdout(&sub);
    for needle in [
        "SOURCE",
        "TARGET",
        "--format",
        "--color",
        "json",
        "standard input",
        "Exit codes",
        "16 MiB",
    ] {
        assert!(
            text.contains(needle),
            "compare --help should mention {needle:?}:\n{text}"
        );
    }
    let version = run(retold().arg("--version"));
    assert_eq!(version.status.code(), Some(0));
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn empty_and_bom_only_inputs_are_fine() {
    let dir = scratch("empty");
    let empty = write(&dir, "empty.txt", b"");
    let bom = write(&dir, "bom.txt", "\u{feff}\r\n".as_bytes());
    for (source, target) in [
        (&empty, &empty),
        (&bom, &empty),
        (&empty, &bom),
        (&bom, &bom),
    ] {
        let report = compare_json(source, target);
        assert_eq!(report["summary"]["verdict"], "independent");
        assert_eq!(
            report["target"]["sentences"].as_array().map(Vec::len),
            Some(0)
        );
    }
}

//! The `retold` command line's inputs: exit code 2 and one clear line for a missing file, a
//! directory, bytes that are not text or an oversize input; UTF-16 with a byte-order mark, empty
//! files and standard input read fine.

#![cfg(not(target_arch = "wasm32"))] // native only: processes are not on wasm32

mod common;

use common::cli::*;

#[test]
fn missing_file_exits_two_and_names_it() {
    let (source, _) = pair("missing");
    let missing = scratch("missing").join("no-such-article.txt");
    let output = run(retold().arg("compare").arg(&source).arg(&missing));
    assert_input_error(&output, &["no-such-article.txt", "no such file"]);
    let output = run(retold().arg("compare").arg(&missing).arg(&source));
    assert_input_error(&output, &["no-such-article.txt"]);
}

/// A line break or an escape code in a file name keeps the error on one line, shown as the
/// report's header shows names.
#[test]
fn a_file_name_with_a_line_break_or_escape_stays_one_line() {
    let dir = scratch("odd-names");
    let (source, _) = pair("odd-names");
    for name in ["two\nlines.txt", "erase\x1b[2K.txt"] {
        let output = run(retold().arg("compare").arg(&source).arg(dir.join(name)));
        assert_input_error(&output, &["no such file"]);
        assert!(!stderr(&output).contains('\x1b'), "{:?}", stderr(&output));
    }
}

/// `compare - MISSING` reports the missing file at once, without waiting for standard input to
/// end: a reader who typed the wrong name is not left at a silent prompt.
#[test]
fn a_missing_file_beside_standard_input_is_reported_before_reading_it() {
    let missing = scratch("stdin-first").join("no-such-article.txt");
    let mut child = retold()
        .arg("compare")
        .arg("-")
        .arg(&missing)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn retold");
    // Standard input stays open: an exit now can only come from the missing file.
    let stdin = child.stdin.take();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            panic!("retold waited for standard input before naming the missing file");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    drop(stdin);
    let output = child.wait_with_output().expect("output");
    assert_input_error(&output, &["no-such-article.txt", "no such file"]);
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
    assert_input_error(
        &output,
        &["standard input", "too large", "over the limit of 16 MiB"],
    );
    // Standard input is read only up to the limit: no size that would understate it.
    assert!(!stderr(&output).contains("16.0 MiB"), "{}", stderr(&output));
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

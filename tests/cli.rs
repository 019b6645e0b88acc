//! The `retold` command line's output: the JSON report's shape and offsets, the text format,
//! colour and help. Input errors, encodings and standard input are in `tests/cli_input.rs`.

#![cfg(not(target_arch = "wasm32"))] // native only: proptest, insta and processes are not on wasm32

mod common;

use common::cli::*;
use serde_json::Value;
use std::process::Output;

#[test]
fn compares_two_files_and_exits_zero() {
    let (source, target) = pair("ok");
    let output = run(retold().arg("compare").arg(&source).arg(&target));
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert!(!output.stdout.is_empty());
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
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
        [
            "links",
            "offset_unit",
            "source",
            "summary",
            "target",
            "version"
        ]
    );
    assert_eq!(report["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(report["offset_unit"], "char");
    for side in ["source", "target"] {
        assert_eq!(keys(&report[side]), ["paragraphs", "sentences"]);
        let sentences = report[side]["sentences"].as_array().expect("sentences");
        assert!(!sentences.is_empty());
        for s in sentences {
            // An added target sentence, and only one, says why it has no counterpart.
            let added = side == "target" && s["label"] == "added";
            let mut expected = vec!["end", "label", "links", "paragraph"];
            expected.extend(added.then_some("reason"));
            expected.extend(["spans", "start", "text"]);
            assert_eq!(keys(s), expected);
            if added {
                let reason = &s["reason"];
                assert_eq!(keys(reason), ["shared", "source", "why"]);
                assert!(reason["why"].is_string());
                assert!(reason["source"].is_array() && reason["shared"].is_array());
            }
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
            ["diff", "edits", "label", "similarity", "source", "target"]
        );
        assert!(link["similarity"].is_number());
        assert!(["none", "punctuation", "order", "words"]
            .contains(&link["edits"].as_str().expect("edits")));
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
    assert_eq!(
        keys(summary),
        [
            "headline",
            "language",
            "source",
            "target",
            "translation",
            "verdict"
        ]
    );
    assert_eq!(summary["language"], "en");
    assert!(summary["translation"].is_null());
    assert_eq!(summary["verdict"], "partially_derived");
    for side in ["source", "target"] {
        assert_eq!(
            keys(&summary[side]),
            ["characters", "counts", "percents", "shares"]
        );
        for figures in ["counts", "shares", "percents"] {
            assert_eq!(
                keys(&summary[side][figures]),
                ["added", "copied", "omitted", "reworded"]
            );
        }
        let percents = &summary[side]["percents"];
        let total: u64 = ["added", "copied", "omitted", "reworded"]
            .iter()
            .map(|label| percents[label].as_u64().expect("whole percent"))
            .sum();
        assert_eq!(total, 100, "{percents}");
    }
    // The JSON is the library's Report, field for field.
    let parsed: retold::Report = serde_json::from_value(report.clone()).expect("a Report");
    let direct = retold::compare(SOURCE, TARGET, &retold::Options::default());
    assert_eq!(parsed, direct);
}

/// A saved JSON report reads back into the library's `Report`, and one saved before reports
/// carried `version` or `percents` reads with an empty version and zero percents.
#[test]
fn a_saved_json_report_reads_back_with_or_without_its_version() {
    let (source, target) = pair("saved");
    let mut saved = compare_json(&source, &target);
    let read: retold::Report = serde_json::from_value(saved.clone()).expect("reads back");
    assert_eq!(read.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(read.target.sentences.len(), 4);
    saved.as_object_mut().expect("object").remove("version");
    for side in ["source", "target"] {
        saved["summary"][side]
            .as_object_mut()
            .expect("tally")
            .remove("percents");
    }
    let older: retold::Report = serde_json::from_value(saved).expect("reads without a version");
    assert_eq!((older.version.as_str(), older.links), ("", read.links));
    assert_eq!(older.summary.target.percents, retold::Percents::default());
    assert_eq!(older.summary.target.shares, read.summary.target.shares);
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
    // The figures are the report's whole percents, as the page prints them.
    let percent = |side: &str, label: &str| &report["summary"][side]["percents"][label];
    let figures = format!(
        "target text: {}% copied, {}% reworded, {}% added",
        percent("target", "copied"),
        percent("target", "reworded"),
        percent("target", "added")
    );
    assert!(text.contains(&figures), "{figures} in {text}");
    let omitted = format!("source text: {}% omitted", percent("source", "omitted"));
    assert!(text.contains(&omitted), "{omitted} in {text}");
    // Text is the default format.
    let default = run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"]));
    assert_eq!(stdout(&default), text);
}

/// The text report, without colour, of `target` compared with `source`, both written to a
/// scratch folder called `name`.
fn text_report(name: &str, source: &str, target: &str) -> String {
    let dir = scratch(name);
    let source = write(&dir, "source.txt", source.as_bytes());
    let target = write(&dir, "target.txt", target.as_bytes());
    stdout(&run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"])))
}

/// The text format shows the word diff of a copy that changed any word, so a copy that turns
/// "Neither" into "Both" does not look verbatim; an exact copy shows none.
#[test]
fn a_copy_that_changed_a_word_shows_its_diff() {
    let text = text_report("copy-diff", "Neither driver was hurt in the collision on the A38 near Bromsgrove on Sunday.\n\nThe road reopened at six.", "Both drivers were hurt in the collision on the A38 near Bromsgrove on Sunday.\n\nThe road reopened at six.");
    assert!(
        text.contains("[-Neither driver was-]{+Both drivers were+} hurt"),
        "{text}"
    );
    assert_eq!(text.matches("diff (").count(), 1, "{text}");
}

/// A sentence split in two shows one diff, after its last part, naming the parts it covers; a
/// diff that changes only punctuation says so instead of "100% similar".
#[test]
fn a_split_sentence_shows_one_diff_naming_its_parts() {
    let text = text_report("split-diff", "The cyclist was taken to Northgate General Hospital with serious head injuries, where he remains in a stable condition.", "The cyclist was taken to Northgate General Hospital with serious head injuries. He remains in a stable condition.");
    assert_eq!(text.matches("diff of 1-2 (").count(), 1, "{text}");
    assert!(!text.contains("100% similar"), "{text}");
}

/// Control characters in an input print as symbols: an article cannot erase a line of the
/// report and print a forged label over it, with or without colour.
#[test]
fn control_characters_in_an_input_cannot_drive_the_terminal() {
    let dir = scratch("escapes");
    let source = write(&dir, "source.txt", b"The council met on Monday.");
    let target = write(
        &dir,
        "target.txt",
        b"I wrote this myself.\n\nMy own words\x1b[2K\x1b[1G=   1 copied   The council\x07 met.",
    );
    for colour in ["never", "always"] {
        let text = stdout(&run(retold()
            .arg("compare")
            .arg(&source)
            .arg(&target)
            .args(["--color", colour])));
        assert!(text.contains("\u{241b}[2K\u{241b}[1G="), "{text}");
        assert!(text.contains("\u{2407}"), "{text}");
        // Only the report's own colour codes reach the terminal.
        let escapes = text.matches('\x1b').count();
        let codes = text.matches("\x1b[").count();
        assert_eq!(escapes, codes, "{text:?}");
        assert!(
            !text.contains("\x1b[2K") && !text.contains('\x07'),
            "{text:?}"
        );
    }
}

/// A sentence hard-wrapped over two lines is one sentence, and prints on one line of the report.
#[test]
fn a_wrapped_sentence_prints_on_one_line() {
    let dir = scratch("wrapped");
    let source = write(&dir, "source.txt", b"The council met on Monday to vote.");
    let target = write(
        &dir,
        "target.txt",
        b"The council met on Monday, as it does every week,\r\nand voted on the budget.",
    );
    let text = stdout(&run(retold().arg("compare").arg(&source).arg(&target)));
    let line = text
        .lines()
        .find(|line| line.contains("every week"))
        .expect("the sentence is listed");
    assert!(
        line.contains("every week, and voted on the budget."),
        "{text}"
    );
    assert!(!text.contains('\u{240a}'), "{text}");
}

/// Each added sentence says why it has no counterpart, after its text, naming the source
/// sentence it was weighed against and the words they share.
#[test]
fn an_added_sentence_prints_why() {
    let dir = scratch("reasons");
    let source = write(
        &dir,
        "source.txt",
        b"The harbour wall at Penmor will be rebuilt next spring at a cost of \xc2\xa34m.",
    );
    let target = write(
        &dir,
        "target.txt",
        b"Penmor's harbour wall was first built by fishermen in 1840.\n\nResidents cheered.",
    );
    let text = stdout(&run(retold()
        .arg("compare")
        .arg(&source)
        .arg(&target)
        .args(["--color", "never"])));
    let line = |words: &str| {
        text.lines()
            .find(|line| line.contains(words))
            .unwrap_or_else(|| panic!("{words:?} is listed in {text}"))
    };
    assert!(
        line("first built").ends_with("(shares only “Penmor's harbour wall” with source 1)"),
        "{text}"
    );
    assert!(
        line("Residents cheered").ends_with("(no content word of it is in the source)"),
        "{text}"
    );
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
        "hyphenated across a line break",
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

/// An omitted source sentence whose words a target sentence of its own repeats says which
/// phrase it took.
#[test]
fn an_omitted_sentence_names_the_phrase_the_target_took() {
    let dir = scratch("omitted-phrase");
    let source = write(
        &dir,
        "source.txt",
        b"Plans to close the High Street to traffic were approved on Tuesday. The committee \
          voted seven to three in favour of the proposal.",
    );
    let target = write(
        &dir,
        "target.txt",
        b"Campaigners said the committee voted seven to three only after cyclists delivered a \
          petition of 4,000 names to the town hall in March.",
    );
    let text = stdout(&run(retold().arg("compare").arg(&source).arg(&target)));
    assert!(
        text.contains(
            "in favour of the proposal.  (the target has \"The committee voted seven to three\")"
        ),
        "{text}"
    );
}

/// A report that cannot be written (a full disk) is an error, exit 2 with one line; a reader
/// that stops early (`| head`) is not, since it got what it asked for.
#[test]
fn a_failed_write_is_an_error_and_a_reader_that_stops_early_is_not() {
    let (source, target) = pair("writes");
    if let Ok(full) = std::fs::File::create("/dev/full") {
        let output = run(retold()
            .args(["compare", "--format", "json"])
            .arg(&source)
            .arg(&target)
            .stdout(full));
        assert_eq!(output.status.code(), Some(2), "stderr: {}", stderr(&output));
        assert!(stderr(&output).contains("cannot write the report"));
        assert_eq!(stderr(&output).trim_end().lines().count(), 1);
    }
    // Far more than a pipe holds, so retold is still writing when the reader leaves.
    let long = "The council met on Monday to discuss the parking plan. ".repeat(4000);
    let dir = scratch("writes-early");
    let article = write(&dir, "long.txt", long.as_bytes());
    let mut child = retold()
        .args(["compare", "--format", "json"])
        .arg(&article)
        .arg(&article)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn retold");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("output");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}

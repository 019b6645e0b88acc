//! The WebAssembly binding, run by wasm-bindgen-test-runner in node (default) or a browser:
//!
//! ```text
//! cargo test --target wasm32-unknown-unknown --test wasm
//! CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
//!     cargo test --target wasm32-unknown-unknown --test wasm
//! ```
//!
//! A reworded pair goes through the word aligner and `similar`'s diff, which proves neither reads
//! the clock (on wasm32 that traps with "time not implemented on this platform").

#![cfg(target_arch = "wasm32")]

use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const SOURCE: &str = "Dunmore schools face cuts\n\nSchools in Dunmore will have to cut their spending by 6 per cent next year, board officials said on Tuesday.";
/// Two astral emoji (two UTF-16 units each) before the headline shift every later offset.
const TARGET: &str = "\u{1f4f0}\u{1f600} Dunmore schools face cuts\n\nBoard officials said on Tuesday that Dunmore's schools must reduce their budgets by 6 per cent next year.";

fn compare(source: &str, target: &str, options: JsValue) -> Value {
    let value = retold::wasm::compare(source, target, options)
        .unwrap_or_else(|_| panic!("compare threw for {source:?} / {target:?}"));
    serde_wasm_bindgen::from_value(value).expect("the report is plain JSON")
}

/// A JS object (not a Map) from JSON, as the page passes options.
fn js_object(value: &Value) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(value, &serializer).expect("serialize options")
}

fn utf16_slice(text: &str, start: &Value, end: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (start, end) = (
        start.as_u64().expect("start") as usize,
        end.as_u64().expect("end") as usize,
    );
    String::from_utf16(&units[start..end]).expect("offsets on UTF-16 boundaries")
}

#[wasm_bindgen_test]
fn reworded_pair_has_a_word_diff_and_utf16_offsets() {
    let report = compare(SOURCE, TARGET, JsValue::UNDEFINED);
    assert_eq!(report["offset_unit"], "utf16");
    assert_eq!(report["version"], env!("CARGO_PKG_VERSION"));

    let sentences = report["target"]["sentences"]
        .as_array()
        .expect("target sentences");
    assert_eq!(sentences.len(), 2);
    let reworded = &sentences[1];
    assert_eq!(reworded["label"], "reworded", "{reworded}");
    // 30 characters precede the sentence, two of them astral: 32 UTF-16 units.
    let before = TARGET.find("Board").expect("sentence");
    assert_eq!(TARGET[..before].chars().count(), 30);
    assert_eq!(reworded["start"], 32);
    for side in ["source", "target"] {
        let text = if side == "source" { SOURCE } else { TARGET };
        for s in report[side]["sentences"].as_array().expect("sentences") {
            assert_eq!(
                utf16_slice(text, &s["start"], &s["end"]),
                s["text"].as_str().expect("text")
            );
            for span in s["spans"].as_array().expect("spans") {
                utf16_slice(text, &span["start"], &span["end"]);
            }
        }
    }

    let link = &report["links"][reworded["links"][0].as_u64().expect("link") as usize];
    assert_eq!(link["label"], "reworded");
    let diff = link["diff"].as_array().expect("diff");
    let has = |op: &str| {
        diff.iter()
            .any(|d| d["op"] == op && !d["text"].as_str().unwrap_or("").is_empty())
    };
    assert!(has("insert") && has("delete") && has("equal"), "{diff:?}");
    let rebuilt: String = diff
        .iter()
        .filter(|d| d["op"] != "delete")
        .map(|d| d["text"].as_str().expect("text"))
        .collect();
    assert_eq!(rebuilt, reworded["text"].as_str().expect("text"));
    assert!(link["similarity"].as_f64().expect("similarity") > 0.0);
}

#[wasm_bindgen_test]
fn options_object_is_read_and_offsets_stay_utf16() {
    let options = js_object(&json!({ "diffs": false, "offset_unit": "char" }));
    let report = compare(SOURCE, TARGET, options);
    assert_eq!(
        report["offset_unit"], "utf16",
        "the page always gets UTF-16 offsets"
    );
    assert!(report["links"]
        .as_array()
        .expect("links")
        .iter()
        .all(|l| l["diff"] == json!([])));
    assert_eq!(
        compare(SOURCE, TARGET, JsValue::NULL),
        compare(SOURCE, TARGET, JsValue::UNDEFINED)
    );
}

/// Every field of `Options`, at its default value, is a key the binding reads, and a value is
/// read, not only its key.
#[wasm_bindgen_test]
fn every_option_is_read() {
    let defaults = serde_json::to_value(retold::Options::default()).expect("options serialize");
    let defaults = defaults.as_object().expect("an object");
    assert!(defaults.len() >= 5, "{defaults:?}");
    let plain = compare(SOURCE, TARGET, JsValue::UNDEFINED);
    for (key, value) in defaults {
        let options = js_object(&json!({ key: value }));
        assert_eq!(compare(SOURCE, TARGET, options), plain, "{key}");
    }
    // A near copy (one extra word) stops being copied when a copy must match every word.
    let source = "The council approved the new bridge on Tuesday after a long debate.";
    let target = "The council approved the new bridge on Tuesday after a long debate there.";
    let label = |options: Value| {
        compare(source, target, js_object(&options))["target"]["sentences"][0]["label"].clone()
    };
    assert_eq!(label(json!({})), "copied");
    assert_eq!(label(json!({ "copied_min": 1.0 })), "reworded");
}

/// Bad options are an error whose message names the option, never a trap or a silent default.
#[wasm_bindgen_test]
fn bad_options_are_an_error_naming_the_option() {
    let nan = js_object(&json!({}));
    js_sys::Reflect::set(&nan, &"reworded_min".into(), &JsValue::from_f64(f64::NAN))
        .expect("set a property");
    let cases = [
        (js_object(&json!({ "copied_min": "high" })), "`copied_min`"),
        (js_object(&json!({ "copied_min": 1.5 })), "`copied_min`"),
        (nan, "`reworded_min`"),
        (js_object(&json!({ "min_run": 2.5 })), "`min_run`"),
        (js_object(&json!({ "min_run": -1 })), "`min_run`"),
        (js_object(&json!({ "diffs": "yes" })), "`diffs`"),
        (
            js_object(&json!({ "offset_unit": "bytes" })),
            "`offset_unit`",
        ),
        (js_object(&json!({ "bogus": 1 })), "unknown option `bogus`"),
        (JsValue::from_str("fast"), "expected an object"),
    ];
    for (options, expected) in cases {
        let error: JsValue = retold::wasm::compare(SOURCE, TARGET, options.clone())
            .expect_err("bad options are an error")
            .into();
        let message = js_sys::Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .expect("an Error with a message");
        assert!(
            message.starts_with("invalid options: ") && message.contains(expected),
            "{options:?}: {message}"
        );
    }
}

#[wasm_bindgen_test]
fn identical_and_empty_inputs_work() {
    let report = compare(TARGET, TARGET, JsValue::UNDEFINED);
    let labels: Vec<&Value> = report["target"]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| &s["label"])
        .collect();
    assert_eq!(labels, [&json!("copied"), &json!("copied")]);
    assert_eq!(report["summary"]["language"], "en");
    let empty = compare("", "", JsValue::UNDEFINED);
    assert_eq!(empty["summary"]["verdict"], "independent");
    // Another language's stemmer runs in the wasm too, and its code crosses as JSON names it.
    let german = "Die Stadt hat das neue Bad eröffnet, und es ist nicht klein.";
    let report = compare(german, german, JsValue::UNDEFINED);
    assert_eq!(report["summary"]["language"], "de");
    assert_eq!(report["target"]["sentences"][0]["label"], "copied");
    assert!(!retold::wasm::version().is_empty());
}

#[wasm_bindgen_test]
fn diff_of_one_link_on_demand_is_the_diff_compare_gives() {
    // A merged sentence: the on-demand diff must join the two source sentences as compare does.
    let source = "The dam opened on Monday. It cost £2m. Crowds cheered.";
    let target = "The dam, which cost £2m, opened on Monday.";
    let report = compare(source, target, JsValue::UNDEFINED);
    let link = &report["links"][0];
    assert_eq!(
        link["source"],
        json!([0, 1]),
        "the target merges two sentences"
    );
    let texts = |side: &str, indices: &Value| -> js_sys::Array {
        indices
            .as_array()
            .expect("indices")
            .iter()
            .map(|i| {
                let i = i.as_u64().expect("an index") as usize;
                JsValue::from_str(report[side]["sentences"][i]["text"].as_str().expect("text"))
            })
            .collect()
    };
    let ops = retold::wasm::diff(
        &texts("source", &link["source"]),
        &texts("target", &link["target"]),
    )
    .expect("diff returns ops");
    let ops: Value = serde_wasm_bindgen::from_value(ops).expect("ops are plain data");
    assert_eq!(ops, link["diff"]);
    let rebuilt: String = ops
        .as_array()
        .expect("an array of ops")
        .iter()
        .filter(|op| op["op"] != "insert")
        .map(|op| op["text"].as_str().expect("text"))
        .collect();
    assert_eq!(rebuilt, "The dam opened on Monday. It cost £2m.");
    let not_text: js_sys::Array = [JsValue::from_f64(1.0)].iter().collect();
    assert!(retold::wasm::diff(&not_text, &texts("target", &link["target"])).is_err());
}

#[wasm_bindgen_test]
fn an_added_sentence_s_reason_reaches_the_page_with_the_json_names() {
    let source = "The harbour wall at Penmor will be rebuilt next spring at a cost of £4m.";
    let target =
        "Penmor's harbour wall was first built by fishermen in 1840.\n\nResidents cheered.";
    let report = compare(source, target, JsValue::UNDEFINED);
    let sentences = report["target"]["sentences"].as_array().expect("sentences");
    assert_eq!(
        sentences[0]["reason"],
        json!({"why": "few_words", "source": [0], "shared": ["Penmor's harbour wall"]})
    );
    assert_eq!(
        sentences[1]["reason"],
        json!({"why": "unshared", "source": [], "shared": []})
    );
}

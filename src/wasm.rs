//! The WebAssembly binding: parse JS input, call the core, serialize the one `Report`.
//!
//! Offsets in the returned report are UTF-16 code units, so `text.slice(start, end)` works in JS.

use wasm_bindgen::prelude::*;

use crate::{compare as compare_core, OffsetUnit, Options};

/// Installs the panic hook once, so a Rust panic reaches the page as a console error and a thrown
/// JS error instead of an opaque `unreachable` trap.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Compares `target` with `source` and returns the `Report` as a plain JS object.
///
/// `options` may be `undefined`, `null` or an object with any of the `Options` fields
/// (snake_case); `offset_unit` is always `utf16` here.
#[wasm_bindgen]
pub fn compare(source: &str, target: &str, options: JsValue) -> Result<JsValue, JsError> {
    let mut options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        reject_unknown_keys(&options)?;
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| into_js_error(format!("invalid options: {e}")))?
    };
    options.offset_unit = OffsetUnit::Utf16;
    let report = compare_core(source, target, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(into_js_error)
}

/// The word diff of one link's texts (its source sentences and its target sentences, each
/// joined by single spaces), for a report compared with `diffs: false`: the page asks for a
/// link's diff only when it shows that link.
#[wasm_bindgen]
pub fn diff(source: &str, target: &str) -> Result<JsValue, JsError> {
    let ops = crate::diff::diff(source, target);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&ops, &serializer).map_err(into_js_error)
}

/// The crate version, shown in the page footer and in downloaded reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Refuses option keys `Options` does not have (a typo such as `reworded_mn` would otherwise be
/// ignored silently: serde-wasm-bindgen reads only the fields a struct names). The known keys are
/// those `Options::default()` serializes, so no list is kept by hand.
fn reject_unknown_keys(options: &JsValue) -> Result<(), JsError> {
    type Keys = std::collections::BTreeMap<String, serde::de::IgnoredAny>;
    let given: Keys = serde_wasm_bindgen::from_value(options.clone())
        .map_err(|e| into_js_error(format!("invalid options: {e}")))?;
    let defaults = serde_wasm_bindgen::to_value(&Options::default()).map_err(into_js_error)?;
    let known: Keys = serde_wasm_bindgen::from_value(defaults).map_err(into_js_error)?;
    match given.keys().find(|key| !known.contains_key(*key)) {
        Some(key) => Err(JsError::new(&format!(
            "invalid options: unknown option `{key}`"
        ))),
        None => Ok(()),
    }
}

/// One place that turns errors into JS errors; serde-wasm-bindgen's Display starts with
/// "Error: ", which the page would otherwise show twice.
fn into_js_error(error: impl std::fmt::Display) -> JsError {
    let message = error.to_string().replace("Error: ", "");
    JsError::new(&message)
}

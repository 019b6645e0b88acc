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
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| into_js_error(format!("invalid options: {e}")))?
    };
    options.offset_unit = OffsetUnit::Utf16;
    let report = compare_core(source, target, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(into_js_error)
}

/// The crate version, shown in the page footer and in downloaded reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// One place that turns errors into JS errors; serde-wasm-bindgen's Display starts with
/// "Error: ", which the page would otherwise show twice.
fn into_js_error(error: impl std::fmt::Display) -> JsError {
    let message = error.to_string().replace("Error: ", "");
    JsError::new(&message)
}

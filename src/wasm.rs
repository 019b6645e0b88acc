//! The WebAssembly binding: parse JS input, call the core, serialize the one `Report`.
//!
//! Offsets in the returned report are UTF-16 code units, so `text.slice(start, end)` works in JS.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{prelude::*, JsCast};

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
    let mut options = read_options(&options)?;
    options.offset_unit = OffsetUnit::Utf16;
    let report = compare_core(source, target, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(into_js_error)
}

/// The word diff of one link, given the texts of its source sentences and of its target
/// sentences, for a report compared with `diffs: false`: the page asks for a link's diff only
/// when it shows that link. The sentences are joined as `compare` joins them.
#[wasm_bindgen]
pub fn diff(source: &Array, target: &Array) -> Result<JsValue, JsError> {
    // Read by hand: `Vec<String>` parameters cost the page 1.2 KB gzipped of binding code.
    let texts = |sentences: &Array| -> Result<Vec<String>, JsError> {
        sentences
            .iter()
            .map(|text| {
                text.as_string()
                    .ok_or_else(|| JsError::new("diff: every sentence must be a string"))
            })
            .collect()
    };
    let (source, target) = (texts(source)?, texts(target)?);
    let source: Vec<&str> = source.iter().map(String::as_str).collect();
    let target: Vec<&str> = target.iter().map(String::as_str).collect();
    let ops = crate::diff::diff_sentences(&source, &target);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&ops, &serializer).map_err(into_js_error)
}

/// The crate version, shown in the page footer and in downloaded reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Reads the page's options over the defaults, refusing a key `Options` does not have (a typo
/// such as `reworded_mn` is an error, not silently ignored) and a value of the wrong kind:
/// `{"copied_min": 0.9}` is read, `{"copied_min": "high"}` and `{"copied_min": 1.5}` are errors.
///
/// Read by hand rather than with serde: deserializing `Options` pulls serde's error machinery
/// into the wasm, 17 KB gzipped of a page meant to load fast. The wasm test
/// `every_option_is_read` fails when `Options` gains a field this does not read.
fn read_options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(invalid_options("expected an object"));
    }
    let object: &Object = value.unchecked_ref();
    for key in Object::keys(object) {
        let name = key.as_string().unwrap_or_default();
        let field = Reflect::get(object, &key)
            .map_err(|_| invalid_options(&format!("`{name}` cannot be read")))?;
        match name.as_str() {
            "offset_unit" => {
                options.offset_unit = match field.as_string().as_deref() {
                    Some("char") => OffsetUnit::Char,
                    Some("utf16") => OffsetUnit::Utf16,
                    _ => {
                        return Err(invalid_options(
                            "`offset_unit` must be \"char\" or \"utf16\"",
                        ))
                    }
                }
            }
            "copied_min" => options.copied_min = read_share(&name, &field)?,
            "reworded_min" => options.reworded_min = read_share(&name, &field)?,
            "min_run" => {
                options.min_run = field
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(n))
                    .ok_or_else(|| invalid_options("`min_run` must be a whole number of words"))?
                    as usize
            }
            "diffs" => {
                options.diffs = field
                    .as_bool()
                    .ok_or_else(|| invalid_options("`diffs` must be true or false"))?
            }
            _ => return Err(invalid_options(&format!("unknown option `{name}`"))),
        }
    }
    Ok(options)
}

/// A threshold on a weighted share: a number from 0 to 1 (`NaN` is not one).
fn read_share(name: &str, field: &JsValue) -> Result<f32, JsError> {
    field
        .as_f64()
        .filter(|share| (0.0..=1.0).contains(share))
        .map(|share| share as f32)
        .ok_or_else(|| invalid_options(&format!("`{name}` must be a number from 0 to 1")))
}

/// The one form of every options error, so the page can tell them from a failed comparison.
fn invalid_options(reason: &str) -> JsError {
    JsError::new(&format!("invalid options: {reason}"))
}

/// One place that turns errors into JS errors; serde-wasm-bindgen's Display starts with
/// "Error: ", which the page would otherwise show twice.
fn into_js_error(error: impl std::fmt::Display) -> JsError {
    let message = error.to_string().replace("Error: ", "");
    JsError::new(&message)
}

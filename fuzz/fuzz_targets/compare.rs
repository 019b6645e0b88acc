//! Fuzz `retold::compare`: arbitrary bytes become a source and a target, compared in both offset
//! units; every report must satisfy the invariants in `tests/common/mod.rs` (offsets slice back,
//! sentences tile the text, spans and links are consistent, diffs rebuild both sides).

#![no_main]

use libfuzzer_sys::fuzz_target;
use retold::{compare, OffsetUnit, Options};

#[path = "../../tests/common/mod.rs"]
mod common;

/// Splits at the first 0xFF byte (never valid UTF-8, so a natural separator), else in the middle.
fn split(data: &[u8]) -> (String, String) {
    let (source, target) = match data.iter().position(|&b| b == 0xff) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => data.split_at(data.len() / 2),
    };
    (
        String::from_utf8_lossy(source).into_owned(),
        String::from_utf8_lossy(target).into_owned(),
    )
}

fuzz_target!(|data: &[u8]| {
    let (source, target) = split(data);
    for unit in [OffsetUnit::Char, OffsetUnit::Utf16] {
        let options = Options {
            offset_unit: unit,
            ..Options::default()
        };
        let report = compare(&source, &target, &options);
        common::check_report(&source, &target, &report, unit, true);
    }
});

//! Figures said roughly: which figures a sentence's counterpart gives, and whether a figure of
//! the target is one of them rounded (`"about £5m"` for `"£4.87m"`) rather than another number.

use std::cmp::Ordering;

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// The figures a sentence's counterpart gives, split by how exactly it gives them.
pub(super) struct GivenFigures {
    /// The ones given exactly, which another figure may round: `"480 million"`.
    pub(super) exact: Vec<f64>,
    /// The ones given roughly, after `"an estimated"` or `"around"`: only a rounder figure,
    /// which the rough one rounds to, rounds them again.
    pub(super) rough: Vec<f64>,
    /// The sums given in the currency the target converts from, converted at its rate.
    pub(super) converted: Vec<f64>,
}

/// The figures a sentence's counterpart gives, exactly or roughly: `"an estimated 480
/// million"` is a rough figure already, so `"an estimated 520 million"` or `"around 520
/// million"` for it is another one, not the same rounded, where `"around 500 million"` says it
/// more roughly still.
pub(super) fn given_figures(tokens: &Tokens, alignment: &Alignment) -> GivenFigures {
    let mut given = GivenFigures {
        exact: Vec::new(),
        rough: Vec::new(),
        converted: Vec::new(),
    };
    for (j, &(s, i)) in alignment.source.iter().enumerate() {
        let Some(value) = tokens.value_at(&tokens.source[s], i) else {
            continue;
        };
        given
            .converted
            .extend(tokens.converted_at(&tokens.source[s], i));
        let before = j.checked_sub(1).map(|j| alignment.source[j]);
        if before.is_some_and(|(s, i)| tokens.is_approximator(tokens.source[s][i].key)) {
            given.rough.push(value);
        } else {
            given.exact.push(value);
        }
    }
    given
}

/// Whether the figure at `k` is one of the `given` figures rounded, as its words say or unsaid.
///
/// After `"about"`, `"nearly"` or `"more than"`, a figure within a quarter of one of `values`,
/// on the side of it those words say. After a word that says no side (`"about"`, `"some"`), or
/// after `"nearly"` or `"almost"`, it is also at most one step of its last digit from it (five
/// when that digit is a 5): `"nearly £5m"`, `"about £5m"` and `"more than £4.5m"` for
/// `"£4.87m"` are, `"more than £5m"` is not, `"about 1,450"` for `"1,430"` is, and `"some 310"`
/// for `"240"` or `"almost 29,000"` for `"27,830"` rounds nothing. Without such a word, one
/// rounded to its last digit and close to it: `"£413m"` for `"£412.6 million"` is. A figure
/// given roughly is rounded only to a coarser place it rounds to: `"about 7am"` for `"around
/// 6.50am"`, `"about 500"` or `"500"` for `"an estimated 480"` and `"just under 400,000"` for
/// `"an estimated 398,000"` are, `"around 520"` is not.
pub(super) fn rounds(tokens: &Tokens, sentence: &[Token], k: usize, given: &GivenFigures) -> bool {
    let Some(value) = tokens.value_at(sentence, k) else {
        return false;
    };
    // A sum converted at the target's rate is rounded as it converts: "roughly £320 million"
    // or "£320 million" for "$412 million" at 0.78.
    if tokens.is_converted(sentence, k, &given.converted) {
        return true;
    }
    if k > 0 && tokens.is_approximator(sentence[k - 1].key) {
        let bound = tokens.bound_at(sentence, k);
        // A figure ending in 5 rounds to a half step: "about 1,450" for "1,430".
        let place = last_place(value);
        let half_step = ((value / place).round() as i64).rem_euclid(10) == 5;
        let step = place * if half_step { 5.0 } else { 1.0 } + 1e-9 * value.abs();
        // "nearly" and "almost" (a ceiling that is a hedge too, unlike "under") round up to
        // the next step: "almost 28,000" for "27,830", but not "almost 29,000".
        let near = bound == Some(Ordering::Less) && tokens.is_hedge(&sentence[k - 1]);
        let bounds = |v: f64, side: Ordering| {
            v.partial_cmp(&value) != Some(side.reverse()) && !(near && value - v > step)
        };
        given.exact.iter().any(|&v| {
            (value - v).abs() <= 0.25 * v.abs().max(value.abs())
                && match bound {
                    // A bound may lie anywhere on its side: "more than £4.5m" for "£4.87m".
                    Some(side) => bounds(v, side),
                    None => (value - v).abs() <= step,
                }
        }) || given.rough.iter().any(|&v| {
            place > last_place(v)
                && match bound {
                    // "just under 400,000" for "an estimated 398,000".
                    Some(side) => (value - v).abs() <= 0.25 * v.abs() && bounds(v, side),
                    None => (value - v).abs() <= place / 2.0 + 1e-9 * value.abs(),
                }
        })
    } else {
        // "600,000" for "an estimated 612,000" too, said more roughly still.
        rounded_from(&given.exact, value)
            || given
                .rough
                .iter()
                .any(|&v| last_place(value) > last_place(v) && rounded_from(&[v], value))
    }
}

/// The place of a figure's last non-zero digit: 100 for 2,300, 0.1 for 4.9, 0 for 0.
pub(super) fn last_place(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    (-6..=12)
        .rev()
        .map(|e| 10f64.powi(e))
        .find(|p| {
            let units = value / p;
            units.abs() >= 0.5 && (units - units.round()).abs() <= 1e-9 * units.abs()
        })
        .unwrap_or(0.0)
}

/// How much an unqualified round figure may differ from the one it rounds, as a share of it.
const ROUNDED_WITHIN: f64 = 0.05;

/// How much a whole figure may differ from the decimal it rounds, as a share of it: `"4%"` for
/// `"4.3%"` (7 %) and `"3%"` for `"3.4%"` (12 %) are rounded, `"1%"` for `"1.4%"` (29 %) is
/// not. A small decimal moves further when rounded to a whole number than a large figure does
/// to its last digit.
const ROUNDED_TO_WHOLE_WITHIN: f64 = 0.15;

/// Whether `value` is one of `values` rounded to its last non-zero digit, and close to it:
/// `"£413m"` for `"£412.6 million"`, `"8%"` for `"8.3%"`, `"4%"` for `"4.3%"`, `"2,300"` for
/// `"2,340"`. `"2,000"` for `"2,340"` is too far to go unsaid (it takes `"about"`), and `"4.4p"`
/// for `"4.2p"` or `"1,170"` for `"1,107"` rounds nothing.
fn rounded_from(values: &[f64], value: f64) -> bool {
    if value == 0.0 || !value.is_finite() {
        return false;
    }
    let place = last_place(value);
    values.iter().any(|&v| {
        let off = (v - value).abs();
        // A small decimal rounded to a whole number is rounded unsaid, though it moves further:
        // "4%" for "4.3%". A half is not: "three years" or "four years" for "three and a half
        // years" is another sentence.
        let to_whole = place >= 1.0 && last_place(v) < 1.0 && off < place / 2.0 - 1e-9;
        let within = if to_whole {
            ROUNDED_TO_WHOLE_WITHIN
        } else {
            ROUNDED_WITHIN
        };
        v != value && off <= place / 2.0 + 1e-9 * v.abs() && off <= within * v.abs()
    })
}

/// Whether `values` holds `value`, up to rounding: 4.5 × 10⁶ is 4,500,000.
pub(super) fn same_value(values: &[f64], value: f64) -> bool {
    values
        .iter()
        .any(|&v| (v - value).abs() <= 1e-9 * v.abs().max(value.abs()))
}

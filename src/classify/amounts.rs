//! Amounts: a figure read with its unit, so one length of time written two ways is one fact.

use super::rounding::same_value;
use super::values::units_of;
use crate::normalize::{Token, Tokens, TEMPERATURE};

/// What a figure and the units right after it measure, and how much, in the unit's base (days
/// for a time): `"ten years"` and `"a decade"` -> a time of 3,652.5 days, `"a fortnight"` ->
/// 14. A unit counted by `"a"`, `"an"` or `"one"` is one of it, unless a part of it is
/// counted around it (`"half a kilo"`, `"a year and a half"`), which this does not read. None
/// for a figure with no unit, or a temperature, whose scales start at different zeros.
pub(super) fn amount_at(tokens: &Tokens, words: &[Token], at: usize) -> Option<(u8, f64)> {
    let units = words
        .get(at + 1..)?
        .iter()
        .take_while(|w| tokens.measure(w.key).is_some())
        .count();
    let value = tokens.value_at(words, at).or_else(|| {
        let one = tokens.ones.binary_search(&words.get(at)?.key).is_ok();
        let part = |k: usize| tokens.share_at(words, k).is_some();
        let parted =
            at.checked_sub(1).is_some_and(part) || (at + units + 1..at + units + 4).any(part);
        (one && !parted).then_some(1.0)
    })?;
    let unit = words[at + 1..at + 1 + units].iter().copied();
    let (what, size) = units_of(tokens, unit)?;
    (what != TEMPERATURE && size > 0.0).then_some((what, value * size))
}

/// The amounts that words give, each word by its sentence and place in it, for
/// [`gives_amount`].
pub(super) fn amounts<'a>(
    tokens: &Tokens,
    places: impl Iterator<Item = (&'a [Token], usize)>,
) -> Vec<(u8, f64)> {
    places
        .filter_map(|(words, k)| amount_at(tokens, words, k))
        .collect()
}

/// Whether the figure at `words[at]` gives an amount the other side gives in other words:
/// `"more than ten years"` for `"more than a decade"`, `"12 months"` for `"a year"`. The
/// figure is then no other number, whatever other numbers the other sentence holds, while
/// `"18 months"` for `"a year"` is another.
pub(super) fn gives_amount(
    tokens: &Tokens,
    words: &[Token],
    at: usize,
    given: &[(u8, f64)],
) -> bool {
    amount_at(tokens, words, at).is_some_and(|(what, size)| {
        let same: Vec<f64> = given
            .iter()
            .filter(|&&(other, _)| other == what)
            .map(|&(_, size)| size)
            .collect();
        same_value(&same, size)
    })
}

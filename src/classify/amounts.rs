//! Amounts: a figure read with its unit, so one length of time written two ways is one fact.

use super::rounding::same_value;
use super::values::units_of;
use crate::normalize::{KeyKind, Token, Tokens, TEMPERATURE};

/// What a figure and the units right after it measure, and how much, in the unit's base (days
/// for a time): `"ten years"` and `"a decade"` -> a time of 3,652.5 days, `"a fortnight"` ->
/// 14. A unit counted by `"a"`, `"an"` or `"one"` is one of it, unless a part of it is
/// counted around it (`"half a kilo"`, `"a year and a half"`), which this does not read. None
/// for a figure with no unit, or a temperature, whose scales start at different zeros.
pub(super) fn amount_at(tokens: &Tokens, words: &[Token], at: usize) -> Option<(u8, f64)> {
    // The unit of "98 million km" follows its magnitude.
    let first = at
        + 1
        + usize::from(
            words
                .get(at + 1)
                .is_some_and(|w| tokens.is_magnitude(w.key)),
        );
    let units = words
        .get(first..)?
        .iter()
        .take_while(|w| tokens.measure(w.key).is_some())
        .count();
    let value = counted_value(tokens, words, at, first + units)?;
    let unit = words[first..first + units].iter().copied();
    let (what, size) = units_of(tokens, unit)?;
    (what != TEMPERATURE && size > 0.0).then_some((what, value * size))
}

/// The figure at `words[at]`, whose units end before `words[end]`: its value, or one for a
/// unit counted by `"a"`, `"an"` or `"one"` with no part counted around it and no unit before
/// it (`"a year"` and the `"a year"` of `"1,410 a year ago"` -> 1; `"half a kilo"`, `"a year
/// and a half"` and the `"an"` of `"60 miles an hour"` -> none).
pub(super) fn counted_value(
    tokens: &Tokens,
    words: &[Token],
    at: usize,
    end: usize,
) -> Option<f64> {
    tokens.value_at(words, at).or_else(|| {
        let one = tokens.ones.binary_search(&words.get(at)?.key).is_ok();
        let part = |k: usize| tokens.share_at(words, k).is_some();
        // After a unit, "an hour" divides: "60 miles an hour". After a bare figure it counts
        // a time of its own: "1,410 a year ago".
        let rate = |k: usize| tokens.measure(words[k].key).is_some();
        let parted =
            at.checked_sub(1).is_some_and(|k| part(k) || rate(k)) || (end..end + 3).any(part);
        (one && end > at + 1 && !parted).then_some(1.0)
    })
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

/// How far an amount said roughly may lie from the one it stands for, as a share of it.
const ROUGH_AMOUNT_WITHIN: f64 = 0.1;

/// Whether the figure at `words[at]` gives an amount the other side gives in other words:
/// `"more than ten years"` for `"more than a decade"`, `"12 months"` for `"a year"`. The
/// figure is then no other number, whatever other numbers the other sentence holds, while
/// `"18 months"` for `"a year"` is another. Said roughly, it may lie within a tenth, on the
/// side its words say: `"almost two years"` for `"22 months"` and `"about three years"` for
/// `"34 months"` give the amount, `"almost two years"` for `"26 months"` does not.
pub(super) fn gives_amount(
    tokens: &Tokens,
    words: &[Token],
    at: usize,
    given: &[(u8, f64)],
) -> bool {
    let rough = at > 0 && tokens.is_approximator(words[at - 1].key);
    amount_at(tokens, words, at).is_some_and(|(what, size)| {
        let same: Vec<f64> = given
            .iter()
            .filter(|&&(other, _)| other == what)
            .map(|&(_, size)| size)
            .collect();
        same_value(&same, size)
            || rough
                && same.iter().any(|&v| {
                    (v - size).abs() <= ROUGH_AMOUNT_WITHIN * size
                        && tokens
                            .bound_at(words, at)
                            .is_none_or(|side| v.partial_cmp(&size) != Some(side.reverse()))
                })
    })
}

/// How many words either side of a figure are read as what it counts, in
/// [`given_beside_elsewhere`].
const BESIDE_WORDS: usize = 3;

/// Whether the source gives the figure or date at `sentence[k]` in a sentence other than its
/// counterpart, beside a word that stands beside it in the target too and that the counterpart
/// (`group_keys`) lacks. A sentence that merges facts from across the source brings each
/// figure with the words that say what it counts: `"profit jumps 14%"` over the revenue and
/// order-book sentences, where another says `"operating profit increased 14 per cent"`, and
/// `"in the year to December 31"` where the source opens `"for the year ended 31 December"`,
/// give the source's facts. `"The storm killed 12 people"` for `"killed 15 people"` changes one,
/// though the source has `"12 people were hurt"`: the counterpart has `"people"` too.
pub(super) fn given_beside_elsewhere(
    tokens: &Tokens,
    sentence: &[Token],
    k: usize,
    group_keys: &[u32],
) -> bool {
    // Words that say what a figure counts or when: not another figure or a unit.
    let telling = |t: &Token| {
        tokens.is_content(t.key)
            && tokens.kind(t.key) != KeyKind::Number
            && tokens.measure(t.key).is_none()
    };
    let beside = |len: usize, at: usize| {
        (at.saturating_sub(BESIDE_WORDS)..(at + BESIDE_WORDS + 1).min(len))
            .filter(move |&j| j != at)
    };
    let context: Vec<u32> = beside(sentence.len(), k)
        .map(|j| sentence[j])
        .filter(|t| telling(t) && group_keys.binary_search(&t.key).is_err())
        .map(|t| t.key)
        .collect();
    let key = sentence[k].key;
    !context.is_empty()
        && tokens.source.iter().any(|words| {
            (0..words.len()).any(|i| {
                words[i].key == key
                    && beside(words.len(), i)
                        .any(|j| telling(&words[j]) && context.contains(&words[j].key))
            })
        })
}

/// Whether a clause put in place of another counts another thing, not the same thing again:
/// `"despite more than 300 objections from residents"` for `"subject to 23 conditions"`
/// counts objections, not conditions, so its figure is no changed number.
pub(super) fn counts_another_thing(tokens: &Tokens, dropped: &[Token], added: &[Token]) -> bool {
    let counted = |words: &[Token]| {
        (0..words.len()).find_map(|k| {
            tokens.value_at(words, k)?;
            words[k + 1..]
                .iter()
                .find(|w| !tokens.is_magnitude(w.key) && tokens.kind(w.key) != KeyKind::Number)
                .filter(|w| {
                    tokens.kind(w.key) == KeyKind::Content && tokens.measure(w.key).is_none()
                })
                .map(|w| tokens.sense(w.key))
        })
    };
    matches!((counted(dropped), counted(added)), (Some(a), Some(b)) if a != b)
}

/// Whether `words[at]` counts one unit (`"a year"`) that the target gives nowhere as an amount:
/// `"18 months"` for `"a year"` is another length of time.
pub(super) fn other_unit(tokens: &Tokens, words: &[Token], at: usize, given: &[(u8, f64)]) -> bool {
    tokens.value_at(words, at).is_none()
        && amount_at(tokens, words, at).is_some()
        && !gives_amount(tokens, words, at, given)
}

/// Which kind of figure a word is, as a bit: 1 an ordinal, 2 a count, 4 a clock time. An
/// ordinal against a count orders one thing and counts another (`"got five years and"` where
/// the source has `"A third man"` is no other figure, `"fourth"` for `"third"` is), and a count
/// does not change a clock time: `"Seventeen hurt"` for `"08:58 Reports of"`.
pub(super) fn figure_kind(tokens: &Tokens, word: &Token) -> u8 {
    if word.clock {
        4
    } else if tokens.is_ordinal(word.key) {
        1
    } else {
        2
    }
}

/// Where the figure that `words[k]` belongs to starts: a magnitude word is its figure's, so the
/// `"million"` of `"about £4.9 million"` for `"£4,870,000"` changes what the `"4.9"` changes.
pub(super) fn figure_start(tokens: &Tokens, words: &[Token], k: usize) -> usize {
    k.checked_sub(1)
        .filter(|&f| tokens.is_magnitude(words[k].key) && tokens.value_at(words, f).is_some())
        .unwrap_or(k)
}

//! Changes read off a sentence's shape as a whole, after `facts.rs` has read each change of it:
//! figures or names that trade places, a day moved across its month, a figure swapped for one the
//! source gives elsewhere; and how much of a sentence the source's shape must explain.

use similar::DiffOp;

use super::facts::Change;
use super::roles::names_trade_places;
use super::rounding::{rounds, same_value, GivenFigures};
use super::values::{across_month, swaps_figure, trades_places};
use super::Alignment;
use crate::normalize::{KeyKind, Token, Tokens};
use crate::report::Fact;

/// Which of two facts a sentence that changes both reports: a number outranks a date, a date a
/// name (`"Two of his men"` for `"Anton Brisk, 33,"` changes a number and a name).
pub(super) fn rank(fact: Fact) -> Option<usize> {
    [
        Fact::Number,
        Fact::Date,
        Fact::Name,
        Fact::Opposite,
        Fact::Stage,
    ]
    .iter()
    .position(|&x| x == fact)
}

/// The weight of a sentence that the source's shape must explain: the whole sentence, less a
/// clause hung before or after the source's words, which is new material beside the shape, not
/// a change of it. `"Police arrested 15 people ..., a force spokesman confirmed."` keeps the
/// shape of `"Police arrested 12 people ..."`. Only beside a shape that is most of the sentence:
/// a sentence that shares a word or two with a headline after a long clause of its own has none.
pub(super) fn shape_weight(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> f32 {
    let weight = |t: &Token| tokens.weight(t.key);
    let hung = |op: Option<&DiffOp>| match op {
        Some(op) if op.old_range().is_empty() => {
            let new = op.new_range();
            if sentence.get(new.start).is_some_and(|t| t.opens_clause) {
                sentence[new].iter().map(weight).sum::<f32>()
            } else {
                0.0
            }
        }
        _ => 0.0,
    };
    let whole: f32 = sentence.iter().map(weight).sum();
    let clauses = hung(alignment.ops.first()) + hung(alignment.ops.last());
    if clauses < 0.4 * whole {
        whole - clauses
    } else {
        whole
    }
}

/// A change of the sentence as a whole, in the order it is asked: two figures that trade places
/// (`"Three men and two women"` for `"Two men and three women"`), a figure moved with the words
/// around it and changed on the way, two names that trade places (who did what reversed), a day
/// moved across its month and changed on the way, or a figure swapped for one the source gives of
/// something else.
pub(super) fn whole_change(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    source_keys: &[u32],
    target_values: &[f64],
    figures: &GivenFigures,
) -> Option<Change> {
    let change = |fact: Fact| Change {
        fact,
        words: 1,
        quote: false,
    };
    // Figures replaced one for one, as (source value, target value): two that trade places say
    // another thing, though each figure is still in the sentence. By hand: the page pays for
    // every iterator chain.
    let mut replaced: Vec<(f64, f64)> = Vec::new();
    for op in &alignment.ops {
        if let DiffOp::Replace {
            old_index,
            old_len: 1,
            new_index,
            new_len: 1,
        } = *op
        {
            let (s, i) = alignment.source[old_index];
            if let (Some(before), Some(after)) = (
                tokens.value_at(&tokens.source[s], i),
                tokens.value_at(sentence, new_index),
            ) {
                replaced.push((before, after));
            }
        }
    }
    let traded = replaced
        .iter()
        .any(|&(a, b)| a != b && replaced.contains(&(b, a)))
        || trades_places(tokens, sentence, alignment);
    if traded {
        return Some(change(Fact::Number));
    }
    if moves_another_figure(tokens, sentence, alignment, target_values, figures) {
        return Some(change(Fact::Number));
    }
    if names_trade_places(tokens, sentence, alignment) {
        return Some(change(Fact::Name));
    }
    if (0..sentence.len()).any(|k| across_month(tokens, sentence, alignment, k) == Some(false)) {
        return Some(change(Fact::Date));
    }
    swaps_figure(
        tokens,
        sentence,
        alignment,
        source_keys,
        target_values,
        figures,
    )
    .then(|| change(Fact::Number))
}

/// Whether a rewrite moves a figure with the words on both sides of it and changes it on the way:
/// `"Like-for-like sales fell 6.8 per cent in the ten weeks to 7 September"` for `"Like-for-like
/// sales in the 10 weeks to 7 September fell 6.2 per cent"`. The figure is off the alignment, so
/// a figure changed in place is not read here; the words around it must be the same words, one
/// of them a content word that is no magnitude or unit (`"fell"`, not the `"million"` of `"to
/// £413m"` against `"to £136.2 million"`), and neither figure may be found on the other side, as
/// given or rounded: `"fell about 6 per cent"` for `"fell 6.2 per cent"` rounds it.
fn moves_another_figure(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    target_values: &[f64],
    figures: &GivenFigures,
) -> bool {
    let words = &alignment.words;
    // By hand, one pass over the changes each: the page pays for every iterator chain.
    for op in &alignment.ops {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        for k in op.new_range() {
            let Some(value) = tokens.value_at(sentence, k) else {
                continue;
            };
            let before = k.checked_sub(1).map(|b| sentence[b].key);
            let after = sentence.get(k + 1).map(|t| t.key);
            // A word that says what the figure is of, not a magnitude or unit it is counted in:
            // `"to £413m"` for `"to £136.2 million"` shares only `"to"` and `"million"`.
            let content = |key: Option<u32>| {
                key.is_some_and(|key| {
                    tokens.kind(key) == KeyKind::Content
                        && !tokens.is_magnitude(key)
                        && tokens.measure(key).is_none()
                })
            };
            if !(content(before) || content(after))
                || same_value(&figures.exact, value)
                || same_value(&figures.rough, value)
                || rounds(tokens, sentence, k, figures)
            {
                continue;
            }
            for other in &alignment.ops {
                if matches!(other, DiffOp::Equal { .. }) {
                    continue;
                }
                for j in other.old_range() {
                    let Some(given) = tokens.value_at(words, j) else {
                        continue;
                    };
                    if j.checked_sub(1).map(|b| words[b].key) == before
                        && words.get(j + 1).map(|t| t.key) == after
                        && !same_value(target_values, given)
                    {
                        return true;
                    }
                }
            }
        }
    }
    false
}

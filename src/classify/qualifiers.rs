//! A figure's qualifier: `"up to 40%"`, `"more than 300"`, `"20-odd"`, kept, dropped or added.

use similar::DiffOp;

use super::values::units_of;
use super::Alignment;
use crate::normalize::{other_currency, KeyKind, Token, Tokens, PER};

/// The most words a figure's qualifier has: `"as many as"`.
const QUALIFIER_WORDS: usize = 3;

/// Whether the first content word of the `len` words kept from `sentence[kept]` on, within a
/// qualifier's length, is a figure: `"the 40%"`, `"one in eight"`. A figure past the kept
/// words is another figure, not one qualified anew: `"about a third"` for `"a 31%"` keeps only
/// the `"a"`, and rounds the share with its `"about"`.
fn figure_follows(tokens: &Tokens, sentence: &[Token], kept: usize, len: usize) -> bool {
    sentence[kept..(kept + len).min(sentence.len())]
        .iter()
        .take(QUALIFIER_WORDS)
        .enumerate()
        .find(|(_, w)| tokens.is_content(w.key))
        .is_some_and(|(k, _)| tokens.value_at(sentence, kept + k).is_some())
}

/// Whether a sentence reads a figure it keeps another way through the words beside it, so the
/// figure says another amount. In any sentence, a rate dropped or added after it, read in
/// [`rerates`], or another currency ([`recurrencies`]); in a near copy (not a `rewrite`) also
///
/// - a qualifier that puts the true figure on its other side: `"More than 50 people"` for `"Up
///   to 50 people"`, `"aged over 25"` for `"aged under 25"`, `"nearly 300"` for `"at least
///   300"`. Qualifiers on one side (`"nearly"` for `"up to"`) round the figure alike, and
///   `"about"` says no side;
/// - a change told as a level, or the reverse, in one word right before it: `"Inflation rose to
///   2%"` for `"Inflation rose by 2%"`, `"fell from 40"` for `"fell to 40"`. `"a rise of 2%"`
///   for `"rose by 2%"` says the same;
/// - points where the other side counts per cent, right after it: `"rose by two per cent"` for
///   `"rose by two percentage points"`, `"fell 20%"` for `"fell 20 points"`. A rise from 4% to
///   6% is two points and 50 per cent.
pub(super) fn refigures(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    rewrite: bool,
) -> bool {
    rerates(tokens, sentence, alignment)
        || recurrencies(tokens, sentence, alignment)
        || (!rewrite && rereads(tokens, sentence, alignment))
}

/// Whether a figure the sentence keeps is a sum in another currency: `"£5m"` for `"$5m"`, `"5
/// million pounds"` for `"5 million dollars"`, `"€5m"` for `"5 million dollars"`. A figure that
/// names no currency on one side changes none: `"5m"` for `"$5m"`. A figure the sentence rounds
/// is paired with the one across from it in the change: `"£5m"` for `"$4.96m"`. A sum converted
/// at the rate the target converts the source's sums at is the same sum (see
/// [`crate::normalize::Exchange`]).
fn recurrencies(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    alignment.ops.iter().any(|op| {
        op.new_range().zip(op.old_range()).any(|(k, j)| {
            let (s, i) = alignment.source[j];
            let words = &tokens.source[s];
            let converted = tokens.converted_at(words, i).map(|v| [v]);
            tokens.value_at(sentence, k).is_some()
                && tokens.value_at(words, i).is_some()
                && !converted.is_some_and(|v| tokens.is_converted(sentence, k, &v))
                && matches!(
                    (tokens.currency_at(true, sentence, k), tokens.currency_at(false, words, i)),
                    (Some(new), Some(old)) if other_currency(new, old)
                )
        })
    })
}

/// Whether a sentence drops or adds the rate after a figure it keeps, so an amount in all
/// becomes one per period or unit, or the reverse: `"will cost £2m"` for `"will cost £2m a
/// year"`, `"300 people use it"` for `"300 people a day use it"`, `"worked 12 hours"` for
/// `"worked 12 hours a day"`, `"paid £30"` for `"paid £30 per tonne"`, `"£40m a year"` for
/// `"£40m"`. A rate the other side gives anywhere keeps it (`"Each year the service will cost
/// £2m"`), the same rate written another way (`"annually"` for `"a year"`) is one, and `"cut 300
/// jobs a year ago"` dates the figure: its change is no rate alone. A rewrite that keeps the
/// figure in place before the change drops or adds the rate as a near copy does.
fn rerates(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let rate = |words: &[Token]| is_rate(tokens, words);
    // Whether a rate of one or two words stands anywhere in `words`.
    let says_rate = |words: &[Token]| {
        (0..words.len())
            .any(|k| rate(&words[k..k + 1]) || rate(&words[k..(k + 2).min(words.len())]))
    };
    let source = &alignment.words[..];
    alignment.ops.windows(2).any(|pair| {
        let [DiffOp::Equal { new_index, len, .. }, op] = pair else {
            return false;
        };
        // The thing counted may stand between the figure and its rate: "300 people a day".
        let end = new_index + len;
        if !(end.saturating_sub(3)..end).any(|k| tokens.value_at(sentence, k).is_some()) {
            return false;
        }
        // The diff may keep a rate's first word and take out the same word after it: `"£2m a
        // year, a spokesman"` -> `"£2m, a spokesman"` keeps the first `"a"` and drops `"year,
        // a"`. Slid back a word over the kept one, the change is the rate.
        let kept = sentence[end - 1].key;
        let slid = |words: &[Token], range: std::ops::Range<usize>| {
            if range.start > 0 && words[range.clone()].last().is_some_and(|w| w.key == kept) {
                range.start - 1..range.end - 1
            } else {
                range
            }
        };
        let dropped = &source[slid(source, op.old_range())];
        let added = &sentence[slid(sentence, op.new_range())];
        (rate(dropped) && !rate(added) && !says_rate(sentence))
            || (rate(added) && !rate(dropped) && !says_rate(source))
    })
}

/// Whether `words` are a rate and nothing else: `"a year"`, `"per tonne"`, `"annually"`.
// Not inlined: in each of `rerates`' four calls it cost the page's wasm 0.1 KB gzipped.
#[inline(never)]
fn is_rate(tokens: &Tokens, words: &[Token]) -> bool {
    !words.is_empty()
        && units_of(tokens, words.iter().copied()).is_some_and(|(what, _)| what & PER != 0)
}

/// Whether a near copy reads a figure it keeps another way through the qualifier or the word
/// before it, or the unit after it, as [`refigures`] lists.
fn rereads(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let has = |words: &[Token], key: Option<u32>| words.iter().any(|w| Some(w.key) == key);
    // Whether one side counts in points and the other in per cent alone.
    let counts = |one: &[Token], other: &[Token]| {
        has(one, tokens.points) && has(other, tokens.percent) && !has(other, tokens.points)
    };
    let role = |words: &[Token]| match words {
        [word] => tokens.figure_role(word.key),
        _ => None,
    };
    alignment.ops.windows(2).any(|pair| {
        let (before, after) = match pair {
            [op, DiffOp::Equal { new_index, len, .. }]
                if figure_follows(tokens, sentence, *new_index, *len) =>
            {
                (op, Some(*new_index))
            }
            [DiffOp::Equal { new_index, len, .. }, op]
                if tokens.figure_ends(sentence, new_index + len) =>
            {
                (op, None)
            }
            _ => return false,
        };
        let (old, new) = (before.old_range(), before.new_range());
        let dropped = &alignment.words[old];
        let added = &sentence[new];
        match after {
            Some(kept) => {
                matches!(
                    (tokens.side_of(dropped), tokens.side_of(added)),
                    (Some(a), Some(b))
                        if a == b.reverse() && dropped.len().max(added.len()) <= QUALIFIER_WORDS
                ) || (tokens.value_at(sentence, kept).is_some()
                    && matches!((role(dropped), role(added)), (Some(a), Some(b)) if a != b))
            }
            None => counts(dropped, added) || counts(added, dropped),
        }
    })
}

/// Whether a near copy drops or adds the words that qualify a figure it keeps, with only
/// function words in their place: `"40%"` for `"up to 40%"`, `"more than 300 homes"` for `"300
/// homes"`, `"20"` for `"fewer than 20"`, `"at 2pm"` for `"around 2pm"`, `"90mph"` for
/// `"something like 90mph"`, `"One in eight adults"` for `"Around one in eight adults"`, and
/// after it, `"20-odd years"` for `"20 years"`; one moved across the figure says the same
/// (`"more than 300"` for `"300+"`). A floor dropped leaves the target true, if less than all
/// of it, so it counts only when added: `"stole £38,000"` for `"stole more than £38,000"` or
/// `"300 homes"` for `"300 or more homes"` changes nothing. A
/// qualifier swapped for another (`"nearly"` for `"about"`) is a rounding, a preposition dropped
/// before anything but a figure (`"Over the past ten years"`) qualifies nothing, and `"+7%"` for
/// `"up 7%"` says the same. Words are read beside the ones kept around them, so a `"to"` slipped
/// in after a kept `"up"` makes a rise a ceiling: `"up to 40%"` for `"up 40%"`.
///
/// A `rewrite` moves words about, so there a qualifier counts only when the other side has it
/// nowhere: `"aged under 25"` for `"under the age of 25"` keeps its `"under"`.
pub(super) fn requalifies(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    rewrite: bool,
) -> bool {
    let source = &alignment.words[..];
    let (source_marks, target_marks) = (
        tokens.qualifier_marks(source),
        tokens.qualifier_marks(sentence),
    );
    // Whether every qualifying word of `words` qualifies somewhere on the other side too.
    let elsewhere = |words: &[Token], marks: &[bool], other: &[Token], other_marks: &[bool]| {
        words.iter().zip(marks).filter(|(_, &m)| m).all(|(w, _)| {
            other
                .iter()
                .zip(other_marks)
                .any(|(o, &m)| m && o.key == w.key)
        })
    };
    // Whether dropped words put the true figure above the one kept.
    let floors = |words: &[Token]| words.iter().any(|w| tokens.is_floor(w.key));
    // Some(whether they qualify a figure) for a few words that hold no other content word.
    let qualifying = |words: &[Token], marks: &[bool]| {
        (words.len() <= QUALIFIER_WORDS
            && words
                .iter()
                .zip(marks)
                .all(|(w, &qualifies)| qualifies || !tokens.is_content(w.key)))
        .then(|| marks.contains(&true))
    };
    // Which side alone qualifies a figure in a change: `Some(true)` the target, `Some(false)`
    // the source. `moved` reads the change as the other end of a qualifier moved across the
    // figure, which a rewrite's qualifier elsewhere does not excuse: `"about 40 ... 300 or so"`
    // for `"about 40 ... about 300"` moves the second `"about"`.
    let qualified_side = |op: &DiffOp, moved: bool| {
        let (old, new) = (op.old_range(), op.new_range());
        let (dropped, added) = (
            (&source[old.clone()], &source_marks[old.clone()]),
            (&sentence[new.clone()], &target_marks[new.clone()]),
        );
        match (
            qualifying(dropped.0, dropped.1),
            qualifying(added.0, added.1),
        ) {
            (Some(true), Some(false))
                if moved
                    || !(rewrite && elsewhere(dropped.0, dropped.1, sentence, &target_marks)) =>
            {
                Some(false)
            }
            (Some(false), Some(true))
                if moved || !(rewrite && elsewhere(added.0, added.1, source, &source_marks)) =>
            {
                Some(true)
            }
            _ => None,
        }
    };
    let ops = &alignment.ops;
    // The side that qualifies, in `ops[at]`, the figure kept after it, which may follow a
    // function word or two: `"one in eight"`, `"a 40% rise"`.
    let before = |at: usize, moved: bool| match (ops.get(at), ops.get(at + 1)) {
        (
            Some(op),
            Some(DiffOp::Equal {
                new_index: kept,
                len,
                ..
            }),
        ) if figure_follows(tokens, sentence, *kept, *len) => qualified_side(op, moved),
        _ => None,
    };
    // The side that qualifies, in `ops[at]`, the figure kept just before it: `"300 or more"`,
    // `"20-odd"`.
    let after = |at: usize, moved: bool| match (at.checked_sub(1).map(|k| &ops[k]), ops.get(at)) {
        (Some(DiffOp::Equal { new_index, len, .. }), Some(op))
            if tokens.figure_ends(sentence, new_index + len) =>
        {
            qualified_side(op, moved)
        }
        _ => None,
    };
    // A qualifier moved from one side of the figure to the other says the same: `"more than
    // 300"` for `"300+"`.
    // A floor dropped leaves the target true, if less than all of it: `"stole £38,000"` for
    // `"stole more than £38,000"`.
    (0..ops.len()).any(|at| {
        before(at, false)
            .filter(|&side| after(at + 2, true) != Some(!side))
            .or_else(|| {
                after(at, false).filter(|&side| at < 2 || before(at - 2, true) != Some(!side))
            })
            .is_some_and(|side| side || !floors(&source[ops[at].old_range()]))
    })
}

/// Whether a rewrite gives a figure the source gives only as a ceiling, with no qualifier of
/// its own, so a limit reads as the amount: `"Brookfields has cut prices by 20% on 200
/// products"` for `"announced price cuts of up to 20% on 200 products"`, and `"will create
/// 500 jobs"` for `"as many as 500 jobs"`. A figure the source qualifies only by rounding it
/// (`"nearly 300"`, `"almost 300"`) is no ceiling, and a target that qualifies a figure
/// (`"as much as 20%"`, `"about 20%"`) keeps it hedged. The figure must count the same thing,
/// a word of the two after it kept: `"1,100 new jobs"` for `"up to 1,100 jobs"`, not the `"3"`
/// of `"3-1"`.
pub(super) fn drops_ceiling(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let source = &alignment.words[..];
    let source_marks = tokens.qualifier_marks(source);
    let target_marks = tokens.qualifier_marks(sentence);
    // A pair such as "up to" right before the figure, never a rounding word.
    let ceiling = |i: usize| {
        i >= 2
            && source_marks[i - 2]
            && source_marks[i - 1]
            && tokens.bound(source[i - 1].key).is_none()
            && tokens.side_of(&source[i - 2..i]) == Some(std::cmp::Ordering::Less)
    };
    // A target that qualifies any figure may carry the ceiling over to this one: `"up to six
    // days, or 36 hours"`.
    if target_marks.contains(&true) {
        return false;
    }
    (0..source.len()).any(|i| {
        let Some(value) = tokens.value_at(source, i).filter(|_| ceiling(i)) else {
            return false;
        };
        (0..sentence.len()).any(|k| {
            let next = |words: &[Token], at: usize| {
                let after = words.get(at + 1..at + 3).unwrap_or_default().iter();
                after
                    .filter(|w| {
                        tokens.kind(w.key) != KeyKind::Stop || Some(w.key) == tokens.percent
                    })
                    .map(|w| tokens.sense(w.key))
                    .collect::<Vec<_>>()
            };
            let counted = next(source, i);
            tokens.value_at(sentence, k) == Some(value)
                && next(sentence, k).iter().any(|w| counted.contains(w))
        })
    })
}

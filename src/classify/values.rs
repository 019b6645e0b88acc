//! Figures and dates against the source's: found there rounded or qualified, written in other
//! units or another house style, or moved to another place. What counts as a changed fact is in
//! `facts.rs`.

use similar::DiffOp;

use super::amounts::counted_value;
use super::rounding::{last_place, rounds, same_value, GivenFigures};
use super::Alignment;
use crate::normalize::{KeyKind, Period, Token, Tokens, TEMPERATURE, TIME};

/// Whether two figures trade places between words that stay where they were: `"Rovers 1, City
/// 3"` for `"Rovers 3, City 1"` gives each side the other's score though it keeps every word,
/// and `"by 87 votes to 131"` for `"by 131 votes to 87"` reverses a vote; `"City 1, Rovers 3"`
/// moves the words with their figures and says the same.
pub(super) fn trades_places(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let target = figure_places(tokens, sentence);
    if target.len() < 2 {
        return false;
    }
    let mut source = Vec::new();
    let mut last = None;
    for &(s, _) in &alignment.source {
        if last != Some(s) {
            source.extend(figure_places(tokens, &tokens.source[s]));
            last = Some(s);
        }
    }
    // `value` sits where the source had `other`, and `other` where the source had `value`.
    target.iter().any(|&(value, here)| {
        source.iter().any(|&(other, there)| {
            there == here
                && other != value
                && source.iter().any(|&(v, place)| {
                    v == value && place != here && target.contains(&(other, place))
                })
        })
    })
}

/// For target word `k`, a day of the month or a month that the diff did not keep, beside a word
/// it kept: whether the source writes the same day or month on the other side of that word
/// (`Some(true)`: `"5 December 2029"` for `"Dec. 5, 2029"` and the reverse, British and
/// American house styles of one date), another one there (`Some(false)`: `"6 December"` for
/// `"Dec. 5"` is another date), or nothing of the kind (`None`).
pub(super) fn across_month(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    k: usize,
) -> Option<bool> {
    let day = |words: &[Token], at: usize| {
        tokens
            .value_at(words, at)
            .filter(|d| (1.0..=31.0).contains(d))
    };
    let month = |t: &Token| tokens.is_date(t.key) && !tokens.is_weekday(t.key);
    // Where the source has target word `at`, if the diff kept it.
    let kept = |at: usize| {
        alignment.ops.iter().find_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } if (new_index..new_index + len).contains(&at) => {
                alignment.source.get(old_index + at - new_index)
            }
            _ => None,
        })
    };
    let (moved_day, moved_month) = (day(sentence, k), month(&sentence[k]));
    // A kept word has not moved: `"on 5 December 12 people died"` copied holds no other day.
    if moved_day.is_none() && !moved_month || kept(k).is_some() {
        return None;
    }
    // The word beside it that the diff kept, and where the source has it: the moved word stands
    // on its other side there.
    [(k + 1, true), (k.wrapping_sub(1), false)]
        .into_iter()
        .find_map(|(beside, was_after)| {
            let word = sentence.get(beside)?;
            if !(moved_day.is_some() && month(word)
                || moved_month && day(sentence, beside).is_some())
            {
                return None;
            }
            let &(s, i) = kept(beside)?;
            let words = &tokens.source[s];
            let at = if was_after {
                i.checked_add(1)?
            } else {
                i.checked_sub(1)?
            };
            match moved_day {
                Some(value) => day(words, at).map(|there| there == value),
                None => words
                    .get(at)
                    .filter(|w| month(w))
                    .map(|w| w.key == sentence[k].key),
            }
        })
}

/// Whether `words[k]` stands beside a month, as a day of the month does: `"Tuesday 16 April"`
/// for `"Tuesday 9 April"` is another date.
pub(super) fn month_beside(tokens: &Tokens, words: &[Token], k: usize) -> bool {
    let month = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| tokens.is_date(w.key) && !tokens.is_weekday(w.key))
    };
    k.checked_sub(1).is_some_and(month) || month(k + 1)
}

/// The days of the month that the sentence gives, and that its counterparts give. A day
/// matches only a day: `"From 10 March, bins go every three weeks"` for `"From 3 March, bins
/// go every three weeks"` moves the date, though it still says three.
pub(super) fn days(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> (Vec<f64>, Vec<f64>) {
    let mut target = Vec::new();
    for k in 0..sentence.len() {
        if month_beside(tokens, sentence, k) {
            target.extend(tokens.value_at(sentence, k));
        }
    }
    let mut group = Vec::new();
    for &(s, i) in &alignment.source {
        if month_beside(tokens, &tokens.source[s], i) {
            group.extend(tokens.value_at(&tokens.source[s], i));
        }
    }
    (target, group)
}

/// A place between words: the keys right before and after it, `None` at the sentence's edge.
type Place = (Option<u32>, Option<u32>);

/// Each figure of `words` with its place: `"Rovers 3, City 1"` -> `[(3, (rovers, city)), (1,
/// (city, None))]`.
pub(super) fn figure_places(tokens: &Tokens, words: &[Token]) -> Vec<(f64, Place)> {
    let mut places = Vec::new();
    for k in 0..words.len() {
        if let Some(value) = tokens.value_at(words, k) {
            let before = k.checked_sub(1).map(|j| words[j].key);
            places.push((value, (before, words.get(k + 1).map(|w| w.key))));
        }
    }
    places
}

/// How far apart, as a ratio, two figures of one measure may be and still be one figure changed:
/// `"4.4p"` for `"4.2p"` is, `"£5m"` (a difference a rewrite worked out) for `"£40m"` is not.
const SWAPPED_RATIO: f64 = 2.0;

/// Whether the sentence gives one of its counterpart's figures another value wherever it moved
/// it: a figure the source never gives, rounded or not, beside the same word as a figure of the
/// counterpart that the sentence drops, of the same size. `"a final payout of 4.4p a share"`
/// for `"a final dividend of 4.2p per share"` does (`"p"`), and so does `"police deployed some
/// 310 officers"` for `"240 officers were deployed"`, and `"Only 28% of businesses backed the
/// plans"` for `"Among businesses, support was 38%"`; `"up £5m"` for `"to £45m from £40m"`
/// does not, nor does a figure beside a function word (`"310 were hurt"`), nor one converted to
/// other units (`"61 million miles"` for `"98 million km"`).
pub(super) fn swaps_figure(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    source_keys: &[u32],
    target_values: &[f64],
    given: &GivenFigures,
) -> bool {
    // The word after the figure, or the per cent it is counted in, which reads as a function
    // word: `"38%"`, `"38 per cent"`.
    let percent = |w: &Token| tokens.percent == Some(w.key);
    let measure = |words: &[Token], k: usize| {
        // Past its magnitude: "98 million km" counts kilometres.
        let k = k + usize::from(words.get(k + 1).is_some_and(|w| tokens.is_magnitude(w.key)));
        let next = words.get(k + 1)?;
        if percent(next) || words.get(k + 2).is_some_and(percent) && tokens.is_rate(next.key) {
            return tokens.percent;
        }
        (tokens.kind(next.key) != KeyKind::Stop).then_some(next.key)
    };
    let dropped: Vec<(f64, u32)> = alignment
        .source
        .iter()
        .filter_map(|&(s, i)| {
            let words = &tokens.source[s];
            let value = tokens.value_at(words, i)?;
            let unit = measure(words, i)?;
            (!same_value(target_values, value)).then_some((value, unit))
        })
        .collect();
    // Shares are many in a results story and each rounds or moves freely: one swaps only when
    // each side gives one. `"more than 9%, ... up 14%"` for `"14.3%"` swaps nothing. Plain
    // loops: the page's wasm pays for every iterator chain.
    // The counterpart is read only when the sentence gives one share, as most give none.
    let (mut target_shares, mut group_shares) = (0, 0);
    for k in 0..sentence.len() {
        if tokens.value_at(sentence, k).is_some() && measure(sentence, k) == tokens.percent {
            target_shares += 1;
        }
    }
    if target_shares == 1 {
        for &(s, i) in &alignment.source {
            let words = &tokens.source[s];
            if tokens.value_at(words, i).is_some() && measure(words, i) == tokens.percent {
                group_shares += 1;
            }
        }
    }
    let one_share = target_shares == 1 && group_shares == 1;
    (0..sentence.len()).any(|k| {
        let (Some(value), Some(unit)) = (tokens.value_at(sentence, k), measure(sentence, k)) else {
            return false;
        };
        (Some(unit) != tokens.percent || one_share)
            && source_keys.binary_search(&sentence[k].key).is_err()
            && !rounds(tokens, sentence, k, given)
            && dropped.iter().any(|&(old, old_unit)| {
                let (low, high) = (old.abs().min(value.abs()), old.abs().max(value.abs()));
                old_unit == unit && low > 0.0 && high <= SWAPPED_RATIO * low
            })
    })
}

/// The most words a figure replaced in its place may take on either side, with the words that
/// qualify it: `"an estimated 480"` -> `"around 520"`.
pub(super) const IN_PLACE_WORDS: usize = 3;

/// Whether a change writes the same figures in the same order, one side writing two as a score
/// or range: `"131-87"` for `"by 131 votes to 87"`, `"5-7%"` for `"5 to 7 percent"`, but not
/// `"1-3"` for `"3-1"`.
pub(super) fn same_figures(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    op: &DiffOp,
) -> bool {
    let source_figures = op.old_range().flat_map(|j| {
        let (s, i) = alignment.source[j];
        tokens.figures_at(&tokens.source[s], i)
    });
    let target_figures = op.new_range().flat_map(|k| tokens.figures_at(sentence, k));
    source_figures.clone().flatten().next().is_some()
        && source_figures.flatten().eq(target_figures.flatten())
        || same_measure(tokens, sentence, alignment, op)
}

/// Whether a change gives one amount in other units: `"14 days"` for `"two weeks"`, `"12
/// months"` for `"a year"` (see [`counted_value`]), `"five
/// decades"` for `"50 years"` (to a hundredth), `"about 7.5 miles"` or `"7 miles"` for `"12km"`
/// (a conversion rounds: within 5 %, or half a step of the converted figure's last digit), but
/// not `"six months"` for `"six years"`, nor `"12 miles"` for `"12km"`. A temperature is the same
/// to half a degree Celsius: `"40C"` or `"40 degrees"` for `"104F"`, `"38C"` for `"100F"`, but not
/// `"40C"` for `"100F"`.
fn same_measure(tokens: &Tokens, sentence: &[Token], alignment: &Alignment, op: &DiffOp) -> bool {
    // What the one figure followed by a unit among some places (a sentence's words and an index)
    // measures, the figure, and the unit's size in the base unit; none when there are two.
    let amount = |places: &mut dyn Iterator<Item = (&[Token], usize)>| {
        let mut found = None;
        for (words, k) in places {
            // "40 degrees Celsius": the scale after "degrees" says what they are, and the unit
            // of "98 million km" follows its magnitude.
            let unit_at =
                k + 1 + usize::from(words.get(k + 1).is_some_and(|w| tokens.is_magnitude(w.key)));
            let after = words.get(unit_at..).unwrap_or_default().iter().copied();
            // "a year" counts one: "12 months" for it is the same length of time.
            let end = unit_at
                + after
                    .clone()
                    .take_while(|w| tokens.measure(w.key).is_some())
                    .count();
            let unit = units_of(
                tokens,
                after.take_while(|w| tokens.measure(w.key).is_some() || tokens.is_rate(w.key)),
            );
            if let (Some(value), Some((what, size))) = (counted_value(tokens, words, k, end), unit)
            {
                if found.is_some() {
                    return None;
                }
                // "-5C": only a temperature falls below its scale's zero.
                let below = what == TEMPERATURE
                    && k.checked_sub(1)
                        .is_some_and(|k| Some(words[k].key) == tokens.minus);
                found = Some((what, if below { -value } else { value }, size));
            }
        }
        found
    };
    // A unit changed after a figure both keep, `"104 degrees"` for `"104F"`, starts its change
    // one word after the figure.
    let (old, new) = (op.old_range(), op.new_range());
    let old = amount(&mut (old.start.saturating_sub(1)..old.end).map(|j| {
        let (s, i) = alignment.source[j];
        (tokens.source[s].as_slice(), i)
    }));
    let new = amount(&mut (new.start.saturating_sub(1)..new.end).map(|k| (sentence, k)));
    let Some(((what, old, old_size), (measured, new, new_size))) = old.zip(new) else {
        return false;
    };
    if what != measured {
        return false;
    }
    if what == TEMPERATURE {
        // Celsius and Fahrenheit meet at -40; degrees of no scale may be either.
        let scales = |size: f64| {
            if size == 0.0 {
                [1.0, 5.0 / 9.0]
            } else {
                [size; 2]
            }
        };
        return scales(old_size).iter().any(|old_size| {
            scales(new_size).iter().any(|new_size| {
                ((old + 40.0) * old_size - (new + 40.0) * new_size).abs() <= 0.5 + 1e-9
            })
        });
    }
    let (old, new, step) = (old * old_size, new * new_size, last_place(new) * new_size);
    let gap = (old - new).abs();
    let larger = old.abs().max(new.abs());
    if what == TIME {
        gap <= 0.01 * larger
    } else {
        gap <= (0.05 * larger).max(step / 2.0)
    }
}

/// How far apart, as a part of the larger, two shares of a whole may be and still be one share
/// rounded: `"a third"` for `"30%"`, `"half"` for `"46%"`, but not `"a quarter"` for `"one in
/// five"` or `"one in 1,000"` for `"one in 100"`.
const SHARE_SLACK: f64 = 0.15;

/// Whether a change gives another share of a whole, or another multiple, where both sides give
/// one: `"a quarter of pupils"` or `"40%"` for `"a third of pupils"`, `"tripled"` for
/// `"doubled"`. `Some(false)` for the same share written another way (`"33%"` for `"a third"`,
/// `"trebled"` for `"tripled"`), `None` where a side gives none.
pub(super) fn other_share(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    op: &DiffOp,
) -> Option<bool> {
    // A share or multiple, whether a word gives it, and whether it is a multiple: a percentage
    // is a figure read as a share, and two of them compare as figures (`"9%"` for `"8.3%"` is
    // another), while a rise (`"rose 100%"` for `"doubled"`) is none of this.
    let read = |words: &[Token], k: usize| {
        let key = words[k].key;
        let worded = tokens.value_at(words, k).is_none() || tokens.is_ordinal(key);
        match tokens.share_at(words, k) {
            Some(share) => Some((share, worded, false)),
            None => Some((tokens.multiple_at(words, k)?, true, true)),
        }
    };
    // The one share among some places, none when there are none or two.
    let only = |found: &mut dyn Iterator<Item = Option<(f64, bool, bool)>>| {
        let mut found = found.flatten();
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let old = only(&mut op.old_range().map(|j| {
        let (s, i) = alignment.source[j];
        read(&tokens.source[s], i)
    }));
    let new = only(&mut op.new_range().map(|k| read(sentence, k)));
    match old.zip(new) {
        Some(((old, worded, multiple), (new, other_worded, other_multiple)))
            if (worded || other_worded) && multiple == other_multiple =>
        {
            Some((old - new).abs() > SHARE_SLACK * old.max(new))
        }
        _ => None,
    }
}

/// Marks as kept each weekday a change names for a day the source counts from the time of
/// writing, where the change says nothing else: `"on Thursday"` for `"today"`, `"on Monday"` for
/// the `"this"` of `"this morning"`. Wire copy is written for the day it is filed; a paper
/// prints the day's name.
// One call after the matching loop. The rule costs the page's wasm 0.5 KB gzipped however it
// is written: inside that loop, as a closure, or as this function, inlined or not.
#[inline(never)]
pub(super) fn mark_named_days(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    matched: &mut [bool],
) {
    for op in &alignment.ops {
        let DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } = *op
        else {
            continue;
        };
        // Whether the source's words count a day, the target's name one, and either says more.
        let (mut counted, mut named, mut more) = (false, false, false);
        for j in old_index..old_index + old_len {
            let (s, i) = alignment.source[j];
            let words = &tokens.source[s];
            if tokens.is_day_from_now_at(words, i) {
                counted = true;
            } else {
                more |= tokens.is_content(words[i].key) && tokens.day_part(words[i].key).is_none();
            }
        }
        for t in &sentence[new_index..new_index + new_len] {
            if tokens.is_weekday(t.key) {
                named = true;
            } else {
                more |= tokens.is_content(t.key) && tokens.day_part(t.key).is_none();
            }
        }
        if counted && named && !more {
            for k in new_index..new_index + new_len {
                matched[k] |= tokens.is_weekday(sentence[k].key);
            }
        }
    }
}

/// Whether a change puts a time somewhere else, where the words around it stay: `"this year"`
/// for `"last year"`, `"the second half"` for `"the first half"`, `"Tuesday night"` for
/// `"Tuesday morning"`. Periods compare only with periods of the same word placed the same way,
/// so `"next week"` for `"this year"` or `"the fourth quarter"` for `"last quarter"` is no
/// other date here.
// Not inlined: inside `conflicting`'s loop it cost the page's wasm 0.5 KB gzipped.
#[inline(never)]
pub(super) fn other_period(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    op: &DiffOp,
) -> bool {
    let read =
        |words: &[Token], k: usize| (tokens.period_at(words, k), tokens.day_part(words[k].key));
    let old: Vec<(Option<Period>, Option<i8>)> = op
        .old_range()
        .map(|j| {
            let (s, i) = alignment.source[j];
            read(&tokens.source[s], i)
        })
        .collect();
    op.new_range().any(|k| {
        let (period, part) = read(sentence, k);
        old.iter().any(|&(other_period, other_part)| {
            matches!((period, other_period), (Some(a), Some(b))
                if a.unit == b.unit && a.from_now == b.from_now && a.place != b.place)
                || matches!((part, other_part), (Some(a), Some(b)) if a != b)
        })
    })
}

/// What a run of words that are all units measures, and the size of the scale it names: `"degrees
/// Celsius"` -> a temperature in degrees Celsius; `"degrees"` alone -> a temperature of no scale
/// (a size of 0); `"miles per hour"` or `"miles an hour"` -> a speed of 0.447 metres a second,
/// `"km/h"` -> one of 0.278; `"an hour"`, `"per hour"` or `"hourly"` (after `"£12.21"`) -> a
/// figure per time, 24 per day; none when a word is no unit or two measure different things.
pub(super) fn units_of(tokens: &Tokens, words: impl Iterator<Item = Token>) -> Option<(u8, f64)> {
    let mut found = None;
    // Whether the last word was `"per"` or the `"an"` of `"miles an hour"`.
    let mut dividing = false;
    for word in words {
        // `"£2m annually"` is `"£2m a year"`; a rate word after a unit divides nothing here.
        if let Some(rate) = tokens.rate_word(&word) {
            if found.is_some() || dividing {
                return None;
            }
            found = Some(rate);
            continue;
        }
        if !dividing && tokens.is_rate(word.key) {
            dividing = true;
            continue;
        }
        let (what, size) = tokens.measure(word.key)?;
        // A rate first, with no unit before it, divides the figure: `"£5 an hour"`.
        if dividing && found.is_none() {
            (found, dividing) = (Some(tokens.per((what, size))?), false);
            continue;
        }
        // A length right before a time is a rate too: `"km/h"` reads as `"km"`, `"h"`.
        if let Some(rate) = found.and_then(|unit| tokens.divide(unit, (what, size))) {
            (found, dividing) = (Some(rate), false);
            continue;
        }
        if dividing {
            return None;
        }
        if found.is_some_and(|(other, _)| other != what) {
            return None;
        }
        if size != 0.0 || found.is_none() {
            found = Some((what, size));
        }
    }
    found
}

/// Whether a word can carry a changed fact by itself: a figure, a date, a name or a title.
///
/// `"Storm kills 15 in Devon"` against `"Storm kills 12 in Devon"` leaves only `"15"` off the
/// alignment, a fact; `"Rovers host Ellesworth United next Saturday"` against `"Dunmore Rovers
/// beat Castlebridge Athletic on Saturday"` leaves `"host"` too, which is no fact but news.
pub(super) fn carries_fact(tokens: &Tokens, token: &Token) -> bool {
    token.proper
        || tokens.kind(token.key) == KeyKind::Number
        || tokens.is_magnitude(token.key)
        || tokens.is_date(token.key)
        || tokens.is_title(token.key)
}

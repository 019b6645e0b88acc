//! Figures said roughly: whether a figure is one of some given figures rounded (`"about £5m"`
//! for `"£4.87m"`) rather than another number.

use std::cmp::Ordering;

use super::{Interner, KeyKind, Token, Tokens};

/// The figures a sentence's counterpart gives, split by how exactly it gives them.
pub(crate) struct GivenFigures {
    /// The ones given exactly, which another figure may round: `"480 million"`.
    pub(crate) exact: Vec<f64>,
    /// The ones given roughly, after `"an estimated"` or `"around"`: only a rounder figure,
    /// which the rough one rounds to, rounds them again.
    pub(crate) rough: Vec<f64>,
    /// The sums given in the currency the target converts from, converted at its rate.
    pub(crate) converted: Vec<f64>,
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
pub(crate) fn rounds(tokens: &Tokens, sentence: &[Token], k: usize, given: &GivenFigures) -> bool {
    let Some(value) = tokens.value_at(sentence, k) else {
        return false;
    };
    if sentence[k].clock {
        return rounds_time(tokens, sentence, k, value, given);
    }
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

/// How many minutes a clock time said roughly may lie from the one it stands for: `"about
/// 10pm"` for `"21:58"`.
const ROUGH_TIME_MINUTES: i32 = 15;

/// How many minutes a clock time said to come before or after another may lie from it: `"just
/// after midnight"` for `"00:01"`, `"shortly before 3pm"` for `"14:40"`.
const SIDED_TIME_MINUTES: i32 = 30;

/// Whether the clock time `value` (hours times 100 plus minutes) at `k` is one of the `given`
/// times said roughly, on the clock's circle: after `"about"`, within [`ROUGH_TIME_MINUTES`] on
/// the side its word says (`"nearly midnight"` for `"23:52"`), and after `"before"` or
/// `"after"`, within [`SIDED_TIME_MINUTES`] on that side. `"just after midnight"` for `"00:01"`
/// and `"just before midnight"` for `"23:59"` are; `"just after midnight"` for `"23:59"` and
/// `"about 10pm"` for `"21:30"` are not, nor is a time said plainly: `"10pm"` for `"21:58"`.
fn rounds_time(
    tokens: &Tokens,
    sentence: &[Token],
    k: usize,
    value: f64,
    given: &GivenFigures,
) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| sentence[b].key) else {
        return false;
    };
    let (within, side) = if tokens.is_approximator(before) {
        (ROUGH_TIME_MINUTES, tokens.bound_at(sentence, k))
    } else if tokens.time_sides[0] == Some(before) {
        (SIDED_TIME_MINUTES, Some(Ordering::Less))
    } else if tokens.time_sides[1] == Some(before) {
        (SIDED_TIME_MINUTES, Some(Ordering::Greater))
    } else {
        return false;
    };
    let minutes = |time: f64| {
        (time.fract() == 0.0 && (0.0..2400.0).contains(&time))
            .then_some(time as i32)
            .filter(|time| time % 100 < 60)
            .map(|time| time / 100 * 60 + time % 100)
    };
    let Some(said) = minutes(value) else {
        return false;
    };
    given.exact.iter().chain(&given.rough).any(|&v| {
        // How far the given time lies after the one said, the short way round the clock.
        let Some(off) = minutes(v).map(|m| (m - said + 720).rem_euclid(1440) - 720) else {
            return false;
        };
        off.abs() <= within
            && match side {
                Some(Ordering::Less) => off <= 0,
                Some(Ordering::Greater) => off >= 0,
                _ => true,
            }
    })
}

/// The place of a figure's last non-zero digit: 100 for 2,300, 0.1 for 4.9, 0 for 0.
pub(crate) fn last_place(value: f64) -> f64 {
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
pub(crate) fn same_value(values: &[f64], value: f64) -> bool {
    values
        .iter()
        .any(|&v| (v - value).abs() <= 1e-9 * v.abs().max(value.abs()))
}

/// How near a figure must be to the one it rounds, as a share of it, to be read as that figure:
/// nearer than [`rounds`] asks, which lets `"some 40"` stand for `"30"` as no other figure.
/// `"around 3,000"` for `"2,963"` (1 %) and `"almost 100,000"` for `"97,000"` (3 %) are near.
const NEAR: f64 = 0.1;

/// The smallest figure read as another's rounding: small counts round to each other by chance
/// (`"about 8"` for `"7"`).
const SMALLEST_ROUNDED: f64 = 10.0;

/// Gives a target figure the sense of the source figure it rounds, so that `"Around 3,000 of
/// them developed asthma"` shares its figure with `"2,963 children developed asthma"` when
/// sentences are matched, as it shares `"developed asthma"`. Only a figure the source never
/// writes, whose every use in the target rounds (as [`rounds`] reads it) one and the same source
/// figure and no other: `"about 300"` where the source has both `"296"` and `"310"` is left as it
/// is, and so is a year (`"2020"` for `"2019"`), which no rewrite rounds unsaid. The words stay as
/// written, so the diff still shows `"3,000"` for `"2,963"`.
pub(super) fn read_rounded_as_given(tokens: &mut Tokens) {
    let mut in_source = vec![false; tokens.kinds.len()];
    // Each figure the source gives: its value, its key, how it is given (0 exactly, 1
    // roughly, 2 converted at the target's rate) and the key of the word after it.
    let mut places: Vec<(f64, u32, u8, u32)> = Vec::new();
    for words in &tokens.source {
        for (i, word) in words.iter().enumerate() {
            if let Some(seen) = in_source.get_mut(word.key as usize) {
                *seen = true;
            }
            let Some(value) = tokens.value_at(words, i) else {
                continue;
            };
            let rough = i > 0 && tokens.is_approximator(words[i - 1].key);
            let next = words.get(i + 1).map_or(u32::MAX, |w| w.key);
            places.push((value, word.key, u8::from(rough), next));
            if let Some(converted) = tokens.converted_at(words, i) {
                places.push((converted, word.key, 2, next));
            }
        }
    }
    // By value: a positive f32's bits sort as it does, packed above the place's index, so an
    // integer sort orders them (a sort with a comparator costs the page's wasm kilobytes).
    let mut order: Vec<u64> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.0 >= SMALLEST_ROUNDED * (1.0 - NEAR))
        .map(|(i, p)| u64::from((p.0 as f32).to_bits()) << 32 | i as u64)
        .collect();
    if order.is_empty() {
        return;
    }
    order.sort_unstable();
    // Per key, the one source key its uses round: UNSEEN before any, NONE once any use rounds
    // none or another.
    const UNSEEN: u32 = u32::MAX - 1;
    const NONE: u32 = u32::MAX;
    let mut chosen = vec![UNSEEN; tokens.kinds.len()];
    for words in &tokens.target {
        for (k, word) in words.iter().enumerate() {
            let key = word.key as usize;
            if in_source.get(key).copied().unwrap_or(true) || chosen[key] == NONE {
                continue;
            }
            let Some(value) = tokens.value_at(words, k) else {
                continue;
            };
            let qualified = k > 0 && tokens.is_approximator(words[k - 1].key);
            let year = value.fract() == 0.0 && (1000.0..2200.0).contains(&value);
            let found = if value < SMALLEST_ROUNDED || (year && !qualified) {
                NONE
            } else {
                rounded_source_key(tokens, (words, k, value), &places, &order)
            };
            chosen[key] = if chosen[key] == UNSEEN || chosen[key] == found {
                found
            } else {
                NONE
            };
        }
    }
    for (key, &source) in chosen.iter().enumerate() {
        if source < UNSEEN {
            tokens.senses[key] = tokens.sense(source);
        }
    }
}

/// The one source key among `places` (in `order` by value) that the figure at `words[k]`, worth
/// `value`, rounds, or `u32::MAX`. Where it rounds several, the one that counts what it counts,
/// the same word after both: `"about 40 minutes"` rounds the `"41 minutes"` of a source that
/// also has `"42 schools"`.
fn rounded_source_key(
    tokens: &Tokens,
    (words, k, value): (&[Token], usize, f64),
    places: &[(f64, u32, u8, u32)],
    order: &[u64],
) -> u32 {
    let bits = |v: f64| u64::from((v as f32).to_bits()) << 32;
    let (low, high) = (
        bits(value * (1.0 - NEAR)),
        bits(value * (1.0 + NEAR)) | 0xFFFF_FFFF,
    );
    let from = order.partition_point(|&o| o < low);
    let next = words.get(k + 1).map(|w| w.key);
    // The key rounded, and the one rounded that counts the same thing: `Some(MAX)` once two.
    let (mut found, mut counting): (Option<u32>, Option<u32>) = (None, None);
    let choose = |chosen: &mut Option<u32>, key: u32| {
        *chosen = match *chosen {
            Some(other) if other != key => Some(u32::MAX),
            _ => Some(key),
        }
    };
    for &o in order[from..].iter().take_while(|&&o| o <= high) {
        let (given, key, how, after) = places[(o & 0xFFFF_FFFF) as usize];
        let mut figures = GivenFigures {
            exact: Vec::new(),
            rough: Vec::new(),
            converted: Vec::new(),
        };
        match how {
            0 => figures.exact.push(given),
            1 => figures.rough.push(given),
            _ => figures.converted.push(given),
        }
        if rounds(tokens, words, k, &figures) {
            choose(&mut found, key);
            if next == Some(after) {
                choose(&mut counting, key);
            }
        }
    }
    counting.or(found).unwrap_or(u32::MAX)
}

/// Words that say a figure after them is rounded, to no side, as their keys are spelt (stems:
/// `"approximately"` -> `"approxim"`): read as one word before a number.
const ROUGHLY: &[&str] = &["around", "approxim", "rough"];

/// Reads `"around"`, `"approximately"` and `"roughly"` right before a number as `"about"`,
/// where either article writes `"about"`: before a figure all say it is rounded, and a rewrite
/// swaps one for another. Matched by key, `"about 5ft 10in, and ... around 6ft"` for `"around
/// 5ft 10in ... about 6ft"` would pair each `"about"` with the other's and read the heights as
/// changed, and `"about 3.15pm"` for `"approximately 3.15pm"` would change a word of weight in
/// a copy. `"around the square"` stays as written.
// No word interned, as in `read_could_not_as_cannot`: the page pays for every key.
pub(super) fn read_roughly_as_about(side: &mut [Vec<Token>], interner: &Interner) {
    let Some(about) = interner.key_of("about") else {
        return;
    };
    let roughly: Vec<u32> = ROUGHLY.iter().filter_map(|w| interner.key_of(w)).collect();
    if roughly.is_empty() {
        return;
    }
    for sentence in side {
        for at in 1..sentence.len() {
            let number = interner.kinds[sentence[at].key as usize] == KeyKind::Number;
            if number && roughly.contains(&sentence[at - 1].key) {
                sentence[at - 1].key = about;
                sentence[at - 1].form = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize;
    use crate::segment::segment;

    /// Whether the first figure of `target` reads as the first figure of `source`.
    fn read_as_given(source: &str, target: &str) -> bool {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let first = |side: &[Vec<super::Token>]| {
            side.iter().find_map(|words| {
                (0..words.len())
                    .find(|&k| tokens.value_at(words, k).is_some())
                    .map(|k| tokens.sense(words[k].key))
            })
        };
        first(&tokens.source).is_some() && first(&tokens.source) == first(&tokens.target)
    }

    #[test]
    fn a_figure_rounded_near_one_source_figure_reads_as_it() {
        let table: &[(&str, &str, bool)] = &[
            (
                "2,963 children developed asthma.",
                "Around 3,000 children did.",
                true,
            ),
            (
                "Jobless rose by 97,000.",
                "Jobless rose by almost 100,000.",
                true,
            ),
            ("Revenue was £412.6 million.", "Revenue was £413m.", true),
            (
                "The release said 196 passengers.",
                "Nearly 200 were aboard.",
                true,
            ),
            // Further than a tenth: `"some 40"` may stand for `"30"` as a fact, not as a word.
            (
                "About 30 firefighters came.",
                "Some 40 firefighters came.",
                false,
            ),
            // A year is no rounding of the year before.
            ("The mill shut in 2019.", "The mill shut in 2020.", false),
            // Two source figures it may round: neither, unless one alone counts what it counts.
            ("Votes: 296 for, 310 against.", "About 300 voted.", false),
            (
                "They slept 41 minutes less; 42 schools took part.",
                "They slept about 40 minutes less.",
                true,
            ),
            (
                "It had 296 votes for and 310 votes against.",
                "About 300 votes were cast.",
                false,
            ),
            // A small count rounds another by chance.
            (
                "Seven people were hurt.",
                "About 8 people were hurt.",
                false,
            ),
            // Written once more for another figure: the word is not the source's.
            (
                "2,963 children took part.",
                "Around 3,000 children, at a cost of 3,000 million pounds.",
                false,
            ),
        ];
        for &(source, target, expected) in table {
            assert_eq!(
                read_as_given(source, target),
                expected,
                "{source} / {target}"
            );
        }
    }

    /// The key of the word before the first figure of each side's only sentence, and of the
    /// first word after `"moved"`.
    fn keys_before_figures(source: &str, target: &str) -> (u32, u32) {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let before = |words: &[super::Token]| {
            (1..words.len())
                .find(|&k| tokens.value_at(words, k).is_some())
                .map_or(u32::MAX, |k| words[k - 1].key)
        };
        (before(&tokens.source[0]), before(&tokens.target[0]))
    }

    #[test]
    fn words_that_round_a_figure_are_read_as_about() {
        for (source, target, same) in [
            ("It is around 6ft tall.", "It is about 6ft tall.", true),
            (
                "It is approximately 6ft tall.",
                "It is about 6ft tall.",
                true,
            ),
            ("It is roughly 6ft tall.", "It is about 6ft tall.", true),
            // Only where an article writes `"about"`: no word is interned for it.
            ("It is roughly 6ft tall.", "It is around 6ft tall.", false),
            ("It is nearly 6ft tall.", "It is about 6ft tall.", false),
        ] {
            let (a, b) = keys_before_figures(source, target);
            assert_eq!(a == b, same, "{source} / {target}");
        }
    }
}

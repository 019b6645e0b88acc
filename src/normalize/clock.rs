//! Clock times: one time written in two house styles is one figure.
//!
//! A British paper writes `"2.30pm"` where an agency writes `"14:30"` or `"1430 GMT"`, and a
//! translated story keeps its source's 24-hour clock. Read word by word, `"2"` against `"14"` is
//! another number where the time is the same. So a clock time becomes one token keyed by its
//! hours and minutes on the 24-hour clock, written as one number: `"2.30pm"`, `"2:30 p.m."`
//! and `"14:30"` are all `"1430"`, the key `"1430 GMT"` already has, and `"3.30pm"` against
//! `"2.30pm"` is another number.

use super::{Interner, KeyKind, Token};

/// A time's hour and minutes as they are written: `"2"` and `"30"`.
fn read_number(word: &str, most_digits: usize) -> Option<u32> {
    (!word.is_empty() && word.len() <= most_digits && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| {
            word.bytes()
                .fold(0, |value, b| value * 10 + u32::from(b - b'0'))
        })
}

/// Whether a word says which half of the day a time is in: `Some(true)` for `"pm"`, `"p.m"` or
/// `"PM"`, `Some(false)` for `"am"` or `"a.m"`, `None` for any other word.
fn half_day(word: &str) -> Option<bool> {
    let mut letters = word.bytes().filter(|&b| b != b'.');
    let (half, m, rest) = (letters.next(), letters.next(), letters.next());
    if rest.is_some() || !m.is_some_and(|m| m.eq_ignore_ascii_case(&b'm')) {
        return None;
    }
    match half.map(|b| b.to_ascii_lowercase()) {
        Some(b'p') => Some(true),
        Some(b'a') => Some(false),
        _ => None,
    }
}

/// The time a word names without a number, on the 24-hour clock: `"midnight"` -> 0, `"noon"`
/// and `"midday"` -> 1200, so `"just before midnight"` against `"at around 9pm"` is another
/// time.
fn named_time(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("midnight") {
        Some(0)
    } else if word.eq_ignore_ascii_case("noon") || word.eq_ignore_ascii_case("midday") {
        Some(1200)
    } else {
        None
    }
}

/// Which way a word counts minutes from the time after it: `"past"` and `"after"` forward (1),
/// `"to"` and `"before"` back (-1).
fn counts_from(word: &str) -> Option<i32> {
    if word.eq_ignore_ascii_case("past") || word.eq_ignore_ascii_case("after") {
        Some(1)
    } else if word.eq_ignore_ascii_case("to") || word.eq_ignore_ascii_case("before") {
        Some(-1)
    } else {
        None
    }
}

/// The 24-hour time that the words open with, as hours times 100 plus minutes, and how many
/// words it takes. `word(k)` is the `k`th word, `gap(k)` the text between it and the next and
/// `number(k)` the whole number the `k`th word gives, in digits or in words.
///
/// `"2.30pm"` (split into `"2"`, `"30"`, `"pm"`) -> 1430 in three words; `"10 a.m."` -> 1000 in
/// two; `"12am"` -> 0; `"14:30"` -> 1430 in two; `"midnight"` -> 0 in one and `"12 noon"` ->
/// 1200 in two. `"2.30"` alone is a decimal, `"13pm"` and `"7:5"` are no times, and `"3 am"`
/// needs its `"am"` right after the number. Minutes counted from a time are a time too: `"a
/// minute before midnight"` -> 2359 and `"quarter past 3pm"` -> 1515 (see [`read_counted`]).
fn read_time<'w>(
    word: impl Fn(usize) -> Option<&'w str>,
    gap: impl Fn(usize) -> Option<&'w str>,
    number: impl Fn(usize) -> Option<u32>,
) -> Option<(u32, usize)> {
    read_counted(&word, &gap, &number).or_else(|| read_clock(&word, &gap))
}

/// A time told as minutes or hours before or after another: `"a minute before midnight"` ->
/// 2359 in four words, `"five minutes after 10pm"` -> 2205, `"an hour after midnight"` -> 100,
/// `"a quarter to midnight"` -> 2345, `"half past 2pm"` -> 1430. The time counted from is named or on the clock, never a bare hour: `"ten to
/// six"` could be morning or evening, and `"five to ten years"` is no time at all.
fn read_counted<'w>(
    word: &impl Fn(usize) -> Option<&'w str>,
    gap: &impl Fn(usize) -> Option<&'w str>,
    number: &impl Fn(usize) -> Option<u32>,
) -> Option<(u32, usize)> {
    let is = |k: usize, expected: &str| word(k).is_some_and(|w| w.eq_ignore_ascii_case(expected));
    let minute = |k: usize| is(k, "minute") || is(k, "minutes");
    let hour = |k: usize| is(k, "hour") || is(k, "hours");
    let count = || {
        if is(0, "a") || is(0, "an") {
            Some(1)
        } else {
            number(0)
        }
    };
    let (minutes, at) = if is(0, "quarter") || is(0, "half") {
        (if is(0, "half") { 30 } else { 15 }, 1)
    } else if is(0, "a") && is(1, "quarter") {
        (15, 2)
    } else if minute(1) {
        (count().filter(|n| (1..60).contains(n))?, 2)
    } else if hour(1) {
        (count().filter(|n| (1..=12).contains(n))? * 60, 2)
    } else {
        return None;
    };
    let direction = counts_from(word(at)?)?;
    if minutes == 30 && direction < 0 {
        return None;
    }
    let (time, taken) = read_clock(&|k| word(at + 1 + k), &|k| gap(at + 1 + k))?;
    let counted = (time / 100 * 60 + time % 100) as i32 + direction * minutes as i32;
    let counted = counted.rem_euclid(24 * 60) as u32;
    Some((counted / 60 * 100 + counted % 60, at + 1 + taken))
}

/// A time named or on the clock, as [`read_time`] reads it.
fn read_clock<'w>(
    word: &impl Fn(usize) -> Option<&'w str>,
    gap: &impl Fn(usize) -> Option<&'w str>,
) -> Option<(u32, usize)> {
    if let Some(time) = named_time(word(0)?) {
        return Some((time, 1));
    }
    let hours = read_number(word(0)?, 2)?;
    if let Some(time) = word(1).filter(|_| hours == 12).and_then(named_time) {
        return Some((time, 2));
    }
    let colon = gap(0) == Some(":");
    let minutes = word(1)
        .filter(|minutes| minutes.len() == 2 && (colon || gap(0) == Some(".")))
        .and_then(|minutes| read_number(minutes, 2))
        .filter(|&m| m < 60);
    let at = 1 + usize::from(minutes.is_some());
    let twelve_hour = word(at)
        .filter(|_| gap(at - 1).is_some_and(|gap| gap.bytes().all(|b| b == b' ')))
        .and_then(half_day)
        .filter(|_| (1..=12).contains(&hours));
    match (twelve_hour, minutes) {
        (Some(pm), minutes) => {
            let hours = hours % 12 + if pm { 12 } else { 0 };
            Some((hours * 100 + minutes.unwrap_or(0), at + 1))
        }
        // A 24-hour time is written with a colon: `"19.30"` is a decimal as often as a time.
        (None, Some(minutes)) if hours < 24 && colon => Some((hours * 100 + minutes, 2)),
        _ => None,
    }
}

/// Joins each clock time into one token keyed by its 24-hour time as a number: `"2.30pm"`,
/// `"2:30 p.m."` and `"14:30"` -> `"1430"`, `"10pm"` -> `"2200"`.
#[inline(never)] // kept apart, like the other joins, so `tokenize` stays small in the page
pub(super) fn join_times<'a>(text: &'a str, tokens: &mut Vec<Token>, interner: &mut Interner<'a>) {
    let word = |t: &Token| text.get(t.start..t.end);
    let gap = |first: &Token, second: &Token| text.get(first.end..second.start);
    // Most sentences tell no time: a cheap look for a number before a colon or a half of the
    // day spares them the rest.
    let maybe = tokens.windows(2).any(|pair| {
        interner.kinds[pair[0].key as usize] == KeyKind::Number
            && (gap(&pair[0], &pair[1]) == Some(":") || word(&pair[1]).and_then(half_day).is_some())
    }) || tokens
        .iter()
        .any(|t| word(t).and_then(named_time).is_some());
    if !maybe {
        return;
    }
    let mut joined = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while let Some(&first) = tokens.get(k) {
        let rest = &tokens[k..];
        let time = read_time(
            |i| rest.get(i).and_then(word),
            |i| {
                rest.get(i)
                    .zip(rest.get(i + 1))
                    .and_then(|(a, b)| gap(a, b))
            },
            // A number in words is joined already: its key is spelt in digits.
            |i| {
                let key = rest.get(i)?.key as usize;
                (interner.kinds[key] == KeyKind::Number)
                    .then(|| read_number(&interner.words[key], 2))
                    .flatten()
            },
        );
        let taken = match time {
            Some((time, taken)) => {
                let (key, form) = interner.intern_number(time, "");
                joined.push(Token {
                    end: rest[taken - 1].end,
                    key,
                    form,
                    clock: true,
                    ..first
                });
                taken
            }
            None => {
                joined.push(first);
                1
            }
        };
        k += taken;
    }
    *tokens = joined;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words, the gaps after them, and the time they open with and the words it takes.
    type Case = (
        &'static [&'static str],
        &'static [&'static str],
        Option<(u32, usize)>,
    );

    #[test]
    fn times_read_on_the_24_hour_clock() {
        let cases: &[Case] = &[
            (&["2", "30", "pm"], &[".", ""], Some((1430, 3))),
            (&["2", "30", "p.m"], &[":", " "], Some((1430, 3))),
            (&["10", "pm"], &[""], Some((2200, 2))),
            (&["10", "a.m"], &[" "], Some((1000, 2))),
            (&["12", "am"], &[""], Some((0, 2))),
            (&["12", "30", "PM"], &[".", " "], Some((1230, 3))),
            (&["14", "30"], &[":"], Some((1430, 2))),
            (&["0", "05"], &[":"], Some((5, 2))),
            (&["14", "30", "GMT"], &[":", " "], Some((1430, 2))),
            (&["midnight"], &[], Some((0, 1))),
            (&["Noon", "on"], &[" "], Some((1200, 1))),
            (&["12", "midday"], &[" "], Some((1200, 2))),
            (&["12", "midnight"], &[" "], Some((0, 2))),
            // No times: a decimal, a 13th hour, one-digit minutes, an hour past 23, a word
            // between, a number with no half of the day.
            (&["19", "30"], &["."], None),
            (&["13", "pm"], &[""], None),
            (&["7", "5"], &[":"], None),
            (&["25", "00"], &[":"], None),
            (&["3", "am"], &[", "], None),
            (&["3", "men"], &[" "], None),
            (&["pm"], &[], None),
            (&["11", "midnight"], &[" "], None),
            (&["midnights"], &[], None),
            // Minutes counted from a named or clock time.
            (
                &["a", "minute", "before", "midnight"],
                &[" ", " ", " "],
                Some((2359, 4)),
            ),
            (
                &["5", "minutes", "after", "10", "pm"],
                &[" ", " ", " ", ""],
                Some((2205, 5)),
            ),
            (
                &["a", "quarter", "to", "midnight"],
                &[" ", " ", " "],
                Some((2345, 4)),
            ),
            (
                &["half", "past", "2", "pm"],
                &[" ", " ", ""],
                Some((1430, 4)),
            ),
            (&["quarter", "past", "noon"], &[" ", " "], Some((1215, 3))),
            (
                &["10", "minutes", "past", "23", "55"],
                &[" ", " ", " ", ":"],
                Some((5, 5)),
            ),
            (
                &["an", "hour", "after", "midnight"],
                &[" ", " ", " "],
                Some((100, 4)),
            ),
            (
                &["2", "hours", "before", "noon"],
                &[" ", " ", " "],
                Some((1000, 4)),
            ),
            // Not from a bare hour, nor half of an hour before one, nor an hour of minutes.
            (&["ten", "to", "six"], &[" ", " "], None),
            (&["5", "minutes", "to", "10"], &[" ", " ", " "], None),
            (&["half", "to", "midnight"], &[" ", " "], None),
            (
                &["60", "minutes", "before", "midnight"],
                &[" ", " ", " "],
                None,
            ),
            (&["a", "minute", "and", "midnight"], &[" ", " ", " "], None),
        ];
        for &(words, gaps, time) in cases {
            let read = read_time(
                |k| words.get(k).copied(),
                |k| gaps.get(k).copied(),
                |k| words.get(k).and_then(|w| read_number(w, 2)),
            );
            assert_eq!(read, time, "{words:?}");
        }
    }

    #[test]
    fn only_a_word_of_a_half_day_is_one() {
        for (word, half) in [
            ("pm", Some(true)),
            ("P.M", Some(true)),
            ("am", Some(false)),
            ("a.m", Some(false)),
            ("pmt", None),
            ("map", None),
            ("m", None),
            ("", None),
        ] {
            assert_eq!(half_day(word), half, "{word}");
        }
    }
}

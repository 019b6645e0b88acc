//! Words that say when: months and weekdays, periods placed from the time of writing (`"last
//! year"`) or counted from their start (`"the second half"`), and the parts of a day. Another one
//! in a sentence's place is another date.

use super::queries::value_in;
use super::{Interner, Token, Tokens};

/// The key of `"May"` written with a capital inside a sentence, the month (or a name), apart
/// from the verb `"may"`: a name's key is its folded word after a mark (see
/// [`Interner::intern_name`]).
pub(super) const MONTH_MAY: &str = "\u{1}may";

/// Months and weekdays: another one in a sentence's place is another date.
pub(super) const DATES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words that place a period from the time of writing, with how many periods on they put it:
/// `"last year"` -1, `"this year"` 0, `"next year"` 1. Days are left out: wire copy filed
/// `"today"` is printed next morning as `"yesterday"`, so those words move with the printing,
/// while a year or a month does not. `"the coming year"` is left out too: a company's results
/// say it of the year a paper calls `"this year"`.
pub(super) const RELATIVES: &[(&str, i8)] = &[
    ("last", -1),
    ("previous", -1),
    ("this", 0),
    ("current", 0),
    ("next", 1),
];

/// Periods that a relative word or an ordinal places: `"last year"`, `"the second half"`,
/// `"the first week"`.
pub(super) const PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "weekend",
    "fortnight",
    "season",
    "spring",
    "summer",
    "autumn",
    "winter",
    "term",
    "decade",
    "century",
    "quarter",
    "half",
];

/// The ordinal that the ordinals' table leaves out, since it is a unit of time as often: the
/// `"second"` of `"the second half"`.
pub(super) const SECOND: &str = "second";

/// Days counted from the time of writing: wire copy's `"today"` is a paper's `"on Tuesday"`.
pub(super) const DAYS_FROM_NOW: &[&str] = &["today", "tonight", "yesterday", "tomorrow"];

/// The parts of a day, in order: `"Tuesday night"` for `"Tuesday morning"` is another time.
/// Evening and night are one part, since papers write either for the same hour after dark.
pub(super) const DAY_PARTS: &[(&str, i8)] = &[
    ("morning", 0),
    ("afternoon", 1),
    ("evening", 2),
    ("night", 2),
];

/// A period of time a word places: which period, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// The key of the period's word: `"year"` in `"last year"`.
    pub unit: u32,
    /// Where the period lies: -1 for `"last year"`, 0 for `"this year"`, 2 for `"the second
    /// half"`.
    pub place: i32,
    /// Whether the place counts from the time of writing (`"last"`, `"this"`, `"next"`) rather
    /// than from the start (`"first"`, `"second"`). The two never compare: `"last quarter"` may
    /// well be `"the fourth quarter"`.
    pub from_now: bool,
}

/// Keys the day of a month as a day, so `"3 March"`, `"March 3"` and `"3rd March"` are one date,
/// while the `"3"` of `"Tuesday 3 March"` shares no figure with `"three hospitals"`, nor the
/// `"3rd"` of `"3rd March"` with `"the third year running"`. The day stands right before its
/// month or, when none does, right after it (`"Dec. 5"`): in `"on 5 March 12 people died"`,
/// `"12"` is a count.
pub(super) fn mark_days(text: &str, sentences: &mut [Vec<Token>], interner: &mut Interner) {
    // The twelve months by their keys; `"May"` by its name's, since the verb has the other.
    let mut months: Vec<u32> = interner.key_of(MONTH_MAY).into_iter().collect();
    for month in DATES[..12].iter().filter(|&&month| month != "May") {
        months.extend(interner.key_of_word(month));
    }
    if months.is_empty() {
        return;
    }
    months.sort_unstable();
    let is_month = |t: &Token| months.binary_search(&t.key).is_ok();
    // A day of the month in digits, an ordinal's letters after them or not, next to its month
    // with at most spaces and a dot between: `"3Oct"` is `"3 Oct"`.
    let day = |words: &[Token], at: usize, beside: usize| -> Option<u32> {
        let (word, other) = (words.get(at)?, words.get(beside)?);
        let (first, second) = if at < beside {
            (word, other)
        } else {
            (other, word)
        };
        let gap = text.get(first.end..second.start)?;
        let written = text.get(word.start..word.end)?.to_ascii_lowercase();
        let digits = super::figures::strip_ordinal(&written).unwrap_or(&written);
        if !gap.bytes().all(|b| b == b' ' || b == b'.')
            || digits.is_empty()
            || digits.len() > 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let day = digits
            .bytes()
            .fold(0, |day, b| day * 10 + u32::from(b - b'0'));
        (1..=31).contains(&day).then_some(day)
    };
    for words in sentences.iter_mut() {
        for m in 0..words.len() {
            if !is_month(&words[m]) {
                continue;
            }
            let found = m
                .checked_sub(1)
                .and_then(|before| Some((before, day(words, before, m)?)))
                .or_else(|| Some((m + 1, day(words, m + 1, m)?)));
            if let Some((at, day)) = found {
                let (key, form) = interner.intern_number(day, super::figures::DAY);
                words[at].key = key;
                words[at].form = form;
            }
        }
    }
}

impl Tokens {
    /// The period that `words[at]` places, with the period's word after it: `"last year"` ->
    /// the year before this, `"the second half"` -> the second of the halves, and none for
    /// `"last"` in `"the last man"` or for `"two years"`.
    pub fn period_at(&self, words: &[Token], at: usize) -> Option<Period> {
        let (word, next) = (words.get(at)?, words.get(at + 1)?);
        if self.periods.binary_search(&next.key).is_err() {
            return None;
        }
        let (place, from_now) = if let Some(place) = value_in(&self.relatives, word.key) {
            (i32::from(place), true)
        } else if Some(word.key) == self.second {
            (2, false)
        } else if self.is_ordinal(word.key) {
            (self.value_at(words, at)? as i32, false)
        } else {
            return None;
        };
        Some(Period {
            unit: next.key,
            place,
            from_now,
        })
    }

    /// Whether `words[at]` names a day by its distance from the time of writing: `"today"`,
    /// `"yesterday"`, and `"this"` or `"last"` before a part of the day (`"this morning"`,
    /// `"last night"`), but not `"this"` in `"this year"`.
    pub fn is_day_from_now_at(&self, words: &[Token], at: usize) -> bool {
        let word = words[at].key;
        self.days_from_now.binary_search(&word).is_ok()
            || matches!(value_in(&self.relatives, word), Some(-1 | 0))
                && words
                    .get(at + 1)
                    .is_some_and(|next| self.day_part(next.key).is_some())
    }

    /// Which part of the day a key names: 0 for `"morning"`, 1 for `"afternoon"`, 2 for
    /// `"evening"` and `"night"`; none for other words.
    pub fn day_part(&self, key: u32) -> Option<i8> {
        value_in(&self.day_parts, key)
    }
}

#[cfg(test)]
mod tests {
    use super::Period;
    use crate::normalize::normalize;
    use crate::segment::segment;

    #[test]
    fn periods_are_placed_from_now_or_from_their_start() {
        for (text, found) in [
            ("Prices rose last year.", Some((-1, true))),
            ("Prices will rise this month.", Some((0, true))),
            ("Prices will rise next week.", Some((1, true))),
            ("Sales fell in the second half.", Some((2, false))),
            ("Sales fell in the third quarter.", Some((3, false))),
            ("Sales fell in the first week of March.", Some((1, false))),
            ("The last man left.", None),
            ("Prices rose for two years.", None),
            ("It took a second.", None),
        ] {
            let t = normalize(text, &segment(text), "", &[]);
            let words = &t.source[0];
            let periods: Vec<Period> = (0..words.len())
                .filter_map(|k| t.period_at(words, k))
                .collect();
            assert_eq!(
                periods.first().map(|p| (p.place, p.from_now)),
                found,
                "{text}"
            );
            assert!(periods.len() <= 1, "{text}");
        }
    }

    /// The keys of the words worth a figure in each of two texts.
    fn figure_keys(source: &str, target: &str) -> [Vec<u32>; 2] {
        let t = normalize(source, &segment(source), target, &segment(target));
        [&t.source, &t.target].map(|side| {
            side.iter()
                .flatten()
                .filter(|w| t.value_at(std::slice::from_ref(w), 0).is_some())
                .map(|w| w.key)
                .collect()
        })
    }

    #[test]
    fn a_day_of_the_month_is_one_date_in_any_house_style_and_no_count() {
        for (source, target, same) in [
            ("on 3 March", "on March 3", true),
            ("on 3rd March", "on March 3", true),
            ("on Dec. 5, 2029", "on 5 December 2029", true),
            ("on 3 Oct", "on 3Oct", true),
            ("on 5 May", "on May 5", true),
            ("on 3 March", "on 4 March", false),
            // A day is no count and no ordinal of anything else.
            ("three hospitals", "from 3 March", false),
            ("for the third year", "on 3rd June", false),
            // The day before a month is its day; a number after it is a count then.
            (
                "on 5 March 12 people died",
                "on 5 March, 12 people died",
                true,
            ),
        ] {
            let [s, t] = figure_keys(source, target);
            assert_eq!(s == t, same, "{source} / {target}: {s:?} {t:?}");
        }
        // The figure keeps its worth, so another day is another date.
        let text = "It opens on 21st June.";
        let t = normalize(text, &segment(text), "", &[]);
        let days: Vec<f64> = (0..t.source[0].len())
            .filter_map(|k| t.value_at(&t.source[0], k))
            .collect();
        assert_eq!(days, [21.0]);
    }

    #[test]
    fn parts_of_the_day_are_in_order() {
        let text = "He left in the morning, rested in the afternoon and came back that evening, \
                    late at night.";
        let t = normalize(text, &segment(text), "", &[]);
        let parts: Vec<i8> = t.source[0]
            .iter()
            .filter_map(|w| t.day_part(w.key))
            .collect();
        assert_eq!(parts, [0, 1, 2, 2]);
    }
}

//! Words that say when: months and weekdays, periods placed from the time of writing (`"last
//! year"`) or counted from their start (`"the second half"`), and the parts of a day. Another one
//! in a sentence's place is another date.

use super::{value_in, Token, Tokens};

/// The key of `"May"` written with a capital inside a sentence, the month (or a name), apart
/// from the verb `"may"`: names take their words in capitals as keys.
pub(super) const MONTH_MAY: &str = "MAY";

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

//! Figures: what a number key is worth, so one amount written two ways is one fact, and the words
//! that qualify or measure one (`"about"`, `"more than"`, `"weeks"`).

use super::{Token, Tokens};

impl Tokens {
    /// What a figure is worth: the number at `words[at]` times the magnitude word after it, if
    /// any. `"4.5 million"` and `"4,500,000"` are both worth 4,500,000; a word that is no plain
    /// number is worth nothing.
    pub fn value_at(&self, words: &[Token], at: usize) -> Option<f64> {
        let value = self
            .values
            .get(words.get(at)?.key as usize)
            .copied()
            .filter(|v| !v.is_nan())?;
        // A handful of magnitude words: a scan, and no sort code in the page's wasm.
        let factor = words.get(at + 1).and_then(|next| {
            self.magnitudes
                .iter()
                .find(|&&(key, _)| key == next.key)
                .map(|&(_, factor)| factor)
        });
        Some(value * factor.unwrap_or(1.0))
    }

    /// The figures a word writes, in order: a number's value, a score's or range's two numbers,
    /// none for any other word. `"131-87"` -> `[131, 87]`, like `"131"` and `"87"` in `"131
    /// votes to 87"`; `"£4.5m"` -> `[4500000]`.
    pub fn figures_at(&self, words: &[Token], at: usize) -> [Option<f64>; 2] {
        let range = words.get(at).and_then(|word| {
            let found = self.ranges.binary_search_by_key(&word.key, |&(key, _)| key);
            found.ok().map(|k| self.ranges[k].1)
        });
        match range {
            Some([first, second]) => [Some(first), Some(second)],
            None => [self.value_at(words, at), None],
        }
    }

    /// Whether a figure ends just before `words[at]`: a number, or a number and its magnitude
    /// (`"300"` or `"£5m"` before `"plus"`).
    pub fn figure_ends(&self, words: &[Token], at: usize) -> bool {
        let Some(last) = at.checked_sub(1) else {
            return false;
        };
        self.value_at(words, last).is_some()
            || (self.is_magnitude(words[last].key)
                && last
                    .checked_sub(1)
                    .is_some_and(|k| self.value_at(words, k).is_some()))
    }

    /// Whether a key is a magnitude word, part of a figure: `"million"` in `"£4.5 million"`,
    /// so `"£4.5bn"` for it is another number.
    pub fn is_magnitude(&self, key: u32) -> bool {
        self.magnitudes.iter().any(|&(k, _)| k == key)
    }

    /// What a unit measures and its size in the base unit of that: `"mile"` a length of
    /// 1,609.344 metres, `"week"` a time of 7 days; `None` for other words.
    pub fn measure(&self, key: u32) -> Option<(u8, f64)> {
        // Sizes are kept as `f32`: seven digits say any unit, in half the page's bytes.
        // Two dozen units: a scan, and no sort code in the page's wasm.
        self.measures
            .iter()
            .find(|&&(k, _, _)| k == key)
            .map(|&(_, what, size)| (what, f64::from(size)))
    }

    /// Whether a key rounds the figure after it: `"about"`, `"nearly"`, `"than"`.
    pub fn is_approximator(&self, key: u32) -> bool {
        self.approximators.binary_search(&key).is_ok()
    }

    /// Which of `words` qualify a figure: approximators (`"about"`, `"nearly"`, `"than"`),
    /// bounds (`"fewer"`, `"less"`, the `"more"` of `"300 or more"`), phrases such as `"up to"`
    /// (`"up to 40%"`), `"as many as"` or `"or so"`, and `"plus"` or `"odd"` just after a figure
    /// (`"20-odd years"`). `"up"` alone (`"up 7%"`) does not, nor does a bound right after a
    /// figure, which counts what is added: `"20 more branches"`, `"£5m over budget"`.
    pub fn qualifier_marks(&self, words: &[Token]) -> Vec<bool> {
        let mut marks: Vec<bool> = (0..words.len())
            .map(|k| {
                self.is_approximator(words[k].key)
                    || (self.bound(words[k].key).is_some() && !self.figure_ends(words, k))
            })
            .collect();
        for k in 1..words.len() {
            if self
                .qualifier_side(words[k - 1].key, words[k].key)
                .is_some()
            {
                marks[k - 1] = true;
                marks[k] = true;
            }
            if self.trailers.binary_search(&words[k].key).is_ok() && self.figure_ends(words, k) {
                marks[k] = true;
            }
        }
        marks
    }

    /// The side of a figure a pair of qualifying words puts the true one, if they are such a pair:
    /// `"up"`, `"to"` -> -1 (below), `"at"`, `"least"` -> 1, `"or"`, `"so"` -> 0.
    fn qualifier_side(&self, one: u32, other: u32) -> Option<i8> {
        self.qualifiers
            .iter()
            .find(|&&(a, b, _)| (a, b) == (one, other))
            .map(|&(_, _, side)| side)
    }

    /// Which side of the figure after them a few qualifying words put the true one: `"more
    /// than"`, `"at least"`, `"over"` -> `Greater`; `"up to"`, `"nearly"`, `"as many as"`,
    /// `"under"` -> `Less`; none for `"about"`, for words that say both sides, and for words with
    /// a negation, which turns the side (`"no more than"`).
    pub fn side_of(&self, words: &[Token]) -> Option<std::cmp::Ordering> {
        // The sides the words say, as bits: 1 below, 2 above; both say none.
        let mut sides = 0u8;
        for (k, word) in words.iter().enumerate() {
            if self.is_negation(word.key) {
                return None;
            }
            let pair = k
                .checked_sub(1)
                .and_then(|j| self.qualifier_side(words[j].key, word.key));
            if self.is_floor(word.key) || pair == Some(1) {
                sides |= 2;
            } else if self.ceilings.binary_search(&word.key).is_ok() || pair == Some(-1) {
                sides |= 1;
            }
        }
        match sides {
            1 => Some(std::cmp::Ordering::Less),
            2 => Some(std::cmp::Ordering::Greater),
            _ => None,
        }
    }

    /// Which side of the rounded figure at `at` the true one lies, from the word before it or,
    /// after `"than"`, the one before that: `"more than 300"` -> `Greater` (at least 300),
    /// `"nearly 300"` -> `Less`, `"about 300"` -> `None` (either side).
    pub fn bound_at(&self, words: &[Token], at: usize) -> Option<std::cmp::Ordering> {
        let before = |back: usize| at.checked_sub(back).and_then(|i| words.get(i));
        before(1)
            .and_then(|t| self.bound(t.key))
            .or_else(|| before(2).and_then(|t| self.bound(t.key)))
    }

    /// Whether a word puts the true figure at or above the one it qualifies: a bound such as
    /// `"more"` or `"over"`, the `"least"` of `"at least 300"`, or `"plus"` after the figure
    /// (`"300-plus"`, `"300+"`).
    pub fn is_floor(&self, key: u32) -> bool {
        self.floor_words.binary_search(&key).is_ok()
    }

    /// Whether a key divides the unit before it by the one after it: `"per"` in `"94 miles per
    /// hour"`, `"an"` in `"60 miles an hour"`.
    pub fn is_rate(&self, key: u32) -> bool {
        self.rates.binary_search(&key).is_ok()
    }

    /// What a unit divided by another measures, and its size: a length by a time is a speed in
    /// metres a second (`"miles"`, `"hour"` -> 0.447); other pairs measure nothing here.
    pub fn divide(&self, unit: (u8, f64), by: (u8, f64)) -> Option<(u8, f64)> {
        (unit.0 == super::figure_words::LENGTH && by.0 == super::TIME && by.1 > 0.0)
            .then(|| (super::figure_words::SPEED, unit.1 / (by.1 * 86_400.0)))
    }

    /// What a word that is a rate on its own measures, as [`Tokens::per`] reads its unit:
    /// `"annually"` is `"per year"`, a figure per time; none for other words.
    pub fn rate_word(&self, word: &Token) -> Option<(u8, f64)> {
        if !self.rate_words.contains(&(word.key, word.form)) {
            return None;
        }
        let &(_, what, size) = self.rate_units.iter().find(|&&(k, ..)| k == word.key)?;
        self.per((what, f64::from(size)))
    }

    /// What a figure per one unit measures, and its size: `"£30 per tonne"` is a figure per
    /// weight, a thousandth of one per kilogram, so `"£30 a tonne"` is the same rate and `"£30
    /// per kilo"` another; none for a unit of no size (`"degrees"`).
    pub fn per(&self, unit: (u8, f64)) -> Option<(u8, f64)> {
        (unit.1 > 0.0).then(|| (unit.0 | super::figure_words::PER, 1.0 / unit.1))
    }

    /// What share of a whole `words[at]` gives: `"half"` (of the staff) 0.5, the `"quarter"` of
    /// `"a quarter of pupils"` 0.25, the `"thirds"` of `"two thirds"` 0.667, the `"33"` of
    /// `"33%"` 0.33, the `"in"` of `"one in five"` 0.2. A part counted by an ordinal (`"the
    /// 3rd quarter"`, `"the 1st half"`) is none, nor is an ordinal with no `"a"`, `"one"` or
    /// count before it (`"the third man"`).
    pub fn share_at(&self, words: &[Token], at: usize) -> Option<f64> {
        let word = words.get(at)?;
        let before = at.checked_sub(1);
        let ordinal = |k: usize| self.is_ordinal(words[k].key);
        // How many parts the word before counts: 1 for "a" or "one", none for no count.
        let count = |whole: f64| {
            let k = before?;
            let count = if self.ones.binary_search(&words[k].key).is_ok() {
                1.0
            } else {
                self.value_at(words, k).filter(|_| !ordinal(k))?
            };
            (count >= 1.0 && count < whole).then_some(count)
        };
        if let Some(value) = self.value_at(words, at) {
            let is_percent = |k: usize| words.get(k).is_some_and(|w| Some(w.key) == self.percent);
            // "12 per cent" as well as "12%".
            let per = words.get(at + 1).is_some_and(|w| self.is_rate(w.key));
            let percent = is_percent(at + 1) || per && is_percent(at + 2);
            if percent && !ordinal(at) {
                return Some(value / 100.0);
            }
        }
        if Some(word.key) == self.among {
            // "in 2024" is a year.
            let whole = self
                .value_at(words, at + 1)
                .filter(|&whole| whole <= 1000.0 && !ordinal(at + 1))?;
            return count(whole).map(|count| count / whole);
        }
        let whole = match self.parts.iter().find(|&&(key, _)| key == word.key) {
            Some(&(_, whole)) => whole,
            None if ordinal(at) => self
                .value_at(words, at)
                .filter(|v| (3.0..=10.0).contains(v))?,
            None => return None,
        };
        match count(whole) {
            Some(count) => Some(count / whole),
            None if whole == 2.0 && !before.is_some_and(ordinal) => Some(0.5),
            None => None,
        }
    }

    /// What `words[at]` multiplies a figure by: `"doubled"` 2, `"halved"` 0.5, the `"times"` of
    /// `"three times as likely"` 3; none for other words, or for `"times"` with no count before
    /// it (`"at times"`, `"the third time"`).
    pub fn multiple_at(&self, words: &[Token], at: usize) -> Option<f64> {
        let key = words.get(at)?.key;
        let &(_, factor) = self.multiples.iter().find(|&&(k, _)| k == key)?;
        if factor > 0.0 {
            return Some(factor);
        }
        let before = at.checked_sub(1)?;
        self.value_at(words, before)
            .filter(|_| !self.is_ordinal(words[before].key))
    }

    /// Whether a key is an ordinal: `"3rd"` or `"third"`, which folds to it.
    pub fn is_ordinal(&self, key: u32) -> bool {
        self.ordinals.binary_search(&key).is_ok()
    }

    /// Which side of a figure after it a word puts the true one: `"more"` and `"over"` above
    /// (`Greater`), `"nearly"` and `"fewer"` below (`Less`), other words neither.
    pub fn bound(&self, key: u32) -> Option<std::cmp::Ordering> {
        if self.floors.binary_search(&key).is_ok() {
            Some(std::cmp::Ordering::Greater)
        } else if self.ceilings.binary_search(&key).is_ok() {
            Some(std::cmp::Ordering::Less)
        } else {
            None
        }
    }
}

/// Words that multiply the number before them, as their keys are spelt (stems: `"hundred"` is
/// `"hundr"`): `"4.5 million"`, and `"£4.5m"`, whose `"m"` reads as `"million"`.
pub(super) const MAGNITUDES: &[(&str, f64)] = &[
    ("hundr", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Reads the separators of a folded figure as its language writes them, so that every way of
/// writing one value folds alike. English groups thousands with commas (`"12,000"` ->
/// `"12000"`); the other languages read here write a decimal comma and group thousands with
/// full stops or spaces (`decimal_comma`: `"3,5"` -> `"3.5"`, `"500.000"` -> `"500000"`, `"90
/// 000"` -> `"90000"`). Where both marks stand, the last is the decimal one in any language
/// (`"1.200,50"` and `"1,200.50"` -> `"1200.50"`). `"10.30"` keeps its point: groups of
/// thousands have three digits.
pub(super) fn fold_figure(out: &mut String, decimal_comma: bool) {
    // By bytes in one pass: the separators are ASCII or spaces, and the page pays for every
    // string search it brings in.
    let (mut commas, mut points, mut last) = (0, 0, 0u8);
    // Whether every full stop starts a group of three digits after a first of one to three.
    let (mut grouped, mut since) = (true, 0);
    for &b in out.as_bytes() {
        match b {
            b',' | b'.' => {
                if b == b'.' {
                    grouped &= if points == 0 {
                        (1..=3).contains(&since)
                    } else {
                        since == 3
                    };
                    points += 1;
                } else {
                    commas += 1;
                }
                (last, since) = (b, 0);
            }
            b'0'..=b'9' => since += 1,
            _ => {}
        }
    }
    grouped &= since == 3;
    let decimal = match (commas, points) {
        (0, 0) => None,
        (1.., 1..) => Some(last),
        (1, 0) if decimal_comma => Some(b','),
        (0, _) if decimal_comma && grouped => None,
        (0, _) => Some(b'.'),
        _ => None,
    };
    let mut folded = String::with_capacity(out.len());
    for c in out.chars() {
        match c {
            ',' | '.' if Some(c as u8) == decimal => folded.push('.'),
            ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => {}
            c => folded.push(c),
        }
    }
    *out = folded;
}

/// What the key of a day of the month ends with: `"3 March"` and `"March 3rd"` hold `"3/day"`, a
/// figure worth 3 apart from the count `"three"` and the ordinal `"third"`. No word holds a
/// slash, so no written word has such a key.
pub(super) const DAY: &str = "/day";

/// A word without the ordinal suffix it ends with: `"3rd"` -> `"3"`, `"th"` -> `""`.
pub(super) fn strip_ordinal(word: &str) -> Option<&str> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
}

/// Whether a folded number word is an ordinal: `"3rd"`, `"21st"`; not `"3"` or `"1990s"`.
pub(super) fn is_ordinal(word: &str) -> bool {
    strip_ordinal(word)
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// What a folded number word is worth: `"12000"` -> 12000, `"4.5"` -> 4.5, `"3rd"` and the
/// day `"3/day"` -> 3; `None`
/// for a word that is no plain number (`"1990s"`, `"3-0"`, `"9/11"`).
pub(super) fn value_of(word: &str) -> Option<f64> {
    let digits = strip_ordinal(word)
        .or_else(|| word.strip_suffix(DAY))
        .unwrap_or(word);
    // Digits by hand: `str::parse::<f64>` would add 20 KB to the page's wasm. A letter O among
    // digits is a zero mistyped or misread: `"3O years"`.
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(f64::from(b - b'0')),
        b'O' | b'o' => Some(0.0),
        _ => None,
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| digit(b).is_some());
    if !whole.bytes().any(|b| b.is_ascii_digit()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut value = whole
        .bytes()
        .filter_map(digit)
        .fold(0.0, |value, d| value * 10.0 + d);
    let mut scale = 1.0;
    for d in fraction.bytes().filter_map(digit) {
        scale /= 10.0;
        value += d * scale;
    }
    Some(value)
}

/// The two numbers of a folded score or range: `"3-1"` -> `[3, 1]`, `"5-7.5"` -> `[5, 7.5]`;
/// `None` for any other word (`"9/11"`, `"1-2-3"`).
pub(super) fn range_of(word: &str) -> Option<[f64; 2]> {
    let (first, second) = word.split_once('-')?;
    Some([value_of(first)?, value_of(second)?])
}

/// Words that name a part of a whole, as their keys are spelt, and how many such parts make it:
/// `"half the staff"`, `"a quarter of pupils"`, `"two thirds"`. A singular ordinal (`"a third
/// of"`) folds to its figure (`"3rd"`) and is read from it.
pub(super) const PARTS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("quarter", 4.0),
    ("third", 3.0),
    ("fifth", 5.0),
    ("tenth", 10.0),
];

/// Words that multiply a figure, as their keys are spelt: `"doubled"`, `"a triple murder"`,
/// `"halved"`, `"twice"`; `"tripled"` for `"doubled"` is another number. A factor of 0 stands
/// for the count before the word: `"three times as likely"`.
pub(super) const MULTIPLES: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("time", 0.0),
    ("doubl", 2.0),
    ("tripl", 3.0),
    ("trebl", 3.0),
    ("quadrupl", 4.0),
    ("halv", 0.5),
];

/// The keys of a table's words (as their keys are spelt) that either article has, with each
/// word's factor: [`MAGNITUDES`], [`PARTS`], [`MULTIPLES`].
pub(super) fn factors(
    table: &[(&str, f64)],
    key_of: impl Fn(&str) -> Option<u32>,
) -> Vec<(u32, f64)> {
    table
        .iter()
        .filter_map(|&(word, factor)| key_of(word).map(|key| (key, factor)))
        .collect()
}

#[cfg(test)]
mod tests;

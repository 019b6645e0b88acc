//! Figures: what a number key is worth, so one amount written two ways is one fact.

use super::{Token, Tokens};

impl Tokens {
    /// What a figure is worth: the number at `words[at]` times the magnitude word after it, if
    /// any. `"4.5 million"` and `"4,500,000"` are both worth 4,500,000; a word that is no plain
    /// number is worth nothing.
    pub fn value_at(&self, words: &[Token], at: usize) -> Option<f64> {
        let find = |list: &[(u32, f64)], key: u32| {
            list.binary_search_by_key(&key, |&(k, _)| k)
                .ok()
                .map(|i| list[i].1)
        };
        let value = find(&self.values, words.get(at)?.key)?;
        let factor = words
            .get(at + 1)
            .and_then(|next| find(&self.magnitudes, next.key));
        Some(value * factor.unwrap_or(1.0))
    }
}

/// Words that multiply the number before them, as their keys are spelt: `"4.5 million"`, and
/// `"£4.5m"`, whose `"m"` reads as `"million"`.
const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// What a folded number word is worth: `"12000"` -> 12000, `"4.5"` -> 4.5, `"3rd"` -> 3; `None`
/// for a word that is no plain number (`"1990s"`, `"3-0"`, `"9/11"`).
pub(super) fn value_of(word: &str) -> Option<f64> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    digits.parse().ok()
}

/// The keys of the magnitude words either article has, with what each multiplies by.
pub(super) fn magnitudes(key_of: impl Fn(&str) -> Option<u32>) -> Vec<(u32, f64)> {
    let mut found: Vec<(u32, f64)> = MAGNITUDES
        .iter()
        .filter_map(|&(word, factor)| key_of(word).map(|key| (key, factor)))
        .collect();
    found.sort_unstable_by_key(|&(key, _)| key);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_and_ordinals_have_values() {
        for (word, value) in [
            ("12000", Some(12000.0)),
            ("4.5", Some(4.5)),
            ("3rd", Some(3.0)),
            ("21st", Some(21.0)),
            ("1990s", None),
            ("3-0", None),
            ("9/11", None),
            ("th", None),
            ("1.2.3", None),
        ] {
            assert_eq!(value_of(word), value, "{word}");
        }
    }
}

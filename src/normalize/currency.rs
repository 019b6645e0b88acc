//! Currencies: the sign or the name that says what a figure's sum is in. One currency for
//! another after a kept figure is another sum, since no rate is fixed.

use super::figure_words::{
    DOLLAR, DOLLAR_PREFIXES, POUNDS, SIGNS, STERLING, WEIGHT_POUNDS, WEIGHT_POUND_WORDS,
};
use super::{Token, Tokens};

impl Tokens {
    /// The currency of the figure at `words[at]`, words of the target when `target`: the sign
    /// written onto it (`"$5m"`), or a currency's name after it and its magnitude (`"5 million
    /// dollars"`, `"£5m sterling"`); `None` when it names none (`"5m"`).
    pub fn currency_at(&self, target: bool, words: &[Token], at: usize) -> Option<i8> {
        let word = words.get(at)?;
        let signs = if target {
            &self.target_signs
        } else {
            &self.source_signs
        };
        // In order of offset: a long article may have thousands.
        if let Ok(found) = signs.binary_search_by_key(&(word.start as u32), |&(at, _)| at) {
            return Some(signs[found].1);
        }
        let mut after = words.get(at + 1)?;
        if self.is_magnitude(after.key) {
            after = words.get(at + 2)?;
        }
        let named = self.currencies.iter().find(|&&(k, _)| k == after.key);
        named.map(|&(_, currency)| currency)
    }

    /// Whether a key names a currency after a figure: `"dollars"` in `"5 million dollars"`.
    pub fn is_currency(&self, key: u32) -> bool {
        self.currencies.iter().any(|&(k, _)| k == key)
    }
}

/// The byte offsets of the figures of `sentences` written onto a currency sign in `text`, with
/// the currency, in order: `"fined $5m"` -> the offset of `"5"`, dollars. A figure of pounds
/// written short (`"8lb"`) is one of weight, marked so that `"£8"` is no pound for it.
pub(super) fn currency_signs(text: &str, sentences: &[Vec<Token>]) -> Vec<(u32, i8)> {
    // By bytes: the page pays for every string search it brings in.
    let bytes = text.as_bytes();
    let mut signs = Vec::new();
    for words in sentences {
        for (k, word) in words.iter().enumerate() {
            if !bytes.get(word.start).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            for &(sign, currency) in SIGNS {
                let before = &bytes[..word.start];
                if before.ends_with(sign.as_bytes()) {
                    let before = &before[..before.len() - sign.len()];
                    signs.push((word.start as u32, dollar_kind(before).unwrap_or(currency)));
                }
            }
            if let Some(unit) = words.get(k + 1) {
                let written = &bytes[unit.start..unit.end];
                if WEIGHT_POUND_WORDS
                    .iter()
                    .any(|w| written.eq_ignore_ascii_case(w.as_bytes()))
                {
                    signs.push((word.start as u32, WEIGHT_POUNDS));
                }
            }
        }
    }
    signs
}

/// Whose dollar the capitals written right before a `"$"` make it (`"A"` in `"A$5m"`), when
/// they stand alone as a prefix: `"SHIP$"` is none.
fn dollar_kind(before: &[u8]) -> Option<i8> {
    let letters = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let (rest, prefix) = before.split_at(before.len() - letters);
    if rest.last().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    DOLLAR_PREFIXES
        .iter()
        .find(|&&(p, _)| p.as_bytes() == prefix)
        .map(|&(_, kind)| kind)
}

/// Whether two currencies read from figures differ: `"£"` and `"$"` do, and so do two kinds of
/// dollar (`"A$"`, `"US$"`), while a bare `"$"` may be any kind of dollar. Pounds are a family
/// too: `"8 pounds"` may be `"£8"` or `"8lb"`, which are two amounts.
pub(crate) fn other_currency(one: i8, other: i8) -> bool {
    let family = family_of(one);
    one != other && !(family == family_of(other) && (one == family || other == family))
}

/// The currency that stands for any of its kinds: any dollar for `"A$"`, any pound for `"£"`.
fn family_of(currency: i8) -> i8 {
    match currency {
        c if c >= 20 => DOLLAR,
        STERLING | POUNDS | WEIGHT_POUNDS => POUNDS,
        c => c,
    }
}

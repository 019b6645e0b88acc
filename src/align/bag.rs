//! A sentence's words as a weighted multiset, and the overlap of two.

use super::ROLE_WORDS;
use crate::normalize::{Token, Tokens};

/// A sentence's keys as a sorted multiset with their weights.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bag {
    /// Sorted keys, repeated as often as they occur.
    pub keys: Vec<u32>,
    /// Weight of each entry of `keys`.
    pub weights: Vec<f32>,
    /// Sum of `weights`.
    pub weight: f32,
}

impl Bag {
    /// The sentence's words as they are written.
    pub(crate) fn new(sentence: &[Token], tokens: &Tokens) -> Bag {
        Bag::build(sentence, tokens, |key| key)
    }

    /// The sentence's words by meaning: synonyms fall together, so a translation that says
    /// `"army"` where the source says `"military"` still finds its counterpart. Each word keeps
    /// its own weight.
    pub(crate) fn of_senses(sentence: &[Token], tokens: &Tokens) -> Bag {
        Bag::build(sentence, tokens, |key| tokens.sense(key))
    }

    fn build(sentence: &[Token], tokens: &Tokens, key_of: impl Fn(u32) -> u32) -> Bag {
        // Weights are positive, so their bits sort as they do: one packed integer per entry
        // sorts by key, then weight, and an integer sort is a fraction of the wasm code of a
        // sort with a comparator (the page has a size budget).
        let mut entries: Vec<u64> = sentence
            .iter()
            .map(|t| u64::from(key_of(t.key)) << 32 | u64::from(tokens.weight(t.key).to_bits()))
            .collect();
        entries.sort_unstable();
        let keys: Vec<u32> = entries.iter().map(|&e| (e >> 32) as u32).collect();
        let weights: Vec<f32> = entries.iter().map(|&e| f32::from_bits(e as u32)).collect();
        let weight = weights.iter().sum();
        Bag {
            keys,
            weights,
            weight,
        }
    }

    /// Weight of the multiset intersection.
    pub(crate) fn overlap(&self, other: &Bag) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < self.keys.len() && j < other.keys.len() {
            match self.keys[i].cmp(&other.keys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[i];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// Weight of the entries not yet `used` that `other` would match, and how many of them are
    /// content words or numbers outside the common vocabulary, not counting the words of
    /// `credited` that say who is quoted: a name outside the quotation, the two words before it
    /// (`"committee chairman Alan Pike said: ..."`) and, after a quote, up to [`ROLE_WORDS`]
    /// after it (`"...," said Alan Pike, the committee's chairman for planning.`).
    pub(super) fn gain(
        &self,
        other: &Bag,
        used: &[bool],
        tokens: &Tokens,
        credited: &[Token],
    ) -> (f32, usize) {
        let mut words = 0;
        let named = |i: usize| credited[i].proper && !credited[i].quoted;
        // A role after the name only where the name follows the quote: before it, the words
        // after a name may be what is said of it (`"Yolanda, 18, who was studying art, was
        // \"shy\""`).
        let after_quote = |i: usize| credited[..i].iter().any(|t| t.quoted);
        let speaker = |at: usize| {
            (at..credited.len().min(at + 3)).any(named)
                || (at.saturating_sub(ROLE_WORDS)..at)
                    .rev()
                    .take_while(|&i| !credited[i].quoted)
                    .any(|i| named(i) && after_quote(i))
        };
        let name = |key: u32| {
            credited
                .iter()
                .enumerate()
                .any(|(i, t)| !t.quoted && tokens.sense(t.key) == key && speaker(i))
        };
        let weight = self.walk(other, used, |i| {
            let key = self.keys[i];
            if tokens.is_content(key) && !tokens.is_common(key) && !name(key) {
                words += 1;
            }
        });
        (weight, words)
    }

    /// Marks the entries that `other` matches as used and returns their weight.
    pub(crate) fn consume(&self, other: &Bag, used: &mut [bool]) -> f32 {
        let mut hits = Vec::new();
        let sum = self.walk(other, used, |i| hits.push(i));
        for i in hits {
            used[i] = true;
        }
        sum
    }

    fn walk(&self, other: &Bag, used: &[bool], mut hit: impl FnMut(usize)) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < self.keys.len() && j < other.keys.len() {
            match self.keys[i].cmp(&other.keys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal if used[i] => i += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[i];
                    hit(i);
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

//! Verbatim runs: where a sentence repeats three words or more of another text word for word.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::normalize::Token;

/// Where every three-word sequence of the source occurs, and which words stand next to each
/// other, to find verbatim runs anywhere.
///
/// A megabyte of text has some 170,000 trigrams. A map from each to a list of its places took
/// about 90 bytes a trigram; a map from its hash to the last place kept, the places chained
/// back in one array, takes about 40. The map and set types are ones the crate uses elsewhere,
/// so the page's wasm holds no new copy of their code (a sorted array's sort added 6.7 KB).
pub(super) struct Verbatim<'a> {
    source: &'a [Vec<Token>],
    /// Per trigram hash ([`trigram`]): the last place kept in `places`, and how many are kept.
    starts: FxHashMap<u64, (u32, usize)>,
    /// Each place kept: its sentence, its word, and the place kept before it for the same hash
    /// ([`NO_PLACE`] for none).
    places: Vec<(u32, u32, u32)>,
    /// Each pair of adjacent keys.
    pairs: FxHashSet<[u32; 2]>,
}

/// A trigram that occurs more often than this is boilerplate; its extra places are ignored.
const VERBATIM_PLACES: usize = 4;

/// The end of a chain of places.
const NO_PLACE: u32 = u32::MAX;

/// The hash of three words' keys. Two trigrams that share one share a chain of places, and each
/// place is compared word by word, so a clash costs a comparison, never a false run.
fn trigram(words: &[Token]) -> u64 {
    let first_two = (u64::from(words[0].key) << 32) | u64::from(words[1].key);
    first_two ^ u64::from(words[2].key).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl<'a> Verbatim<'a> {
    pub(super) fn new(source: &'a [Vec<Token>]) -> Verbatim<'a> {
        let mut starts: FxHashMap<u64, (u32, usize)> = FxHashMap::default();
        let mut places = Vec::new();
        for (s, sentence) in source.iter().enumerate() {
            for (i, window) in sentence.windows(3).enumerate() {
                let (last, kept) = starts.entry(trigram(window)).or_insert((NO_PLACE, 0));
                if *kept < VERBATIM_PLACES {
                    places.push((s as u32, i as u32, *last));
                    *last = (places.len() - 1) as u32;
                    *kept += 1;
                }
            }
        }
        let pairs = source
            .iter()
            .flat_map(|sentence| sentence.windows(2).map(|w| [w[0].key, w[1].key]))
            .collect();
        Verbatim {
            source,
            starts,
            places,
            pairs,
        }
    }

    /// Token ranges of two adjacent words of `sentence` that are adjacent in the source too.
    pub(super) fn find_pairs(&self, sentence: &[Token]) -> Vec<std::ops::Range<usize>> {
        (0..sentence.len().saturating_sub(1))
            .filter(|&i| self.pairs.contains(&[sentence[i].key, sentence[i + 1].key]))
            .map(|i| i..i + 2)
            .collect()
    }

    /// Token ranges of `sentence` that occur word for word (three words or more) in the source.
    pub(super) fn find(&self, sentence: &[Token]) -> Vec<std::ops::Range<usize>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i + 3 <= sentence.len() {
            let mut at = self
                .starts
                .get(&trigram(&sentence[i..]))
                .map_or(NO_PLACE, |&(last, _)| last);
            let mut longest = 0;
            while let Some(&(s, j, before)) = self.places.get(at as usize) {
                let source = &self.source[s as usize][j as usize..];
                let run = source
                    .iter()
                    .zip(&sentence[i..])
                    .take_while(|(a, b)| a.key == b.key)
                    .count();
                longest = longest.max(run);
                at = before;
            }
            if longest >= 3 {
                found.push(i..i + longest);
                i += longest;
            } else {
                i += 1;
            }
        }
        found
    }
}

//! Verbatim runs: where a sentence repeats three words or more of another text word for word.

use crate::normalize::Token;

/// Where every three-word sequence of the source occurs, and which words stand next to each
/// other, to find verbatim runs anywhere.
///
/// Both are sorted arrays searched by halving rather than hash maps: a megabyte of text has
/// some 170,000 trigrams, and a map with a list per trigram took about 90 bytes for each, where
/// a sorted entry takes 20.
pub(super) struct Verbatim<'a> {
    source: &'a [Vec<Token>],
    /// Each trigram's keys with the sentence and word it starts at, in order of keys, then place.
    starts: Vec<([u32; 3], u32, u32)>,
    /// Each pair of adjacent keys once, in order.
    pairs: Vec<[u32; 2]>,
}

/// A trigram that occurs more often than this is boilerplate; its extra places are ignored.
const VERBATIM_PLACES: usize = 4;

impl<'a> Verbatim<'a> {
    pub(super) fn new(source: &'a [Vec<Token>]) -> Verbatim<'a> {
        let mut starts: Vec<([u32; 3], u32, u32)> = source
            .iter()
            .enumerate()
            .flat_map(|(s, sentence)| {
                sentence
                    .windows(3)
                    .enumerate()
                    .map(move |(i, w)| ([w[0].key, w[1].key, w[2].key], s as u32, i as u32))
            })
            .collect();
        starts.sort_unstable();
        // Sorted by place within a trigram, so the places kept are its first ones.
        let mut previous = None;
        let mut seen = 0;
        starts.retain(|&(key, _, _)| {
            seen = if previous == Some(key) { seen + 1 } else { 0 };
            previous = Some(key);
            seen < VERBATIM_PLACES
        });
        starts.shrink_to_fit();
        let mut pairs: Vec<[u32; 2]> = source
            .iter()
            .flat_map(|sentence| sentence.windows(2).map(|w| [w[0].key, w[1].key]))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs.shrink_to_fit();
        Verbatim {
            source,
            starts,
            pairs,
        }
    }

    /// Token ranges of two adjacent words of `sentence` that are adjacent in the source too.
    pub(super) fn find_pairs(&self, sentence: &[Token]) -> Vec<std::ops::Range<usize>> {
        (0..sentence.len().saturating_sub(1))
            .filter(|&i| {
                self.pairs
                    .binary_search(&[sentence[i].key, sentence[i + 1].key])
                    .is_ok()
            })
            .map(|i| i..i + 2)
            .collect()
    }

    /// Token ranges of `sentence` that occur word for word (three words or more) in the source.
    pub(super) fn find(&self, sentence: &[Token]) -> Vec<std::ops::Range<usize>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i + 3 <= sentence.len() {
            let key = [sentence[i].key, sentence[i + 1].key, sentence[i + 2].key];
            let first = self.starts.partition_point(|&(k, _, _)| k < key);
            let longest = self.starts[first..]
                .iter()
                .take_while(|&&(k, _, _)| k == key)
                .map(|&(_, s, j)| {
                    let source = &self.source[s as usize][j as usize..];
                    source
                        .iter()
                        .zip(&sentence[i..])
                        .take_while(|(a, b)| a.key == b.key)
                        .count()
                })
                .max()
                .unwrap_or(0);
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

//! Language: whether the two articles are written in the same one, since retold compares words.

use super::{KeyKind, Token, Tokens};

/// How many of the target's most frequent words are looked up in the source.
const FREQUENT: usize = 10;

/// At most this many of them in the source, and the articles are in different languages.
const SHARED_MAX: usize = 2;

/// The fewest words, outside names and figures, either article needs to tell.
const WORDS_MIN: usize = 40;

impl Tokens {
    /// Whether the articles seem to be written in different languages: of the target's most
    /// frequent words that are no name or figure, the function words of any language (`"the"`,
    /// `"of"`, `"der"`, `"und"`, `"de"`), at most two occur in the source. A German report of a
    /// story told in English shares its names and figures but hardly a `"die"` or an `"und"`;
    /// two English articles on different stories share their `"the"` and `"of"`. Short
    /// articles say too little to tell: both need `WORDS_MIN` (40) such words.
    pub fn languages_differ(&self) -> bool {
        let plain = |side: &[Vec<Token>]| -> Vec<u32> {
            let mut keys: Vec<u32> = side
                .iter()
                .flatten()
                .filter(|t| !t.proper && self.kind(t.key) != KeyKind::Number)
                .map(|t| t.key)
                .collect();
            keys.sort_unstable();
            keys
        };
        let (source, target) = (plain(&self.source), plain(&self.target));
        if source.len() < WORDS_MIN || target.len() < WORDS_MIN {
            return false;
        }
        // The most frequent keys by a small insertion list: no sort of pairs in the wasm.
        let mut frequent: Vec<(usize, u32)> = Vec::with_capacity(FREQUENT + 1);
        for run in target.chunk_by(|a, b| a == b) {
            let at = frequent.partition_point(|&(count, _)| count >= run.len());
            if at < FREQUENT {
                frequent.insert(at, (run.len(), run[0]));
                frequent.truncate(FREQUENT);
            }
        }
        let shared = frequent
            .iter()
            .filter(|&&(_, key)| source.binary_search(&key).is_ok())
            .count();
        shared <= SHARED_MAX
    }
}

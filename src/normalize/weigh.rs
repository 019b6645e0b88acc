//! How much a match on each key says: inverse sentence frequency over both articles.

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

use super::{KeyKind, Tokens};

/// A key in at least this share of all sentences is common vocabulary ...
const COMMON_MIN_SHARE: f32 = 0.15;
/// ... provided it occurs in at least this many, so short texts have no common words.
const COMMON_MIN_COUNT: f32 = 4.0;

impl Tokens {
    /// Whether a key occurs in so many sentences that it marks the event, not a fact.
    ///
    /// With 60 sentences in all, a name in 9 or more of them (15 %) is common vocabulary.
    pub fn is_common(&self, key: u32) -> bool {
        let count = self.sentence_counts.get(key as usize).copied().unwrap_or(0) as f32;
        count >= COMMON_MIN_COUNT.max(COMMON_MIN_SHARE * self.sentences as f32)
    }
}

/// Weighs keys by inverse sentence frequency over both articles, with function words near zero.
///
/// With 60 sentences, a word in 1 sentence weighs ln(61) ≈ 4.1, one in 30 sentences ≈ 0.7 and
/// one in every sentence the floor of 0.1, like a stop word.
///
/// A sentence an article repeats word for word counts once. Wire copy often carries the same
/// paragraph in each of its updates, and a paragraph pasted three times must not turn its own
/// words into the event's common vocabulary. A sentence the other article shares still counts
/// on both sides: that sharing is what the comparison measures.
pub(super) fn weigh(tokens: &mut Tokens, kinds: Vec<KeyKind>) {
    let mut counts = vec![0u32; kinds.len()];
    let mut last_seen = vec![u32::MAX; kinds.len()];
    // A sentence is known by a 64-bit fingerprint of its keys and its side (the two halves, as
    // the set of word pairs elsewhere holds them, cost the page no new code). Two different
    // sentences sharing one is vanishingly rare among thousands, and would only leave one of them
    // out of the counts.
    let mut seen: FxHashSet<[u32; 2]> = FxHashSet::default();
    let sides = [(0, &tokens.source), (1, &tokens.target)];
    let sentences = sides
        .iter()
        .flat_map(|&(side, sentences)| sentences.iter().map(move |sentence| (side, sentence)))
        .filter(|&(side, sentence)| {
            let mut hasher = FxHasher::default();
            sentence
                .iter()
                .for_each(|token| hasher.write_u32(token.key));
            let print = hasher.finish();
            sentence.is_empty() || seen.insert([print as u32, (print >> 32) as u32 ^ side])
        });
    let mut distinct = 0;
    for (index, (_, sentence)) in sentences.enumerate() {
        distinct += 1;
        for token in sentence {
            let key = token.key as usize;
            if last_seen[key] != index as u32 {
                last_seen[key] = index as u32;
                counts[key] += 1;
            }
        }
    }
    tokens.sentences = distinct;
    let total = tokens.sentences as f32 + 1.0;
    tokens.weights = counts
        .iter()
        .zip(&kinds)
        .map(|(&count, kind)| match kind {
            KeyKind::Stop => 0.1,
            KeyKind::Noise => 0.02,
            KeyKind::Content | KeyKind::Number => (total / count.max(1) as f32).ln().max(0.1),
        })
        .collect();
    tokens.kinds = kinds;
    tokens.sentence_counts = counts;
}

//! Who did what to whom: two names that trade places around the words a copy kept say the
//! reverse of the source, though every word is still there.

use std::ops::Range;

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// A run of names in a sentence, with the keys of the words right before and after it (`None`
/// at the sentence's edge).
struct NameRun {
    /// Where the run is in its sentence.
    range: Range<usize>,
    /// The run's keys, in order.
    keys: Vec<u32>,
    /// The keys beside it.
    place: (Option<u32>, Option<u32>),
}

/// The runs of names in `words`: `"Ashdown City beat Kestrel Park Rangers 3-1"` -> `Ashdown City`
/// at `(None, beat)` and `Kestrel Park Rangers` at `(beat, 3-1)`.
fn name_runs(tokens: &Tokens, words: &[Token]) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if !tokens.is_name_at(words, k) {
            k += 1;
            continue;
        }
        let start = k;
        while k < words.len() && tokens.is_name_at(words, k) {
            k += 1;
        }
        runs.push(NameRun {
            range: start..k,
            keys: words[start..k].iter().map(|w| w.key).collect(),
            place: (
                start.checked_sub(1).map(|j| words[j].key),
                words.get(k).map(|w| w.key),
            ),
        });
    }
    runs
}

/// Whether two names trade places between words that stay where they were, with a content word
/// between them, so each does what the other did: `"Ashdown City came from behind to beat
/// Kestrel Park Rangers"` for `"Kestrel Park Rangers came from behind to beat Ashdown City"`.
/// Names joined by no more than `"and"` or a comma say the same in either order: `"Jones and
/// Smith said"` for `"Smith and Jones said"`.
pub(super) fn names_trade_places(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let target = name_runs(tokens, sentence);
    if target.len() < 2 {
        return false;
    }
    let mut sources: Vec<usize> = alignment.source.iter().map(|&(s, _)| s).collect();
    sources.dedup();
    let source: Vec<Vec<NameRun>> = sources
        .iter()
        .filter_map(|&s| tokens.source.get(s))
        .map(|words| name_runs(tokens, words))
        .collect();
    let at = |runs: &[NameRun], keys: &[u32], place| {
        runs.iter().any(|r| r.keys == keys && r.place == place)
    };
    target.iter().enumerate().any(|(i, first)| {
        target[i + 1..].iter().any(|second| {
            first.keys != second.keys
                && sentence[first.range.end..second.range.start]
                    .iter()
                    .any(|w| tokens.is_content(w.key))
                && source.iter().any(|runs| {
                    at(runs, &second.keys, first.place) && at(runs, &first.keys, second.place)
                })
        })
    })
}

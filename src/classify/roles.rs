//! Who did what to whom: two names that trade places around the words a copy kept say the
//! reverse of the source, though every word is still there.

use std::ops::Range;

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// A run of names in a sentence and the keys of the words right before and after it (`None` at
/// the sentence's edge).
type NameRun = (Range<usize>, (Option<u32>, Option<u32>));

/// The runs of names in `words`: `"Ashdown City beat Kestrel Park Rangers 3-1"` -> `Ashdown City`
/// at `(None, beat)` and `Kestrel Park Rangers` at `(beat, 3-1)`.
fn name_runs(tokens: &Tokens, words: &[Token]) -> Vec<NameRun> {
    let key = |j: usize| words.get(j).map(|w| w.key);
    let mut runs = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let start = k;
        while tokens.is_name_at(words, k) {
            k += 1;
        }
        if k > start {
            runs.push((start..k, (start.checked_sub(1).and_then(key), key(k))));
        }
        k += 1;
    }
    runs
}

/// Whether two names trade places between words that stay where they were, with a content word
/// between them, so each does what the other did: `"Ashdown City came from behind to beat
/// Kestrel Park Rangers"` for `"Kestrel Park Rangers came from behind to beat Ashdown City"`.
/// Each name keeps the word before it or the one after it, and a content word between them
/// stays between them: `"Dunmore stun Castlebridge with a late winner"` for `"Castlebridge stun
/// leaders Dunmore with a late winner"`, `"Labour gained 312 votes, while the Greens lost 540"`
/// for the reverse.
/// Names joined by no more than `"and"` or a comma say the same in either order: `"Jones and
/// Smith said"` for `"Smith and Jones said"`.
pub(super) fn names_trade_places(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let target = name_runs(tokens, sentence);
    let keys = |words: &[Token], run: &Range<usize>| -> Vec<u32> {
        words[run.clone()].iter().map(|w| w.key).collect()
    };
    let mut sources: Vec<usize> = alignment.source.iter().map(|&(s, _)| s).collect();
    sources.dedup();
    target.iter().enumerate().any(|(i, (first, first_place))| {
        target[i + 1..].iter().any(|(second, second_place)| {
            let (one, other) = (keys(sentence, first), keys(sentence, second));
            one != other
                && sentence[first.end..second.start]
                    .iter()
                    .any(|w| tokens.is_content(w.key))
                && sources.iter().any(|&s| {
                    let words = &tokens.source[s];
                    let runs = name_runs(tokens, words);
                    // Where the source has a name in a place: its run's start.
                    let at = |want: &[u32], place: (Option<u32>, Option<u32>)| {
                        runs.iter()
                            .filter(|(r, p)| {
                                keys(words, r) == want
                                    && ((p.0.is_some() && p.0 == place.0)
                                        || (p.1.is_some() && p.1 == place.1))
                            })
                            .map(|(r, _)| r.clone())
                            .collect::<Vec<_>>()
                    };
                    // The other name first in the source, the two around a content word the
                    // target keeps between them: they swapped order around what was done.
                    let between = &sentence[first.end..second.start];
                    let later = at(&one, *second_place);
                    at(&other, *first_place).iter().any(|earlier| {
                        later.iter().any(|l| {
                            earlier.end <= l.start
                                && words[earlier.end..l.start].iter().any(|w| {
                                    tokens.is_content(w.key)
                                        && between.iter().any(|b| b.key == w.key)
                                })
                        })
                    })
                })
        })
    })
}

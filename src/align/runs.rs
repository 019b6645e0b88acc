//! Verbatim runs shared by a target sentence and a source sentence.

use rustc_hash::FxHashSet;

use crate::normalize::{Token, Tokens};

/// The words a shared run must have to show a merged clause rather than a coincidence.
pub(super) const RUN_WORDS: usize = 5;

/// The runs of a target sentence: every [`RUN_WORDS`] words in a row that hold two content words
/// outside the event's common vocabulary.
///
/// `"the new footbridge will be the longest in the county"` has such runs;
/// `"said on Monday that the"` has none.
pub(super) struct Runs(FxHashSet<[u32; RUN_WORDS]>);

impl Runs {
    /// The runs of `sentence`.
    pub(super) fn of(sentence: &[Token], tokens: &Tokens) -> Runs {
        Runs(
            sentence
                .windows(RUN_WORDS)
                .filter(|run| {
                    run.iter()
                        .filter(|t| tokens.is_content(t.key) && !tokens.is_common(t.key))
                        .count()
                        >= 2
                })
                .map(keys)
                .collect(),
        )
    }

    /// Whether `other` has one of the runs word for word (by key).
    pub(super) fn shared_with(&self, other: &[Token]) -> bool {
        !self.0.is_empty()
            && other
                .windows(RUN_WORDS)
                .any(|run| self.0.contains(&keys(run)))
    }
}

fn keys(run: &[Token]) -> [u32; RUN_WORDS] {
    let mut out = [0; RUN_WORDS];
    for (slot, token) in out.iter_mut().zip(run) {
        *slot = token.key;
    }
    out
}

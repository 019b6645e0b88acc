//! Opposites: a change that says the opposite of the words it replaces.

use crate::normalize::{Token, Tokens};

/// The most words either side of a change may hold to be read as a phrase and its opposite:
/// `"was remanded in custody"` has four.
const OPPOSED_WORDS: usize = 4;

/// Whether the change that puts `added` in place of `dropped` says the opposite: a word swapped
/// for its opposite (`"Shares fell"` for `"Shares rose"`), which may bring a function word or
/// two (`"None of the 12"` for `"All 12"`) and a verb of its own (`"was granted bail"` for `"was
/// remanded in custody"`, `"was bailed"`).
///
/// `source_keys` and `target_keys` are the sorted keys of the counterpart and of the sentence.
/// A word that negates or refuses turns its side back: `"unhappy"` for `"not happy"` and `"was
/// refused bail"` for `"was remanded in custody"` say the same, while `"was not remanded in
/// custody"` for `"was refused bail"` says the opposite again.
pub(super) fn opposes(
    tokens: &Tokens,
    dropped: &[Token],
    added: &[Token],
    source_keys: &[u32],
    target_keys: &[u32],
) -> bool {
    if dropped.is_empty()
        || added.is_empty()
        || dropped.len() > OPPOSED_WORDS
        || added.len() > OPPOSED_WORDS
    {
        return false;
    }
    // Plain loops: the page's wasm holds this once, small.
    for one in dropped {
        for other in added {
            if tokens.are_opposite(one.key, other.key) {
                // A pronoun only swapped alone: a rewrite that turns `"She told the court he
                // said"` into `"Mrs Cross said he told her"` moves its pronouns about.
                if tokens.is_pronoun(one.key) && (dropped.len() > 1 || added.len() > 1) {
                    return false;
                }
                return match (
                    turns_back(tokens, dropped, one.key, target_keys),
                    turns_back(tokens, added, other.key, source_keys),
                ) {
                    (Some(a), Some(b)) => (a + b) % 2 == 0,
                    _ => false,
                };
            }
        }
    }
    false
}

/// How many words of one side of a change turn it back (negations and refusals), besides `word`
/// of the opposite pair; `None` when the side says more than the pair and a verb of its own, a
/// content word the other side lacks (`other_keys`, sorted). A word the other side has elsewhere
/// was moved with the change, which then is more than a phrase: `"Man admits nightclub
/// stabbing"` for `"Man denies stabbing outside Rowley nightclub"` is for the headline's own
/// reading, and `"The Conservatives lost"` for `"The Greens won"` trades names.
#[inline(never)]
fn turns_back(tokens: &Tokens, words: &[Token], word: u32, other_keys: &[u32]) -> Option<usize> {
    let (mut turned, mut others) = (0, 0);
    for t in words {
        if t.key == word {
            continue;
        }
        if tokens.is_negation(t.key) || tokens.is_refusal(t.key) {
            turned += 1;
        } else if tokens.is_content(t.key) {
            if other_keys.binary_search(&t.key).is_ok() {
                return None;
            }
            others += 1;
        }
    }
    (others <= 1).then_some(turned)
}

//! A clause of a target sentence that a merge took from a further source sentence, too little of
//! the whole to join its group by weight.

use super::Bag;
use crate::normalize::{Token, Tokens};

/// A clause is taken from a further source sentence when that sentence holds at least this many
/// of its content words outside the event's common vocabulary...
const CLAUSE_SHARED_MIN: usize = 2;

/// ...and at least this share of them, while the sentences chosen so far hold none...
const CLAUSE_SHARE_MIN: f32 = 0.5;

/// ...and those words are at least this share of the further sentence's own uncommon content
/// words: a short sentence merged in as a clause gives much of itself, while a long one that
/// shares a name and a place with a clause (`"via Harbury Police"`) is about something else.
const SOURCE_SHARE_MIN: f32 = 1.0 / 3.0;

/// Whether `other` explains a clause of `sentence` that none of the `chosen` sentences of
/// `sources` touches: it holds [`CLAUSE_SHARED_MIN`] of the clause's uncommon content words and
/// [`CLAUSE_SHARE_MIN`] of them, and they are [`SOURCE_SHARE_MIN`] of its own.
///
/// `"She was made an MBE in 2009, and in later years taught at the Sage Gateshead, where she
/// started a choir for former miners."`, derived from the sentence about her teaching, takes
/// `"In 2009 she was appointed MBE for services to traditional music."` (MBE, 2009) for its
/// first clause, a small part of the whole.
pub(super) fn explains(
    sentence: &[Token],
    other: &Bag,
    chosen: &[usize],
    sources: &[Bag],
    tokens: &Tokens,
) -> bool {
    let holds = |bag: &Bag, key: u32| bag.keys.binary_search(&key).is_ok();
    let uncommon = |key: u32| tokens.is_content(key) && !tokens.is_common(key);
    // Its keys are sorted: each distinct uncommon one counts once.
    let mut own = 0;
    for (i, &key) in other.keys.iter().enumerate() {
        own += usize::from(uncommon(key) && (i == 0 || other.keys[i - 1] != key));
    }
    let explained = |words: usize, shared: usize, touched: bool| {
        !touched
            && shared >= CLAUSE_SHARED_MIN
            && shared as f32 >= CLAUSE_SHARE_MIN * words as f32
            && shared as f32 >= SOURCE_SHARE_MIN * own as f32
    };
    let (mut words, mut shared, mut touched) = (0, 0, false);
    for (i, token) in sentence.iter().enumerate() {
        if token.opens_clause && i > 0 {
            if explained(words, shared, touched) {
                return true;
            }
            (words, shared, touched) = (0, 0, false);
        }
        if uncommon(token.key) {
            let key = tokens.sense(token.key);
            touched |= chosen.iter().any(|&c| holds(&sources[c], key));
            words += 1;
            shared += usize::from(holds(other, key));
        }
    }
    explained(words, shared, touched)
}

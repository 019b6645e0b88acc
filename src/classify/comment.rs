//! Requests for comment: a line saying the outlet asked someone to respond tells of the outlet's
//! own reporting, whatever names it shares with the source.

use crate::normalize::{Token, Tokens};

/// Whether `sentence` says someone was asked for comment, or would not give one, when none of the
/// source sentences `sources` speaks of comment: `"Holloway Barnes Developments has been
/// approached for comment."`, `"He could not be reached for comment."`, `"Brightmart declined
/// to comment."` after a source sentence that names the company. The request is the outlet's,
/// so the sentence is added however much of the name it keeps. `"comment"` within two words
/// after `"for"` or `"to"` asks (`"for further comment"`), outside quotation marks; `"His
/// comments angered fans"` does not.
pub(super) fn asks_for_comment(tokens: &Tokens, sentence: &[Token], sources: &[usize]) -> bool {
    let [Some(asking), Some(comment)] = tokens.for_comment else {
        return false;
    };
    // `headline_future` is the key of "to": "declined to comment".
    let asks_with = |w: &Token| w.key == asking || Some(w.key) == tokens.headline_future;
    let mut asks = false;
    for k in 1..sentence.len() {
        asks |= sentence[k].key == comment
            && !sentence[k].quoted
            && (asks_with(&sentence[k - 1]) || k > 1 && asks_with(&sentence[k - 2]));
    }
    for &s in sources {
        for w in &tokens.source[s] {
            asks &= w.key != comment;
        }
    }
    asks
}

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
    let to = tokens.headline_future;
    let asks = (1..sentence.len()).any(|k| {
        sentence[k].key == comment
            && !sentence[k].quoted
            && sentence[k.saturating_sub(2)..k]
                .iter()
                .any(|w| w.key == asking || Some(w.key) == to)
    });
    asks && !sources
        .iter()
        .any(|&s| tokens.source[s].iter().any(|w| w.key == comment))
}

//! How far a near copy's claim reaches: whom or what it is told of, and whether it is intended
//! or certain. Read by `turns.rs` as hedges.

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// Whether a near copy drops or adds the words that tell its claim of less than everyone, so it
/// tells it of more or fewer than its source does: what a finding was made in, anywhere in the
/// sentence (`"The compound slowed tumours"` for `"The compound slowed tumours in mice"`), or a
/// `"some"` with at most a function word, in place of nothing (`"reduced symptoms in
/// patients"` for `"reduced symptoms in some patients"`), and the reverse. `"some"` in a longer
/// change goes with the words it came with: `"jailed"` for `"sent to prison for quite some
/// time"`.
pub(super) fn rescopes(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let scoped = |words: &[Token]| (0..words.len()).any(|k| tokens.is_subject_at(words, k));
    let source: Vec<Token> = alignment
        .source_words(tokens, 0..alignment.source.len())
        .collect();
    let some = |words: &[Token]| {
        words.len() <= 2
            && words.iter().any(|w| Some(w.key) == tokens.some)
            && words
                .iter()
                .all(|w| Some(w.key) == tokens.some || !tokens.is_content(w.key))
    };
    scoped(&source) != scoped(sentence)
        || alignment.ops.iter().any(|op| {
            let (dropped, added) = (&source[op.old_range()], &sentence[op.new_range()]);
            (some(dropped) && added.is_empty()) || (some(added) && dropped.is_empty())
        })
}

/// Whether a near copy tells an intent as certain, or the reverse: in place of the words that
/// say someone means a thing to happen (`"plans to"`, `"aims to"`, `"hopes to"`), a
/// plain future (`"will"`), before a verb both keep. `"The council will close the library"` for
/// `"The council plans to close the library"`, and `"intends to close"` for `"will close"`. One
/// intent for another (`"intends to"` for `"plans to"`) keeps the claim, and so does a fixed
/// date's `"is set to"` or `"is due to"` for `"will"`, and `"is expected to"`, which news writes
/// of things scheduled. An intent word the other side has too says no intent of its own: `"The
/// department plans to set out a scheme"` for `"the department would set out plans for a
/// scheme"`.
pub(super) fn firms_up(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let source: Vec<Token> = alignment
        .source_words(tokens, 0..alignment.source.len())
        .collect();
    // Whether `words` say an intent that `other` does not, and whether they say a future.
    let says = |words: &[Token], other: &[Token]| {
        words.iter().fold((false, false), |(intent, future), w| {
            (
                intent || tokens.is_intent(w.key) && !other.iter().any(|o| o.key == w.key),
                future || tokens.futures.binary_search(&w.key).is_ok(),
            )
        })
    };
    alignment.ops.windows(2).any(|pair| {
        let [op, similar::DiffOp::Equal { .. }] = pair else {
            return false;
        };
        let dropped = says(&source[op.old_range()], sentence);
        let added = says(&sentence[op.new_range()], &source);
        matches!(
            (dropped, added),
            ((true, false), (false, true)) | ((false, true), (true, false))
        )
    })
}

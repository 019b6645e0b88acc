//! Found words: which words of a target sentence its counterpart has, whether they say more
//! than the event's common vocabulary, and how much of each merged source sentence is kept.

use similar::DiffOp;

use super::values::rounds;
use super::Alignment;
use crate::normalize::{Token, Tokens};

/// Whether the shared words say more than the event's common vocabulary.
///
/// `"North Korea sent more troops to Russia."` against a wire story that names North Korea and
/// Russia in every paragraph shares only common words: not distinctive. Two shared uncommon
/// content words, or one inside a verbatim run of three words, are; a synonym counts as shared
/// (`"army"` for `"military"`).
pub(super) fn distinctive(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    found: &[bool],
) -> bool {
    let shared = shared_uncommon(tokens, sentence, found);
    let long_run = alignment
        .ops
        .iter()
        .any(|op| matches!(*op, DiffOp::Equal { len, .. } if len >= 3));
    shared >= 2 || (shared == 1 && long_run)
}

/// Per word of the sentence, whether its sense occurs anywhere in the aligned source words, or
/// it rounds one of their figures (`"21 weeks"` for `"21.4 weeks"`).
///
/// `values` are the counterpart's [`precise_values`], which the caller has already.
pub(super) fn found_in_source(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    values: &[f64],
) -> Vec<bool> {
    let sense = |t: &Token| tokens.sense(t.key);
    let mut source_senses: Vec<u32> = alignment
        .source
        .iter()
        .map(|&(s, i)| sense(&tokens.source[s][i]))
        .collect();
    source_senses.sort_unstable();
    sentence
        .iter()
        .enumerate()
        .map(|(k, t)| {
            source_senses.binary_search(&sense(t)).is_ok() || rounds(tokens, sentence, k, values)
        })
        .collect()
}

/// How many distinct uncommon content words (by sense) of `words` are `found` in the source.
pub(super) fn shared_uncommon(tokens: &Tokens, words: &[Token], found: &[bool]) -> usize {
    let mut shared: Vec<u32> = words
        .iter()
        .zip(found)
        .filter(|&(_, &found)| found)
        .map(|(t, _)| tokens.sense(t.key))
        .filter(|&k| tokens.is_content(k) && !tokens.is_common(k))
        .collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// Whether a sentence merged from several source sentences keeps only parts of each: no source
/// sentence of the group keeps four in five of its content words in order. `"Kell, 31, of Marsh
/// Lane, targeted houses ..., stealing jewellery, laptops and cash worth £38,000."` from `"Kell,
/// 31, of Marsh Lane, Fenwick, targeted houses ..., Fenwick Crown Court heard."` and `"He stole
/// jewellery, laptops and cash worth a total of £38,000, most of which has never been
/// recovered."` is stitched, a rewording however many words it keeps; a sentence copied whole
/// with its attribution from the sentence before is not.
pub(super) fn stitched(tokens: &Tokens, alignment: &Alignment) -> bool {
    // Per source sentence of the group, in order: its content words, and those kept.
    let mut counts: Vec<(usize, usize, usize)> = Vec::new();
    for &(s, i) in &alignment.source {
        if !tokens.is_content(tokens.source[s][i].key) {
            continue;
        }
        match counts.last_mut() {
            Some((last, all, _)) if *last == s => *all += 1,
            _ => counts.push((s, 1, 0)),
        }
    }
    for op in &alignment.ops {
        if let DiffOp::Equal { old_index, len, .. } = *op {
            for &(s, i) in &alignment.source[old_index..old_index + len] {
                if tokens.is_content(tokens.source[s][i].key) {
                    if let Some(count) = counts.iter_mut().find(|c| c.0 == s) {
                        count.2 += 1;
                    }
                }
            }
        }
    }
    counts.len() >= 2 && counts.iter().all(|&(_, all, kept)| 5 * kept < 4 * all)
}

//! Copies with something new in them: a clause hung on a whole copy, or words slipped in. Both
//! stay copied, the new words marked added, since the reader should see what the target added to
//! the source's sentence, not a rewrite.

use similar::DiffOp;

use super::Alignment;
use crate::normalize::{Token, Tokens};
use crate::Options;

/// Whether a sentence is a copy with a new clause hung on it: the words it derives, most of the
/// sentence, are a near copy of (nearly) all its counterpart, and only the clauses outside them
/// are new. `"Police arrested 12 people after the match, a force spokesman confirmed."` from
/// `"Police arrested 12 people after the match."` is copied, with `"a force spokesman
/// confirmed"` marked added, not reworded. A clause that stands in for one of the source's (a
/// quote's new attribution) leaves the sentence reworded.
pub(super) fn copied_with_new_clause(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    matched: &[bool],
    derived: &std::ops::Range<usize>,
    options: &Options,
) -> bool {
    if derived.len() == sentence.len() {
        return false;
    }
    // One pass per side keeps this small in the wasm.
    let (mut total, mut inside, mut in_order, mut content, mut unmatched) = (0.0, 0.0, 0.0, 0, 0);
    for (k, t) in sentence.iter().enumerate() {
        let weight = tokens.weight(t.key);
        total += weight;
        if derived.contains(&k) {
            inside += weight;
            let is_content = tokens.is_content(t.key);
            content += usize::from(is_content);
            if matched[k] {
                in_order += weight;
            } else {
                unmatched += usize::from(is_content);
            }
        }
    }
    let (mut source_content, mut source_lost) = (0, 0);
    for op in &alignment.ops {
        let kept = matches!(op, DiffOp::Equal { .. });
        for j in op.old_range() {
            let (s, i) = alignment.source[j];
            if tokens.is_content(tokens.source[s][i].key) {
                source_content += 1;
                source_lost += usize::from(!kept);
            }
        }
    }
    inside > 0.0
        && 2.0 * inside >= total
        && in_order / inside >= options.copied_min
        && unmatched <= content / 10
        && 10 * source_lost <= source_content
}

/// The most words slipped into a copy in one place for it to stay a copy.
const SLIPPED_IN_WORDS: usize = 3;

/// Whether a sentence is its counterpart whole, in order, with a few words slipped in: each
/// insertion at most [`SLIPPED_IN_WORDS`] words, together under a third of its content words,
/// and nothing of the counterpart's content dropped or replaced. `"The council approved
/// controversial plans for 200 homes on the edge of the market town"` from `"The council
/// approved plans for 200 homes on the edge of the town"` is copied, with `"controversial"` and
/// `"market"` marked added: the reader should see the words slipped in, not a rewrite. A
/// pronoun spelt out as a name (`"Mr Pike said"` for `"he said"`) is such a change too.
pub(super) fn copied_with_words_slipped_in(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let (mut content, mut slipped) = (0, 0);
    for op in &alignment.ops {
        match *op {
            DiffOp::Equal { new_index, len, .. } => {
                content += sentence[new_index..new_index + len]
                    .iter()
                    .filter(|t| tokens.is_content(t.key))
                    .count();
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } if new_len <= SLIPPED_IN_WORDS => {
                let words = &sentence[new_index..new_index + new_len];
                let new = words.iter().filter(|t| tokens.is_content(t.key)).count();
                content += new;
                slipped += new;
            }
            // A pronoun spelt out as the name it stands for: `"Mr Pike said"` for `"he said"`.
            // A name that is not the pronoun's is another speaker, found before this.
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if new_len <= SLIPPED_IN_WORDS
                && alignment
                    .source_words(tokens, old_index..old_index + old_len)
                    .all(|t| tokens.is_pronoun(t.key)) =>
            {
                let words = &sentence[new_index..new_index + new_len];
                if !words.iter().any(|t| tokens.is_name(t)) {
                    return false;
                }
                let new = words.iter().filter(|t| tokens.is_content(t.key)).count();
                content += new;
                slipped += new;
            }
            // Function words dropped, as a copy-editor drops them.
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                if alignment
                    .source_words(tokens, old_index..old_index + old_len)
                    .any(|t| tokens.is_content(t.key))
                {
                    return false;
                }
            }
            _ => return false,
        }
    }
    slipped > 0 && 3 * slipped < content
}

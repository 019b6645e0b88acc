//! Frames and names a copy-editor changes without changing what a copied sentence says: a
//! reporting frame turned from the sentence's head into a tag at its end, one person called by
//! another of their names, and a role moved to the other side of a name.

use similar::DiffOp;

use super::copies::SLIPPED_IN_WORDS;
use super::kept::Kept;
use super::Alignment;
use crate::normalize::{KeyKind, Token, Tokens};

/// The most content words a reporting frame holds besides its verb of speech, names, titles
/// and pronouns: a role and an audience, `"Regional fire chief ... told reporters that"`, or a
/// paper and its source, `"The newspaper quoted an unnamed source close to the group as
/// saying"`.
const FRAME_OTHER_WORDS: usize = 6;

/// The most words a tag at a sentence's end holds: `", regional fire chief Daniel Moravec
/// said"`.
const TAG_WORDS: usize = 8;

/// Whether the counterpart's words that change `at` of the alignment drops from the head of a
/// copy (after a kept `"The"` at most) only frame what follows as someone's report: a verb of
/// speech, belief or finding with its speaker and audience, no figure and no quotation.
/// `"Prosecutor Helen Crane told the court that"`, `"She told the court that"`, `"Council
/// officers said"`, `"Police believe"`, `"The tribunal found that"` are frames; `"Police who arrested two men said"` is not, since it tells
/// of an arrest.
pub(super) fn is_leading_frame(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    at: usize,
) -> bool {
    // The head may keep an article of the frame's: `"The [newspaper quoted a source as saying
    // the] four members had met"`.
    let head = at == alignment.kept_lead(tokens, sentence);
    let (
        true,
        Some(DiffOp::Delete {
            old_index, old_len, ..
        }),
    ) = (head, alignment.ops.get(at))
    else {
        return false;
    };
    let (mut reported, mut other) = (false, 0);
    for j in *old_index..old_index + old_len {
        let (s, i) = alignment.source[j];
        let word = &tokens.source[s][i];
        // "said" and "told" are function words by their weight: ask first.
        if word.quoted || tokens.kind(word.key) == KeyKind::Number {
            return false;
        }
        if tokens.is_report(word.key)
            || tokens.is_belief(word)
            || tokens.is_finding_at(&tokens.source[s], i)
        {
            reported = true;
        } else if tokens.is_content(word.key)
            && !(tokens.is_name_at(&tokens.source[s], i)
                || tokens.is_title(word.key)
                || tokens.is_pronoun(word.key))
        {
            other += 1;
        }
    }
    reported && other <= FRAME_OTHER_WORDS
}

/// Whether a sentence is a near copy that turns a claim once a [`reporting_tag`] it ends on
/// counts as kept (`matched` marks the words the alignment keeps).
pub(super) fn copied_but_turns_under_tag(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    matched: &[bool],
    options: &crate::Options,
) -> bool {
    reporting_tag(tokens, sentence, alignment).is_some_and(|tag| {
        let mut tagged = matched.to_vec();
        tagged[tag].fill(true);
        Kept::tally(tokens, sentence, &tagged).copied_but_turns(options.copied_min)
    })
}

/// The words a copy adds at its very end as a tag that reports or finds: `", the researchers
/// found"`, `", investigators said"`, whoever it credits. A claim hedged in the source and told
/// as fact under such a tag is still a near copy that turns it: `"Phone use causes shorter
/// sleep, the researchers found."` for `"Phone use was associated with shorter sleep."`. A tag
/// that makes the claim someone's belief (`", it was claimed yesterday"`) keeps it hedged.
fn reporting_tag(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> Option<std::ops::Range<usize>> {
    let Some(DiffOp::Insert {
        new_index, new_len, ..
    }) = alignment.ops.last()
    else {
        return None;
    };
    let words = &sentence[*new_index..new_index + new_len];
    let reports =
        |t: &Token| tokens.is_report(t.key) || tokens.findings.binary_search(&t.key).is_ok();
    (new_index + new_len == sentence.len()
        && words.len() <= TAG_WORDS
        && words.first().is_some_and(|t| t.opens_clause)
        && !words.iter().any(|t| t.quoted || tokens.is_belief(t))
        && words.iter().any(reports))
    .then_some(*new_index..new_index + new_len)
}

/// Whether the target's words `new`, inserted at the very head of a copy, only say whose report
/// it is: a verb of speech or finding, no quotation, figure or belief, and every other content
/// word the source's (`source_keys`, sorted). `"The court heard that one couple handed over
/// £160,000"` from a release's `"One couple handed over £160,000"` is a copy; `"Her neighbour
/// said that"` gives the claim to someone the source never names, and `"Police believe"` hedges
/// it.
pub(super) fn is_leading_tag(
    tokens: &Tokens,
    sentence: &[Token],
    new: std::ops::Range<usize>,
    source_keys: &[u32],
) -> bool {
    let words = &sentence[new.clone()];
    if new.start != 0 || words.is_empty() || words.len() > TAG_WORDS {
        return false;
    }
    let mut reported = false;
    for t in words {
        if t.quoted || tokens.is_belief(t) || tokens.kind(t.key) == KeyKind::Number {
            return false;
        }
        if tokens.is_report(t.key) || tokens.findings.binary_search(&t.key).is_ok() {
            reported = true;
        } else if tokens.is_content(t.key) && source_keys.binary_search(&t.key).is_err() {
            return false;
        }
    }
    reported
}

/// Whether the target's words `new`, inserted at the very end of a copy, are an attribution tag:
/// a clause after a comma that reports (`"said"`) or repeats a word of the frame the copy dropped
/// from its head (`frame`, positions in `alignment.words`), its other words all the frame's, or
/// without a frame all the source's (`source_keys`, sorted). `", the court heard"` for `"told
/// the court that"`, `", regional fire chief Daniel Moravec said"` for `"Regional fire chief
/// Daniel Moravec told reporters that"` and, with no frame, `", the club said in its
/// statement"` are such tags; `", her neighbour said"` gives the claim to someone else and is
/// not.
pub(super) fn is_trailing_tag(
    tokens: &Tokens,
    sentence: &[Token],
    new: std::ops::Range<usize>,
    (alignment, frame): (&Alignment, Option<std::ops::Range<usize>>),
    source_keys: &[u32],
) -> bool {
    let words = &sentence[new.clone()];
    if new.end != sentence.len()
        || words.is_empty()
        || words.len() > TAG_WORDS
        || !words[0].opens_clause
    {
        return false;
    }
    let in_frame = |t: &Token| {
        frame
            .clone()
            .is_some_and(|frame| frame.into_iter().any(|j| alignment.words[j].key == t.key))
    };
    let in_source = |t: &Token| source_keys.binary_search(&t.key).is_ok();
    // One word of its own may report beside a word the frame had: `"heard"` in `"the court
    // heard"`.
    let (mut reported, mut repeated, mut own) = (false, false, 0);
    for (k, t) in words.iter().enumerate() {
        if t.quoted {
            return false;
        }
        let name = tokens.is_name_at(sentence, new.start + k);
        if tokens.is_report(t.key) {
            reported = true;
        } else if !name && !tokens.is_content(t.key) {
            continue;
        } else if in_frame(t) {
            repeated = true;
        } else if frame.is_some() || !in_source(t) {
            // A name of its own credits someone else: it outweighs the one word allowed.
            own += if name { 2 } else { 1 };
        }
    }
    (reported || repeated) && (own == 0 || repeated && own == 1)
}

/// Whether the source words `old` and the target words `new`, one swapped for the other in a
/// copy, call one person by different names: both sides names (a title too on the old side),
/// which some run of names in either article joins. `"Moriarty"` for `"Declan"` and `"Carys"`
/// for `"Ms Vane"` are one person where an article writes `"Declan Moriarty"` and `"Carys
/// Vane"`; `"Ms Lowe"` for `"Mr Price"` are two.
pub(super) fn names_one_person(
    tokens: &Tokens,
    sentence: &[Token],
    new: std::ops::Range<usize>,
    alignment: &Alignment,
    old: std::ops::Range<usize>,
) -> bool {
    let mut old_names = Vec::new();
    for j in old {
        let (s, i) = alignment.source[j];
        let word = &tokens.source[s][i];
        if tokens.is_name_at(&tokens.source[s], i) {
            old_names.push(word.key);
        } else if !tokens.is_title(word.key) {
            return false;
        }
    }
    let mut new_names = Vec::new();
    for k in new {
        if !tokens.is_name_at(sentence, k) {
            return false;
        }
        new_names.push(sentence[k].key);
    }
    !old_names.is_empty() && !new_names.is_empty() && tokens.one_name(&new_names, &old_names)
}

/// A role and a name a copy swapped round, as house style orders them: the indices among
/// `alignment.ops` of the words the move dropped and of those it put in their new place, and
/// how many of the content words put there are the copy's own.
pub(super) struct Swapped {
    pub(super) delete: usize,
    pub(super) insert: usize,
    pub(super) own: usize,
}

/// Finds a role moved to the other side of a kept name, or the name moved past a kept role:
/// `"Chief executive Sarah Okafor said"` for `"Sarah Okafor, chief executive of Hartwell Food
/// Bank, said"`, and back, `"Sarah Okafor, the charity's chief executive, said"` for `"Chief
/// executive Sarah Okafor said"`. The words put in the new place are at most
/// [`SLIPPED_IN_WORDS`] words before the name, or an aside of two more after it; each content
/// word of them is among the words moved or, after the name, a word the source has elsewhere
/// (`source_keys`, sorted): the role's organisation. A role the source does not give is no move.
pub(super) fn moved_role(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    source_keys: &[u32],
) -> Option<Swapped> {
    // By hand, one pass: the page pays for every iterator chain.
    let source_word = |j: usize| {
        let (s, i) = alignment.source[j];
        tokens.source[s][i]
    };
    let names = |words: std::ops::Range<usize>| {
        !words.is_empty() && words.clone().all(|j| tokens.is_name(&source_word(j)))
    };
    // Inserts before a name and after one; deletes after a name and before one; and a kept
    // role with the name dropped after it (`"Chief executive [Ruth Okonjo] said"`).
    let (mut before, mut after, mut left, mut led, mut passed) = (None, None, None, None, None);
    for (at, op) in alignment.ops.iter().enumerate() {
        match *op {
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                let next = sentence.get(new_index + new_len);
                if new_len <= SLIPPED_IN_WORDS && next.is_some_and(|t| tokens.is_name(t)) {
                    before = Some(at);
                } else if new_len <= SLIPPED_IN_WORDS + 2
                    && new_index > 0
                    && tokens.is_name(&sentence[new_index - 1])
                    && sentence[new_index].opens_clause
                {
                    after = Some(at);
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                let words = old_index..old_index + old_len;
                if old_index > 0 && tokens.is_name(&source_word(old_index - 1)) {
                    left = Some(at);
                } else if words.end < alignment.source.len()
                    && tokens.is_name(&source_word(words.end))
                {
                    led = Some(at);
                }
                let role = at.checked_sub(1).and_then(|k| alignment.ops.get(k));
                let inserted = at.checked_sub(2).and_then(|k| alignment.ops.get(k));
                if let (Some(DiffOp::Equal { len, .. }), Some(DiffOp::Insert { .. })) =
                    (role, inserted)
                {
                    if *len <= SLIPPED_IN_WORDS && names(words) {
                        passed = Some((at, at - 2));
                    }
                }
            }
            _ => {}
        }
    }
    let (delete, insert, aside) = match (before, left, after, led, passed) {
        (Some(insert), Some(delete), ..) => (delete, insert, false),
        (_, _, Some(insert), Some(delete), _) => (delete, insert, true),
        (.., Some((delete, insert))) => (delete, insert, true),
        _ => return None,
    };
    let moved = alignment.ops[delete].old_range();
    let (mut kept, mut own) = (false, 0);
    for t in &sentence[alignment.ops[insert].new_range()] {
        if !tokens.is_content(t.key) {
            continue;
        }
        if moved.clone().any(|j| source_word(j).key == t.key) {
            kept = true;
        } else if aside && source_keys.binary_search(&t.key).is_ok() {
            own += 1;
        } else {
            return None;
        }
    }
    kept.then_some(Swapped {
        delete,
        insert,
        own,
    })
}

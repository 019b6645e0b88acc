//! How far a near copy's claim reaches: whom or what it is told of, whether it is intended or
//! certain, whose belief it is, and whether its hedges only moved. Read by `turns.rs` as hedges.

use std::ops::Range;

use similar::DiffOp;

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// Whether a near copy drops or adds the words that tell its claim of less than everyone, so it
/// tells it of more or fewer than its source does: what a finding was made in, anywhere in the
/// sentence (`"The compound slowed tumours"` for `"The compound slowed tumours in mice"`), or
/// swaps it for another (`"in rats"` for `"in mice"`, while `"in laboratory mice"` keeps them), or a
/// `"some"` with at most a function word, in place of nothing (`"reduced symptoms in
/// patients"` for `"reduced symptoms in some patients"`), and the reverse. `"some"` in a longer
/// change goes with the words it came with: `"jailed"` for `"sent to prison for quite some
/// time"`. So does a deed done in part: `"allowed the appeal"` for `"allowed the appeal in
/// part"`, `"reversed"` for `"partly reversed"`.
pub(super) fn rescopes(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let source = &alignment.words[..];
    let (old, new) = (subjects(tokens, source), subjects(tokens, sentence));
    let some = |words: &[Token]| {
        words.len() <= 2
            && words.iter().any(|w| Some(w.key) == tokens.some)
            && words
                .iter()
                .all(|w| Some(w.key) == tokens.some || !tokens.is_content(w.key))
    };
    // `"partly"`, or `"in part"` (whose `"part"` alone is a role: `"took part"`).
    let partly = |words: &[Token]| match words {
        [w] => tokens.partly.contains(&w.key),
        [a, b] => Some(a.key) == tokens.among && Some(b.key) == tokens.part,
        _ => false,
    };
    // One side tells it of something and the other of nothing, or of something else.
    let rescoped = match (old.is_empty(), new.is_empty()) {
        (false, false) => !old.iter().any(|k| new.contains(k)),
        (one, other) => one != other,
    };
    rescoped
        || alignment.ops.iter().any(|op| {
            let (dropped, added) = (&source[op.old_range()], &sentence[op.new_range()]);
            let less = |words: &[Token]| some(words) || partly(words);
            (less(dropped) && added.is_empty()) || (less(added) && dropped.is_empty())
        })
}

/// The senses of what a finding is told of in `words`, after `"in"`: `"mice"` in `"slowed
/// tumours in mice"`.
fn subjects(tokens: &Tokens, words: &[Token]) -> Vec<u32> {
    let mut senses = Vec::new();
    for k in 0..words.len() {
        if tokens.is_subject_at(words, k) {
            senses.push(tokens.sense(words[k].key));
        }
    }
    senses
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
    let source = &alignment.words[..];
    alignment.ops.windows(2).any(|pair| {
        let [op, similar::DiffOp::Equal { .. }] = pair else {
            return false;
        };
        let dropped = says_intent(tokens, &source[op.old_range()], sentence);
        let added = says_intent(tokens, &sentence[op.new_range()], source);
        matches!(
            (dropped, added),
            ((true, false), (false, true)) | ((false, true), (true, false))
        )
    })
}

/// Whether a near copy drops outright an intent, or a proposal being weighed, before the verb
/// both keep, so it tells the plan as a deed: `"The council is introducing charges"` for `"The
/// council is considering introducing charges"` or `"... is planning to introduce charges"`,
/// and `"is to introduce"` for `"plans to introduce"`; or adds one, telling a deed as a plan.
/// Only function words may stand in its place, and neither side may have such a word elsewhere:
/// `"is considering closing the library"` for `"is considering a plan to close the library"`
/// keeps the weighing. A plan that opens the sentence is a noun's: `"Closing the library was
/// approved"` for `"Plans to close the library were approved"`.
///
/// A decision in the intent's place (`"has agreed to sell"` for `"plans to sell"`) tells the plan
/// as settled too, and is read in a `rewrite` as well, where other words swap freely.
pub(super) fn drops_intent(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    rewrite: bool,
) -> bool {
    let source = &alignment.words[..];
    // Plain loops: the page's wasm holds this once, small.
    for pair in alignment.ops.windows(2) {
        let [op, similar::DiffOp::Equal { new_index, len, .. }] = pair else {
            continue;
        };
        let (old, new) = (op.old_range(), op.new_range());
        // The verb both keep, after its `"to"` if any: `"is to introduce"`.
        let kept = &sentence[*new_index..*new_index + (*len).min(2)];
        if kept.iter().any(|w| tokens.is_content(w.key))
            && (intends_alone(
                tokens,
                old.start,
                &source[old.clone()],
                sentence,
                (&sentence[new.clone()], rewrite),
            ) || intends_alone(
                tokens,
                new.start,
                &sentence[new],
                source,
                (&source[old], rewrite),
            ))
        {
            return true;
        }
    }
    false
}

/// Whether `words`, a change at word `at` of its sentence, say an intent and no future, after
/// the words that open the sentence, while the words in their place (`instead`) are function
/// words or a decision (only a decision in a `rewrite`) and the `other` sentence says no intent
/// anywhere. The change says nothing else: a clause dropped whole that names a plan (`"found
/// that the site is in the local plan and that the benefits outweigh the harm"` -> `"the
/// benefits outweigh the harm"`) drops no intent.
#[inline(never)]
fn intends_alone(
    tokens: &Tokens,
    at: usize,
    words: &[Token],
    other: &[Token],
    (instead, rewrite): (&[Token], bool),
) -> bool {
    let decided = instead.iter().any(|w| tokens.is_decision(w.key));
    at > 0
        && (decided || !rewrite)
        && words
            .iter()
            .all(|w| !tokens.is_content(w.key) || tokens.is_intent(w.key))
        && says_intent(tokens, words, other) == (true, false)
        && instead
            .iter()
            .all(|w| !tokens.is_content(w.key) || tokens.is_decision(w.key))
        && !other.iter().any(|w| tokens.is_intent(w.key))
}

/// Whether `words` say an intent that `other` does not, and whether they say a future.
fn says_intent(tokens: &Tokens, words: &[Token], other: &[Token]) -> (bool, bool) {
    let (mut intent, mut future) = (false, false);
    for w in words {
        intent |= tokens.is_intent(w.key) && !other.iter().any(|o| o.key == w.key);
        future |= tokens.futures.binary_search(&w.key).is_ok();
    }
    (intent, future)
}

/// Whether a near copy drops the condition a claim was made on, or adds one, so the claim reads
/// as certain or as conditional: `"The plant will close in March"` for `"The plant will close
/// in March if the board approves"`, `"faces up to ten years in jail"` for `"... if convicted"`,
/// `"will reopen in May if funds allow, the council said"` for `"will reopen in May, the council
/// said"`.
///
/// The condition is a run the change drops or adds whole, opening with `"if"`, `"unless"`,
/// `"pending"` or `"provided"`, holding a content word and ending its clause, while the other
/// side has no such word anywhere: `"if the board approves it"` for `"if approved by the
/// board"` keeps it, and `"He was asked and said he would not"` for `"He was asked if he would
/// resign and said he would not"` drops a question, not a condition. So does `"was asked by
/// reporters"` for `"was asked by reporters if he would resign"`: an `"if"` after a verb of
/// asking in its clause (`"asked"`, `"to see"`) opens a question. `"pending"` and `"provided"`
/// open a condition only after a future (see `WAITS`): `"was released on bail"` for
/// `"... on bail pending further enquiries"` drops none.
pub(super) fn lifts_condition(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let source = &alignment.words[..];
    let condition = |t: &Token| tokens.conditions.binary_search(&t.key).is_ok();
    // A verb of asking earlier in the clause makes `"if"` open a question.
    let asks = |words: &[Token], at: usize| {
        let clause = words[..at]
            .iter()
            .rposition(|t| t.opens_clause)
            .unwrap_or(0);
        words[clause..at]
            .iter()
            .any(|t| tokens.asking.binary_search(&t.key).is_ok())
    };
    // `"pending"` conditions only a claim still to come: a future before it.
    let opens = |words: &[Token], at: usize| {
        let word = &words[at];
        condition(word)
            && (tokens.waits.binary_search(&word.key).is_err()
                || words[..at].iter().any(|t| {
                    Some(t.key) == tokens.will
                        || Some(t.key) == tokens.would
                        || tokens.futures.binary_search(&t.key).is_ok()
                }))
    };
    // `run` is `words[range]`, and `other` the words the change puts in its place in `others`.
    let says = |words: &[Token], range: Range<usize>, others: &[Token], other: Range<usize>| {
        let run = &words[range.clone()];
        !run.is_empty()
            && opens(words, range.start)
            && !asks(words, range.start)
            && run.iter().any(|t| tokens.is_content(t.key))
            && words.get(range.end).is_none_or(|t| t.opens_clause)
            && !others[other].iter().any(|t| tokens.is_content(t.key))
            && !others.iter().any(condition)
    };
    alignment.ops.iter().any(|op| {
        let (old, new) = (op.old_range(), op.new_range());
        says(source, old.clone(), sentence, new.clone()) || says(sentence, new, source, old)
    })
}

/// Whether a near copy moves its hedges rather than turning them: it drops as many as it adds,
/// so the claim is as hedged as before. `"Nettle said some card payments ... might appear
/// twice"` for `"Some customers may see card payments ... appear twice"` hangs the `"may"` on
/// another verb of the same claim. Negations do not move so: `"will not charge ... and will
/// open"` against `"will charge ... and will not open"` says two other things.
pub(super) fn moves_hedge(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let (mut dropped, mut added) = (0, 0);
    for op in &alignment.ops {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        dropped += alignment
            .source_words(op.old_range())
            .filter(|t| tokens.is_hedge(t))
            .count();
        added += sentence[op.new_range()]
            .iter()
            .filter(|t| tokens.is_hedge(t))
            .count();
    }
    dropped > 0 && dropped == added
}

/// How many words after a hedge, or after the `"will"` that firms it, hold the claim they
/// share: `"may have to close"`, `"will close"`.
const CLAIM_WITHIN: usize = 3;

/// Whether a rewrite tells as certain what its counterpart hedged: a `"will"` within
/// [`CLAIM_WITHIN`] words before a content word that stands as near after a hedge of the source
/// (`"may"`, `"could"`) and after none of its own `"will"`s, and no hedge and no condition
/// (`"if"`, `"unless"`) anywhere in the target; a plan or a thing weighed (`"plans to"`, `"was
/// considering"`) is a hedge here. `"She will return to the stage"` for `"She was considering a
/// return to the stage"`, `"The hub will close next year"` for `"The trust may have to close its
/// hub next year unless funding is found"`, and `"will halve the number"` for `"could cut the
/// number ... by as much as half"`. `"would halve"` keeps the claim conditional, `"might"` for
/// `"may"` keeps it hedged, `"if it is as bright as scientists think, you will see it"` keeps its
/// condition, and `"Fans will remember"` tells no claim of the source's.
pub(super) fn firms_hedge(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let source = &alignment.words[..];
    // A plan or a thing weighed is as far from certain: `"was considering a return"`.
    let hedge = |t: &Token| tokens.is_hedge(t) || tokens.is_intent(t.key);
    let will = |t: &Token| Some(t.key) == tokens.will;
    let condition = |t: &Token| tokens.conditions.binary_search(&t.key).is_ok();
    if tokens.will.is_none() || sentence.iter().any(|t| hedge(t) || condition(t)) {
        return false;
    }
    // The words right after each hedge, less those right after a `"will"` the source has
    // already (`"We hope to return in 2026, and will share more news"` firms only the return);
    // then whether one follows a `"will"` of the target. Plain loops: the page's wasm pays for
    // every iterator chain.
    let mut hedged = Vec::new();
    let mut sure = Vec::new();
    for (at, t) in source.iter().enumerate() {
        let claim = if hedge(t) {
            &mut hedged
        } else if will(t) {
            &mut sure
        } else {
            continue;
        };
        for t in source[at + 1..].iter().take(CLAIM_WITHIN) {
            claim.push(t.key);
        }
    }
    for (at, _) in sentence.iter().enumerate().filter(|(_, t)| will(t)) {
        for t in sentence[at + 1..].iter().take(CLAIM_WITHIN) {
            if tokens.is_content(t.key) && hedged.contains(&t.key) && !sure.contains(&t.key) {
                return true;
            }
        }
    }
    false
}

/// The most words of a clause that says whose belief a claim is: `"The company's chief
/// executive claims"`.
const ATTRIBUTION_WORDS: usize = 6;

/// Whether a near copy drops, at its start or end, the clause that says whose belief the claim
/// is, so the target states it as fact: `"Police believe the fire was started deliberately."`
/// -> `"The fire was started deliberately."`, and `"..., the company claims."` dropped. A
/// dropped `"police said"` is none (see `BELIEFS`), nor is a belief swapped for other words, nor
/// one moved to the other end (`"The fire was started deliberately, police believe."`).
pub(super) fn unattributes(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let ops = &alignment.ops;
    // A subject and its verb of belief, the verb last or before at most two function words:
    // `"that"`, or `"that the"` when the diff kept the target's opening `"The"` from the
    // subject (`"The [opposition argues that the] tax rise"`).
    let attribution = |op: &DiffOp, kept: Option<&DiffOp>| {
        let DiffOp::Delete { .. } = op else {
            return false;
        };
        let words = &alignment.words[op.old_range()];
        matches!(kept, Some(DiffOp::Equal { .. }))
            && words.len() <= ATTRIBUTION_WORDS
            && words
                .iter()
                .rposition(|w| tokens.is_belief(w))
                .is_some_and(|at| {
                    at > 0
                        && at + 3 >= words.len()
                        && words[at + 1..].iter().all(|w| !tokens.is_content(w.key))
                        // Moved, not dropped: `"..., police believe."`.
                        && !sentence.iter().any(|t| t.key == words[at].key)
                })
            && words.iter().any(|w| {
                !tokens.is_belief(w) && (tokens.is_content(w.key) || tokens.is_pronoun(w.key))
            })
    };
    // At the start, a kept `"The"` may come first: `"The [company claims the] new drug"`.
    let lead = alignment.kept_lead(tokens, sentence);
    let n = ops.len();
    n >= lead + 2
        && (attribution(&ops[lead], ops.get(lead + 1)) || attribution(&ops[n - 1], ops.get(n - 2)))
}

//! Whether a near copy tells as done what its source only announced, or the reverse: a verb's
//! tense turned. Read by `turns.rs` as a tense.

use std::ops::Range;

use similar::DiffOp;

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// The fewest words of a sentence that is no headline: `"Schools to close on Monday"` is one.
const HEADLINE_WORDS: usize = 12;

/// Whether a near copy tells as done what its source announced, or the reverse: right before a
/// verb both keep, one side alone has a word that puts it in the future (`"will"`, `"would"`, a
/// headline's `"to"`, in a line of fewer than [`HEADLINE_WORDS`] words; function words may come
/// before it), and the other has the verb in the past. `"The firm launched its phone"` for
/// `"The firm will launch its phone"`, and `"Schools to close"` for `"Schools closed"`. A state
/// or a passive turns with `"be"` (`"was opened"` for `"will be opened"`), and a plan word
/// before `"to"` is a future word (`"opened"` for `"is expected to open"` or `"announced plans to
/// open"`). An irregular past is a past (`"has built"` for `"will build"`), and so is the base of
/// a verb whose past it is, with nothing but a perfect's `"has"` in the future word's place (`"it
/// cut"` for `"it will cut"`, `"has cut"` for `"plans to cut"`). `"is to open"` for `"will open"`
/// keeps the plan, `"opens"` for `"will open"` keeps it ahead, and `"closed"` for `"had closed"`
/// has no future to lose, nor has `"Police have reminded walkers"` for the courtesy of `"Police
/// would remind walkers"`. In a `rewrite`, one side must have no future word at all, and two of
/// the content words around the verb (the one before its future word, the two after it) must
/// be the same on both sides.
pub(super) fn retenses(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    rewrite: bool,
) -> bool {
    let source = &alignment.words[..];
    // A `"to"` puts a verb in the future only in a headline (`"Schools to close"`); in a
    // sentence it is mostly an infinitive's (`"no marks to suggest"`).
    let (source_headline, target_headline) = (
        source.len() < HEADLINE_WORDS,
        sentence.len() < HEADLINE_WORDS,
    );
    let is_future = |w: &Token, headline: bool| {
        tokens.futures.binary_search(&w.key).is_ok()
            || (headline && tokens.headline_future == Some(w.key))
    };
    // `"expected to"`, `"plans to"`: a plan word right before `"to"`.
    let is_plan = |pair: &[Token]| {
        matches!(pair, [plan, to] if tokens.headline_future == Some(to.key)
            && tokens.plans.binary_search(&plan.key).is_ok())
    };
    let has_future = |words: &[Token]| {
        words.iter().any(|w| is_future(w, false)) || words.windows(2).any(is_plan)
    };
    if rewrite && has_future(source) && has_future(sentence) {
        return false;
    }
    // A future word last, or a plan word and `"to"`, after function words only (`"will"`, `"is
    // to"`, `"is expected to"`), and none on the other side. A plan may be announced first, in
    // up to two words: `"announced plans to open"`, `"has unveiled plans to"`.
    let tells_future = |words: &[Token], headline: bool, other: &[Token]| {
        let (lead, future, announced) = match words {
            [lead @ .., plan, to] if is_plan(&[*plan, *to]) => (lead, true, lead.len() <= 2),
            [lead @ .., last] => (lead, is_future(last, headline), false),
            [] => (words, false, false),
        };
        future
            && (announced || lead.iter().all(|w| !tokens.is_content(w.key)))
            && !other.iter().any(|w| is_future(w, true))
            && !other.windows(2).any(is_plan)
    };
    // `"will be"` before a state or a passive, against `"was"` or `"were"`, function words
    // before it.
    let tells_future_state = |words: &[Token], headline: bool, other: &[Token]| {
        words.split_last().is_some_and(|(be, rest)| {
            tokens.be == Some(be.key) && tells_future(rest, headline, other)
        })
    };
    let tells_past_state = |words: &[Token]| {
        words
            .last()
            .is_some_and(|w| tokens.past_be.contains(&w.key))
            && words.iter().all(|w| !tokens.is_content(w.key))
    };
    let past = |w: &Token| tokens.past_forms.contains(&w.form);
    // `"it cut"` or `"has cut"` for `"it will cut"` or `"plans to cut"`: a verb whose past is its
    // base, with nothing in the future word's place but a perfect's `"has"`.
    let unchanged_past = |w: &Token, in_place: &[Token]| {
        matches!(in_place, [] | [_])
            && in_place
                .iter()
                .all(|h| tokens.perfects.binary_search(&h.key).is_ok())
            && tokens.unchanged_pasts.binary_search(&w.key).is_ok()
    };
    // `"would remind"`: a courtesy that appeals now, no plan (`"Police have reminded walkers"`
    // for `"Police would remind walkers"`).
    let courteous = |lead: &[Token], verb: &Token| {
        lead.last().is_some_and(|w| Some(w.key) == tokens.would)
            && tokens.appeals.binary_search(&verb.key).is_ok()
    };
    // The form of a word that is its own stem: `"launch"`, `"close"`.
    let base = |w: &Token| w.form == 0;
    // `"has built"` for `"will build"`: the verb's irregular past in its base's place.
    let is_past_of =
        |past: &Token, base: &Token| tokens.irregular_pasts.contains(&(past.key, base.key));
    let in_place = |old: Range<usize>, new: Range<usize>| {
        !rewrite || same_surroundings(tokens, source, sentence, old, new)
    };
    let irregular = alignment.ops.iter().any(|op| {
        let (dropped, added) = (&source[op.old_range()], &sentence[op.new_range()]);
        match (dropped.split_last(), added.split_last()) {
            (Some((old, old_lead)), Some((new, new_lead))) => {
                ((is_past_of(new, old) && tells_future(old_lead, source_headline, new_lead))
                    || (is_past_of(old, new) && tells_future(new_lead, target_headline, old_lead)))
                    && in_place(op.old_range(), op.new_range())
            }
            _ => false,
        }
    });
    irregular
        || alignment.ops.windows(2).any(|pair| {
            let [op, DiffOp::Equal {
                old_index,
                new_index,
                ..
            }] = pair
            else {
                return false;
            };
            let (dropped, added) = (&source[op.old_range()], &sentence[op.new_range()]);
            let (Some(before), Some(after)) = (source.get(*old_index), sentence.get(*new_index))
            else {
                return false;
            };
            tokens.is_content(after.key)
                && in_place(
                    op.old_range().start..*old_index + 1,
                    op.new_range().start..*new_index + 1,
                )
                && ((base(before)
                    && (past(after) || unchanged_past(after, added))
                    && tells_future(dropped, source_headline, added)
                    && !courteous(dropped, before))
                    || ((past(before) || unchanged_past(before, dropped))
                        && base(after)
                        && tells_future(added, target_headline, dropped)
                        && !courteous(added, after))
                    || (tells_future_state(dropped, source_headline, added)
                        && tells_past_state(added))
                    || (tells_future_state(added, target_headline, dropped)
                        && tells_past_state(dropped)))
        })
}

/// Whether the verb of a tense change stands among the same words on both sides: two of the
/// content word before `old` and `new` (its future word and the verb) and the two after them
/// have the same senses. `"the burglaries which took place in Hull"`, merged from `"...the
/// trial, which is due to take place at York"`, keeps `"which ... take place"` by chance,
/// about another event, while `"The firm launched its phone on Monday"` keeps `"phone"` and
/// `"Monday"` around `"will launch"`. The content word right before both (the thing the verb
/// tells of) is enough alone: `"The centre has opened on the hospital site"` for `"The centre
/// is due to open in the spring"`.
fn same_surroundings(
    tokens: &Tokens,
    source: &[Token],
    sentence: &[Token],
    old: Range<usize>,
    new: Range<usize>,
) -> bool {
    let context = |words: &[Token], range: Range<usize>| {
        let sense = |w: &Token| tokens.is_content(w.key).then(|| tokens.sense(w.key));
        let (before, after) = words.split_at(range.start.min(words.len()));
        let mut after = after.iter().skip(range.len()).filter_map(sense);
        [
            before.iter().rev().find_map(sense),
            after.next(),
            after.next(),
        ]
    };
    // The thing the verb tells of, right before it, kept: `"treatment centre has opened on the
    // hospital site"` for `"treatment centre is due to open in the spring"`.
    let subject = |words: &[Token], at: usize| {
        let word = at.checked_sub(1).and_then(|k| words.get(k));
        word.filter(|w| tokens.is_content(w.key))
            .map(|w| tokens.sense(w.key))
    };
    let subject_kept =
        subject(source, old.start).is_some_and(|s| Some(s) == subject(sentence, new.start));
    let (old, new) = (context(source, old), context(sentence, new));
    subject_kept
        || old
            .iter()
            .zip(&new)
            .filter(|(a, b)| a.is_some() && a == b)
            .count()
            >= 2
}

/// How many content words on each side of a verb tell what it is done to or by.
const BESIDE_VERB: usize = 2;

/// Whether a sentence tells as done, with an auxiliary (`"has"`, `"was"`, `"has been"`), what
/// its counterpart only announced, wherever the verb stands: a passive for an active moves it.
/// `"The library has been closed by the council"` for `"The council plans to close the
/// library"`, `"the fire has been contained"` for `"firefighters hope to contain it"`, and
/// `"The library has closed"` for `"The library will be closed"`. Only when the sentence has no
/// future, plan or intent anywhere, the counterpart has the verb in no past, and two content
/// words beside the verb (two before its future word or auxiliary, two after it) are the same
/// on both sides, or the sentence's only one: `"the burglaries, which have taken place in
/// Hull"` keeps only `"place"` of `"the trial, which is due to take place at York"`.
pub(super) fn tells_done(tokens: &Tokens, sentence: &[Token], source: &[Token]) -> bool {
    let planned = futures(tokens, source);
    if planned.is_empty() || !futures(tokens, sentence).is_empty() {
        return false;
    }
    // A passive's verb is a past already (`"will be closed"`, `"will be built"`), and a verb
    // whose past is its base is one after `"has"` (`"has cut"` for `"plans to cut"`).
    let past = |w: &Token, (verb, passive): (&Token, bool)| {
        (w.key == verb.key
            && (tokens.past_forms.contains(&w.form)
                || (passive && w.form == verb.form)
                || tokens.unchanged_pasts.binary_search(&w.key).is_ok()))
            || tokens.irregular_pasts.contains(&(w.key, verb.key))
    };
    let beside = |words: &[Token], lead: usize, verb: usize| {
        let senses = |w: &Token| tokens.is_content(w.key).then(|| tokens.sense(w.key));
        let before = words[..lead]
            .iter()
            .rev()
            .filter_map(senses)
            .take(BESIDE_VERB);
        let after = words[verb + 1..]
            .iter()
            .filter_map(senses)
            .take(BESIDE_VERB);
        before.chain(after).collect::<Vec<_>>()
    };
    for &(lead, at) in &planned {
        let verb = &source[at];
        // `"will be closed"`, `"will be built"` (its own stem), not `"would be considering"`.
        let passive = source
            .get(at.wrapping_sub(1))
            .is_some_and(|w| Some(w.key) == tokens.be)
            && (verb.form == 0 || tokens.past_forms.contains(&verb.form));
        let verb = (verb, passive);
        let told_before = source
            .iter()
            .enumerate()
            .any(|(k, w)| k != at && tokens.is_content(w.key) && past(w, verb));
        if told_before {
            continue;
        }
        let around = beside(source, lead, at);
        for (k, word) in sentence.iter().enumerate() {
            let Some(aux) = auxiliary(tokens, sentence, k) else {
                continue;
            };
            let kept = beside(sentence, aux, k);
            let shared = kept.iter().filter(|s| around.contains(s)).count();
            if past(word, verb) && tokens.is_content(word.key) && shared >= kept.len().min(2) {
                return true;
            }
        }
    }
    false
}

/// The verbs `words` put ahead, each as the index of its future word (`"will"`, or a plan or
/// intent before `"to"`) and of the verb: `"close"` in `"plans to close"` and `"will be
/// closed"`. A negation between them leaves the verb out: a turned negation is read apart. So
/// does a courtesy's `"would"`: `"Police would urge walkers"` urges now.
fn futures(tokens: &Tokens, words: &[Token]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let to_after = words
            .get(at + 1)
            .is_some_and(|w| tokens.headline_future == Some(w.key));
        let plan = tokens.plans.binary_search(&word.key).is_ok() || tokens.is_intent(word.key);
        let from = if tokens.futures.binary_search(&word.key).is_ok() {
            at + 1
        } else if plan && to_after {
            at + 2
        } else {
            continue;
        };
        let verb = words
            .iter()
            .enumerate()
            .skip(from)
            .take(3)
            .find(|(_, w)| tokens.is_content(w.key) || tokens.is_negation(w.key));
        let courteous = |w: &Token| {
            Some(word.key) == tokens.would && tokens.appeals.binary_search(&w.key).is_ok()
        };
        if let Some((k, _)) = verb.filter(|(_, w)| !tokens.is_negation(w.key) && !courteous(w)) {
            found.push((at, k));
        }
    }
    found
}

/// Where the auxiliary that tells `words[at]` as done stands: a perfect's `"has"` or a past
/// `"was"` within three words before it, with only function words between (`"has now been"`),
/// none of them `"to"`: `"has to close"` is no deed.
fn auxiliary(tokens: &Tokens, words: &[Token], at: usize) -> Option<usize> {
    (at.saturating_sub(3)..at).rev().find(|&k| {
        let w = &words[k];
        (tokens.perfects.binary_search(&w.key).is_ok() || tokens.past_be.contains(&w.key))
            && words[k + 1..at]
                .iter()
                .all(|w| !tokens.is_content(w.key) && tokens.headline_future != Some(w.key))
    })
}

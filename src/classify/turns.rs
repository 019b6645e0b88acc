//! Claims a near copy turns: a negation, a hedge, the qualifier of a figure it keeps (read in
//! `qualifiers.rs`), a verb's tense (read in `tenses.rs`), or whose belief a claim is.

use similar::DiffOp;

use super::claims::{
    drops_intent, firms_hedge, firms_up, lifts_condition, moves_hedge, rescopes, unattributes,
};
use super::qualifiers::{drops_ceiling, refigures, requalifies};
use super::tenses::{retenses, tells_done};
use super::Alignment;
use crate::normalize::{KeyKind, Token, Tokens};
use crate::report::Fact;

/// How many words after a negation may hold the word it negates: `"not"` then `"been"` and
/// `"safe"` in `"has not been safe"`, `"may"` then `"be in the"` and `"area"` in `"may be in
/// the area"`, and `"may"` then `"have been among the"` and `"largest"` in `"may have been among
/// the largest predators"`.
const NEGATED_WITHIN: usize = 5;

/// Which claim a sentence in the source's shape turns: a negation (first) or a hedge, which the
/// qualifier of a figure is too.
///
/// `"The council will not raise taxes."` vs `"The council will raise taxes."` turns a negation;
/// `"The drug may slow the disease."` vs `"The drug slows the disease."` drops a hedge, and
/// `"could be harmful"` for `"is harmful"` adds one. `"could"` for `"may"` keeps it. `"up to
/// 40%"` vs `"40%"` drops a figure's hedge.
///
/// A former role told as current (`"The minister"` for `"The former minister"`), or the
/// reverse, is a tense. A rate dropped or added after a figure kept in place is another number.
///
/// A `rewrite` turns negations, beliefs and roles as it rewords (`"did not approve"` ->
/// `"refused to approve"`, `"a teacher until last year"` for `"a former teacher"`), so there
/// only a hedge, a figure's qualifier or a verb's tense counts, when one side has none anywhere:
/// `"Walking may reduce the risk, a study suggests"` -> `"Walking reduces the risk, a study
/// finds"` drops a hedge, while `"Police claim the men are reportedly armed"`
/// -> `"The men are armed, police claim"` keeps the claim someone's.
pub(super) fn turned(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    rewrite: bool,
) -> Option<Fact> {
    if !rewrite && negates(tokens, sentence, alignment) {
        Some(Fact::Negation)
    } else if refigures(tokens, sentence, alignment, rewrite) {
        Some(Fact::Number)
    } else if (!rewrite || !sentence.iter().any(|t| tokens.is_belief(t)))
        && turns(
            tokens,
            sentence,
            alignment,
            &|t| tokens.is_hedge(t),
            rewrite,
        )
        && !moves_hedge(tokens, sentence, alignment)
        || requalifies(tokens, sentence, alignment, rewrite)
        || (rewrite && drops_ceiling(tokens, sentence, alignment))
        || firms_hedge(tokens, sentence, alignment)
        || (!rewrite && unattributes(tokens, sentence, alignment))
        || (!rewrite && rescopes(tokens, sentence, alignment))
        || (!rewrite && firms_up(tokens, sentence, alignment))
        || (!rewrite && lifts_condition(tokens, sentence, alignment))
    {
        Some(Fact::Hedge)
    } else if retenses(tokens, sentence, alignment, rewrite)
        || tells_done(tokens, sentence, &alignment.words)
        || drops_intent(tokens, sentence, alignment, rewrite)
        || (!rewrite
            && turns(
                tokens,
                sentence,
                alignment,
                &|t| tokens.formers.binary_search(&t.key).is_ok(),
                false,
            ))
    {
        Some(Fact::Tense)
    } else {
        None
    }
}

/// Whether a sentence in its counterpart's shape turns a negation: `"did not end"` for
/// `"ended"`.
///
/// A negation with `"until"` after it tells a time, not the reverse: `"is not expected to peak
/// until Wednesday"` for `"is expected to peak early on Wednesday"`.
pub(super) fn negates(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let negation = |t: &Token| tokens.is_negation(t.key);
    !restates_condition(tokens, sentence, alignment)
        && !waits_until(tokens, sentence)
        && !waits_until(tokens, &alignment.words)
        && turns(tokens, sentence, alignment, &negation, false)
}

/// Whether `words` hold a negation with `"until"` within [`NEGATED_WITHIN`] words after it.
fn waits_until(tokens: &Tokens, words: &[Token]) -> bool {
    (0..words.len()).any(|k| {
        tokens.is_negation(words[k].key)
            && words[k + 1..]
                .iter()
                .take(NEGATED_WITHIN)
                .any(|w| tokens.until.binary_search(&w.key).is_ok())
    })
}

/// Whether a near copy swaps a condition word that negates for one that does not, with as many
/// negations on each side in all: `"if it is not approved"` for `"unless it is approved"` moves
/// the negation into the condition, and says the same.
fn restates_condition(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let condition = |t: &Token| tokens.conditions.binary_search(&t.key).is_ok();
    // Plain loops: the page's wasm holds this once, small.
    let mut swapped = false;
    for op in &alignment.ops {
        if let &DiffOp::Replace {
            old_index,
            old_len: 1,
            new_index,
            new_len: 1,
        } = op
        {
            let (a, b) = (&alignment.words[old_index], &sentence[new_index]);
            swapped |= a.key != b.key && condition(a) && condition(b);
        }
    }
    swapped && negations(tokens, &alignment.words) == negations(tokens, sentence)
}

/// How many negations `words` hold.
#[inline(never)]
fn negations(tokens: &Tokens, words: &[Token]) -> usize {
    let mut count = 0;
    for word in words {
        count += usize::from(tokens.is_negation(word.key));
    }
    count
}

/// Whether the sentence says another thing than its counterpart: inside the stretch the two
/// share, one side adds a `marker` word that the other lacks, with nothing in its place. The
/// markers are negations (`"not"`, `"never"`, `"no"`, `"nothing"`...) or hedges (`"may"`,
/// `"could"`...). Only for a sentence in the source's shape: a rewrite turns negations as it
/// rewords (`"was not found for a month"` for `"was found six weeks later"`).
///
/// With negations as markers: `"The council will not raise taxes."` vs `"The council will raise taxes."` turns it, and so
/// does `"Police did not confirm the death."` vs `"Police confirmed the death."`. `"He didn't
/// comment"` vs `"He did not comment"` does not (`"n't"` reads as `"not"`), nor does `"not happy"`
/// reworded as `"unhappy"` (a word stands in its place), nor `"was not doing her job"` as
/// `"was doing nothing"` (a negation moved), nor a clause with a `"not"` dropped or added
/// whole. Two negations that trade places turn it twice: `"will charge ... and will not open"`
/// against `"will not charge ... and will open"`. A negation swapped for a plain function word
/// turns it too: `"Both drivers were hurt"` against `"Neither driver was hurt"`, `"will always
/// charge"` against `"will never charge"`. A negation dropped with the words before it turns the
/// kept word right after it: `"was charged"` for `"was released without charge"`. With hedges
/// as markers, a deed kept in its irregular past drops the charge before it: `"who stole"` for
/// `"who is accused of stealing"`.
fn turns(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    marker: &dyn Fn(&Token) -> bool,
    rewrite: bool,
) -> bool {
    let equal = |op: &&DiffOp| matches!(op, DiffOp::Equal { .. });
    let (Some(first), Some(last)) = (
        alignment.ops.iter().position(|op| equal(&op)),
        alignment.ops.iter().rposition(|op| equal(&op)),
    ) else {
        return false;
    };
    // Only a negation alone, with at most function words, before the word it negates, which
    // both keep ("did not confirm"): a dropped clause that held one ("who had pleaded not
    // guilty", ", but he doesn't,") is condensing. The first words of both sentences open no
    // dropped clause: "Neither driver" against "Both drivers".
    // The negated word may follow a verb or two, in the same clause: "will not be safe", "has
    // not been paid", but not `he doesn't," he told`.
    let negated = |words: &[Token], next: &[Token]| {
        let Some(at) = words.iter().rposition(marker) else {
            return false;
        };
        let negation = words[at];
        let after = words[at + 1..].iter().chain(next);
        // One before a figure qualifies the figure (`"nearly 40 people"`, which `requalifies`
        // weighs), or names something (`"No 10"`): it turns no claim.
        if after
            .clone()
            .next()
            .is_some_and(|w| tokens.kind(w.key) == KeyKind::Number)
        {
            return false;
        }
        after
            .take(NEGATED_WITHIN)
            .enumerate()
            .take_while(|(k, w)| {
                (*k == 0 || !w.opens_clause)
                    && w.quoted == negation.quoted
                    && !tokens.is_pronoun(w.key)
                    && !marker(w)
            })
            .any(|(_, w)| tokens.is_content(w.key))
    };
    // A marker last, right before the kept word it turns, turns it whatever the words before it
    // say: `"was charged"` for `"was released without charge"`.
    let turns_next = |words: &[Token], next: &[Token]| {
        words.last().is_some_and(marker)
            && next.first().is_some_and(|w| {
                tokens.is_content(w.key)
                    && !w.opens_clause
                    && !marker(w)
                    && !tokens.is_pronoun(w.key)
            })
    };
    // A clause's opening words may go with its hedge when the verb it hedged stays: `"bite
    // marks, inflicted by a rival"` for `"bite marks, which may have been inflicted by a
    // rival"` tells as fact what the source held possible.
    let negates = |words: &[Token], next: Vec<Token>, at_start: bool| {
        // A word that softens the claim goes with its hedge: `"may have a slightly lower"`.
        let only_marked = !words.iter().any(|w| {
            tokens.is_content(w.key)
                && !marker(w)
                && tokens.softeners.binary_search(&w.key).is_err()
        });
        let verb_kept = || {
            next.first()
                .is_some_and(|n| tokens.is_content(n.key) && !n.opens_clause)
        };
        words.first().is_some_and(|w| {
            (at_start && words.len() == 1)
                || !w.opens_clause
                || !at_start && only_marked && verb_kept()
        }) && words.iter().any(marker)
            && (only_marked || turns_next(words, &next))
            && negated(words, &next)
    };
    // A word or two, neither a negation nor a content word: `"Both"` in place of `"Neither"`;
    // or one word that is no negation, the negated word kept after it: `"will not be safe"`
    // for `"will still be safe"`.
    let plain = |words: &[Token]| {
        (words.len() <= 2
            && words
                .iter()
                .all(|w| !tokens.is_content(w.key) && !marker(w)))
            || matches!(words, [w] if !marker(w))
    };
    // A swap turns only when one side has fewer negations in all: "was not considering" for
    // "were not in court to consider" moves its "not" instead.
    let source_negations = alignment
        .source
        .iter()
        .filter(|&&(s, i)| marker(&tokens.source[s][i]))
        .count();
    let target_negations = sentence.iter().filter(|w| marker(w)).count();
    let swapped = source_negations != target_negations;
    // A rewrite that words a claim more carefully ("are likely to qualify" for "would
    // qualify") says no more than its source; one that drops every hedge states it as fact. A
    // hedge it keeps where the source has it hedges another claim: `"reduces the risk by almost
    // a quarter"` for `"may reduce the risk by almost a quarter"` drops the `"may"`.
    if rewrite
        && alignment.ops.iter().any(|op| {
            !matches!(op, DiffOp::Equal { .. }) && sentence[op.new_range()].iter().any(marker)
        })
    {
        return false;
    }
    // Any negation turned counts, even when another turns the other way: "would charge ... and
    // would not open" against "would not charge ... and would open" says two other things. The
    // stretch starts one change early, so a sentence's first word counts: "Neither driver".
    let mut turned = false;
    for op in &alignment.ops[first.saturating_sub(1)..last] {
        let (old, mut new) = (op.old_range(), op.new_range());
        let mut deleted: Vec<Token> = alignment.source_words(old.clone()).collect();
        let mut deed = false;
        let mut source_next: Vec<Token> = alignment.source[old.end..]
            .iter()
            .take(NEGATED_WITHIN)
            .map(|&(s, i)| tokens.source[s][i])
            .collect();
        // A verb both end on, one in its irregular past, is kept: `"stole"` for `"is accused
        // of stealing"` drops the allegation and keeps the deed.
        // So is a verb a near copy swaps, when a marker alone goes with it: `"cuts the risk"`
        // for `"could reduce the risk"` drops the hedge.
        if let (Some(&old_verb), Some(new_verb)) = (deleted.last(), sentence[new.clone()].last()) {
            let pair = |a: &Token, b: &Token| tokens.irregular_pasts.contains(&(a.key, b.key));
            let swapped_verb = !rewrite
                && matches!(deleted[..], [ref m, _] if marker(m))
                && new.len() == 1
                && tokens.is_content(old_verb.key)
                && tokens.is_content(new_verb.key)
                && !marker(new_verb);
            if pair(new_verb, &old_verb) || pair(&old_verb, new_verb) || swapped_verb {
                deed = true;
                deleted.pop();
                source_next.insert(0, old_verb);
                new.end -= 1;
            }
        }
        let inserted = &sentence[new.clone()];
        let target_next = sentence[new.end..]
            .iter()
            .take(NEGATED_WITHIN)
            .copied()
            .collect();
        let at_start = old.start == 0 && new.start == 0;
        let swap = !deleted.is_empty() && !inserted.is_empty();
        // A negation said again after a conjunction repeats the one just before it: `"without
        // warning and without consent"` for `"without warning or consent"`.
        let source_before =
            &alignment.words[old.start.saturating_sub(NEGATED_WITHIN + 1)..old.start];
        let target_before = &sentence[new.start.saturating_sub(NEGATED_WITHIN + 1)..new.start];
        let repeats = |words: &[Token], before: &[Token]| {
            words
                .iter()
                .filter(|w| marker(w))
                .all(|w| before.iter().any(|b| b.key == w.key))
        };
        let deleted_turns =
            negates(&deleted, source_next, at_start) && !repeats(&deleted, source_before);
        let inserted_turns =
            negates(inserted, target_next, at_start) && !repeats(inserted, target_before);
        // In a rewrite, only a hedge dropped outright: `"could be considered"` -> `"was
        // considered"` words a clause anew. A deed kept, though, may swap function words for
        // the charge: `"who threw"` for `"suspected of throwing"`.
        let function_words = |words: &[Token]| words.iter().all(|w| !tokens.is_content(w.key));
        turned |= (!swap || (swapped && !rewrite) || (deed && function_words(inserted)))
            && ((deleted_turns && (inserted.is_empty() || plain(inserted)))
                || (inserted_turns && (deleted.is_empty() || plain(&deleted))));
    }
    turned
}

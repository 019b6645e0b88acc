//! Clauses: which part of a derived target sentence carries its counterpart's content.
//!
//! Journalists join a rewritten quote to material of their own in one long sentence, or hang a
//! new clause on a kept one. Judged whole, such a sentence is either all reworded or all added;
//! judged by clause, the reader sees which part came from the source.

use std::ops::Range;

use super::shared_uncommon;
use crate::normalize::{Token, Tokens};

/// A clause at the edge of a derived sentence is new when less than this share of its weight
/// has a counterpart: `"Rents rose 5%, the council said, citing higher costs for landlords."`
/// from `"Rents rose 5%, the council said."` keeps everything up to `"said"`, and `"citing
/// higher costs for landlords"` is added.
const NEW_CLAUSE_MAX: f32 = 0.1;

/// A run of clauses inside a sentence that is otherwise new is derived when at least this share
/// of its weight has a counterpart...
const DERIVED_CLAUSES_MIN: f32 = 0.6;

/// ...and it shares at least this many distinct uncommon content words with it, so two names
/// and a verb the whole story repeats do not make a derived clause...
const DERIVED_CLAUSES_WORDS: usize = 3;

/// ...of which at least this many are not names: written in lower case, past the sentence's first
/// word. A photo caption, `"Regional Governor Ilse Marrow at Harlow Creek, 12 May (Northfield
/// Press)"`, repeats whom the source names, not what it says of her. (With the title in lower
/// case, `"governor"` is such a word and the caption still counts: one word more would lose
/// rewrites that keep a name and one verb, `"punching"` for `"punched"`.)
const DERIVED_CLAUSES_OTHER_WORDS: usize = 1;

/// The most clauses one derived run may span: bounds the search on a sentence of a thousand
/// commas.
const MAX_CLAUSES: usize = 32;

/// The most words before its verb that a reporting frame opening a sentence may have: `"Sources
/// close to the club told"`.
const FRAME_WORDS: usize = 6;

/// The most words between a reporting frame's verb and the words it introduces: whom it told
/// and `"that"`, `"told the Courier that"`.
const FRAME_OBJECT_WORDS: usize = 4;

/// Where the words a reporting frame introduces begin, when the sentence opens with one: a
/// subject of at most [`FRAME_WORDS`] words and a verb that reports, outside any quote, with no
/// comma to cut it off; then, within [`FRAME_OBJECT_WORDS`] words, the first content word
/// `found` in the counterpart, with the function words found right before it. `"Sources told
/// the Courier that the club held talks."` -> `"the club held talks"`, a clause as `"the club
/// held talks, sources told the Courier"` has one: a copy behind a frame of the writer's own is
/// a copy with a new clause. `"Joy said afterwards: ..."` has none.
fn report_frame(tokens: &Tokens, sentence: &[Token], found: &[bool]) -> Option<usize> {
    let verb = sentence
        .iter()
        .take(FRAME_WORDS + 1)
        .enumerate()
        .position(|(k, t)| t.quoted || k > 0 && t.opens_clause || tokens.is_report(t.key))
        .filter(|&k| k > 0 && tokens.is_report(sentence[k].key) && !sentence[k].quoted)?;
    let after = verb + 1..(verb + 2 + FRAME_OBJECT_WORDS).min(sentence.len());
    let mut body = after
        .clone()
        .take_while(|&k| !sentence[k].quoted && !sentence[k].opens_clause)
        .find(|&k| found[k] && tokens.is_content(sentence[k].key))?;
    while body > after.start && found[body - 1] && !tokens.is_content(sentence[body - 1].key) {
        body -= 1;
    }
    Some(body)
}

/// The range of `sentence`'s words that comes from its counterpart, given which words are
/// `found` in it; the words outside it are added. `None` when no part of the sentence is derived.
///
/// A sentence `whole`ly derived (its counterpart covers enough of it) loses only the clauses at
/// its edges that have (almost) no counterpart. Otherwise the best run of whole clauses is
/// taken, if one is mostly found in the counterpart:
/// `"But the bridge was badly damaged and could not be reopened," she said, before blaming
/// years of neglect by the county council.` against `"The bridge was seriously damaged and it
/// was not possible to reopen it."` derives `"But the bridge ... reopened,"` and adds the rest.
pub(super) fn derived_clauses(
    tokens: &Tokens,
    sentence: &[Token],
    found: &[bool],
    whole: bool,
    source_keys: &[u32],
) -> Option<Range<usize>> {
    let starts: Vec<usize> = (0..sentence.len())
        .filter(|&i| i == 0 || sentence[i].opens_clause)
        .chain([sentence.len()])
        .collect();
    let clauses = starts.len() - 1;
    let weight = |range: Range<usize>| -> (f32, f32) {
        let total = sentence[range.clone()]
            .iter()
            .map(|t| tokens.weight(t.key))
            .sum();
        let found = range
            .filter(|&i| found[i])
            .map(|i| tokens.weight(sentence[i].key))
            .sum();
        (total, found)
    };
    let is_content = |t: &Token| tokens.is_content(t.key);
    let (mut first, mut last) = if whole {
        (0, clauses)
    } else {
        // The most found weight wins; on a tie, the shorter run, so no new clause rides along.
        let mut best: Option<(f32, f32, usize, usize)> = None;
        for a in 0..clauses {
            for b in a + 1..=clauses.min(a + MAX_CLAUSES) {
                if b - a == clauses {
                    continue;
                }
                let range = starts[a]..starts[b];
                let (total, found_weight) = weight(range.clone());
                let shared =
                    shared_uncommon(tokens, &sentence[range.clone()], &found[range.clone()]);
                let other_words = range
                    .clone()
                    .filter(|&i| {
                        i > 0
                            && found[i]
                            && !sentence[i].proper
                            && tokens.is_content(sentence[i].key)
                            && !tokens.is_common(sentence[i].key)
                    })
                    .count();
                if total > 0.0
                    && other_words >= DERIVED_CLAUSES_OTHER_WORDS
                    && found_weight >= DERIVED_CLAUSES_MIN * total
                    && shared >= DERIVED_CLAUSES_WORDS
                    && best.is_none_or(|(found, length, _, _)| {
                        found_weight > found || (found_weight == found && total < length)
                    })
                {
                    best = Some((found_weight, total, a, b));
                }
            }
        }
        let (_, _, a, b) = best?;
        (a, b)
    };
    let is_new_range = |range: Range<usize>| {
        let content = sentence[range.clone()]
            .iter()
            .filter(|t| is_content(t))
            .count();
        let (total, found_weight) = weight(range);
        content >= 2 && found_weight < NEW_CLAUSE_MAX * total
    };
    let is_new = |clause: usize| is_new_range(starts[clause]..starts[clause + 1]);
    while last - first > 1 && is_new(first) {
        first += 1;
    }
    while last - first > 1 && is_new(last - 1) {
        last -= 1;
    }
    // A reporting frame of the writer's own goes too, but never the words it introduces, nor a
    // frame that names someone the source names elsewhere: `"Pc Okafor told the court
    // that..."` credits the source's own speaker.
    let start = match report_frame(tokens, sentence, found) {
        Some(body)
            if whole
                && first == 0
                && body < starts[1]
                && is_new_range(0..body)
                && !(0..body).any(|k| {
                    tokens.is_name_at(sentence, k)
                        && source_keys.binary_search(&sentence[k].key).is_ok()
                }) =>
        {
            body
        }
        _ => starts[first],
    };
    Some(start..starts[last])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{compare_words, found_in_source, rounding::given_figures};
    use crate::{align::align, normalize::normalize, segment::segment};

    /// The derived words of the last target sentence against its candidate, as text.
    fn derived(source: &str, target: &str, whole: bool) -> Option<String> {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let candidate = align(&tokens).into_iter().last().flatten()?;
        let sentence = tokens.target.last()?;
        let alignment = compare_words(&tokens, sentence, &candidate.source);
        let given = given_figures(&tokens, &alignment);
        let found = found_in_source(&tokens, sentence, &alignment, &given);
        let source_keys = crate::classify::sorted_keys(tokens.source.iter().flatten());
        let range = derived_clauses(&tokens, sentence, &found, whole, &source_keys)?;
        let (first, last) = (sentence.get(range.start)?, sentence.get(range.end - 1)?);
        Some(target[first.start..last.end].to_string())
    }

    #[test]
    fn finds_the_clauses_that_carry_the_source() {
        let source = "The mayor said the damaged bridge over the Aske would stay closed until \
            engineers had inspected its foundations.";
        let cases: &[(&str, bool, Option<&str>)] = &[
            // A whole derived sentence loses a new clause at either edge...
            (
                "Engineers must inspect the foundations of the damaged bridge over the Aske, \
                 which stays closed, the mayor said, citing heavy spring floods upstream.",
                true,
                Some(
                    "Engineers must inspect the foundations of the damaged bridge over the \
                     Aske, which stays closed, the mayor said",
                ),
            ),
            (
                "Despite angry shopkeepers, the damaged bridge over the Aske stays closed \
                 until engineers inspect its foundations.",
                true,
                Some("the damaged bridge over the Aske stays closed until engineers inspect its foundations"),
            ),
            // ...but keeps a clause with some of the source in it.
            (
                "The bridge over the Aske stays closed, the mayor said, until engineers look.",
                true,
                Some("The bridge over the Aske stays closed, the mayor said, until engineers look"),
            ),
            // A mostly new sentence keeps only its derived clauses.
            (
                "Shopkeepers on Market Street counted the cost of a third flood in ten years, \
                 asked the regional government for a new embankment and heard that the damaged \
                 bridge stays closed until engineers inspect its foundations.",
                false,
                None,
            ),
            (
                "Shopkeepers on Market Street counted the cost of a third flood in ten years and \
                 asked the regional government for a new embankment; the damaged bridge stays \
                 closed until engineers inspect its foundations.",
                false,
                Some("the damaged bridge stays closed until engineers inspect its foundations"),
            ),
        ];
        for (target, whole, expected) in cases {
            assert_eq!(
                derived(source, target, *whole).as_deref(),
                *expected,
                "{target}"
            );
        }
    }

    #[test]
    fn a_clause_that_shares_only_names_is_not_derived() {
        let source = "Regional Governor Ilse Marrow opened the Harlow Creek dam on Tuesday, seven \
            years after work began, and thanked the 1,200 workers who built it.";
        // A photo caption names the governor and nothing the source says about her.
        let caption = "Regional Governor Ilse Marrow at Harlow Creek, 12 May 2026 (Northfield \
            Press / Jan Holm)";
        assert_eq!(derived(source, caption, false), None);
        // A clause that also keeps what she did is derived.
        let kept = "Regional Governor Ilse Marrow thanked the workers who built the dam, a \
            spokesman for the union told reporters after a long meeting in the town hall.";
        assert_eq!(
            derived(source, kept, false).as_deref(),
            Some("Regional Governor Ilse Marrow thanked the workers who built the dam")
        );
    }

    #[test]
    fn finds_a_derived_clause_after_hundreds_of_new_ones() {
        let source = "Alpha beta gamma delta epsilon. Rain fell. Roads shut. Schools opened.";
        // Segmentation cuts this into sentences of about 1,000 characters; the last one holds
        // some 200 one-word clauses before the derived one.
        let target = "one, two, ".repeat(1000) + "alpha beta gamma delta epsilon.";
        assert_eq!(
            derived(source, &target, false).as_deref(),
            Some("alpha beta gamma delta epsilon")
        );
    }
}

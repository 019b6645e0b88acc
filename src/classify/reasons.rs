//! Why each added target sentence has no counterpart, in terms a reader can check: the words
//! it shares with its closest source sentences, and what those words fall short of.

use std::ops::Range;

use super::{asks_anew, ByteReason, Judgement};
use crate::align::Candidate;
use crate::normalize::{Token, Tokens};
use crate::report::{Fact, Label, Why};

/// Gives every added target sentence its reason. `candidates` are the aligner's; `changes` the
/// source sentences and fact of each sentence linked for a changed fact, and `facts` the fact
/// each sentence changed of its candidate when first judged, linked or not: a sentence in its
/// counterpart's shape still says another thing when another sentence restates the facts.
pub(super) fn explain_added(
    tokens: &Tokens,
    candidates: &[Option<Candidate>],
    changes: &[Option<(Vec<usize>, Fact)>],
    facts: &[Option<Fact>],
    target: &mut [Judgement],
) {
    for (t, judgement) in target.iter_mut().enumerate() {
        if judgement.label != Label::Added {
            continue;
        }
        let candidate = candidates.get(t).and_then(Option::as_ref);
        let change = match changes.get(t).and_then(Option::as_ref) {
            Some((group, fact)) => Some((group.as_slice(), *fact)),
            None => facts
                .get(t)
                .copied()
                .flatten()
                .zip(candidate)
                .map(|(fact, c)| (c.source.as_slice(), fact)),
        };
        judgement.reason = Some(explain(tokens, t, candidate, change));
    }
}

/// Why target sentence `t`, which is added, has no counterpart among `candidate`'s source
/// sentences: it keeps their shape with another fact (`change`), asks a question they state,
/// shares none of its content words with them, only the words both articles use throughout, or
/// a few telling ones.
///
/// `"North Korea has sought closer ties with Russia."` against a wire story naming both in
/// every paragraph -> `common_words`, sharing `"North Korea"` and `"Russia"`.
fn explain(
    tokens: &Tokens,
    t: usize,
    candidate: Option<&Candidate>,
    change: Option<(&[usize], Fact)>,
) -> ByteReason {
    let sentence: &[Token] = tokens.target.get(t).map_or(&[], Vec::as_slice);
    let unshared = ByteReason {
        why: Why::Unshared,
        source: Vec::new(),
        shared: Vec::new(),
        changed: None,
    };
    if let Some((group, fact)) = change {
        return ByteReason {
            why: Why::Changed,
            source: group.to_vec(),
            shared: shared_words(tokens, sentence, group).0,
            changed: Some(fact),
        };
    }
    let Some(candidate) = candidate else {
        return unshared;
    };
    let (shared, telling) = shared_words(tokens, sentence, &candidate.source);
    let why = if asks_anew(tokens, t, sentence, &candidate.source) {
        Why::Question
    } else if shared.is_empty() {
        return unshared;
    } else if telling {
        Why::FewWords
    } else {
        Why::CommonWords
    };
    ByteReason {
        why,
        source: candidate.source.clone(),
        shared,
        changed: None,
    }
}

/// The most phrases a reason lists: a sentence sharing more with a source sentence is one long
/// run of text without a full stop, and comparing each phrase with every other would take time
/// that grows with its square.
const SHARED_MAX: usize = 40;

/// The content words of `sentence` whose sense any of the source sentences `group` has, as
/// byte ranges, neighbours joined (`"North Korea"`), each phrase once, the first
/// [`SHARED_MAX`]; and whether any of them is telling, not the event's common vocabulary.
fn shared_words(tokens: &Tokens, sentence: &[Token], group: &[usize]) -> (Vec<Range<usize>>, bool) {
    let mut senses: Vec<u32> = group
        .iter()
        .filter_map(|&s| tokens.source.get(s))
        .flatten()
        .map(|w| tokens.sense(w.key))
        .collect();
    senses.sort_unstable();
    let shared: Vec<bool> = sentence
        .iter()
        .map(|w| tokens.is_content(w.key) && senses.binary_search(&tokens.sense(w.key)).is_ok())
        .collect();
    let telling = sentence
        .iter()
        .zip(&shared)
        .any(|(w, &shared)| shared && !tokens.is_common(w.key));
    // Runs of shared words within a clause: `"Ukraine, North Korea"` is two phrases.
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (k, word) in sentence.iter().enumerate() {
        let full = runs.len() == SHARED_MAX;
        match runs.last_mut() {
            Some(run) if shared[k] && run.end == k && !word.opens_clause => run.end = k + 1,
            _ if shared[k] && full => break,
            _ if shared[k] => runs.push(k..k + 1),
            _ => {}
        }
    }
    // A name the sentence repeats is listed once, and so is one inside a longer phrase:
    // `"Russia's"` beside `"Russia's relations"`.
    let words = |run: &Range<usize>| &sentence[run.clone()];
    let within = |inner: &[Token], outer: &[Token]| {
        outer
            .windows(inner.len())
            .any(|w| w.iter().zip(inner).all(|(a, b)| a.key == b.key))
    };
    let mut phrases: Vec<Range<usize>> = Vec::new();
    for (k, run) in runs.iter().enumerate() {
        let listed = runs.iter().enumerate().any(|(j, other)| {
            j != k && within(words(run), words(other)) && (other.len() > run.len() || j < k)
        });
        if !listed {
            phrases.push(sentence[run.start].start..sentence[run.end - 1].end);
        }
    }
    (phrases, telling)
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::segment::segment;
    use crate::{compare, Options, Why};

    /// The reason of the target's sentence `index`, its source sentences and shared words.
    fn reason_of(source: &str, target: &str, index: usize) -> (Why, Vec<usize>, Vec<String>) {
        let report = compare(source, target, &Options::default());
        let reason = report.target.sentences[index]
            .reason
            .clone()
            .expect("an added sentence has a reason");
        (reason.why, reason.source, reason.shared)
    }

    #[test]
    fn background_that_shares_only_the_story_s_names_shares_common_words() {
        let source = "North Korean troops fought in Russia's Kursk region, Ukraine said.\n\n\
                      North Korea denied sending troops to Russia.\n\n\
                      Ukraine said North Korean soldiers were captured in Kursk.\n\n\
                      Russia and North Korea signed a defence pact in June.\n\n\
                      Analysts said the pact bound North Korea to Russia's war.";
        let target = "North Korean troops fought in Russia's Kursk region, Ukraine said.\n\n\
                      North Korea has long kept a distance from Ukraine while courting Russia.";
        let (why, source_sentences, shared) = reason_of(source, target, 1);
        assert_eq!(why, Why::CommonWords);
        assert!(!source_sentences.is_empty());
        assert!(shared.contains(&"North Korea".to_string()), "{shared:?}");
    }

    #[test]
    fn a_sentence_with_no_word_of_the_source_is_unshared() {
        let (why, source, shared) = reason_of(
            "The council approved the bridge on Tuesday.",
            "The council approved the bridge on Tuesday. Residents cheered loudly.",
            1,
        );
        assert_eq!((why, source, shared), (Why::Unshared, vec![], vec![]));
    }

    #[test]
    fn a_sentence_sharing_a_few_telling_words_names_them() {
        let source = "The harbour wall at Penmor will be rebuilt next spring at a cost of £4m.";
        let target = "Penmor's harbour wall was first built by fishermen in 1840.";
        let (why, source_sentences, shared) = reason_of(source, target, 0);
        assert_eq!(why, Why::FewWords);
        assert_eq!(source_sentences, [0]);
        assert_eq!(shared, ["Penmor's harbour wall"]);
    }

    #[test]
    fn a_question_of_the_target_s_own_is_a_question() {
        let source = "Households will pay for the repair of the dam through their water bills.";
        let target = "Who will pay for the repair of the dam?";
        assert_eq!(reason_of(source, target, 0).0, Why::Question);
    }

    #[test]
    fn a_changed_figure_names_the_fact_and_the_sentence_whose_shape_it_keeps() {
        let source = "The storm killed 12 people in Devon. Roads were closed.";
        let target = "The storm killed 15 people in Devon.";
        let report = compare(source, target, &Options::default());
        let reason = report.target.sentences[0].reason.clone().expect("a reason");
        assert_eq!(reason.why, Why::Changed);
        assert_eq!(reason.source, [0]);
        assert_eq!(reason.changed, Some(crate::Fact::Number));
    }

    #[test]
    fn a_reason_lists_at_most_forty_phrases() {
        // One line without a full stop sharing a hundred words, each between words of its own.
        let words: Vec<String> = (0..100).map(|k| format!("zorb{k:03}x")).collect();
        let source = format!("{}.", words.join(" "));
        let target: Vec<String> = words.iter().map(|w| format!("{w} whereupon")).collect();
        let target = format!("{} ended.", target.join(" "));
        let tokens = normalize(&source, &segment(&source), &target, &segment(&target));
        let (phrases, telling) = super::shared_words(&tokens, &tokens.target[0], &[0]);
        assert_eq!(phrases.len(), super::SHARED_MAX);
        assert_eq!(&target[phrases[0].clone()], "zorb000x");
        assert!(telling);
    }

    #[test]
    fn only_added_target_sentences_have_a_reason() {
        let report = compare(
            "The council approved the bridge on Tuesday. Work starts in May.",
            "The council approved the bridge on Tuesday. Residents cheered loudly.",
            &Options::default(),
        );
        let has_reason: Vec<bool> = report
            .target
            .sentences
            .iter()
            .map(|s| s.reason.is_some())
            .collect();
        assert_eq!(has_reason, [false, true]);
        assert!(report.source.sentences.iter().all(|s| s.reason.is_none()));
    }
}

//! Links: the confirmed counterparts, with splits merged and each link's similarity.

use super::{Judgement, Match};
use crate::align::Bag;
use crate::normalize::{Token, Tokens};
use crate::report::{Fact, Label};

/// Builds links, merging consecutive target sentences that share the same source sentences (a
/// split: one source sentence became two target sentences). Two that say the same thing twice
/// are no split: a headline reworded from the intro the next sentence copies links on its own.
/// An added sentence that changes a fact of its counterpart gets an `Added` link to it, so a
/// reader sees what it changed.
pub(super) fn link(
    tokens: &Tokens,
    groups: &[Option<Vec<usize>>],
    changes: &[Option<(Vec<usize>, Fact)>],
    target: &mut [Judgement],
) -> Vec<Match> {
    let mut links: Vec<Match> = Vec::new();
    for (t, (group, change)) in groups.iter().zip(changes).enumerate() {
        let (group, label, changed) = match (group, change) {
            (Some(group), _) => (group, target[t].label, None),
            (None, Some((group, fact))) => (group, Label::Added, Some(*fact)),
            (None, None) => continue,
        };
        match links.last_mut() {
            Some(last)
                // Each sentence that changes a fact links alone, with its own fact and diff.
                if last.source == *group
                    && last.target.last() == Some(&(t.wrapping_sub(1)))
                    && last.label != Label::Added
                    && label != Label::Added
                    && !restates(tokens, t - 1, t) =>
            {
                last.target.push(t);
                if label == Label::Reworded {
                    last.label = Label::Reworded;
                }
            }
            _ => links.push(Match {
                source: group.clone(),
                target: vec![t],
                label,
                changed,
                similarity: 0.0,
            }),
        }
        target[t].links.push(links.len() - 1);
    }
    for link in &mut links {
        let source_words = words_of(&tokens.source, &link.source);
        let target_words = words_of(&tokens.target, &link.target);
        let source = Bag::new(&source_words, tokens);
        let target = Bag::new(&target_words, tokens);
        let total = source.weight + target.weight;
        // A name in other letters, or a word swapped for a synonym, is the same content but not
        // the same wording: half a match, so "UN" for "United Nations" or "army" for "military"
        // leaves a link similar but short of identical.
        let renamed =
            renamed_weight(tokens, &source, &target) + renamed_weight(tokens, &target, &source);
        let same = source.overlap(&target);
        let synonyms = (Bag::of_senses(&source_words, tokens)
            .overlap(&Bag::of_senses(&target_words, tokens))
            - same)
            .max(0.0);
        let shared = 2.0 * same + synonyms + 0.5 * renamed;
        link.similarity = if total > 0.0 {
            (shared / total).min(1.0)
        } else {
            1.0
        };
    }
    links
}

/// The weight of the words of `bag` that `other` names differently, abbreviated or spelled out:
/// `"United Nations"` against `"UN"`, so a copy that only abbreviates a name stays similar.
fn renamed_weight(tokens: &Tokens, bag: &Bag, other: &Bag) -> f32 {
    if tokens.acronyms.is_empty() {
        return 0.0;
    }
    bag.keys
        .iter()
        .zip(&bag.weights)
        .filter(|(&k, _)| other.keys.binary_search(&k).is_err() && tokens.same_name(k, &other.keys))
        .map(|(_, &w)| w)
        .sum()
}

/// Whether target sentences `a` and `b` say the same thing: half the distinct content words of
/// the shorter are in the other. `"Bank of England set to hold rates"` restates `"The Bank of
/// England is expected to hold interest rates at 4.25%..."`; the halves of a split sentence,
/// `"The mayor opened the bridge."` and `"She thanked the builders."`, share none.
fn restates(tokens: &Tokens, a: usize, b: usize) -> bool {
    let content = |s: usize| {
        let mut keys: Vec<u32> = tokens.target[s]
            .iter()
            .map(|t| t.key)
            .filter(|&k| tokens.is_content(k))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let (a, b) = (content(a), content(b));
    let (shorter, longer) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = shorter
        .iter()
        .filter(|k| longer.binary_search(k).is_ok())
        .count();
    !shorter.is_empty() && 2 * shared >= shorter.len()
}

fn words_of(side: &[Vec<Token>], sentences: &[usize]) -> Vec<Token> {
    sentences
        .iter()
        .flat_map(|&s| side[s].iter().copied())
        .collect()
}

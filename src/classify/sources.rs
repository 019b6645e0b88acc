//! Source sentences: their labels, from the links that use them, and the words the target took.

use similar::DiffOp;

use super::spans::{added_spans, keep_figures_whole};
use super::verbatim::Verbatim;
use super::{Alignment, ByteSpan, Judgement, Match};
use crate::normalize::{Token, Tokens};
use crate::report::Label;
use crate::Options;

/// Which words of each source sentence the target took.
pub(super) struct Taken {
    /// Per source sentence and word: matched in order by a derived target sentence.
    in_order: Vec<Vec<bool>>,
    /// Per source sentence and word: a content word a reworded target sentence marks copied,
    /// or a copied one moved, wherever it put it.
    kept: Vec<Vec<bool>>,
}

impl Taken {
    /// Nothing taken yet.
    pub(super) fn new(tokens: &Tokens) -> Taken {
        let none = || tokens.source.iter().map(|s| vec![false; s.len()]).collect();
        Taken {
            in_order: none(),
            kept: none(),
        }
    }

    /// Records what a derived target sentence took through its alignment: the words it matched
    /// in order, and the source's copy of each content word it marked copied, so both sides of a
    /// reworded link show the same kept words.
    pub(super) fn mark(
        &mut self,
        tokens: &Tokens,
        sentence: &[Token],
        alignment: &Alignment,
        judgement: &Judgement,
    ) {
        let reworded = judgement.label == Label::Reworded;
        let copied = |t: &Token| {
            tokens.is_content(t.key)
                && judgement.spans.iter().any(|span| {
                    span.label == Label::Copied && span.start <= t.start && t.end <= span.end
                })
        };
        let same = |t: &Token, (s, i): (usize, usize)| tokens.source[s][i].is_same_word(t);
        // Each kept word claims one source word: the one it was matched with in order, or else
        // the first free one spelled the same, so a word the source repeats is marked once.
        let mut claimed = vec![false; alignment.source.len()];
        let mut matched = vec![false; sentence.len()];
        for op in &alignment.ops {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = *op
            {
                for k in 0..len {
                    let (s, i) = alignment.source[old_index + k];
                    self.in_order[s][i] = true;
                    let t = &sentence[new_index + k];
                    matched[new_index + k] = true;
                    claimed[old_index + k] = reworded && copied(t) && same(t, (s, i));
                }
            }
        }
        for &j in &alignment.renamed.0 {
            let (s, i) = alignment.source[j];
            self.in_order[s][i] = true;
        }
        if !reworded {
            // A copy that moved a word took it, so the source does not show it omitted.
            for j in alignment.moved(tokens, sentence).1 {
                let (s, i) = alignment.source[j];
                self.kept[s][i] = true;
            }
            return;
        }
        for (t, _) in sentence
            .iter()
            .zip(&matched)
            .filter(|&(t, &m)| !m && copied(t))
        {
            let free = (0..claimed.len()).find(|&j| !claimed[j] && same(t, alignment.source[j]));
            if let Some(j) = free {
                claimed[j] = true;
            }
        }
        for (&(s, i), _) in alignment.source.iter().zip(&claimed).filter(|(_, &c)| c) {
            self.kept[s][i] = true;
        }
    }

    /// The share of source sentence `s`'s content words that derived sentences took, in order
    /// or as kept words; 1 for a sentence without content words.
    pub(super) fn content_share(&self, tokens: &Tokens, s: usize) -> f32 {
        let Some(sentence) = tokens.source.get(s) else {
            return 1.0;
        };
        let (mut content, mut taken) = (0usize, 0usize);
        for (i, t) in sentence.iter().enumerate() {
            if tokens.is_content(t.key) {
                content += 1;
                if self.in_order[s][i] || self.kept[s][i] {
                    taken += 1;
                }
            }
        }
        if content == 0 {
            1.0
        } else {
            taken as f32 / content as f32
        }
    }
}

/// Labels source sentences from the links that use them, with the words the target dropped
/// from a copied one, the words it kept from a reworded one, and the verbatim phrases it took
/// from an omitted one into sentences not linked to it.
///
/// `"The dam opened on Monday after years of delay."` reworded as `"After years of delay, the
/// dam is open."` marks `"after years of delay"` (a run in order) and `"dam"` (a kept word)
/// copied; `"The committee voted seven to three in favour."`, omitted, marks `"committee voted
/// seven to three"` copied when a target sentence not linked to it says so word for word.
pub(super) fn judge_sources(
    tokens: &Tokens,
    links: &[Match],
    taken: &Taken,
    options: &Options,
) -> Vec<Judgement> {
    let mut judgements: Vec<Judgement> = tokens
        .source
        .iter()
        .map(|_| Judgement {
            label: Label::Omitted,
            links: Vec::new(),
            spans: Vec::new(),
            reason: None,
        })
        .collect();
    for (index, link) in links.iter().enumerate() {
        for &s in &link.source {
            let judgement = &mut judgements[s];
            judgement.links.push(index);
            // A target sentence that changes its facts does not carry them: the source
            // sentence stays omitted, linked so a reader sees what changed.
            if link.label == Label::Added {
                continue;
            }
            if judgement.label == Label::Omitted || link.label == Label::Copied {
                judgement.label = link.label;
            }
        }
    }
    let in_target = Verbatim::new(&tokens.target);
    for (s, (judgement, sentence)) in judgements.iter_mut().zip(&tokens.source).enumerate() {
        // Words taken out of order count as used where dropped words are marked.
        let used: Vec<bool> = match judgement.label {
            Label::Copied => taken.in_order[s]
                .iter()
                .zip(&taken.kept[s])
                .map(|(&in_order, &kept)| in_order || kept)
                .collect(),
            _ => taken.in_order[s].clone(),
        };
        // Per word, whether it is marked: dropped from a copied sentence, kept in a reworded one.
        let mut marked = vec![false; sentence.len()];
        let wanted = match judgement.label {
            Label::Copied => false,
            Label::Reworded => true,
            // Linked, it shows the fact a target sentence changed, not the words it shares.
            Label::Omitted if judgement.links.is_empty() => {
                judgement.spans = added_spans(tokens, sentence, &in_target);
                continue;
            }
            _ => continue,
        };
        let mut i = 0;
        while i < sentence.len() {
            let run_end = (i..sentence.len())
                .find(|&k| used[k] != used[i])
                .unwrap_or(sentence.len());
            let run = &sentence[i..run_end];
            let content = run.iter().any(|t| tokens.is_content(t.key));
            let long_enough = !wanted || run.len() >= options.min_run;
            if used[i] == wanted && content && long_enough {
                marked[i..run_end].fill(true);
            }
            i = run_end;
        }
        if wanted {
            for (mark, &kept) in marked.iter_mut().zip(&taken.kept[s]) {
                *mark |= kept;
            }
        }
        keep_figures_whole(tokens, sentence, &mut marked);
        let label = if wanted {
            Label::Copied
        } else {
            Label::Omitted
        };
        let mut k = 0;
        while k < sentence.len() {
            if !marked[k] {
                k += 1;
                continue;
            }
            let end = (k..sentence.len())
                .find(|&j| !marked[j])
                .unwrap_or(sentence.len());
            judgement.spans.push(ByteSpan {
                start: sentence[k].start,
                end: sentence[end - 1].end,
                label,
            });
            k = end;
        }
    }
    judgements
}

#[cfg(test)]
mod tests {
    use crate::{compare, Label, Options};

    /// The source's copied spans in a one-sentence comparison.
    fn source_copied(source: &str, target: &str) -> Vec<String> {
        let report = compare(source, target, &Options::default());
        assert_eq!(
            report.target.sentences[0].label,
            Label::Reworded,
            "{target}"
        );
        report.source.sentences[0]
            .spans
            .iter()
            .filter(|s| s.label == Label::Copied)
            .map(|s| source.chars().skip(s.start).take(s.end - s.start).collect())
            .collect()
    }

    #[test]
    fn a_reworded_source_sentence_shows_the_words_the_target_kept() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "The dam opened on Monday after years of delay.",
                "After years of delay, the dam is open.",
                // A mark goes with the word it touches.
                &["dam", "after years of delay."],
            ),
            // The target's one "council" keeps one of the source's two.
            (
                "The council closed the library, and council officials blamed the budget.",
                "Blaming the budget, the council has shut the library.",
                &["The council", "the library,", "budget."],
            ),
            // "Searching" for "searched" is rewording: it stays unmarked.
            (
                "Divers searched the frozen lake for two missing skaters all night.",
                "Searching all night, divers found two skaters who had gone missing.",
                &["Divers", "two missing skaters", "night."],
            ),
        ];
        for &(source, target, expected) in cases {
            assert_eq!(source_copied(source, target), expected, "{target}");
        }
    }

    #[test]
    fn an_omitted_sentence_shows_the_phrase_the_target_took() {
        // The target's sentence says too much of its own to come from the vote sentence, but
        // it repeats five of its words.
        let source = "Plans to close the High Street to traffic were approved on Tuesday. \
                      The committee voted seven to three in favour of the proposal.";
        let target = "Campaigners said the committee voted seven to three only after cyclists \
                      delivered a petition of 4,000 names to the town hall in March.";
        let report = compare(source, target, &Options::default());
        let omitted = &report.source.sentences[1];
        assert_eq!(report.target.sentences[0].label, Label::Added);
        assert_eq!(omitted.label, Label::Omitted);
        let spans: Vec<(String, Label)> = omitted
            .spans
            .iter()
            .map(|s| {
                (
                    source.chars().skip(s.start).take(s.end - s.start).collect(),
                    s.label,
                )
            })
            .collect();
        assert_eq!(
            spans,
            [(
                "The committee voted seven to three".to_string(),
                Label::Copied
            )]
        );
    }
}

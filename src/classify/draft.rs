//! The labels of the first pass, as the passes that judge some added sentences again read and
//! change them.

use super::intro::INTRO_WORDS;
use super::spans::{added_spans, target_spans};
use super::{judge, Alignment, Context, Judgement, Outcome, Taken};
use crate::align::Candidate;
use crate::normalize::{Line, Tokens};
use crate::report::{Fact, Label};
use crate::Options;

/// The least share of a source sentence's content words that a copied merge must take for the
/// sentence to stay in it, as a third of a sentence's words makes a rewrite.
const MERGED_MIN: f32 = 1.0 / 3.0;

/// Every target sentence's judgement so far, the source sentences it derives from (none for an
/// added one), and the source words the derived ones took.
pub(super) struct Draft {
    /// Per target sentence: the source sentences it derives from, or `None` when added.
    pub groups: Vec<Option<Vec<usize>>>,
    /// Per added target sentence in a source sentence's shape: those source sentences, and the
    /// fact it changes.
    pub changes: Vec<Option<(Vec<usize>, Fact)>>,
    /// Per target sentence: the fact it changes of its candidate when first judged, linked or
    /// not.
    pub facts: Vec<Option<Fact>>,
    /// Per target sentence: its judgement.
    pub target: Vec<Judgement>,
    /// The source words derived sentences took.
    pub taken: Taken,
}

impl Draft {
    /// Records target sentence `t` as derived from the source sentences `group`.
    pub fn derive(
        &mut self,
        tokens: &Tokens,
        t: usize,
        group: Vec<usize>,
        judgement: Judgement,
        alignment: &Alignment,
    ) {
        self.taken
            .mark(tokens, &tokens.target[t], alignment, &judgement);
        self.groups[t] = Some(group);
        self.changes[t] = None;
        self.target[t] = judgement;
    }

    /// Records target sentence `t` as reworded, all of it, from the source sentences `group`,
    /// whose words `alignment` aligns with its own: its kept words marked copied, as in any
    /// reworded sentence.
    pub fn reword_whole(
        &mut self,
        tokens: &Tokens,
        t: usize,
        group: Vec<usize>,
        alignment: &Alignment,
        (context, options): (&Context, &Options),
    ) {
        let sentence = &tokens.target[t];
        let spans = target_spans(
            tokens,
            sentence,
            alignment,
            Label::Reworded,
            &(0..sentence.len()),
            context,
            options,
        );
        let judgement = Judgement {
            label: Label::Reworded,
            links: Vec::new(),
            spans,
            reason: None,
        };
        self.derive(tokens, t, group, judgement, alignment);
    }

    /// Judges added target sentence `t` again against `candidate` in `context`, with `bar` as
    /// the share of its words that makes it reworded, and records it when it is derived, or
    /// its link when that lower bar finds it in the candidate's shape with another fact: an
    /// intro's `"a 14-year reign of terror"` for the wire headline's `"13 YEAR REIGN OF TERROR"`
    /// stays added, and says why.
    pub fn judge_again(
        &mut self,
        tokens: &Tokens,
        t: usize,
        candidate: &Candidate,
        context: &Context,
        options: &Options,
        bar: f32,
    ) -> bool {
        let context = Context {
            reworded_min: context.reworded_min.min(bar),
            ..*context
        };
        match judge(tokens, &tokens.target[t], candidate, &context, options) {
            Outcome::Derived(judgement, alignment) => {
                self.derive(tokens, t, candidate.source.clone(), judgement, &alignment);
                true
            }
            Outcome::Added {
                changed: Some(change),
            } if change.links() => {
                self.changes[t] = Some((candidate.source.clone(), change.fact));
                false
            }
            Outcome::Added { .. } => false,
        }
    }

    /// Takes out of each copied merge the source sentences that gave it under [`MERGED_MIN`]
    /// of their content words, so they are omitted, not copied, when the target sentence is
    /// still derived from the rest: `"Its chairwoman, Agnes Kolar, said many shops were still
    /// recovering."` gives only its name to `"\"We cannot survive two years behind fences,\" said
    /// chairwoman Agnes Kolar."`, copied from the quote that follows it with `"she said"`, which
    /// stays its one counterpart. The target sentence keeps the labels it had against the whole
    /// merge, so its credit (`"chairwoman Agnes Kolar"`) does not read as added.
    pub fn drop_merely_named(
        &mut self,
        tokens: &Tokens,
        candidates: &[Option<Candidate>],
        context: &Context,
        options: &Options,
    ) {
        for t in 0..self.groups.len() {
            let Some(group) = self.groups[t].as_ref().filter(|g| g.len() > 1) else {
                continue;
            };
            if self.target[t].label != Label::Copied {
                continue;
            }
            let gave = |s: &&usize| self.taken.content_share(tokens, **s) >= MERGED_MIN;
            let rest: Vec<usize> = group.iter().filter(gave).copied().collect();
            if rest.is_empty() || rest.len() == group.len() {
                continue;
            }
            let candidate = Candidate {
                target: t,
                source: rest,
                coverage: candidates
                    .get(t)
                    .and_then(Option::as_ref)
                    .map_or(1.0, |c| c.coverage),
            };
            // The sentence reads as first judged, against the whole merge: the credit it takes
            // from a sentence that merely names the speaker is still the source's, not its own.
            if let Outcome::Derived(_, alignment) =
                judge(tokens, &tokens.target[t], &candidate, context, options)
            {
                let judgement = self.target[t].clone();
                self.derive(tokens, t, candidate.source, judgement, &alignment);
            }
        }
    }

    /// Unlinks reworded sentences after the intro that only echo a source sentence another
    /// target sentence copies on its own: that copy accounts for the source sentence, and a
    /// second sentence that shares less than a rewording's share of its own words with it
    /// (`context.reworded_min`) comments on it. A spokesperson's `"\"We have offered teachers a 3.5
    /// per cent pay rise, the largest in a decade, ...\""` after the copied `"The government's
    /// current offer is a 3.5 per cent rise for most teachers from September, ..."` is the
    /// writer's own quote. A headline or an intro restating a copied paragraph stays reworded.
    pub fn drop_echoes(
        &mut self,
        tokens: &Tokens,
        candidates: &[Option<Candidate>],
        context: &Context,
    ) {
        let lines = &tokens.lines[1];
        let heading = |t: usize| matches!(lines.get(t), Some(Line::Heading | Line::Caption));
        let Some(intro) = (0..tokens.target.len())
            .find(|&t| tokens.target[t].len() >= INTRO_WORDS && !heading(t))
        else {
            return;
        };
        // Per source sentence, whether a target sentence copies it on its own.
        let mut copied = vec![false; tokens.source.len()];
        for (group, judgement) in self.groups.iter().zip(&self.target) {
            if let (Some([s]), Label::Copied) = (group.as_deref(), judgement.label) {
                copied[*s] = true;
            }
        }
        for t in intro + 1..self.groups.len() {
            let echo = matches!(self.groups[t].as_deref(), Some(&[s]) if copied[s])
                && self.target[t].label == Label::Reworded
                && !heading(t)
                && candidates
                    .get(t)
                    .and_then(Option::as_ref)
                    .is_some_and(|c| c.coverage < context.reworded_min);
            if echo {
                self.groups[t] = None;
                self.target[t] = Judgement {
                    label: Label::Added,
                    links: Vec::new(),
                    spans: added_spans(tokens, &tokens.target[t], context.verbatim),
                    reason: None,
                };
            }
        }
    }

    /// Unlinks added sentences whose counterparts another target sentence copies: the target
    /// states those facts as the source does, so a second sentence in their shape makes another
    /// claim rather than changing one. `"More than 300 homes were flooded."` copied, then the
    /// subheading `"More than 100 flooded"` about businesses is added, not "another number".
    ///
    /// A sentence still linked for its other facts then shows no verbatim phrases: its words are
    /// the source's by design, its facts are not, and its diff shows both. Unlinked, it shows
    /// them like any added sentence.
    pub fn forget_restated_changes(&mut self, tokens: &Tokens) {
        let mut copied = vec![false; tokens.source.len()];
        for (group, judgement) in self.groups.iter().zip(&self.target) {
            if let (Some(group), Label::Copied) = (group, judgement.label) {
                for &s in group {
                    copied[s] = true;
                }
            }
        }
        for (change, judgement) in self.changes.iter_mut().zip(&mut self.target) {
            if change
                .as_ref()
                .is_some_and(|(group, _)| group.iter().all(|&s| copied[s]))
            {
                *change = None;
            }
            if change.is_some() {
                judgement.spans.clear();
            }
        }
    }
}

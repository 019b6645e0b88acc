//! Sentences told by their figures: a sentence that gives several of the source's telling
//! figures, and no figure of its own, tells the source's facts in words of its own.

use super::values::month_beside;
use super::{Context, Draft};
use crate::align::Candidate;
use crate::normalize::{Token, Tokens};
use crate::Options;

/// The least whole number that tells a fact by itself: `"8,610 returns"` does, where `"12
/// people"` or `"three months"` could be any story's.
const TELLING_MIN: f64 = 100.0;

/// The fewest distinct telling figures that make a sentence the source's.
const TELLING_FIGURES_MIN: usize = 2;

/// How far apart, in sentences, the source sentences that give the figures may lie: one
/// passage of the source, not figures gathered from across it.
const FIGURES_REACH: usize = 2;

/// A telling figure at `words[k]`: a decimal (`"4.2 per cent"`, `"51.8"`), or a whole number of
/// at least [`TELLING_MIN`] (`"8,610"`, `"£480m"`) that is no year (`"2025"`), day of the month
/// or clock time.
fn telling(tokens: &Tokens, words: &[Token], k: usize) -> Option<f64> {
    let value = tokens.value_at(words, k)?;
    let whole = value.fract() == 0.0;
    let year = whole && (1800.0..=2100.0).contains(&value);
    let small = whole && value.abs() < TELLING_MIN;
    (!year && !small && !words[k].clock && !month_beside(tokens, words, k)).then_some(value)
}

/// Judges again, with no bar for the share of its words, each added sentence that changes no
/// fact and gives at least [`TELLING_FIGURES_MIN`] telling figures (see [`telling`]), every one
/// of which the source gives in one passage, at most [`FIGURES_REACH`] sentences apart. Its
/// counterpart is the source sentences that first give them. `"Just 8,610 people were removed
/// in those three months, and only 2,940 of them were forced to leave."` rewords `"There were
/// 8,610 returns in the quarter. Of these, 2,940 were enforced returns."`, though it shares
/// few other words, and so does `"Some 263,000 people were out of work, nearly 10,000 more than
/// in September"` for `"unemployed people increased by 9,600 to 263,400"`: a figure rounded
/// fairly (see [`rounds`](super::rounding::rounds)) is still the source's. `"The crash killed
/// 12 and injured 40."` gives no telling figure, and stays added.
pub(super) fn reword_by_figures(
    tokens: &Tokens,
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    for t in 0..tokens.target.len() {
        if draft.groups[t].is_some() || draft.changes[t].is_some() || draft.facts[t].is_some() {
            continue;
        }
        let sentence = &tokens.target[t];
        let (mut values, mut at) = (Vec::new(), Vec::new());
        for k in 0..sentence.len() {
            if let Some(value) = telling(tokens, sentence, k).filter(|v| !values.contains(v)) {
                values.push(value);
                at.push(k);
            }
        }
        // Most sentences give fewer: they need no look at the source's figures.
        if values.len() < TELLING_FIGURES_MIN {
            continue;
        }
        let mut source = Vec::new();
        for (&value, &k) in values.iter().zip(&at) {
            let places = &context.places;
            source.extend(
                places
                    .first_giving(tokens, value)
                    .or_else(|| places.first_rounded(tokens, sentence, k)),
            );
        }
        if source.len() < values.len() {
            continue;
        }
        source.sort_unstable();
        source.dedup();
        let (Some(&first), Some(&last)) = (source.first(), source.last()) else {
            continue;
        };
        if last - first > FIGURES_REACH {
            continue;
        }
        let candidate = Candidate {
            target: t,
            source,
            coverage: 0.0,
        };
        draft.judge_again(tokens, t, &candidate, context, options, 0.0);
    }
}

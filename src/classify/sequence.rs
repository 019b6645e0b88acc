//! Sentences in sequence: a rewrite keeps the source's order, so a sentence that sits where its
//! counterpart's place in that order puts it is likelier reworded than written afresh.

use similar::DiffOp;

use super::{compare_words, Context, Draft};
use crate::align::Candidate;
use crate::normalize::{Token, Tokens};
use crate::Options;

/// A sentence in sequence is reworded from a counterpart that holds this share of its words,
/// against `Options::reworded_min` for other sentences: the intro's bar.
const IN_SEQUENCE_REWORDED_MIN: f32 = 0.25;

/// The derived sentences around a gap come from source sentences at most this far apart: a gap
/// of a paragraph or two of the source, not a leap across the story.
const MAX_GAP: usize = 6;

/// A sentence that trades places with a neighbour lands at most this many sentences from the
/// ones that took the source sentences around its counterpart: `"B2 A1 C3"` renders `"A1 B2
/// C3"` with the first two swapped, and `"A1 C3 B2 D4"` moves B one place on.
const SWAP_REACH: usize = 2;

/// A sentence in sequence keeps its counterpart's frame when at least this share of the words of
/// the longer of the two, function words included, run in the same order in both...
const FRAME_MIN: f32 = 0.6;

/// ...and it has at least this many words: a short sentence's few function words follow any
/// other's.
const FRAME_WORDS: usize = 10;

/// Judges again, with a lower bar, each added sentence that keeps the source's order: its
/// counterpart, taken by no other sentence, comes after the source sentences of the nearest
/// derived sentence before it, and either fills a gap (the nearest derived sentence after it
/// comes from at most [`MAX_GAP`] source sentences further on) or is the very next source
/// sentence. A translation or a close rewrite renders every sentence in turn, and renders some
/// so freely that they keep only a quarter of their counterpart's words; a sentence of the
/// writer's own seldom lands exactly there. So does one that trades places with its neighbour:
/// its counterpart is a hole in the source's order, the sentences on both sides of which the
/// target's sentences at most [`SWAP_REACH`] away took. `context` is the one every other
/// sentence was judged in.
///
/// With `"Experts who examined the canvas found it in good condition, apart from minor damage
/// to the frame."` as the counterpart, `"Experts who studied the canvas judged it well kept,
/// with only slight marks on the frame."` is reworded between renderings of the
/// sentences before and after its counterpart, or right after a rendering of the sentence
/// before it, and stays added among sentences of its own, or after a rendering of a later
/// sentence.
pub(super) fn reword_in_sequence(
    tokens: &Tokens,
    candidates: &[Option<Candidate>],
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    let groups = &draft.groups;
    let mut used = vec![false; tokens.source.len()];
    for &s in groups.iter().flatten().flatten() {
        used[s] = true;
    }
    // The first source sentence of the nearest derived target sentence after each one; filling
    // a gap changes only what comes before later sentences.
    let mut next = vec![None; groups.len()];
    let mut after: Option<usize> = None;
    for t in (0..groups.len()).rev() {
        next[t] = after;
        if let Some(group) = &groups[t] {
            after = group.iter().min().copied();
        }
    }
    let mut before: Option<usize> = None;
    for (t, high) in next.into_iter().enumerate() {
        if let Some(group) = &draft.groups[t] {
            before = group.iter().max().copied();
            continue;
        }
        let Some(low) = before else {
            continue;
        };
        let Some(candidate) = candidates.get(t).and_then(Option::as_ref) else {
            continue;
        };
        // Its counterpart comes after the derived sentence before it, and no other took it.
        let ahead = candidate.source.iter().all(|&s| low < s && !used[s]);
        let in_gap = high.is_some_and(|high| {
            high.saturating_sub(low) <= MAX_GAP && candidate.source.iter().all(|&s| s < high)
        });
        // After the last derived sentence there is no gap to fill, but the order still holds
        // when the counterpart is the very next source sentence.
        let continues = candidate.source.first() == Some(&(low + 1));
        let swapped = is_swapped(t, &candidate.source, &draft.groups, &used);
        let fits = !candidate.source.is_empty() && (ahead && (in_gap || continues) || swapped);
        if !fits {
            continue;
        }
        // A sentence in its counterpart's frame is derived however few of its content words it
        // kept, and so is a translation's, which keeps few words of any sentence: the judgement
        // still wants a distinctive word kept.
        let bar = if tokens.translation.is_some()
            || keeps_frame(tokens, &tokens.target[t], &candidate.source)
        {
            0.0
        } else {
            IN_SEQUENCE_REWORDED_MIN
        };
        if draft.judge_again(tokens, t, candidate, context, options, bar) {
            for &s in &candidate.source {
                used[s] = true;
            }
            before = candidate.source.iter().max().copied().max(before);
        }
    }
}

/// Whether `sentence` keeps the frame of its counterpart `source`: its words, function words
/// included, run in the source's order for [`FRAME_MIN`] of the longer of the two. A synonym
/// spinner swaps the content words of a sentence and leaves the rest: `"Shoppers who purchased
/// them are being advised not to consume them and to bring them back to any shop for a full
/// refund."` keeps 16 of the 22 words of `"Customers who bought them are being told not to eat
/// them and to return them to any store for a full refund."`, though only `"full refund"` of its
/// content.
fn keeps_frame(tokens: &Tokens, sentence: &[Token], source: &[usize]) -> bool {
    if sentence.len() < FRAME_WORDS {
        return false;
    }
    let alignment = compare_words(tokens, sentence, source);
    let mut kept = 0;
    for op in &alignment.ops {
        if let DiffOp::Equal { len, .. } = *op {
            kept += len;
        }
    }
    kept as f32 >= FRAME_MIN * sentence.len().max(alignment.source.len()) as f32
}

/// Whether `source`, the counterpart of target sentence `t`, is a hole in the source's order
/// that the sentences near `t` close: none of it taken, and the source sentences just before
/// and just after it both taken by target sentences at most [`SWAP_REACH`] from `t`.
fn is_swapped(t: usize, source: &[usize], groups: &[Option<Vec<usize>>], used: &[bool]) -> bool {
    let (Some(&first), Some(&last)) = (source.first(), source.last()) else {
        return false;
    };
    let near = t.saturating_sub(SWAP_REACH)..groups.len().min(t + SWAP_REACH + 1);
    let taken_near = |s: usize| {
        groups[near.clone()]
            .iter()
            .flatten()
            .any(|group| group.contains(&s))
    };
    first > 0 && source.iter().all(|&s| !used[s]) && taken_near(first - 1) && taken_near(last + 1)
}

#[cfg(test)]
mod tests {
    use crate::{compare, Label, Options};

    const WIRE: &str =
        "A painting stolen from the Lindqvist Museum in 1993 has been returned, the \
        museum announced on Monday.\n\n\
        Experts who examined the canvas found it in good condition, apart from minor damage to \
        the frame.\n\n\
        The painting will go back on display in the museum's east gallery from 14 June.\n\n\
        Police said a 67-year-old man had been questioned but had not been arrested.";

    /// Renders the wire's second sentence freely: it keeps "canvas" and "frame" and little else.
    const FREE: &str = "Experts who studied the canvas judged it well kept, with only slight \
        marks on the frame.";

    /// Free renderings of the wire's first and third sentences, and two sentences of the
    /// writer's own.
    const RETURNED: &str = "A painting stolen from the Lindqvist Museum in 1993 has been given \
        back, the museum said on Monday.";
    const DISPLAY: &str =
        "From 14 June the painting will again be on display in the museum's east gallery.";
    const THEFTS: &str = "Art thefts from small museums rarely end well, insurers say.";
    const PRICES: &str = "Collectors expect the price of the painter's work to rise.";

    /// The paragraphs of a target article.
    fn article(paragraphs: &[&str]) -> String {
        paragraphs.join("\n\n")
    }

    fn label_of_free(target: &str) -> Label {
        let report = compare(WIRE, target, &Options::default());
        report
            .target
            .sentences
            .iter()
            .find(|s| s.text == FREE)
            .expect("the free rendering is a sentence")
            .label
    }

    #[test]
    fn a_free_rendering_between_derived_sentences_is_reworded() {
        let target = article(&[RETURNED, FREE, DISPLAY]);
        assert_eq!(label_of_free(&target), Label::Reworded);
    }

    #[test]
    fn the_same_sentence_among_sentences_of_its_own_is_added() {
        let target = article(&[THEFTS, FREE, PRICES]);
        assert_eq!(label_of_free(&target), Label::Added);
    }

    #[test]
    fn the_same_sentence_outside_its_place_in_the_order_is_added() {
        let target = article(&[
            "The painting will go back on display in the museum's east gallery from 14 June.",
            FREE,
            "Police said a 67-year-old man had been questioned but had not been arrested.",
        ]);
        assert_eq!(label_of_free(&target), Label::Added);
    }

    #[test]
    fn a_free_rendering_of_the_next_source_sentence_is_reworded() {
        // Nothing derived comes after it, so there is no gap to fill: the order alone tells.
        let target = article(&[RETURNED, FREE, PRICES]);
        assert_eq!(label_of_free(&target), Label::Reworded);
    }

    #[test]
    fn the_same_sentence_after_a_later_sentence_is_added() {
        let target = article(&[DISPLAY, FREE]);
        assert_eq!(label_of_free(&target), Label::Added);
    }

    #[test]
    fn the_same_sentence_two_source_sentences_on_is_added() {
        // The story skips the sentence between: the free one is not where the order puts it.
        let wire = WIRE.replace(
            "Experts who examined",
            "Curators said it had hung in a private \
            house for years.\n\nExperts who examined",
        );
        let target = article(&[RETURNED, FREE]);
        let report = compare(&wire, &target, &Options::default());
        assert_eq!(report.target.sentences[1].label, Label::Added);
    }

    #[test]
    fn a_free_rendering_swapped_with_its_neighbour_is_reworded() {
        // The writer put the display date before the experts: the free rendering fills the
        // hole the swap left, between the sentences on both sides of its counterpart.
        let target = article(&[
            RETURNED,
            DISPLAY,
            FREE,
            "Police said a 67-year-old man had been questioned but had not been arrested.",
        ]);
        assert_eq!(label_of_free(&target), Label::Reworded);
    }

    #[test]
    fn the_same_sentence_far_from_the_hole_it_would_fill_is_added() {
        let target = article(&[RETURNED, DISPLAY, THEFTS, PRICES, FREE]);
        assert_eq!(label_of_free(&target), Label::Added);
    }

    #[test]
    fn a_counterpart_another_sentence_took_leaves_it_added() {
        let target = article(&[
            RETURNED,
            FREE,
            DISPLAY,
            "Experts who examined it found it in good condition, apart from minor damage.",
        ]);
        assert_eq!(label_of_free(&target), Label::Added);
    }

    /// A recall story, and its third sentence put through a synonym spinner.
    const RECALL: &str = "Greenway Foods has recalled three varieties of its chicken pies after \
        pieces of plastic were found in a batch.\n\n\
        The chain said on Thursday that the pies carry use-by dates between 14 and 19 March.\n\n\
        Customers who bought them are being told not to eat them and to return them to any \
        store for a full refund.\n\n\
        The Food Standards Agency said no illnesses had been reported.";
    const SPUN: &str = "Shoppers who purchased them are being advised not to consume them and \
        to bring them back to any shop for a full refund.";

    fn label_of_spun(target: &[&str]) -> Label {
        let report = compare(RECALL, &article(target), &Options::default());
        let spun = report.target.sentences.iter().find(|s| s.text == target[1]);
        spun.expect("the spun sentence is a sentence").label
    }

    #[test]
    fn a_spun_sentence_in_sequence_is_reworded() {
        let dates = "The chain said on Thursday that the pies carry use-by dates between 14 \
            and 19 March.";
        let agency = "The Food Standards Agency said no illnesses had been reported.";
        assert_eq!(label_of_spun(&[dates, SPUN, agency]), Label::Reworded);
        // Its frame alone does not make it derived: it keeps a distinctive phrase of the
        // source's, "full refund", and one that keeps none is the writer's own.
        let refund = SPUN.replace("a full refund", "their money back");
        assert_eq!(label_of_spun(&[dates, &refund, agency]), Label::Added);
        // Nor does its place alone, among sentences of the writer's own.
        let own = [
            "Pie sales have doubled in a decade, traders say.",
            SPUN,
            PRICES,
        ];
        assert_eq!(label_of_spun(&own), Label::Added);
    }
}

//! How much of a sentence its counterpart keeps: the tally that tells a near copy from a
//! rewording.

use super::edits::SWAP_CONTENT;
use crate::normalize::{Token, Tokens};

/// How much of a sentence its counterpart keeps, in one pass over its words.
pub(super) struct Kept {
    /// The weight of all its words.
    pub(super) total: f32,
    /// The weight of the words kept.
    pub(super) in_order: f32,
    /// The weight of the negations and hedges not kept.
    turning: f32,
    /// How many content words it has.
    pub(super) content: usize,
    /// How many of them are not kept.
    pub(super) unmatched_content: usize,
    /// How many of those are negations or hedges (`"never"`).
    turn_content: usize,
    /// How many words it has, content or not.
    words: usize,
    /// How many of those are kept.
    kept_words: usize,
    /// Whether its counterpart's words are all it has but for one word or two in one place,
    /// as a light edit swaps one word for another: set by the caller that knows the diff.
    pub(super) one_swap: bool,
}

impl Kept {
    /// Tallies `sentence`, whose words are kept from its counterpart where `kept` is true.
    pub(super) fn tally(tokens: &Tokens, sentence: &[Token], kept: &[bool]) -> Kept {
        // By hand: the page pays for every iterator chain.
        let mut tally = Kept {
            total: 0.0,
            in_order: 0.0,
            turning: 0.0,
            content: 0,
            unmatched_content: 0,
            turn_content: 0,
            one_swap: false,
            words: sentence.len().min(kept.len()),
            kept_words: 0,
        };
        for (t, &kept) in sentence.iter().zip(kept) {
            let (weight, is_content) =
                (tokens.weight(t.key), usize::from(tokens.is_content(t.key)));
            tally.total += weight;
            tally.content += is_content;
            if kept {
                tally.in_order += weight;
                tally.kept_words += 1;
            } else {
                tally.unmatched_content += is_content;
                if tokens.is_negation(t.key) || tokens.is_hedge(t) {
                    tally.turning += weight;
                    tally.turn_content += is_content;
                }
            }
        }
        tally
    }

    /// The share of the sentence's weight kept, from 0 to 1.
    pub(super) fn share(&self) -> f32 {
        if self.total > 0.0 {
            self.in_order / self.total
        } else {
            0.0
        }
    }

    /// Whether the sentence is a near copy: `copied_min` of its weight kept, at most a tenth of
    /// its content words not, and three in four of all its words, since function words weigh
    /// little but a short sentence recast in them reads as reworded (`"It is what we owe to the
    /// families of the injured."` for `"We owe that to the families of the injured."` keeps 7
    /// of its 10 words); or a light edit, one word of its counterpart swapped for
    /// another in a sentence of [`SWAP_CONTENT`] content words or more, however much the new
    /// word weighs: `"One in five people admitted they had been late for work because they
    /// could not find their keys."` for `"One in five respondents admitted..."`. The caller
    /// rules out a fragment.
    pub(super) fn copied(&self, copied_min: f32) -> bool {
        let near = self.share() >= copied_min
            && self.unmatched_content <= self.content / 10
            && 4 * self.kept_words >= 3 * self.words;
        let light = self.one_swap && self.content >= SWAP_CONTENT && self.unmatched_content <= 1;
        near || light
    }

    /// Whether the sentence is a near copy but for the negations and hedges it adds: `"will
    /// never charge"` or `"may charge"` for `"will charge"`. Those words are the change, so they
    /// do not count against the copy when judging whether it turns.
    pub(super) fn copied_but_turns(&self, copied_min: f32) -> bool {
        let rest = self.total - self.turning;
        self.copied(copied_min)
            || (self.turn_content > 0
                && rest > 0.0
                && self.in_order / rest >= copied_min
                && self.unmatched_content - self.turn_content
                    <= (self.content - self.turn_content) / 10)
    }
}

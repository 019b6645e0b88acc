//! Light edits that leave a copy a copy: one phrase moved, as a copy-editor moves an attribution
//! or a time, and one word or short phrase swapped for another (`"admitted"` for `"pleaded guilty
//! to"`). Either way the reader sees the source's sentence, so it stays copied.

use similar::DiffOp;

use super::values::carries_fact;
use super::Alignment;
use crate::normalize::{Token, Tokens};

/// The most words a copy moves as one phrase for it to stay a copy.
const MOVED_WORDS: usize = 6;

/// The most words a phrase moves past in a copy-editor's swap: `"was regularly fed chips"` for
/// `"was fed regularly chips"`.
const LOCAL_MOVE: usize = 2;

/// Whether a sentence is its counterpart's words, all of them but a tenth, with one phrase of
/// at most [`MOVED_WORDS`] words moved elsewhere, as a copy-editor moves an attribution or a
/// time, saying less than the words left in place: `"\"No child should start the day hungry,\"
/// minister Grace Okonjo said."` from `"Minister Grace Okonjo said: \"No child should start the
/// day hungry.\""` is copied, and so is `"...,\" said manager Gary Finch."` for `"Harwick
/// manager Gary Finch said: \"..."`. A word the move adds (`"not"`), a second phrase moved, or
/// one moved further than [`LOCAL_MOVE`] words that says neither who spoke nor when (see
/// `says_who_or_when`) makes it a rewording, unless it opened the counterpart, set off by a
/// comma, and closes the copy: `"Cooling towers at three sites have been disinfected as a
/// precaution."` from `"As a precaution, cooling towers at three sites have been
/// disinfected."`.
pub(super) fn copied_with_a_phrase_moved(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    // By hand, one pass each: the page pays for every iterator chain.
    let (moved, claimed) = alignment.moved(tokens, sentence);
    let (mut phrases, mut dropped) = (0, 0);
    // Where the moved phrase lands and where words left, counted in the words kept before each.
    let (mut kept_before, mut landed, mut left) = (0, None, Vec::new());
    // Whether the counterpart opens with a phrase set off by a comma that a function word opens:
    // `"As a precaution, cooling towers ..."`.
    let mut opener = false;
    for op in &alignment.ops {
        match *op {
            DiffOp::Equal { len, .. } => kept_before += len,
            DiffOp::Insert {
                new_index, new_len, ..
            } if moved.get(new_index) == Some(&true) && new_len <= MOVED_WORDS => {
                phrases += 1;
                landed = Some((kept_before, new_index..new_index + new_len));
            }
            // The words the phrase left, and function words a copy-editor drops.
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                left.push(kept_before);
                opener |= old_index == 0
                    && !tokens.is_content(alignment.words[0].key)
                    && alignment.words.get(old_len).is_some_and(|t| t.opens_clause);
                for t in alignment.source_words(old_index..old_index + old_len) {
                    dropped += usize::from(tokens.is_content(t.key));
                }
            }
            _ => return false,
        }
    }
    // A phrase moved past a word or two is a copy-editor's swap whatever it says; moved
    // further, it says who spoke or when.
    let edited = landed.is_some_and(|(at, ref phrase)| {
        left.iter().any(|&from| at.abs_diff(from) <= LOCAL_MOVE)
            || says_who_or_when(tokens, &sentence[phrase.clone()])
            || opener && phrase.end == sentence.len()
    });
    if !edited {
        return false;
    }
    let (mut kept, mut taken) = (0, 0);
    for (t, &m) in sentence.iter().zip(&moved) {
        if tokens.is_content(t.key) {
            if m {
                taken += 1;
            } else {
                kept += 1;
            }
        }
    }
    // The content words the diff dropped are those the phrase took along, but for a tenth of
    // the counterpart's, as a near copy trims: `"said manager Gary Finch"` for `"Harwick manager
    // Gary Finch said:"`.
    let lost = dropped.saturating_sub(claimed.len());
    phrases == 1 && taken < kept && 10 * lost <= kept + dropped
}

/// Whether a phrase a copy moved says who spoke or when, as a copy-editor's move does: it has a
/// verb of speech, a name or a pronoun (`"said manager Gary Finch"`, `"in Leeds"`), or every
/// content word of it dates the sentence (`"on Monday"`, `"at 2pm"`, `"last night"`). `"no
/// trains at all"`, moved from the start of `"There will be no trains at all on some routes"`
/// to its end, is the claim itself: the sentence is turned round, a rewording.
fn says_who_or_when(tokens: &Tokens, phrase: &[Token]) -> bool {
    let mut dates = true;
    for (k, t) in phrase.iter().enumerate() {
        if tokens.is_report(t.key) || tokens.is_pronoun(t.key) || tokens.is_name(t) {
            return true;
        }
        dates &= !tokens.is_content(t.key)
            || tokens.is_date(t.key)
            || tokens.day_part(t.key).is_some()
            || tokens.period_at(phrase, k).is_some()
            || tokens.value_at(phrase, k).is_some();
    }
    dates
}

/// A sentence that swaps one word of its counterpart has at least this many content words to stay
/// a copy: in a shorter one, one word is a larger part of what it says.
pub(super) const SWAP_CONTENT: usize = 6;

/// The most words a light edit puts in the place of the counterpart's, and the most it takes
/// out there: `"Tom"` for `"her son"`, `"admitted"` for `"pleaded guilty to"`.
const SWAP_WORDS: usize = 3;

/// Whether the diff puts new words in one place only, at most [`SWAP_WORDS`] of them for at most
/// as many of the counterpart's, and none of them a fact (a name, number, date or unit) or a word
/// that turns a claim (`"never"`, `"may"`); words it drops elsewhere trim the copy, or, around a swap
/// of three words, where it keeps less than half the counterpart's content words, make it a
/// condensed rewording. `"spend nearly four days"` for `"waste nearly four days"` and
/// `"admitted fraud"` for `"pleaded guilty to fraud"` are one swap, but `"Charity calls for
/// bigger council hardship fund"` keeps too little of `"The charity is calling on Hartwell
/// Borough Council to expand its emergency hardship fund and ..."`; `"Northcote will open 20 more
/// branches this year"` for `"The group will open a further 20 branches in the coming year"`
/// makes three changes, and `"Kell admitted 14 burglaries"` for `"Kell, who had 22 previous
/// convictions, pleaded guilty to 14 counts of burglary"` puts two words in the place of eight.
pub(super) fn swaps_one_word(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let mut places = 0;
    // The counterpart's content words, and those the sentence keeps.
    let (mut source_content, mut kept_content) = (0, 0);
    // Whether the swap takes or puts three words.
    let mut wide = false;
    for op in &alignment.ops {
        let content = alignment
            .source_words(op.old_range())
            .filter(|t| tokens.is_content(t.key))
            .count();
        source_content += content;
        let (old_len, new) = match *op {
            DiffOp::Equal { .. } => {
                kept_content += content;
                continue;
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => (0, new_index..new_index + new_len),
            DiffOp::Replace {
                old_len,
                new_index,
                new_len,
                ..
            } => (old_len, new_index..new_index + new_len),
            _ => continue,
        };
        // A word inserted with none taken out is no swap: words slipped in have a rule of their
        // own, and a role put before a name whose own role was dropped is a rewording.
        let width = old_len.max(new.len());
        let mut light = old_len > 0 && width <= SWAP_WORDS;
        wide |= width > 2;
        for t in &sentence[new] {
            // A unit swapped measures another way: `"94 kph"` for `"94 miles per hour"`.
            light &= !carries_fact(tokens, t)
                && tokens.measure(t.key).is_none()
                && !tokens.is_negation(t.key)
                && !tokens.is_hedge(t);
        }
        places += if light { 1 } else { 2 };
    }
    places == 1 && (!wide || 2 * kept_content >= source_content)
}

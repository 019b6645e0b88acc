//! Who did what to whom: two names that trade places around the words a copy kept say the
//! reverse of the source, though every word is still there. And where: a kept place named more
//! fully is the same place.

use std::ops::Range;

use similar::DiffOp;

use super::Alignment;
use crate::normalize::{KeyKind, Token, Tokens};

/// How many words at the start of the change `alignment.ops[at]` name the kept name right
/// before it more fully: function words then names, in one clause, up to the last name; 0 for
/// none. `"Selwick on Sea"` or `"Selwick in Norfolk"` for `"Selwick"` -> 2; `"Tom Smith"` for
/// `"Tom Reed"`, with no word between, and `"Selwick, Tom Reed said"`, after a comma, -> 0.
pub(super) fn names_more_fully(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    at: usize,
) -> usize {
    let (Some(op), Some(before)) = (alignment.ops.get(at), at.checked_sub(1)) else {
        return 0;
    };
    let start = op.new_range().start;
    let stop = |t: &Token| tokens.kind(t.key) == KeyKind::Stop;
    let joined = matches!(alignment.ops[before], DiffOp::Equal { .. })
        && start > 0
        && tokens.is_name(&sentence[start - 1])
        && sentence.get(start).is_some_and(stop);
    if !joined {
        return 0;
    }
    let run = sentence[start..op.new_range().end]
        .iter()
        .take_while(|t| !t.opens_clause && (stop(t) || tokens.is_name(t)));
    run.enumerate()
        .filter(|(_, t)| tokens.is_name(t))
        .last()
        .map_or(0, |(i, _)| i + 1)
}

/// A run of names in a sentence and the keys of the words right before and after it (`None` at
/// the sentence's edge).
type NameRun = (Range<usize>, (Option<u32>, Option<u32>));

/// The runs of names in `words`: `"Ashdown City beat Kestrel Park Rangers 3-1"` -> `Ashdown City`
/// at `(None, beat)` and `Kestrel Park Rangers` at `(beat, 3-1)`.
fn name_runs(tokens: &Tokens, words: &[Token]) -> Vec<NameRun> {
    let key = |j: usize| words.get(j).map(|w| w.key);
    let mut runs = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let start = k;
        while tokens.is_name_at(words, k) {
            k += 1;
        }
        if k > start {
            runs.push((start..k, (start.checked_sub(1).and_then(key), key(k))));
        }
        k += 1;
    }
    runs
}

/// Whether two names trade places between words that stay where they were, with a content word
/// between them, so each does what the other did: `"Ashdown City came from behind to beat
/// Kestrel Park Rangers"` for `"Kestrel Park Rangers came from behind to beat Ashdown City"`.
/// Each name keeps the word before it or the one after it (for one of them, a word that is not
/// a function word), and a content word between them stays between them: `"Dunmore stun Castlebridge with a late winner"` for `"Castlebridge stun
/// leaders Dunmore with a late winner"`, `"Labour gained 312 votes, while the Greens lost 540"`
/// for the reverse.
/// Names joined by no more than `"and"` or a comma say the same in either order: `"Jones and
/// Smith said"` for `"Smith and Jones said"`. A body's name moved before the role it ties to
/// the other name is the same person: `"CES chief executive Ann Lee said"` for `"Ann Lee, chief
/// executive of the CES, said"`, while `"Supporters of City attacked fans of Rovers"` for
/// `"Supporters of Rovers attacked fans of City"` trades places.
pub(super) fn names_trade_places(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let target = name_runs(tokens, sentence);
    let keys = |words: &[Token], run: &Range<usize>| -> Vec<u32> {
        words[run.clone()].iter().map(|w| w.key).collect()
    };
    let mut sources: Vec<usize> = alignment.source.iter().map(|&(s, _)| s).collect();
    sources.dedup();
    target.iter().enumerate().any(|(i, (first, first_place))| {
        target[i + 1..].iter().any(|(second, second_place)| {
            let (one, other) = (keys(sentence, first), keys(sentence, second));
            one != other
                && sentence[first.end..second.start]
                    .iter()
                    .any(|w| tokens.is_content(w.key))
                && sources.iter().any(|&s| {
                    let words = &tokens.source[s];
                    let runs = name_runs(tokens, words);
                    // Where the source has a name in a place: its run's start. At least one of
                    // the two must keep a word that says something: `"the"` before both names
                    // says nothing of who did what (`"The Conservatives lost ... to the Greens"`
                    // for `"The Greens won ... from the Conservatives"`).
                    let marks =
                        |key: Option<u32>| key.is_some_and(|k| tokens.kind(k) != KeyKind::Stop);
                    let at = |want: &[u32], place: (Option<u32>, Option<u32>), telling: bool| {
                        let kept = |a: Option<u32>, b: Option<u32>| {
                            a.is_some() && a == b && (!telling || marks(a))
                        };
                        runs.iter()
                            .filter(|(r, p)| {
                                keys(words, r) == want && (kept(p.0, place.0) || kept(p.1, place.1))
                            })
                            .map(|(r, _)| r.clone())
                            .collect::<Vec<_>>()
                    };
                    // The other name first in the source, the two around a content word the
                    // target keeps between them: they swapped order around what was done.
                    let between = &sentence[first.end..second.start];
                    // `"of"` that ties the words between to the later name alone, with function
                    // words after it: `"chief executive of the"` in `"Ann Lee, chief executive
                    // of the CES"`.
                    let tied = |words: &[Token]| {
                        words
                            .iter()
                            .rev()
                            .take_while(|w| tokens.kind(w.key) == KeyKind::Stop)
                            .any(|w| Some(w.key) == tokens.of)
                    };
                    let has_of = between.iter().any(|w| Some(w.key) == tokens.of);
                    [(true, false), (false, true)].iter().any(|&(a, b)| {
                        let later = at(&one, *second_place, b);
                        at(&other, *first_place, a).iter().any(|earlier| {
                            later.iter().any(|l| {
                                let source_between =
                                    words.get(earlier.end..l.start).unwrap_or_default();
                                // A role of a body, told with the body's name before it
                                // (`"CES chief executive Ann Lee"`), trades no places.
                                earlier.end <= l.start
                                    && (has_of || !tied(source_between))
                                    && source_between.iter().any(|w| {
                                        tokens.is_content(w.key)
                                            && between.iter().any(|b| b.key == w.key)
                                    })
                            })
                        })
                    })
                })
        })
    })
}

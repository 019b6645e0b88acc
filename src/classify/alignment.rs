//! The word-by-word comparison of a target sentence with its candidate source sentences: the
//! diff of their keys, and the words a replacement renames (`"UN"` for `"United Nations"`).

use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::normalize::{Token, Tokens};

/// The word-by-word comparison of one target sentence with its candidate source sentences.
pub(super) struct Alignment {
    /// Source tokens in the order compared, as (sentence, token index).
    pub(super) source: Vec<(usize, usize)>,
    /// The words at those places: the source side of the diff.
    pub(super) words: Vec<Token>,
    /// The diff of source keys against target keys.
    pub(super) ops: Vec<DiffOp>,
    /// Words the diff replaced that name the same thing as a word across from them, one side
    /// abbreviating the other (`UN` / `United Nations`): positions in `source`, and target
    /// token indices.
    pub(super) renamed: (Vec<usize>, Vec<usize>),
}

impl Alignment {
    /// How many changes open the alignment keeping function words alone: 1 for a kept `"The"`
    /// before dropped words (`"The [company claims the] new drug"`), else 0.
    pub(super) fn kept_lead(&self, tokens: &Tokens, sentence: &[Token]) -> usize {
        match self.ops.first() {
            Some(DiffOp::Equal { new_index, len, .. })
                if sentence[*new_index..new_index + len]
                    .iter()
                    .all(|w| !tokens.is_content(w.key)) =>
            {
                1
            }
            _ => 0,
        }
    }

    /// The most words the two sentences share in one run: 4 for `"Most of it has never been
    /// recovered"` against `"most of which has never been recovered"`.
    pub(super) fn longest_run(&self) -> usize {
        let run = |op: &DiffOp| match *op {
            DiffOp::Equal { len, .. } => len,
            _ => 0,
        };
        self.ops.iter().map(run).max().unwrap_or(0)
    }

    /// The source words at `range` of the compared order, as an op's `old_range()` gives it.
    pub(super) fn source_words(
        &self,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = Token> + '_ {
        self.words[range].iter().copied()
    }

    /// The words a copy moved: each inserted run whose content words all stand, spelled the same,
    /// among the source words the diff dropped. Returns per target word whether it was moved, and
    /// the positions in `source` of the words it moved from, one claimed per moved word.
    ///
    /// `"on 5 December 2029"` from `"on December 5, 2029"` moves `"5"`: it is neither new in the
    /// target nor omitted from the source. `"on Friday 5 December"` adds `"Friday"`, so that run
    /// is new as a whole, but for a full name in it: `"Ruth Okonjo, the charity's"` moves `"Ruth
    /// Okonjo"` and adds the rest.
    pub(super) fn moved(&self, tokens: &Tokens, sentence: &[Token]) -> (Vec<bool>, Vec<usize>) {
        self.moved_after(tokens, sentence, 0)
    }

    /// [`Alignment::moved`], for the words after the sentence's first `lead`, its dateline:
    /// `"09:40 - Alison Marsh said: ..."` moves `"Alison Marsh said"` from after a quote, and the
    /// stamp stays its own.
    pub(super) fn moved_after(
        &self,
        tokens: &Tokens,
        sentence: &[Token],
        lead: usize,
    ) -> (Vec<bool>, Vec<usize>) {
        // The source words the diff dropped, as they stand in the compared order.
        let mut free: Vec<usize> = Vec::new();
        for op in &self.ops {
            if let DiffOp::Delete { .. } | DiffOp::Replace { .. } = op {
                free.extend(op.old_range().filter(|j| !self.renamed.0.contains(j)));
            }
        }
        let mut moved = vec![false; sentence.len()];
        let mut claimed = Vec::new();
        for op in &self.ops {
            let DiffOp::Insert { .. } = op else {
                continue;
            };
            let run = op.new_range().start.max(lead)..op.new_range().end;
            if run.is_empty() {
                continue;
            }
            if self.claim(tokens, &sentence[run.clone()], &mut free, &mut claimed) {
                moved[run].fill(true);
                continue;
            }
            // A full name moved with words of the copy's own keeps its place as moved: `"Ruth
            // Okonjo"` of `"Ruth Okonjo, the charity's chief executive,"`.
            let mut k = run.start;
            while k < run.end {
                let mut end = k;
                while end < run.end && tokens.is_name_at(sentence, end) {
                    end += 1;
                }
                if end >= k + 2 && self.claim(tokens, &sentence[k..end], &mut free, &mut claimed) {
                    moved[k..end].fill(true);
                }
                k = end.max(k + 1);
            }
        }
        (moved, claimed)
    }

    /// Claims from `free`, the dropped source words still unclaimed, one spelled the same for
    /// each content word of `words`, all or none; whether it claimed any, each pushed to
    /// `claimed`.
    fn claim(
        &self,
        tokens: &Tokens,
        words: &[Token],
        free: &mut Vec<usize>,
        claimed: &mut Vec<usize>,
    ) -> bool {
        let (mut left, start) = (free.clone(), claimed.len());
        for t in words {
            if !tokens.is_content(t.key) {
                continue;
            }
            let Some(k) = left.iter().position(|&j| {
                let (s, i) = self.source[j];
                tokens.source[s][i].is_same_word(t)
            }) else {
                claimed.truncate(start);
                return false;
            };
            claimed.push(left.swap_remove(k));
        }
        *free = left;
        claimed.len() > start
    }
}

/// Aligns the target sentence's keys with the candidate's, trying both orders of a pair.
pub(super) fn compare_words(tokens: &Tokens, sentence: &[Token], group: &[usize]) -> Alignment {
    let target_keys: Vec<u32> = sentence.iter().map(|t| t.key).collect();
    let build = |order: &[usize]| {
        let source: Vec<(usize, usize)> = order
            .iter()
            .flat_map(|&s| (0..tokens.source[s].len()).map(move |i| (s, i)))
            .collect();
        let words: Vec<Token> = source.iter().map(|&(s, i)| tokens.source[s][i]).collect();
        let keys: Vec<u32> = words.iter().map(|t| t.key).collect();
        let ops = slide_inserts(
            capture_diff_slices(Algorithm::Myers, &keys, &target_keys),
            &target_keys,
        );
        let renamed = renamed(tokens, &keys, &target_keys, &ops);
        Alignment {
            source,
            words,
            ops,
            renamed,
        }
    };
    let matched_weight = |a: &Alignment| -> f32 {
        a.ops
            .iter()
            .filter_map(|op| match *op {
                DiffOp::Equal { new_index, len, .. } => Some(
                    sentence[new_index..new_index + len]
                        .iter()
                        .map(|t| tokens.weight(t.key))
                        .sum::<f32>(),
                ),
                _ => None,
            })
            .sum()
    };
    let forward = build(group);
    if group.len() == 2 {
        let backward = build(&[group[1], group[0]]);
        if matched_weight(&backward) > matched_weight(&forward) {
            return backward;
        }
    }
    forward
}

/// Moves each insertion before a short equal run it repeats, so the run joins the equal run
/// after the insertion: the diff then keeps `"the club"` together, and the frame a target opens
/// with is inserted whole. `"The paper reports that the club met"` against `"The club met"`:
/// `"The [paper reports that the] club met"` -> `"[The paper reports that] the club met"`.
/// Both say the same of the two sentences; the second says what a reader sees.
fn slide_inserts(ops: Vec<DiffOp>, new: &[u32]) -> Vec<DiffOp> {
    let mut slid: Vec<DiffOp> = Vec::with_capacity(ops.len());
    let mut k = 0;
    while k < ops.len() {
        if let [DiffOp::Equal {
            old_index,
            new_index,
            len,
        }, DiffOp::Insert { new_len, .. }, DiffOp::Equal { len: next, .. }] =
            ops[k..][..3.min(ops.len() - k)]
        {
            let after = new_index + len + new_len;
            if len < new_len && new[new_index..new_index + len] == new[after - len..after] {
                slid.push(DiffOp::Insert {
                    old_index,
                    new_index,
                    new_len,
                });
                // The run moved joins the equal run after the insertion.
                slid.push(DiffOp::Equal {
                    old_index,
                    new_index: after - len,
                    len: len + next,
                });
                k += 3;
                continue;
            }
        }
        slid.push(ops[k]);
        k += 1;
    }
    slid
}

/// The words of each replacement that name what a word across from them names, one abbreviated:
/// replacing `"United Nations"` with `"UN"` pairs all three words. Returns (old, new) indices.
fn renamed(
    tokens: &Tokens,
    old_keys: &[u32],
    new_keys: &[u32],
    ops: &[DiffOp],
) -> (Vec<usize>, Vec<usize>) {
    let (mut old_named, mut new_named) = (Vec::new(), Vec::new());
    if tokens.acronyms.is_empty() {
        return (old_named, new_named);
    }
    for op in ops {
        if let DiffOp::Replace { .. } = op {
            let (old, new) = (op.old_range(), op.new_range());
            let named = |keys: &[u32], across: &[u32], range: std::ops::Range<usize>| {
                range
                    .filter(|&i| tokens.same_name(keys[i], across))
                    .collect::<Vec<_>>()
            };
            old_named.extend(named(old_keys, &new_keys[new.clone()], old.clone()));
            new_named.extend(named(new_keys, &old_keys[old], new));
        }
    }
    (old_named, new_named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_insertion_slides_before_the_equal_word_it_repeats() {
        // "The club met" -> "The paper reports that the club met", keys folded as the engine's.
        let (the, club, met, paper, reports, that) = (1, 2, 3, 4, 5, 6);
        let old = [the, club, met];
        let new = [the, paper, reports, that, the, club, met];
        let ops = slide_inserts(capture_diff_slices(Algorithm::Myers, &old, &new), &new);
        assert_eq!(
            ops,
            [
                DiffOp::Insert {
                    old_index: 0,
                    new_index: 0,
                    new_len: 4
                },
                DiffOp::Equal {
                    old_index: 0,
                    new_index: 4,
                    len: 3
                },
            ]
        );
        // An insertion that repeats nothing, or ends the sentence, stays where the diff put it.
        for new in [vec![the, paper, club, met], vec![the, club, met, the]] {
            let raw = capture_diff_slices(Algorithm::Myers, &old, &new);
            assert_eq!(slide_inserts(raw.clone(), &new), raw);
        }
    }
}

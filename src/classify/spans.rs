//! Spans: the finer parts of a sentence whose label differs from the sentence's own.

use similar::DiffOp;

use super::{Alignment, ByteSpan};
use crate::normalize::{KeyKind, Token, Tokens};
use crate::report::Label;
use crate::Options;

/// Spans inside a target sentence: verbatim runs in reworded ones, new phrases and clauses in
/// copied and reworded ones.
///
/// Reworded: `"Officials said the dam was safe"` from `"the dam was safe, engineers said"` marks
/// `"the dam was safe"` copied, and so is a run of three or more words found verbatim anywhere
/// else in the source (rewrites merge phrases from several sentences). Copied: an inserted
/// `"on Monday"` with no counterpart is added; a replaced word is reworded. Runs of function
/// words alone are never marked. Words outside the `derived` clauses are added, unless found
/// verbatim.
pub(super) fn target_spans(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    label: Label,
    derived: &std::ops::Range<usize>,
    verbatim: &Verbatim,
    options: &Options,
) -> Vec<ByteSpan> {
    let is_content = |t: &Token| matches!(tokens.kind(t.key), KeyKind::Content | KeyKind::Number);
    let mut labels = vec![Label::Added; sentence.len()];
    labels[derived.clone()].fill(label);
    for op in &alignment.ops {
        let new = op.new_range();
        let run = &sentence[new.clone()];
        if run.is_empty() || !run.iter().any(is_content) {
            continue;
        }
        let part = match (label, op) {
            (Label::Reworded, DiffOp::Equal { len, .. }) if *len >= options.min_run => {
                Label::Copied
            }
            (Label::Copied, DiffOp::Insert { .. }) => Label::Added,
            (Label::Copied, DiffOp::Replace { .. }) => Label::Reworded,
            _ => continue,
        };
        labels[new].fill(part);
    }
    if label == Label::Reworded {
        for range in verbatim.find(sentence) {
            if sentence[range.clone()].iter().any(is_content) {
                labels[range].fill(Label::Copied);
            }
        }
    }
    let mut spans: Vec<ByteSpan> = Vec::new();
    for (token, part) in sentence.iter().zip(labels) {
        if part == label {
            continue;
        }
        match spans.last_mut() {
            Some(last) if last.label == part && last.end == previous_end(sentence, token) => {
                last.end = token.end
            }
            _ => spans.push(ByteSpan {
                start: token.start,
                end: token.end,
                label: part,
            }),
        }
    }
    spans
}

/// The end of the token before `token` in its sentence, to join adjacent marked words.
fn previous_end(sentence: &[Token], token: &Token) -> usize {
    let index = sentence.partition_point(|t| t.start < token.start);
    if index == 0 {
        usize::MAX
    } else {
        sentence[index - 1].end
    }
}

/// Where every three-word sequence of the source occurs, to find verbatim runs anywhere.
pub(super) struct Verbatim<'a> {
    source: &'a [Vec<Token>],
    starts: rustc_hash::FxHashMap<[u32; 3], Vec<(u32, u32)>>,
}

/// A trigram that occurs more often than this is boilerplate; its extra places are ignored.
const VERBATIM_PLACES: usize = 4;

impl<'a> Verbatim<'a> {
    pub(super) fn new(source: &'a [Vec<Token>]) -> Verbatim<'a> {
        let mut starts: rustc_hash::FxHashMap<[u32; 3], Vec<(u32, u32)>> =
            rustc_hash::FxHashMap::default();
        for (s, sentence) in source.iter().enumerate() {
            for (i, window) in sentence.windows(3).enumerate() {
                let places = starts
                    .entry([window[0].key, window[1].key, window[2].key])
                    .or_default();
                if places.len() < VERBATIM_PLACES {
                    places.push((s as u32, i as u32));
                }
            }
        }
        Verbatim { source, starts }
    }

    /// Token ranges of `sentence` that occur word for word (three words or more) in the source.
    pub(super) fn find(&self, sentence: &[Token]) -> Vec<std::ops::Range<usize>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i + 3 <= sentence.len() {
            let key = [sentence[i].key, sentence[i + 1].key, sentence[i + 2].key];
            let longest = self.starts.get(&key).map_or(0, |places| {
                places
                    .iter()
                    .map(|&(s, j)| {
                        let source = &self.source[s as usize][j as usize..];
                        source
                            .iter()
                            .zip(&sentence[i..])
                            .take_while(|(a, b)| a.key == b.key)
                            .count()
                    })
                    .max()
                    .unwrap_or(0)
            });
            if longest >= 3 {
                found.push(i..i + longest);
                i += longest;
            } else {
                i += 1;
            }
        }
        found
    }
}

/// The fewest words a verbatim phrase inside an added sentence must have.
const ADDED_PHRASE_MIN: usize = 5;

/// Verbatim phrases inside an added sentence: five or more words, two of them content words,
/// found word for word anywhere in the source.
///
/// `"Critics say the scheme will cost £2m a year, far more than promised."` added, yet
/// `"will cost £2m a year"` is marked copied when the source has it. Stock phrases such as
/// `"along the route"` are too short to count.
pub(super) fn added_spans(
    tokens: &Tokens,
    sentence: &[Token],
    verbatim: &Verbatim,
) -> Vec<ByteSpan> {
    let is_content = |t: &&Token| matches!(tokens.kind(t.key), KeyKind::Content | KeyKind::Number);
    verbatim
        .find(sentence)
        .into_iter()
        .filter(|r| {
            r.len() >= ADDED_PHRASE_MIN
                && sentence[r.clone()].iter().filter(is_content).count() >= 2
        })
        .map(|r| ByteSpan {
            start: sentence[r.start].start,
            end: sentence[r.end - 1].end,
            label: Label::Copied,
        })
        .collect()
}

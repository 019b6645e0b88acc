//! Spans: the finer parts of a sentence whose label differs from the sentence's own.

use similar::DiffOp;

use super::unsourced::mark_unsourced;
use super::verbatim::Verbatim;
use super::{Alignment, ByteSpan, Context, Judgement};
use crate::normalize::{Token, Tokens};
use crate::report::Label;
use crate::segment::Segment;
use crate::Options;

/// Spans inside a target sentence: verbatim runs in reworded ones, new phrases and clauses in
/// copied and reworded ones.
///
/// Reworded: `"Officials said the dam was safe"` from `"the dam was safe, engineers said"` marks
/// `"the dam was safe"` copied, and so is a run of three or more words found verbatim anywhere
/// else in the source (rewrites merge phrases from several sentences), or, outside the clauses
/// the sentence added, two content words in a row that the source has in a row, not both common
/// (`"according to baker Anna Kowal"` keeps `"Anna Kowal"` from `"Anna Kowal, who runs the
/// bakery"`); so is every content word of the derived clauses that the counterpart has as
/// written, in any order. Copied: an inserted `"on Monday"` with no counterpart is added, while
/// a word the copy only moved (`"5 December"` for `"December 5"`) is not; a replaced word is
/// reworded. Runs of function words alone are never marked. Words outside the
/// `derived` clauses are added, unless found verbatim, and so is a figure in a reworded
/// sentence that the source gives nowhere (see [`mark_unsourced`]).
pub(super) fn target_spans(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    label: Label,
    derived: &std::ops::Range<usize>,
    context: &Context,
    options: &Options,
) -> Vec<ByteSpan> {
    let verbatim = context.verbatim;
    let is_content = |t: &Token| tokens.is_content(t.key);
    let mut labels = vec![Label::Added; sentence.len()];
    labels[derived.clone()].fill(label);
    let moved = if label == Label::Copied {
        alignment.moved(tokens, sentence).0
    } else {
        Vec::new()
    };
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
            // A name the copy moved stays unmarked among the words it added around it.
            (Label::Copied, DiffOp::Insert { .. }) => {
                for k in new.filter(|&k| !moved[k]) {
                    labels[k] = Label::Added;
                }
                continue;
            }
            (Label::Copied, DiffOp::Replace { .. }) => Label::Reworded,
            _ => continue,
        };
        labels[new].fill(part);
    }
    if label == Label::Reworded {
        mark_kept_words(tokens, sentence, alignment, &mut labels);
        for range in verbatim.find(sentence) {
            if sentence[range.clone()].iter().any(is_content) {
                labels[range].fill(Label::Copied);
            }
        }
        for pair in verbatim.find_pairs(sentence) {
            let pair_words = &sentence[pair.clone()];
            if pair_words.iter().all(is_content)
                && pair_words.iter().any(|t| !tokens.is_common(t.key))
                && labels[pair.clone()].iter().all(|&l| l != Label::Added)
            {
                labels[pair].fill(Label::Copied);
            }
        }
    }
    if label == Label::Reworded {
        mark_unsourced(tokens, sentence, context.figures, &mut labels);
    }
    keep_figures_whole(tokens, sentence, &mut labels);
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

/// Gives each word written onto a figure, a magnitude after it and the currency named after
/// both the figure's mark, so no span cuts a figure in two: `"£413m"` rounded from `"£412.6
/// million"` keeps the `"m"` and the `"%"` of `"8%"` with their numbers, never marked copied
/// alone, and `"5 million dollars"` for `"$5m"` does not add `"dollars"`, which spells the sign.
pub(super) fn keep_figures_whole<T: Copy>(tokens: &Tokens, sentence: &[Token], marks: &mut [T]) {
    for k in 1..sentence.len().min(marks.len()) {
        if is_part_of_figure(tokens, sentence, k) {
            marks[k] = marks[k - 1];
        }
    }
}

/// Whether `sentence[k]` belongs to the figure before it; apart from the generic caller, so the
/// page's wasm holds it once.
#[inline(never)]
fn is_part_of_figure(tokens: &Tokens, sentence: &[Token], k: usize) -> bool {
    let (figure, word) = (&sentence[k - 1], &sentence[k]);
    let on_figure = tokens.value_at(sentence, k - 1).is_some()
        && (figure.end == word.start || tokens.is_magnitude(word.key));
    on_figure || (tokens.is_currency(word.key) && tokens.figure_ends(sentence, k))
}

/// Marks copied each content word of a reworded sentence's derived clauses that its counterpart
/// has as written, in any order: a rewrite keeps its facts' words, and those words are the
/// source's. A different inflection is rewording.
///
/// `"Divers spent the night searching Lake Harlow for two skaters"` from `"Two skaters went
/// missing on Lake Harlow, and divers searched the water all night"` marks `"Divers"`,
/// `"night"`, `"Lake Harlow"` and `"two skaters"` copied, but not `"searching"`, which only
/// shares a stem with `"searched"`.
fn mark_kept_words(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    labels: &mut [Label],
) {
    // A counterpart is a few dozen words: a scan beats building a set.
    let kept = |token: &Token| {
        alignment
            .source
            .iter()
            .any(|&(s, i)| tokens.source[s][i].is_same_word(token))
    };
    for (token, part) in sentence.iter().zip(labels.iter_mut()) {
        if *part == Label::Reworded && tokens.is_content(token.key) && kept(token) {
            *part = Label::Copied;
        }
    }
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
    let is_content = |t: &&Token| tokens.is_content(t.key);
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

/// Quotation marks and brackets as (opening, closing) pairs; a straight quote is both.
const PAIRS: [(char, char); 6] = [
    ('"', '"'),
    ('“', '”'),
    ('‘', '’'),
    ('«', '»'),
    ('(', ')'),
    ('[', ']'),
];

/// Widens every span over the punctuation attached to its words, and over the quotation mark or
/// bracket that closes one it opens or opens one it closes, so no span shows half a pair. Spans
/// are built from words, and marks sit between words: a mark belongs to the word it touches,
/// the one before it first (`said.`, `lives”.`), else the one after (`“We`).
///
/// `posed as "expert roofers` becomes `posed as "expert roofers"`, `loan shark" and` becomes
/// `"loan shark" and`, and `the judge said` at the end of `..., the judge said.` takes the full
/// stop, while `52` in `52-year-old` keeps no hyphen. A span never grows past its sentence or
/// into the next span. `judgements` and `segments` are the sentences of `text`, one for one.
pub fn balance(judgements: &mut [Judgement], text: &str, segments: &[Segment]) {
    for (judgement, segment) in judgements.iter_mut().zip(segments) {
        for k in 0..judgement.spans.len() {
            let floor = k
                .checked_sub(1)
                .map_or(segment.start, |j| judgement.spans[j].end);
            let ceiling = judgement
                .spans
                .get(k + 1)
                .map_or(segment.end, |next| next.start);
            let span = &mut judgement.spans[k];
            let after = text.get(span.end..ceiling).unwrap_or("");
            let closing = attached(after, false);
            // Marks with a word right after them join the two (`52-year-old`, `and/or`): the
            // word's span ends before them.
            let joins = after[closing..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if !joins {
                span.end += closing;
            }
            while let Some(c) = text.get(span.end..ceiling).and_then(|s| s.chars().next()) {
                if !completes(&text[span.start..span.end], c, true) {
                    break;
                }
                span.end += c.len_utf8();
            }
            let before = text.get(floor..span.start).unwrap_or("");
            let opening = attached(before, true);
            // Marks that touch a word before them too are that word's (`said,“We`).
            let free = before[..before.len() - opening]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            if free {
                span.start -= opening;
            }
            while let Some(c) = text
                .get(floor..span.start)
                .and_then(|s| s.chars().next_back())
            {
                if !completes(&text[span.start..span.end], c, false) {
                    break;
                }
                span.start -= c.len_utf8();
            }
        }
    }
}

/// The length in bytes of the punctuation at the start of `text` (or at its end, `backwards`)
/// that touches the word beside it: `".” Then"` -> `".”"`, `" said"` -> nothing. An opening
/// mark is never a word's end, nor a closing one a word's start: `",“we"` -> `","`.
fn attached(text: &str, backwards: bool) -> usize {
    let wrong = |c: &char| {
        PAIRS
            .iter()
            .any(|&(open, close)| open != close && *c == if backwards { close } else { open })
    };
    let is_mark = |c: &char| !c.is_alphanumeric() && !c.is_whitespace() && !wrong(c);
    if backwards {
        text.chars()
            .rev()
            .take_while(is_mark)
            .map(char::len_utf8)
            .sum()
    } else {
        text.chars().take_while(is_mark).map(char::len_utf8).sum()
    }
}

/// Whether `mark` completes a pair that `part` holds one side of: a closing mark whose opening
/// one `part` has (`closing`), or an opening mark whose closing one it has.
fn completes(part: &str, mark: char, closing: bool) -> bool {
    PAIRS.iter().any(|&(open, close)| {
        let (this, other) = if closing {
            (close, open)
        } else {
            (open, close)
        };
        this == mark && {
            let count = |c: char| part.chars().filter(|&x| x == c).count();
            if open == close {
                count(open) % 2 == 1
            } else {
                count(other) > count(this)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn balanced(text: &str, spans: &[(&str, Label)]) -> Vec<String> {
        let spans = spans
            .iter()
            .map(|&(part, label)| {
                let start = text.find(part).expect("the part is in the text");
                ByteSpan {
                    start,
                    end: start + part.len(),
                    label,
                }
            })
            .collect();
        let mut judgements = [Judgement {
            label: Label::Reworded,
            links: Vec::new(),
            spans,
            reason: None,
        }];
        let segments = [Segment {
            start: 0,
            end: text.len(),
            paragraph: 0,
        }];
        balance(&mut judgements, text, &segments);
        judgements[0]
            .spans
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn spans_take_attached_marks_and_the_mark_that_completes_their_pair() {
        use Label::Copied;
        let cases: &[(&str, &[&str], &[&str])] = &[
            // text, spans before, spans after
            (
                r#"They posed as "expert roofers" but lied."#,
                &[r#"as "expert roofers"#],
                &[r#"as "expert roofers""#],
            ),
            (
                r#"He was a "loan shark" and a liar."#,
                &[r#"loan shark" and"#],
                &[r#""loan shark" and"#],
            ),
            (
                "It said “we have a deal” today.",
                &["“we have a deal"],
                &["“we have a deal”"],
            ),
            (
                "The firm (Harlow Press) said so.",
                &["(Harlow Press"],
                &["(Harlow Press)"],
            ),
            (
                "The firm (Harlow Press) said so.",
                &["Harlow Press) said"],
                &["(Harlow Press) said"],
            ),
            (
                "Russia’s troops ‘were ready’ then.",
                &["‘were ready"],
                &["‘were ready’"],
            ),
            // Balanced spans stay as they are.
            (
                r#"A "kept" phrase here."#,
                &[r#""kept" phrase"#],
                &[r#""kept" phrase"#],
            ),
            // Marks that touch a word go with it: the one before first, else the one after.
            (
                "Costs rose, the judge said.",
                &["the judge said"],
                &["the judge said."],
            ),
            (
                "The ministers’ plan held.",
                &["The ministers"],
                &["The ministers’"],
            ),
            (r#"Say "stop" now."#, &["stop"], &[r#""stop""#]),
            ("He said: “We won.” Then he left.", &["We"], &["“We"]),
            ("It was over,“we won” he said.", &["we won"], &["“we won”"]),
            ("It was over,“we” he said.", &["over"], &["over,"]),
            ("It was over,“we” he said.", &["we"], &["“we”"]),
            ("Rates - and fees - rose.", &["and fees"], &["and fees"]),
            // A mark that joins the word to the next is not the span's.
            ("The 52-year-old admitted it.", &["52"], &["52"]),
            ("Cash and/or cheques.", &["Cash and"], &["Cash and"]),
            // Nothing past the sentence.
            (r#"He said "go"#, &[r#""go"#], &[r#""go"#]),
        ];
        for &(text, before, after) in cases {
            let spans: Vec<(&str, Label)> = before.iter().map(|&p| (p, Copied)).collect();
            assert_eq!(balanced(text, &spans), after, "{text}");
        }
    }

    #[test]
    fn a_span_never_grows_into_the_next() {
        // The mark that closes "no" already belongs to the next span, so it stays there.
        let text = r#"He said "no" today."#;
        let spans = [(r#""no"#, Label::Copied), (r#"" today"#, Label::Added)];
        assert_eq!(balanced(text, &spans), [r#""no"#, r#"" today."#]);
    }
}

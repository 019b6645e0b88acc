//! Figures the source never gives: a rewrite that puts a number of its own into a sentence it
//! otherwise rewords adds that number, however closely it follows the rest.

use super::rounding::{rounds, same_value, GivenFigures};
use crate::normalize::{Token, Tokens};
use crate::report::Label;

/// Whole numbers below this are left alone: small counts are written as words and worked out
/// (`"the pair"`, `"both"`, `"two of the four"`), so one the source never writes is rarely news.
const SMALLEST: f64 = 10.0;

/// Every figure the source writes: numbers, amounts, the two numbers of a score or a range.
/// All count as given exactly, since any of them may be the one a rewrite rounds.
pub(super) struct SourceFigures(GivenFigures);

impl SourceFigures {
    /// The figures of every source sentence.
    pub(super) fn new(tokens: &Tokens) -> SourceFigures {
        let (mut figures, mut converted) = (Vec::new(), Vec::new());
        for words in &tokens.source {
            for k in 0..words.len() {
                figures.extend(tokens.figures_at(words, k).into_iter().flatten());
                converted.extend(tokens.converted_at(words, k));
            }
        }
        SourceFigures(GivenFigures {
            exact: figures,
            rough: Vec::new(),
            converted,
        })
    }
}

/// Marks added each figure of a derived sentence that the source gives nowhere, with the words
/// written onto it. `"Rovers sign winger Quiroga for £2.5m"`, reworded from `"Rovers complete
/// signing of winger Tomás Quiroga"` over a story whose fee is undisclosed, adds `"£2.5m"`; a
/// figure the source gives anywhere (`"Quiroga, 23,"` from `"The 23-year-old"`) or rounds as
/// [`rounds`] reads it (`"£2.5m"` for `"£2,460,000"`), or one in units of measure, which a rewrite may convert
/// (`"104F"` for `"40C"`), is not marked, nor is a small count (`"nine"`).
pub(super) fn mark_unsourced(
    tokens: &Tokens,
    sentence: &[Token],
    figures: &SourceFigures,
    labels: &mut [Label],
) {
    for k in 0..sentence.len().min(labels.len()) {
        let values = tokens.figures_at(sentence, k);
        let Some(first) = values[0] else { continue };
        let measured = sentence[k..(k + 3).min(sentence.len())]
            .iter()
            .any(|t| tokens.measure(t.key).is_some());
        let small = first.abs() < SMALLEST && first.fract() == 0.0 && values[1].is_none();
        if measured || small || !first.is_finite() {
            continue;
        }
        // A figure given anywhere, or rounded as the classifier reads any rounding, comes from
        // the source; so does a range or a score one of whose numbers the source gives.
        let given = values
            .iter()
            .flatten()
            .any(|&v| same_value(&figures.0.exact, v))
            || rounds(tokens, sentence, k, &figures.0);
        if !given {
            labels[k] = Label::Added;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    /// The labels `mark_unsourced` gives the target's one sentence, reworded throughout.
    fn marked(source: &str, target: &str) -> Vec<(String, Label)> {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let figures = SourceFigures::new(&tokens);
        let sentence = &tokens.target[0];
        let mut labels = vec![Label::Reworded; sentence.len()];
        mark_unsourced(&tokens, sentence, &figures, &mut labels);
        sentence
            .iter()
            .zip(labels)
            .filter(|(_, l)| *l == Label::Added)
            .map(|(t, l)| (target[t.start..t.end].to_string(), l))
            .collect()
    }

    #[test]
    fn a_figure_the_source_never_gives_is_added() {
        let added = |s: &str| (s.to_string(), Label::Added);
        for (source, target, expected) in [
            (
                "Rovers signed Quiroga, 23. The fee is undisclosed.",
                "Rovers sign Quiroga for £2.5m",
                vec![added("2.5")],
            ),
            (
                "Rovers signed Quiroga, 23, for £2,460,000.",
                "Rovers sign Quiroga, 23, for £2.5m",
                vec![],
            ),
            (
                "The 23-year-old scored 11 goals in 34 games.",
                "Quiroga, 23, scored 11 goals in 34 games last season.",
                vec![],
            ),
            (
                "The heat reached 40C in Seville on Monday.",
                "Seville sweltered at 104F on Monday.",
                vec![],
            ),
            (
                "Two men were arrested on Monday.",
                "Police arrested three men on Monday.",
                vec![],
            ),
            (
                "The society has branches across the North.",
                "The society, which has 58 branches, is based in Halifax.",
                vec![added("58")],
            ),
        ] {
            assert_eq!(marked(source, target), expected, "{target}");
        }
    }
}

//! Figures said roughly: which figures a sentence's counterpart gives, and whether a figure of
//! the target is one of them rounded (`"about £5m"` for `"£4.87m"`) rather than another number.

use super::Alignment;
pub(super) use crate::normalize::rounding::{last_place, rounds, same_value, GivenFigures};
use crate::normalize::Tokens;

/// The figures a sentence's counterpart gives, exactly or roughly: `"an estimated 480
/// million"` is a rough figure already, so `"an estimated 520 million"` or `"around 520
/// million"` for it is another one, not the same rounded, where `"around 500 million"` says it
/// more roughly still.
pub(super) fn given_figures(tokens: &Tokens, alignment: &Alignment) -> GivenFigures {
    let mut given = GivenFigures {
        exact: Vec::new(),
        rough: Vec::new(),
        converted: Vec::new(),
    };
    for (j, &(s, i)) in alignment.source.iter().enumerate() {
        let Some(value) = tokens.value_at(&tokens.source[s], i) else {
            continue;
        };
        given
            .converted
            .extend(tokens.converted_at(&tokens.source[s], i));
        let before = j.checked_sub(1).map(|j| alignment.source[j]);
        if before.is_some_and(|(s, i)| tokens.is_approximator(tokens.source[s][i].key)) {
            given.rough.push(value);
        } else {
            given.exact.push(value);
        }
    }
    given
}

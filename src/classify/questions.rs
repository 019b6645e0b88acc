//! Questions: a sentence that asks in its own voice says none of what a statement says.

use crate::normalize::{Token, Tokens};

/// Whether target sentence `t`, whose words are `sentence`, asks a question of its own: it asks
/// in its own voice (no word of it is quoted), and none of the source sentences `sources` asks.
/// A question tells none of what a statement tells, however many of its words it takes: `"How
/// will the means test work?"` rewords no sentence that explains the test, and `"Who will pay
/// for the new roof now?"` copies nothing of `"...whether the parish or the diocese will pay for
/// the new roof."`. An explainer's questions and a padding paragraph's rhetorical ones
/// are the writer's.
pub(super) fn asks_anew(tokens: &Tokens, t: usize, sentence: &[Token], sources: &[usize]) -> bool {
    let [source_asks, target_asks] = &tokens.asks;
    target_asks.get(t) == Some(&true)
        && !sentence.iter().any(|w| w.quoted)
        && !sources.iter().any(|&s| source_asks.get(s) == Some(&true))
}

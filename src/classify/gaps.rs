//! Translations in classify: the bar a translated sentence must pass, and the sentences a
//! translation renders between two it is known to render, one for one, as translators work.

use super::alignment::compare_words;
use super::headline::explains;
use super::{Context, Draft};
use crate::normalize::{Line, Tokens};
use crate::Options;

/// The coverage at which a counterpart makes a sentence reworded when the target translates
/// the source: a translation shares only names, figures and cognates with its original, so
/// `"The SNM has kept its red warning in force for the provinces of Jaén, Córdoba, Seville and
/// Badajoz"` covers about a third of itself with `"El SNM mantiene activado el aviso rojo en las
/// provincias de Jaén, Córdoba, Sevilla y Badajoz"`.
pub(super) const TRANSLATED_MIN: f32 = 0.15;

/// The most sentences a gap may hold on each side to be paired by place.
const GAP_MAX: usize = 3;

/// How far a pair's lengths in words may differ, as a factor either way: a translation is
/// seldom twice as long as its original, while a sentence of one's own seldom lands in the
/// place of one of the same length.
const LENGTH_FACTOR: usize = 2;

/// In a translation, pairs by place the added target sentences between two derived ones with
/// the source sentences between their counterparts, when the two gaps hold as many sentences,
/// at most [`GAP_MAX`], not counting the target's lines of page furniture (a byline), none
/// taken, none of the target's a changed fact, each pair's lengths within [`LENGTH_FACTOR`] of
/// each other, and no pair giving two other counts (see [`counts_differ`]); so do the gaps
/// before the first derived sentence and after the last, from and to both ends, unless the
/// first is a headline framed as the outlet's own guide (`"Ferry cuts: what islanders need to
/// know"`). Names, figures and cognates anchor most sentences of a translation; `"Vets say both
/// cubs are in good health."` keeps none of `"Nach Angaben der Tierärzte sind beide Jungtiere
/// gesund."` and sits where it stands. Each pair is reworded.
pub(super) fn pair_in_gaps(
    tokens: &Tokens,
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    if tokens.translation.is_none() {
        return;
    }
    let mut used = vec![false; tokens.source.len()];
    for &s in draft.groups.iter().flatten().flatten() {
        used[s] = true;
    }
    // The gaps first, then the pairs: pairing one gap changes no other. Plain loops, as the
    // page's wasm pays for every iterator chain.
    let mut gaps = Vec::new();
    let mut before: Option<(usize, usize)> = None;
    for t in 0..draft.groups.len() {
        let Some(group) = &draft.groups[t] else {
            continue;
        };
        let (Some(&first), Some(&last)) = (group.iter().min(), group.iter().max()) else {
            continue;
        };
        match before {
            Some((t_before, low)) if low < first => gaps.push((t_before + 1, t, low + 1, first)),
            // The gap before the first derived sentence, from both starts.
            None => gaps.push((0, t, 0, first)),
            _ => {}
        }
        before = Some((t, last));
    }
    if let Some((t_before, low)) = before {
        gaps.push((
            t_before + 1,
            draft.groups.len(),
            low + 1,
            tokens.source.len(),
        ));
    }
    for (t_from, t_to, s_from, s_to) in gaps {
        // A byline or a caption in the gap renders nothing: it stands beside the pairs.
        let mut targets = Vec::new();
        for t in t_from..t_to {
            if !matches!(
                tokens.lines[1].get(t),
                Some(Line::Caption | Line::Furniture)
            ) {
                targets.push(t);
            }
        }
        if targets.is_empty() || targets.len() != s_to - s_from || targets.len() > GAP_MAX {
            continue;
        }
        // A headline framed as the outlet's own guide renders nothing.
        let mut fits = t_from > 0 || !explains(tokens, &tokens.target[targets[0]]);
        for (k, &t) in targets.iter().enumerate() {
            let s = s_from + k;
            let (a, b) = (tokens.target[t].len(), tokens.source[s].len());
            fits &= !used[s]
                && draft.groups[t].is_none()
                && draft.facts[t].is_none()
                && a <= b * LENGTH_FACTOR
                && b <= a * LENGTH_FACTOR
                && !counts_differ(tokens, t, s);
        }
        if !fits {
            continue;
        }
        for (k, &t) in targets.iter().enumerate() {
            let alignment = compare_words(tokens, &tokens.target[t], &[s_from + k]);
            draft.reword_whole(tokens, t, vec![s_from + k], &alignment, (context, options));
        }
    }
}

/// The least count a translator renders as written: smaller ones are often told in words or
/// other units (`"48 Stunden"` as `"two days"`).
const COUNT_MIN: f64 = 100.0;

/// How far a count may stray from its original and still render it: `"nearly 190,000"` for
/// `"etwa 185.000"`.
const COUNT_WITHIN: f64 = 0.1;

/// Whether target sentence `t` and source sentence `s` each give a count that the other gives
/// nowhere near: a figure of at least [`COUNT_MIN`], with no unit after it nor currency sign on
/// it. `"Mittelland Bahn carries roughly 210,000 passengers"` in the place of `"Die Mittelland
/// Bahn befördert etwa 185.000 Fahrgäste"` gives the outlet's own figure, while `"around 420
/// regional trains"` for `"rund 420 Regionalzüge"` renders it.
pub(super) fn counts_differ(tokens: &Tokens, t: usize, s: usize) -> bool {
    let counts = |words: &[crate::normalize::Token], signs: &[(u32, i8)]| {
        let mut counts = Vec::new();
        for k in 0..words.len() {
            let unit = words.get(k + 1).and_then(|w| tokens.measure(w.key));
            let signed = signs
                .iter()
                .any(|&(start, _)| start as usize == words[k].start);
            match tokens.value_at(words, k) {
                Some(value) if value >= COUNT_MIN && unit.is_none() && !signed => {
                    counts.push(value);
                }
                _ => {}
            }
        }
        counts
    };
    let (Some(target), Some(source)) = (tokens.target.get(t), tokens.source.get(s)) else {
        return false;
    };
    let (target, source) = (
        counts(target, &tokens.target_signs),
        counts(source, &tokens.source_signs),
    );
    let strays = |from: &[f64], to: &[f64]| {
        from.iter()
            .any(|&a| to.iter().all(|&b| (a - b).abs() > COUNT_WITHIN * a.max(b)))
    };
    strays(&target, &source) && strays(&source, &target)
}

//! The verdict in plain words: the headline a reader sees first.

use super::{copied_below_headline, Labelled, MOSTLY_MIN, WHOLE_SOURCE_MIN, WHOLLY_MIN};
use crate::classify::Match;
use crate::report::{Fact, Label, Tally, Verdict};

/// The verdict in plain words.
///
/// `"Most of this article is copied from the source: 14 sentences copied, 2 reworded, 11 added
/// (the last 4 paragraphs)."`; `"All of this article is copied from the source: 5 sentences
/// copied, 0 reworded, 0 added."` when nothing was added or reworded. The paragraph note appears only when the added sentences are
/// exactly the first or last whole paragraphs, the typical padding around copied wire copy.
pub(super) fn headline(
    source: Labelled<'_>,
    target: Labelled<'_>,
    (source_tally, tally): (&Tally, &Tally),
    changed_sentences: &[usize],
    derived: f64,
    verdict: Verdict,
) -> String {
    let changed = changed_sentences.len();
    // A text of marks alone (`"!!!"`, a row of dashes) has no sentence, but it is not empty;
    // spaces, controls and invisible format marks (a byte-order mark, a zero-width space) show
    // nothing.
    let is = |text: &str| {
        let shown = |c: char| {
            !(c.is_whitespace()
                || c.is_control()
                || c == '\u{feff}'
                || ('\u{200b}'..='\u{200f}').contains(&c)
                || ('\u{2028}'..='\u{202e}').contains(&c)
                || ('\u{2060}'..='\u{206f}').contains(&c))
        };
        if text.chars().any(shown) {
            "has no words, only marks"
        } else {
            "is empty"
        }
    };
    if target.segments.is_empty() {
        return format!(
            "The target {}: there is nothing to compare yet.",
            is(target.text)
        );
    }
    if source.segments.is_empty() {
        return format!(
            "The source {}: everything in the target counts as added.",
            is(source.text)
        );
    }
    let c = tally.counts;
    // "Reworded" only where the text agrees: reworded sentences made mostly of phrases kept
    // word for word (91 % copied) are no reworded article.
    let mostly_copied = tally.shares.copied >= tally.shares.reworded;
    // "Most ... is copied" only over more than half of the text copied: a sentence that repeats
    // a source sentence with another number is derived, but not copied.
    let most_copied = mostly_copied && tally.shares.copied > 0.5;
    let lead = match verdict {
        // Wholly derived by its sentences, not its words: "all of this article" would hide the
        // new phrases that the line goes on to count.
        Verdict::WhollyDerived if derived < WHOLLY_MIN => {
            "Every sentence of this article comes from the source"
        }
        Verdict::WhollyDerived if c.added == 0 && c.reworded == 0 => {
            "All of this article is copied from the source"
        }
        Verdict::WhollyDerived if c.added == 0 && c.copied == 0 && !mostly_copied => {
            "All of this article is reworded from the source"
        }
        Verdict::WhollyDerived if c.added == 0 => "All of this article comes from the source",
        // Its sentences are the source's, their facts are not: "most comes from the source"
        // over "0 copied, 0 reworded, 3 added" would read as a contradiction.
        Verdict::WhollyDerived if changed > 0 && changed >= c.copied + c.reworded => {
            "This article repeats the source's sentences with other facts"
        }
        Verdict::WhollyDerived if c.copied >= c.reworded + changed && most_copied => {
            "Most of this article is copied from the source"
        }
        Verdict::WhollyDerived if c.reworded >= c.copied + changed && !mostly_copied => {
            "Most of this article is reworded from the source"
        }
        Verdict::WhollyDerived => "Most of this article comes from the source",
        // Below the wholly derived share, but most of it still taken: a wire story with a few
        // paragraphs of comment, newsletter plugs and credits around it.
        Verdict::PartiallyDerived
            if derived >= MOSTLY_MIN && most_copied && c.copied >= c.reworded + changed =>
        {
            "Most of this article is copied from the source, with material of its own added"
        }
        // A short wire story copied whole under paragraphs of background: the lesson is that
        // all of it was taken, however little of the article it makes.
        Verdict::PartiallyDerived
            if copied_below_headline(source, source_tally) >= WHOLE_SOURCE_MIN
                && c.copied >= c.reworded + changed =>
        {
            "This article copies the whole source word for word, with material of its own added"
        }
        Verdict::PartiallyDerived if changed > c.copied + c.reworded => {
            "Part of this article repeats the source's sentences with other facts"
        }
        Verdict::PartiallyDerived if derived >= MOSTLY_MIN => {
            "Most of this article comes from the source, with material of its own added"
        }
        Verdict::PartiallyDerived => "Part of this article comes from the source",
        // A sentence that repeats a source sentence with another fact came from it too.
        Verdict::Independent if c.copied + c.reworded + changed == 0 => {
            "Nothing in this article comes from the source"
        }
        // Whole sentences taken word for word are worth a word even in an independent article.
        Verdict::Independent if c.copied > 0 => {
            "Most of this article is independent of the source, but it copies from it"
        }
        Verdict::Independent => "Most of this article is independent of the source",
    };
    // With no sentence added, what it added is phrases within the source's sentences:
    // "material of its own added: ... 0 added" would read as a contradiction.
    let lead = if c.added == 0 {
        lead.replace("material of its own", "phrases of its own")
    } else {
        lead.to_string()
    };
    let noun = if c.copied == 1 {
        "sentence"
    } else {
        "sentences"
    };
    let mut line = format!(
        "{lead}: {} {noun} copied, {} reworded, {} added",
        c.copied, c.reworded, c.added
    );
    // Padding wraps borrowed text: around an independent article's own sentences it says nothing.
    let place = (verdict != Verdict::Independent)
        .then(|| added_place(target, changed_sentences))
        .flatten();
    if let Some(place) = place {
        line.push_str(&format!(" ({place})"));
    }
    // With no sentence added, what falls short of "all" is new phrases inside derived ones.
    let added_words = tally.percents.added;
    if c.added == 0 && added_words >= 1 {
        line.push_str(&format!(
            ", but new phrases within its sentences make up {added_words}% of its text"
        ));
    }
    line.push('.');
    line
}

/// What the added sentences in a source sentence's shape change, for the headline: `"1 added
/// sentence repeats a source sentence with another number or unit."`, `"3 added sentences repeat source
/// sentences with another number or unit, or another name."`; `None` when none does.
pub(super) fn changes(links: &[Match]) -> Option<String> {
    let changed: Vec<&Match> = links.iter().filter(|l| l.label == Label::Added).collect();
    let sentences: usize = changed.iter().map(|l| l.target.len()).sum();
    if sentences == 0 {
        return None;
    }
    let mut facts: Vec<&str> = Vec::new();
    for fact in Fact::ALL {
        if changed.iter().any(|l| l.changed == Some(fact)) {
            facts.push(fact.describe());
        }
    }
    let facts = match facts.split_last() {
        Some((last, [])) => last.to_string(),
        // A comma before the last `or`: a fact's own words may hold one ("another number or
        // unit, or another name").
        Some((last, rest)) => format!("{}, or {last}", rest.join(", ")),
        None => "other facts".to_string(),
    };
    Some(if sentences == 1 {
        format!("1 added sentence repeats a source sentence with {facts}.")
    } else {
        format!("{sentences} added sentences repeat source sentences with {facts}.")
    })
}

/// Where the added sentences sit, when whole paragraphs of them close or open the article.
///
/// Padding typically wraps copied wire copy: `"(the last 4 paragraphs)"` when those paragraphs are
/// all that was added, `"(including the last 4 paragraphs)"` when a few added sentences sit
/// elsewhere too. Nothing is said for a lone paragraph among others or for articles of fewer
/// than three paragraphs. Sentences in `changed` repeat a source sentence with another fact and
/// are no padding: a headline and intro whose score was swapped (`3-1` -> `1-3`) get no
/// `"(including the first 2 paragraphs)"`.
fn added_place(target: Labelled<'_>, changed: &[usize]) -> Option<String> {
    let paragraphs = target.segments.last()?.paragraph + 1;
    if paragraphs < 3 {
        return None;
    }
    let mut all_added = vec![true; paragraphs];
    let mut any_added = vec![false; paragraphs];
    for (index, (segment, judgement)) in target.segments.iter().zip(target.judgements).enumerate() {
        let added = judgement.label == Label::Added;
        all_added[segment.paragraph] &= added && !changed.contains(&index);
        any_added[segment.paragraph] |= added;
    }
    let trailing = all_added.iter().rev().take_while(|&&a| a).count();
    let leading = all_added.iter().take_while(|&&a| a).count();
    let (count, end) = if trailing >= leading {
        (trailing, "last")
    } else {
        (leading, "first")
    };
    if count == 0 || count == paragraphs {
        return None;
    }
    let elsewhere = any_added.iter().filter(|&&a| a).count() > count;
    if elsewhere && count < 2 {
        return None;
    }
    let what = if count == 1 {
        format!("the {end} paragraph")
    } else {
        format!("the {end} {count} paragraphs")
    };
    Some(if elsewhere {
        format!("including {what}")
    } else {
        what
    })
}

#[cfg(test)]
mod tests;

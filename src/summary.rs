//! Count labels, measure character shares and give the verdict on the target as a whole.

use crate::classify::{Judgement, Match};
use crate::normalize::{closes_as_sentence, Line};
use crate::report::{
    Counts, Label, Language, Percents, Shares, Summary, Tally, Translation, Verdict,
};
use crate::segment::{holds_markup, Segment};

mod furniture;
mod headline;

pub use furniture::{
    says_little, APPEAL_WORDS_MAX, LABEL_WORDS_MAX, LINE_LABEL_WORDS_MAX, MENU_ITEMS_MIN,
    MENU_ITEM_WORDS_MAX, MUTE_WORDS_MAX,
};

use headline::{changes, headline};

/// One article with its sentences and their labels, as `summarize` reads it.
#[derive(Clone, Copy, Debug)]
pub struct Labelled<'a> {
    /// The article.
    pub text: &'a str,
    /// Its sentences.
    pub segments: &'a [Segment],
    /// Their labels, one per sentence.
    pub judgements: &'a [Judgement],
    /// What kind of line each sentence is (see `Tokens::lines`): a page's furniture, such as
    /// a list of links under `"Related links:"`, is no material of the article's own.
    pub lines: &'a [Line],
}

/// A target with at least this share of derived (copied or reworded) characters is wholly
/// derived: a standfirst or a closing line of new framing around wire copy does not make it
/// original work. So is one whose every sentence is derived, with at least [`MOSTLY_MIN`] of its
/// characters: nine reworded sentences of a translation, a fifth of their words with no
/// counterpart (`"in the south of the country"` for `"the southern town of"`), add no sentence
/// of their own.
pub const WHOLLY_MIN: f64 = 0.9;
/// Below this derived share the target is independent. Two independent reports of one event
/// share names, figures and quotes, which shows as up to about a third of derived text (on the
/// METER corpus's non-derived articles, the median is 0.35).
pub const PARTIALLY_MIN: f64 = 0.4;
/// A partially derived target with at least this derived share is "most" derived in its
/// headline: 12 copied sentences of a wire story with 3 short lines of comment and credits
/// (about 85 % derived) read `"Most of this article is copied from the source, with material of
/// its own added"`, not `"Part of this article..."`.
pub const MOSTLY_MIN: f64 = 0.5;
/// A target that copies at least this many whole sentences of [`COPIED_WORDS_MIN`] words or
/// more is never independent, however much else surrounds them: a wire story copied into a web
/// page is still a copy when the page's menus, tags and links to other stories outweigh it.
/// Independent reports share quotes and names, not runs of whole sentences: on the METER
/// corpus's dev articles below [`PARTIALLY_MIN`], none copies more than three.
pub const COPIED_SENTENCES_MIN: usize = 5;
/// A target that copies at least this many whole sentences of [`COPIED_WORDS_MIN`] words or
/// more that quote no one is never independent either: two reports of one event share what was
/// said, in quotation marks, but not the writer's own sentences. A news story that lifts two
/// lines of an encyclopedia entry into its background is partly derived from the entry. On the
/// METER corpus's dev articles that the verdict calls independent, none copies more than one
/// such sentence.
pub const COPIED_UNQUOTED_MIN: usize = 2;
/// A target that copies at least this share of the source's text word for word, in at least
/// [`SOURCE_COPIED_SENTENCES_MIN`] sentences of [`COPIED_WORDS_MIN`] words or more, is never
/// independent, however much it adds: a short wire story copied whole under six paragraphs of
/// background is still a copy, and so is one whose three sentences on a fire are copied from an
/// eight-sentence report under nine sentences of the town's history (47 % of the source). The
/// same bar as [`PARTIALLY_MIN`], from the source's side: independent reports share a quote or
/// two, not two fifths of the source (on the METER corpus's dev articles, none that the verdict
/// calls independent copies more than 31 %).
pub const SOURCE_COPIED_MIN: f64 = PARTIALLY_MIN;
/// See [`SOURCE_COPIED_MIN`]: a one-line source (a headline, a quote) copied into a long
/// article of its own does not make the article a copy.
pub const SOURCE_COPIED_SENTENCES_MIN: usize = 2;
/// A partially derived target that copies at least this share of the source's text word for
/// word copies "the whole source" in its headline: a 4-sentence wire story copied whole under 4
/// paragraphs of background reads `"This article copies the whole source word for word, with
/// material of its own added"`.
pub const WHOLE_SOURCE_MIN: f64 = 0.95;
/// Sentences shorter than this many words (`"Read more »"`, a tag line) do not count towards
/// [`COPIED_SENTENCES_MIN`]: web pages repeat them whatever their story.
pub const COPIED_WORDS_MIN: usize = 6;

/// Counts and shares for both sides, the verdict and its headline, which also says how many
/// added sentences change a fact of the source (`links` labelled added), and, when the articles
/// seem to be in different languages (`languages_differ`, from
/// [`Tokens::languages_differ`](crate::normalize::Tokens::languages_differ)), that a translation
/// reads as independent; and, when the words were compared as another `language` than English,
/// which: `"Words are compared as German."`.
///
/// # Examples
/// ```
/// use retold::{compare, Options, Verdict};
/// let source = "The new dam on the Harlow opened on Tuesday.";
/// let report = compare(source, "The new dam on the Harlow opened on Tuesday. Crowds cheered the governor.", &Options::default());
/// assert_eq!(report.summary.target.counts.copied, 1);
/// assert_eq!(report.summary.target.counts.added, 1);
/// assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
/// // A closing line that says little is no material of the article's own.
/// let report = compare(source, "The new dam on the Harlow opened on Tuesday. Work continues.", &Options::default());
/// assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
/// ```
pub fn summarize(
    source: Labelled<'_>,
    target: Labelled<'_>,
    links: &[Match],
    language: Language,
    languages_differ: bool,
    translation: Option<Translation>,
) -> Summary {
    let source_tally = tally(source);
    let target_tally = tally(target);
    // A sentence that repeats a source sentence with another fact is added, yet the article
    // took its shape from the source: five copied sentences with five figures changed are still
    // derived from it.
    let changed: Vec<usize> = links
        .iter()
        .filter(|l| l.label == Label::Added)
        .flat_map(|l| l.target.iter().copied())
        .collect();
    let changed_characters: usize = changed
        .iter()
        .filter_map(|&t| target.segments.get(t))
        .map(|s| visible(&target.text[s.start..s.end]))
        .sum();
    let derived = target_tally.shares.copied
        + target_tally.shares.reworded
        + if target_tally.characters > 0 {
            changed_characters as f64 / target_tally.characters as f64
        } else {
            0.0
        };
    // Every sentence taken from the source, however many phrases of their own they add: a
    // translation or a close rewrite renders each sentence with words the source lacks.
    // Marked once: looking each added sentence up in `changed` would be quadratic in a long
    // article full of both.
    let mut is_changed = vec![false; target.judgements.len()];
    for &t in &changed {
        if let Some(mark) = is_changed.get_mut(t) {
            *mark = true;
        }
    }
    // A closing line such as `"The trial continues."`, or a page's `"Advertisement"`, is no
    // material of the article's own: the derived share is of the rest.
    let (mut every_sentence_derived, mut mute) = (true, 0);
    for (at, ((segment, judgement), &changed)) in target
        .segments
        .iter()
        .zip(target.judgements)
        .zip(&is_changed)
        .enumerate()
    {
        if judgement.label == Label::Added && !changed {
            every_sentence_derived = false;
            let text = &target.text[segment.start..segment.end];
            let furniture = target.lines.get(at) == Some(&Line::Furniture);
            if furniture || says_little(text) {
                mute += visible(text);
            }
        }
    }
    let article = target_tally.characters.saturating_sub(mute);
    let derived_of_article = if article > 0 {
        derived * target_tally.characters as f64 / article as f64
    } else {
        0.0
    };
    let verdict = if target_tally.characters > 0
        && (derived_of_article >= WHOLLY_MIN || every_sentence_derived && derived >= MOSTLY_MIN)
    {
        Verdict::WhollyDerived
    } else if target_tally.characters > 0 && derived >= PARTIALLY_MIN
        || copied_sentences(target) >= COPIED_SENTENCES_MIN
        || copied_unquoted(target) >= COPIED_UNQUOTED_MIN
        || source_tally.shares.copied >= SOURCE_COPIED_MIN
            && copied_sentences(target) >= SOURCE_COPIED_SENTENCES_MIN
    {
        Verdict::PartiallyDerived
    } else {
        Verdict::Independent
    };
    let mut headline = headline(
        source,
        target,
        (&source_tally, &target_tally),
        &changed,
        // "Most" and "every sentence" are said of the article, lines that say little aside.
        derived_of_article,
        verdict,
    );
    if let Some(changes) = changes(links) {
        headline.push(' ');
        headline.push_str(&changes);
    }
    // A reader who pastes an original and its translation should learn why nothing matched.
    if let Some(translation) = translation {
        headline.push_str(" The source is in ");
        headline.push_str(translation.source.name());
        headline.push_str(" and the target in ");
        headline.push_str(translation.target.name());
        headline.push_str(
            ": sentences are matched by their names, figures and words with a shared root \
             (temperatura, temperature), so a faithful translation reads as reworded, and one \
             that shares none of them as added.",
        );
    } else if languages_differ && verdict == Verdict::Independent {
        headline.push_str(
            " The two articles seem to be in different languages: retold compares words, so a \
             translation reads as independent.",
        );
    }
    // Tags glue sentences together and count as words: the labels of a web page's source
    // are no guide, and the reader should know why.
    let markup = match (holds_markup(source.text), holds_markup(target.text)) {
        (true, true) => "Both articles hold",
        (true, false) => "The source holds",
        (false, true) => "The target holds",
        (false, false) => "",
    };
    if !markup.is_empty() {
        headline.push(' ');
        headline.push_str(markup);
        headline.push_str(
            " web page markup (tags such as <p>), which retold reads as words: paste the text a \
             browser shows instead.",
        );
    }
    // A reader should know when a word's stem and weight came from another language's rules.
    if language != Language::English && translation.is_none() {
        headline.push_str(" Words are compared as ");
        headline.push_str(language.name());
        headline.push('.');
    }
    Summary {
        source: source_tally,
        target: target_tally,
        verdict,
        headline,
        language,
        translation,
    }
}

/// The target's copied sentences of at least [`COPIED_WORDS_MIN`] words.
fn copied_sentences(target: Labelled<'_>) -> usize {
    copied_texts(target).count()
}

/// The target's copied sentences of at least [`COPIED_WORDS_MIN`] words that quote no one: no
/// double quotation mark, and no single one opening a quote (`'We are sorry,' she said`), while
/// an apostrophe (`the keepers' cottages`) is no quote.
fn copied_unquoted(target: Labelled<'_>) -> usize {
    copied_texts(target)
        .filter(|text| {
            let mut before = ' ';
            !text.chars().any(|c| {
                let opens = matches!(
                    c,
                    '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{201e}' | '\u{2018}'
                ) || c == '\'' && (before.is_whitespace() || before == '(');
                before = c;
                opens
            })
        })
        .count()
}

/// The texts of the target's copied sentences of at least [`COPIED_WORDS_MIN`] words.
fn copied_texts<'a>(target: Labelled<'a>) -> impl Iterator<Item = &'a str> {
    target
        .segments
        .iter()
        .zip(target.judgements)
        .filter(|(_, judgement)| judgement.label == Label::Copied)
        .map(|(segment, _)| &target.text[segment.start..segment.end])
        .filter(|text| text.split_whitespace().count() >= COPIED_WORDS_MIN)
}

/// The fewest words of a source's first line that is no headline, as the classifier reads an
/// intro.
const HEADLINE_WORDS: usize = 12;

/// The share of the source's text copied word for word, leaving out its headline when the target
/// omits it: a padded article writes its own headline over the wire story it copies whole. A
/// headline is a first line of fewer than [`HEADLINE_WORDS`] words without a full stop: `"Lorry
/// driver jailed over bypass crash"`.
fn copied_below_headline(source: Labelled<'_>, tally: &Tally) -> f64 {
    let (Some(first), Some(judgement)) = (source.segments.first(), source.judgements.first())
    else {
        return tally.shares.copied;
    };
    let text = &source.text[first.start..first.end];
    let headline = judgement.label == Label::Omitted
        && text.split_whitespace().count() < HEADLINE_WORDS
        && !closes_as_sentence(text);
    let rest = tally.characters.saturating_sub(visible(text));
    if headline && rest > 0 {
        tally.shares.copied * tally.characters as f64 / rest as f64
    } else {
        tally.shares.copied
    }
}

fn tally(side: Labelled<'_>) -> Tally {
    let mut counts = Counts::default();
    let mut characters = [0usize; 4];
    let mut total = 0;
    for (segment, judgement) in side.segments.iter().zip(side.judgements) {
        counts.count(judgement.label);
        let whole = visible(&side.text[segment.start..segment.end]);
        let mut in_spans = 0;
        for span in &judgement.spans {
            let n = visible(&side.text[span.start..span.end]);
            in_spans += n;
            characters[slot(span.label)] += n;
        }
        characters[slot(judgement.label)] += whole.saturating_sub(in_spans);
        total += whole;
    }
    let share = |n: usize| {
        if total == 0 {
            0.0
        } else {
            n as f64 / total as f64
        }
    };
    let shares = Shares {
        copied: share(characters[0]),
        reworded: share(characters[1]),
        added: share(characters[2]),
        omitted: share(characters[3]),
    };
    let [copied, reworded, added, omitted] = percents(characters, total);
    Tally {
        counts,
        shares,
        percents: Percents {
            copied,
            reworded,
            added,
            omitted,
        },
        characters: total,
    }
}

/// Whole percentages of `total` for each of `parts` (which add up to it), by largest remainder:
/// each part gets its percentage rounded down, and the points still missing from 100 go to the
/// parts with the largest remainders, the earlier part first on a tie. Integers throughout, so
/// no float rounding can make them 99 or 101.
///
/// `[1, 1, 1]` of 3 -> `[34, 33, 33]`; `[0, 0, 0, 0]` of 0 -> all 0.
fn percents(parts: [usize; 4], total: usize) -> [u32; 4] {
    if total == 0 {
        return [0; 4];
    }
    // In 64 bits: a hundred times 43 million characters overflows wasm32's usize.
    let total = total as u64;
    let mut whole = parts.map(|n| (n as u64 * 100 / total) as u32);
    let mut remainders = parts.map(|n| Some(n as u64 * 100 % total));
    // At most three points are missing (four parts each lose less than one), so picking the
    // largest remainder each time beats sorting, whose code the page would carry.
    for _ in whole.iter().sum::<u32>()..100 {
        let mut best: Option<usize> = None;
        for (i, remainder) in remainders.iter().enumerate() {
            if remainder.is_some() && best.is_none_or(|b| *remainder > remainders[b]) {
                best = Some(i);
            }
        }
        let Some(i) = best else { break };
        whole[i] += 1;
        remainders[i] = None;
    }
    whole
}

fn slot(label: Label) -> usize {
    match label {
        Label::Copied => 0,
        Label::Reworded => 1,
        Label::Added => 2,
        Label::Omitted => 3,
    }
}

fn visible(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests;

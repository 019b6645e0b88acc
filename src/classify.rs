//! Label every sentence copied, reworded, added or omitted, and mark finer spans inside them.
//!
//! Each target sentence is aligned word by word (in order) with its candidate source
//! sentence(s). Words that come over in order with only trivial changes make it `copied`; the
//! same content in other words makes it `reworded`; anything else is `added`. A long sentence
//! is judged by clause, so one that joins a reworded quote to new material is reworded with the
//! new clauses marked added. Two places take less evidence: the intro of an article derived from
//! the source, since rewrites change it most, and a sentence that fills a gap in the source's
//! order between derived sentences, since rewrites keep that order. Inside a reworded sentence,
//! the words its counterpart has as written are marked copied. Source sentences take the best
//! label of the links that use them, or `omitted`, and mark the words a copy dropped or a
//! rewrite kept.

use similar::DiffOp;

use crate::align::Candidate;
use crate::normalize::{Line, Token, Tokens};
use crate::report::{Fact, Label, Why};
use crate::Options;

mod alignment;
mod amounts;
mod claims;
mod clauses;
mod comment;
mod copies;
mod draft;
mod edits;
mod facts;
mod figured;
mod found;
mod frames;
mod gaps;
mod headline;
mod intro;
mod kept;
mod links;
mod opposites;
mod qualifiers;
mod questions;
mod quotes;
mod reasons;
mod roles;
mod rounding;
mod run_on;
mod sequence;
mod shape;
mod sources;
mod spans;
mod speakers;
mod tenses;
mod turns;
mod unsourced;
mod values;
mod verbatim;

use alignment::{compare_words, Alignment};
use clauses::derived_clauses;
use comment::asks_for_comment;
use copies::{copied_whole, copied_with_new_clause, copied_with_words_slipped_in};
use draft::Draft;
use edits::{copied_with_a_phrase_moved, swaps_one_word};
use facts::{conflicting, Change, CHANGED_WORDS_MAX};
use found::{
    derived_whole, distinctive, figures_given_elsewhere, found_in_source, shared_uncommon,
    stitched, FigurePlaces,
};
use frames::copied_but_turns_under_tag;
use headline::{hedges_headline, leads_with_own_quote, reword_headline};
use intro::reword_intro;
use kept::Kept;
use links::link;
use questions::asks_anew;
use quotes::{
    quote_taken_whole, quoted_by_stranger, quotes_anew, reports_a_quote, reports_the_voice,
    reword_credit,
};
use reasons::explain_added;
use rounding::{given_figures, rounds};
use run_on::credited_by_pronoun;
use sequence::reword_in_sequence;
use sources::{judge_sources, Taken};
pub use spans::balance;
use spans::{added_spans, target_spans};
use speakers::told_as_own;
use turns::{negates, turned};
use unsourced::SourceFigures;
use values::carries_fact;
use values::{across_month, mark_named_days, other_share, same_figures};
use verbatim::Verbatim;

/// The verdict on one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// The sentence's label.
    pub label: Label,
    /// Indices of the links (in `Labels::links`) it takes part in.
    pub links: Vec<usize>,
    /// Finer parts with another label, as byte ranges of the article, in order.
    pub spans: Vec<ByteSpan>,
    /// For an added target sentence, why it has no counterpart.
    pub reason: Option<ByteReason>,
}

/// Why an added target sentence has no counterpart, with its shared words as byte ranges of the
/// article; see [`crate::Reason`].
#[derive(Clone, Debug, PartialEq)]
pub struct ByteReason {
    /// What falls short.
    pub why: Why,
    /// The closest source sentences, in order.
    pub source: Vec<usize>,
    /// The shared words, as byte ranges of the target, in order.
    pub shared: Vec<std::ops::Range<usize>>,
    /// For `Why::Changed`, the fact changed.
    pub changed: Option<Fact>,
}

/// A labelled byte range of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// Byte just past the end.
    pub end: usize,
    /// What the part is.
    pub label: Label,
}

/// A confirmed counterpart between source and target sentences.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Source sentence indices, in order.
    pub source: Vec<usize>,
    /// Target sentence indices, in order.
    pub target: Vec<usize>,
    /// `Copied` or `Reworded`; `Added` when the target sentence changes a fact of the source's.
    pub label: Label,
    /// For an `Added` link, the fact changed.
    pub changed: Option<Fact>,
    /// Weighted Dice overlap of the two sides' words, 0..1.
    pub similarity: f32,
}

/// Every sentence's label and the links between them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Labels {
    /// Per source sentence.
    pub source: Vec<Judgement>,
    /// Per target sentence.
    pub target: Vec<Judgement>,
    /// Confirmed links.
    pub links: Vec<Match>,
}

/// Labels every sentence of both articles from the aligner's candidates.
///
/// # Examples
/// ```
/// use retold::{align::align, classify::classify, normalize::normalize, segment::segment, Label, Options};
/// let source = "The council approved the new bridge on Tuesday. Work starts in May.";
/// let target = "The council approved the new bridge on Tuesday. Residents were pleased.";
/// let tokens = normalize(source, &segment(source), target, &segment(target));
/// let labels = classify(&tokens, &align(&tokens), &Options::default());
/// let target_labels: Vec<Label> = labels.target.iter().map(|j| j.label).collect();
/// assert_eq!(target_labels, [Label::Copied, Label::Added]);
/// assert_eq!(labels.source[1].label, Label::Omitted);
/// ```
pub fn classify(tokens: &Tokens, candidates: &[Option<Candidate>], options: &Options) -> Labels {
    let source_keys = sorted_keys(tokens.source.iter().flatten());
    let verbatim = Verbatim::new(&tokens.source);
    let figures = SourceFigures::new(tokens);
    let places = FigurePlaces::default();
    let context = Context {
        source_keys: &source_keys,
        verbatim: &verbatim,
        figures: &figures,
        places: &places,
        reworded_min: if tokens.translation.is_some() {
            gaps::TRANSLATED_MIN
        } else {
            options.reworded_min
        },
    };
    let mut draft = Draft {
        groups: Vec::with_capacity(tokens.target.len()),
        changes: Vec::with_capacity(tokens.target.len()),
        facts: Vec::with_capacity(tokens.target.len()),
        target: Vec::with_capacity(tokens.target.len()),
        taken: Taken::new(tokens),
    };
    for (t, sentence) in tokens.target.iter().enumerate() {
        let judged = candidates
            .get(t)
            .and_then(Option::as_ref)
            .map(|c| judge(tokens, sentence, c, &context, options));
        match judged.unwrap_or(Outcome::Added { changed: None }) {
            Outcome::Derived(judgement, alignment) => {
                draft.changes.push(None);
                draft.facts.push(None);
                draft.taken.mark(tokens, sentence, &alignment, &judgement);
                let group = candidates[t].as_ref().map(|c| c.source.clone());
                draft.groups.push(Some(group.unwrap_or_default()));
                draft.target.push(judgement);
            }
            Outcome::Added { changed } => {
                draft.groups.push(None);
                draft.facts.push(changed.as_ref().map(|c| c.fact));
                let linked = changed
                    .filter(Change::links)
                    .zip(candidates.get(t).and_then(Option::as_ref))
                    .map(|(change, c)| (c.source.clone(), change.fact));
                draft.changes.push(linked);
                draft.target.push(Judgement {
                    label: Label::Added,
                    links: Vec::new(),
                    spans: added_spans(tokens, sentence, &verbatim),
                    reason: None,
                });
            }
        }
    }
    reword_intro(tokens, candidates, &context, options, &mut draft);
    reword_in_sequence(tokens, candidates, &context, options, &mut draft);
    figured::reword_by_figures(tokens, &context, options, &mut draft);
    draft.drop_merely_named(tokens, candidates, &context, options);
    draft.forget_restated_changes(tokens);
    draft.drop_echoes(tokens, candidates, &context);
    // After the changes another sentence restates are forgotten: a headline that rounds the
    // intro's `"up to 380,000 homes"` while the next sentence copies it makes no change, and
    // is still read against the source's headline.
    reword_headline(tokens, &context, options, &mut draft);
    // Last: the gaps lie between sentences every other pass has read, the headline among them.
    gaps::pair_in_gaps(tokens, &context, options, &mut draft);
    drop(verbatim); // Before the sources index the target's trigrams, not beside them.
    let Draft {
        groups,
        changes,
        facts,
        mut target,
        taken,
    } = draft;
    let links = link(tokens, &groups, &changes, &mut target);
    explain_added(tokens, candidates, &changes, &facts, &mut target);
    let source = judge_sources(tokens, &links, &taken, options);
    Labels {
        source,
        target,
        links,
    }
}

/// A target sentence with fewer content words than this is short: a caption, a name, a dateline.
///
/// `"Volodymyr Zelensky"` as a photo caption is copied only from a line about as short, not from
/// the long sentence that happens to contain the name.
const SHORT_CONTENT: usize = 3;

/// What every target sentence is judged against.
#[derive(Clone, Copy)]
struct Context<'a> {
    /// Every key of the source, sorted.
    source_keys: &'a [u32],
    /// The source's verbatim phrases.
    verbatim: &'a Verbatim<'a>,
    /// Every figure the source gives.
    figures: &'a SourceFigures,
    /// Where the source gives each figure.
    places: &'a FigurePlaces,
    /// The coverage at which a counterpart makes the sentence reworded as a whole.
    reworded_min: f32,
}

/// Judges one target sentence against its candidate: derived (copied or reworded) with the
/// word alignment, or added, with the fact it changes when it keeps the candidate's shape.
fn judge(
    tokens: &Tokens,
    sentence: &[Token],
    candidate: &Candidate,
    context: &Context,
    options: &Options,
) -> Outcome {
    let Context {
        source_keys,
        reworded_min,
        ..
    } = *context;
    // A picture's caption or credit, a menu or a time stamp is the page's own, however much of
    // the source it names, unless it is the source's own line word for word.
    if asks_anew(tokens, candidate.target, sentence, &candidate.source)
        || asks_for_comment(tokens, sentence, &candidate.source)
        || leads_with_own_quote(tokens, candidate.target, sentence, context.verbatim)
        || matches!(
            tokens.lines[1].get(candidate.target),
            Some(Line::Caption | Line::Furniture)
        ) && !copied_whole(tokens, sentence, &candidate.source)
    {
        return Outcome::Added { changed: None };
    }
    let alignment = compare_words(tokens, sentence, &candidate.source);
    let mut matched = vec![false; sentence.len()];
    for op in &alignment.ops {
        if let DiffOp::Equal { new_index, len, .. } = *op {
            matched[new_index..new_index + len].fill(true);
        }
    }
    // "the UN" for "the United Nations" keeps the name: its words count as matched.
    for &k in &alignment.renamed.1 {
        matched[k] = true;
    }
    // So do figures written another way, "5-7%" for "5 to 7 percent", rounded ones, "£413m" or
    // "about £400m" for "£412.6 million", and a day on the other side of its month, "5 December"
    // for "Dec. 5".
    let given = given_figures(tokens, &alignment);
    for op in &alignment.ops {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        let same = same_figures(tokens, sentence, &alignment, op);
        // A share written another way keeps its words: "three-quarters" for "75%".
        let same_share = other_share(tokens, sentence, &alignment, op) == Some(false);
        for k in op.new_range() {
            // A figure given in other units keeps its units too: "40 degrees Celsius" for "104F".
            let figure = tokens.figures_at(sentence, k)[0].is_some()
                || tokens.measure(sentence[k].key).is_some();
            let share =
                || tokens.share_at(sentence, k).is_some() || tokens.value_at(sentence, k).is_some();
            matched[k] |= (same && figure)
                || (same_share && share())
                || rounds(tokens, sentence, k, &given)
                || across_month(tokens, sentence, &alignment, k) == Some(true);
        }
    }
    // A weekday for the source's "today" keeps the day: "on Thursday" for "today".
    mark_named_days(tokens, sentence, &alignment, &mut matched);
    let mut kept = Kept::tally(tokens, sentence, &matched);
    kept.one_swap = swaps_one_word(tokens, sentence, &alignment);
    let Kept {
        content,
        unmatched_content,
        ..
    } = kept;
    let is_content = |t: &Token| tokens.is_content(t.key);
    let source_content = alignment
        .source
        .iter()
        .filter(|&&(s, i)| is_content(&tokens.source[s][i]))
        .count();
    // A caption of two names inside a long source sentence is no evidence of copying, but a
    // short sentence of five words or more that runs in the source word for word, all but one of
    // its words, is: `"Most of it has never been recovered."` from `"..., most of which has never
    // been recovered."`
    let verbatim_run = sentence.len() >= 5
        && matched.iter().filter(|&&m| m).count() + 1 >= sentence.len()
        && alignment.longest_run() >= 4;
    let fragment = content < SHORT_CONTENT && source_content > 2 * content + 2 && !verbatim_run;
    // Most sentences have one counterpart: only a merge needs the count.
    let from_parts = candidate.source.len() >= 2 && stitched(tokens, &alignment);
    let near_copy = kept.copied(options.copied_min) && !fragment && !from_parts;
    let near_copy_but_turns = !fragment
        && (kept.copied_but_turns(options.copied_min)
            || copied_but_turns_under_tag(tokens, sentence, &alignment, &matched, options));
    // Any word off the alignment may change a fact: "May" for "April" and "down" for "up" are
    // function words by their spelling.
    let conflict = matched
        .iter()
        .any(|m| !m)
        .then(|| conflicting(tokens, sentence, &alignment, source_keys))
        .flatten()
        .filter(|c| {
            c.fact != Fact::Number
                || !figures_given_elsewhere(tokens, sentence, &alignment, context.places)
        })
        .or_else(|| {
            // A translation shares too few words to tell its facts apart: a count is one.
            let translated = tokens.translation.is_some() && candidate.source.len() == 1;
            let recounts = context.places.recounts_any(tokens, sentence, &matched)
                || translated && gaps::counts_differ(tokens, candidate.target, candidate.source[0]);
            recounts.then_some(Change {
                fact: Fact::Number,
                words: 1,
                quote: false,
            })
        })
        .or_else(|| {
            let credited = credited_by_pronoun(tokens, candidate.target, sentence, &alignment);
            credited.then_some(Change {
                fact: Fact::Name,
                words: 1,
                quote: true,
            })
        });
    // A copy with words slipped in turns a claim as a near copy does: `"will not raise"`. It
    // reads the whole counterpart in the sentence, so the sentence is derived whole: an aside
    // may open a clause of its own, `"Kestrel Media Group, which also owns two radio
    // stations,"` of `"Kestrel Media denies libel"`.
    let slipped_in =
        !fragment && copied_with_words_slipped_in(tokens, sentence, &alignment, source_keys);
    if quotes_anew(tokens, sentence, &alignment, &matched)
        || quoted_by_stranger(tokens, candidate.target, sentence, &matched, source_keys)
        || told_as_own(tokens, sentence, &candidate.source)
    {
        return Outcome::Added { changed: None };
    }
    let derived = if near_copy || slipped_in {
        0..sentence.len()
    } else {
        // A sentence may say much of its own around what it rewords: carrying most of its
        // counterpart's telling words makes it derived as much as covering enough of its own.
        let whole =
            candidate.coverage >= reworded_min || derived_whole(tokens, sentence, &alignment);
        let found = found_in_source(tokens, sentence, &alignment, &given);
        match derived_clauses(tokens, sentence, &found, whole, source_keys) {
            Some(derived) if distinctive(tokens, sentence, &alignment, &found) => derived,
            // A short line says too little to count as derived, but one in its counterpart's
            // shape with another fact still repeats it: `"Storm kills 15 in Devon"` for the
            // headline `"Storm kills 12 in Devon"` when the story repeats storm, kill and Devon.
            _ => {
                // Only a crisp change: otherwise the line is added like any other, its
                // verbatim phrases marked.
                // Every content word off the alignment is the change: a line that also says
                // something else is news of its own.
                let kept_content = content > unmatched_content;
                let only_facts = sentence
                    .iter()
                    .zip(&matched)
                    .all(|(t, m)| *m || !is_content(t) || carries_fact(tokens, t));
                let crisp = |c: &Change| match c.fact {
                    Fact::Opposite | Fact::Stage => unmatched_content <= 1,
                    _ => only_facts,
                };
                return Outcome::Added {
                    changed: conflict.filter(|c| {
                        kept_content && crisp(c) && !fragment && c.words <= CHANGED_WORDS_MAX
                    }),
                };
            }
        }
    };
    // A rewrite turns negations and hedges as it rewords, but a figure it keeps between kept
    // words keeps its qualifier: `"would cost about £100,000 in total"` for `"would cost
    // £100,000"` is a hedge in any sentence.
    // A copy whose attribution moved turns a negation too: `"The mayor said the works ended"`
    // -> `"The works did not end, the mayor said"`. The moved words count as kept for it, not
    // for the label, and not for a hedge, which a rewrite's verbs swap as they reword.
    let moved_copy = || {
        // Most sentences have no negation to turn: they need no second look.
        let negation = |t: &Token| tokens.is_negation(t.key);
        if !sentence.iter().any(negation)
            && !alignment
                .source_words(0..alignment.source.len())
                .any(|t| negation(&t))
        {
            return false;
        }
        let (moved, _) = alignment.moved(tokens, sentence);
        let kept: Vec<bool> = matched.iter().zip(&moved).map(|(m, v)| *m || *v).collect();
        !fragment && Kept::tally(tokens, sentence, &kept).copied_but_turns(options.copied_min)
    };
    let turn = turned(
        tokens,
        sentence,
        &alignment,
        !(near_copy_but_turns || slipped_in),
    )
    .or_else(|| (moved_copy() && negates(tokens, sentence, &alignment)).then_some(Fact::Negation))
    .or_else(|| {
        hedges_headline(tokens, candidate.target, &candidate.source).then_some(Fact::Hedge)
    });
    let changed = conflict.or_else(|| {
        turn.map(|fact| Change {
            fact,
            words: 1,
            quote: false,
        })
    });
    if changed.is_some() {
        return Outcome::Added { changed };
    }
    let copy_with_clause =
        copied_with_new_clause(tokens, sentence, &alignment, &matched, &derived, options);
    // Checked last, for the few sentences left: it finds the moved words again.
    // A quote told as reported speech is a rewording however closely it keeps the words.
    // A dateline or a live blog's time stamp says nothing the sentence copies.
    let dateline = tokens.target_datelines.get(candidate.target).copied();
    let dateline = dateline.unwrap_or(0);
    let whole = derived.start <= dateline && derived.end == sentence.len() && !fragment;
    let as_written = near_copy
        || copy_with_clause
        || slipped_in
        || whole && copied_with_a_phrase_moved(tokens, sentence, &alignment);
    let quote_whole = whole
        .then(|| quote_taken_whole(tokens, (sentence, dateline), &alignment, &matched))
        .flatten();
    let label = if (as_written || quote_whole.is_some())
        && !reports_a_quote(tokens, sentence, &alignment)
        && !reports_the_voice(tokens, sentence, &alignment)
    {
        Label::Copied
    } else {
        Label::Reworded
    };
    let mut spans = target_spans(
        tokens, sentence, &alignment, label, &derived, context, options,
    );
    if let (Some(setting), Label::Copied) = (quote_whole, label) {
        reword_credit(&mut spans, sentence, setting);
    }
    Outcome::Derived(
        Judgement {
            label,
            links: Vec::new(),
            spans,
            reason: None,
        },
        alignment,
    )
}

/// What `judge` decided about one target sentence. One lives at a time, so an `Added` as large
/// as a `Derived` costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
enum Outcome {
    /// Copied or reworded from the candidate, with the word alignment that shows it.
    Derived(Judgement, Alignment),
    /// Added; `changed` when it has the source's shape but another fact.
    Added {
        /// The fact the sentence changes (another number, speaker or a negation turned).
        changed: Option<Change>,
    },
}

/// The distinct keys of `tokens`, sorted, for lookups by binary search.
pub(super) fn sorted_keys<'a>(tokens: impl Iterator<Item = &'a Token>) -> Vec<u32> {
    let mut keys: Vec<u32> = tokens.map(|t| t.key).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

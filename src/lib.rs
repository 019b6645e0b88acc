//! retold: see how one news article (the target) was made from another (the source).
//!
//! The pipeline is a chain of verbs over plain data; each stage only reads earlier ones:
//!
//! ```text
//! segment  ->  normalize  ->  align  ->  classify  ->  diff  ->  Report
//! sentences    keys and      candidate   copied /      word      JSON-ready,
//! with ranges  weights       sources     reworded /    diffs     offsets in chars
//!                                        added/omitted           or UTF-16
//! ```
//!
//! # Examples
//! ```
//! use retold::{compare, Label, Options, Verdict};
//!
//! let source = "The council approved the bridge on Tuesday. Work starts in May.";
//! let target = "The council approved the bridge on Tuesday. Residents cheered the news loudly.";
//! let report = compare(source, target, &Options::default());
//!
//! assert_eq!(report.target.sentences[0].label, Label::Copied);
//! assert_eq!(report.target.sentences[1].label, Label::Added);
//! assert_eq!(report.source.sentences[1].label, Label::Omitted);
//! assert_eq!(report.links[0].source, [0]);
//! assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
//! ```

pub mod align;
pub mod classify;
pub mod diff;
pub mod normalize;
mod offsets;
pub mod report;
pub mod segment;
pub mod summary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

pub use report::{
    Counts, DiffOp, Edits, Fact, Label, Language, Link, OffsetUnit, Op, Percents, Reason, Report,
    Sentence, Shares, Side, Span, Summary, Tally, Translation, Verdict, Why,
};

use classify::{Judgement, Labels};
use segment::Segment;
use summary::Labelled;

/// How to compare: the offset unit of the report and the labelling thresholds.
///
/// The defaults were chosen on the METER corpus's dev split and checked on the project's own
/// fixtures; change them only to study their effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The unit of every offset in the report.
    pub offset_unit: OffsetUnit,
    /// A target sentence is copied when at least this weighted share of its words comes over in
    /// order (and almost no content word is new).
    pub copied_min: f32,
    /// A target sentence is reworded when its counterpart holds at least this weighted share of
    /// its words, in any order.
    pub reworded_min: f32,
    /// The shortest in-order run, in words, marked as a copied span inside a reworded sentence;
    /// a run must also hold a content word, so the default of 2 marks a kept `"the dam"` or
    /// `"North Korean"`, never `"of the"`. Besides runs, each content word a reworded
    /// sentence keeps as written is marked, in any order (`"Divers"` and `"night"` in `"Divers
    /// spent the night searching..."` from `"...divers searched the water all night"`).
    pub min_run: usize,
    /// Whether to compute the word diff of every link (`false` leaves `diff` empty, for callers
    /// that diff lazily with [`diff::diff`]).
    pub diffs: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            offset_unit: OffsetUnit::Char,
            copied_min: 0.85,
            reworded_min: 0.35,
            min_run: 2,
            diffs: true,
        }
    }
}

/// Compares `target` with `source` and reports what it copied, reworded, added and omitted.
///
/// Total: any two strings give a report; nothing panics on any input.
///
/// # Examples
/// ```
/// use retold::{compare, Label, Options};
/// let report = compare("", "", &Options::default());
/// assert!(report.target.sentences.is_empty());
/// let report = compare("Alpha beta gamma.", "Alpha beta gamma.", &Options::default());
/// assert_eq!(report.target.sentences[0].label, Label::Copied);
/// ```
pub fn compare(source: &str, target: &str, options: &Options) -> Report {
    let source_segments = segment::segment(source);
    let target_segments = segment::segment(target);
    let tokens = normalize::normalize(source, &source_segments, target, &target_segments);
    let candidates = align::align(&tokens);
    let mut labels = classify::classify(&tokens, &candidates, options);
    classify::balance(&mut labels.source, source, &source_segments);
    classify::balance(&mut labels.target, target, &target_segments);
    let summary = summary::summarize(
        Labelled {
            text: source,
            segments: &source_segments,
            judgements: &labels.source,
            lines: &tokens.lines[0],
        },
        Labelled {
            text: target,
            segments: &target_segments,
            judgements: &labels.target,
            lines: &tokens.lines[1],
        },
        &labels.links,
        tokens.language,
        tokens.languages_differ(),
        tokens.translation,
    );
    build(
        source,
        &source_segments,
        target,
        &target_segments,
        labels,
        summary,
        options,
    )
}

fn build(
    source: &str,
    source_segments: &[Segment],
    target: &str,
    target_segments: &[Segment],
    labels: Labels,
    summary: Summary,
    options: &Options,
) -> Report {
    fn sentences<'a>(text: &'a str, segments: &[Segment], indices: &[usize]) -> Vec<&'a str> {
        indices
            .iter()
            .map(|&i| &text[segments[i].start..segments[i].end])
            .collect()
    }
    let links = labels
        .links
        .iter()
        .map(|m| {
            let similarity = (f64::from(m.similarity) * 1000.0).round() / 1000.0;
            let (source_texts, target_texts) = (
                sentences(source, source_segments, &m.source),
                sentences(target, target_segments, &m.target),
            );
            Link {
                source: m.source.clone(),
                target: m.target.clone(),
                label: m.label,
                changed: m.changed,
                similarity,
                edits: diff::edits(&source_texts, &target_texts, similarity),
                diff: if options.diffs {
                    diff::diff_sentences(&source_texts, &target_texts)
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Report {
        version: env!("CARGO_PKG_VERSION").to_string(),
        offset_unit: options.offset_unit,
        source: side(source, source_segments, labels.source, options.offset_unit),
        target: side(target, target_segments, labels.target, options.offset_unit),
        links,
        summary,
    }
}

fn side(text: &str, segments: &[Segment], judgements: Vec<Judgement>, unit: OffsetUnit) -> Side {
    let mut offsets = offsets::Converter::new(text, unit);
    let sentences = segments
        .iter()
        .zip(judgements)
        .map(|(segment, judgement)| {
            // Offsets are converted in increasing order (start, spans, end) so one pass suffices.
            let start = offsets.convert(segment.start);
            let spans = judgement
                .spans
                .iter()
                .map(|span| Span {
                    start: offsets.convert(span.start),
                    end: offsets.convert(span.end),
                    label: span.label,
                })
                .collect();
            Sentence {
                text: text[segment.start..segment.end].to_string(),
                start,
                end: offsets.convert(segment.end),
                paragraph: segment.paragraph,
                label: judgement.label,
                links: judgement.links,
                spans,
                reason: judgement.reason.map(|reason| Reason {
                    why: reason.why,
                    source: reason.source,
                    shared: reason
                        .shared
                        .into_iter()
                        .filter_map(|range| text.get(range).map(str::to_string))
                        .collect(),
                    changed: reason.changed,
                }),
            }
        })
        .collect();
    Side {
        sentences,
        paragraphs: segments.last().map_or(0, |s| s.paragraph + 1),
    }
}

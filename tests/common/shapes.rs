//! Compact views of a report for assertions, shared by the fixture and rule tests.

use retold::{compare, Fact, Label, Link, Op, Options, Report, Side};

/// Every sentence's label, in order.
pub fn labels(side: &Side) -> Vec<Label> {
    side.sentences.iter().map(|s| s.label).collect()
}

/// Asserts that each one-sentence target in `cases`, compared with `source`, gets its label.
pub fn assert_labels(source: &str, cases: &[(&str, Label)]) {
    for &(target, expected) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [expected], "{target}");
    }
}

/// Every sentence's text, in order.
pub fn texts(side: &Side) -> Vec<&str> {
    side.sentences.iter().map(|s| s.text.as_str()).collect()
}

/// The text of a span, by character offsets into `input`.
pub fn span_text(input: &str, start: usize, end: usize) -> String {
    input.chars().skip(start).take(end - start).collect()
}

/// Links as (source indices, target indices, label), for compact assertions.
pub fn link_shapes(report: &Report) -> Vec<(Vec<usize>, Vec<usize>, Label)> {
    report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone(), l.label))
        .collect()
}

/// Links as (source indices, target indices, changed fact), for changed-fact assertions.
pub fn changed_links(report: &Report) -> Vec<(Vec<usize>, Vec<usize>, Option<Fact>)> {
    report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone(), l.changed))
        .collect()
}

/// Asserts that `report`'s target sentences are not all added and that no link changes a fact:
/// the target took the source's words without changing what they say.
pub fn assert_derived_unchanged(report: &Report) {
    let labels = labels(&report.target);
    assert!(labels.iter().any(|&l| l != Label::Added), "{labels:?}");
    assert!(
        report.links.iter().all(|l| l.changed.is_none()),
        "{:?}",
        report.links
    );
}

/// A link's diff as (op, text), for compact assertions.
pub fn ops_of(link: &Link) -> Vec<(Op, &str)> {
    link.diff.iter().map(|d| (d.op, d.text.as_str())).collect()
}

/// The target's labels and the facts its links changed, comparing `target` with `source`.
pub fn judged(source: &str, target: &str) -> (Vec<Label>, Vec<Option<Fact>>) {
    let report = compare(source, target, &Options::default());
    (
        labels(&report.target),
        report.links.iter().map(|l| l.changed).collect(),
    )
}

/// Asserts that `target`, one sentence, keeps its source sentence's facts: one link, no changed
/// fact, and not labelled added.
pub fn assert_kept(source: &str, target: &str) {
    let (labels, changed) = judged(source, target);
    assert_eq!(changed, [None], "{target}");
    assert_ne!(labels, [Label::Added], "{target}");
}

/// Asserts that `target`, one sentence, repeats its source sentence with `fact` changed: added,
/// and linked with that fact.
pub fn assert_changed(source: &str, target: &str, fact: Fact) {
    assert_eq!(
        judged(source, target),
        (vec![Label::Added], vec![Some(fact)]),
        "{target}"
    );
}

/// The changed fact of one sentence against another, if the target sentence is added for one.
pub fn changed_fact(source: &str, target: &str) -> Option<Fact> {
    let report = compare(source, target, &Options::default());
    report.links.iter().find_map(|l| l.changed)
}

/// The labelled spans of a target sentence, as (label, text).
pub fn spans_of(input: &str, report: &Report, sentence: usize) -> Vec<(Label, String)> {
    report.target.sentences[sentence]
        .spans
        .iter()
        .map(|s| (s.label, span_text(input, s.start, s.end)))
        .collect()
}

//! A figure said roughly is the source's figure when sentences are matched: a rewrite that
//! rounds `"2,963"` to `"around 3,000"` and keeps two other words of the sentence rewords it.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

mod common;
use common::shapes::labels;

const SOURCE: &str = "The study followed 31,874 children born in the region between 2009 and \
                      2015. Tree cover near each home was measured from aerial photographs. \
                      During the follow-up, 2,963 children developed asthma. Children in the \
                      greenest streets had a lower risk.";

#[test]
fn a_rounded_figure_finds_the_sentence_it_rounds() {
    let report = compare(
        SOURCE,
        "Around 3,000 of them developed asthma along the way.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Label::Reworded]);
    assert_eq!(report.links[0].source, [2]);
    // The word is still the target's own: the diff shows the rounding.
    let spans = &report.target.sentences[0].spans;
    assert!(spans.iter().all(|s| s.start > 12), "{spans:?}");
}

#[test]
fn a_figure_rounded_too_far_finds_nothing() {
    for target in [
        "Around 4,000 of them developed asthma along the way.",
        "Around 3,600 of them developed asthma along the way.",
    ] {
        let report = compare(SOURCE, target, &Options::default());
        assert_eq!(labels(&report.target), [Label::Added], "{target}");
    }
}

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

/// `"about"`, `"around"`, `"approximately"` and `"roughly"` before a figure say the same, so a
/// rewrite that swaps them between two heights reads each height against its own, and a copy
/// that writes `"about 3.15pm"` for `"approximately 3.15pm"` stays a copy.
#[test]
fn words_that_round_a_figure_are_one_word() {
    let source = "Police are appealing for witnesses. The first suspect is described as white, \
                  aged in his early twenties, around 5ft 10in tall and of slim build. The second \
                  suspect is described as white, in his late twenties or early thirties, about \
                  6ft tall and of stocky build.";
    let target = "Police said the men were white, the first in his early twenties, slim and about \
                  5ft 10in, and the second in his late twenties or early thirties, stocky and \
                  around 6ft tall.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Label::Reworded]);
    assert!(report.links.iter().all(|l| l.changed.is_none()));
    let source = "However, at approximately 3.15pm a small group of protesters attempted to force \
                  their way into the council building. The crowd later moved to the square.";
    let target = "But at about 3.15pm a small group of protesters attempted to force their way \
                  into the council building, the force said.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Label::Copied]);
}

/// A qualifier moved across its figure says the same, in a rewrite that qualifies another
/// figure with the same word: `"the 300 or so bales"` for `"about 300 bales"` beside `"about
/// 40 by 20 metres"`.
#[test]
fn a_qualifier_moved_across_its_figure_beside_another_is_no_hedge() {
    let source = "On arrival, crews found a large steel-framed barn measuring about 40 metres by \
                  20 metres well alight, with about 300 round bales of hay and straw stored inside.";
    let target = "By the time the first engines pulled into the yard, the steel-framed building, \
                  about 40 by 20 metres, was well alight and the 300 or so round bales of hay and \
                  straw stacked inside were burning.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Label::Reworded]);
}

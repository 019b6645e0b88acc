//! Scores, ranges and figures that trade places: `"2-1"` written `"two goals to one"` is the same
//! score, `"1-2"` for `"2-1"` is another, and two figures that swap places between kept words say
//! another thing however many words the sentence keeps.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{assert_changed, assert_derived_unchanged, assert_kept, labels};
use Label::{Added, Copied};

/// Two figures that trade places say another thing, though the sentence still has both: the
/// men and the women, the two parties' shares. The same figures in a reordered rewrite, each
/// still with its own words, are kept.
#[test]
fn figures_that_trade_places_are_another_number() {
    for (source, target) in [
        (
            "Two men and three women were arrested after the brawl outside the nightclub on Saturday.",
            "Three men and two women were arrested after the brawl outside the nightclub on Saturday.",
        ),
        (
            "Labour won 45% of the vote and the Conservatives 38%, the count showed.",
            "Labour won 38% of the vote and the Conservatives 45%, the count showed.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    assert_kept(
        "Two men were hurt and three were arrested after the brawl on Saturday.",
        "Three were arrested and two men were hurt after the brawl on Saturday.",
    );
}

/// Two figures written as one score or range are the same figures in the same order: `"5-7%"`
/// for `"5 to 7 percent"` and `"131-87"` for `"131 votes to 87"` are copies, while `"1-3"` for
/// `"3-1"` and `"5-8%"` for `"5 to 7 percent"` are another number.
#[test]
fn a_score_or_range_written_apart_is_the_same_figure() {
    for (source, target, label) in [
        (
            "The firm expects growth of 5 to 7 percent next year.",
            "The firm expects growth of 5-7% next year.",
            Copied,
        ),
        (
            "The firm expects growth of 5-7 percent next year.",
            "The firm expects growth of 5 to 7 percent next year.",
            Copied,
        ),
        (
            "The motion passed by 131 votes to 87 on Tuesday.",
            "The motion passed 131-87 on Tuesday.",
            Copied,
        ),
        (
            "Rovers won 3-1 at home on Saturday.",
            "Rovers won 3 to 1 at home on Saturday.",
            Copied,
        ),
        (
            "Rovers won 3-1 at home on Saturday.",
            "Rovers won 1-3 at home on Saturday.",
            Added,
        ),
        (
            "Rovers won 3 to 1 at home on Saturday.",
            "Rovers won 1-3 at home on Saturday.",
            Added,
        ),
        (
            "The firm expects growth of 5 to 7 percent next year.",
            "The firm expects growth of 5-8% next year.",
            Added,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{source} -> {target}");
        let changed: Vec<_> = report.links.iter().filter_map(|l| l.changed).collect();
        let expected: &[Fact] = if label == Added { &[Fact::Number] } else { &[] };
        assert_eq!(changed, expected, "{source} -> {target}");
    }
}

/// A score written the other way round is another result: another number, not a copy of the
/// same two figures. The same score with an en dash is still a copy.
#[test]
fn a_reversed_score_is_another_number() {
    let source = "The final score was 3-1 to United after extra time at Wembley on Sunday.";
    let reversed = compare(
        source,
        "The final score was 1-3 to United after extra time at Wembley on Sunday.",
        &Options::default(),
    );
    assert_eq!(labels(&reversed.target), [Added]);
    let changed: Vec<_> = reversed.links.iter().map(|l| l.changed).collect();
    assert_eq!(changed, [Some(Fact::Number)]);
    let dashed = compare(
        source,
        "The final score was 3\u{2013}1 to United after extra time at Wembley on Sunday.",
        &Options::default(),
    );
    assert_eq!(labels(&dashed.target), [Copied]);
}

/// Figures that trade places between words that stay say another thing, every word kept; moved
/// with their words they say the same.
#[test]
fn figures_that_trade_places_between_kept_words_are_another_number() {
    let source = "The final score was Rovers 3, City 1, after extra time.";
    assert_changed(
        source,
        "The final score was Rovers 1, City 3, after extra time.",
        Fact::Number,
    );
    assert_changed(
        "The motion was carried by 131 votes to 87 on Tuesday night.",
        "The motion was carried by 87 votes to 131 on Tuesday night.",
        Fact::Number,
    );
    for (source, target) in [
        (
            source,
            "The final score was City 1, Rovers 3, after extra time.",
        ),
        (
            "Three men and two women were hurt in the crash on the bypass.",
            "Two women and three men were hurt in the crash on the bypass.",
        ),
    ] {
        assert_derived_unchanged(&compare(source, target, &Options::default()));
    }
}

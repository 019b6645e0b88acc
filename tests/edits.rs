//! Light edits: a copy with one word swapped stays a copy, the swapped word marked; more changes
//! than that make a rewording.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

mod common;
use common::shapes::assert_labels;

const RELEASE: &str = "The survey of 2,000 adults found that keys are the most frequently lost \
    item.\n\n\
    One in five respondents admitted they had been late for work because they could not find \
    their keys.\n\n\
    The group will open a further 20 branches in the coming year and plans to create around 600 \
    jobs.\n\n\
    Phones came second.";

fn label_of(target: &str) -> Label {
    let report = compare(RELEASE, target, &Options::default());
    assert_eq!(report.target.sentences.len(), 1, "{target:?}");
    report.target.sentences[0].label
}

#[test]
fn a_copy_with_one_word_swapped_is_copied() {
    let cases = [
        // One word for another.
        (
            "One in five people admitted they had been late for work because they could not \
            find their keys.",
            Label::Copied,
        ),
        // Two words for one, the rest trimmed.
        (
            "One in five respondents confessed to being late for work because they could not \
            find their keys.",
            Label::Reworded,
        ),
        // Changes in several places: a rewording, though few content words are new.
        (
            "Northcote will open 20 more branches this year, creating around 600 jobs.",
            Label::Reworded,
        ),
        // A short sentence: one word is much of what it says.
        ("Wallets came second.", Label::Reworded),
        // A swapped figure is another fact, not a light edit.
        (
            "One in four respondents admitted they had been late for work because they could \
            not find their keys.",
            Label::Added,
        ),
    ];
    for (target, expected) in cases {
        assert_eq!(label_of(target), expected, "{target:?}");
    }
}

/// A phrase of up to three words swapped for a shorter one is a light edit in a sentence that
/// keeps the rest: court copy's `"admitted"` for `"pleaded guilty to"`. In a line that keeps
/// less than half of its counterpart, a swap that wide is a condensed rewording; and a unit
/// swapped measures another way.
#[test]
fn a_short_phrase_swapped_in_a_whole_copy_is_copied() {
    let source = "Archer, who had worked at the home for 16 years, pleaded guilty to fraud by \
        abuse of position.\n\n\
        The charity is calling on the borough council to expand its emergency hardship fund and \
        to make it easier for families to apply.\n\n\
        Gusts of up to 94 miles per hour were recorded at the point overnight.";
    let cases = [
        (
            "Archer, who had worked at the home for 16 years, admitted fraud by abuse of position.",
            Label::Copied,
        ),
        (
            "Charity calls for bigger council hardship fund",
            Label::Reworded,
        ),
    ];
    assert_labels(source, &cases);
    let target = "Gusts of up to 94 kph were recorded at the point overnight.";
    let report = compare(source, target, &Options::default());
    assert_eq!(report.target.sentences[0].label, Label::Added);
}

#[test]
fn the_swapped_word_is_marked_inside_the_copy() {
    let target = "One in five people admitted they had been late for work because they could \
        not find their keys.";
    let report = compare(RELEASE, target, &Options::default());
    let sentence = &report.target.sentences[0];
    let marked: Vec<&str> = sentence
        .spans
        .iter()
        .filter(|s| s.label != Label::Copied)
        .map(|s| &target[s.start..s.end])
        .collect();
    assert_eq!(marked, ["people"]);
}

/// Function words weigh little, but a short sentence recast in them is reworded: `"It is what
/// we owe"` for `"We owe that"` keeps the content words and changes four of ten words. A copy
/// that only trims or adds a word or two stays a copy.
#[test]
fn a_short_sentence_recast_in_function_words_is_reworded() {
    let source = "\"We owe that to the families of the injured.\"\n\n\
        The festival is being run by the parish council and a local charity.";
    let cases = [
        (
            "\"It is what we owe to the families of the injured.\"",
            Label::Reworded,
        ),
        (
            "\"We owe that to all the families of the injured.\"",
            Label::Copied,
        ),
        (
            "The festival is run by the parish council and a local charity.",
            Label::Copied,
        ),
    ];
    assert_labels(source, &cases);
}

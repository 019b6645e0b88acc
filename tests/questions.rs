//! Questions: a question asks, it tells none of what a statement tells. An explainer's questions
//! and a padding paragraph's rhetorical ones are the writer's own, however many of a source
//! sentence's words they take; a question the source asks too, or one the target quotes, is
//! judged like any other sentence.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

mod common;
use common::shapes::{labels, link_shapes};

use Label::{Added, Copied, Omitted, Reworded};

const WIRE: &str = "Harlow dam to close\n\n\
    The Harlow dam will close in March after engineers found cracks in its main wall, the water \
    board said on Tuesday.\n\n\
    Repairs are expected to cost £40 million and take two years.\n\n\
    Households will pay for the work through a rise in water bills of about £12 a year, the \
    board said.\n\n\
    Board chair Ilse Marrow asked who else could pay for the repairs.";

/// An explainer in questions and answers over the wire story: every answer is the wire's, every
/// question, the headline's too, is the writer's.
#[test]
fn an_explainers_questions_are_added_and_its_answers_derived() {
    let explainer = "Is this the end for Harlow dam?\n\n\
        The Harlow dam will close in March after engineers found cracks in its main wall, the \
        water board said on Tuesday.\n\n\
        What will the repairs cost?\n\n\
        Repairs are expected to cost £40 million and take two years.\n\n\
        Who will pay for the work?\n\n\
        Households will pay for the work through a rise in water bills of about £12 a year, the \
        board said.";
    let report = compare(WIRE, explainer, &Options::default());
    assert_eq!(
        labels(&report.target),
        [Added, Copied, Added, Copied, Added, Copied]
    );
    // No question links to the statement whose words it takes.
    for (_, target, _) in link_shapes(&report) {
        assert!(target.iter().all(|t| t % 2 == 1), "{target:?}");
    }
    assert_eq!(
        labels(&report.source),
        [Omitted, Copied, Copied, Copied, Omitted]
    );
}

/// A question the source asks too is copied like any sentence, and so is a question the target
/// quotes: `"Who else could pay for the repairs?" asked ...` reports the wire's indirect question.
#[test]
fn a_question_the_source_asks_or_the_target_quotes_is_judged_as_any_sentence() {
    let asked = "Who will pay for the work?\n\nThe board said households would pay.";
    let report = compare(asked, "Who will pay for the work?", &Options::default());
    assert_eq!(labels(&report.target), [Copied]);

    let quoted = "Households will pay for the work, the board said.\n\n\
        \"Who else could pay for the repairs?\" asked board chair Ilse Marrow.";
    let report = compare(WIRE, quoted, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Reworded]);
}

/// A question mark in the source's sentence is enough, wherever it stands: a quoted question in
/// a statement (`... asked: "Who pays?"`) lets the target ask it.
#[test]
fn a_source_sentence_that_quotes_a_question_lets_the_target_ask_it() {
    let source = "At the meeting one resident asked: \"Who will pay for the repairs to the dam?\"";
    let report = compare(
        source,
        "Who will pay for the repairs to the dam?",
        &Options::default(),
    );
    assert_ne!(labels(&report.target), [Added]);
}

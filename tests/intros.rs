//! Intros: a rewrite sums the story up in its first sentence, taking a fact or two from each of
//! several source sentences, none of which holds enough of it alone. Over a derived body such an
//! intro is reworded from the sentences it gathers; over a body of the writer's own it stays
//! added. The pairs are lessons 83 (live commentary turned into a match report) and 84 (a
//! judge's sentencing remarks turned into news), whose reader labelled these intros reworded.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options, Report};

mod common;
use common::fixtures::lesson;

/// The intro's label and the source sentences its link takes, the intro being the target's
/// second sentence, after the headline.
fn intro(report: &Report) -> (Label, Vec<usize>) {
    let sentence = &report.target.sentences[1];
    let sources = sentence
        .links
        .iter()
        .flat_map(|&l| report.links[l].source.clone())
        .collect();
    (sentence.label, sources)
}

#[test]
fn a_summary_intro_over_a_derived_body_is_reworded_from_the_sentences_it_gathers() {
    for pair in ["83", "84"] {
        let source = lesson(pair, "source.txt");
        let report = compare(&source, &lesson(pair, "target.txt"), &Options::default());
        let (label, sources) = intro(&report);
        assert_eq!(label, Label::Reworded, "lesson {pair}");
        assert!(sources.len() >= 2, "lesson {pair}: {sources:?}");
    }
}

#[test]
fn the_same_intro_over_a_body_of_its_own_is_added() {
    let own = "Road safety and sport are the two things people in the town talk about most, \
        according to a survey by the local paper.\n\nThe council will publish its plans for the \
        new sports centre in the spring.";
    for pair in ["83", "84"] {
        let target = lesson(pair, "target.txt");
        let opening: Vec<&str> = target.split("\n\n").take(2).collect();
        let report = compare(
            &lesson(pair, "source.txt"),
            &format!("{}\n\n{own}", opening.join("\n\n")),
            &Options::default(),
        );
        assert_eq!(intro(&report), (Label::Added, vec![]), "lesson {pair}");
    }
}

//! Echoes: a source sentence the target copies on its own is accounted for, so a later target
//! sentence that shares only a few of its words is the writer's comment on it, not a second
//! rewording. A headline or an intro that restates a copied paragraph stays reworded.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

mod common;
use common::fixtures::lesson;

#[test]
fn a_sentence_that_echoes_a_copied_one_is_added() {
    // Lesson 350: the union's release gives the government's offer, which the paper copies; its
    // own quote from the government spokesperson repeats the offer's figure. Lesson 382: the
    // blog's note on what "provisional" means repeats the species name of a copied sentence.
    for (pair, echo) in [("350", 11), ("382", 21)] {
        let report = compare(
            &lesson(pair, "source.txt"),
            &lesson(pair, "target.txt"),
            &Options::default(),
        );
        let sentences = &report.target.sentences;
        assert_eq!(sentences[echo].label, Label::Added, "lesson {pair}");
        assert!(sentences[echo].links.is_empty(), "lesson {pair}");
        // The headline that restates the story stays reworded.
        assert_eq!(sentences[0].label, Label::Reworded, "lesson {pair}");
    }
}

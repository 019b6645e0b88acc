//! A place named more fully is the same place: `"Selwick on Sea"` or `"Selwick in Norfolk"` for
//! `"Selwick"` tells the reader where it is, while `"Walton on Sea"` for `"Selwick"` is another
//! place and `"Tom Smith"` for `"Tom Reed"` another person.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, assert_kept, judged};

/// In a rewrite that drops a bakery's name from the clause it rewords, the words added after the
/// kept town's name only name the town more fully: reworded, no changed fact.
#[test]
fn a_rewrite_that_names_a_kept_place_more_fully_changes_no_name() {
    let source = "Ms Hale spent a decade teaching music at a school in Carlow. When the school \
        closed, Ms Hale moved to Selwick, opening Brindle's Bakery, so she could look after her \
        ageing father, who ran a boatyard on the harbour.";
    let target = "Ms Hale taught music at a school in Carlow, before moving to Selwick on Sea, to \
        look after her ageing father.";
    assert_eq!(judged(source, target), (vec![Label::Reworded], vec![None]));
}

#[test]
fn a_near_copy_that_names_a_kept_place_more_fully_keeps_its_facts() {
    assert_kept(
        "The boat sank off Selwick, killing two fishermen from the village, on Friday.",
        "The boat sank off Selwick in Norfolk, killing two fishermen from the village, on Friday.",
    );
}

/// Only words joined to the kept name count as naming it more fully: another place or person in
/// its place, or a surname right after a kept first name, is still another name.
#[test]
fn another_place_or_person_is_still_another_name() {
    for (source, target) in [
        (
            "The boat sank off Selwick, killing two fishermen from the village, on Friday.",
            "The boat sank off Walton on Sea, killing two fishermen from the village, on Friday.",
        ),
        (
            "The award went to Tom Reed, the club's secretary, on Friday.",
            "The award went to Tom Smith, the club's secretary, on Friday.",
        ),
    ] {
        assert_changed(source, target, Fact::Name);
    }
}

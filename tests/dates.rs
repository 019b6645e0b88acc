//! Dates in rewrites: a weekday or a month swapped in its place, between words both sides
//! keep, is another date however lightly the rest was reworded, as a figure is another number.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::judged;

#[test]
fn a_date_swapped_in_its_place_in_a_rewrite_is_another_date() {
    for (source, target) in [
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on Tuesday, a spokesman confirmed.",
        ),
        (
            "The bridge closed in June after engineers found cracks in two of its supports.",
            "The bridge was shut in July after engineers found cracks in two supports.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Added], vec![Some(Fact::Date)]),
            "{target}"
        );
    }
    // The same date kept, or the date said another way, changes nothing.
    for (source, target) in [
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on Monday, a spokesman confirmed.",
        ),
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on 12 March, a spokesman confirmed.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Reworded], vec![None]),
            "{target}"
        );
    }
}

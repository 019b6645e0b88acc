//! Hedges: a near copy that drops or adds `"may"`, `"could"` or `"likely"` before the verb it
//! qualifies claims more or less than its source, the commonest change when a press release
//! becomes news, so it is added and linked with the fact `hedge`. A hedge kept, swapped for
//! another hedge, or a month named May changes nothing.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_kept, judged};

#[test]
fn a_hedge_dropped_or_added_is_a_changed_claim() {
    let cases = [
        // Dropped: the press release's "may" becomes a finding.
        (
            "The drug may slow the disease in some patients, the researchers said.",
            "The drug slows the disease in some patients, the researchers said.",
        ),
        (
            "The treatment is likely to reduce hospital stays for older patients.",
            "The treatment will reduce hospital stays for older patients.",
        ),
        // Swapped for a certainty.
        (
            "Scientists said the vaccine could prevent most cases of the illness.",
            "Scientists said the vaccine will prevent most cases of the illness.",
        ),
        // Added where the source was sure.
        (
            "The new bridge will cut journey times across the city by half.",
            "The new bridge could cut journey times across the city by half.",
        ),
    ];
    for (source, target) in cases {
        assert_eq!(
            judged(source, target),
            (vec![Label::Added], vec![Some(Fact::Hedge)]),
            "{target}"
        );
    }
}

#[test]
fn a_hedge_kept_or_swapped_for_another_changes_nothing() {
    let cases = [
        (
            "The drug may slow the disease in some patients, the researchers said.",
            "The drug could slow the disease in some patients, the researchers said.",
        ),
        (
            "The drug may slow the disease in some patients, the researchers said.",
            "The drug may slow the disease in some patients, the scientists said.",
        ),
        // "May" the month is a date, not a hedge.
        (
            "The council will vote on the new bypass in May, officials said.",
            "The council will vote on the new bypass, officials said.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

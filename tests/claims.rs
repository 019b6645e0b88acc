//! How far a near copy's claim reaches (`src/classify/claims.rs`): whom a finding is told of,
//! whether a plan is told as certain, and on what condition. Each is the hedge fact: a copy that
//! widens, firms up or lifts a claim says more than its source.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::Fact;

mod common;
use common::shapes::{assert_changed, assert_kept, judged};

/// A finding made in animals, cells or some of the people studied, told of everyone, claims
/// more than its source: the commonest overstatement when a study's press release becomes news.
#[test]
fn a_finding_told_of_more_than_it_was_made_in_is_a_hedge() {
    for (source, target) in [
        (
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
            "The compound slowed the growth of tumours, researchers at the University of Wexham said.",
        ),
        (
            "The drug cut blood pressure in laboratory rats by a fifth, the company said on Monday.",
            "The drug cut blood pressure by a fifth, the company said on Monday.",
        ),
        // Added: the copy claims less than its source.
        (
            "The compound slowed the growth of tumours, researchers at the University of Wexham said.",
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
        ),
        (
            "The new treatment reduced symptoms in some patients, the trial's organisers found.",
            "The new treatment reduced symptoms in patients, the trial's organisers found.",
        ),
        (
            "Eating oily fish is associated with a lower risk of stroke, the study of 9,000 adults found.",
            "Eating oily fish lowers the risk of stroke, the study of 9,000 adults found.",
        ),
        // Told of another subject than the one it was made in.
        (
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
            "The compound slowed the growth of tumours in rats, researchers at the University of Wexham said.",
        ),
        (
            "The drug cut blood pressure in human cells by a fifth, the company said on Monday.",
            "The drug cut blood pressure in pigs by a fifth, the company said on Monday.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        // The animals kept, the sentence otherwise reworded a little.
        (
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
            "The compound slowed tumour growth in mice, researchers at the University of Wexham said.",
        ),
        // The same subject in other words.
        (
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
            "The compound slowed the growth of tumours in laboratory mice, researchers at the University of Wexham said.",
        ),
        (
            "The compound slowed the growth of tumours in mice, researchers at the University of Wexham said.",
            "The compound slowed the growth of tumours in a mouse model, researchers at the University of Wexham said.",
        ),
        // An animal that is no subject of a study.
        (
            "The RSPCA animal centre in Wexham will close next month, the charity said on Friday.",
            "The RSPCA centre in Wexham will close next month, the charity said on Friday.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// An intent told as a certainty claims more than its source: a press release's plans and
/// hopes become news as things that will happen.
#[test]
fn an_intent_or_a_proposal_told_as_certain_is_a_hedge() {
    for (source, target) in [
        (
            "The council plans to close the library in Ashby next year, a report to councillors shows.",
            "The council will close the library in Ashby next year, a report to councillors shows.",
        ),
        (
            "The new store aims to create 150 jobs when it opens in the spring, the firm said.",
            "The new store will create 150 jobs when it opens in the spring, the firm said.",
        ),
        (
            "The trust hopes to open the new ward at Wexham General Hospital by the end of 2027.",
            "The trust will open the new ward at Wexham General Hospital by the end of 2027.",
        ),
        // The reverse claims less.
        (
            "The council will close the library in Ashby next year, a report to councillors shows.",
            "The council intends to close the library in Ashby next year, a report to councillors shows.",
        ),
        (
            "The proposed bypass would cut journey times through the town by half, engineers said.",
            "The bypass would cut journey times through the town by half, engineers said.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        // One intent for another, or a firm date for "will", keeps the claim; so does "will" for
        // "is expected to", which news writes of things scheduled.
        (
            "The council plans to close the library in Ashby next year, a report to councillors shows.",
            "The council intends to close the library in Ashby next year, a report to councillors shows.",
        ),
        (
            "The new store is set to open in the spring and will create 150 jobs, the firm said.",
            "The new store will open in the spring and will create 150 jobs, the firm said.",
        ),
        (
            "The new store is expected to open in the spring, creating 150 jobs, the firm said.",
            "The new store will open in the spring, creating 150 jobs, the firm said.",
        ),
        // The source's "plans" is a noun: the target's says no intent of its own.
        (
            "The council would set out plans for a new bus network in the spring, its leader said.",
            "The council plans to set out a new bus network in the spring, its leader said.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A condition dropped tells a claim as certain, and one added makes it conditional: `"The
/// plant will close in March"` for `"... if the board approves"`. The same condition worded
/// another way keeps it, and a question dropped (`"asked if he would resign"`, `"to see if it
/// works"`) is none, nor is how long a thing done waits (`"released on bail pending further
/// enquiries"`): `"pending"` conditions only a claim still to come.
#[test]
fn a_condition_dropped_or_added_is_a_hedge() {
    for (source, target) in [
        (
            "The Harrow Road plant will close in March if the board approves the plan on Friday.",
            "The Harrow Road plant will close in March.",
        ),
        (
            "If approved, the Harrow Road plant will close in March with the loss of 140 jobs.",
            "The Harrow Road plant will close in March with the loss of 140 jobs.",
        ),
        (
            "The Harrow Road plant will close in March, unless a buyer is found for the site.",
            "The Harrow Road plant will close in March.",
        ),
        (
            "Mr Kowal faces up to ten years in prison if convicted of the fraud charges.",
            "Mr Kowal faces up to ten years in prison.",
        ),
        (
            "The Kelby library will reopen to the public in May, the council said.",
            "The Kelby library will reopen to the public in May if funds allow, the council said.",
        ),
        (
            "The Harrow Road plant will reopen in May pending a safety review, the council said.",
            "The Harrow Road plant will reopen in May, the council said.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        (
            "The Harrow Road plant will close in March if approved by the board.",
            "The Harrow Road plant will close in March if the board approves it.",
        ),
        (
            "The minister was asked if he would resign and said he would not.",
            "The minister was asked and said he would not.",
        ),
        // A question at the end of its clause, after the verb that asks it.
        (
            "The minister was asked by reporters outside parliament if he would resign.",
            "The minister was asked by reporters outside parliament.",
        ),
        (
            "Engineers will test the Kelby bridge next week to see if it can carry lorries.",
            "Engineers will test the Kelby bridge next week.",
        ),
        // A thing done that waits, not a claim on a condition.
        (
            "A 54-year-old man was arrested on suspicion of theft and released on bail pending \
             further enquiries.",
            "A 54-year-old man was arrested on suspicion of theft and released on bail.",
        ),
    ] {
        let (_, changed) = judged(source, target);
        assert_ne!(changed, [Some(Fact::Hedge)], "{target}");
    }
}

/// `"unless"` is `"if not"`: a copy that swaps one for the other turns the condition, while one
/// that moves the negation into the condition (`"if it is not approved"` for `"unless it is
/// approved"`) says the same.
#[test]
fn unless_for_if_turns_the_condition() {
    let source =
        "The Harrow Road plant will close in March unless the sale is approved by the board.";
    for target in [
        "The Harrow Road plant will close in March if the sale is approved by the board.",
        "The Harrow Road plant will not close in March unless the sale is approved by the board.",
    ] {
        assert_changed(source, target, Fact::Negation);
        assert_changed(target, source, Fact::Negation);
    }
    for (source, target) in [
        (
            source,
            "The Harrow Road plant will close in March if the sale is not approved by the board.",
        ),
        (
            "The Harrow Road plant will close in March unless a buyer is found for the site.",
            "The Harrow Road plant will close in March if no buyer is found for the site.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A deed done in part, told as done whole, claims more than its source: `"allowed the appeal"`
/// for `"allowed the appeal in part"`, `"reversed"` for `"partly reversed"`, and the reverse.
/// `"took part"` is a role, no part of a deed.
#[test]
fn a_deed_done_in_part_told_as_whole_is_a_hedge() {
    for (source, target) in [
        (
            "The Court of Appeal allowed the appeal in part and sent the case back to the tribunal.",
            "The Court of Appeal allowed the appeal and sent the case back to the tribunal.",
        ),
        (
            "The council partly reversed its decision to close the library on Sundays.",
            "The council reversed its decision to close the library on Sundays.",
        ),
        (
            "The bridge reopened to traffic on Monday after three weeks of repairs.",
            "The bridge partially reopened to traffic on Monday after three weeks of repairs.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    assert_kept(
        "More than 200 runners took part in the race along the seafront on Sunday.",
        "More than 200 runners took part in the race along the seafront on Sunday morning.",
    );
}

//! Opposites: a near copy that swaps one word for its opposite says the reverse of its source,
//! so it is added and linked with the fact `opposite`. These are the turns that court, council
//! and market copy make most: a denial printed as a confirmation, an appeal dismissed made
//! upheld, a vote for made a vote against. A word swapped for a synonym, or dropped, is none.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::Fact;

mod common;
use common::shapes::{assert_changed, assert_kept};

#[test]
fn a_word_swapped_for_its_opposite_turns_the_claim() {
    let cases = [
        (
            "A spokesman for the club denied that the manager had been sacked on Monday.",
            "A spokesman for the club confirmed that the manager had been sacked on Monday.",
        ),
        (
            "Police arrested two men in connection with the robbery at the post office.",
            "Police released two men in connection with the robbery at the post office.",
        ),
        (
            "He was cleared of murder at the Old Bailey on Friday after a six-week trial.",
            "He was convicted of murder at the Old Bailey on Friday after a six-week trial.",
        ),
        (
            "Her appeal against the sentence was dismissed by three judges on Friday.",
            "Her appeal against the sentence was upheld by three judges on Friday.",
        ),
        (
            "The council will raise council tax by 3% from April, the leader said.",
            "The council will cut council tax by 3% from April, the leader said.",
        ),
        (
            "The works will begin at the start of next month, the council said.",
            "The works will begin at the end of next month, the council said.",
        ),
        (
            "The minimum sentence for the offence is five years, the judge said.",
            "The maximum sentence for the offence is five years, the judge said.",
        ),
        (
            "Officials said the claims made in the leaflet were true.",
            "Officials said the claims made in the leaflet were false.",
        ),
        (
            "Most of the councillors voted for the plan to close the library on Tuesday.",
            "Most of the councillors voted against the plan to close the library on Tuesday.",
        ),
        // A quantifier turned, with the function words it brings.
        (
            "Most residents supported the plan to build a new footbridge, the survey found.",
            "Few residents supported the plan to build a new footbridge, the survey found.",
        ),
        (
            "All 12 councillors voted for the plan to build a new footbridge over the river.",
            "None of the 12 councillors voted for the plan to build a new footbridge over the river.",
        ),
        // A prefix that turns a word, whose stem differs from the word's ("unsaf", "safe").
        (
            "The water was declared safe to drink on Tuesday after tests by the water board.",
            "The water was declared unsafe to drink on Tuesday after tests by the water board.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Opposite);
    }
}

#[test]
fn a_synonym_or_a_dropped_word_turns_nothing() {
    let cases = [
        (
            "Residents were asked for their views on the plan at a meeting on Tuesday.",
            "Residents were asked their views on the plan at a meeting on Tuesday.",
        ),
        (
            "He was released on bail until a hearing at the end of next month.",
            "He was freed on bail until a hearing at the end of next month.",
        ),
        (
            "The charity said it had raised £5,000 for the hospice since the start of the year.",
            "The charity said it had raised £5,000 for the hospice since the beginning of the year.",
        ),
        // Words run together by a typo are no prefix: "inDorset" is "in Dorset".
        (
            "The warden admitted 12 offences at the nature reserve he managed in Dorset, \
             magistrates heard.",
            "The warden admitted 12 offences at the nature reserve he managed inDorset, \
             magistrates heard.",
        ),
        (
            "All 12 councillors voted for the plan to build a new footbridge over the river.",
            "All of the 12 councillors voted for the plan to build a new footbridge over the river.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

/// A denial reported as a plain statement, `"without"` made `"with"`, the turns of court, vote
/// and decision copy (an appeal allowed for one dismissed, a bill defeated for one passed, an
/// agreement for a refusal), and a woman made a man.
#[test]
fn denials_and_court_and_vote_outcomes_turned_are_changed_facts() {
    for (source, target, fact) in [
        (
            "Mr Hale denied he had misled the committee about the contract.",
            "Mr Hale said he had misled the committee about the contract.",
            Fact::Opposite,
        ),
        (
            "The scheme went ahead without the support of residents, the council said.",
            "The scheme went ahead with the support of residents, the council said.",
            Fact::Negation,
        ),
        (
            "Judges dismissed the appeal on Friday after a two-day hearing.",
            "Judges allowed the appeal on Friday after a two-day hearing.",
            Fact::Opposite,
        ),
        (
            "The bill was passed by MPs by 310 votes to 290 on Tuesday night.",
            "The bill was defeated by MPs by 310 votes to 290 on Tuesday night.",
            Fact::Opposite,
        ),
        (
            "The minister refused to resign after the report was published.",
            "The minister agreed to resign after the report was published.",
            Fact::Opposite,
        ),
        (
            "A 34-year-old woman was taken to hospital with head injuries.",
            "A 34-year-old man was taken to hospital with head injuries.",
            Fact::Opposite,
        ),
        (
            "The minister resigned on Tuesday after weeks of pressure over the contract.",
            "The minister was sacked on Tuesday after weeks of pressure over the contract.",
            Fact::Opposite,
        ),
    ] {
        assert_changed(source, target, fact);
    }
}

/// A short phrase for its opposite, with a verb of its own, turns the outcome: bail for custody
/// in any of the words courts report it in. A word that refuses turns its phrase back, so
/// `"refused bail"` for `"remanded in custody"` says the same.
#[test]
fn bail_for_custody_is_the_opposite_outcome() {
    let source = "Darren Kell, 34, was remanded in custody to appear at Castleford Crown Court on 2 December.";
    for target in [
        "Darren Kell, 34, was granted bail to appear at Castleford Crown Court on 2 December.",
        "Darren Kell, 34, was released on bail to appear at Castleford Crown Court on 2 December.",
        "Darren Kell, 34, was remanded on bail to appear at Castleford Crown Court on 2 December.",
        "Darren Kell, 34, was bailed to appear at Castleford Crown Court on 2 December.",
    ] {
        assert_changed(source, target, Fact::Opposite);
        assert_changed(target, source, Fact::Opposite);
    }
    for target in [
        "Darren Kell, 34, was refused bail to appear at Castleford Crown Court on 2 December.",
        "Darren Kell, 34, was denied bail to appear at Castleford Crown Court on 2 December.",
        "Darren Kell, 34, was kept in custody to appear at Castleford Crown Court on 2 December.",
    ] {
        assert_kept(source, target);
    }
}

/// A request met or turned down: the decision courts, councils and regulators report most. The
/// refusing verb is the pair's own word here, so it does not turn its phrase back.
#[test]
fn a_request_granted_for_one_refused_turns_the_decision() {
    for (source, target) in [
        (
            "Darren Kell, 34, was granted bail to appear at Castleford Crown Court on 2 December.",
            "Darren Kell, 34, was denied bail to appear at Castleford Crown Court on 2 December.",
        ),
        (
            "Darren Kell, 34, was granted bail to appear at Castleford Crown Court on 2 December.",
            "Darren Kell, 34, was refused bail to appear at Castleford Crown Court on 2 December.",
        ),
        (
            "Planning permission for 40 homes on the Mill Lane site was approved by councillors on Tuesday.",
            "Planning permission for 40 homes on the Mill Lane site was refused by councillors on Tuesday.",
        ),
        (
            "The complaint about the advert for the Velora energy drink was upheld by the watchdog.",
            "The complaint about the advert for the Velora energy drink was rejected by the watchdog.",
        ),
        (
            "The club accepted an offer of £2m for the striker from a Championship side on Friday.",
            "The club refused an offer of £2m for the striker from a Championship side on Friday.",
        ),
    ] {
        assert_changed(source, target, Fact::Opposite);
        assert_changed(target, source, Fact::Opposite);
    }
    // A refusal put another way is the same decision.
    assert_kept(
        "Planning permission for 40 homes on the Mill Lane site was refused by councillors on Tuesday.",
        "Planning permission for 40 homes on the Mill Lane site was rejected by councillors on Tuesday.",
    );
}

/// A negation said again after a conjunction repeats the one before it: `"without warning and
/// without consent"` says what `"without warning or consent"` says.
#[test]
fn a_negation_repeated_after_a_conjunction_turns_nothing() {
    assert_kept(
        "The tenants said the landlord entered their flats without warning or consent last month.",
        "The tenants said the landlord entered their flats without warning and without consent last month.",
    );
}

/// A negation dropped with the words before it turns the word it stood before, which both keep:
/// `"was charged"` for `"was released without charge"`, `"was charged"` for `"was arrested but
/// not charged"`. One kept before a reworded verb turns nothing.
#[test]
fn a_negation_dropped_with_the_words_before_it_turns_the_word_after_it() {
    for (source, target) in [
        (
            "A 34-year-old man arrested after the fire at the warehouse was released without charge on Monday, police said.",
            "A 34-year-old man arrested after the fire at the warehouse was charged on Monday, police said.",
        ),
        (
            "Officers said the driver was arrested but not charged after the crash on the A40.",
            "Officers said the driver was charged after the crash on the A40.",
        ),
        (
            "Detectives found no evidence of foul play at the house in Kelby, police said.",
            "Detectives have evidence of foul play at the house in Kelby, police said.",
        ),
    ] {
        assert_changed(source, target, Fact::Negation);
    }
    assert_kept(
        "He left the court without speaking to reporters waiting outside.",
        "He left the court without talking to reporters waiting outside.",
    );
}

/// A near copy that swaps one step of a course for another says something else happened: a
/// suspect `charged` or `convicted` for `arrested`, people `killed` or who `died` for
/// `injured`, a killing proved as `manslaughter` for `murder`. The words of one step (`hurt`
/// for `injured`, `killed` for `died`) say the same.
#[test]
fn another_step_of_a_course_is_a_stage() {
    let arrest = "A 34-year-old man has been arrested in connection with the attack, police said.";
    for target in [
        "A 34-year-old man has been charged in connection with the attack, police said.",
        "A 34-year-old man has been convicted in connection with the attack, police said.",
    ] {
        assert_changed(arrest, target, Fact::Stage);
    }
    let crash = "Two people were injured in the crash on the A38 near Exeter on Sunday.";
    for target in [
        "Two people were killed in the crash on the A38 near Exeter on Sunday.",
        "Two people died in the crash on the A38 near Exeter on Sunday.",
    ] {
        assert_changed(crash, target, Fact::Stage);
    }
    assert_kept(
        crash,
        "Two people were hurt in the crash on the A38 near Exeter on Sunday.",
    );
    assert_kept(
        "Two people were killed in the crash on the A38 near Exeter on Sunday.",
        "Two people died in the crash on the A38 near Exeter on Sunday.",
    );
    // A step told with the words around it changed, in a near copy otherwise.
    assert_changed(
        "A second man, aged 47, who was arrested on suspicion of assisting an offender, has been \
         released on bail.",
        "A second man, aged 47, has been charged with assisting an offender.",
        Fact::Stage,
    );
    assert_changed(
        "A passenger in the van was treated for minor injuries at the scene.",
        "A passenger in the van was killed at the scene.",
        Fact::Stage,
    );
    // A sentence that names both steps, told with one of them, changes neither.
    assert_kept(
        "A 34-year-old man was arrested on Monday and later charged with burglary, police said.",
        "A 34-year-old man was charged on Monday with burglary, police said.",
    );
    assert_changed(
        "Dean Marsh, 41, was convicted of murder at Bristol Crown Court on Friday.",
        "Dean Marsh, 41, was convicted of manslaughter at Bristol Crown Court on Friday.",
        Fact::Stage,
    );
}

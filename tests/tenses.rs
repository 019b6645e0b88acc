//! Tenses: a near copy that tells as done what its source announced, the press release's `"will
//! launch"` printed as `"launched"`, says something the source does not, and so does one that
//! turns a done deed into a plan. It is added and linked with the fact `tense`. A verb kept in
//! its tense, or a plan kept a plan in other words, changes nothing.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::Fact;

mod common;
use common::shapes::{assert_changed, assert_kept};

#[test]
fn a_plan_told_as_done_or_a_deed_told_as_a_plan_is_a_changed_fact() {
    let cases = [
        (
            "The company will launch its new phone in London on Monday, a spokesman said.",
            "The company launched its new phone in London on Monday, a spokesman said.",
        ),
        (
            "The mayor will open the new library on Saturday, the council said.",
            "The mayor opened the new library on Saturday, the council said.",
        ),
        (
            "Ms Lane said the firm would close the plant at the end of the year.",
            "Ms Lane said the firm closed the plant at the end of the year.",
        ),
        // The other way: a deed made a plan, and a headline's future.
        (
            "The factory closed on Monday after forty years of making bicycles in the town.",
            "The factory will close on Monday after forty years of making bicycles in the town.",
        ),
        (
            "Harlow schools closed on Monday after the storm damaged roofs",
            "Harlow schools to close on Monday after the storm damaged roofs",
        ),
        // A rewrite that also rewords other words, when one side has no future at all.
        (
            "The school will reopen next week after repairs to the roof, the head teacher said.",
            "The school reopened next week following repairs to the roof, the head teacher said.",
        ),
        (
            "The council said on Monday that the pool would close in May for repairs to its roof.",
            "The pool closed in May for repairs to its roof, the council said.",
        ),
        (
            "A new urgent treatment centre is due to open in the spring, the trust said.",
            "A new urgent treatment centre has opened on the hospital site, the trust said.",
        ),
        // A passive or a state turns with "be", both ways, and in a headline.
        (
            "The new library will be opened by the mayor on Saturday, the council said.",
            "The new library was opened by the mayor on Saturday, the council said.",
        ),
        (
            "The victims were named once relatives had been told, police said on Friday.",
            "The victims would be named once relatives had been told, police said on Friday.",
        ),
        (
            "Harlow bridge to be closed for repairs next week",
            "Harlow bridge was closed for repairs next week",
        ),
        // A press release's plan in words: "is expected to", "plans to", "is due to be".
        (
            "Construction will begin in May and the plant is expected to open in the autumn.",
            "Construction will begin in May and the plant opened in the autumn.",
        ),
        (
            "The company plans to launch its new phone in London on Monday, a spokesman said.",
            "The company launched its new phone in London on Monday, a spokesman said.",
        ),
        (
            "The new library is due to be opened by the mayor on Saturday, the council said.",
            "The new library was opened by the mayor on Saturday, the council said.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Tense);
    }
}

#[test]
fn a_tense_kept_or_a_plan_kept_a_plan_changes_nothing() {
    let cases = [
        (
            "The company will launch its new phone in London on Monday, a spokesman said.",
            "The company will launch its new phone in London on Monday, a company spokesman said.",
        ),
        // "Is to" for "will" keeps the plan; "opens" keeps the date ahead.
        (
            "The mayor will open the new library on Saturday, the council said.",
            "The mayor is to open the new library on Saturday, the council said.",
        ),
        (
            "The mayor will open the new library on Saturday, the council said.",
            "The mayor opens the new library on Saturday, the council said.",
        ),
        // "Is to be" for "will be" keeps the plan, and "were" for "was" keeps it done.
        (
            "The road will be closed for three days after the flood, police said on Friday.",
            "The road is to be closed for three days after the flood, police said on Friday.",
        ),
        (
            "The road was closed for three days after the flood, police said on Friday.",
            "The roads were closed for three days after the flood, police said on Friday.",
        ),
        // A past participle after "had" is no deed made of a plan.
        (
            "The council had closed the pool in May after the roof was damaged by the storm.",
            "The council closed the pool in May after the roof was damaged by the storm.",
        ),
        // "Will" for "is expected to" keeps the plan a plan.
        (
            "Construction will begin in May and the plant is expected to open in the autumn.",
            "Construction will begin in May and the plant will open in the autumn.",
        ),
        // "Would" before a verb of appeal is a statement's courtesy: it appeals now.
        (
            "Police would remind anyone heading onto the moors to check the forecast first.",
            "Police have reminded anyone heading onto the moors to check the forecast first.",
        ),
        (
            "The club would urge supporters without tickets not to travel to the match on Saturday.",
            "The club urged supporters without tickets not to travel to the match on Saturday.",
        ),
        // Outside a headline, "to" is an infinitive's: no plan to lose.
        (
            "The club asked its fans to support the team at the match against Rovers on Saturday.",
            "The club asked its fans who supported the team at the match against Rovers on Saturday.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

/// An irregular past is a past (`"has built"` for `"will build"`); a verb whose past is its base
/// loses its future with the `"will"` alone (`"it cut"` for `"it will cut"`); and a plan may be
/// announced first (`"announced plans to open"`). The same verb kept in the future, or an
/// irregular past the source has too, changes nothing.
#[test]
fn irregular_pasts_and_announced_plans_are_plans_told_as_done() {
    for (source, target) in [
        (
            "Brightwater Foods will build a £38 million bakery in Kelmouth, creating 240 jobs.",
            "Brightwater Foods has built a £38 million bakery in Kelmouth, creating 240 jobs.",
        ),
        (
            "The trust will sell the old hospital site to a housing developer next year.",
            "The trust sold the old hospital site to a housing developer next year.",
        ),
        (
            "Quillon Systems said on Wednesday it will cut 1,800 jobs across its three sites.",
            "Quillon Systems said on Wednesday it cut 1,800 jobs across its three sites.",
        ),
        (
            "Brightwater also announced plans to open a second bakery in Dunlow next spring.",
            "Brightwater also opened a second bakery in Dunlow next spring.",
        ),
        (
            "The company plans to cut 400 jobs at its Kelby plant, a spokesman said.",
            "The company has cut 400 jobs at its Kelby plant, a spokesman said.",
        ),
    ] {
        assert_changed(source, target, Fact::Tense);
    }
    for (source, target) in [
        (
            "Brightwater Foods will build a £38 million bakery in Kelmouth, creating 240 jobs.",
            "Brightwater Foods is to build a £38 million bakery in Kelmouth, creating 240 jobs.",
        ),
        (
            "Brightwater Foods built a £38 million bakery in Kelmouth, creating 240 jobs.",
            "Brightwater Foods has built a £38 million bakery in Kelmouth, creating 240 jobs.",
        ),
        (
            "Quillon Systems said on Wednesday it would cut 1,800 jobs across its three sites.",
            "Quillon Systems said on Wednesday it will cut 1,800 jobs across its three sites.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// An intent, or a proposal being weighed, dropped outright before the verb both keep tells the
/// plan as a deed; one added tells a deed as a plan. A council's press release says it is
/// considering charges, and the paper says it is bringing them in.
#[test]
fn a_plan_or_a_proposal_dropped_outright_is_a_plan_told_as_done() {
    for (source, target) in [
        (
            "The council is considering introducing charges for parking at the leisure centre from April.",
            "The council is introducing charges for parking at the leisure centre from April.",
        ),
        (
            "The council is planning to introduce charges for parking at the leisure centre from April.",
            "The council is introducing charges for parking at the leisure centre from April.",
        ),
        (
            "The council plans to introduce charges for parking at the leisure centre from April.",
            "The council is to introduce charges for parking at the leisure centre from April.",
        ),
        (
            "The trust is exploring charging visitors for parking at the hospital from April.",
            "The trust is charging visitors for parking at the hospital from April.",
        ),
        (
            "The council is introducing charges for parking at the leisure centre from April.",
            "The council is considering introducing charges for parking at the leisure centre from April.",
        ),
    ] {
        assert_changed(source, target, Fact::Tense);
    }
    for (source, target) in [
        // The weighing kept, in other words.
        (
            "The council is considering a plan to introduce charges for parking at the leisure centre.",
            "The council is considering introducing charges for parking at the leisure centre.",
        ),
        // A plan that opens the sentence is a noun's.
        (
            "Plans to close the library in Ashby were approved by councillors on Tuesday night.",
            "Closing the library in Ashby was approved by councillors on Tuesday night.",
        ),
        // A clause dropped whole that names a plan drops no intent of the claim kept.
        (
            "The committee found that the site is in the local plan and that the benefits of the \
             scheme outweigh the harm identified.",
            "According to the committee, the benefits of the scheme outweigh the harm identified.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A decision in place of an intent tells the plan as settled, in a near copy or a rewrite that
/// keeps the verb after it (`"has agreed to sell"` for `"plans to sell"`), and the reverse; one
/// decision for another (`"voted"` for `"agreed"`) keeps the claim.
#[test]
fn a_decision_in_place_of_an_intent_is_a_plan_told_as_done() {
    let source =
        "Meanwhile, the council plans to sell the Sandes Field playing field to developers.";
    for target in [
        "Meanwhile, the council has agreed to sell the Sandes Field playing field to developers.",
        "Her leaflet says the council has voted to sell the Sandes Field playing field to developers.",
    ] {
        assert_changed(source, target, Fact::Tense);
    }
    assert_changed(
        "The council has agreed to sell the Sandes Field playing field to developers.",
        "The council plans to sell the Sandes Field playing field to developers.",
        Fact::Tense,
    );
    assert_kept(
        "Members agreed to sell the Sandes Field playing field to developers.",
        "Members voted to sell the Sandes Field playing field to developers.",
    );
}

/// A former role told as a present one is the same lesson in a noun: `"The minister"` for `"The
/// former minister"` says he still holds the post, and `"his wife"` for `"his ex-wife"` that the
/// marriage goes on. Adding `"former"` ends a role the source says holds. `"Ex-minister"` for
/// `"former minister"` keeps it past.
#[test]
fn a_former_role_told_as_current_or_the_reverse_is_a_changed_fact() {
    for (source, target) in [
        (
            "The former minister Jan Kowal appeared before magistrates in Kelby on Monday.",
            "The minister Jan Kowal appeared before magistrates in Kelby on Monday.",
        ),
        (
            "The minister Jan Kowal appeared before magistrates in Kelby on Monday.",
            "The former minister Jan Kowal appeared before magistrates in Kelby on Monday.",
        ),
        (
            "He attacked his ex-wife at her home in Kelby in March, the court heard.",
            "He attacked his wife at her home in Kelby in March, the court heard.",
        ),
    ] {
        assert_changed(source, target, Fact::Tense);
    }
    assert_kept(
        "The former minister Jan Kowal appeared before magistrates in Kelby on Monday.",
        "Ex-minister Jan Kowal appeared before magistrates in Kelby on Monday.",
    );
}

#[test]
fn a_verb_kept_by_chance_about_another_event_is_no_tense() {
    // A weak merge of two sentences keeps "which ... take place" from the one about the
    // hearing, but its "took place" is about the burglaries, among none of the same words.
    let source =
        "Operation Kestrel was launched in 2021, involving 40 officers from the Dorset, Devon \
                  and Cornwall forces. A spokesman said a statement would be issued shortly \
                  after the hearing, which is due to take place at Exeter Crown Court \
                  tomorrow.";
    let target = "Victims want to be present at Exeter Crown Court for the hearing on the \
                  burglaries, which took place in the Dorset, Devon and Cornwall force areas.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(report.links.len(), 1, "{:?}", report.links);
    assert_eq!(report.links[0].source, [0, 1]);
    assert_eq!(report.links[0].changed, None);
}

/// A plan told as done with an auxiliary, wherever the verb stands: a passive for an active, or
/// `"has been"` for `"will be"`. A plan kept a plan, an obligation, a courtesy, or a verb the
/// source tells as done too changes nothing.
#[test]
fn a_plan_told_as_done_in_the_passive_is_a_changed_fact() {
    let changed = [
        (
            "The council plans to close the library in May, officials said.",
            "The library has been closed by the council, officials said.",
        ),
        (
            "Firefighters hope to contain the blaze by the weekend if the wind drops.",
            "The blaze has been contained by firefighters, with the wind dropping.",
        ),
        (
            "The new bridge will be built by a Dutch firm, the council said on Monday.",
            "The new bridge has been built by a Dutch firm, the council said on Monday.",
        ),
        (
            "The firm plans to cut 200 jobs at its Leeds plant, a spokesman said.",
            "Some 200 jobs have been cut by the firm at its Leeds plant, a spokesman said.",
        ),
        (
            "The company is expected to sell its printing business to a rival by March.",
            "The printing business was sold by the company to a rival in March.",
        ),
    ];
    for (source, target) in changed {
        assert_changed(source, target, Fact::Tense);
    }
    let kept = [
        (
            "The council will close the library in May, officials said.",
            "The council has to close the library in May, officials said.",
        ),
        (
            "Police would urge walkers to take care on the moors this weekend.",
            "Walkers have been urged by police to take care on the moors this weekend.",
        ),
        (
            "The chain has closed three stores this year and will close five more in the spring.",
            "Three stores have been closed by the chain this year, it said.",
        ),
        (
            "The council plans to close the library in May, officials said.",
            "The library, which the council plans to close in May, has been closed for a week.",
        ),
    ];
    for (source, target) in kept {
        assert_kept(source, target);
    }
}

/// An effort not yet done is a plan: `"has restored"` for `"are working to restore"` tells it
/// done, while `"are still working to restore"` keeps it going.
#[test]
fn an_effort_told_as_done_is_a_tense() {
    let source = "Engineers are working to restore the airline's booking systems, a spokesman \
                  said.";
    assert_changed(
        source,
        "The airline's booking systems have been restored by engineers, a spokesman said.",
        Fact::Tense,
    );
    assert_kept(
        source,
        "Engineers are still working to restore the airline's booking systems, a spokesman said.",
    );
}

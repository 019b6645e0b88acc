//! Hedges: a near copy that drops or adds `"may"`, `"could"`, `"likely"` or `"allegedly"` before the word it
//! qualifies claims more or less than its source, the commonest change when a press release
//! becomes news, so it is added and linked with the fact `hedge`. A hedge kept, swapped for
//! another hedge, or a month named May changes nothing. A figure's qualifiers are read in
//! `tests/qualifiers.rs`, and the reach of a claim in `tests/claims.rs`.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, assert_derived_unchanged, assert_kept, judged};
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
        // Dropped with the words of its clause, the verb it hedged kept.
        (
            "The team found bite marks on the armour, which may have been inflicted by a rival.",
            "The team found bite marks on the armour, inflicted by a rival.",
        ),
        (
            "Officers found a knife in the car, which could have been used in the attack.",
            "Officers found a knife in the car, used in the attack.",
        ),
        // A hedge whose claim comes a few function words later: "may have been among the".
        (
            "At that size, the dinosaur may have been among the largest predators of its time.",
            "At that size, the dinosaur was the largest predator of its time.",
        ),
        // A forecast of the firm's own told as what will happen.
        (
            "The engineering group expects to return to profit in 2025, helped by cost savings.",
            "The engineering group will return to profit in 2025, helped by cost savings.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Hedge);
    }
    // A clause dropped whole, its hedged verb too, only condenses the sentence.
    assert_kept(
        "The team found bite marks, which may have been left by a rival, on the skull.",
        "The team found bite marks on the skull.",
    );
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
        // "could not" is the past of "cannot": reported speech shifted back, no hedge.
        (
            "The health board said it could not yet confirm whether any records had been taken.",
            "The health board says it cannot yet confirm whether any records were taken.",
        ),
        (
            "The health board said it couldn't yet confirm whether any records had been taken.",
            "The health board said it can't yet confirm whether any records had been taken.",
        ),
        // "May" the month is a date, not a hedge.
        (
            "The council will vote on the new bypass in May, officials said.",
            "The council will vote on the new bypass, officials said.",
        ),
        // What is scheduled: news writes "is expected to" of it, and "will" says the same.
        (
            "The new footbridge is expected to open to walkers on Saturday morning.",
            "The new footbridge will open to walkers on Saturday morning.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

#[test]
fn a_claim_made_fact_by_dropping_alleged_or_reportedly_is_a_hedge() {
    let cases = [
        // The commonest lesson in court copy: the allegation printed as a finding.
        (
            "The man allegedly stole £500 from the till at the corner shop on Friday.",
            "The man stole £500 from the till at the corner shop on Friday.",
        ),
        (
            "Police arrested the alleged attacker outside the station on Friday night.",
            "Police arrested the attacker outside the station on Friday night.",
        ),
        (
            "The suspected gunman was detained by officers near the harbour on Friday.",
            "The gunman was detained by officers near the harbour on Friday.",
        ),
        (
            "The singer reportedly earned £2m from the tour of Japan last year.",
            "The singer earned £2m from the tour of Japan last year.",
        ),
        // Added: a plain statement made hearsay.
        (
            "The striker asked to leave the club after a row with the manager.",
            "The striker apparently asked to leave the club after a row with the manager.",
        ),
        // A passive verb of knowing before "to": the claim on others' word.
        (
            "Okonjo is understood to have a clause in his contract allowing him to leave.",
            "Okonjo has a clause in his contract allowing him to leave.",
        ),
        (
            "Roberts was said to have been involved in the fraud at the garage.",
            "Roberts was involved in the fraud at the garage.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Hedge);
    }
}

/// Only between a form of "be" and "to" does a verb of knowing hedge: what someone understood
/// or said is the claim itself, and a paper's own `"understands"` hedges as the passive does.
#[test]
fn a_verb_of_knowing_hedges_only_in_its_passive_before_to() {
    let cases = [
        (
            "The manager said he understood the fans' anger after the defeat at home.",
            "The manager said he understood the fans' anger after the defeat.",
        ),
        (
            "Chronicle Sport understands Rovers are confident they are in pole position.",
            "Rovers are believed to be confident they are in pole position.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

#[test]
fn a_word_that_only_shares_a_hedge_stem_hedges_nothing() {
    let cases = [
        // "like" shares the stem of "likely", "allegations" that of "allegedly".
        (
            "Residents said the estate was like a building site for most of the summer.",
            "Residents said the estate was a building site for most of the summer.",
        ),
        (
            "The report into the fraud allegations will be published by the council next week.",
            "The report into the fraud will be published by the council next week.",
        ),
        (
            "Councillors heard the allegations against the mayor at a meeting on Friday.",
            "Councillors heard the claims against the mayor at a meeting on Friday.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

/// A rewrite that drops every hedge before a verb it keeps states the claim as fact: the press
/// release's `"may reduce"` in a headline that also swaps `"suggests"` for `"finds"`. One that
/// adds a hedge, words the hedged clause anew, or keeps the claim someone's belief says no more
/// than its source.
#[test]
fn a_hedge_dropped_outright_in_a_rewrite_is_a_hedge_and_one_added_or_swapped_is_not() {
    assert_changed(
        "Daily walking may reduce risk of heart disease, study suggests",
        "Daily walking reduces risk of heart disease, study finds",
        Fact::Hedge,
    );
    let cases = [
        (
            "Parole could be considered only after ten years, the judge told Derek Holloway at \
             Wrenfield Crown Court.",
            "Derek Holloway was told parole was considered after ten years, the judge said at \
             Wrenfield Crown Court.",
        ),
        (
            "The gang may still be armed and dangerous, detectives warned on Tuesday night.",
            "Detectives believe the gang may still be armed and dangerous, they warned on Tuesday.",
        ),
        (
            "The road would be closed for three days, police said on Friday.",
            "Police said on Friday that the road was likely to be closed for three days.",
        ),
        (
            "The men are reportedly armed and dangerous, detectives warned on Tuesday night.",
            "Detectives claim the men are armed and dangerous, they warned on Tuesday.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

/// A hedge the rewrite keeps in its place qualifies another claim, so it does not hide the one
/// it dropped; one that credits the claim to someone, in any tense, does.
#[test]
fn a_hedge_kept_elsewhere_in_a_rewrite_hides_no_dropped_one() {
    assert_changed(
        "Walking every day may reduce the risk of dementia by almost a quarter, according to \
         a study from the University of Wexham.",
        "Walking every day reduces the risk of dementia by almost a quarter, scientists have \
         found.",
        Fact::Hedge,
    );
    assert_kept(
        "Dr Ruth Amberley was today accused of falsifying records to hide the cost of the \
         alleged fraud.",
        "Dr Ruth Amberley falsified records to hide the cost of the alleged fraud, it was \
         claimed yesterday.",
    );
}

/// A link reported as a cause claims more than the study found: the headline that turns
/// `"linked to"` into `"cuts"` is the classic overstatement of a press release.
#[test]
fn a_link_told_as_a_cause_is_a_hedge() {
    let intro = "Walking every day may reduce the risk of dementia by almost a quarter, a study \
                 from the University of Wexham suggests.";
    let (labels, changed) = judged(
        &format!("Daily walk linked to lower risk of dementia, study finds\n\n{intro}"),
        &format!("Daily walk cuts dementia risk, study finds\n\n{intro}"),
    );
    assert_eq!(labels, [Label::Added, Label::Copied]);
    assert!(changed.contains(&Some(Fact::Hedge)), "{changed:?}");
    // A tag that credits the finding to the researchers does not hedge it again.
    assert_changed(
        "Late-night phone use was associated with shorter sleep, later bedtimes and lower scores \
         on a daytime alertness test.",
        "Late-night phone use causes shorter sleep, later bedtimes and lower scores on a daytime \
         alertness test, the researchers found.",
        Fact::Hedge,
    );
    // A link that is a thing, not a finding, is kept however it is worded.
    for target in [
        "The two villages are linked by a footbridge across the River Aske, the council said.",
        "A footbridge over the River Aske links the two villages, the council said.",
    ] {
        assert_kept(
            "The two villages are linked by a footbridge over the River Aske, the council said.",
            target,
        );
    }
}

/// A copy that drops whose belief a claim is states it as fact: the churnalism lesson of a
/// press release's `"the company claims"` printed as a finding, or `"Critics say"` cut from an
/// opinion. A dropped `"police said"` is a copy-editor's cut, and a belief put in other words is
/// a rewrite, not a turn.
#[test]
fn a_claim_stripped_of_whose_belief_it_is_is_a_hedge() {
    let cases = [
        (
            "Police believe the fire at the warehouse was started deliberately on Sunday night.",
            "The fire at the warehouse was started deliberately on Sunday night.",
        ),
        (
            "The company claims the new drug cuts the risk of a second heart attack by half.",
            "The new drug cuts the risk of a second heart attack by half.",
        ),
        (
            "The new drug cuts the risk of a second heart attack by half, the company claims.",
            "The new drug cuts the risk of a second heart attack by half.",
        ),
        (
            "Detectives believe that the two men knew each other before the attack in the park.",
            "The two men knew each other before the attack in the park.",
        ),
        (
            "Critics say the new bypass scheme is unlawful and will damage the wetlands.",
            "The new bypass scheme is unlawful and will damage the wetlands.",
        ),
        (
            "The opposition argues that the tax rise will hurt the poorest families most.",
            "The tax rise will hurt the poorest families most.",
        ),
        (
            "The new bypass will cut journey times across the town by half, the council insists.",
            "The new bypass will cut journey times across the town by half.",
        ),
        (
            "She alleged that Pelling disguised the payments as invoices from a supplier that did not exist.",
            "Pelling disguised the payments as invoices from a supplier that did not exist.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        (
            "The fire at the warehouse was started deliberately on Sunday night, police said.",
            "The fire at the warehouse was started deliberately on Sunday night.",
        ),
        (
            "Police believe the fire at the warehouse was started deliberately on Sunday night.",
            "Police think the fire at the warehouse was started deliberately on Sunday night.",
        ),
        // The adjective qualifies a noun the copy keeps: no one's claim is dropped.
        (
            "The alleged victim of the attack in the park was a 19-year-old student.",
            "The alleged victim of the attack in the park was a 19-year-old student from Leeds.",
        ),
    ] {
        assert_kept(source, target);
    }
    // The belief moved to the other end is still the claim's: the copy's frame became its tag.
    assert_eq!(
        judged(
            "Police believe the fire at the warehouse was started deliberately on Sunday night.",
            "The fire at the warehouse was started deliberately on Sunday night, police believe.",
        ),
        (vec![Label::Copied], vec![None])
    );
}

/// A hedge before `"be"` and a place or state: `"may be in the area"` made `"is in the area"`
/// states the guess as fact, in a quote too.
#[test]
fn a_hedge_dropped_before_be_and_a_place_is_a_changed_fact() {
    for (source, target) in [
        (
            "Police said the gunman may be in the Holme Park area of the city.",
            "Police said the gunman is in the Holme Park area of the city.",
        ),
        (
            "\"We are asking families to pay more when help may be on the way,\" she said.",
            "\"We are asking families to pay more when help is on the way,\" she said.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
}

/// A word that says a thing was tried or all but happened, dropped or added, changes the fact
/// as a hedge does: `"attempted murder"` made `"murder"`, `"almost drowned"` made `"drowned"`.
/// Before a figure such a word qualifies the figure (`"nearly 40"` for `"about 40"`: the same
/// figure), and `"No 10"` negates nothing.
#[test]
fn an_attempt_or_a_near_thing_made_done_is_a_hedge() {
    for (source, target) in [
        (
            "The 34-year-old was charged with attempted murder after the attack in Leeds.",
            "The 34-year-old was charged with murder after the attack in Leeds.",
        ),
        (
            "The boy almost drowned in the lake near his home in Kendal on Sunday.",
            "The boy drowned in the lake near his home in Kendal on Sunday.",
        ),
        (
            "The striker nearly scored twice in the first half at Ashby Road.",
            "The striker scored twice in the first half at Ashby Road.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        (
            "Nearly 40 people were hurt in the crash on the bypass.",
            "About 40 people were hurt in the crash on the bypass.",
        ),
        (
            "The Prime Minister returned to No 10 on Friday after the summit.",
            "The Prime Minister returned to 10 Downing Street on Friday after the summit.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A charge told as a deed: `"who stole"` for `"who is accused of stealing"` drops the
/// allegation a court story must keep, whether the verb's past is irregular or not, and in a
/// light rewrite too. A witness's account is no allegation: `"stole"` for `"was seen stealing"`
/// is a rewording.
#[test]
fn a_charge_told_as_a_deed_is_a_hedge() {
    let cases = [
        (
            "The former treasurer, who is accused of stealing £40,000 from the charity, appeared in court on Monday.",
            "The former treasurer, who stole £40,000 from the charity, appeared in court on Monday.",
        ),
        (
            "The former treasurer, who is accused of assaulting a steward at the ground, appeared in court.",
            "The former treasurer, who assaulted a steward at the ground, appeared in court.",
        ),
        (
            "Two brothers suspected of throwing bricks at the bus were arrested by officers in Kelby.",
            "Two brothers who threw bricks at the bus were arrested by officers in Kelby.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Hedge);
    }
    assert_kept(
        "The boy, who was seen stealing a bicycle from the shed, was later found by police.",
        "The boy, who stole a bicycle from the shed, was later found by police.",
    );
}

#[test]
fn a_hedge_moved_to_another_verb_of_the_claim_changes_nothing() {
    // As many hedges dropped as added: the claim is as hedged as before. Under a headline, so
    // the sentence is read as a body sentence, not a headline.
    let source =
        "Bank app outage hits customers\n\nCustomers may see card payments made during the \
                  outage to the banking app appear twice or show as pending for several days.";
    let target = "Bank app outage hits customers\n\nThe bank said card payments made during the \
                  outage to the banking app might appear twice or show as pending for several days.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_derived_unchanged(&report);
    assert_ne!(report.target.sentences[1].label, Label::Added);
}

/// A rewrite that puts a plain `"will"` before the claim its source hedged or only weighed
/// tells it as certain, however freely it rewords the rest, whatever else the source says
/// `"will"` of; a `"will"` the source had already, a condition the target keeps, a `"would"`, or
/// a `"will"` before another claim changes nothing.
#[test]
fn a_rewrite_that_makes_a_hedged_claim_certain_with_will_is_a_hedge() {
    for (source, target) in [
        (
            "Dr Ana Ferreira-Holt warned that the trust may have to close its Pennick Bay hub \
             next year unless replacement funding is found.",
            "Dr Ana Ferreira-Holt confirmed the charity's Pennick Bay hub will close next year.",
        ),
        (
            "Our experiments suggest that switching to warmer, amber lamps and dimming them after \
             midnight could cut the number of insects killed at each lamp by as much as half.",
            "Her experiments show that switching to warmer amber lamps and dimming them after \
             midnight will halve the number of insects killed at each lamp.",
        ),
        // The source's own "will" firms only its own claim.
        (
            "We hope to return in 2026, and will share more news about the festival's future in \
             the autumn.",
            "The festival will return in 2026, organisers confirmed.",
        ),
        // A thing weighed is no more certain than a thing that may be.
        (
            "She also said she was considering a return to the stage in a London theatre \
             production next year.",
            "She also confirmed she will return to the stage in a London theatre production \
             next year.",
        ),
    ] {
        assert_changed(source, target, Fact::Hedge);
    }
    for (source, target) in [
        (
            "The trust will close its Pennick Bay hub next year and may have to close more, Dr \
             Ana Ferreira-Holt warned.",
            "Dr Ana Ferreira-Holt said the trust's Pennick Bay hub will close next year.",
        ),
        (
            "Current models suggest the comet could reach magnitude four, which would make it \
             visible without binoculars under dark skies, said Professor Alan Mercer.",
            "If the models are right, the comet will reach magnitude four and be visible without \
             binoculars under dark skies, Professor Alan Mercer said.",
        ),
        (
            "Switching to amber lamps could cut the number of insects killed at each lamp by as \
             much as half, the study found.",
            "Switching to amber lamps would halve the number of insects killed at each lamp, the \
             study found.",
        ),
    ] {
        let (labels, changed) = judged(source, target);
        assert!(
            !changed.contains(&Some(Fact::Hedge)),
            "{target}: {labels:?} {changed:?}"
        );
    }
}

/// A word that softens a hedged claim goes with the hedge: dropping both (`"lowers your risk"`
/// for `"may have a slightly lower risk"`) tells the claim as fact, while keeping the hedge
/// keeps the claim's, and dropping the softener alone turns no claim. `"on suspicion of"` is a
/// charge like `"suspected of"`, so `"who started the fire"` for it tells the charge as a deed.
#[test]
fn a_hedge_dropped_with_its_softener_or_a_suspicion_told_as_fact_is_a_hedge() {
    let study = "People who drink two to three cups of coffee a day may have a slightly lower \
                 risk of developing atrial fibrillation, according to new research.";
    for target in [
        "People who drink two to three cups of coffee a day lower their risk of developing \
         atrial fibrillation, according to new research.",
        "Drinking two to three cups of coffee a day lowers your risk of developing atrial \
         fibrillation, according to new research.",
    ] {
        assert_changed(study, target, Fact::Hedge);
    }
    assert_kept(
        study,
        "People who drink two to three cups of coffee a day may have a lower risk of developing \
         atrial fibrillation, according to new research.",
    );
    assert_kept(
        "Prices rose slightly in March, the index showed.",
        "Prices edged up in March, the index showed.",
    );
    assert_changed(
        "Police said they had detained a 57-year-old man on suspicion of starting the fire by \
         burning agricultural waste.",
        "Police have detained a 57-year-old man who started the fire by burning agricultural \
         waste.",
        Fact::Hedge,
    );
}

/// A hedge dropped with the verb it hedged swapped for another drops the hedge all the same:
/// `"cuts the risk"` for `"could reduce the risk"`. A verb swapped with the hedge kept, or for
/// another hedged verb, keeps it.
#[test]
fn a_hedge_dropped_with_its_verb_swapped_is_a_hedge() {
    let trial = "The trial showed that the drug could reduce the risk of a second stroke in \
                 patients treated within 14 days.";
    for target in [
        "The trial showed that the drug cuts the risk of a second stroke in patients treated \
         within 14 days.",
        "The trial showed that the drug lowers the risk of a second stroke in patients treated \
         within 14 days.",
    ] {
        assert_changed(trial, target, Fact::Hedge);
    }
    for target in [
        "The trial showed that the drug could cut the risk of a second stroke in patients \
         treated within 14 days.",
        "The trial showed that the drug may lower the risk of a second stroke in patients \
         treated within 14 days.",
    ] {
        assert_kept(trial, target);
    }
}

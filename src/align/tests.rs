//! Unit tests of the align stage: candidates, groups and the index.

use super::*;
use crate::{normalize::normalize, segment::segment};

fn sources(source: &str, target: &str) -> Vec<Option<Vec<usize>>> {
    let tokens = normalize(source, &segment(source), target, &segment(target));
    align(&tokens)
        .into_iter()
        .map(|c| c.map(|c| c.source))
        .collect()
}

#[test]
fn finds_reordered_sentences() {
    let found = sources(
        "Alpha bravo charlie. Delta echo foxtrot.",
        "Delta echo foxtrot. Alpha bravo charlie.",
    );
    assert_eq!(found, [Some(vec![1]), Some(vec![0])]);
}

#[test]
fn links_a_fragment_to_its_longer_sentence() {
    let found = sources(
        "The bridge reopened on Monday after repairs costing £4m, the council said. Traffic resumed.",
        "The bridge reopened on Monday. Repairs cost £4m, the council said.",
    );
    assert_eq!(found, [Some(vec![0]), Some(vec![0])]);
}

#[test]
fn a_quotation_comes_from_the_quote_not_the_reported_speech() {
    let source = "Neither the council nor the builders care about the tenants' safety, the mayor \
        said. The tower stayed shut on Friday. \"We see every day that neither the council \
        nor the builders care about the safety of these tenants,\" she said.";
    let target = "\"It is plain that the council and the builders do not care about the safety \
        of these tenants.";
    assert_eq!(sources(source, target), [Some(vec![2])]);
    // The same words as reported speech still take the shorter, closer sentence.
    let target = "It is plain the council and the builders do not care about the tenants' safety.";
    assert_eq!(sources(source, target), [Some(vec![0])]);
}

#[test]
fn groups_merged_sentences() {
    let found = sources(
        "Flood water reached Hexham. Rescue crews evacuated forty homes. Schools closed.",
        "Flood water reached Hexham, and rescue crews evacuated forty homes.",
    );
    assert_eq!(found, [Some(vec![0, 1])]);
}

#[test]
fn a_long_sentence_merges_a_sentence_whose_words_it_repeats_in_a_run() {
    // The quotation explains too little of the long sentence by weight to join it, but five
    // of its words in a row are no coincidence.
    let found = sources(
        "Organisers said the festival would draw bigger crowds than last summer, when rain \
        kept thousands away from the harbour. \"The town has never seen a weekend like the \
        one we are planning,\" a spokesman said. Tickets go on sale on Friday.",
        "Organisers hope the festival would draw bigger crowds than the 2019 carnival, \
        when rain kept thousands away from the harbour, and raise money for the lifeboat \
        station and for fishing families who lost boats in the storms of last winter along \
        the whole northern coast, as its director Ana Ruiz, a veteran of three such events \
        in Cornwall and Devon, said: \"The town has never seen a weekend like this.\"",
    );
    assert_eq!(found, [Some(vec![0, 1])]);
}

#[test]
fn one_shared_word_does_not_merge_a_sentence() {
    let cases: &[(&str, &str, &[usize])] = &[
        // source, target, the one source sentence it takes
        (
            "Flood water reached Hexham. Talks were held at a high level.",
            "Flood water reached high in Hexham.",
            &[0],
        ),
        // "Hexham" and "flood" are in most sentences: with "particularly" they are still one
        // word's worth of evidence for the third sentence.
        (
            "Flood water reached Hexham on Monday. Rescue crews in Hexham evacuated forty \
            homes. Hexham flood defences failed, particularly near the old bridge. \
            Flood warnings for Hexham stay in place. The Hexham flood cost millions.",
            "Crews evacuated homes, particularly in flooded Hexham.",
            &[1],
        ),
    ];
    for &(source, target, expected) in cases {
        assert_eq!(
            sources(source, target),
            [Some(expected.to_vec())],
            "{target}"
        );
    }
}

#[test]
fn finds_a_translation_by_its_synonyms() {
    let found = sources(
        "The military sent large lorries. Schools closed.",
        "The army dispatched big lorries.",
    );
    assert_eq!(found, [Some(vec![0])]);
}

#[test]
fn no_candidate_without_shared_words() {
    assert_eq!(sources("Alpha bravo.", "Gamma delta."), [None]);
    assert_eq!(sources("", "Gamma delta."), [None]);
}

/// A rewrite that merges two sentences rewords both: the second explains under a fifth of the
/// long target, but four distinctive words of its own make it a clause of it. Two words alone
/// (`"council"`, `"hall"`) are no clause.
#[test]
fn a_reworded_merge_takes_a_sentence_that_brings_a_clause_of_its_own() {
    let source = "Heavy rain flooded dozens of homes in the village of Ashby Parva on Sunday.\n\n\
        Firefighters used boats to rescue 14 residents, including two children and a man in a \
        wheelchair.\n\n\
        The county council has opened the village hall as an emergency shelter.";
    let merged = "Fire crews in boats rescued 14 people, among them two children and a wheelchair \
        user, and the council turned the village hall into a shelter.";
    assert_eq!(sources(source, merged), [Some(vec![1, 2])]);
    let mentioned = "Fire crews in boats rescued 14 people, among them two children and a \
        wheelchair user, then took them to a hall run by the council.";
    assert_eq!(sources(source, mentioned), [Some(vec![1])]);
}

#[test]
fn a_short_sentence_that_explains_a_clause_joins_the_group() {
    let source = "Maggie Dunmore, the folk singer, has died aged 81. In 2009 she was appointed \
        MBE for services to traditional music. She later taught at the Sage Gateshead, where \
        she founded a choir for former miners and their families.";
    let target = "She was made an MBE in 2009, and in later years taught at the Sage Gateshead, \
        where she started a choir for former miners and their families.";
    assert_eq!(sources(source, target), [Some(vec![1, 2])]);
    // Not for a sentence that the others leave mostly unexplained: the clause would make it
    // look derived where it is mostly the writer's own.
    let target = "She taught at the Sage Gateshead, was made an MBE in 2009, and friends in \
        the village still recall her singing over tea and cake in the parish hall on Sundays.";
    assert_eq!(sources(source, target), [Some(vec![2])]);
}

#[test]
fn a_long_sentence_that_shares_a_clause_s_names_explains_no_clause() {
    // "via Harbury Police" takes two words of a sentence about something else.
    let source = "The family of the missing walker thanked everyone who had joined the hunt \
        over the weekend and said they would never forget the kindness of strangers. Police, \
        who spent a week combing the moor with dogs and a drone, said the search of the \
        Harbury reservoir would end on Friday.";
    let target = "The family of the missing walker, via Harbury Police, thanked everyone who \
        had joined the hunt over the weekend and said they would never forget the kindness of \
        strangers.";
    assert_eq!(sources(source, target), [Some(vec![0])]);
}

#[test]
fn gathers_a_summary_from_the_sentences_that_each_bring_facts_of_their_own() {
    let source = "The Marlow boatyard in Kelby won a contract for six ferries on Tuesday.\n\n\
        The ferries will serve the islands of the Brenn estuary from 2027.\n\n\
        The yard will hire 320 welders and fitters next year.\n\n\
        Its owners thanked the islanders for their support.";
    let target = "Six ferries for the Brenn estuary will bring 320 jobs for welders to Kelby.";
    let tokens = normalize(source, &segment(source), target, &segment(target));
    let gathered = gather(&tokens, 0).expect("three sentences each bring two facts");
    assert_eq!(gathered.source, [0, 1, 2]);
    assert!(gathered.coverage > 0.5, "{}", gathered.coverage);
    // One sentence alone is no gathering.
    let single = "The yard will hire 320 welders and fitters next year.";
    let tokens = normalize(single, &segment(single), target, &segment(target));
    assert_eq!(gather(&tokens, 0), None);
    // A target that repeats that sentence's words takes it once.
    let twice = "The yard will hire 320 welders, yes 320 welders, and thank the islanders.";
    let text = format!("{single}\n\nIts owners thanked the islanders.");
    let tokens = normalize(&text, &segment(&text), twice, &segment(twice));
    assert_eq!(gather(&tokens, 0).map(|g| g.source), Some(vec![0, 1]));
}

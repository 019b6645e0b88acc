//! The labelling rules, each on a pair of short texts written for it: spelling variants,
//! acronyms, synonyms, clauses, kept words and spans. What a copy may change and stay a copy is
//! in `tests/copies.rs`, changed facts in `tests/facts.rs`, the fixture pairs in
//! `tests/pipeline.rs`.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Op, Options, Report};

mod common;
use common::shapes::{labels, link_shapes, ops_of, span_text, spans_of};

use Label::{Added, Copied, Omitted, Reworded};

/// `merge_variants` joins words one deletion apart at position 2 or later (`Zelenskiy` /
/// `Zelenskyy`), but for five-letter words that also joins different words: `train`/`trail`,
/// `storm`/`store`. The target then shows as copied with no span on the changed word (the
/// diff still shows it). Union-find also chains such pairs into large clusters.
#[test]
fn regression_one_letter_different_words_are_not_spelling_variants() {
    let cases = [
        (
            "Police said the train was late on Monday.",
            "Police said the trail was late on Monday.",
        ),
        (
            "The storm hit the harbour at dawn.",
            "The store hit the harbour at dawn.",
        ),
    ];
    for (source, target) in cases {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert!(
            sentence.label != Copied || !sentence.spans.is_empty(),
            "{target:?} is copied from {source:?} with no span on the changed word"
        );
    }
}

/// An acronym for a name the source spells out is the same name, not another speaker: a copy that
/// only abbreviates the name stays copied, the acronym marked as reworded and the spelled-out name
/// not omitted, while a genuinely different organisation makes the sentence added.
#[test]
fn acronym_for_a_spelled_out_name_is_the_same_name() {
    let source = "The Commission for Racial Equality backed the case with heavy funding, the court heard on Monday.";
    let same = "The CRE backed the case with heavy funding, the court heard on Monday.";
    let other = "The RSPB backed the case with heavy funding, the court heard on Monday.";
    let report = compare(source, same, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let spans: Vec<(&str, Label)> = report.target.sentences[0]
        .spans
        .iter()
        .map(|s| (&same[s.start..s.end], s.label))
        .collect();
    assert_eq!(spans, [("CRE", Reworded)]);
    assert_eq!(labels(&report.source), [Copied]);
    assert!(report.source.sentences[0].spans.is_empty());
    let similarity = report.links[0].similarity;
    assert!((0.7..1.0).contains(&similarity), "{similarity}");
    let report = compare(source, other, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
}

/// Dotted and undotted initials are one word, and either may stand for the spelled-out name.
#[test]
fn dotted_initials_match_plain_ones_and_the_name() {
    let cases = [
        (
            "The UN said the talks would resume in Geneva.",
            "The U.N. said the talks would resume in Geneva.",
        ),
        (
            "The U.N. said the talks would resume in Geneva.",
            "The UN said the talks would resume in Geneva.",
        ),
        (
            "The United Nations said the talks would resume in Geneva.",
            "The U.N. said the talks would resume in Geneva.",
        ),
    ];
    for (source, target) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{source:?} -> {target:?}");
        assert_eq!(labels(&report.source), [Copied], "{source:?} -> {target:?}");
    }
}

/// A translation says the same in other words: synonyms (`army` for `military`, `wounded` for
/// `injured`) let a sentence that shares almost no word with its counterpart find it, as
/// reworded, never copied, with each synonym counting as half a match in the link's similarity.
#[test]
fn translated_sentence_with_synonyms_is_reworded() {
    let source = "Flooding cut off three villages in the Varna valley on Sunday. \
        The military sent large lorries to help the injured villagers. \
        Relief work will resume on Monday, the mayor said.";
    let target = "Three villages in the Varna valley were cut off by floods on Sunday. \
        The army dispatched big lorries to assist the wounded villagers. \
        The mayor also asked for tents.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded, Reworded, Added]);
    let link = report
        .links
        .iter()
        .find(|l| l.target == [1])
        .expect("the translated sentence is linked");
    assert_eq!(link.source, [1]);
    assert!((0.4..0.9).contains(&link.similarity), "{}", link.similarity);
    // The words that differ are the reworded part, not copied ones.
    let sentence = &report.target.sentences[1];
    assert!(sentence
        .spans
        .iter()
        .all(|s| !target[s.start..s.end].contains("army")));
}

/// The texts of a target sentence's spans with one label.
fn spans_labelled(input: &str, report: &Report, sentence: usize, label: Label) -> Vec<String> {
    spans_of(input, report, sentence)
        .into_iter()
        .filter(|(l, _)| *l == label)
        .map(|(_, text)| text)
        .collect()
}

/// A long sentence that joins a reworded statement to material of its own is reworded in the
/// clauses that carry the source and added in the rest, not added whole.
#[test]
fn reworded_clauses_inside_a_long_new_sentence_are_found() {
    let source = "Heavy rain flooded the mill district of Tarnow on Sunday. \
        The mayor said the damaged bridge over the Aske would stay closed until engineers had inspected its foundations. \
        Volunteers filled sandbags through the night.";
    let target = "The bridge over the Aske, badly damaged, stays shut until engineers inspect its foundations, \
        the mayor said, while shopkeepers on Market Street counted the cost of a third expensive spring \
        in ten years and asked the regional government to pay for a new embankment.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(link_shapes(&report), [(vec![1], vec![0], Reworded)]);
    let added = spans_labelled(target, &report, 0, Added);
    assert_eq!(
        added,
        ["while shopkeepers on Market Street counted the cost of a third expensive spring in ten \
          years and asked the regional government to pay for a new embankment."]
    );
}

/// A clause hung on a reworded sentence that has no counterpart is marked added.
#[test]
fn a_new_clause_at_the_end_of_a_reworded_sentence_is_added() {
    let source = "Rents in the city rose by 5% last year, the housing council said.";
    let target = "City rents climbed 5% over the last year, the housing council said, \
        citing higher costs for landlords and fewer new homes.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let spans = spans_of(target, &report, 0);
    assert_eq!(
        spans.last(),
        Some(&(
            Added,
            "citing higher costs for landlords and fewer new homes.".to_string()
        )),
        "{spans:?}"
    );
    assert!(spans
        .iter()
        .any(|(label, text)| *label == Copied && text.contains("housing council said")));
}

/// A reworded sentence shows the words it kept as written, wherever it put them; a word that
/// only shares a stem with the source's is reworded.
#[test]
fn a_reworded_sentence_marks_the_words_it_kept() {
    let source = "Two skaters went missing after the ice broke on Lake Harlow, \
        and divers searched the water all night.";
    let target = "Divers spent the night searching Lake Harlow for two skaters who vanished \
        when the ice gave way.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let copied = spans_labelled(target, &report, 0, Copied);
    assert_eq!(
        copied,
        ["Divers", "night", "Lake Harlow", "two skaters", "ice"],
        "{:?}",
        report.target.sentences[0].spans
    );
}

/// A sentence that shares only a clause's worth of common words stays added: clauses are no
/// back door for the event's common vocabulary.
#[test]
fn a_clause_of_common_words_does_not_make_a_sentence_derived() {
    let source = "Floods hit Tarnow on Sunday. The river Aske burst its banks in Tarnow. \
        Tarnow's mayor visited the Aske. Rain fell in Tarnow all week.";
    let target = "In Tarnow, by the Aske, the mayor opened a school for sixty children on Monday \
        and praised the teachers who had raised the money themselves.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
}

/// A span shows whole pairs of brackets and quotation marks: the dateline a copy dropped is
/// `BRANDMOOR (Northfield Press)`, not `BRANDMOOR (Northfield Press`.
#[test]
fn spans_keep_brackets_and_quotation_marks_whole() {
    let source = "BRANDMOOR (Northfield Press) - The Harlow dam was officially opened on Tuesday, \
        seven years after work began.";
    let target = "The Harlow dam was officially opened on Tuesday, seven years after work began.";
    let report = compare(source, target, &Options::default());
    let omitted: Vec<(Label, String)> = report.source.sentences[0]
        .spans
        .iter()
        .map(|s| (s.label, span_text(source, s.start, s.end)))
        .collect();
    assert_eq!(
        omitted,
        [(Omitted, "BRANDMOOR (Northfield Press)".to_string())]
    );
    let source = "The brothers posed as \"expert roofers\" and took cash from pensioners.";
    let target = "Police said the brothers posed as \"expert roofers\" but left the roofs worse.";
    let report = compare(source, target, &Options::default());
    assert!(
        spans_of(target, &report, 0).contains(&(
            Copied,
            "the brothers posed as \"expert roofers\"".to_string()
        )),
        "{:?}",
        spans_of(target, &report, 0)
    );
}

/// A rewrite reorders: two content words in a row that the source has in a row are copied even
/// when the word alignment, which keeps order, could not pair them. A pair of the event's common
/// words (`"Aske water"`, in most source sentences) is not worth a mark, nor is a pair inside a
/// clause the target added.
#[test]
fn two_kept_words_out_of_order_are_copied() {
    let source = "Aske water flooded the square on Sunday. \
        Anna Kowal, who runs the bakery on the square, said the mill bridge had been closed since Monday. \
        Aske water reached the school. \
        Volunteers filled sandbags as Aske water kept rising. \
        Boats crossed Aske water to the church.";
    let target = "The mill bridge has been shut since Monday while Aske water rose, \
        according to baker Anna Kowal.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(
        spans_of(target, &report, 0),
        [
            (Copied, "The mill bridge".to_string()),
            (Copied, "since Monday".to_string()),
            (Copied, "Anna Kowal.".to_string()),
        ]
    );
    // Inside a clause the target added, a kept name is no copied phrase: the clause stays whole.
    let source = "Rents in the city rose by 5% last year, the housing council said. \
        Tenant groups in Castle Ward want a rent freeze.";
    let target = "City rents climbed 5% over the last year, the housing council said, \
        while whole streets of Castle Ward stood empty for months.";
    let report = compare(source, target, &Options::default());
    assert_eq!(
        spans_of(target, &report, 0).last(),
        Some(&(
            Added,
            "while whole streets of Castle Ward stood empty for months.".to_string()
        ))
    );
}

/// A quote credited to someone else the story names puts the words in another mouth: added,
/// and linked to the quote alone with another name, the swap in its diff. It is not a copy
/// merging the quote with the sentence that names the new speaker, which would hide the swap.
#[test]
fn a_quote_credited_to_another_person_in_the_story_is_another_name() {
    let source = "Graham Tolley, 58, admitted fraud at Elmstead Crown Court.\n\n\
        The money went on holidays and a car, prosecutor Anna Blythe said.\n\n\
        \"This was a calculated breach of trust against a club run by volunteers,\" said Judge Martin Okafor.";
    let target = "\"This was a calculated breach of trust against a club run by volunteers,\" said prosecutor Anna Blythe.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(link_shapes(&report), [(vec![2], vec![0], Added)]);
    assert_eq!(report.links[0].changed, Some(retold::Fact::Name));
    let ops = ops_of(&report.links[0]);
    assert!(
        ops.contains(&(Op::Delete, "Judge Martin Okafor")),
        "{ops:?}"
    );
    assert!(
        ops.contains(&(Op::Insert, "prosecutor Anna Blythe")),
        "{ops:?}"
    );
}

/// The same swap with the speaker first, `"X said: \"...\""`, whether the source names the new
/// speaker in a short sentence (which outweighs the quote's own on names alone) or not.
#[test]
fn a_quote_credited_to_another_person_named_first_is_another_name() {
    let source = "Councillor Rita Hale said: \"This plan is a betrayal of the whole village.\"\n\n\
        Committee chairman Owen Pike said the homes were needed.";
    let target =
        "Committee chairman Owen Pike said: \"This plan is a betrayal of the whole village.\"";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(link_shapes(&report), [(vec![0], vec![0], Added)]);
    assert_eq!(report.links[0].changed, Some(retold::Fact::Name));
}

/// A quote that runs over several sentences credits its speaker once: a target that quotes
/// its second sentence, credited to the same speaker, takes the credit from the sentence
/// before and is a copy of that second sentence, not another speaker's words. The sentence
/// before gives it only the name, so it reads omitted, as its own part of the quote is; the
/// credit the target takes from it is still the source's, so no part of the copy reads added.
#[test]
fn a_later_sentence_of_a_quote_keeps_its_speaker() {
    let source = "Defence barrister Aidan Marr said: \"On one wet evening in March, my client \
        made a terrible mistake. \"He has never been in trouble with the police before or since.\"";
    let target = "Aidan Marr, for the defence, said: \"He has never been in trouble with the police before or since.\"";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Label::Copied], "{report:#?}");
    assert_eq!(link_shapes(&report)[0].0, vec![1]);
    assert_eq!(report.source.sentences[0].label, Label::Omitted);
    let spans = &report.target.sentences[0].spans;
    assert!(spans.iter().all(|s| s.label != Label::Added), "{spans:?}");
}

/// A headline reworded from the intro that the next sentence copies says it twice: it links on
/// its own, so the copy's link shows no inserted headline and stays copied; a sentence split in
/// two still makes one link.
#[test]
fn a_headline_that_restates_the_copied_intro_links_on_its_own() {
    let source = "Rates decision due today\n\nThe Bank of England is expected to hold interest \
                  rates at 4.25% when it announces its decision on Thursday.\n\nMost economists \
                  agree.";
    let target = "Bank of England set to hold rates\n\nThe Bank of England is expected to hold \
                  interest rates at 4.25% when it announces its decision on Thursday.\n\nMost \
                  economists agree.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded, Copied, Copied]);
    let links: Vec<_> = report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone(), l.label))
        .collect();
    assert_eq!(
        links,
        [
            (vec![1], vec![0], Reworded),
            (vec![1], vec![1], Copied),
            (vec![2], vec![2], Copied)
        ]
    );
    let split = compare(
        "The mayor opened the new bridge over the Tolle on Monday and thanked the builders who \
         finished it early.",
        "The mayor opened the new bridge over the Tolle on Monday. She thanked the builders who \
         finished it early.",
        &Options::default(),
    );
    let links: Vec<_> = split
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone()))
        .collect();
    assert_eq!(links, [(vec![0], vec![0, 1])]);
}

/// A sentence that carries most of its counterpart's telling words rewords it, however much of
/// its own it wraps around them: here the story repeats the regulator, the airline and the
/// booking agents throughout, so only `paid`, `bonuses`, `seat sales` and `smaller rivals` tell.
/// A sentence that shares only the story's names and topic stays added.
#[test]
fn a_sentence_carrying_most_of_its_counterpart_rewords_it_whatever_it_adds() {
    let source = "Regulator fines Skyways over booking deals\n\n\
        The Transport Commission today fined Skyways £3 million over its deals with booking \
        agents. The Commission said Skyways had secretly paid bonuses to booking agents to push \
        seat sales at the expense of smaller rivals. Skyways said it would appeal against the \
        Commission's ruling. The Commission began its inquiry into Skyways two years ago after \
        complaints from rivals.";
    let target = "Skyways hit with £3m fine\n\n\
        Skyways has been fined £3 million by the Transport Commission over its deals with booking \
        agents. The Commission ruled that Skyways had acted unfairly by running a seat sales \
        scheme under which booking agents were paid bonuses for steering holidaymakers and \
        business travellers onto its own flights and away from smaller rivals such as Blue Heron \
        Air and Coastline. Booking agents across the country have long complained that Skyways \
        treats the Commission with contempt.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target)[2..], [Reworded, Added]);
    let kept = spans_labelled(target, &report, 2, Copied);
    assert!(kept.iter().any(|s| s.contains("bonuses")), "{kept:?}");
    assert!(report
        .links
        .iter()
        .any(|l| l.target == [2] && l.source == [2]));
}

/// A line saying the outlet asked someone for comment is its own reporting, however much of a
/// source sentence's names it keeps; the same line in the source is the source's.
#[test]
fn a_request_for_comment_is_the_outlets_own() {
    let source = "Plans for 120 homes at Carrow Green have been approved by the council. The \
        scheme, submitted by Holloway Barnes Developments, includes 43 affordable homes. \
        Councillors voted seven to three in favour.";
    let lead = "Plans for 120 homes at Carrow Green have been approved. The scheme includes 43 \
        affordable homes. ";
    let vote = " Councillors voted seven to three in favour.";
    for line in [
        "Holloway Barnes Developments has been approached for comment.",
        "Holloway Barnes Developments did not respond to a request for further comment.",
        "Holloway Barnes Developments declined to comment.",
    ] {
        let report = compare(source, &format!("{lead}{line}{vote}"), &Options::default());
        assert_eq!(labels(&report.target)[2], Label::Added, "{line}");
    }
    // The source's own line, copied, is the source's.
    let declined = format!("{source} Holloway Barnes Developments declined to comment.");
    let report = compare(
        &declined,
        &format!("{lead}Holloway Barnes Developments declined to comment."),
        &Options::default(),
    );
    assert_eq!(labels(&report.target)[2], Label::Copied);
    // Comments someone made are no request.
    let remarks = "The developer's chairman, Alan Pike, said his comments at the meeting had \
        been misunderstood by residents.";
    let report = compare(
        &format!("{source} {remarks}"),
        &format!("{lead}Alan Pike, the developer's chairman, said residents had misunderstood his comments at the meeting."),
        &Options::default(),
    );
    assert_eq!(labels(&report.target)[2], Label::Reworded);
}

//! The labelling rules, each on a pair of short texts written for it: spelling variants,
//! acronyms, synonyms, clauses, kept words, names and spans. The fixture pairs are in
//! `tests/pipeline.rs`.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Op, Options, Report};

mod common;
use common::shapes::{labels, link_shapes, ops_of, span_text};

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

/// Synonyms keep a sentence's shape, so another number in it still makes it added: `"1,200
/// killed or injured"` is not `"3,000 killed or wounded"` reworded.
#[test]
fn synonyms_do_not_hide_a_changed_number() {
    let source = "Officials said more than 3,000 soldiers had been killed or wounded since March.";
    let target = "Officials said more than 1,200 soldiers had been killed or injured since March.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(labels(&report.source), [Omitted]);
    let changed: Vec<_> = report.links.iter().map(|l| (l.label, l.changed)).collect();
    assert_eq!(changed, [(Added, Some(Fact::Number))]);
}

/// The labelled spans of a target sentence, as (label, text).
fn spans_of(input: &str, report: &Report, sentence: usize) -> Vec<(Label, String)> {
    report.target.sentences[sentence]
        .spans
        .iter()
        .map(|s| (s.label, span_text(input, s.start, s.end)))
        .collect()
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
          years and asked the regional government to pay for a new embankment"]
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
            "citing higher costs for landlords and fewer new homes".to_string()
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

/// `"US"` is a name, not the word "us": another country in its place is another speaker.
#[test]
fn a_country_in_capitals_is_a_name_that_can_change() {
    let source = "On Monday US officials said 40 people had died in the floods.";
    let target = "On Monday UK officials said 40 people had died in the floods.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let report = compare(source, source, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
}

/// Another title before a name the source has in the same place is the same person, while another
/// name after the same title is another speaker.
#[test]
fn a_new_title_before_the_same_name_is_the_same_speaker() {
    let source =
        "The court heard that Pc Hollis then arrived and was hit by a bottle outside the club.";
    for (target, derived) in [
        ("The court heard that WPC Hollis then arrived and was hit by a bottle outside the club.", true),
        ("The court heard that Pc Marsh then arrived and was hit by a bottle outside the club.", false),
        ("The court heard that WPC Marsh then arrived and was hit by a bottle outside the club.", false),
    ] {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label != Added, derived, "{target}: {:?}", sentence.label);
        let [link] = sentence.links[..] else { panic!("{target}: {:?}", sentence.links) };
        let changed = report.links[link].changed;
        assert_eq!(changed, (!derived).then_some(Fact::Name), "{target}");
    }
}

/// A changed fact links the two sentences only when the change is a few words in the source
/// sentence's place: another name for the speaker, another figure. A sentence that puts a long
/// new phrase in place of the speaker is added without a link, like a caption that keeps a name
/// from a long source sentence and adds a place, a date and an agency.
#[test]
fn only_a_crisp_change_links_an_added_sentence_to_its_source() {
    let source = "Mayor Ann Clarke said the repairs to the sea wall would cost at least £2m.";
    for (target, linked) in [
        (
            "Councillor Tom Reed said the repairs to the sea wall would cost at least £2m.",
            true,
        ),
        (
            "A spokesman for the harbour board, Tom Reed, said the repairs to the sea wall would \
             cost at least £2m.",
            false,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Added], "{target}");
        assert_eq!(
            report.links.len(),
            usize::from(linked),
            "{target}: {:?}",
            report.links
        );
    }
}

/// Another month or weekday in a sentence's place is another date, not another name.
#[test]
fn another_month_or_weekday_is_another_date() {
    for (source, target) in [
        (
            "The vote on the new bypass will be held on 3 June at the town hall.",
            "The vote on the new bypass will be held on 3 July at the town hall.",
        ),
        (
            "The council will meet on Monday to vote on the new bypass.",
            "The council will meet on Tuesday to vote on the new bypass.",
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Added], "{target}");
        let changed: Vec<_> = report.links.iter().map(|l| l.changed).collect();
        assert_eq!(changed, [Some(Fact::Date)], "{target}");
    }
}

/// A short first sentence that turns a negation is no reworded headline: the changed fact wins.
#[test]
fn a_headline_that_turns_a_negation_is_added() {
    let source = "Police did not confirm the death. Work on the bridge starts in May.";
    let target = "Police confirmed the death. Work on the bridge starts in May.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied]);
    assert_eq!(report.links[0].changed, Some(Fact::Negation));
}

/// Two sentences in a row that each change the same source sentence link to it one by one, each
/// with its own fact: one says 500 jobs for 300, the next Sheffield for Leeds.
#[test]
fn each_sentence_that_changes_a_fact_links_alone() {
    let source = "The carmaker said on Monday it will cut 300 jobs at its Leeds plant next year.";
    let target = "The carmaker said on Monday it will cut 500 jobs at its Leeds plant next year. \
                  The carmaker said on Monday it will cut 300 jobs at its Sheffield plant next year.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Added]);
    let links: Vec<_> = report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone(), l.changed))
        .collect();
    assert_eq!(
        links,
        [
            (vec![0], vec![0], Some(Fact::Number)),
            (vec![0], vec![1], Some(Fact::Name))
        ]
    );
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
    let source = "The brothers posed as \"master craftsmen\" and took cash from pensioners.";
    let target = "Police said the brothers posed as \"master craftsmen\" but left the roofs worse.";
    let report = compare(source, target, &Options::default());
    assert!(
        spans_of(target, &report, 0).contains(&(
            Copied,
            "the brothers posed as \"master craftsmen\"".to_string()
        )),
        "{:?}",
        spans_of(target, &report, 0)
    );
}

/// A wire story filed "today" and printed next morning says "yesterday": still a copy, with the
/// swap shown in the diff like any function word. A changed weekday is a changed fact.
#[test]
fn a_story_printed_the_next_day_is_still_copied() {
    let source = "The council approved the new bridge today, the mayor said.";
    let target = "The council approved the new bridge yesterday, the mayor said.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let diff = ops_of(&report.links[0]);
    assert!(diff.contains(&(Op::Delete, "today")), "{diff:?}");
    assert!(diff.contains(&(Op::Insert, "yesterday")), "{diff:?}");
    let target = "The council approved the new bridge on Monday, the mayor said.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Copied]);
}

/// Papers write figures their own way: `"£4.5m"` for the wire's `"£4.5 million"`, `"%"` for
/// `"per cent"`, `"twelve"` for `"12"`. The sentence is still a copy, and the diff still shows the change. A different
/// magnitude is a different figure.
#[test]
fn a_figure_written_another_way_is_still_copied() {
    let source = "The council spent £4.5 million on the bridge, 12 per cent over budget.";
    for target in [
        "The council spent £4.5m on the bridge, 12% over budget.",
        "The council spent £4.5million on the bridge, 12 percent over budget.",
        "The council spent £4.5 million on the bridge, twelve per cent over budget.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
        assert!(ops_of(&report.links[0])
            .iter()
            .any(|(op, _)| *op == Op::Insert));
    }
    let target = "The council spent £4.5bn on the bridge, 12% over budget.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Copied]);
}

/// One amount written with other digits is the same figure, not a changed fact: `"£4,500,000"`
/// for `"£4.5m"`, `"40k"` for `"40,000"`, `"3rd"` for `"3"`. The sentence is derived, not added;
/// another amount still is added.
#[test]
fn an_amount_in_other_digits_is_no_changed_fact() {
    for (source, target) in [
        (
            "The council said the library would cost £4.5m and open in the spring.",
            "The council said the library would cost £4,500,000 and open in the spring.",
        ),
        (
            "The firm said it would hire 40,000 staff across the region this year.",
            "The firm said it would hire 40k staff across the region this year.",
        ),
        (
            "The appeal had raised 1.2 million pounds for the hospital by March.",
            "The appeal had raised 1,200,000 pounds for the hospital by March.",
        ),
        (
            "The vote on the new bypass will be held on 3 June at the town hall.",
            "The vote on the new bypass will be held on 3rd June at the town hall.",
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_ne!(labels(&report.target), [Added], "{target}");
        assert!(report.links.iter().all(|l| l.changed.is_none()), "{target}");
    }
    let source = "The council said the library would cost £4.5m and open in the spring.";
    for target in [
        "The council said the library would cost £4,600,000 and open in the spring.",
        // A thousandfold error is another number too.
        "The council said the library would cost £4.5bn and open in the spring.",
        "The council said the library would cost £4.5 thousand and open in the spring.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Added], "{target}");
        let changed: Vec<_> = report.links.iter().map(|l| l.changed).collect();
        assert_eq!(changed, [Some(Fact::Number)], "{target}");
    }
}

/// A unit written as initials is the words it stands for: `"94mph"` for `"94 miles per hour"`.
#[test]
fn a_unit_written_as_initials_is_still_copied() {
    let source = "Gusts of up to 94 miles per hour were recorded at the point overnight.";
    for target in [
        "Gusts of up to 94 mph were recorded at the point overnight.",
        "Gusts of up to 94mph were recorded at the point overnight.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    let target = "Gusts of up to 94 kph were recorded at the point overnight.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Copied]);
}

/// A sentence that drops or adds a "not" says the opposite of its source: a changed fact, like a
/// changed figure, so it is added however many words it keeps. A contraction, or a negation
/// reworded into another word, changes nothing.
#[test]
fn a_sentence_that_turns_a_negation_says_another_thing() {
    let source = "The mayor said the council would not raise taxes this year. \
                  Police did not confirm the death. She was not happy with the plan. \
                  The minister has never met the rebel leaders. \
                  The museum will charge for entry and will not open on Sundays.";
    let cases: &[(&str, Label)] = &[
        (
            "The mayor said the council would raise taxes this year.",
            Added,
        ),
        ("Police confirmed the death.", Added),
        // A negation added where the source has none, and two turned the other way round.
        (
            "The museum will never charge for entry and will not open on Sundays.",
            Added,
        ),
        (
            "The museum will not charge for entry and will open on Sundays.",
            Added,
        ),
        ("The minister has met the rebel leaders.", Added),
        (
            "The mayor said the council would never raise taxes this year.",
            Reworded,
        ),
        (
            "The mayor said the council wouldn't raise taxes this year.",
            Copied,
        ),
        (
            "The mayor said the council cannot raise taxes this year.",
            Copied,
        ),
        ("She was unhappy with the plan.", Reworded),
        (
            "The mayor said the council would not raise taxes this year, not next.",
            Reworded,
        ),
        (
            "The mayor said the council would not raise taxes this year.",
            Copied,
        ),
    ];
    for (target, label) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [*label], "{target}");
        let changed: Vec<_> = report.links.iter().filter_map(|l| l.changed).collect();
        let expected: &[Fact] = if *label == Added {
            &[Fact::Negation]
        } else {
            &[]
        };
        assert_eq!(changed, expected, "{target}");
    }
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
            (Copied, "Anna Kowal".to_string()),
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
            "while whole streets of Castle Ward stood empty for months".to_string()
        ))
    );
}

/// A quote credited to someone else the story names is the same quote with a new attribution:
/// reworded from the quote alone, with the swap in its diff. It is not a copy merging the quote
/// with the sentence that names the new speaker, which would hide the swap.
#[test]
fn a_quote_credited_to_another_person_in_the_story_is_reworded() {
    let source = "Graham Tolley, 58, admitted fraud at Elmstead Crown Court.\n\n\
        The money went on holidays and a car, prosecutor Anna Blythe said.\n\n\
        \"This was a calculated breach of trust against a club run by volunteers,\" said Judge Martin Okafor.";
    let target = "\"This was a calculated breach of trust against a club run by volunteers,\" said prosecutor Anna Blythe.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(link_shapes(&report), [(vec![2], vec![0], Reworded)]);
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

//! Copies: what a copy may change and stay a copy. A clause hung on it, words slipped in, a
//! pronoun spelt out as its name, a title spelt out as a role or a phrase moved leave a copy with
//! the change marked; a short sentence is a copy only when it runs in the source.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

mod common;
use common::shapes::{labels, span_text, spans_of};

use Label::{Added, Copied, Reworded};

/// A copy with a clause hung on it is copied, the clause marked added: nothing in it is
/// reworded. A clause that stands in for the source's own attribution is another matter (see
/// `a_quote_credited_to_another_person_in_the_story_is_reworded`).
#[test]
fn a_copy_with_a_new_clause_hung_on_it_is_copied_with_the_clause_added() {
    let source = "Two officers suffered minor injuries and a police horse was hit by a bottle. \
                  The club condemned the trouble.";
    let target = "Two officers suffered minor injuries and a police horse was hit by a bottle, \
                  according to witnesses who spoke to the Gazette. The club condemned the trouble.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    assert_eq!(
        spans_of(target, &report, 0),
        [(
            Added,
            "according to witnesses who spoke to the Gazette.".to_string()
        )]
    );
}

/// A wire story's dateline (`"HALVORSUND, 14 March (Meridian Press) - "`) is dropped as readily
/// as a byline: a copy without it, with the agency credited at its end instead, is copied, the
/// credit marked added. Without the dateline, the same credit is the source's own attribution.
#[test]
fn a_copy_that_drops_the_dateline_and_credits_the_agency_is_copied() {
    let wire = "HALVORSUND, 14 March (Meridian Press) - The foreign ministers of Veltrava and \
                Korsany agreed on Thursday to resume formal negotiations over their disputed \
                mountain border.";
    for credit in ["Meridian Press reported", "the agency reported"] {
        let target = format!(
            "The foreign ministers of Veltrava and Korsany agreed on Thursday to resume formal \
             negotiations over their disputed mountain border, {credit}."
        );
        let report = compare(wire, &target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{credit}");
        assert_eq!(
            spans_of(&target, &report, 0),
            [(Added, format!("{credit}."))],
            "{credit}"
        );
    }
}

/// A copy behind a frame of the writer's own, `"The paper reports that"`, is a copy with the frame
/// added, as the same frame after a comma is. A frame that names the source's own speaker, or
/// one that keeps the counterpart's words, is not the writer's.
#[test]
fn a_copy_behind_a_reporting_frame_of_the_writers_own_is_copied_with_the_frame_added() {
    let source = "The club has held talks with the county council about the 40-acre plot, which \
                  has stood empty since the pit closed in 1991. Rovers chairman Gordon Pike \
                  welcomed the plans.";
    for (target, frame) in [
        (
            "The paper reports that the club has held talks with the county council about the \
             40-acre plot, which has been empty since the pit closed in 1991.",
            "The paper reports that",
        ),
        (
            "Insiders told the Courier that the club has held talks with the county council \
             about the 40-acre plot, which has stood empty since the pit closed in 1991.",
            "Insiders told the Courier that",
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
        assert_eq!(spans_of(target, &report, 0)[0], (Added, frame.to_string()));
    }
    // The chairman is the source's own: his name keeps the sentence a rewording.
    let target = "Gordon Pike told the Courier that the club has held talks with the county \
                  council about the 40-acre plot, which has stood empty since the pit closed in \
                  1991.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
}

/// A copy with a word or two slipped in here and there is still a copy, and the slipped-in words
/// are what the reader should see: `"controversial"` is the paper's view, not the source's. A
/// counterpart's word replaced, or a long insertion, makes it a rewrite.
#[test]
fn a_copy_with_words_slipped_in_is_copied_with_the_words_added() {
    let source = "The council approved plans for 200 new homes on the edge of the town on Tuesday.";
    let target = "The council approved controversial plans for 200 new homes on the edge of the \
                  market town on Tuesday night.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let added: Vec<String> = spans_of(target, &report, 0)
        .into_iter()
        .map(|(label, text)| {
            assert_eq!(label, Added, "{text}");
            text
        })
        .collect();
    assert_eq!(added, ["controversial", "market", "night."]);
    // An article reshaped around a word slipped in keeps the copy: `"a frail"` for `"an"` is
    // marked as the words put in a function word's place, `"life"` as slipped in.
    let victim = "One victim, an 88-year-old widow, handed over £9,500 of her savings.";
    let target = "One victim, a frail 88-year-old widow, handed over £9,500 of her life savings.";
    let report = compare(victim, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    assert_eq!(
        spans_of(target, &report, 0),
        [
            (Reworded, "a frail".to_string()),
            (Added, "life".to_string())
        ]
    );
    // Another word in a content word's place, or a long phrase run into the copy with no
    // comma to set it off, is a rewording (an aside set off is a copy: see
    // `a_copy_with_an_aside_slipped_in_is_copied_with_the_aside_added`).
    for target in [
        "The committee approved plans for 200 new homes on the edge of the market town on Tuesday.",
        "The council approved plans drawn up by a developer from Leeds after two years of \
         talks for 200 new homes on the edge of the town on Tuesday.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Reworded], "{target}");
    }
    // A negation slipped in with the other words turns the claim, as in a near copy.
    let turned = compare(
        source,
        "The council never approved plans for 200 new homes on the edge of the market town on \
         Tuesday.",
        &Options::default(),
    );
    assert_eq!(labels(&turned.target), [Added]);
    assert_eq!(turned.links[0].changed, Some(retold::Fact::Negation));
}

/// A pronoun spelt out as the name it stands for is a copy-editor's change: the sentence stays
/// copied, the name marked reworded.
#[test]
fn a_copy_that_spells_out_he_as_the_name_is_copied() {
    let source = "Geoffrey Pike, 71, built the boat in his garden. He said the design had been \
                  changed twice before the launch on Saturday.";
    let target = "Geoffrey Pike, 71, built the boat in his garden. Mr Pike said the design had \
                  been changed twice before the launch on Saturday.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    assert_eq!(
        spans_of(target, &report, 1),
        [(Reworded, "Mr Pike".to_string())]
    );
    assert!(report.links.iter().all(|l| l.changed.is_none()));
}

/// And `"it"` spelt out as the thing it stands for, as a story lifting a line of an
/// encyclopedia entry spells out the entry's subject.
#[test]
fn a_copy_that_spells_out_it_as_the_name_is_copied() {
    let source = "Penhallow Point Lighthouse\n\nPenhallow Point Lighthouse is a lighthouse on \
                  the north coast of Cornwall.\n\nIt was designed by the engineer Thomas Pellow \
                  and first lit in 1839.";
    let target = "The lighthouse is to be switched off next year.\n\nPenhallow Point Lighthouse \
                  was designed by the engineer Thomas Pellow and first lit in 1839.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied]);
    assert_eq!(
        spans_of(target, &report, 1),
        [(Reworded, "Penhallow Point Lighthouse".to_string())]
    );
}

/// So is a title spelt out as the role or the first name the source gives the person, before
/// the name the copy keeps; another surname is another person.
#[test]
fn a_copy_that_spells_out_a_title_as_a_role_is_copied() {
    let source = "Prosecutor Helen Morris opened the case. \"The girl woke to find a stranger in \
                  her bedroom doorway,\" Ms Morris said.";
    for target in [
        "Prosecutor Helen Morris opened the case. \"The girl woke to find a stranger in her \
         bedroom doorway,\" prosecutor Helen Morris said.",
        "Prosecutor Helen Morris opened the case. \"The girl woke to find a stranger in her \
         bedroom doorway,\" Helen Morris said.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied, Copied], "{target}");
        assert!(report.links.iter().all(|l| l.changed.is_none()));
    }
    let other = "Prosecutor Helen Morris opened the case. \"The girl woke to find a stranger in \
                 her bedroom doorway,\" prosecutor Helen Lowe said.";
    let report = compare(source, other, &Options::default());
    assert_ne!(labels(&report.target)[1], Copied);
}

/// One person called by another of their names, which an article writes together, is a
/// copy-editor's change too: `"Moriarty"` for `"Declan"`, `"Carys"` for `"Ms Vane"`. Another
/// person's name is not.
#[test]
fn a_copy_that_calls_a_person_by_another_of_their_names_is_copied() {
    let source = "Harcastle Athletic have sacked manager Declan Moriarty. Declan joined the club \
                  in June 2022 and led the team to promotion in his first full season. Singer \
                  Carys Vane will keep the house. The children will live mainly with Ms Vane.";
    let target = "Moriarty joined the club in June 2022 and led the team to promotion in his \
                  first full season. The children will live mainly with Carys.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    assert_eq!(
        spans_of(target, &report, 0),
        [(Reworded, "Moriarty".to_string())]
    );
    // Ms Lowe is someone else, whom the source also names.
    let source = "Singer Carys Vane will keep the house. Her sister Ann Lowe moved out. The \
                  children will live mainly with Ms Vane.";
    let report = compare(
        source,
        "The children will live mainly with Ms Lowe.",
        &Options::default(),
    );
    assert_ne!(labels(&report.target), [Copied]);
}

/// A copy-editor turns a reporting frame at the head of a sentence into a tag at its end:
/// `"Prosecutor Helen Crane told the court that ..."` -> `"..., the court heard."`. The copy
/// stays copied. A tag that credits someone else gives the claim to another speaker.
#[test]
fn a_reporting_frame_turned_into_a_tag_at_the_end_is_copied() {
    let source = "Rachel Okafor-Lane, 52, admitted six offences. Prosecutor Helen Crane told the \
                  court that Okafor-Lane had ignored two improvement notices served in April and \
                  June.";
    for tag in [
        "the court heard",
        "Ms Crane said",
        "prosecutor Helen Crane said",
    ] {
        let target = format!(
            "Okafor-Lane had ignored two improvement notices served in April and June, {tag}."
        );
        let report = compare(source, &target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    let target = "Okafor-Lane had ignored two improvement notices served in April and June, her \
                  neighbour said.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Copied]);
    // A paper's frame for its source, the head's article kept.
    let source = "The newspaper quoted an unnamed source close to the group as saying the four \
                  original members had met twice at a studio in north London.";
    let target = "The four original members had met twice at a studio in north London, according \
                  to a source close to the group.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    // A court's or an inquiry's finding, its source moved to a tag.
    let source = "The court heard that the defendant had sent more than 40 messages to his former \
                  partner over six weeks. The tribunal found that the company had failed to \
                  consult staff before closing the depot.";
    for target in [
        "The defendant had sent more than 40 messages to his former partner over six weeks, the \
         court heard.",
        "The company had failed to consult staff before closing the depot, the tribunal said.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    // With no frame in the source, a tag of the source's own words is an attribution added.
    let source = "Harcastle Athletic have sacked their manager. In a statement, the club thanked \
                  him. He joined the club in June 2022 and led the team to promotion.";
    let target = "He joined the club in June 2022 and led the team to promotion, the club said in \
                  its statement.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
}

/// A short sentence cut from a long one is copied only when it runs there word for word: two
/// names or a few scattered words are no evidence of copying.
#[test]
fn a_short_sentence_is_copied_only_when_it_runs_in_the_source() {
    let source =
        "He stole jewellery, laptops and cash worth a total of £38,000, most of which has \
                  never been recovered. Ukrainian President Volodymyr Zelensky met European \
                  leaders in Brussels on Thursday to discuss air defence.";
    let cases = [
        ("Most of it has never been recovered.", true),
        ("Volodymyr Zelensky", false),
        ("Leaders met in Brussels.", false),
    ];
    for (target, copied) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target) == [Copied], copied, "{target}");
    }
}

/// A copy that restyles a date or moves a word only moves it: the word is neither new in the
/// target nor omitted from the source, so the copy carries no spans on either side. Words the
/// source does not have are still new.
#[test]
fn a_word_a_copy_only_moved_is_neither_added_nor_omitted() {
    let spans = |source: &str, target: &str| {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.source), [Copied], "{target}");
        assert_eq!(labels(&report.target), [Copied], "{target}");
        let texts = |side: &retold::Side, text: &str| -> Vec<(Label, String)> {
            side.sentences[0]
                .spans
                .iter()
                .map(|span| (span.label, span_text(text, span.start, span.end)))
                .collect()
        };
        (texts(&report.source, source), texts(&report.target, target))
    };
    for (source, target) in [
        (
            "The plant in Ashford will close on December 5, 2029, the company said.",
            "The plant in Ashford will close on 5 December 2029, the company said.",
        ),
        (
            "Yesterday the council approved the budget after a long debate about parking.",
            "The council approved the budget yesterday after a long debate about parking.",
        ),
    ] {
        assert_eq!(spans(source, target), (vec![], vec![]), "{target}");
    }
    let (source_spans, target_spans) = spans(
        "Yesterday the council approved the budget after a long debate about parking.",
        "The council approved the budget yesterday after a long and bitter debate about parking.",
    );
    assert_eq!(source_spans, []);
    assert_eq!(target_spans, [(Added, "and bitter".to_string())]);
}

/// A place a copy-editor moves to the front with a preposition of its own (`"Across Wales,"`
/// for `"in Wales"`) only moves it: the copy stays copied. A content word the moved phrase
/// brings (`"Across Wales and Scotland,"`) makes it a rewording.
#[test]
fn a_phrase_moved_with_a_preposition_of_its_own_is_still_a_copy() {
    let source = "Two in five libraries in Wales opened for fewer hours last year, according to \
                  the annual survey published today by the library council.";
    for (target, label) in [
        (
            "Across Wales, two in five libraries opened for fewer hours last year, according to \
             the survey published by the library council.",
            Copied,
        ),
        (
            "Throughout Wales, two in five libraries opened for fewer hours last year, according \
             to the annual survey published today by the library council.",
            Copied,
        ),
        (
            "Across Wales and Scotland, two in five libraries opened for fewer hours last year, \
             according to the survey published by the library council.",
            Reworded,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{target}");
    }
}

/// A copy-editor moves a phrase that says who spoke, when or where, or swaps a word past one or
/// two others; a copy whose claim itself moves to the other end is turned round, a rewording.
#[test]
fn a_sentence_turned_round_is_reworded_and_a_word_swapped_past_its_neighbour_is_copied() {
    for (source, target, label) in [
        (
            "There will be no buses at all on some routes, including the 42 to Holmfirth, the \
             X9 to Leeds and the night service to Halifax.",
            "Some routes, including the 42 to Holmfirth, the X9 to Leeds and the night service \
             to Halifax, will have no buses at all.",
            Reworded,
        ),
        (
            "The ferry was delayed regularly by fog in the harbour mouth during the autumn.",
            "The ferry was regularly delayed by fog in the harbour mouth during the autumn.",
            Copied,
        ),
        (
            "On Monday the ferry was delayed by fog in the harbour mouth for three hours.",
            "The ferry was delayed by fog in the harbour mouth for three hours on Monday.",
            Copied,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{target}");
    }
}

/// An aside a copy slips in, set off by commas, dashes or brackets, is the writer's own, however
/// long: the sentence stays copied and the aside is marked added, as a court reporter slips in
/// what the defendant wore or a tabloid who else a firm owns. A quote's verb of speech swapped
/// for one that says whom it was told to keeps a copy too.
#[test]
fn a_copy_with_an_aside_slipped_in_is_copied_with_the_aside_added() {
    let cases = [
        (
            "The council approved plans for 200 new homes on the edge of the town on Tuesday.",
            "The council approved plans, drawn up by a developer from Leeds after two years of \
             talks, for 200 new homes on the edge of the town on Tuesday.",
            "drawn up by a developer from Leeds after two years of talks,",
        ),
        (
            "Dawson, of Mill Lane, Farley, denies six counts of theft and one of fraud.",
            "Dawson, of Mill Lane, Farley, who sat with his arms folded in the dock, denies six \
             counts of theft and one of fraud.",
            "who sat with his arms folded in the dock,",
        ),
        (
            "Kestrel Media denies libel and says the article was true.",
            "Kestrel Media Group, which also owns two radio stations, denies libel and says the \
             article was true.",
            "Group, which also owns two radio stations,",
        ),
        (
            "The promoter said every ticket holder would be refunded within 14 days.",
            "The promoter - which staged her first tour in 2019 - said every ticket holder would \
             be refunded within 14 days.",
            "which staged her first tour in 2019",
        ),
    ];
    for (source, target, aside) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
        assert_eq!(
            spans_of(target, &report, 0),
            [(Added, aside.to_string())],
            "{target}"
        );
    }
    // An aside that says more than the words copied around it makes the sentence its own.
    let report = compare(
        "Dawson denies theft.",
        "Dawson, who ran the club's accounts for eleven years before the auditors found the \
         gap last spring, denies theft.",
        &Options::default(),
    );
    assert_ne!(labels(&report.target), [Copied]);
    let said = "Mr Calloway said the money went to the foundation. \"I was a footballer, not an \
                accountant,\" he said. He denied the claims.";
    for (target, tag) in [
        (
            "\"I was a footballer, not an accountant,\" he told the jury.",
            "told the jury.",
        ),
        (
            "\"I was a footballer, not an accountant,\" he insisted.",
            "insisted.",
        ),
    ] {
        let report = compare(said, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
        let spans: Vec<String> = spans_of(target, &report, 0)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert_eq!(spans, [tag], "{target}");
    }
}

/// A credit put before a copy (`"The court heard that ..."`, `"Prosecutors said ..."`) says
/// only whose report it is, when its words are the source's: the copy stays copied. One that
/// names a speaker the source never has gives the claim to someone else.
#[test]
fn a_credit_put_before_a_copy_keeps_it_copied() {
    let source = "Keeble was sentenced at Croydon Crown Court. One couple in their seventies \
                  handed over £160,000, the proceeds of the sale of their family home.";
    let copy = "one couple in their seventies handed over £160,000, the proceeds of the sale of \
                their family home.";
    for credit in ["The court heard that", "Keeble's court heard that"] {
        let target = format!("{credit} {copy}");
        let report = compare(source, &target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    let target = format!("Her neighbour said that {copy}");
    let report = compare(source, &target, &Options::default());
    assert_ne!(labels(&report.target), [Copied], "{target}");
}

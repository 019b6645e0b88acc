//! Speakers: a sentence that keeps a source sentence's words, or its quotation, but gives them to
//! another person is added and linked with another name, while the same person named another
//! way (another title, a role, the surname alone) is the same speaker.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{
    assert_derived_unchanged, assert_kept, changed_links, judged, labels, span_text,
};

use Label::{Added, Copied, Omitted, Reworded};

/// Asserts whether target sentence `sentence` gives a quote to another speaker than the
/// source does: added and linked with another name, or derived with no fact changed.
fn assert_another_speaker(source: &str, target: &str, sentence: usize, another: bool) {
    let report = compare(source, target, &Options::default());
    let label = report.target.sentences[sentence].label;
    assert_eq!(label == Added, another, "{target}: {label:?}");
    let changed: Vec<_> = report.links.iter().filter_map(|l| l.changed).collect();
    let expected: &[Fact] = if another { &[Fact::Name] } else { &[] };
    assert_eq!(changed, expected, "{target}");
}

/// Another title before a name the source has in the same place is the same person, while another
/// name after the same title is another speaker, and another word before the same name (`"Great
/// Hadden"` for `"Little Hadden"`) another place.
#[test]
fn a_new_title_before_the_same_name_is_the_same_speaker() {
    let source =
        "The court heard that Pc Hollis then arrived and was hit by a bottle outside the club.";
    for (target, derived) in [
        ("The court heard that WPC Hollis then arrived and was hit by a bottle outside the club.", true),
        ("The court heard that Pc Marsh then arrived and was hit by a bottle outside the club.", false),
        ("The court heard that WPC Marsh then arrived and was hit by a bottle outside the club.", false),
        ("The court heard that Sergeant Hollis then arrived and was hit by a bottle outside the club.", true),
        ("The court heard that Tom Hollis then arrived and was hit by a bottle outside the club.", true),
        // Another word before the same name is no title: "Great Hadden" is another place.
        ("The court heard that Pc Hollis then arrived and was hit by a bottle outside the Great Hadden club.", true),
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

/// A kept quote with a new attribution is the same quote reworded, but a speaker the source
/// never names puts the words in another mouth: added, linked to the quote with another name.
#[test]
fn a_quote_given_to_a_speaker_the_source_never_names_is_another_name() {
    let source = "\"We have listened carefully to the objections, but the district needs these \
                  homes,\" said committee chairman Alan Pike. The plans go to a vote in June.";
    let target = "\"We have listened carefully to the objections, but the district needs these \
                  homes,\" said council leader Sarah Hunt. The plans go to a vote in June.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied]);
    assert_eq!(labels(&report.source), [Omitted, Copied]);
    let changed = changed_links(&report);
    assert_eq!(
        changed,
        [
            (vec![0], vec![0], Some(Fact::Name)),
            (vec![1], vec![1], None)
        ]
    );
    // The same speaker named another way keeps the quote reworded.
    let same = "\"We have listened carefully to the objections, but the district needs these \
                homes,\" Mr Pike told reporters. The plans go to a vote in June.";
    let report = compare(source, same, &Options::default());
    assert_eq!(labels(&report.target), [Reworded, Copied]);
}

/// A stranger who opens the sentence is named in full too, though a sentence's first word is
/// capitalised whatever it is: the quote moved to the front of `"Peter Osei told the court:"`
/// is in another mouth, while the source's speaker there keeps it.
#[test]
fn a_quote_given_to_a_stranger_who_opens_the_sentence_is_another_name() {
    let source = "\"The bakery had been losing money for two years,\" Anna Kowal told the court.";
    assert_another_speaker(
        source,
        "Peter Osei told the court: \"The bakery had been losing money for two years.\"",
        0,
        true,
    );
    assert_another_speaker(
        source,
        "Anna Kowal told the court: \"The bakery had been losing money for two years.\"",
        0,
        false,
    );
    assert_another_speaker(
        source,
        "Kowal told the court: \"The bakery had been losing money for two years.\"",
        0,
        false,
    );
}

/// Another word before the same name that is no title names another place or person: `"Great
/// Hadden"` for `"Little Hadden"`. A capital that opens a quotation is no name: `"OK - Nic..."`
/// for `"Okay then - Nic..."` changes no speaker.
#[test]
fn another_word_before_the_same_name_is_another_name() {
    let source = "Fire crews rescued two people from a stranded car near the ford at Little \
                  Hadden on Sunday.";
    let target = "Fire crews rescued two people from a stranded car near the ford at Great \
                  Hadden on Sunday.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let changed: Vec<_> = report.links.iter().map(|l| l.changed).collect();
    assert_eq!(changed, [Some(Fact::Name)]);
    let source = "Asked about the filming, the singer laughed and said: \"Okay then - Nic was \
                  late every single morning on the set.\"";
    let target = "Asked about the filming, the singer laughed and said: \"OK - Nic was late \
                  every single morning on the set.\"";
    let report = compare(source, target, &Options::default());
    assert!(
        report.links.iter().all(|l| l.changed.is_none()),
        "{:?}",
        report.links
    );
    assert_ne!(labels(&report.target), [Added]);
}

/// A quotation moved, full name for full name, to another person is another name, even when
/// the source names that person elsewhere; one it gives to "he" and the target to a full name
/// it never mentions is too. The speaker named another way, or by a role, is the same.
#[test]
fn a_quote_moved_to_another_person_is_another_name() {
    let quote = "\"Ministers have known about this problem for years and have done nothing,\"";
    let source = format!(
        "{quote} said Daniel Okoro. Its general secretary, Fiona Greaves, said heads were tired."
    );
    let target = format!("{quote} said Fiona Greaves.");
    let report = compare(&source, &target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let changed: Vec<_> = report.links.iter().map(|l| l.changed).collect();
    assert_eq!(changed, [Some(Fact::Name)]);

    let source = format!("Labour MP Daniel Okoro said the plan fell short. {quote} he said.");
    for (said, another) in [
        ("said Liberal Democrat spokeswoman Helen Marr.", true),
        ("said Daniel Okoro.", false),
        ("said the Labour MP.", false),
        ("Mr Okoro told reporters.", false),
    ] {
        let target = format!("Labour MP Daniel Okoro said the plan fell short. {quote} {said}");
        assert_another_speaker(&source, &target, 1, another);
    }
}

/// A quote the source gives to `"he"` is whom the source named just before it: the target that
/// gives it to another person the source names elsewhere moves it, even with that person's role
/// after the name, while the person named before it, in full or by title and surname, is the
/// same speaker.
#[test]
fn a_quote_from_he_moved_to_another_named_person_is_another_name() {
    let source = "The harbour board approved the new ferry terminal on Tuesday.\n\n\
                  Harbour master Tom Reed said the design had been changed twice to protect the \
                  old quay wall.\n\n\
                  Local fisherman Dan Pike, who has worked from the quay for 40 years, said the \
                  new berths were too narrow.\n\n\
                  \"Every boat in this harbour will have to queue for the slipway from now on,\" \
                  he said.";
    for (said, another) in [
        ("said harbour master Tom Reed.", true),
        (
            "said Tom Reed, the harbour master in charge of the terminal.",
            true,
        ),
        ("said Dan Pike.", false),
        ("Mr Pike said.", false),
    ] {
        let target = source.replace("he said.", said);
        assert_another_speaker(source, &target, 3, another);
    }
}

/// A quote the source gives to a speaker it leaves unnamed (`"a spokesman"`, `"officials"`)
/// and the target to a full name the source never mentions is put in a named mouth: another
/// name. Given to a person the source names elsewhere, it may be that person's spokesman, and
/// stays derived.
#[test]
fn a_quote_from_an_unnamed_speaker_given_to_a_stranger_is_another_name() {
    let quote = "\"We are deeply saddened by the loss of a dear colleague and friend.\"";
    let source = format!(
        "Karen Holt, the health minister, visited the ward on Monday.\n\nA spokesman said: {quote}"
    );
    for (said, another) in [
        ("Junior minister Tom Avery said:", true),
        ("A hospital official said:", false),
        ("Ms Holt said:", false),
    ] {
        let target = source.replace("A spokesman said:", said);
        assert_another_speaker(&source, &target, 1, another);
    }
    let source = format!("{quote} a council spokeswoman said.");
    let target = format!("{quote} council leader Sarah Hunt said.");
    let report = compare(&source, &target, &Options::default());
    let changed: Vec<_> = report.links.iter().filter_map(|l| l.changed).collect();
    assert_eq!(changed, [Fact::Name]);
}

/// A claim the source credits to one person and the target to another, both named in full in
/// the source, is another name without a quote too; the same person under another name that an
/// article writes beside this one (`"Chief Constable"` in `"Chief Constable Sarah Quinn"`) is
/// not.
#[test]
fn a_claim_credited_to_another_person_is_another_name() {
    let source = "Harbour master Tom Reed said the design had been changed twice to protect the \
                  old quay wall.\n\n\
                  Local fisherman Dan Pike, who has worked from the quay for 40 years, said the \
                  new berths were too narrow.";
    let target = "Dan Pike said the design had been changed twice to protect the old quay wall.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(
        changed_links(&report),
        [(vec![0], vec![0], Some(Fact::Name))]
    );

    let source = "Chief Constable Sarah Quinn opened the new station on Monday.\n\n\
                  On Tuesday Sarah Quinn said the force would recruit 200 officers by the summer.";
    let target = "On Tuesday the Chief Constable said the force would recruit 200 officers by the \
                  summer.";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// A single name the source has elsewhere is no other speaker: a club speaks through its
/// chairman, and a kept quotation does not change that. Only a full name for a full name is.
#[test]
fn a_single_name_from_elsewhere_in_the_source_is_no_other_speaker() {
    let source = "\"We will appeal against this ruling,\" said club chairman Tom Reed. \
                  Rovers were fined £5,000 by the league.";
    let target = "\"We will appeal against this ruling,\" said Rovers.";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// The same speaker moved within the attribution, title first, is the same person: the source
/// sentence itself names them, whichever words the alignment happens to pair.
#[test]
fn the_speaker_moved_within_the_attribution_is_the_same_speaker() {
    let quote = "\"Our customers deserve water they can trust every single day, and this plant \
                 delivers exactly that,\"";
    let source = format!("{quote} said Dana Okafor, general manager of Harwick Valley Water.");
    for said in [
        "general manager Dana Okafor said in a statement.",
        "general manager Dana Okafor told reporters.",
        "Dana Okafor, the general manager, said.",
    ] {
        let target = format!("{quote} {said}");
        let report = compare(&source, &target, &Options::default());
        // Copied or reworded, as the attribution keeps more or fewer of the source's words.
        assert_ne!(labels(&report.target), [Added], "{said}");
        assert_ne!(labels(&report.source), [Omitted], "{said}");
        assert_eq!(changed_links(&report), [(vec![0], vec![0], None)], "{said}");
    }
}

/// A quotation kept word for word and given to another person is another name however long the
/// new attribution is, and wherever it stands, before the quote or after it: the kept words make
/// the link right, so it is linked.
#[test]
fn a_kept_quote_given_to_another_person_links_whatever_the_attribution() {
    let source = "Chief Inspector Mark Hollins said: \u{201c}Please do not travel unless your \
                  journey is absolutely essential.\u{201d}";
    for target in [
        "Devon County Council leader James Whitcombe said: \u{201c}Please do not travel unless \
         your journey is absolutely essential.\u{201d}",
        "\u{201c}Please do not travel unless your journey is absolutely essential,\u{201d} said \
         council leader James Whitcombe.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Added], "{target}");
        assert_eq!(
            changed_links(&report),
            [(vec![0], vec![0], Some(Fact::Name))],
            "{target}"
        );
    }
    // The same person moved after the quote is the same speaker.
    let target =
        "\u{201c}Please do not travel unless your journey is absolutely essential,\u{201d} \
                  said Chief Inspector Mark Hollins.";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// A quote the source gives to the person it names beside it, moved to another person named
/// beside it in the target, is another name wherever else the source names that person, and
/// on whichever side of the quote either name stands. A name beside other words is no
/// speaker: the source that gives a claim about Tom Reed to "the auditor" lets the target name
/// her.
#[test]
fn a_quote_moved_from_the_person_beside_it_to_another_is_another_name() {
    let source = "Judge Helen Marsh jailed Derek Holloway for four years on Monday.\n\n\
                  Prosecutor Anne Kapoor told the court: \"This was a calculated and sustained \
                  deception.\"";
    let target = "Judge Helen Marsh jailed Derek Holloway for four years on Monday.\n\n\
                  \"This was a calculated and sustained deception,\" said Judge Helen Marsh.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Added]);
    assert_eq!(
        changed_links(&report),
        [
            (vec![0], vec![0], None),
            (vec![1], vec![1], Some(Fact::Name))
        ]
    );

    let source = "Auditor Mary Finch published her report on the council's accounts on Monday.\n\n\
                  Council leader Tom Reed was said to have given \"a false picture of the \
                  budget\" to residents, the auditor stated.";
    let target = "Auditor Mary Finch published her report on the council's accounts on Monday.\n\n\
                  Auditor Mary Finch said the council leader had given \"a false picture of the \
                  budget\" to residents.";
    let report = compare(source, target, &Options::default());
    assert!(
        report.links.iter().all(|l| l.changed.is_none()),
        "{:?}",
        changed_links(&report)
    );
}

/// A sentence added for a changed fact but too far from its source to link shows the phrases it
/// took word for word, like any added sentence.
#[test]
fn an_unlinked_changed_sentence_shows_its_verbatim_phrases() {
    let source = "Mayor Ann Clarke said the repairs to the sea wall would cost at least £2m.";
    let target = "A spokesman for the harbour board, Tom Reed, said the repairs to the sea wall \
                  would cost at least £2m.";
    let report = compare(source, target, &Options::default());
    assert!(report.links.is_empty());
    let sentence = &report.target.sentences[0];
    let copied: Vec<String> = sentence
        .spans
        .iter()
        .filter(|span| span.label == Copied)
        .map(|span| span_text(target, span.start, span.end))
        .collect();
    assert_eq!(
        copied,
        ["said the repairs to the sea wall would cost at least £2m."]
    );
}

/// Two quotes whose speakers trade places: each is another name, even when the target carries a
/// speaker's description over with her name, so that the sentence she was quoted in also holds
/// some of the other quote's attribution words. Neither source quote reads as copied.
#[test]
fn quotes_whose_speakers_trade_places_are_each_another_name() {
    let source = "\"Shutting the library would tear the heart out of the estate,\" said reader \
                  Priya Nair, whose three children borrow books there every week.\n\n\
                  Librarian Tom Fisk said visits had risen by a fifth since the spring.\n\n\
                  \"Our children are reading more than ever, and the loans show it,\" he said.";
    let target = "\"Shutting the library would tear the heart out of the estate,\" said librarian \
                  Tom Fisk.\n\n\
                  Librarian Tom Fisk said visits had risen by a fifth since the spring.\n\n\
                  \"Our children are reading more than ever, and the loans show it,\" said Priya \
                  Nair, whose three children borrow books there every week.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied, Added]);
    assert_eq!(
        changed_links(&report),
        [
            (vec![0], vec![0], Some(Fact::Name)),
            (vec![1], vec![1], None),
            (vec![2], vec![2], Some(Fact::Name)),
        ]
    );
    assert_eq!(labels(&report.source), [Omitted, Copied, Omitted]);
}

/// Two names that trade places around the words a copy kept reverse who did what: another name,
/// though every word is still there. Names joined only by `"and"`, or moved with their words,
/// say the same.
#[test]
fn names_that_trade_places_are_another_name() {
    for (source, target) in [
        (
            "Dunmore Rovers came from behind to beat Castlebridge Athletic 3-1 at Mill Road on Saturday.",
            "Castlebridge Athletic came from behind to beat Dunmore Rovers 3-1 at Mill Road on Saturday.",
        ),
        (
            "Councillor Ann Clarke defeated Tom Reed in the vote for the chair of the planning committee.",
            "Tom Reed defeated Councillor Ann Clarke in the vote for the chair of the planning committee.",
        ),
    ] {
        assert_eq!(
            changed_links(&compare(source, target, &Options::default())),
            [(vec![0], vec![0], Some(Fact::Name))],
            "{target}"
        );
    }
    for (source, target) in [
        (
            "Ann Clarke and Tom Reed said the new bridge over the Harlow would open in the spring.",
            "Tom Reed and Ann Clarke said the new bridge over the Harlow would open in the spring.",
        ),
        (
            "Dunmore Rovers came from behind to beat Castlebridge Athletic 3-1 at Mill Road on Saturday.",
            "Castlebridge Athletic were beaten 3-1 by Dunmore Rovers, who came from behind at Mill Road on Saturday.",
        ),
    ] {
        assert_derived_unchanged(&compare(source, target, &Options::default()));
    }
}

/// A quote that names its speaker from the sentence before it copies the quote, not that
/// sentence: when it takes only the name, that sentence's own claim is omitted, and the quote's
/// one counterpart is the sentence that holds it.
#[test]
fn a_sentence_that_gives_a_quote_only_its_speakers_name_is_omitted() {
    let source = "Traders on the high street fear the works will drive shoppers away.\n\n\
                  Its chairwoman, Agnes Kolar, said many shops were still recovering from the \
                  loss of trade during the pandemic.\n\n\
                  \"We are not against the tram, but we cannot survive two years behind \
                  fences,\" she said.";
    let target = "Traders on the high street fear the works will drive shoppers away.\n\n\
                  \"We are not against the tram, but we cannot survive two years behind \
                  fences,\" said chairwoman Agnes Kolar.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    assert_eq!(labels(&report.source), [Copied, Omitted, Copied]);
    assert_eq!(
        changed_links(&report),
        [(vec![0], vec![0], None), (vec![2], vec![1], None)]
    );
}

/// A quote or a deed given to another person the source names, by surname or title and surname
/// as second references are written, is another name; so is one team or party for the other in a
/// near copy. A name misspelt by one letter (`"Kattab"` for `"Khattab"`) is the same person, and
/// a dateline (`"Kyiv:"`) is no name run with the words after it.
#[test]
fn one_name_for_another_the_source_names_is_another_name() {
    let people = "Detective Inspector Karen Lowe said a boy had been arrested.\n\n\
        Headteacher Owen Price said the school would reopen on Wednesday.\n\n";
    let quote = "\"Our pupils have lost work they spent months on, and that is heartbreaking.\"";
    for (said, swapped) in [
        (
            format!("Mr Price said: {quote}"),
            format!("Ms Lowe said: {quote}"),
        ),
        (
            format!("{},\" Price said.", quote.trim_end_matches(".\"")),
            format!("{},\" Lowe said.", quote.trim_end_matches(".\"")),
        ),
    ] {
        let report = compare(
            &format!("{people}{said}"),
            &format!("{people}{swapped}"),
            &Options::default(),
        );
        assert_eq!(labels(&report.target), [Copied, Copied, Added], "{swapped}");
        assert_eq!(changed_links(&report)[2].2, Some(Fact::Name), "{swapped}");
    }
    let teams = "Castlebridge Athletic drew 1-1 with Dunmore Rovers on Saturday.\n\n";
    let report = compare(
        &format!("{teams}Castlebridge equalised eight minutes after the break."),
        &format!("{teams}Dunmore equalised eight minutes after the break."),
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied, Added]);
    let (labels_of, changed) = judged(
        "The Greens gained 312 votes on the 2022 result, while Labour lost 540.",
        "Labour gained 312 votes on the 2022 result, while the Greens lost 540.",
    );
    assert_eq!((labels_of, changed), (vec![Added], vec![Some(Fact::Name)]));
    assert_kept(
        "Chemist Lisa Lloyd was fined £1,000 and trainee Zaid Khattab was fined £750 yesterday.",
        "Chemist Lisa Lloyd was fined £1,000 and trainee Zaid Kattab was fined £750 yesterday.",
    );
    assert_kept(
        "Ukrainian President Volodymyr Zelenskiy said North Korean troops in Kursk are suffering heavy losses.",
        "Kyiv: North Korean troops in Kursk are suffering heavy losses, Ukrainian President Volodymyr Zelenskiy said.",
    );
}

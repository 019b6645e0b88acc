//! Quotes: a quotation kept word for word but given to another speaker than the source's is
//! added and linked with another name, whoever else the source names; the same speaker named
//! another way keeps it derived.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::fixtures::lesson;
use common::shapes::{assert_derived_unchanged, assert_labels, changed_links, labels, spans_of};

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

/// A kept quote with a new attribution for the same speaker is still the quote copied, but a
/// speaker the source never names puts the words in another mouth: added, linked to the quote with another name.
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
    // The same speaker named another way keeps the quote copied, the new credit reworded.
    let same = "\"We have listened carefully to the objections, but the district needs these \
                homes,\" Mr Pike told reporters. The plans go to a vote in June.";
    let report = compare(source, same, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    assert_eq!(
        spans_of(same, &report, 0),
        [(Reworded, "told reporters.".to_string())]
    );
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

/// A quotation moved to another person the source names is another name also when the source's
/// speaker opens its sentence (`"Imogen Vale said: ..."`), when the target names that speaker in
/// another sentence, and when the source calls the speaker by the surname alone beside the verb
/// of speech (`"..., Coldwell said."`). That surname told as the speaker's role (`"the
/// prosecutor"`) is the same person.
#[test]
fn a_quote_moved_from_a_speaker_the_sentence_drops_is_another_name() {
    let quote = "\"I honestly thought we were making a quiet little show about a village and the \
                 sea.\"";
    let source = format!(
        "Producer Callum Tierney said a second series was written. Imogen Vale said: {quote}"
    );
    for (target, another) in [
        (
            format!("Imogen Vale plays the detective. Producer Callum Tierney told me: {quote}"),
            true,
        ),
        (
            format!("Imogen Vale plays the detective. Imogen Vale told me: {quote}"),
            false,
        ),
    ] {
        assert_another_speaker(&source, &target, 1, another);
    }
    let source = "Prosecutor Ruth Coldwell questioned him. Mr Justice Farrant is hearing \
                  the case. \"You have no evidence that anyone listened to your voicemails,\" \
                  Coldwell said.";
    for (said, another) in [
        ("Mr Justice Farrant told the actor.", true),
        ("Ms Coldwell told the actor.", false),
        ("the prosecutor told the actor.", false),
    ] {
        let target =
            format!("\"You have no evidence that anyone listened to your voicemails,\" {said}");
        assert_another_speaker(source, &target, 0, another);
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

/// A role moved before the name, as house style moves it, leaves a copy of the quote copied,
/// even where the appositive it came from named the organisation too; a role the source does
/// not give the speaker is a rewording of the attribution.
#[test]
fn a_role_moved_before_the_name_is_still_a_copy() {
    let source = "Sarah Okafor, chief executive of Hartwell Food Bank, said: \"No one in a town \
                  like ours should have to choose between heating their home and feeding their \
                  children.\"";
    let moved = "Chief executive Sarah Okafor said: \"No one in a town like ours should have to \
                 choose between heating their home and feeding their children.\"";
    let report = compare(source, moved, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    assert!(report.links.iter().all(|l| l.changed.is_none()));
    let another_role = "Campaigner Sarah Okafor said: \"No one in a town like ours should have \
                        to choose between heating their home and feeding their children.\"";
    let report = compare(source, another_role, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
}

/// A role moved back after the name, as an aside that may name the organisation the source
/// names elsewhere, leaves the quote copied, with only the organisation marked added; a role the
/// source does not give the speaker, or two titles shortened, are no other speaker.
#[test]
fn a_role_moved_after_the_name_or_shortened_is_still_a_copy() {
    let quote = "\"No one should need a food parcel to get through the week.\"";
    let source =
        format!("The charity said demand had doubled. Chief executive Ruth Okonjo said: {quote}");
    let moved = format!("Ruth Okonjo, the charity's chief executive, said: {quote}");
    let report = compare(&source, &moved, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    assert_eq!(
        spans_of(&moved, &report, 0),
        [(Added, "the charity's".to_string())]
    );
    let another_role = format!("Ruth Okonjo, the charity's founder, said: {quote}");
    let report = compare(&source, &another_role, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let source = format!("Detective Superintendent Grace Okafor, who led the raids, said: {quote}");
    let shortened = format!("Det Supt Grace Okafor, who led the raids, said: {quote}");
    assert_another_speaker(&source, &shortened, 0, false);
    assert_eq!(
        labels(&compare(&source, &shortened, &Options::default()).target),
        [Copied]
    );
}

/// A quote's attribution moved from before it to after it, as house style moves it, or a time
/// moved to the end, leaves a copy copied; a word the move changes or adds, or a second phrase
/// moved, makes it a rewording, and a `not` slipped in turns it.
#[test]
fn a_copy_with_its_attribution_moved_is_still_a_copy() {
    let source =
        "Education minister Grace Okonjo said: \"No child should start the school day too \
                  hungry to learn.\" On Monday the regional government published the guidance \
                  for schools.";
    let cases = [
        (
            "\"No child should start the school day too hungry to learn,\" Education minister \
             Grace Okonjo said. The regional government published the guidance for schools on \
             Monday.",
            [Copied, Copied],
        ),
        (
            "\"No child should start the school day too hungry to learn,\" Education secretary \
             Grace Okonjo said. The regional government published the guidance for schools on \
             Monday.",
            [Reworded, Copied],
        ),
        (
            "\"No child should start the school day too hungry to learn,\" Education minister \
             Grace Okonjo said. For schools the regional government published the guidance on \
             Monday.",
            [Copied, Reworded],
        ),
    ];
    for (target, expected) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), expected, "{target}");
        assert!(report.links.iter().all(|l| l.changed.is_none()), "{target}");
        // The moved words are the source's: no span marks them new.
        let first = &report.target.sentences[0];
        if first.label == Copied {
            assert!(first.spans.is_empty(), "{target}: {:?}", first.spans);
        }
    }
    // A club's name dropped from the moved attribution is trimmed, as a near copy trims.
    let report = compare(
        "Harwick manager Gary Finch said: \"We were poor in the first half, but the lads showed \
         great character.\"",
        "\"We were poor in the first half, but the lads showed great character,\" said manager \
         Gary Finch.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied]);
    // An opening phrase set off by a comma, moved to the end.
    let report = compare(
        "As a precaution, cooling towers at three sites have been disinfected.",
        "Cooling towers at three sites have been disinfected as a precaution.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied]);
    let turned = compare(
        source,
        "\"No child should not start the school day too hungry to learn,\" Education minister \
         Grace Okonjo said.",
        &Options::default(),
    );
    assert_ne!(labels(&turned.target)[0], Copied);
}

/// A quote told as reported speech is the writer's words now, not the speaker's: reworded,
/// however many of them it keeps. The same change inside the quote's marks leaves a copy, and so
/// do the marks dropped alone; single marks, as British papers write them, are marks too.
#[test]
fn a_quote_told_as_reported_speech_is_reworded() {
    let source = "In a statement read to the court, the charity's chair, Alan Whitfield, said: \
                  \"The money Gillian took would have paid for 4,000 hours of nursing care for \
                  dying children.\"";
    let opening = "In a statement read to the court, the charity's chair, Alan Whitfield, said";
    let cases = [
        (" the money she took would have paid for 4,000 hours of nursing care for dying children.", Reworded),
        (": 'The money she took would have paid for 4,000 hours of nursing care for dying children.'", Copied),
        (" the money Gillian took would have paid for 4,000 hours of nursing care for dying children.", Copied),
    ];
    for (rest, expected) in cases {
        let target = format!("{opening}{rest}");
        let report = compare(source, &target, &Options::default());
        assert_eq!(labels(&report.target), [expected], "{target}");
    }
}

/// Reported speech turns the speaker's `"I"` and `"you"` into the writer's `"he"`, `"she"` or
/// `"they"`: a sentence that does so reports the quote, even when every content word is kept.
/// The same pronoun inside the quote's marks is a copy.
#[test]
fn a_quote_whose_i_or_you_becomes_he_or_she_is_reported() {
    let source = "Sentencing him, Judge Anne Corbett told Kell: \"You caused misery to people who \
                  had done nothing to deserve it.\"";
    let cases = [
        (
            "Judge Anne Corbett told him he had caused misery to people who had done nothing to \
             deserve it.",
            Reworded,
        ),
        (
            "Sentencing him, Judge Anne Corbett told Kell: \"You caused misery to people who had \
             done nothing to deserve it.\"",
            Copied,
        ),
    ];
    assert_labels(source, &cases);
    let source = "\"We have let our customers down and we are sorry,\" the chief executive, \
                  Mark Ellis, said on Monday.";
    let target = "The chief executive, Mark Ellis, said on Monday they had let their customers \
                  down and were sorry.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded], "{target}");
}

/// A speech tag hung on a quote kept word for word only says who spoke, which the source said
/// elsewhere: the quote stays copied whatever the verb, and when the quote is cut short where
/// the tag now stands. New words beside the tag, or a tag that turns the quote into reported
/// speech, make a rewording.
#[test]
fn a_speech_tag_hung_on_a_kept_quote_keeps_it_copied() {
    let source = "The chef spoke about closing her first restaurant. \"I don't regret it for a \
                  second. Cooking was the only thing I knew how to do.\"";
    let cases = [
        ("\"I don't regret it for a second,\" she said.", Copied),
        ("\"I don't regret it for a second,\" she insisted.", Copied),
        (
            "\"I don't regret it for a second,\" she explained tearfully.",
            Reworded,
        ),
        ("She said she did not regret it for a second.", Reworded),
    ];
    assert_labels(source, &cases);
    // Cut short where the credit now stands, with the speaker's role: still the quote.
    let source = "Giving judgment, she said: \"There is no evidence that he took a penny. The \
                  documents show, at most, confusion in the payroll during a period of rapid \
                  expansion.\"";
    let cases = [
        (
            "\"The documents show, at most, confusion in the payroll,\" the judge added.",
            Copied,
        ),
        // Words after the cut that say more than who spoke are the writer's own.
        (
            "\"The documents show, at most, confusion in the payroll,\" she said of the accounts.",
            Reworded,
        ),
    ];
    assert_labels(source, &cases);
}

/// A quote copied whole under an attribution of the target's own is a copy: what the sentence
/// reports is the quote, and readers call it copied, with the new credit marked reworded, even
/// where the credit breaks the quote in two (`"\"I wrote this play,\" Hale said, \"while ...\""`). An
/// attribution that drops the speaker's name changes who is quoted, and a frame that tells an
/// event of its own (`"The jury heard a recording in which ..."`) says more than a credit: both
/// stay rewordings.
#[test]
fn a_quote_copied_whole_under_a_new_attribution_is_copied() {
    let source = "Sentencing him, Judge Helen Marsh said: \"You preyed on people who trusted \
        you.\" \"You took from them not just their savings but their sense of safety.\"\n\n\
        Collecting the award at the Riverside Theatre in Leeds, Tamsin Hale said: \"I wrote this \
        play at my kitchen table while my children slept upstairs.\"\n\n\
        Union general secretary Dawn Whitlock said: \"Our members do not want to disrupt \
        anyone's holiday, but they have been left with no choice.\"\n\n\
        A home is not a luxury.";
    let cases = [
        // A short quote, the whole of a speech's line, under a credit that says less.
        ("\"A home is not a luxury,\" she told delegates.", Copied),
        (
            "Judge Helen Marsh told Pike: \"You took from them not just their savings but their \
             sense of safety.\"",
            Copied,
        ),
        (
            "\"I wrote this play at my kitchen table while my children slept upstairs,\" she told \
             the audience at the Riverside Theatre in Leeds.",
            Copied,
        ),
        // The quote broken by its attribution, as reporters often set it.
        (
            "\"I wrote this play at my kitchen table,\" Hale said, \"while my children slept \
             upstairs.\"",
            Copied,
        ),
        // Credited in writing or as a declaration: verbs of speech too.
        (
            "\"I wrote this play at my kitchen table while my children slept upstairs,\" Hale \
             wrote.",
            Copied,
        ),
        (
            "Judge Helen Marsh declared: \"You took from them not just their savings but their \
             sense of safety.\"",
            Copied,
        ),
        // Broken by words that are no attribution, the two halves are two quotes.
        (
            "\"I wrote this play at my kitchen table,\" and a week later, \"while my children \
             slept upstairs.\"",
            Reworded,
        ),
        (
            "\"Our members do not want to disrupt anyone's holiday, but they have been left with \
             no choice,\" a union spokesman said.",
            Reworded,
        ),
        (
            "The jury heard a recording in which she told a friend: \"I wrote this play at my \
             kitchen table while my children slept upstairs.\"",
            Reworded,
        ),
    ];
    for (target, expected) in cases {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label, expected, "{target}");
        if expected == Copied {
            assert!(
                sentence.spans.iter().all(|s| s.label == Reworded),
                "{target}: {:?}",
                sentence.spans
            );
        }
    }
}

/// A quote copied whole under the source's credit, its words moved among others that name the
/// speaker's body from the sentence before, is a copy: `"Priya Lomax, chairwoman of the
/// Caldbridge Hospitality Association, said"` for `"Its chairwoman, Priya Lomax, said"`. A role
/// the source never gives the speaker still rewords the credit.
#[test]
fn a_quote_under_its_credit_recast_with_the_bodys_name_is_copied() {
    let source = "The Caldbridge Hospitality Association said 19 restaurants had closed this \
        year. Its chairwoman, Priya Lomax, said: \"When a name this big cannot make it work, it \
        tells you everything about the state of the industry.\"";
    for (target, expected) in [
        (
            "Priya Lomax, chairwoman of the Caldbridge Hospitality Association, said: \"When a \
             name this big cannot make it work, it tells you everything about the state of the \
             industry.\"",
            Copied,
        ),
        (
            "Priya Lomax, a restaurant owner and campaigner, said: \"When a name this big cannot \
             make it work, it tells you everything about the state of the industry.\"",
            Reworded,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [expected], "{target}");
    }
}

/// A live blog's time stamp says nothing the sentence copies: a quote copied whole under the
/// source's credit, moved before it, is a copy after a stamp as without one.
#[test]
fn a_quote_with_its_credit_moved_under_a_live_blogs_time_stamp_is_copied() {
    let source = "\"Our crews have worked through the night in very difficult conditions, and we \
        are sorry to everyone still waiting,\" said Pennine Grid's operations director, Alison \
        Marsh.";
    for (target, expected) in [
        (
            "09:40 - Pennine Grid's operations director, Alison Marsh, said: \"Our crews have \
             worked through the night in very difficult conditions, and we are sorry to everyone \
             still waiting.\"",
            Copied,
        ),
        (
            "10:15 GMT - Alison Marsh said: \"Our crews have worked through the night in very \
             difficult conditions, and we are sorry to everyone still waiting.\"",
            Copied,
        ),
        // The stamp hides no new speaker.
        (
            "09:40 - A union spokesman said: \"Our crews have worked through the night in very \
             difficult conditions, and we are sorry to everyone still waiting.\"",
            Reworded,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [expected], "{target}");
    }
}

/// A quote copied whole under its source's own credit, however long, moved after it, is a copy;
/// the source's words told as reported speech that leads into a quoted phrase are a rewording,
/// and so are the source's reported words given as a quote.
#[test]
fn a_quote_under_its_sources_long_credit_moved_after_it_is_copied() {
    let source = "Lead author Dr Hannah Osei, of the university's School of Biomedical Sciences, \
        said: \"We were surprised by how large the effect was in these older animals.\" The mice \
        were fed the bacterium for eight weeks.";
    let target = "\"We were surprised by how large the effect was in these older animals,\" said \
        lead author Dr Hannah Osei, of the university's School of Biomedical Sciences.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let source = "Sentencing remarks of His Honour Judge Whitcombe\n\nBut the culpability in this \
        case is of the highest order.";
    let target =
        "Sentencing him, Judge Andrew Whitcombe said the culpability in the case was \"of \
        the highest order\".";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    // Words the source reports are no quote of the speaker's.
    let source = "The water board will raise bills.\n\nBoard chair Ilse Marrow said households \
        must pay for the repairs to the dam.";
    let target =
        "\"Households must pay for the repairs to the dam,\" said board chair Ilse Marrow.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
}

/// A quote copied whole stays a copy when its attribution tells where or when it was said: the
/// occasion is the target's own and marked added, the new credit reworded. An occasion that says
/// more than the quote is news of its own, and one in place of the source's own rewords the
/// attribution.
#[test]
fn a_quote_copied_whole_under_an_occasion_of_its_own_is_copied() {
    let source = "Mayor Ana Velasquez said the city would reopen the Harbour Road bridge on \
        Monday. \"We have inspected every bolt and every beam, and the bridge is safe,\" \
        Velasquez said. Engineers closed the bridge in March after cracks were found.";
    let quote = "\"We have inspected every bolt and every beam, and the bridge is safe";
    let cases = [
        (
            format!("{quote},\" Velasquez said at an afternoon news conference."),
            Copied,
            vec!["at an afternoon news conference."],
        ),
        (
            format!("Velasquez said at a news conference on Thursday: {quote}.\""),
            Copied,
            vec!["Velasquez said", "at a news conference on Thursday:"],
        ),
        (
            format!("Velasquez told supporters at the count: {quote}.\""),
            Copied,
            vec!["Velasquez told supporters", "at the count:"],
        ),
        (
            format!(
                "{quote},\" Velasquez said at a crowded meeting of angry residents, shopkeepers \
                 and ferry workers in the old town hall on Thursday night."
            ),
            Reworded,
            vec![],
        ),
    ];
    for (target, label, parts) in cases {
        let report = compare(source, &target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label, label, "{target}");
        if label == Copied {
            let got: Vec<(&str, Label)> = sentence
                .spans
                .iter()
                .map(|s| (&target[s.start..s.end], s.label))
                .collect();
            let mut want: Vec<(&str, Label)> = Vec::new();
            for (k, part) in parts.iter().enumerate() {
                let last = k + 1 == parts.len();
                want.push((part, if last { Added } else { Reworded }));
            }
            assert_eq!(got, want, "{target}");
        }
    }
    // An occasion in place of the source's own rewords the attribution.
    let told = source.replace("Velasquez said.", "Velasquez told reporters on Wednesday.");
    let target = format!("{quote},\" Velasquez said at an afternoon news conference.");
    let report = compare(&told, &target, &Options::default());
    assert_eq!(report.target.sentences[0].label, Reworded, "{target}");
}

/// A police force's post, a head's letter or a company's release speaks in its own voice. A
/// story that recasts it in the third person, dropping its `"we"` with no word in its place,
/// reports it: a rewording, however many words it keeps. Kept in its voice, bare or quoted, it
/// is a copy, and so it is when a stand-in takes the person's place or a possessive goes, as
/// readers call a release transcribed with `"the charity"` for `"we"`.
#[test]
fn a_statement_recast_in_the_third_person_is_reworded() {
    let post = "Thank you for your patience while our officers and the air ambulance crew work \
        at the scene on Brook Lane.";
    for target in [
        "Thank you for your patience while our officers and the air ambulance crew work at the \
         scene on Brook Lane.",
        "\"Thank you for your patience while our officers and the air ambulance crew work at \
         the scene on Brook Lane,\" the force said.",
    ] {
        let report = compare(post, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    let release = "Between April and March, we provided 14,862 emergency food parcels to local \
        households.\n\nOur volunteers gave more than 31,400 hours of their time, the equivalent \
        of 17 full-time staff.";
    let story = "Between April and March, the charity provided 14,862 emergency food parcels to \
        local households.\n\nVolunteers gave more than 31,400 hours of their time, the \
        equivalent of 17 full-time staff.";
    let report = compare(release, story, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    let letter = "From September, we will add a 15-minute reading session at the start of each \
        afternoon at Hartley Academy.";
    let story = "From September, a 15-minute reading session will be added at the start of each \
        afternoon at Hartley Academy.";
    let report = compare(letter, story, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
}

#[test]
fn a_quote_the_source_never_gave_is_added() {
    let report = "Vale went ahead on 67 minutes when Maddox curled a free-kick into the top \
        corner from 25 yards.";
    let cases = [
        // A fan's words on the same moment share its names, not its wording.
        (
            report,
            "\"When Maddox's free-kick went in, the whole stand was bouncing,\" she said.",
            Added,
        ),
        // Reported speech made a quote rewords it.
        (
            "Police said the driver had been travelling at 90mph on the wet bypass near \
             Kelsford before the crash.",
            "\"He was doing 90mph on a wet road just before the crash,\" an officer said.",
            Reworded,
        ),
        // A statement in its author's voice quoted: its words, in their marks.
        (
            "We will reopen the park and its lakeside cafe in the spring, once the new paths \
             are laid.",
            "\"We will reopen the park and its lakeside cafe in the spring, once the new paths \
             are laid,\" the council said.",
            Copied,
        ),
    ];
    for (source, target, label) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{target}");
    }
}

/// A long quotation kept word for word is the source's line, even when it carries only one
/// content word and the sentence wraps a frame of its own around it: derived, the quote marked
/// copied and the new frame added. A short quote under such a frame is not enough.
#[test]
fn a_long_quote_kept_word_for_word_under_a_new_frame_is_derived() {
    let source = "Hi everyone, this is a hard one to write.\n\n\
                  But I have to be honest with you and with myself. I'm not ok.";
    let target = "In an emotional post on Tuesday, the singer told fans: \"I have to be honest \
                  with you and with myself.\"";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(
        spans_of(target, &report, 0),
        [
            (
                Added,
                "In an emotional post on Tuesday, the singer told fans:".to_string()
            ),
            (
                Copied,
                "\"I have to be honest with you and with myself.\"".to_string()
            ),
        ]
    );
    let short = "In an emotional post on Tuesday, the singer told fans: \"I'm not ok.\"";
    let report = compare(source, short, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
}

/// A quotation that runs on past its first sentence is the speaker's whom its first sentence
/// names: its later sentence kept word for word and given to another person, by full name or
/// by surname, is another name. The same speaker named another way keeps it, and so do names
/// that stand elsewhere: whom the quote is told to, where it was said, whom it is about. A
/// quote after a sentence that reports no speech is no one's.
#[test]
fn a_quote_that_runs_on_given_to_another_person_is_another_name() {
    let opened = "The theatre announced its autumn season on Monday. Director Kwame Asante-Rowe \
                  said: \"Imogen writes with real fire. We are thrilled to open the season with \
                  a story that feels so urgent.\" The actor Dan Quinlan plays the lead.";
    let quote = "\"We are thrilled to open the season with a story that feels so urgent,\"";
    for (credit, another) in [
        ("says Quinlan.", true),
        ("says actor Dan Quinlan.", true),
        ("Mr Quinlan added.", true),
        ("says Asante-Rowe.", false),
        ("Kwame Asante-Rowe said.", false),
        ("the director said.", false),
        ("he said outside the Royal Exchange.", false),
    ] {
        assert_another_speaker(opened, &format!("{quote} {credit}"), 0, another);
    }
    // After a sentence credited by title and surname, told to someone the target names.
    let titled = "\"For too long this city has been run for consultants,\" said Ms Okonedo. \
                  \"Families here are paying more and getting less. That ends now.\"";
    for (target, another) in [
        (
            "\"Families here are paying more and getting less,\" Mr Varley added.",
            true,
        ),
        (
            "\"Families here are paying more and getting less,\" Ms Okonedo added.",
            false,
        ),
        (
            "Ms Okonedo told Mr Varley: \"Families here are paying more and getting less.\"",
            false,
        ),
        (
            "She said Mr Varley, the council leader, \"is paying more and getting less\".",
            false,
        ),
    ] {
        assert_another_speaker(titled, target, 0, another);
    }
    // Police named a man; nothing reports who spoke the quote after it.
    let unsaid = "Police named the man as John Hale. \"He was a kind and gentle soul who \
                  loved his family.\"";
    let target =
        "\"He was a kind and gentle soul who loved his family,\" said his sister Ann Hale.";
    assert_another_speaker(unsaid, target, 0, false);
}

/// A quotation that runs on from a person the source names is theirs, not a spokesman's: its
/// later sentence given to a spokesman is another name, unless the source calls the person one
/// or the spokesman speaks for the body the source names beside them.
#[test]
fn a_quote_that_runs_on_given_to_a_spokesman_is_another_name() {
    let opened = "Kirsty Vane is to leave the breakfast show after nine years. Vane said: \"It \
                  has been the privilege of my life. I will miss the team enormously and I want \
                  to thank every viewer.\" The broadcaster said a new line-up would follow.";
    let quote = "\"I will miss the team enormously and I want to thank every viewer.\"";
    for (target, another) in [
        (format!("A Beacon TV spokeswoman added: {quote}"), true),
        (
            format!("{quote} said a spokesman for the broadcaster."),
            true,
        ),
        (format!("Vane added: {quote}"), false),
        (format!("She added: {quote}"), false),
    ] {
        assert_another_speaker(opened, &target, 0, another);
    }
    let spokesman = "The club confirmed the sale on Friday. Club spokesman Tom Reed said: \"We \
                     are sad to see him go. He leaves with our thanks and best wishes.\"";
    let target = "A club spokesman added: \"He leaves with our thanks and best wishes.\"";
    assert_another_speaker(spokesman, target, 0, false);
    // A spokesman for the company its chief executive speaks for.
    let chief = "The tower would rise 41 storeys. Castellan chief executive Richard Vane said: \
                 \"This is a chance to revive the waterfront. We are incredibly proud to be \
                 investing in this city.\"";
    let target = "\"We are incredibly proud to be investing in this city,\" a Castellan \
                  spokesperson added.";
    assert_another_speaker(chief, target, 0, false);
}

/// A bystander is another speaker too: a run-on quote given to `"a neighbour"` or `"a friend"`
/// puts an inspector's words in another mouth, where the police, or the speaker's family,
/// may speak for their own.
#[test]
fn a_quote_that_runs_on_given_to_a_neighbour_is_another_name() {
    let source = "Inspector Carla Denning, who is leading the search, said: \"We are becoming \
                  increasingly concerned for his welfare. Dennis is a keen bird-watcher and may \
                  be drawn to open spaces near water.\"";
    let quote = "\"Dennis is a keen bird-watcher and may be drawn to open spaces near water.\"";
    for (target, another) in [
        (
            format!("A neighbour told the Caldbridge Echo: {quote}"),
            true,
        ),
        (format!("{quote} said a friend."), true),
        (format!("Inspector Denning added: {quote}"), false),
        (format!("His family said: {quote}"), false),
        // Whom the speaker told is no speaker.
        (
            format!("Inspector Denning told a neighbour: {quote}"),
            false,
        ),
    ] {
        assert_another_speaker(source, &target, 0, another);
    }
}

/// A quotation that runs on after an unnamed speaker (`"A source at the club said:"`) is no
/// named person's: its later sentence given to someone the source names is another name, while
/// a name the source never gives may be the paper's own knowledge of who spoke, and the unnamed
/// speaker kept keeps it.
#[test]
fn a_quote_that_runs_on_from_an_unnamed_speaker_given_to_a_named_person_is_another_name() {
    let source = "Redmoor manager Stefan Aalto wants another wide forward this month. A source at \
                  Redmoor said: \"Mateo is exactly the type of player we want. There is still work \
                  to do, but both clubs want to find a solution.\"";
    let quote = "\"There is still work to do, but both clubs want to find a solution,\"";
    for (credit, another) in [
        ("Redmoor manager Stefan Aalto told the Ledger.", true),
        ("said Aalto.", true),
        ("a source at Redmoor told the Ledger.", false),
        ("said club secretary Jo Penhaligon.", false),
    ] {
        assert_another_speaker(source, &format!("{quote} {credit}"), 0, another);
    }
}

/// A quote credited by `"he said"` to a speaker the target has just named, whom the source
/// never names, is that speaker's reaction, however many of the source's words it shares. The
/// same pronoun after a speaker the source names, or a quote kept nearly whole, is not.
#[test]
fn a_quote_whose_pronoun_stands_for_a_speaker_of_the_targets_own_is_added() {
    let source = "The government has announced £120m for rural bus routes. Transport minister \
                  Helen Cartwright said the money, to be spread over three years, would help \
                  councils keep open services that had become commercially unviable.";
    let reaction = "\"This money will be spread so thinly over three years that most passengers \
                    will never notice it,\" he said.";
    let target = format!(
        "The government has announced £120m for rural bus routes. But opposition spokesman \
         Daniel Fairley said the sum was \"a drop in the ocean\". {reaction}"
    );
    let report = compare(source, &target, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Added, Added], "{target}");
    let target = format!(
        "The government has announced £120m for rural bus routes. Transport minister Helen \
         Cartwright said the fund was \"a lifeline\". {}",
        reaction.replace("he said", "she said")
    );
    let report = compare(source, &target, &Options::default());
    assert_ne!(report.target.sentences[2].label, Added, "{target}");
}

/// A quote credited by a pronoun is given to the speaker the sentence before it names: another
/// speaker than the source's puts the words in another mouth, a relative with the same surname
/// included, while the source's own speaker, named any way, keeps them theirs, and a pronoun
/// after a sentence that names no speaker gives them to no one new.
#[test]
fn a_quote_credited_by_a_pronoun_after_another_speaker_is_another_name() {
    let unit = "Dr Priya Anand, the trust's chief medical officer, said: \"This is the biggest \
                investment in our maternity services for a generation.\"\n\nHead of midwifery \
                Joanne Pell said: \"Our midwives were involved in every stage of the design, \
                from the lighting to the layout of the rooms.\"";
    let first = "Dr Priya Anand, the trust's chief medical officer, said: \"This is the biggest \
                 investment in our maternity services for a generation.\"";
    let quote = "\"Our midwives were involved in every stage of the design, from the lighting \
                 to the layout of the rooms.\"";
    assert_another_speaker(unit, &format!("{first}\n\nShe added: {quote}"), 1, true);
    let pell = "Ms Pell said the unit was years in the making.";
    assert_another_speaker(unit, &format!("{pell}\n\nShe added: {quote}"), 1, false);
    let court = "Owen Barraclough, 24, died at the scene. In a statement read to the court, his \
                 mother, Linda Barraclough, said: \"Owen was the kindest person I knew. Our \
                 family will never be whole again.\"";
    let father = "Owen Barraclough, 24, died at the scene. Speaking outside court, Owen's \
                  father, Graham Barraclough, said the family had waited two years.";
    let kindest = "\"Owen was the kindest person I knew,\" he said.";
    assert_another_speaker(court, &format!("{father} {kindest}"), 2, true);
    let mother = father.replace("father, Graham", "mother, Linda");
    let kindest = kindest.replace(" he ", " she ");
    assert_another_speaker(court, &format!("{mother} {kindest}"), 2, false);
    let family = "Owen Barraclough, 24, died at the scene. His family said he was \"the kindest \
                  person\" they knew.";
    let they = "\"Our family will never be whole again,\" they said.";
    assert_another_speaker(court, &format!("{family} {they}"), 2, false);
}

/// A quotation of eight words or more kept word for word and credited to another speaker is
/// another name however much else of the source's sentence the target drops: the middle of a
/// chairman's statement given to the captain (lesson 340), the close of a councillor's given to
/// the director of public health (344).
#[test]
fn a_long_quote_cut_from_a_longer_one_and_credited_to_another_is_another_name() {
    for (pair, quote) in [
        (
            "340",
            "Dean is a good man who has given everything to this club.",
        ),
        ("344", "A few simple steps can make a real difference"),
    ] {
        let (source, target) = (lesson(pair, "source.txt"), lesson(pair, "target.txt"));
        let report = compare(&source, &target, &Options::default());
        let at = report
            .target
            .sentences
            .iter()
            .position(|s| s.text.contains(quote))
            .expect("the lesson holds the quote");
        assert_eq!(report.target.sentences[at].label, Added, "{pair}");
        let changed = report
            .links
            .iter()
            .find(|l| l.target.contains(&at))
            .and_then(|l| l.changed);
        assert_eq!(changed, Some(Fact::Name), "{pair}");
    }
}

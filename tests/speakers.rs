//! Speakers: a sentence that keeps a source sentence's words but gives them to another person is
//! added and linked with another name, while the same person named another way (another title,
//! a role, the surname alone) is the same speaker. Quotations given to another speaker are in
//! `quotes.rs`.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{
    assert_changed, assert_derived_unchanged, assert_kept, changed_fact, changed_links, judged,
    labels, span_text,
};

use Label::{Added, Copied, Omitted};

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

/// A claim the target keeps word for word outside quotation marks, six words or more in a row,
/// and credits to a stranger in place of the person the source names in full is another name,
/// as a kept quote is, wherever the attribution moves. The same person keeps it derived, and so
/// does a claim whose source names no one (the target names whom it heard it from), one that
/// keeps fewer words in a row, and a stranger no word reports as speaking: a name in a list the
/// claim is about.
#[test]
fn a_kept_claim_credited_to_a_stranger_is_another_name() {
    let source = "The bakery had been losing money for two years, Anna Kowal told the court.";
    let claim = "the bakery had been losing money for two years.";
    assert_changed(
        source,
        &format!("Peter Osei told the court {claim}"),
        Fact::Name,
    );
    assert_kept(source, &format!("Anna Kowal told the court {claim}"));
    assert_kept(source, &format!("Ms Kowal told the court {claim}"));
    let unnamed = "The bakery had been losing money for two years, the court heard.";
    assert_kept(unnamed, &format!("Peter Osei told the court {claim}"));
    assert_kept(
        source,
        "Peter Osei told the court the bakery had lost money in each of the two years.",
    );
    assert_changed(
        source,
        &format!("According to Peter Osei, {claim}"),
        Fact::Name,
    );
    assert_kept(
        "Other acts already signed up for the festival are Dana Vell and Kit Marlow.",
        "Rhea Tamm is among other acts already signed up for the festival.",
    );
}

/// A name after a word that opens a setting says where or on what words were told, not who told
/// them: `"She told fans on Instagram"` for `"Marchetti said"` keeps the speaker. Where the source
/// also names a place there, another place is another fact.
#[test]
fn a_name_that_says_where_words_were_told_is_no_other_speaker() {
    let quote = "\"Playing Tasha has been the greatest adventure of my life.\"";
    let report = compare(
        &format!("Jodie Marchetti is leaving. In a statement, Marchetti said: {quote}"),
        &format!("Jodie Marchetti is leaving. She told fans on Instagram: {quote}"),
        &Options::default(),
    );
    assert_ne!(labels(&report.target)[1], Added);
    assert!(report.links.iter().all(|l| l.changed.is_none()));
    assert_changed(
        "Police in Carlisle said the man was arrested at his home on Friday.",
        "Police in Penrith said the man was arrested at his home on Friday.",
        Fact::Name,
    );
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

/// A kept quotation given by name to another of the source's speakers is another name, even
/// when the source names that speaker elsewhere; the surname of its own speaker, or a role, is
/// the same person.
#[test]
fn a_quote_given_to_another_of_the_sources_speakers_is_another_name() {
    let quote = "\"This is a club that wants to fight for trophies every season.\"";
    let source = format!(
        "Northam City have signed midfielder Tomas Vellinga from Castlebridge. \
         Vellinga said: \"I can't wait to get started.\" \
         Northam manager Ruben Alcaraz said: {quote}"
    );
    let swapped = format!("Vellinga said: {quote}");
    assert_eq!(changed_fact(&source, &swapped), Some(Fact::Name));
    for same in [
        format!("Alcaraz said: {quote}"),
        format!("The City boss said: {quote}"),
    ] {
        assert_derived_unchanged(&compare(&source, &same, &Options::default()));
    }
}

/// A quote that runs on from its speaker's sentence, given to a name that opens the target's
/// sentence before a word that reports, is given to someone else; a lawyer named beside the
/// client leaves the quote with the lawyer.
#[test]
fn a_run_on_quote_given_to_the_subject_of_a_report_is_another_name() {
    let said = "\"There is no place for racism at Ashby Vale,\" said chief executive Helen Varga.";
    let quote = "\"We will always act swiftly and decisively, and we thank the supporters who \
                 came forward.\"";
    let source = format!("{said} {quote} The club will work with the Midland Premier League.");
    let league = format!(
        "{said} The Midland Premier League also welcomed the club's action, saying: {quote}"
    );
    assert_eq!(changed_fact(&source, &league), Some(Fact::Name));
    let varga = format!("{said} Helen Varga also thanked fans, saying: {quote}");
    assert_eq!(changed_fact(&source, &varga), None);
}

/// A person the source leaves unnamed (`"A 19-year-old man"`), named as no one in it, is
/// another name: the target says who they are, which the source never did. A name the source
/// gives elsewhere is the same person told more fully.
#[test]
fn someone_the_source_leaves_unnamed_named_anew_is_another_name() {
    let source = "Police are investigating a spate of burglaries. A 19-year-old man from \
                  Hollinbrook was arrested on Tuesday on suspicion of burglary and has been \
                  released on bail.";
    let named = "Police are investigating a spate of burglaries. Liam Kershaw, 19, of \
                 Hollinbrook, was arrested on Tuesday on suspicion of burglary and has been \
                 released on bail.";
    assert_eq!(changed_fact(source, named), Some(Fact::Name));
    let report = compare(source, named, &Options::default());
    assert_eq!(labels(&report.target)[1], Added);
    let unnamed = named.replace("Liam Kershaw, 19, of", "A 19-year-old from");
    let report = compare(source, &unnamed, &Options::default());
    assert_ne!(labels(&report.target)[1], Added);
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

/// Two names that trade places around the words a copy kept reverse who did what: another name,
/// though every word is still there. Names joined only by `"and"`, moved with their words, or
/// told from the other side with the verb turned (`lost ... to` for `won ... from`), say the
/// same, and so does a body's name moved before the role that ties it to a person (`"CES chief
/// executive Caroline Ashby"` for `"Caroline Ashby, chief executive of the CES"`).
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
        // Each name keeps its `"of"`: the supporters and the fans change sides.
        (
            "Supporters of Dunmore Rovers attacked fans of Castlebridge Athletic outside the ground on Saturday.",
            "Supporters of Castlebridge Athletic attacked fans of Dunmore Rovers outside the ground on Saturday.",
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
        // A body's name moved before the role it ties to the person: the same person.
        (
            "Caroline Ashby, chief executive of the Certificate Examinations Service, said results had held up well.",
            "Certificate Examinations Service chief executive Caroline Ashby said results had held up well.",
        ),
        // Told from the loser's side: each name keeps only `"the"` before it, which says
        // nothing of who did what.
        (
            "The Greens won the Harbury West seat on Lowfield District Council from the Conservatives in a by-election.",
            "The Conservatives lost the Harbury West seat on Lowfield District Council to the Greens in a by-election.",
        ),
    ] {
        assert_derived_unchanged(&compare(source, target, &Options::default()));
    }
}

/// A quote or a deed given to another person the source names, by surname or title and surname
/// as second references are written, is another name; so is one team or party for the other in a
/// near copy. A name misspelt by one letter (`"Hadad"` for `"Haddad"`) is the same person, and
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
        "Baker Lisa Lloyd was fined £900 and trainee Omar Haddad was fined £400 yesterday.",
        "Baker Lisa Lloyd was fined £900 and trainee Omar Hadad was fined £400 yesterday.",
    );
    assert_kept(
        "Ukrainian President Volodymyr Zelenskiy said North Korean troops in Kursk are suffering heavy losses.",
        "Kyiv: North Korean troops in Kursk are suffering heavy losses, Ukrainian President Volodymyr Zelenskiy said.",
    );
}

/// A claim credited to other people, none of them named, is another name: witnesses are not the
/// police, doctors are not the family, friends are not the lawyers, the police are not a
/// march's organisers, and an agent is not the solicitor. Words for the same people
/// (`"officers"` for `"police"`, `"neighbours"` for `"residents"`) keep the speaker, and so does
/// a group added beside the source's.
#[test]
fn a_claim_credited_to_other_people_is_another_name() {
    let opening = "Fire destroys Harlow warehouse. ";
    for (source, target) in [
        (
            "Police said the fire was started deliberately and two men were arrested.",
            "Witnesses said the fire was started deliberately and two men were arrested.",
        ),
        (
            "The fire was started deliberately, according to police at the scene.",
            "The fire was started deliberately, according to residents at the scene.",
        ),
        (
            "His family said he had been in good health until last spring.",
            "Doctors said he had been in good health until last spring.",
        ),
        // A crowd counted by its organisers, not by the police, and an estimate is a claim too.
        (
            "Organisers said 180,000 people joined the march to the parliament building.",
            "Police estimate that 180,000 people joined the march to the parliament building.",
        ),
        // The report word swapped with the speaker.
        (
            "Police said the fire was started deliberately and two men were arrested.",
            "Witnesses told the BBC the fire was started deliberately and two men were arrested.",
        ),
        (
            "Lawyers for both sides said the terms had been agreed at a meeting in Harlow.",
            "Friends of the couple said the terms had been agreed at a meeting in Harlow.",
        ),
        // A star's agent is not the solicitor who spoke for him in court.
        (
            "His solicitor said the terms had been agreed at a meeting in Harlow.",
            "His agent said the terms had been agreed at a meeting in Harlow.",
        ),
    ] {
        let (source, target) = (format!("{opening}{source}"), format!("{opening}{target}"));
        assert_eq!(
            judged(&source, &target),
            (vec![Copied, Added], vec![None, Some(Fact::Name)]),
            "{target}"
        );
    }
    for (source, target) in [
        (
            "Police said the fire was started deliberately and two men were arrested.",
            "Officers said the fire was started deliberately and two men were arrested.",
        ),
        (
            "Residents said the fire was started deliberately and two men were arrested.",
            "Neighbours said the fire was started deliberately and two men were arrested.",
        ),
        (
            "Police said the fire was started deliberately and two men were arrested.",
            "Police and witnesses said the fire was started deliberately and two men were arrested.",
        ),
        (
            "Police said the fire was started deliberately and two men were arrested.",
            "Officers told the BBC the fire was started deliberately and two men were arrested.",
        ),
        (
            "Lawyers for both sides said the terms had been agreed at a meeting in Harlow.",
            "Solicitors for both sides said the terms had been agreed at a meeting in Harlow.",
        ),
    ] {
        let (source, target) = (format!("{opening}{source}"), format!("{opening}{target}"));
        let (labels, changed) = judged(&source, &target);
        assert_eq!(changed, [None, None], "{target}");
        assert_ne!(labels[1], Added, "{target}");
    }
}

/// A quotation the source gives to someone it names, given instead to an unnamed speaker of a
/// group the source does not put them in, is another name: `"a police spokesman said"` for `"she
/// said"` after the prosecutor is named. Said of a police spokesman named in the source, or by a
/// bare `"a spokesman"`, it keeps the speaker.
#[test]
fn a_named_speakers_quote_given_to_an_unnamed_group_is_another_name() {
    let quote = "\"Petrol was poured through a side door and set alight, and a man was seen \
        leaving minutes later,\"";
    let named = |who: &str| {
        format!("{who} told the court the Harlow depot fire was started deliberately. {quote} ")
    };
    for (speaker, source_said, target_said) in [
        (
            "Prosecutor Helen Amory",
            "she said.",
            "a police spokesman said.",
        ),
        ("Prosecutor Helen Amory", "she said.", "witnesses said."),
        ("Fire officer Tom Reed", "he said.", "police said."),
        ("His solicitor, Anita Rowe,", "she said.", "his agent said."),
    ] {
        let source = named(speaker) + source_said;
        let target = named(speaker) + target_said;
        assert_eq!(
            judged(&source, &target),
            (vec![Copied, Added], vec![None, Some(Fact::Name)]),
            "{target}"
        );
    }
    for (speaker, target_said) in [
        ("Police spokesman Tom Reed", "a police spokesman said."),
        ("Prosecutor Helen Amory", "a spokesman said."),
        ("Prosecutor Helen Amory", "the prosecutor said."),
    ] {
        let source = named(speaker) + "he said.";
        let target = named(speaker) + target_said;
        let (_, changed) = judged(&source, &target);
        assert_eq!(changed, [None, None], "{target}");
    }
}

/// A tabloid calls a man by the start of his first name: `"Dom"` where both articles write
/// `"Dominic Harwell"` is Harwell, not another person, in a sentence that also rebuilds his
/// fine. A name that is no such start stays another name.
#[test]
fn a_short_form_of_the_first_name_is_the_same_person() {
    let source = "Television chef Dominic Harwell has been fined after admitting speeding.\n\n\
                  Harwell was ordered to pay a fine of £2,450, a victim surcharge of £980 and \
                  £120 costs.";
    let target = |name: &str| {
        format!(
            "Telly chef {name} in hot water\n\nTelevision chef Dominic Harwell has been fined \
             after admitting speeding.\n\n{name} coughed up £3,550 - a £2,450 fine, a £980 \
             victim surcharge and £120 costs.\n\nA pal said: \"{name} is gutted.\""
        )
    };
    let report = compare(source, &target("Dom"), &Options::default());
    assert_ne!(report.target.sentences[2].label, Added);
    let facts: Vec<Option<Fact>> = changed_links(&report).into_iter().map(|l| l.2).collect();
    assert!(facts.iter().all(Option::is_none), "{facts:?}");
    let report = compare(source, &target("Gary"), &Options::default());
    assert_eq!(report.target.sentences[2].label, Added);
    let fact = changed_links(&report)
        .into_iter()
        .find(|(_, target, _)| target.contains(&2))
        .and_then(|(_, _, fact)| fact);
    assert_eq!(fact, Some(Fact::Name));
}

/// A sentence that drops who said it and opens on the role of a name it keeps (`"Striker Danny
/// Kerrigan"`) names no one new: the capital is the first word's. Another full name in the
/// speaker's place still is another person.
#[test]
fn a_role_opening_the_sentence_before_a_kept_name_is_no_other_person() {
    let source = "Manager Neil Ashworth said Danny Kerrigan had trained fully and was fit to play.";
    for role in ["Striker", "Forward"] {
        let target = format!("{role} Danny Kerrigan had trained fully and was fit to play.");
        assert_eq!(changed_fact(source, &target), None, "{target}");
    }
    let other = "Coach Tom Reed said Danny Kerrigan had trained fully and was fit to play.";
    assert_eq!(changed_fact(source, other), Some(Fact::Name));
}

/// A clause rewritten around a name is no name swapped: `"Researchers at Northfield University
/// tracked"` for `"The study, published in the journal Sleep and Circadian Health, followed"`
/// says who did the study another way, with a name the source gives elsewhere.
#[test]
fn a_clause_rewritten_around_a_name_swaps_no_name() {
    let source = "Lie-ins linked to better mood\n\nCatching up on sleep at weekends may be \
                  associated with better mood, according to new research from Northfield \
                  University.\n\nThe study, published in the journal Sleep and Circadian Health, \
                  followed 1,240 healthcare workers in the UK over 12 weeks.";
    let target = "Lie-ins linked to better mood\n\nCatching up on sleep at weekends may be \
                  associated with better mood, according to new research from Northfield \
                  University.\n\nResearchers at Northfield University tracked 1,240 workers for 12 \
                  weeks.";
    let report = compare(source, target, &Options::default());
    assert_eq!(report.target.sentences[2].label, Label::Reworded);
    assert_derived_unchanged(&report);
}

/// A quote the source gives by a pronoun to one member of a family, credited to another by
/// name, is another name, though the two share a surname: `"His sister, Adaeze Okafor, said"`
/// for the mother's `"She added"`. The mother named in full, or by her title and surname, is
/// the same speaker.
#[test]
fn a_quote_given_to_another_of_the_family_is_another_name() {
    let quote = "\"Not a single day passes when his daughters do not ask when their daddy is \
                 coming home.\"";
    let source = format!(
        "Daniel Okafor died at the scene. In a statement, his mother, Grace Okafor, said: \
         \"Daniel spent his life saving others.\" She added: {quote} His sister, Adaeze Okafor, \
         said the family had been hollowed out."
    );
    let sister = format!("His sister, Adaeze Okafor, said: {quote}");
    assert_eq!(changed_fact(&source, &sister), Some(Fact::Name));
    for same in [
        format!("Grace Okafor added: {quote}"),
        format!("Mrs Okafor added: {quote}"),
    ] {
        assert_derived_unchanged(&compare(&source, &same, &Options::default()));
    }
    // A run of names that joins two people is no first name and surname.
    let source = "Ms Marchetti's partner, Tom Ashdown, said in a statement read to the court that \
                  she had been \"the kindest, funniest person I have ever known\".";
    let target = "In a statement read to the court, Ms Marchetti's partner Tom Ashdown described \
                  her as \"the kindest, funniest person I have ever known\".";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// A claim the source reports a lawyer making about their client, told as the client's own
/// words, gives it to another: the defendant said nothing of the kind. Where the source has the
/// client speak, or the target keeps the lawyer, the words may be theirs.
#[test]
fn a_lawyers_claim_told_as_the_clients_own_words_is_added() {
    let source = "Rory Castellane, 41, admitted driving at 94mph on the A40. Jonathan Weller, \
                  defending, said Castellane had been driving home from a charity dinner and had \
                  not realised his speed because the car was new to him.";
    let own = "Castellane said he had been heading home from a charity dinner and had not \
               realised how fast he was going because the car was new to him.";
    let report = compare(source, own, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    for target in [
        "His lawyer Jonathan Weller said Castellane had been heading home from a charity dinner \
         and had not realised how fast he was going because the car was new to him.",
        "Weller said Castellane had been heading home from a charity dinner and had not realised \
         how fast he was going because the car was new to him.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_ne!(labels(&report.target), [Added], "{target}");
    }
    // The client speaks in the source too: the words may be his.
    let spoke = format!("{source} Castellane told the court he was sorry.");
    let report = compare(&spoke, own, &Options::default());
    assert_ne!(labels(&report.target), [Added]);
}

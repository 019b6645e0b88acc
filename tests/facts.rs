//! Changed facts, each rule on a pair of short texts written for it: a sentence in a source
//! sentence's shape with another number, date, name or a turned negation is added and linked to
//! that sentence, while the same fact written another way (`£4.5m` for `£4.5 million`, "yesterday"
//! for "today", a contraction) changes nothing.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Op, Options};

mod common;
use common::shapes::{assert_changed, changed_fact, changed_links, labels, ops_of, spans_of};

use Label::{Added, Copied, Omitted, Reworded};

/// Synonyms keep a sentence's shape, so another number in it still makes it added: `"1,200
/// killed or injured"` is not `"3,000 killed or wounded"` reworded.
#[test]
fn synonyms_do_not_hide_a_changed_number() {
    let source = "Officials said more than 3,000 people had been killed or wounded in the floods since March.";
    let target = "Officials said more than 1,200 people had been killed or injured in the floods since March.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(labels(&report.source), [Omitted]);
    let changed: Vec<_> = report.links.iter().map(|l| (l.label, l.changed)).collect();
    assert_eq!(changed, [(Added, Some(Fact::Number))]);
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
    // Two names of one country are one place, and keep the sentence derived.
    let source = "About 900,000 people in the UK are living with dementia, the charity said.";
    let target = "About 900,000 people in Britain are living with dementia, the charity said.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Added]);
    assert_eq!(changed_fact(source, target), None);
}

/// One word of a team's name for another word of it is the same speaker, though the name opens
/// a sentence; the other team's name is another.
#[test]
fn one_word_of_a_name_for_another_is_the_same_speaker() {
    let source = "Dunmore Rovers beat Castlebridge Athletic 2-1 on Saturday.\n\nDunmore manager \
                  Alan Fenn said: \"We were poor in the first half but the lads showed real \
                  character.\"";
    let same = source.replace("Dunmore manager", "Rovers manager");
    let report = compare(source, &same, &Options::default());
    assert_eq!(labels(&report.target), [Copied, Copied]);
    let other = source.replace("Dunmore manager", "Castlebridge manager");
    assert_eq!(changed_fact(source, &other), Some(retold::Fact::Name));
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
        assert_changed(source, target, Fact::Date);
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
    let links = changed_links(&report);
    assert_eq!(
        links,
        [
            (vec![0], vec![0], Some(Fact::Number)),
            (vec![0], vec![1], Some(Fact::Name))
        ]
    );
}

/// A wire story filed "today" and printed next morning says "yesterday", or names the day: still
/// a copy, with the swap shown in the diff like any function word. A changed weekday is a
/// changed fact.
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
    assert_eq!(labels(&report.target), [Copied]);
    assert_eq!(
        spans_of(target, &report, 0),
        [(Reworded, "on Monday,".to_string())]
    );
    let source = "Crews stayed at the scene this morning, damping down hotspots.";
    let target = "Crews stayed at the scene on Monday morning, damping down hotspots.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let source = "The council approved the new bridge on Friday, the mayor said.";
    let target = "The council approved the new bridge on Monday, the mayor said.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
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
        assert_changed(source, target, Fact::Number);
    }
}

/// One unit counted by `"a"` is an amount too: `"more than ten years"` for `"more than a
/// decade"` and `"12 months"` for `"a year"` give the same length of time, even beside a source
/// figure the target drops ("Two cubs"), while `"18 months"` or `"twenty years"` give another.
#[test]
fn a_unit_counted_by_a_is_an_amount() {
    let source = "Two otter cubs have been born at Hallam Wildlife Park, the first to be born there in more than a decade.";
    let target =
        "It is the first time in more than ten years that otters have been born at the park.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let other =
        "It is the first time in more than twenty years that otters have been born at the park.";
    let report = compare(source, other, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let source = "Three men were each jailed for a year at Leeds Crown Court.";
    let report = compare(
        source,
        "The three men were each jailed for 12 months at Leeds Crown Court.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied]);
    assert!(report.links.iter().all(|l| l.changed.is_none()));
    assert_changed(
        source,
        "The three men were each jailed for 18 months at a Leeds court.",
        Fact::Number,
    );
    // After a bare figure, "a year ago" is a time of its own; after a unit, "an hour" divides.
    let source = "Jobs news.\n\nThe airport employs 1,640 people, up from 1,410 a year ago.";
    let target =
        "Jobs news.\n\nThe airport employs 1,640 people, up from around 1,400 twelve months ago.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target)[1], Reworded);
    // "half a kilo" is no kilo: the part before the "a" is not read as one.
    let source = "Stephen Hale, 33, admitted possessing half a kilo of cocaine and was jailed for five years.";
    let target = "Stephen Hale, 33, who admitted possessing half a kilo of cocaine, got 5 years.";
    let report = compare(source, target, &Options::default());
    assert!(report.links.iter().all(|l| l.changed.is_none()), "{target}");
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

/// A headline in its source headline's shape with another figure links to it even when the
/// story repeats the headline's words everywhere, so they weigh too little for a derivation.
#[test]
fn a_headline_with_another_figure_links_to_the_source_headline() {
    let source = "Storm kills 12 in Devon\n\nA storm killed 12 people in Devon on Monday, police \
                  said.\n\n- Unemployment: 4.7%";
    let target = "Storm kills 15 in Devon\n\nA storm killed 12 people in Devon on Monday, police \
                  said.\n\n- Unemployment: 4.9%";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied, Added]);
    let changed = changed_links(&report);
    assert_eq!(
        changed,
        [
            (vec![0], vec![0], Some(Fact::Number)),
            (vec![1], vec![1], None),
            (vec![2], vec![2], Some(Fact::Number)),
        ]
    );
    // Another statistic in a line of its own is no changed figure.
    let other = "Storm kills 12 in Devon\n\nA storm killed 12 people in Devon on Monday, police \
                 said.\n\n- Turnout: 64%";
    let report = compare(source, other, &Options::default());
    assert!(report.links.iter().all(|l| l.changed.is_none()));
}

/// A clause hung before or after the source's words is new material beside its shape: the
/// sentence still repeats its source with another figure. A long clause of its own around a word
/// or two of a headline is no such shape.
#[test]
fn a_clause_hung_on_a_sentence_with_another_figure_keeps_its_shape() {
    let source =
        "Police arrested 12 people after violence broke out outside the Riverside Stadium \
                  on Saturday night.";
    for target in [
        "Police arrested 15 people after violence broke out outside the Riverside Stadium on \
         Saturday night, a force spokesman confirmed.",
        "Late last night, police arrested 15 people after violence broke out outside the \
         Riverside Stadium on Saturday night.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
    let headline = "HARLOW AND MARROW SITCOM HEADS TVN AUTUMN SCHEDULE\n\nHarlow and Marrow \
                    return to TVN in September.\n\nTVN said the comedy would run for six weeks.";
    let target =
        "Marrow will play Lady Agatha Finch, a retired spy, and Harlow her butler Jenkins.";
    let report = compare(headline, target, &Options::default());
    assert!(report.links.iter().all(|l| l.changed.is_none()));
}

/// A word swapped for its opposite in a sentence of the source's shape turns what it says: added,
/// linked with `opposite`. A synonym in its place (`grew` for `rose`) says the same: a light edit
/// of a copy.
#[test]
fn a_word_turned_to_its_opposite_says_another_thing() {
    let source = "Shares in Northgate Energy rose sharply on Tuesday after the results. \
                  Ashford won the derby at home on Saturday. The jury found him guilty of fraud. \
                  Doctors said such side effects were often seen in older patients.";
    for (target, label) in [
        (
            "Shares in Northgate Energy fell sharply on Tuesday after the results.",
            Added,
        ),
        (
            "Doctors said such side effects were rarely seen in older patients.",
            Added,
        ),
        ("Ashford lost the derby at home on Saturday.", Added),
        ("The jury found him innocent of fraud.", Added),
        (
            "Shares in Northgate Energy grew sharply on Tuesday after the results.",
            Copied,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{target}");
        let changed: Vec<_> = report.links.iter().filter_map(|l| l.changed).collect();
        let expected: &[Fact] = if label == Added {
            &[Fact::Opposite]
        } else {
            &[]
        };
        assert_eq!(changed, expected, "{target}");
    }
    // Another subject with the opposite verb is another sentence, not this one turned.
    let other = compare(source, "Bond yields fell on Tuesday.", &Options::default());
    assert!(other.links.iter().all(|l| l.changed.is_none()));
}

/// What copy editors do every day is no changed fact: a role for a name and title, a date for a
/// weekday, a rounded figure after "about" or "more than".
#[test]
fn routine_edits_are_no_changed_fact() {
    let cases = [
        (
            "Mr Murphy said the company would not raise prices this year.",
            "The Tesco boss said the company would not raise prices this year.",
        ),
        (
            "Mr Amorim said the fans had been incredible all season.",
            "The Portuguese coach said the fans had been incredible all season.",
        ),
        (
            "Smith admitted 12 counts of fraud at Leeds Crown Court on Tuesday.",
            "Smith admitted 12 counts of fraud at Leeds Crown Court on 12 March.",
        ),
        (
            "The storm caused £1.2m of damage to homes in the valley, the council said.",
            "The storm caused more than £1m of damage to homes in the valley, the council said.",
        ),
        (
            "The survey of 2,000 adults found 48% backed the plan for a new road.",
            "The survey of 2,000 adults found nearly 50% backed the plan for a new road.",
        ),
        (
            "Pre-tax profit rose 8% to £4.87m, the company said.",
            "Pre-tax profit rose 8% to about £5m, the company said.",
        ),
        (
            "Pre-tax profit rose 8% to £4.87m, the company said.",
            "Pre-tax profit rose 8% to more than £4.5m, the company said.",
        ),
    ];
    for (source, target) in cases {
        assert_eq!(changed_fact(source, target), None, "{target}");
    }
}

/// One word in a copy can change a fact even when it is a function word or a unit: "May" for
/// "April", "down" for "up", "after" for "before", "months" for "years", and a rounded figure far
/// from the source's is still another number.
#[test]
fn small_words_that_change_a_fact() {
    let cases = [
        (
            "The hearing took place in April at Leeds Crown Court.",
            "The hearing took place in May at Leeds Crown Court.",
            Fact::Date,
        ),
        (
            "Shares were up 3% in early trading on Monday.",
            "Shares were down 3% in early trading on Monday.",
            Fact::Opposite,
        ),
        // A negating prefix on a word the source has turns it too.
        (
            "Opposition councillors called the council's budget unrealistic.",
            "Opposition councillors called the council's budget realistic.",
            Fact::Opposite,
        ),
        (
            "Police arrested the man before the match at the stadium.",
            "Police arrested the man after the match at the stadium.",
            Fact::Opposite,
        ),
        // Any other colour is another description.
        (
            "She was last seen wearing a green hooded jacket, black leggings and white trainers.",
            "She was last seen wearing a blue hooded jacket, black leggings and white trainers.",
            Fact::Opposite,
        ),
        (
            "The gunman fled in a silver Ford Focus towards the ring road, police said.",
            "The gunman fled in a red Ford Focus towards the ring road, police said.",
            Fact::Opposite,
        ),
        // A loan is no gift, and a plea no verdict.
        (
            "It will be shown alongside two drawings by Rusovna lent by the National Gallery.",
            "It will be shown alongside two drawings by Rusovna donated by the National Gallery.",
            Fact::Opposite,
        ),
        (
            "Fitch pleaded guilty in August to 14 counts of securities fraud.",
            "Fitch was found guilty in August of 14 counts of securities fraud.",
            Fact::Opposite,
        ),
        (
            "Conservators examined the canvas, the pigments and a partial signature.",
            "Conservators examined the canvas, the pigments and a full signature.",
            Fact::Opposite,
        ),
        (
            "Smith was jailed for six years at Leeds Crown Court.",
            "Smith was jailed for six months at Leeds Crown Court.",
            Fact::Number,
        ),
        (
            "The survey of 2,000 adults found 48% backed the plan for a new road.",
            "The survey of 2,000 adults found nearly 70% backed the plan for a new road.",
            Fact::Number,
        ),
        // A kept quote given to someone else by a pronoun swapped alone.
        (
            "\"Now we are meeting people in their first week, often straight out of a flat,\" he said.",
            "\"Now we are meeting people in their first week, often straight out of a flat,\" she said.",
            Fact::Opposite,
        ),
    ];
    for (source, target, fact) in cases {
        assert_eq!(changed_fact(source, target), Some(fact), "{target}");
    }
    // A rewrite moves its pronouns about: `"She told the court he said"` is no other person.
    assert_eq!(
        changed_fact(
            "She told the court: \"It was in March that he first said to me 'This job is terrible'.\"",
            "Mrs Cross said he told her in March: \"This job is terrible.\"",
        ),
        None
    );
}

/// A line too short to count as derived links as a changed fact only when the fact is all it
/// changes: one that also says something else of its own is news, added without a link.
#[test]
fn a_short_line_that_says_more_than_another_fact_is_no_changed_fact() {
    for (source, target) in [
        (
            "Dunmore Rovers beat Castlebridge Athletic on Saturday.",
            "Rovers host Ellesworth United next Saturday.",
        ),
        (
            "Dunmore Rovers moved up to third in League Two with a 3-1 win over Castlebridge \
             Athletic at Mill Lane on Saturday.\n\nAttendance: 4,812.",
            "A crowd of 4,812 watched at Mill Lane.",
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Added], "{target}");
        assert!(report.links.is_empty(), "{target}: {:?}", report.links);
    }
}

/// A source sentence the target copies faithfully is not changed by another target sentence in
/// its shape: that one makes another claim (a subheading about businesses beside the copied
/// count of homes), so it is added without a link, while the same sentence alone is flagged.
#[test]
fn a_fact_the_target_copies_elsewhere_is_not_changed() {
    let source = "The river burst its banks on Thursday.\n\n\
        Council leader Joan Pike said more than 300 homes had been flooded or damaged.";
    let alone = "– \"More than 100\" flooded or damaged –";
    let changed = |report: &retold::Report| -> Vec<Option<Fact>> {
        report.links.iter().map(|l| l.changed).collect()
    };
    let report = compare(source, alone, &Options::default());
    assert_eq!(changed(&report), [Some(Fact::Number)], "{alone}");
    let target = format!("{alone}\n\n{source}");
    let report = compare(source, &target, &Options::default());
    assert_eq!(labels(&report.target), [Added, Copied, Copied]);
    assert_eq!(changed(&report), [None, None], "{:?}", report.links);
}

/// A figure the source gives in another sentence about the same thing is the source's fact,
/// merged in: a results story puts the later bulletin's turnout into the earlier bulletin's
/// sentence. A figure the source has only about something else is another number.
#[test]
fn a_figure_the_source_gives_elsewhere_is_not_changed() {
    let bulletins = "Turnout was 58.2 per cent in the seats declared so far, down from 63.9 per \
        cent at the last election.\n\n\
        By 4am the Alliance had won a majority.\n\n\
        Turnout in the declared seats now stands at 59.4 per cent, officials said.";
    let merged = "Turnout was 59.4 per cent in the seats declared so far, down from 63.9 per cent \
        at the last election.";
    assert_eq!(changed_fact(bulletins, merged), None);
    let report = compare(bulletins, merged, &Options::default());
    assert_ne!(labels(&report.target), [Added]);
    // The same figure about another thing: still another turnout.
    let elsewhere = "Turnout was 58.2 per cent in the seats declared so far, down from 63.9 per \
        cent at the last election.\n\n\
        The Alliance won 59.4 per cent of the vote in the capital, officials said.";
    assert_eq!(changed_fact(elsewhere, merged), Some(Fact::Number));
    // The same figure for another place: the place's own turnout changed.
    let towns = "Turnout was 43 per cent in Ashby on Thursday, officials said.\n\n\
        Turnout was 45 per cent in Brill on Thursday, officials said.";
    let ashby = "Turnout was 45 per cent in Ashby on Thursday, officials said.";
    assert_eq!(changed_fact(towns, ashby), Some(Fact::Number));
}

/// A count the source gives otherwise, in another sentence, is another number: `"from eight
/// residents"` where the source has `"five residents"` and no eight. A whole a rewrite sums
/// (`"seven of the nine members"` for a 7-2 vote), an estimate (`"up to 30"`) and a sum of money
/// are not counted so; a figure said roughly (`"some 460 operations"` for `"146"`) is, unless it
/// rounds the source's.
#[test]
fn a_count_the_source_gives_otherwise_is_another_number() {
    let source = "Danielle Foxley, 42, took bank cards from the rooms of residents at Elmcroft \
                  House and used them to withdraw cash, the court heard.\n\n\
                  She admitted stealing from five residents over two years.";
    let target = "The 42-year-old took bank cards from eight residents at Elmcroft House and \
                  used them to withdraw cash, the court heard.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let kept = target.replace("eight", "five");
    let report = compare(source, &kept, &Options::default());
    assert_ne!(labels(&report.target), [Added]);
    // A figure said roughly counts too, unless it rounds the source's (lesson 609).
    let source = "Statement from Harrowfield and Dene Valley NHS Trust on IT incident\n\n\
        Harrowfield and Dene Valley NHS Trust can confirm that it has been affected by a \
        cyberattack on its computer systems, which was detected in the early hours of \
        Monday 3 March.\n\n\
        The attack has disrupted the trust's pathology system, its electronic patient \
        record and the software used to book outpatient appointments. Staff at \
        Harrowfield General Hospital and Dene Valley Community Hospital have moved to \
        paper-based processes while the affected systems are isolated.\n\n\
        As a result of the disruption, 146 planned operations and 1,210 outpatient \
        appointments have been postponed between Monday and Wednesday. Patients whose \
        care has been postponed are being contacted directly by the trust and will be \
        offered a new date as soon as possible.";
    let target = "Harrowfield and Dene Valley NHS Trust has been hit by a cyberattack that was \
        discovered in the early hours of Monday. The attack has disrupted the trust's \
        pathology system, its electronic patient record and the software used to book \
        outpatient appointments. Doctors and nurses at Harrowfield General Hospital and \
        Dene Valley Community Hospital have gone back to pen and paper while the \
        affected systems are cut off.\n\n\
        Some 460 planned operations have been cancelled at the two hospitals since \
        Monday. More than 1,200 outpatient appointments have also been pushed back, and \
        the trust says it is contacting patients itself to offer them new dates.";
    let label = |operations: &str| {
        let target = target.replace("Some 460", operations);
        let report = compare(source, &target, &Options::default());
        let at = report
            .target
            .sentences
            .iter()
            .position(|s| s.text.starts_with(operations));
        labels(&report.target)[at.expect("the sentence of operations")]
    };
    assert_eq!(label("Some 460"), Added);
    assert_ne!(label("Some 150"), Added);
    let source = "The committee voted 7-2 to hold rates, with two members preferring a cut.";
    let target = "Seven of the nine members of the committee voted to hold rates, while two \
                  members preferred a cut.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Added]);
}

/// A figure put in place of words that give none states a sum or count the source does not:
/// `"£50,000 damages"` for `"undisclosed damages"`. An age in place of a home town, a year for
/// `"last"`, and another word in the figure's place are routine edits.
#[test]
fn a_figure_in_place_of_words_that_give_none_is_another_number() {
    let source = "Television presenter Nadia Kerrigan has accepted undisclosed damages from the \
                  publisher of Glint magazine over an article about her show.";
    assert_changed(
        source,
        "Television presenter Nadia Kerrigan has accepted £50,000 damages from the publisher \
         of Glint magazine over an article about her show.",
        Fact::Number,
    );
    let target = "Television presenter Nadia Kerrigan has accepted substantial damages from the \
                  publisher of Glint magazine over an article about her show.";
    assert_eq!(changed_fact(source, target), None, "{target}");
    let source = "Callum Breward, from Aldermoor, was found at the foot of the east face of \
                  Hexley Quarry. The 16-year-old had been climbing alone.";
    let target = "Callum Breward, 16, was found at the foot of the east face of Hexley Quarry.";
    assert_eq!(changed_fact(source, target), None, "{target}");
}

/// A sentence that merges facts from across the source brings each figure or date with the
/// words that say what it is of: a figure the source gives in another sentence, beside a word
/// the target keeps beside it and the counterpart lacks, is no other number or date. A figure
/// whose words the counterpart has too (`"people"`) changes the counterpart's.
#[test]
fn a_figure_brought_from_another_source_sentence_with_its_words_is_no_change() {
    let source = "Halden Group results for the year ended 31 December 2025\n\n\
                  Revenue rose 11 per cent to £612.4 million (2024: £551.7 million), driven by \
                  strong demand from water utilities and the energy transition sector. Adjusted \
                  operating profit increased 14 per cent to £78.9 million, with adjusted \
                  operating margin improving 40 basis points to 12.9 per cent.";
    let merged = "Adjusted operating profit rose to £78.9 million in the year to December 31, \
                  while revenue climbed 11 per cent to £612 million.";
    assert_eq!(changed_fact(source, merged), None);
    assert_eq!(
        labels(&compare(source, merged, &Options::default()).target),
        [Reworded]
    );
    let storm = "The storm killed 15 people on Monday. Another 12 people were hurt in Tarrow.";
    assert_eq!(
        changed_fact(
            storm,
            "The storm killed 12 people on Monday, officials said."
        ),
        Some(Fact::Number)
    );
}

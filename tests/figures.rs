//! Figures a rewrite keeps, rounds or changes: a copy editor's `"£413m"` for `"£412.6 million"`
//! is the same figure, while `"1,170 votes"` for `"1,107 votes"` is another one however much of
//! the rest of the sentence was reworded, and another day of the month is another date.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{
    assert_changed, assert_derived_unchanged, assert_kept, changed_fact, judged, labels, span_text,
};
use Label::Copied;

/// A figure rounded to its last digit and within 5 % of the source's needs no `"about"`, nor does
/// a small decimal rounded to a whole number within 15 % of it, short of a half.
#[test]
fn a_figure_rounded_without_saying_so_is_the_same_figure() {
    for (source, target) in [
        (
            "Revenue was £412.6 million, up 8.3% on last year.",
            "Revenue was £413m, up 8% on last year.",
        ),
        (
            "Sales volumes rose 4.3% as grocers signed new own-brand contracts.",
            "Sales volumes rose 4% as grocers signed new own-brand contracts.",
        ),
        (
            "Operating margin improved to 11.2% from 10.4% a year earlier.",
            "Operating margin improved to 11% from 10.4% a year earlier.",
        ),
        (
            "Police said 2,340 people were evacuated from the estate overnight.",
            "Police said 2,300 people were evacuated from the estate overnight.",
        ),
    ] {
        assert_kept(source, target);
    }
    // Too far to go unsaid, or rounding nothing.
    for (source, target) in [
        (
            "Police said 2,340 people were evacuated from the estate overnight.",
            "Police said 2,000 people were evacuated from the estate overnight.",
        ),
        (
            "Revenue was £412.6 million, up 8.3% on last year.",
            "Revenue was £413m, up 9% on last year.",
        ),
        (
            "The board proposed a final dividend of 4.2p a share.",
            "The board proposed a final dividend of 4.4p a share.",
        ),
        (
            "Unemployment in the town fell to 1.4% last month.",
            "Unemployment in the town fell to 1% last month.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A figure swapped in its place, between words both sides keep, is another number even in a
/// sentence reworded elsewhere.
#[test]
fn a_figure_changed_in_its_place_in_a_rewrite_is_another_number() {
    for (source, target) in [
        (
            "Conservative Gareth Lowe came second with 1,107 votes.",
            "Tory Gareth Lowe came second with 1,170 votes.",
        ),
        (
            "The company said the new plant near Swindon would create 240 jobs by 2027.",
            "The firm's new factory outside Swindon will create 420 jobs by 2027, it said.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    // The same figure moved, or written another way, in a rewrite changes nothing.
    for (source, target) in [
        (
            "The company said the new plant near Swindon would create 240 jobs by 2027.",
            "Some 240 jobs will be created at the firm's new factory outside Swindon by 2027.",
        ),
        (
            "She was proud to be retiring after 30 years and hoped to keep coaching the juniors.",
            "She was proud to be retiring after 3O years, and hoped to keep coaching.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A number beside a month is a day of it: another one is another date, not another number.
#[test]
fn another_day_of_the_month_is_another_date() {
    for (source, target) in [
        (
            "The crash happened in Hartwell on Tuesday 9 April.",
            "The crash happened in Hartwell on Tuesday 16 April.",
        ),
        (
            "The new timetable takes effect on April 9 across the network.",
            "The new timetable takes effect on April 16 across the network.",
        ),
    ] {
        assert_changed(source, target, Fact::Date);
    }
}

/// A figure is in its place only when the words that place it touch it: a day kept beside its
/// month alone, or a figure with other words between it and the kept ones, may be the date of
/// another event, so a rewrite that has one is no repeat with another date.
#[test]
fn a_date_of_another_event_is_no_changed_date() {
    for (source, target) in [
        (
            "Rebel commanders said on December 27 that the soldiers had been moved to a camp \
             near the border.",
            "A soldier captured on December 26 by the rebels has died of his wounds in a camp \
             near the border.",
        ),
        (
            "Rescuers reached the trapped miners on Friday, December 27, after searching the \
             flooded tunnels for three days.",
            "A miner trapped on December 24 by the flood in the tunnels died before rescuers \
             arrived.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A rounded figure is a kept word: a rewrite that rounds one and adds a clause of its own is
/// still reworded from its source, not added.
#[test]
fn a_rounded_figure_counts_as_kept_in_a_rewrite() {
    let source =
        "The median waiting time for a hip replacement was 21.4 weeks, compared with 22.0 \
                  weeks in the previous quarter.";
    let target = "The median wait for a new hip is now 21 weeks \u{2014} agony for pensioners.";
    let report = compare(source, target, &Options::default());
    assert_eq!(
        report.target.sentences[0].label,
        Label::Reworded,
        "{report:#?}"
    );
    assert_eq!(report.links.len(), 1);
    assert_eq!(report.links[0].changed, None);
}

/// No span cuts a figure in two: the `"m"` of a rounded `"£413m"` and the `"million"` of the
/// source's `"£412.6 million"` go with their numbers, not marked copied alone.
#[test]
fn spans_keep_a_figure_whole() {
    let source = "Halvorsen Foods, the ready-meal maker, announced revenue of £412.6 million.";
    let target = "Ready-meal maker Halvorsen Foods reported revenue of £413m.";
    let report = compare(source, target, &Options::default());
    let texts = |side: &retold::Side, text: &str| -> Vec<String> {
        side.sentences
            .iter()
            .flat_map(|s| &s.spans)
            .map(|span| span_text(text, span.start, span.end))
            .collect()
    };
    let target_spans = texts(&report.target, target);
    let source_spans = texts(&report.source, source);
    assert!(
        !target_spans.iter().any(|t| t.starts_with('m')),
        "{target_spans:?}"
    );
    assert!(
        !source_spans.iter().any(|t| t.starts_with("million")),
        "{source_spans:?}"
    );
}

/// A figure the source already gives as an estimate is no precise figure to round: another one
/// after the same "an estimated", or after "around", is another number, in a copy or a rewrite.
#[test]
fn an_estimate_changed_is_another_number() {
    let source =
        "The extension will cost an estimated 480 million euros and is due to open in 2029.";
    for target in [
        "The extension will cost an estimated 520 million euros and is due to open in 2029.",
        "The extension will cost an estimated 481 million euros and is due to open in 2029.",
        "The new line will cost around 520 million euros and should open in 2029.",
        "The extension will cost more than 600 million euros and is due to open in 2029.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
    // A precise figure rounded after "about" is still the same figure, in digits or with a
    // magnitude word, and so is a rough one said more roughly still, rounded to a coarser place.
    for (source, target) in [
        (
            "The extension will cost 480 million euros.",
            "The extension will cost about 500 million euros.",
        ),
        (
            "The extension will cost an estimated 480 million euros.",
            "The extension will cost around 500 million euros.",
        ),
        // The magnitude word is the rounded figure's own.
        (
            "The council spent £4,870,000 on the scheme last year.",
            "The council spent about £4.9 million on the scheme last year.",
        ),
        (
            "Fire crews were called to the warehouse at around 6.50am on Tuesday.",
            "Fire crews were called to the warehouse at about 7am on Tuesday.",
        ),
        // Without a word, or on the side a bound says.
        (
            "An estimated 612,000 people arrived long-term in the year, while an estimated 398,000 left.",
            "Some 600,000 people arrived long-term in the year, while 400,000 left.",
        ),
        (
            "An estimated 612,000 people arrived long-term in the year, while an estimated 398,000 left.",
            "More than 600,000 people arrived long-term in the year, while just under 400,000 left.",
        ),
    ] {
        let (labels, changed) = judged(source, target);
        assert_eq!(changed, [None], "{target}");
        assert_ne!(labels, [Label::Added], "{target}");
    }
    // Not to a time it does not round to.
    assert_changed(
        "Fire crews were called to the warehouse at around 6.35am on Tuesday.",
        "Fire crews were called to the warehouse at about 7am on Tuesday.",
        Fact::Number,
    );
}

/// A figure a rewrite moved and changed is another number: it stands beside the same word as a
/// figure of its counterpart that it drops, and the source never gives it.
#[test]
fn a_figure_moved_and_changed_in_a_rewrite_is_another_number() {
    for (source, target) in [
        (
            "The board declared a final dividend of 4.2p per share, taking the total for the year to 6.1p.",
            "Shareholders will receive a final payout of 4.4p a share, the board said, bringing the year's total to 6.1p.",
        ),
        (
            "Police said 240 officers were deployed across the city centre during the weekend protests.",
            "During the weekend protests across the city centre, police deployed 310 officers.",
        ),
        // Moved with the words on both sides of it, the rest reordered around it.
        (
            "Like-for-like sales in the 10 weeks to 7 September fell 6.2 per cent year on year, with sofas and beds most affected.",
            "Like-for-like sales fell 6.8 per cent in the ten weeks to 7 September, the company said.",
        ),
        // A share, whose per cent reads as a function word, in a clause worded anew.
        (
            "Among businesses, support was lower, at 38%, with many small bakeries raising concerns about cost.",
            "Only 28% of business respondents backed the plans, with many small bakeries raising concerns about cost.",
        ),
        (
            "Among businesses, support was lower, at 38 per cent, with many small bakeries raising concerns about cost.",
            "Only 28 per cent of business respondents backed the plans, with many small bakeries raising concerns about cost.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    // Rounded after "about", or a figure of another measure the rewrite adds, changes nothing.
    for (source, target) in [
        (
            "Police said 287 officers were deployed across the city centre during the weekend protests.",
            "During the weekend protests across the city centre, police deployed about 300 officers.",
        ),
        (
            "Police said 240 officers were deployed across the city centre during the weekend protests.",
            "During the weekend protests across the city centre, police deployed 240 officers in 30 vans.",
        ),
        (
            "Like-for-like sales in the 10 weeks to 7 September fell 6.2 per cent year on year, with sofas and beds most affected.",
            "Like-for-like sales fell about 6 per cent in the ten weeks to 7 September, the company said.",
        ),
        // A share the source gives in another sentence is no swap.
        (
            "In all, 62% of respondents backed the plans. Among businesses, support was lower, at 38%, with many small bakeries raising concerns about cost.",
            "Only 62% backed the plans, with many small bakeries raising concerns about cost.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// "About" or "some" before a figure rounds the source's only to a step of its last digit, or
/// a half step: `"about 1,500"` and `"about 1,450"` for `"1,430"` do, `"some 310"` for `"240"` is
/// another number.
#[test]
fn an_approximate_figure_rounds_only_to_its_last_digit() {
    let source = "Police said 240 officers were deployed across the city centre during the weekend protests.";
    assert_eq!(
        judged(
            source,
            "Police said some 310 officers were deployed across the city centre during the weekend protests."
        ),
        (vec![Label::Added], vec![Some(Fact::Number)])
    );
    for rounded in ["about 1,500", "about 1,450", "about 1,400"] {
        assert_kept(
            "Police said 1,430 officers were deployed across the city centre during the weekend protests.",
            &format!("Police said {rounded} officers were deployed across the city centre during the weekend protests."),
        );
    }
}

/// "Nearly" and "almost" round up to the next step of the figure's last digit: `"almost 28,000"`
/// for `"27,830"` does, `"almost 29,000"` is another number; `"under 29,000"` or `"fewer than
/// 30,000"` say only which side, and hold.
#[test]
fn nearly_or_almost_rounds_up_to_the_next_step_only() {
    let source =
        "The Home Office said 27,830 asylum claims were lodged in the three months to September.";
    let said = |figure: &str| {
        format!("The Home Office said {figure} asylum claims were lodged in the three months to September.")
    };
    for figure in ["almost 29,000", "nearly 29,000", "nearly 28,500"] {
        assert_eq!(
            changed_fact(source, &said(figure)),
            Some(Fact::Number),
            "{figure}"
        );
    }
    for figure in [
        "almost 28,000",
        "nearly 30,000",
        "under 29,000",
        "fewer than 30,000",
        "about 28,000",
    ] {
        assert_kept(source, &said(figure));
    }
}

/// An intro judged again against the wire's headline links to it when it gives the headline's
/// figure another value, so the reader sees why it is added.
#[test]
fn an_intro_with_the_headline_figure_changed_links_to_it() {
    let source = "PENSIONER ADMITS 12 YEAR BENEFIT FRAUD\n\n\
        A retired postman from Derby admitted at Nottingham Crown Court today that he claimed \
        disability payments while working as a driver. The court heard that he was filmed \
        carrying heavy boxes at a warehouse in Long Eaton. He will be sentenced next month, the \
        judge said.";
    let target =
        "A RETIRED postman admitted yesterday that he had pocketed benefits in an 11-year \
        fraud that cost taxpayers dearly.\n\n\
        The court heard that he was filmed carrying heavy boxes at a warehouse in Long Eaton. \
        He will be sentenced next month, the judge said.";
    let report = compare(source, target, &Options::default());
    let intro = &report.target.sentences[0];
    assert_eq!(intro.label, Label::Added);
    let link = intro.links.first().map(|&l| &report.links[l]);
    assert_eq!(
        link.map(|l| (l.source.as_slice(), l.changed)),
        Some((&[0][..], Some(Fact::Number)))
    );
}

/// A number in words times its magnitude is the figure in digits: `"three hundred"` is `"300"`.
#[test]
fn a_number_in_words_with_a_magnitude_is_its_figure() {
    let source = "Police said three hundred officers were deployed across the city centre.";
    assert_kept(
        source,
        "Police said 300 officers were deployed across the city centre.",
    );
    assert_kept(
        "Police said two thousand officers were deployed across the city centre.",
        "Police said 2,000 officers were deployed across the city centre.",
    );
    assert_changed(
        source,
        "Police said 400 officers were deployed across the city centre.",
        Fact::Number,
    );
}

/// A day written on the other side of its month is one date in another house style, so the
/// sentence stays copied; another day in that place is another date.
#[test]
fn a_day_moved_across_its_month_is_the_same_date() {
    let source = "The plant will close on Dec. 5, 2029, the company said on Monday.";
    for target in [
        "The plant will close on 5 December 2029, the company said on Monday.",
        "The plant will close on December 5 2029, the company said on Monday.",
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
    let report = compare(
        "The plant will close on 5 December 2029, the company said.",
        "The plant will close on December 5, 2029, the company said.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied]);
    assert_changed(
        source,
        "The plant will close on 6 December 2029, the company said on Monday.",
        Fact::Date,
    );
}

/// A day the diff kept in place has not moved, though a figure follows its month: a copy with a
/// word slipped in elsewhere changes no date.
#[test]
fn a_day_kept_in_place_is_not_another_date() {
    let source = "On 5 December 12 people were hurt when the roof of the market hall fell in.";
    let target =
        "On 5 December 12 people were badly hurt when the roof of the market hall fell in.";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// A rounded figure on the wrong side of the source's is another number: "more than £5m" for
/// "£4.87m" says the profit was higher than it was, "fewer than 300" for "320" lower.
#[test]
fn a_rounded_figure_on_the_wrong_side_is_another_number() {
    let source = "Pre-tax profit rose 8% to £4.87m, the company said.";
    for target in [
        "Pre-tax profit rose 8% to more than £5m, the company said.",
        "Pre-tax profit rose 8% to over £5m, the company said.",
        "Pre-tax profit rose 8% to almost £4.5m, the company said.",
    ] {
        assert_eq!(changed_fact(source, target), Some(Fact::Number), "{target}");
    }
    assert_eq!(
        changed_fact(
            "Police said 320 people were evacuated from the estate overnight.",
            "Police said fewer than 300 people were evacuated from the estate overnight.",
        ),
        Some(Fact::Number)
    );
    assert_eq!(
        changed_fact(
            "Police said 320 people were evacuated from the estate overnight.",
            "Police said fewer than 350 people were evacuated from the estate overnight.",
        ),
        None
    );
}

/// An ordinal is a figure too: `"his fourth hundred"` for `"his third hundred"` is another
/// number, `"3rd"` for `"third"` the same one. An ordinal against a count orders one thing and
/// counts another, so a merge that drops `"A third man"` and adds another man's `"six months"`
/// changes no figure.
#[test]
fn an_ordinal_changed_is_another_number_and_one_for_a_count_is_not() {
    for (source, target) in [
        (
            "The opener hit his third hundred of the summer at Trent Bridge on Friday.",
            "The opener hit his fourth hundred of the summer at Trent Bridge on Friday.",
        ),
        (
            "It was the first time the club had won the cup since the war, he said.",
            "It was the fifth time the club had won the cup since the war, he said.",
        ),
        (
            "The mayor was elected for a 3rd term in the vote on Thursday night.",
            "The mayor was elected for a twelfth term in the vote on Thursday night.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    assert_kept(
        "The opener hit his third hundred of the summer at Trent Bridge on Friday.",
        "The opener hit his 3rd hundred of the summer at Trent Bridge on Friday.",
    );
    let source = "Anna Reid, 29, of Eastfield, admitted theft at the court on Monday.\n\n\
        A third woman, Jo Platt, 41, of Hillcross, was jailed for four months after admitting \
        the same charge.";
    let target = "Anna Reid, 29, of Eastfield, got six months and Jo Platt, 41, of Hillcross, \
        got four months.";
    let report = compare(source, target, &Options::default());
    assert!(!report.links.is_empty());
    for link in &report.links {
        assert_eq!(link.changed, None, "{link:?}");
    }
}

/// A copy that writes its share of a whole another way is still a copy, the share marked as a
/// word put in another's place: `"three-quarters"` for `"75%"`, `"a third"` for `"33%"`.
#[test]
fn a_share_written_another_way_keeps_a_copy_copied() {
    for (share, written) in [
        ("75%", "three-quarters"),
        ("75 per cent", "three quarters"),
        ("33%", "a third"),
        ("two thirds", "67%"),
    ] {
        let source = format!("Sales at the bakery chain fell by {share} last year. Profits rose.");
        let target = format!("Sales at the bakery chain fell by {written} last year.");
        let report = compare(&source, &target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{target}");
    }
}

/// A share of a whole is a figure however it is written: `"33%"` for `"a third"` keeps it, and
/// `"20%"` for `"one in five"`, while `"a quarter"`, `"half"` or `"two thirds"` for `"a third"`
/// is another share, and `"tripled"` for `"doubled"` or `"three times"` for `"twice"` another
/// multiple.
#[test]
fn a_share_or_multiple_changed_is_another_number() {
    let source = "About a third of pupils were absent on Monday, the head teacher said.";
    for target in [
        "About 33% of pupils were absent on Monday, the head teacher said.",
        "About 30 per cent of pupils were absent on Monday, the head teacher said.",
    ] {
        assert_kept(source, target);
    }
    for target in [
        "About a quarter of pupils were absent on Monday, the head teacher said.",
        "About half of pupils were absent on Monday, the head teacher said.",
        "About two thirds of pupils were absent on Monday, the head teacher said.",
        "About 45% of pupils were absent on Monday, the head teacher said.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
    assert_kept(
        "Two-thirds of staff backed the strike, the union said.",
        "66% of staff backed the strike, the union said.",
    );
    let adults = "One in five adults now work from home, the survey found.";
    assert_kept(
        adults,
        "20% of adults now work from home, the survey found.",
    );
    assert_changed(
        adults,
        "A quarter of adults now work from home, the survey found.",
        Fact::Number,
    );
    let profits = "Profits at the chain have doubled since 2020, the report found.";
    assert_changed(
        profits,
        "Profits at the chain have tripled since 2020, the report found.",
        Fact::Number,
    );
    assert_kept(
        "Profits at the chain have tripled since 2020, the report found.",
        "Profits at the chain have trebled since 2020, the report found.",
    );
    assert_kept(
        profits,
        "Profits at the chain have risen 100% since 2020, the report found.",
    );
    let likely =
        "Prepayment customers were twice as likely to go without heating, the survey found.";
    assert_kept(
        likely,
        "Prepayment customers were two times as likely to go without heating, the survey found.",
    );
    assert_changed(
        likely,
        "Prepayment customers were three times as likely to go without heating, the survey found.",
        Fact::Number,
    );
}

#[test]
fn a_figure_beside_only_a_magnitude_the_source_has_is_not_moved() {
    // `"to £413m"` and `"to £136.2 million"` share only `"to"` and a magnitude: the sales figure
    // rounds the first sentence's, and the sentence rewords the second.
    let source =
        "Brewline results\n\nGroup sales rose 9.4% to £412.6 million in the half year, the \
                  company said. Food service revenue rose 14.3% to £136.2 million as coffee chain \
                  customers continued to expand their estates.";
    let target = "Brewline results\n\nSales climbed by more than 9% to £413m, with food service \
                  revenue up 14% as coffee chain customers opened more outlets.";
    let report = compare(source, target, &Options::default());
    assert_eq!(report.target.sentences[1].label, Label::Reworded);
    assert!(report.links.iter().all(|l| l.changed.is_none()));
}

/// A clause put in place of another that counts another thing changes no figure: `"despite more
/// than 300 objections from residents"` for `"subject to 23 conditions"` tells a new fact beside
/// the kept ones, while `"killed 15 residents"` for `"killed 12 people"` changes the count.
#[test]
fn a_clause_counting_another_thing_changes_no_figure() {
    let source = "Homes approved\n\nThe council's planning committee has approved an application \
                  for 142 new homes on land off Fenwick Lane, subject to 23 conditions.";
    let target = "Homes approved\n\nPlans for 142 new homes off Fenwick Lane have been approved, \
                  despite more than 300 objections from residents.";
    let report = compare(source, target, &Options::default());
    assert_eq!(report.target.sentences[1].label, Label::Reworded);
    assert_derived_unchanged(&report);
    assert_changed(
        "The storm killed 12 people in the coastal villages overnight, officials said.",
        "The storm killed 15 residents in the coastal villages overnight, officials said.",
        Fact::Number,
    );
}

/// A sentence that gives two or more of the source's telling figures, and none of its own,
/// rewords the passage that gives them, however few of its other words it shares; small counts
/// and years tell nothing by themselves, and a figure of its own leaves it added.
#[test]
fn a_sentence_that_gives_the_sources_telling_figures_rewords_them() {
    let source = "Returns rose in the quarter. There were 8,610 returns in the quarter, 19% more \
                  than a year earlier. Of these, 2,940 were enforced returns. The backlog of \
                  claims fell to 61,400 at the end of September.";
    let report = |target: &str| compare(source, target, &Options::default());
    let told = report(
        "Just 8,610 people were removed from the country in those three months, and only 2,940 \
         of them were forced to leave.",
    );
    assert_eq!(labels(&told.target), [Label::Reworded]);
    assert_eq!(told.links[0].source, [1, 2]);
    // Figures rounded fairly are still the source's.
    let rounded = report(
        "Some 8,600 people were removed from the country in those three months, and nearly \
         3,000 of them were forced to leave.",
    );
    assert_eq!(labels(&rounded.target), [Label::Reworded]);
    assert_eq!(rounded.links[0].source, [1, 2]);
    for target in [
        // Rounded too far: "nearly 4,000" for 2,940.
        "Some 8,600 people were removed from the country in those three months, and nearly \
         4,000 of them were forced to leave.",
        // A figure the source never gives.
        "Just 8,610 people were removed from the country in those three months, and only 3,100 \
         of them were forced to leave.",
        // One telling figure, with a small count and a year.
        "Just 8,610 people were removed from the country in those three months of 2025, and 12 \
         of them were forced to leave.",
    ] {
        assert_eq!(labels(&report(target).target), [Label::Added], "{target}");
    }
}

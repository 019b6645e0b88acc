//! Dates in rewrites: a weekday or a month swapped in its place, between words both sides
//! keep, is another date however lightly the rest was reworded, as a figure is another number.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, assert_kept, judged};

#[test]
fn a_date_swapped_in_its_place_in_a_rewrite_is_another_date() {
    for (source, target) in [
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on Tuesday, a spokesman confirmed.",
        ),
        (
            "The bridge closed in June after engineers found cracks in two of its supports.",
            "The bridge was shut in July after engineers found cracks in two supports.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Added], vec![Some(Fact::Date)]),
            "{target}"
        );
    }
    // The same date kept, or the date said another way, changes nothing.
    for (source, target) in [
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on Monday, a spokesman confirmed.",
        ),
        (
            "The council will vote on the new bypass plans on Monday, a spokesman confirmed last night.",
            "Councillors will vote on the bypass plans on 12 March, a spokesman confirmed.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Reworded], vec![None]),
            "{target}"
        );
    }
}

#[test]
fn the_month_of_may_is_a_word_of_the_sentence_it_is_in() {
    // "May" the month, unlike the verb "may", is a content word: it helps link a sentence that
    // merges the start date into another, and changing it is another date.
    // Eastbridge and "work" are in most sentences, the event's common words, so the month is
    // what the merged sentence shares with the one that dates the work.
    let source = "Eastbridge Water will replace 210km of old mains in Eastbridge over four years. \
                  Work will begin in May in Eastbridge. \
                  Customers in Eastbridge will be told two weeks before work starts in their street. \
                  The company expects the work to create around 120 jobs in Eastbridge.";
    let target = "Eastbridge Water will replace 210km of old mains in Eastbridge over four years. \
                  Work starts in Eastbridge in May, and the firm says the work will create about \
                  120 jobs.";
    let report = retold::compare(source, target, &retold::Options::default());
    let links: Vec<(Vec<usize>, Vec<usize>)> = report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone()))
        .collect();
    assert_eq!(links, [(vec![0], vec![0]), (vec![1, 3], vec![1])]);
    assert_eq!(
        judged(
            "Work on the new bypass will begin in May, the council said.",
            "Work on the new bypass will begin in June, the council said."
        ),
        (vec![Label::Added], vec![Some(Fact::Date)])
    );
}

#[test]
fn the_surname_may_beside_a_title_is_no_date() {
    // "May" after a first name is a name on both sides; "MP" after it once made the target's read
    // as the verb of a headline, and the source's surname as a date the target dropped.
    let (labels, changed) = judged(
        "Prime Minister Theresa May met the union leaders at Downing Street on the pay offer.",
        "Theresa May MP met the union leaders at Downing Street on the pay offer.",
    );
    assert_eq!(changed, [None]);
    assert_ne!(labels, [Label::Added]);
}

/// A period placed another way from the time of writing, another one of a year's halves or
/// quarters, or another part of the day is another date; the days, which move with the
/// printing, and the same time said another way are not.
#[test]
fn a_period_or_a_part_of_the_day_moved_is_another_date() {
    for (source, target) in [
        (
            "Unemployment in the region rose to 5.2% last year, the highest level since 2015.",
            "Unemployment in the region rose to 5.2% this year, the highest level since 2015.",
        ),
        (
            "The council will vote on the new bypass plans next month, a spokesman said.",
            "The council will vote on the new bypass plans this month, a spokesman said.",
        ),
        (
            "Sales at the chain fell sharply in the first half of the year.",
            "Sales at the chain fell sharply in the second half of the year.",
        ),
        (
            "The pilot's body was found near the summit on Tuesday morning.",
            "The pilot's body was found near the summit on Tuesday night.",
        ),
        (
            "Unemployment in the region rose to 5.2% last year.",
            "Unemployment in the region rose to 5.2% earlier this year.",
        ),
    ] {
        assert_changed(source, target, Fact::Date);
    }
    for (source, target) in [
        // Wire copy filed today is printed tomorrow.
        (
            "The new bridge over the Tamar opened to traffic today.",
            "The new bridge over the Tamar opened to traffic yesterday.",
        ),
        (
            "The council met on Monday morning to discuss the closure.",
            "The council met yesterday morning to discuss the closure.",
        ),
        // Evening and night are one part of the day.
        (
            "The pilot's body was found near the summit on Tuesday evening.",
            "The pilot's body was found near the summit on Tuesday night.",
        ),
        // A year ahead in a company's results is the year a paper calls this one.
        (
            "The group will open a further 20 branches in the coming year.",
            "The group will open a further 20 branches this year.",
        ),
        // Placed from now and counted from the start never compare.
        (
            "The firm made a loss of £2m last quarter, its accounts show.",
            "The firm made a loss of £2m in the fourth quarter, its accounts show.",
        ),
    ] {
        assert_kept(source, target);
    }
}

#[test]
fn a_day_of_the_month_is_not_kept_by_a_count_that_happens_to_equal_it() {
    // The old day (3) is not kept by `"three weeks"`, and a day never stands for a count.
    for (source, target) in [
        (
            "From Monday 3 March, general waste will be collected every three weeks instead of every fortnight.",
            "From Monday 10 March, general waste will be collected every three weeks instead of every fortnight.",
        ),
        (
            "From 10 March, the library will open for three hours on Sundays.",
            "From 3 March, the library will open for three hours on Sundays.",
        ),
    ] {
        assert_eq!(judged(source, target).0, vec![Label::Added], "{target}");
    }
    // The same day in another house style, or as an ordinal, is the same date.
    for target in [
        "From Monday March 3, general waste will be collected every three weeks instead of every fortnight.",
        "From Monday 3rd March, general waste will be collected every three weeks instead of every fortnight.",
    ] {
        let source = "From Monday 3 March, general waste will be collected every three weeks instead of every fortnight.";
        assert_eq!(judged(source, target).0, vec![Label::Copied], "{target}");
    }
}

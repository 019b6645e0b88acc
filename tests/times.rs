//! Clock times: a British paper's `"2.30pm"` is an agency's `"14:30"`, and a translated story
//! keeps its source's 24-hour clock, so one time in two house styles is one figure.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, assert_kept, judged};

/// A clock time in another house style is the same time: a British paper's `"2.30pm"` for an
/// agency's `"14:30"` or `"1430 GMT"`, `"10pm"` for `"22:00"`. Another hour, or the other half
/// of the day, is another number.
#[test]
fn a_clock_time_on_either_clock_is_the_same_time() {
    let source = "The fire broke out at the warehouse at 14:30 on Saturday, firefighters said.";
    for target in [
        "The fire broke out at the warehouse at 2.30pm on Saturday, firefighters said.",
        "The fire broke out at the warehouse at 2:30 p.m. on Saturday, firefighters said.",
        "The fire broke out at the warehouse at 1430 on Saturday, firefighters said.",
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Copied], vec![None]),
            "{target}"
        );
    }
    assert_kept(
        "Polls closed at 22:00 local time and counting began at once, officials said.",
        "Polls closed at 10pm local time and counting began at once, officials said.",
    );
    for target in [
        "The fire broke out at the warehouse at 3.30pm on Saturday, firefighters said.",
        "The fire broke out at the warehouse at 2.30am on Saturday, firefighters said.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A count is no clock time: a headline's `"Seventeen hurt"` changes no figure of a live page's
/// `"08:58 Reports of train derailment"`, whose time of day only stamps the entry.
#[test]
fn a_count_for_a_clock_time_changes_no_figure() {
    let source = "08:58 Reports of train derailment near Caldwick";
    let target = "Seventeen hurt as commuter train derails and overturns near Caldwick\n\
                  The transport secretary, who visited the site, said: \"We will get answers.\"\n\
                  The line is expected to remain shut until at least Thursday, the operator said.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(report.target.sentences[0].label, Label::Reworded);
    assert!(
        report.links.iter().all(|l| l.changed.is_none()),
        "{:?}",
        report.links
    );
    // Another time of day is still another number.
    assert_changed(
        "08:58 Reports of train derailment near Caldwick",
        "09:58 Reports of train derailment near Caldwick",
        Fact::Number,
    );
}

/// A time named in words is a clock time: `"noon"` is `"12pm"` and `"midnight"` is `"12am"`, so
/// `"just before midnight"` for `"at around 9pm"` tells another time.
#[test]
fn a_time_named_in_words_is_a_clock_time() {
    assert_changed(
        "His wife called police at around 9pm when he failed to return home, officers said.",
        "His wife called police just before midnight when he failed to return home, officers said.",
        Fact::Number,
    );
    for (source, target) in [
        (
            "The polling stations opened at noon and queues formed along the high street.",
            "The polling stations opened at 12pm and queues formed along the high street.",
        ),
        (
            "The deadline for objections to the plans is 12 midnight on Friday, the council said.",
            "The deadline for objections to the plans is midnight on Friday, the council said.",
        ),
        (
            "The market stalls close at midday on Sundays throughout the winter months.",
            "The market stalls close at noon on Sundays throughout the winter months.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// Minutes counted from a named or clock time are that time (`"a minute before midnight"` is
/// `"23:59"`), and a time said roughly, or before or after another, stands for a time near it
/// on that side, round the clock: `"just after midnight"` for `"00:01"`. The wrong side, or a
/// time further off, is another time.
#[test]
fn a_time_counted_or_said_roughly_is_the_time_near_it() {
    let source =
        "The walkout begins at 00:01 on Monday and ends at 23:59 on Tuesday, the union said.";
    for target in [
        "The walkout begins just after midnight on Monday and ends a minute before midnight on \
         Tuesday, the union said.",
        "The walkout begins at about midnight on Monday and ends just before midnight on \
         Tuesday, the union said.",
    ] {
        assert_kept(source, target);
    }
    let begins = "The walkout begins at 00:01 on Monday, the union said.";
    for target in [
        "The walkout begins just before midnight on Monday, the union said.",
        "The walkout begins ten minutes before midnight on Monday, the union said.",
        "The walkout begins an hour after midnight on Monday, the union said.",
    ] {
        assert_changed(begins, target, Fact::Number);
    }
    assert_kept(
        "The fire started at 21:58 on Sunday, firefighters said.",
        "The fire started at about 10pm on Sunday, firefighters said.",
    );
    assert_changed(
        "The fire started at 21:30 on Sunday, firefighters said.",
        "The fire started at about 10pm on Sunday, firefighters said.",
        Fact::Number,
    );
}

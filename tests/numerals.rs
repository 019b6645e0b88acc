//! Numbers spelt out in several words: a copy editor's `"42"` for `"forty-two"` is the same
//! figure, and `"forty-three"` for `"42"` another one.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, judged};

/// A compound number and its digits are one figure, so the copy stays a copy.
#[test]
fn a_number_in_words_and_in_digits_is_the_same_figure() {
    for (source, target) in [
        (
            "He was jailed for forty-two months at Leeds Crown Court.",
            "He was jailed for 42 months at Leeds Crown Court.",
        ),
        (
            "The firm said it would cut two hundred and fifty jobs at the plant.",
            "The firm said it would cut 250 jobs at the plant.",
        ),
        (
            "About 1,500 people attended the vigil in the town square.",
            "About fifteen hundred people attended the vigil in the town square.",
        ),
        (
            "Organisers expect 1,000 runners to take part on Sunday.",
            "Organisers expect a thousand runners to take part on Sunday.",
        ),
        (
            "The charity raised 2,020 pounds at the summer fair.",
            "The charity raised two thousand and twenty pounds at the summer fair.",
        ),
        // A radio script reads a year out in halves.
        (
            "The library has been shut since November 2022 for repairs.",
            "The library has been shut since November twenty twenty-two for repairs.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Copied], vec![None]),
            "{target}"
        );
    }
}

/// Another value in words is another number, as it is in digits.
#[test]
fn another_number_in_words_is_a_changed_figure() {
    for (source, target) in [
        (
            "He was jailed for 42 months at Leeds Crown Court.",
            "He was jailed for forty-three months at Leeds Crown Court.",
        ),
        (
            "The firm said it would cut two hundred and fifty jobs at the plant.",
            "The firm said it would cut 350 jobs at the plant.",
        ),
        (
            "The firm said it would cut twenty-five jobs at the plant.",
            "The firm said it would cut twenty-six jobs at the plant.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// Numbers in a list, or `"and"` between two numbers, stay apart: `"two and three"` is no 5
/// and no 23.
#[test]
fn numbers_that_only_stand_together_stay_apart() {
    for (source, target) in [
        (
            "Between two and three hundred people were evacuated.",
            "Between two and three hundred people were evacuated.",
        ),
        (
            "The children, aged seven, eight and nine, were unhurt.",
            "The children, aged 7, 8 and 9, were unhurt.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Copied], vec![None]),
            "{target}"
        );
    }
    assert_changed(
        "Between two and three hundred people were evacuated.",
        "Between two and four hundred people were evacuated.",
        Fact::Number,
    );
}

/// A half in words, a fraction sign or a fraction with a slash is one figure with its whole
/// number: court copy writes `"three and a half years"`, `"3½ years"` and `"3 1/2 years"` for
/// one sentence. A half dropped is another number.
#[test]
fn a_half_in_words_or_as_a_fraction_is_one_figure() {
    let source =
        "Jan Kowal, 34, of Kelby, was jailed for three and a half years at Harlow Crown Court.";
    for target in [
        "Jan Kowal, 34, of Kelby, was jailed for 3½ years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for 3 ½ years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for 3 1/2 years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for 3.5 years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for three-and-a-half years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for 3 and a half years at Harlow Crown Court.",
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Copied], vec![None]),
            "{target}"
        );
    }
    assert_eq!(
        judged(
            "The bypass will cost two and a half million pounds, the council said on Monday.",
            "The bypass will cost £2.5m, the council said on Monday.",
        ),
        (vec![Label::Copied], vec![None])
    );
    for target in [
        "Jan Kowal, 34, of Kelby, was jailed for three years at Harlow Crown Court.",
        "Jan Kowal, 34, of Kelby, was jailed for 3¾ years at Harlow Crown Court.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A decimal read out digit by digit, as spoken figures are transcribed, is the figure in digits:
/// `"three point five"` is `"3.5"`, and `"three point six"` for `"3.5"` is another number.
#[test]
fn a_decimal_read_out_in_words_is_the_figure_in_digits() {
    for (source, target) in [
        (
            "Unemployment in Dunmere rose to 3.5 per cent last year, the office said.",
            "Unemployment in Dunmere rose to three point five per cent last year, the office said.",
        ),
        (
            "The regional bank cut its forecast to 0.25 per cent on Tuesday.",
            "The regional bank cut its forecast to nought point two five per cent on Tuesday.",
        ),
        (
            "The regional bank cut its forecast to 2.05 per cent on Tuesday.",
            "The regional bank cut its forecast to two point zero five per cent on Tuesday.",
        ),
        (
            "The new stand cost twelve point four million pounds, the club said.",
            "The new stand cost 12.4 million pounds, the club said.",
        ),
    ] {
        assert_eq!(
            judged(source, target),
            (vec![Label::Copied], vec![None]),
            "{target}"
        );
    }
    assert_changed(
        "Unemployment in Dunmere rose to 3.5 per cent last year, the office said.",
        "Unemployment in Dunmere rose to three point six per cent last year, the office said.",
        Fact::Number,
    );
    // A point that is no decimal stays a word: `"one point"` is a score of 1.
    assert_eq!(
        judged(
            "Harlow took 1 point from the match against Kelby on Saturday.",
            "Harlow took one point from the match against Kelby on Saturday.",
        ),
        (vec![Label::Copied], vec![None])
    );
}

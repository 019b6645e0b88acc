//! Negations: a sentence in its source's shape that drops or adds a `"not"` says the opposite,
//! a changed fact however many words it keeps, while a contraction, a negation reworded into
//! another word or one that only moves changes nothing.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{assert_derived_unchanged, labels};

use Label::{Added, Copied, Reworded};

/// A sentence that drops or adds a "not" says the opposite of its source: a changed fact, like a
/// changed figure, so it is added however many words it keeps. A contraction, or a negation
/// reworded into another word, changes nothing.
#[test]
fn a_sentence_that_turns_a_negation_says_another_thing() {
    let source = "The mayor said the council would not raise taxes this year. \
                  Police did not confirm the death. She was not happy with the plan. \
                  The minister has never met the rebel leaders. \
                  The museum will charge for entry and will not open on Sundays. \
                  Neither driver was hurt in the crash on the bypass. \
                  They were not at the meeting to approve the budget but to question the auditors.";
    let cases: &[(&str, Label)] = &[
        // A negation swapped for a plain word, first in the sentence or not.
        ("Both drivers were hurt in the crash on the bypass.", Added),
        ("The minister has now met the rebel leaders.", Added),
        // A negation that moves turns nothing.
        (
            "The meeting was not approving the budget but questioning the auditors.",
            Copied,
        ),
        (
            "The mayor said the council would raise taxes this year.",
            Added,
        ),
        ("Police confirmed the death.", Added),
        // A copy whose attribution moved to the end turns a negation too, and keeps one: a copy.
        (
            "The council would raise taxes this year, the mayor said.",
            Added,
        ),
        (
            "The council would not raise taxes this year, the mayor said.",
            Copied,
        ),
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
        // A copy with words slipped in, the negation kept.
        (
            "The mayor said the council would not raise taxes this year, not next.",
            Copied,
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

/// A negation before a verb or two that both keep still turns the word it negates: `"will not
/// be safe"` for `"will be safe"`, contracted or not, dropped or added. One in a quotation does
/// not reach past it into the attribution.
#[test]
fn a_negation_before_an_auxiliary_turns_the_sentence() {
    let sentence =
        |verb: &str| format!("The minister said the bridge {verb} safe for heavy lorries.");
    for (source, target) in [
        ("will be", "will not be"),
        ("will be", "won't be"),
        ("can be", "cannot be"),
        ("should be", "should not be"),
        ("has been", "has not been"),
        ("has been", "hasn't been"),
        ("will still be", "will not be"),
        ("will not be", "will be"),
        ("cannot be", "can be"),
        ("will be", "will never be"),
    ] {
        let report = compare(&sentence(source), &sentence(target), &Options::default());
        assert_eq!(labels(&report.target), [Added], "{source} -> {target}");
        let changed: Vec<_> = report.links.iter().map(|l| l.changed).collect();
        assert_eq!(changed, [Some(Fact::Negation)], "{source} -> {target}");
    }
    let source = "\"As far as I can tell, he doesn't care any more, which is a real pity, but he \
                  doesn't,\" he told Dame Ann Lowe in a wide-ranging interview to be aired on \
                  Sunday.";
    let target =
        "\"As far as I can tell, he doesn't care any more, which is a real pity,\" he told \
                  Dame Ann Lowe in an interview due to be aired on Sunday.";
    assert_derived_unchanged(&compare(source, target, &Options::default()));
}

/// A negation with `"until"` after it tells when a thing will happen, not that it will not: a
/// copy that says `"not ... until Wednesday"` for `"on Wednesday"` turns nothing, while one
/// that drops the time with it does.
#[test]
fn a_negation_that_waits_until_a_time_turns_nothing() {
    let source = "The river is expected to peak early on Wednesday morning, the agency said.";
    let report = compare(
        source,
        "The river is not expected to peak until early on Wednesday, the agency said.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Copied]);
    let source = "The road will reopen in May after repairs to the bridge, the council said.";
    for (target, label) in [
        (
            "The road will not reopen until May after repairs to the bridge, the council said.",
            Copied,
        ),
        (
            "The road will not reopen in May after repairs to the bridge, the council said.",
            Added,
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [label], "{target}");
    }
}

//! Unit tests of the summary: verdicts and shares; the headline's own are in `headline/tests.rs`.

use super::{percents, PARTIALLY_MIN};
use crate::{compare, Options, Percents, Report, Verdict};

pub(super) const WIRE: &str = "The Harlow dam opened on Tuesday after seven years of work.\n\n\
    Governor Ilse Marrow cut the ribbon before four hundred guests.\n\n\
    The reservoir holds three hundred million cubic metres of water.";

pub(super) fn headline(target: &str) -> String {
    compare(WIRE, target, &Options::default()).summary.headline
}

/// Asserts that `report`'s headline opens with `start`, showing it whole when not.
pub(super) fn assert_opens(report: &Report, start: &str) {
    let headline = &report.summary.headline;
    assert!(headline.starts_with(start), "{headline}");
}

#[test]
fn an_article_that_changes_the_facts_of_every_sentence_still_comes_from_the_source() {
    let target = WIRE
        .replace("seven years", "eight years")
        .replace("four hundred", "five hundred")
        .replace("three hundred", "two hundred");
    let report = compare(WIRE, &target, &Options::default());
    assert_eq!(report.summary.target.counts.added, 3);
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
    assert_opens(
        &report,
        "This article repeats the source's sentences with other facts: 0 sentences copied, 0 \
         reworded, 3 added.",
    );
}

/// A story copied whole with a few short lines of its own after it is below the wholly
/// derived share, yet most of it is the source's: the headline says "most", not "part".
#[test]
fn a_copy_with_a_few_lines_of_its_own_is_mostly_copied() {
    let source = STORY.join(" ");
    let target = format!(
        "{source}\n\nWhat do you think? Tell us in the comments below.\n\nSign up for our \
         morning newsletter.\n\nAll rights reserved."
    );
    let report = compare(&source, &target, &Options::default());
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    assert_opens(
        &report,
        "Most of this article is copied from the source, with material of its own added: 5 \
         sentences copied, 0 reworded, 4 added (the last 3 paragraphs).",
    );
}

#[test]
fn says_how_many_added_sentences_change_a_fact() {
    let one = WIRE.replace("seven years", "eight years");
    assert!(
        headline(&one)
            .ends_with("1 added sentence repeats a source sentence with another number or unit."),
        "{}",
        headline(&one)
    );
    let two = one.replace("Governor Ilse Marrow", "Governor Anton Brisk");
    assert!(
        headline(&two).ends_with(
            "2 added sentences repeat source sentences with another number or unit, or another name."
        ),
        "{}",
        headline(&two)
    );
    assert!(headline(WIRE).ends_with("0 added."), "{}", headline(WIRE));
}

/// `story` inside a web page whose menu and links to other stories outweigh it.
pub(super) fn page_around(story: &str) -> String {
    format!(
        "Home | World | Business | Sport\n\n{story}\n\nMore from our network:\n\n\
         A violinist from Porto won the city's young musicians' prize on Sunday evening.\n\n\
         Bakers in the old town say the price of rye flour has doubled since the spring.\n\n\
         The county library will stay open until ten at night during the exam season.\n\n\
         A lost tortoise was found safe three streets from home after eleven days away.\n\n\
         Commuters face delays next week while engineers replace a bridge on the coast line.\n\n\
         Local volunteers planted four thousand oak saplings along the northern ring road.\n\n\
         The regional orchestra announced a winter season of six free concerts for pupils."
    )
}

pub(super) const STORY: [&str; 5] = [
    "The Harlow dam opened on Tuesday after seven years of work.",
    "Governor Ilse Marrow cut the ribbon before four hundred guests.",
    "The reservoir holds three hundred million cubic metres of water.",
    "Engineers say the turbines will power forty thousand homes from spring.",
    "Farmers downstream have asked for a guarantee on summer water levels.",
];

/// A story of its own, to set beside [`STORY`].
pub(super) const OTHER_STORY: &str =
    "A fisherman from the coast of Devon caught a rare blue lobster on \
    Sunday morning and gave it to the local aquarium. The lobster is thought to be one of a \
    few in every million, and its colour comes from a change in its genes. Staff at the \
    aquarium said that they would keep it in a tank of its own while they studied it, and that \
    the public could see it from the end of the month.";

#[test]
fn a_story_copied_into_a_page_of_links_is_partially_derived() {
    let source = STORY.join(" ");
    let report = compare(&source, &page_around(&source), &Options::default());
    let target = &report.summary.target;
    assert_eq!(target.counts.copied, 5);
    assert!(target.shares.copied < PARTIALLY_MIN, "{:?}", target.shares);
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    assert_opens(
        &report,
        "This article copies the whole source word for word, with material of its own added: 5 \
         sentences copied",
    );
}

/// A padded article writes its own headline over the story it copies: the source's headline,
/// omitted, does not stop the story from counting as copied whole. A source's own first sentence
/// with a full stop still counts.
#[test]
fn a_story_copied_whole_under_a_new_headline_copies_the_whole_source() {
    let source = format!("Harlow dam opens after seven years\n\n{}", STORY.join(" "));
    let target = page_around(&format!(
        "Why Harlow waited for its dam\n\n{}",
        STORY.join(" ")
    ));
    let report = compare(&source, &target, &Options::default());
    assert_eq!(report.summary.source.counts.omitted, 1);
    assert_opens(
        &report,
        "This article copies the whole source word for word",
    );
    let source = format!("The Harlow dam has a new road.\n\n{}", STORY.join(" "));
    let report = compare(&source, &target, &Options::default());
    assert_opens(&report, "Part of this article comes from the source");
}

/// Two fifths of a source copied word for word makes a derived article, however much surrounds
/// it; a short source's one sentence does not.
#[test]
fn a_target_that_copies_two_fifths_of_the_source_is_never_independent() {
    let background = "Regional tensions over water have grown for decades. Neighbouring \
        provinces have long argued about river rights. Dams have been built across the region \
        since the nineteen sixties. Critics say they harm fish and flood villages upstream. \
        Supporters point to cheap power and steady water for farms.";
    let source = STORY[..3].join(" ");
    let report = compare(
        &source,
        &format!("{}\n\n{background}", STORY[..2].join(" ")),
        &Options::default(),
    );
    assert!(report.summary.target.shares.copied < PARTIALLY_MIN);
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    assert_opens(
        &report,
        "Part of this article comes from the source: 2 sentences copied",
    );
    // Two of five sentences, 42 % of the source: the reporting is copied, the rest background.
    let source = STORY.join(" ");
    let report = compare(
        &source,
        &format!("{} {}\n\n{background}", STORY[2], STORY[3]),
        &Options::default(),
    );
    let copied = report.summary.source.shares.copied;
    assert!((0.4..0.5).contains(&copied), "{copied}");
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    let report = compare(
        STORY[0],
        &format!("{}\n\n{background}", STORY[0]),
        &Options::default(),
    );
    assert_eq!(report.summary.verdict, Verdict::Independent);
}

/// A page that copies sentences of the writer's own is derived, however many links surround
/// them; one such sentence is a coincidence of wording, and two independent reports share
/// what was said, in quotation marks.
#[test]
fn copied_sentences_of_the_writers_own_are_never_independent_shared_quotes_are() {
    let source = format!("{} {}", STORY.join(" "), OTHER_STORY);
    let verdict = |copied: &str| compare(&source, &page_around(copied), &Options::default());
    let two = verdict(&STORY[1..3].join(" "));
    assert_eq!(two.summary.target.counts.copied, 2);
    assert_eq!(two.summary.verdict, Verdict::PartiallyDerived);
    let one = verdict(STORY[1]);
    assert_eq!(one.summary.target.counts.copied, 1);
    assert_eq!(one.summary.verdict, Verdict::Independent);
    // The headline does not let "independent" hide the copy.
    assert_opens(
        &one,
        "Most of this article is independent of the source, but it copies from it: 1 sentence \
         copied,",
    );
    let quotes = "\"We have waited seven years for this day and it was worth it,\" the governor \
        said. \"The water will reach every farm in the valley by next summer.\"";
    let shared = compare(
        &format!("{} {quotes}", STORY.join(" ")),
        &page_around(quotes),
        &Options::default(),
    );
    assert_eq!(shared.summary.target.counts.copied, 2);
    assert_eq!(shared.summary.verdict, Verdict::Independent);
}

/// A target whose every sentence is derived is wholly derived, however many phrases of its own
/// they add, while the source's words are most of it: below that (here 45 %), it takes part of
/// the source.
#[test]
fn every_sentence_derived_is_wholly_derived_while_most_words_are() {
    let source = "The club will stay shut until further notice.";
    let judged = |target: &str| {
        let summary = compare(source, target, &Options::default()).summary;
        (summary.target.counts.added, summary.verdict)
    };
    assert_eq!(
        judged("The club will stay shut until further notice, its owners said."),
        (0, Verdict::WhollyDerived)
    );
    assert_eq!(
        judged(
            "The club will stay shut until further notice, its owners and the licensing board \
             said in a statement."
        ),
        (0, Verdict::PartiallyDerived)
    );
}

/// Largest remainder: whole percentages that add up to 100, the biggest leftovers rounded up.
#[test]
fn percents_add_up_to_one_hundred() {
    let cases: &[([usize; 4], usize, [u32; 4])] = &[
        ([1, 1, 1, 0], 3, [34, 33, 33, 0]),
        ([0, 0, 0, 0], 0, [0, 0, 0, 0]),
        ([5, 0, 0, 0], 5, [100, 0, 0, 0]),
        // 46.35, 1.32, 52.33: rounding each alone gives 46 + 1 + 52 = 99.
        ([1333, 38, 1505, 0], 2876, [47, 1, 52, 0]),
        // 12.5 each way: the earlier parts take the points.
        ([1, 1, 1, 5], 8, [13, 13, 12, 62]),
        ([1, 0, 0, 199], 200, [1, 0, 0, 99]),
        // Larger than wasm32's usize once multiplied by 100.
        ([25_000_000, 25_000_000, 0, 0], 50_000_000, [50, 50, 0, 0]),
    ];
    for &(parts, total, want) in cases {
        assert_eq!(percents(parts, total), want, "{parts:?} of {total}");
    }
}

/// The CLI and the page print the report's percents, so they agree with the shares they round.
#[test]
fn every_side_reports_percents_that_round_its_shares() {
    let source = "The dam opened on Monday. It cost £2m. Crowds cheered. The mayor spoke.";
    let target = "The dam opened on Monday. Crowds cheered loudly at the gates. Rain fell all day.";
    let report = compare(source, target, &Options::default());
    for tally in [&report.summary.source, &report.summary.target] {
        let p = tally.percents;
        assert_eq!(p.copied + p.reworded + p.added + p.omitted, 100);
        let s = tally.shares;
        for (percent, share) in [
            (p.copied, s.copied),
            (p.reworded, s.reworded),
            (p.added, s.added),
            (p.omitted, s.omitted),
        ] {
            assert!(
                (f64::from(percent) - share * 100.0).abs() < 1.0,
                "{p:?} {s:?}"
            );
        }
    }
    assert_eq!(
        compare("", "", &Options::default()).summary.target.percents,
        Percents::default()
    );
}

/// A closing line of three words or fewer says nothing of its own, so the verdict weighs the
/// rest; four words say something, and a Chinese sentence is counted in words, not spaces.
#[test]
fn a_line_that_says_little_leaves_the_verdict_to_the_rest() {
    let cases = [
        ("The trial continues.", Verdict::WhollyDerived),
        ("Advertisement", Verdict::WhollyDerived),
        ("Residents cheered the news.", Verdict::PartiallyDerived),
    ];
    for (line, verdict) in cases {
        let target = format!("{WIRE}\n\n{line}");
        let report = compare(WIRE, &target, &Options::default());
        assert_eq!(report.summary.target.counts.added, 1, "{line}");
        assert_eq!(report.summary.verdict, verdict, "{line}");
    }
    // The headline does not say every sentence is the source's when one is added.
    let report = compare(
        WIRE,
        &format!("{WIRE}\n\nThe trial continues."),
        &Options::default(),
    );
    assert_opens(
        &report,
        "Most of this article is copied from the source: 3 sentences copied, 0 reworded, 1 \
         added (the last paragraph).",
    );
    assert!(super::says_little("The trial continues."));
    assert!(!super::says_little("水坝周二开放了。"));
}

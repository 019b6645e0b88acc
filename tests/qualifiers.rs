//! Qualifiers: the words that say how far a figure reaches (`src/classify/qualifiers.rs`). A
//! near copy that drops or adds `"up to"`, `"about"` or `"more than"` before a figure it keeps
//! (`"up to 40%"` made `"40%"`) is a hedge, and one that puts the figure on the other side of its
//! qualifier (`"more than 50"` for `"up to 50"`), tells a change as a level (`"rose to 2%"` for
//! `"rose by 2%"`) or points as per cent is another number.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::Fact;

mod common;
use common::shapes::{assert_changed, assert_kept};

#[test]
fn a_figure_qualifier_dropped_or_added_is_a_hedge() {
    let cases = [
        // Dropped: an upper bound becomes the figure.
        (
            "Unemployment among young people could rise by up to 40% next year, the report warned.",
            "Unemployment among young people could rise by 40% next year, the report warned.",
        ),
        (
            "Police said up to 40 officers took part in the raid on Tuesday.",
            "Police said 40 officers took part in the raid on Tuesday.",
        ),
        (
            "As many as 500 people were evacuated from the valley on Sunday night.",
            "500 people were evacuated from the valley on Sunday night.",
        ),
        // An estimate made exact.
        (
            "The fire destroyed about 300 homes in the valley on Sunday night.",
            "The fire destroyed 300 homes in the valley on Sunday night.",
        ),
        // Added: an exact figure made a floor.
        (
            "The fire destroyed 300 homes in the valley on Sunday night.",
            "The fire destroyed more than 300 homes in the valley on Sunday night.",
        ),
        // A ceiling dropped, and an estimate swapped for a plain preposition.
        (
            "Police said fewer than 20 people were hurt when the stand collapsed.",
            "Police said 20 people were hurt when the stand collapsed.",
        ),
        (
            "The fire broke out at the warehouse around 2pm on Saturday, firefighters said.",
            "The fire broke out at the warehouse at 2pm on Saturday, firefighters said.",
        ),
        // The figure after a function word or two.
        (
            "Around one in eight adults in the town now work from home, the survey found.",
            "One in eight adults in the town now work from home, the survey found.",
        ),
        // A guess made a measurement.
        (
            "Gusts reached something like 90mph on the coast overnight, forecasters said.",
            "Gusts reached 90mph on the coast overnight, forecasters said.",
        ),
        // A rise made a ceiling by one word slipped in after the kept "up", and back.
        (
            "Energy bills are up 40% on last year for most households, the regulator said.",
            "Energy bills are up to 40% on last year for most households, the regulator said.",
        ),
        (
            "Energy bills are up to 40% higher for most households, the regulator said.",
            "Energy bills are up 40% higher for most households, the regulator said.",
        ),
        // A qualifier written after the figure: a floor added, an estimate dropped.
        (
            "The storm left 300 homes without power across the county, officials said.",
            "The storm left 300-plus homes without power across the county, officials said.",
        ),
        (
            "He spent 20-odd years at the paper before he joined the council, friends said.",
            "He spent 20 years at the paper before he joined the council, friends said.",
        ),
        (
            "Rescuers searched the valley for a day or so before they found 30 or so walkers.",
            "Rescuers searched the valley for a day or so before they found 30 walkers.",
        ),
        // A qualifier written as a sign or an abbreviation before the figure.
        (
            "The storm left ~300 homes without power across the county, officials said.",
            "The storm left 300 homes without power across the county, officials said.",
        ),
        (
            "The church, built c. 1850, will close in May as the congregation shrank, it said.",
            "The church, built in 1850, will close in May as the congregation shrank, it said.",
        ),
    ];
    for (source, target) in cases {
        assert_changed(source, target, Fact::Hedge);
    }
}

/// A floor dropped leaves the target true, if not all of it: whoever stole more than £38,000
/// stole £38,000. Ceilings and estimates dropped stay hedges, above.
#[test]
fn a_floor_dropped_keeps_the_figure_true() {
    let cases = [
        (
            "A care home manager who stole more than £38,000 from residents was jailed on Friday.",
            "A care home manager who stole £38,000 from residents was jailed on Friday.",
        ),
        (
            "Police said over 40 officers took part in the raid on Tuesday.",
            "Police said 40 officers took part in the raid on Tuesday.",
        ),
        (
            "At least 12 people were hurt when the stand collapsed, police said.",
            "12 people were hurt when the stand collapsed, police said.",
        ),
        (
            "The storm left 300 or more homes without power across the county, officials said.",
            "The storm left 300 homes without power across the county, officials said.",
        ),
        (
            "The storm left 300+ homes without power across the county, officials said.",
            "The storm left 300 homes without power across the county, officials said.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

/// A qualifier turned to the figure's other side says another amount, not a hedge: up to 50
/// people is at most 50, more than 50 at least. Two qualifiers on one side (`"nearly"` for `"up
/// to"`, `"up to"` for `"as much as"`) round the figure alike.
#[test]
fn a_figure_put_on_the_other_side_of_its_qualifier_is_another_number() {
    for (source, target) in [
        (
            "Up to 50 people were evacuated from the building, the fire service said.",
            "More than 50 people were evacuated from the building, the fire service said.",
        ),
        (
            "At least 12 people were hurt when the stand collapsed, police said.",
            "Nearly 12 people were hurt when the stand collapsed, police said.",
        ),
        (
            "The scheme is open to people aged under 25 who live in the county.",
            "The scheme is open to people aged over 25 who live in the county.",
        ),
        (
            "As many as 500 jobs could go at the plant, the union warned.",
            "More than 500 jobs could go at the plant, the union warned.",
        ),
        (
            "As much as 30cm of snow could fall on the hills, forecasters said.",
            "At least 30cm of snow could fall on the hills, forecasters said.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    for (source, target) in [
        (
            "As much as 30cm of snow could fall on the hills, forecasters said.",
            "Up to 30cm of snow could fall on the hills, forecasters said.",
        ),
        (
            "Nearly 50 people were evacuated from the building, the fire service said.",
            "Up to 50 people were evacuated from the building, the fire service said.",
        ),
        (
            "More than 50 people were evacuated from the building, the fire service said.",
            "Over 50 people were evacuated from the building, the fire service said.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A change told as a level, or a level as a change, is another number: a rise of 2% is not a
/// rise to 2%. The same role said another way (`"a rise of 2%"` for `"rose by 2%"`) is none.
#[test]
fn a_change_told_as_a_level_is_another_number() {
    for (source, target) in [
        (
            "Inflation rose by 2% in the year to March, the Office for National Statistics said.",
            "Inflation rose to 2% in the year to March, the Office for National Statistics said.",
        ),
        (
            "The jobless rate fell to 4.1% last quarter, its lowest level for two years.",
            "The jobless rate fell from 4.1% last quarter, its lowest level for two years.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    assert_kept(
        "Inflation rose by 2% in the year to March, the Office for National Statistics said.",
        "Inflation saw a rise of 2% in the year to March, the Office for National Statistics said.",
    );
}

/// Points are not per cent: a rate that rises from 4% to 6% rises two points and 50 per cent.
#[test]
fn points_told_as_per_cent_are_another_number() {
    for (source, target) in [
        (
            "The jobless rate rose by two percentage points in the year to March, figures show.",
            "The jobless rate rose by two per cent in the year to March, figures show.",
        ),
        (
            "The FTSE 100 fell 20 points in early trading after the figures were published.",
            "The FTSE 100 fell 20% in early trading after the figures were published.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
    for (source, target) in [
        (
            "The jobless rate rose by two percentage points in the year to March, figures show.",
            "The jobless rate rose by two points in the year to March, figures show.",
        ),
        (
            "The jobless rate rose by 2% in the year to March, figures show.",
            "The jobless rate rose by 2 per cent in the year to March, figures show.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A rewrite turns hedges as it rewords, but a figure it keeps between kept words keeps its
/// qualifier; one the rewrite only moves (`"aged under 25"` for `"under the age of 25"`)
/// changes nothing.
#[test]
fn a_figure_qualifier_dropped_or_added_in_a_rewrite_is_a_hedge_and_one_moved_is_not() {
    assert_changed(
        "The bridge will cost £12m and open in 2026, the council said on Monday after a vote.",
        "After a vote on Monday, the council said the bridge would cost around £12m and open in 2026.",
        Fact::Hedge,
    );
    let source =
        "Free buses for under-25s approved by Ribeira council\n\nThe city council of Ribeira \
        voted on Wednesday to make all municipal bus services free for residents under the age of \
        25 from the start of September.";
    let target = "Ribeira to scrap bus fares for residents under 25\n\nCouncillors in Ribeira on \
        Wednesday approved a plan under which people aged under 25 who live in the city will ride \
        its buses for free from September.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert!(!report.links.is_empty());
    for link in &report.links {
        assert_eq!(
            (link.label, link.changed),
            (retold::Label::Reworded, None),
            "{link:?}"
        );
    }
}

/// A rewrite that gives a figure the source gives only as a ceiling tells the limit as the
/// amount, while one that keeps a qualifier, rounds a `"nearly"`, or gives the figure of
/// something else changes nothing.
#[test]
fn a_ceiling_dropped_in_a_rewrite_is_a_hedge() {
    let source = "Hallmore today announced price cuts of up to 20% on 200 everyday products, including bread and milk.";
    assert_changed(
        source,
        "Supermarket Hallmore has cut prices by 20% on 200 everyday products, including bread and milk.",
        Fact::Hedge,
    );
    assert_changed(
        "The inspector said the expansion could create up to 1,100 jobs by 2035 if it goes ahead.",
        "The expansion will create 1,100 new jobs by 2035, the inspector said.",
        Fact::Hedge,
    );
    for target in [
        "Supermarket Hallmore has cut prices by as much as 20% on 200 everyday products, including bread and milk.",
        "Supermarket Hallmore has cut prices by about 20% on 200 everyday products, including bread and milk.",
    ] {
        let report = retold::compare(source, target, &retold::Options::default());
        assert!(report.links.iter().all(|l| l.changed.is_none()), "{target}");
    }
    let report = retold::compare(
        "Hallmore today announced price cuts of nearly 20% on 200 everyday products, including bread and milk.",
        "Supermarket Hallmore has cut prices by 20% on 200 everyday products, including bread and milk.",
        &retold::Options::default(),
    );
    assert!(report.links.iter().all(|l| l.changed.is_none()));
}

#[test]
fn a_dropped_preposition_or_a_kept_up_qualifies_no_figure() {
    let cases = [
        // "Over" qualifies the years, not a figure.
        (
            "Over the past ten years the town has grown by a third, the council said.",
            "In the past ten years the town has grown by a third, the council said.",
        ),
        (
            "Over the past ten years the town has grown by a third, the council said.",
            "The past ten years have seen the town grow by a third, the council said.",
        ),
        // A bound right after a figure counts what is added, not how near the figure is.
        (
            "The group will open a further 20 branches in the coming year, it said.",
            "The group will open 20 more branches in the coming year, it said.",
        ),
        (
            "The bypass finished £5m beyond its budget and a year late, the council said.",
            "The bypass finished £5m over its budget and a year late, the council said.",
        ),
        // "Up" says which way the figure went, and a sign says it too.
        (
            "Shares went up 5% on Monday after the results, traders said.",
            "Shares went up 5% on Monday after the strong results, traders said.",
        ),
        (
            "Revenue for the quarter was $412.6 million (up 7.0%), the company said.",
            "Revenue for the quarter was $412.6m (+7.0%), the company said.",
        ),
        // A qualifier after the figure, written two ways, says the same; "odd" or "plus" after
        // anything but a figure qualifies nothing, and a sum keeps its sign.
        (
            "The storm left 300+ homes without power across the county, officials said.",
            "The storm left 300-plus homes without power across the county, officials said.",
        ),
        (
            "The storm left 300+ homes without power across the county, officials said.",
            "The storm left more than 300 homes without power across the county, officials said.",
        ),
        (
            "The storm left over 300 homes without power across the county, officials said.",
            "The storm left 300 or more homes without power across the county, officials said.",
        ),
        // A sign or an abbreviation says what a word says; a tilde between words says nothing.
        (
            "The firm paid c.£5m for the site in 2019, a report for the council said.",
            "The firm paid about £5m for the site in 2019, a report for the council said.",
        ),
        (
            "The storm left about 300 homes without power across the county, officials said.",
            "The storm left ~300 homes without power across the county, officials said.",
        ),
        (
            "The council called the decision odd and said it would appeal, a spokesman said.",
            "The council called the decision and said it would appeal, a spokesman said.",
        ),
        (
            "The pupils learned that 2+2 makes four in their first lesson on Monday, he said.",
            "The pupils learned that 2 + 2 makes four in their first lesson on Monday, he said.",
        ),
        (
            "Rescuers searched the valley for a day or so before they found the 30 walkers.",
            "Rescuers searched the valley for a day before they found the 30 walkers.",
        ),
        // A figure rounded with its "about" is another way to write it, not a hedge added to
        // a figure kept: only the "a" before it is kept.
        (
            "Walkers had a 31% lower risk of depression than those who walked least.",
            "Walkers had about a third lower risk of depression than those who walked least.",
        ),
    ];
    for (source, target) in cases {
        assert_kept(source, target);
    }
}

//! Amounts: what a kept figure counts. A near copy that keeps a figure but drops or adds the
//! rate after it (`"£2m"` for `"£2m a year"`, `"300 people"` for `"300 people a day"`) says
//! another amount, so it is added and linked with the fact `number`. The same rate written
//! another way (`"annually"` for `"a year"`) or said elsewhere in the sentence changes nothing.
//! A kept figure in another currency (`"£5m"` for `"$5m"`) is another sum too.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{assert_changed, assert_kept, judged, labels, span_text};

#[test]
fn a_rate_dropped_or_added_after_a_kept_figure_is_another_number() {
    for (source, target) in [
        // A yearly cost told as a total.
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "The new bus service will cost the council £2m, a spokesman said on Monday.",
        ),
        // The rate follows the thing counted.
        (
            "About 300 people a day use the crossing, according to figures from the county council.",
            "About 300 people use the crossing, according to figures from the county council.",
        ),
        // A working day told as the whole job.
        (
            "Volunteers worked 12 hours a day to clear the debris from the flooded streets of Millbrook.",
            "Volunteers worked 12 hours to clear the debris from the flooded streets of Millbrook.",
        ),
        // A total told as a yearly cost.
        (
            "The upgrade will cost the trust £40m, its chief executive told the board on Tuesday.",
            "The upgrade will cost the trust £40m a year, its chief executive told the board on Tuesday.",
        ),
        // A price per unit told as a price.
        (
            "Farmers are being paid £30 per tonne for their wheat, the union said in a statement.",
            "Farmers are being paid £30 for their wheat, the union said in a statement.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A rewrite moves words about, but a figure it keeps in place with its rate dropped still
/// says another amount.
#[test]
fn a_rate_dropped_in_a_rewrite_is_another_number() {
    assert_changed(
        "Hallam Fire Authority wants to merge the town's two fire stations to save £120,000 a year.",
        "The town's two fire stations will merge to save £120,000, Hallam Fire Authority announced.",
        Fact::Number,
    );
    // The rate kept, or moved elsewhere in the rewrite, keeps the amount.
    for target in [
        "The town's two fire stations will merge to save £120,000 a year, Hallam Fire Authority announced.",
        "Each year the merger of the town's two fire stations will save £120,000, Hallam Fire Authority said.",
    ] {
        let (_, changed) = judged(
            "Hallam Fire Authority wants to merge the town's two fire stations to save £120,000 a year.",
            target,
        );
        assert_ne!(changed, [Some(Fact::Number)], "{target}");
    }
}

#[test]
fn the_same_rate_written_another_way_or_said_elsewhere_is_kept() {
    for (source, target) in [
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "The new bus service will cost the council £2m annually, a spokesman said on Monday.",
        ),
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "The new bus service will cost the council £2m per year, a spokesman said on Monday.",
        ),
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "The new bus service will cost the council £2m each year, a spokesman said on Monday.",
        ),
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "The new bus service will cost the council £2m per annum, a spokesman said on Monday.",
        ),
        // The rate moved to the front of the sentence.
        (
            "The new bus service will cost the council £2m a year, a spokesman said on Monday.",
            "Each year the new bus service will cost the council £2m, a spokesman said on Monday.",
        ),
        // A time after a figure is no rate: "a year ago" dates the count.
        (
            "The factory cut 300 jobs a year ago and now employs about 1,200 people in the town.",
            "The factory cut 300 jobs and now employs about 1,200 people in the town.",
        ),
    ] {
        assert_kept(source, target);
    }
}

#[test]
fn a_kept_figure_in_another_currency_is_another_number() {
    for (source, target) in [
        // A sign for another sign.
        (
            "Regulators fined the shipping firm $5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm £5m on Tuesday for breaking safety rules at its docks.",
        ),
        (
            "The museum paid €2.4m for the painting at an auction in Paris, its director said.",
            "The museum paid $2.4m for the painting at an auction in Paris, its director said.",
        ),
        // A currency's name for another's, after the magnitude.
        (
            "Regulators fined the shipping firm 5 million dollars on Tuesday for breaking safety rules.",
            "Regulators fined the shipping firm 5 million pounds on Tuesday for breaking safety rules.",
        ),
        // A sign for another currency's name.
        (
            "Regulators fined the shipping firm $5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm 5 million euros on Tuesday for breaking safety rules at its docks.",
        ),
        // A figure rounded in another currency.
        (
            "Regulators fined the shipping firm $4.96m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm £5m on Tuesday for breaking safety rules at its docks.",
        ),
        // One kind of dollar for another.
        (
            "The miner agreed to pay US$5m to settle the claims, its lawyers said on Monday.",
            "The miner agreed to pay A$5m to settle the claims, its lawyers said on Monday.",
        ),
        (
            "The miner agreed to pay C$5m to settle the claims, its lawyers said on Monday.",
            "The miner agreed to pay US$5m to settle the claims, its lawyers said on Monday.",
        ),
        // Whose dollar it is, in capitals, is part of the sum, not a name.
        (
            "The miner agreed to pay US$5m to settle the claims, its lawyers said on Monday.",
            "The miner agreed to pay NZ$5m to settle the claims, its lawyers said on Monday.",
        ),
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A pound written short (`"8lb"`) is one of weight, so `"£8"` for it is another amount, while
/// `"8 pounds"` may be either and is the same as both.
#[test]
fn a_pound_of_weight_is_no_pound_sterling() {
    let weighed = |amount: &str| {
        format!("The baby weighed {amount} when she was born at the Royal Berkshire Hospital.")
    };
    for (source, target) in [("8lb", "£8"), ("£8", "8lbs"), ("8lb", "8kg")] {
        assert_changed(&weighed(source), &weighed(target), Fact::Number);
    }
    for (source, target) in [("8lb", "8 pounds"), ("£8", "8 pounds"), ("8 pounds", "8lb")] {
        assert_kept(&weighed(source), &weighed(target));
    }
}

/// A bare `"$"` may be any kind of dollar: `"$5m"` for `"A$5m"` keeps the sum, as `"5m"` for
/// `"$5m"` does.
#[test]
fn a_bare_dollar_sign_is_any_kind_of_dollar() {
    for (source, target) in [
        (
            "The miner agreed to pay A$5m to settle the claims, its lawyers said on Monday.",
            "The miner agreed to pay $5m to settle the claims, its lawyers said on Monday.",
        ),
        (
            "The miner agreed to pay $5m to settle the claims, its lawyers said on Monday.",
            "The miner agreed to pay US$5m to settle the claims, its lawyers said on Monday.",
        ),
    ] {
        assert_kept(source, target);
    }
}

#[test]
fn one_currency_written_another_way_or_left_unsaid_is_kept() {
    for (source, target) in [
        (
            "Regulators fined the shipping firm $5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm 5 million dollars on Tuesday for breaking safety rules at its docks.",
        ),
        (
            "Regulators fined the shipping firm £5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm 5 million pounds on Tuesday for breaking safety rules at its docks.",
        ),
        (
            "Regulators fined the shipping firm £5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm £5m sterling on Tuesday for breaking safety rules at its docks.",
        ),
        // No currency on one side says none other.
        (
            "Regulators fined the shipping firm $5m on Tuesday for breaking safety rules at its docks.",
            "Regulators fined the shipping firm 5m on Tuesday for breaking safety rules at its docks.",
        ),
        // A sign before a word is no currency of a figure.
        (
            "The shipping firm, listed as SHIP$ on some boards, was fined 5 million on Tuesday.",
            "The shipping firm, listed as SHIP£ on some boards, was fined 5 million on Tuesday.",
        ),
    ] {
        assert_kept(source, target);
    }
}

/// A currency's name for its sign spells the sign: a copy that writes `"5 million dollars"` for
/// `"$5m"` adds no word, and one that writes `"$5m"` for `"5 million dollars"` drops none.
#[test]
fn a_currency_named_for_its_sign_is_no_change_in_the_spans() {
    let signed = "Regulators fined the shipping firm $5m on Tuesday for breaking safety rules.";
    for named in [
        "Regulators fined the shipping firm 5 million dollars on Tuesday for breaking safety rules.",
        "Regulators fined the shipping firm 5m dollars on Tuesday for breaking safety rules.",
    ] {
        for (source, target) in [(signed, named), (named, signed)] {
            let report = compare(source, target, &Options::default());
            assert_eq!(labels(&report.target), [Label::Copied], "{target}");
            let spans = |side: &retold::Side, text: &str| -> Vec<String> {
                let sentence = &side.sentences[0];
                let text = |span: &retold::Span| span_text(text, span.start, span.end);
                sentence.spans.iter().map(text).collect()
            };
            assert_eq!(spans(&report.target, target), [""; 0], "{target}");
            assert_eq!(spans(&report.source, source), [""; 0], "{source}");
        }
    }
    // A currency named where the source gives none is still the figure's: the copy says which.
    let report = compare(
        "Regulators fined the shipping firm 5 million on Tuesday for breaking safety rules.",
        "Regulators fined the shipping firm 5 million euros on Tuesday for breaking safety rules.",
        &Options::default(),
    );
    assert_eq!(labels(&report.target), [Label::Copied]);
}

/// A headline recast over a copied story is a rewording, unless it gives the sum in another
/// currency: then it says another thing, as any sentence would.
#[test]
fn a_headline_recast_with_another_currency_is_another_number() {
    let source = "Harbourline Freight to pay $12m over safety failures at Oakport terminal\n\n\
        Harbourline Freight has agreed to pay $12m to settle claims that it ignored safety \
        warnings at its Oakport container terminal.\n\n\
        Inspectors found that cranes at the terminal had not been checked for two years.";
    let recast = |headline: &str| {
        judged(
            source,
            &format!(
                "{headline}\n\nHarbourline Freight has agreed to pay $12m to settle claims that \
                 it ignored safety warnings at its Oakport container terminal.\n\n\
                 Inspectors found that cranes at the terminal had not been checked for two years."
            ),
        )
    };
    let (labels, changed) = recast("Shipping firm to pay £12m over safety failures at Oakport");
    assert_eq!(labels[0], Label::Added);
    assert!(changed.contains(&Some(Fact::Number)), "{changed:?}");
    let (labels, changed) = recast("Shipping firm to pay $12m over safety failures at Oakport");
    assert_eq!(labels[0], Label::Reworded);
    assert!(!changed.contains(&Some(Fact::Number)), "{changed:?}");
}

/// A length of time said roughly in another unit gives the source's amount when it lies within
/// a tenth of it, on the side its words say: `"almost two years"` for `"22 months"`. One on the
/// wrong side, or further off, is another number.
#[test]
fn a_length_of_time_said_roughly_in_another_unit_is_the_same_amount() {
    let source = "The unit was built on the site of the former outpatients block and took 22 \
                  months to complete, the trust said.";
    for target in [
        "The unit was built on the site of the former outpatients block and took almost two \
         years to complete, the trust said.",
        "The unit was built on the site of the former outpatients block and took about two \
         years to complete, the trust said.",
    ] {
        assert_kept(source, target);
    }
    let later = source.replace("22 months", "26 months");
    assert_changed(
        &later,
        "The unit was built on the site of the former outpatients block and took almost two \
         years to complete, the trust said.",
        Fact::Number,
    );
    assert_changed(
        source,
        "The unit was built on the site of the former outpatients block and took almost three \
         years to complete, the trust said.",
        Fact::Number,
    );
}

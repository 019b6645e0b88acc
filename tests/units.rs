//! Units: a figure converted to other units is the same figure (`"about 7.5 miles"` for
//! `"12km"`, `"40C"` for `"104F"`, `"14 days"` for `"two weeks"`), while another unit after a kept
//! figure, or a rate per another unit, is another number.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{Fact, Label};

mod common;
use common::shapes::{assert_changed, assert_kept, changed_fact, judged};
use Label::Copied;

/// One length of time in other units is the same figure; another length is another number.
#[test]
fn a_length_of_time_in_other_units_is_the_same_figure() {
    assert_kept(
        "The bridge will be closed for two weeks from Monday, the council said.",
        "The bridge will be closed for 14 days from Monday, the council said.",
    );
    assert_kept(
        "The company, founded 50 years ago, has 20 shops across the region.",
        "The company, founded five decades ago, has 20 shops across the region.",
    );
    for target in [
        "The bridge will be closed for 21 days from Monday, the council said.",
        "The bridge will be closed for two months from Monday, the council said.",
    ] {
        assert_changed(
            "The bridge will be closed for two weeks from Monday, the council said.",
            target,
            Fact::Number,
        );
    }
}

/// A length, a weight, an area or a speed converted to other units, as a copy for readers
/// abroad converts it, is the same figure when it rounds to it; another figure, or the same
/// figure in another unit, is another number.
#[test]
fn an_amount_converted_to_other_units_is_the_same_figure() {
    let source = "The park is planning a new walking route, 12km long, linking the station with \
                  the lake.";
    for target in [
        "The park is planning a new walking route, 12 miles long, linking the station with the \
         lake.",
        "The park is planning a new walking route, 9 miles long, linking the station with the \
         lake.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
    for (source, target) in [
        (
            source,
            "The park is planning a new walking route, about 7.5 miles long, linking the station \
             with the lake.",
        ),
        (
            source,
            "The park is planning a new walking route, 7 miles long, linking the station with \
             the lake.",
        ),
        (
            "The fire destroyed 2,000 acres of forest near the town, officials said.",
            "The fire destroyed 809 hectares of forest near the town, officials said.",
        ),
        (
            "The lorry was carrying 20 tonnes of steel when it overturned, police said.",
            "The lorry was carrying 44,000 pounds of steel when it overturned, police said.",
        ),
        (
            "Gusts of 70mph were recorded on the coast overnight, forecasters said.",
            "Gusts of 113kph were recorded on the coast overnight, forecasters said.",
        ),
    ] {
        assert_eq!(changed_fact(source, target), None, "{target}");
    }
}

/// A temperature in the other scale is the same figure to half a degree Celsius, whether its
/// scale is written short, in full or not at all; its units kept with it are no rewording. The
/// same figure in the other scale, or a figure that rounds to another, is another number.
#[test]
fn a_temperature_in_the_other_scale_is_the_same_figure() {
    let source = "Temperatures reached 104F in the city on Tuesday, the highest this year.";
    for (source, target) in [
        (source, "Temperatures reached 40C in the city on Tuesday, the highest this year."),
        (source, "Temperatures reached 40°C in the city on Tuesday, the highest this year."),
        (
            source,
            "Temperatures reached 40 degrees Celsius in the city on Tuesday, the highest this year.",
        ),
        (source, "Temperatures reached 104 degrees in the city on Tuesday, the highest this year."),
        (
            source,
            "Temperatures reached 40C (104F) in the city on Tuesday, the highest this year.",
        ),
        (
            "Forecasters expect highs of 38C across the south on Saturday.",
            "Forecasters expect highs of 100F across the south on Saturday.",
        ),
        (
            "Overnight the temperature fell to -5C in the valleys.",
            "Overnight the temperature fell to 23F in the valleys.",
        ),
    ] {
        assert_eq!(judged(source, target), (vec![Copied], vec![None]), "{target}");
    }
    for target in [
        "Temperatures reached 38C in the city on Tuesday, the highest this year.",
        "Temperatures reached 104C in the city on Tuesday, the highest this year.",
        "Temperatures reached 104 degrees Celsius in the city on Tuesday, the highest this year.",
        "Temperatures reached 40F in the city on Tuesday, the highest this year.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
}

/// A speed written as a length per time (`"miles per hour"`, `"miles an hour"`, `"km/h"`) is
/// the speed its initials give: `"97km/h"` for `"60 miles an hour"` converts it, while `"60
/// kph"` for it, or `"94 kph"` for `"94 miles per hour"`, is another speed.
#[test]
fn a_speed_in_words_or_with_a_slash_is_its_unit() {
    let source = "Gusts of up to 60 miles an hour were recorded at the point overnight.";
    for target in [
        "Gusts of up to 97km/h were recorded at the point overnight.",
        "Gusts of up to 97 kph were recorded at the point overnight.",
        "Gusts of up to 60 miles per hour were recorded at the point overnight.",
        "Gusts of up to 60mph were recorded at the point overnight.",
    ] {
        assert_kept(source, target);
    }
    for target in [
        "Gusts of up to 60 kph were recorded at the point overnight.",
        "Gusts of up to 60km/h were recorded at the point overnight.",
        "Gusts of up to 70 miles an hour were recorded at the point overnight.",
    ] {
        assert_changed(source, target, Fact::Number);
    }
    assert_changed(
        "Gusts of up to 94 miles per hour were recorded at the point overnight.",
        "Gusts of up to 94 kph were recorded at the point overnight.",
        Fact::Number,
    );
}

/// A figure per unit (`"£12.21 an hour"`, `"£30 per tonne"`) is a rate: another unit after its
/// `"per"` or `"an"` is another rate (`"£12.21 a week"`, `"£30 per kilo"`), while the same rate
/// in other words is the same fact (`"£12.21 per hour"`, `"£30 a tonne"`).
#[test]
fn a_rate_per_another_unit_is_another_number() {
    let wage = "The minimum wage will rise to £12.21 an hour from April, the Treasury said.";
    assert_kept(
        wage,
        "The minimum wage will rise to £12.21 per hour from April, the Treasury said.",
    );
    for target in [
        "The minimum wage will rise to £12.21 a week from April, the Treasury said.",
        "The minimum wage will rise to £12.21 a day from April, the Treasury said.",
    ] {
        assert_changed(wage, target, Fact::Number);
    }
    let levy = "The levy on landfill rises to £30 per tonne next year, ministers said.";
    assert_kept(
        levy,
        "The levy on landfill rises to £30 a tonne next year, ministers said.",
    );
    for target in [
        "The levy on landfill rises to £30 per kilo next year, ministers said.",
        "The levy on landfill rises to £30 per kg next year, ministers said.",
        "The levy on landfill rises to £30 per litre next year, ministers said.",
    ] {
        assert_changed(levy, target, Fact::Number);
    }
}

/// Weights and volumes convert like lengths: `"5 kilos"` is `"5kg"`, `"11 stone"` about
/// `"70kg"`, `"500ml"` half a litre; `"5 grams"` for `"5kg"` is another weight.
#[test]
fn weights_and_volumes_convert() {
    let source = "Officers found 5kg of cannabis and half a litre of acid in the flat.";
    assert_kept(
        source,
        "Officers found 5 kilos of cannabis and half a litre of acid in the flat.",
    );
    assert_changed(
        source,
        "Officers found 5 grams of cannabis and half a litre of acid in the flat.",
        Fact::Number,
    );
    let weight = "The boy, who weighed 11 stone, was told to lose weight.";
    assert_kept(
        weight,
        "The boy, who weighed 70kg, was told to lose weight.",
    );
    assert_changed(
        weight,
        "The boy, who weighed 11kg, was told to lose weight.",
        Fact::Number,
    );
    let dose = "Each bottle held 500ml of the mixture, the court heard.";
    assert_kept(
        dose,
        "Each bottle held 0.5 litres of the mixture, the court heard.",
    );
    assert_changed(
        dose,
        "Each bottle held 500 litres of the mixture, the court heard.",
        Fact::Number,
    );
}

/// Sums converted into another currency at one rate are the same sums, rounded: a target that
/// gives three or more of the source's dollar sums in pounds at one rate converts them. One
/// sum in another currency is no rate, so it stays another sum, and so does a sum at another
/// rate in a target that converts the rest.
#[test]
fn sums_converted_at_one_rate_are_the_same_sums() {
    let source = "Altona Air posted a net loss of $412 million for the quarter.\n\n\
                  Revenue rose 6% to $3.1 billion, helped by transatlantic routes.\n\n\
                  Fuel costs climbed 14% to $1.2 billion.";
    let target = "Altona Air posted a net loss of roughly £320 million for the quarter.\n\n\
                  Revenue rose 6% to about £2.4 billion, helped by transatlantic routes.\n\n\
                  Fuel costs climbed 14% to roughly £940 million.";
    let (labels, changed) = judged(source, target);
    assert!(labels.iter().all(|&l| l != Label::Added), "{labels:?}");
    assert_eq!(changed, [None, None, None]);
    // Converted one for one, with no "about", a sum in the other currency is the same sum.
    let (labels, changed) = judged(
        source,
        &target.replace("roughly ", "").replace("about ", ""),
    );
    assert!(labels.iter().all(|&l| l != Label::Added), "{labels:?}");
    assert_eq!(changed, [None, None, None]);
    // Another figure at the rate's place is another sum.
    let other = target.replace("£940 million", "£1.4 billion");
    let (labels, _) = judged(source, &other);
    assert_eq!(labels[2], Label::Added);
    // Alone, a sum in another currency converts nothing.
    assert_changed(
        "Altona Air posted a net loss of $412 million for the quarter.",
        "Altona Air posted a net loss of roughly £320 million for the quarter.",
        Fact::Number,
    );
}

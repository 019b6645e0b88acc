//! Unit tests of figures: numbers and the units written onto them, decimals read out in words,
//! ordinals, scores, ranges, shares and multiples.

use super::*;
use crate::normalize::normalize;
use crate::normalize::tests::{keys, words};
use crate::segment::segment;

#[test]
fn scores_and_ranges_have_two_values() {
    for (word, range) in [
        ("3-1", Some([3.0, 1.0])),
        ("5-7.5", Some([5.0, 7.5])),
        ("1-2-3", None),
        ("9/11", None),
        ("3-", None),
        ("12", None),
    ] {
        assert_eq!(range_of(word), range, "{word}");
    }
}

#[test]
fn only_digits_with_an_ordinal_suffix_are_ordinals() {
    for (word, ordinal) in [
        ("3rd", true),
        ("21st", true),
        ("12th", true),
        ("3", false),
        ("1990s", false),
        ("th", false),
        ("4x4th", false),
    ] {
        assert_eq!(is_ordinal(word), ordinal, "{word}");
    }
}

#[test]
fn plain_numbers_and_ordinals_have_values() {
    for (word, value) in [
        ("12000", Some(12000.0)),
        ("4.5", Some(4.5)),
        ("3rd", Some(3.0)),
        ("21st", Some(21.0)),
        ("1990s", None),
        ("3-0", None),
        ("9/11", None),
        ("th", None),
        ("1.2.3", None),
        (".5", None),
        ("0.25", Some(0.25)),
        // A letter O among digits reads as a zero; no digit, no number.
        ("3O", Some(30.0)),
        ("40O00", Some(40000.0)),
        ("1.O5", Some(1.05)),
        ("OO", None),
    ] {
        assert_eq!(value_of(word), value, "{word}");
    }
}

#[test]
fn a_number_and_the_unit_written_onto_it_are_two_words() {
    for (source, target, same, spans) in [
        ("£195 million", "£195million", true, &["195", "million"][..]),
        ("£1.2 billion", "£1.2bn", true, &["1.2", "bn"]),
        ("$5 million", "$5m", true, &["5", "m"]),
        ("£20 thousand", "£20k", true, &["20", "k"]),
        ("70 mph", "70mph", true, &["70", "mph"]),
        ("11 kilometres", "11km", true, &["11", "km"]),
        // A clock time is one word, the same with a dot or a colon and on either clock; a
        // decimal is not.
        ("10 a.m.", "10am", true, &["10am"]),
        ("7:30 p.m.", "7.30pm", true, &["7.30pm"]),
        ("7:30pm", "7.30 PM", true, &["7.30 PM"]),
        ("19:30", "7.30pm", true, &["7.30pm"]),
        ("7.30 million", "7:30 million", false, &["7:30", "million"]),
        ("19:30", "19.30pm", false, &["19.30", "pm"]),
        ("£195 million", "£195bn", false, &["195", "bn"]),
        ("21 st", "21st", false, &["21st"]),
        ("1990 s", "1990s", false, &["1990s"]),
        ("Covid 19", "Covid19", false, &["Covid19"]),
        // A letter O after digits is a zero misread, not a unit; before letters it is a word.
        ("30 years", "3O years", false, &["3O", "years"]),
        ("3 Oct", "3Oct", true, &["3", "Oct"]),
        ("3.5 per cent", "3.5%", false, &["3.5", "%"]),
        ("3.5 percent", "3.5%", true, &["3.5", "%"]),
        // A plus sign written onto a figure is a word; one that adds or signs a figure is not.
        ("300-plus homes", "300+ homes", true, &["300", "+", "homes"]),
        ("£5m-plus", "£5m+", true, &["5", "m", "+"]),
        ("2 plus 2", "2+2", false, &["2", "2"]),
        ("up 7%", "+7%", false, &["7", "%"]),
        // A tilde or a "c." before a figure is a word too; elsewhere neither is.
        ("about 300", "~300", true, &["~", "300"]),
        ("about £5m", "~£5m", true, &["~", "5", "m"]),
        ("circa 1850", "c. 1850", true, &["c", "1850"]),
        ("circa 300", "c.300", true, &["c", "300"]),
        ("circa 300", "ca.300", true, &["ca", "300"]),
        ("about", "a~b", false, &["a", "b"]),
        ("circa Smith", "c. Smith", false, &["c", "Smith"]),
        // A minus sign or hyphen that opens a figure is a word; one inside a range is not.
        ("minus 5C", "-5C", true, &["-", "5", "C"]),
        ("minus 5C", "\u{2212}5C", true, &["\u{2212}", "5", "C"]),
        ("5 7", "5-7", false, &["5-7"]),
        ("well known", "well-known", true, &["well", "known"]),
        ("did not", "didn't", true, &["did", "n't"]),
        ("can not", "can\u{2019}t", true, &["ca", "n\u{2019}t"]),
        ("will not", "won't", true, &["wo", "n't"]),
        ("we are", "We're", true, &["We", "'re"]),
        ("I have", "I've", true, &["I", "'ve"]),
        ("did", "didn't", false, &["did", "n't"]),
        ("O Neill", "O'Neill", false, &["O'Neill"]),
        ("rock n roll", "rock'n'roll", false, &["rock'n'roll"]),
    ] {
        let spans = spans.iter().map(|s| s.to_string()).collect();
        assert_eq!(words(source, target), (same, spans), "{source} vs {target}");
    }
}

#[test]
fn a_decimal_read_out_in_words_is_one_figure() {
    for (source, target, same, spans) in [
        ("3.5", "three point five", true, &["three point five"][..]),
        (
            "0.05",
            "zero point zero five",
            true,
            &["zero point zero five"],
        ),
        (
            "0.25",
            "nought-point-two-five",
            true,
            &["nought-point-two-five"],
        ),
        ("12.4", "twelve point four", true, &["twelve point four"]),
        // A point after no number word, or before no digit word, is a word of its own.
        ("1 point", "one point", false, &["one", "point"]),
        ("3 point 5", "three point 5", true, &["three", "point", "5"]),
        ("3 point", "3 point five", false, &["3", "point", "five"]),
        ("2 points", "two points", true, &["two", "points"]),
        (
            "3.5",
            "three, point five",
            false,
            &["three", "point", "five"],
        ),
    ] {
        let spans = spans.iter().map(|s| s.to_string()).collect();
        assert_eq!(words(source, target), (same, spans), "{source} vs {target}");
    }
}

/// A score or a range is one figure, read in its order: `"1-3"` is not `"3-1"`, while spaces
/// around the dash leave two numbers.
#[test]
fn a_score_is_one_figure_in_its_order() {
    let (source, target) = keys("Leeds won 3-1 at home.", "Leeds won 1-3 at home.");
    assert_eq!(source.len(), 5);
    assert_ne!(source, target);
    let (spaced, _) = keys("Leeds won 3 - 1 at home.", "");
    assert_eq!(spaced.len(), 6);
    // Only pairs join, so a chain of dashed numbers is half as many figures, not one figure
    // interned again at every dash.
    let chain: Vec<String> = (10..210).map(|n| n.to_string()).collect();
    let (chained, _) = keys(&chain.join("-"), "");
    assert_eq!(chained.len(), 100);
    let t = normalize("2024-01-15", &segment("2024-01-15"), "", &[]);
    let figures: Vec<_> = (0..t.source[0].len())
        .map(|k| t.figures_at(&t.source[0], k))
        .collect();
    assert_eq!(figures, [[Some(2024.0), Some(1.0)], [Some(15.0), None]]);
}

#[test]
fn shares_are_read_from_part_words_and_percentages() {
    // Each phrase and the share one of its words gives, none for a phrase that gives none.
    for (text, share) in [
        ("half the staff", Some(0.5)),
        ("a quarter of pupils", Some(0.25)),
        ("three quarters of pupils", Some(0.75)),
        ("a third of voters", Some(1.0 / 3.0)),
        ("two-thirds of voters", Some(2.0 / 3.0)),
        ("one fifth of trains", Some(0.2)),
        ("one in five adults", Some(0.2)),
        ("2 in 3 adults", Some(2.0 / 3.0)),
        ("in 2024", None),
        ("five in 2024", None),
        ("33% of voters", Some(0.33)),
        ("12 per cent of voters", Some(0.12)),
        ("the second half", Some(0.5)),
        ("the 2nd half", None),
        ("the third quarter", None),
        ("the third man", None),
        ("a third man", Some(1.0 / 3.0)),
        ("the 3rd of May", None),
        ("five quarters", None),
        ("12 voters", None),
    ] {
        let t = normalize(text, &segment(text), "", &[]);
        let words = &t.source[0];
        let found: Vec<f64> = (0..words.len())
            .filter_map(|k| t.share_at(words, k))
            .collect();
        assert_eq!(found.first().copied(), share, "{text}");
        assert!(found.len() <= 1, "{text}");
    }
}

#[test]
fn multiples_have_their_factors() {
    let text = "Sales doubled, then tripled or trebled, and costs halved twice, at times three \
                times, for the 3rd time.";
    let t = normalize(text, &segment(text), "", &[]);
    let words = &t.source[0];
    let factors: Vec<f64> = (0..words.len())
        .filter_map(|k| t.multiple_at(words, k))
        .collect();
    assert_eq!(factors, [2.0, 3.0, 3.0, 0.5, 2.0, 3.0]);
}

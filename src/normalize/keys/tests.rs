//! Tests of the matching keys: pasted letters folded to plain ones, figures' separators, and
//! dotted initials.

use super::*;

#[test]
fn fold_spells_compatibility_forms_as_plain_letters() {
    let mut out = String::new();
    for (word, expected) in [
        (
            "\u{fb00}\u{fb01}\u{fb02}\u{fb03}\u{fb04}\u{fb05}\u{fb06}",
            "fffiflffifflstst",
        ),
        ("\u{ff21}\u{ff5a}\u{ff10}\u{ff19}", "az09"),
        ("x\u{2070}\u{b9}\u{b2}\u{b3}\u{2074}\u{2079}", "x012349"),
        ("\u{c9}LYS\u{c9}E", "elysee"),
        ("\u{3a3}\u{39f}\u{3a6}\u{399}\u{391}", "σοφια"),
        ("Somer\u{ad}set", "somerset"),
        ("cov\u{2060}er\u{200d}ing\u{feff}", "covering"),
    ] {
        fold(word, &mut out, false);
        assert_eq!(out, expected, "{word}");
    }
}

#[test]
fn a_figure_folds_alike_however_its_language_separates_it() {
    let mut out = String::new();
    for (figure, decimal_comma, expected) in [
        ("12,000", false, "12000"),
        ("1,200,000", false, "1200000"),
        ("3.5", false, "3.5"),
        ("1,200.50", false, "1200.50"),
        ("1.200,50", false, "1200.50"),
        ("3,5", true, "3.5"),
        ("500.000", true, "500000"),
        ("1.200.000", true, "1200000"),
        ("1.200,50", true, "1200.50"),
        ("1,200.50", true, "1200.50"),
        ("90\u{202f}000", true, "90000"),
        ("1 200 000", true, "1200000"),
        // A clock time or a point written English-style keeps its point: no group of three.
        ("10.30", true, "10.30"),
        ("3.5", true, "3.5"),
        ("1,200,000", true, "1200000"),
    ] {
        fold(figure, &mut out, decimal_comma);
        assert_eq!(
            out, expected,
            "{figure} with a decimal comma: {decimal_comma}"
        );
    }
}

#[test]
fn dotted_initials_are_single_letters_between_full_stops() {
    for (word, expected) in [
        ("U.N", true),
        ("a.m", true),
        ("U.S.A", true),
        ("3.5", false),
        ("example.com", false),
        ("N", false),
        ("U..N", false),
        (".N", false),
    ] {
        assert_eq!(is_dotted_initials(word), expected, "{word:?}");
    }
}

//! Unit tests of the normalize stage: keys, variants, weights and facts.

use super::*;
use crate::segment::segment;

/// The keys of every word of `source` and of `target`, in order.
pub(super) fn keys(source: &str, target: &str) -> (Vec<u32>, Vec<u32>) {
    let t = normalize(source, &segment(source), target, &segment(target));
    let flat = |side: &Vec<Vec<Token>>| side.iter().flatten().map(|t| t.key).collect();
    (flat(&t.source), flat(&t.target))
}

#[test]
fn variants_share_keys() {
    let table: &[(&str, &str)] = &[
        ("neighbours", "neighbors"),
        ("Zelenskiy", "Zelenskyy"),
        ("Russia's", "Russia \u{2019}s"),
        ("12,000", "12000"),
        ("won 3-1", "won 3\u{2013}1"),
        ("“Quote”", "\"quote\""),
        ("Zürich", "Zurich"),
        ("attacked", "attacking"),
        ("Aug", "August"),
        ("Kadyrov", "Kadirov"),
        ("U.N.", "UN"),
        ("U.K.", "UK"),
        ("organised", "organized"),
        // Citation marks written onto a word are no words: a copy from Wikipedia stays a copy.
        ("The bridge opened.", "The bridge[2] opened.[a][14]"),
        ("It closed", "It[citation needed] closed[note 3]"),
        ("Organisation", "organization"),
        ("analysing", "analyzing"),
        ("defence", "defense"),
        ("Offences", "offenses"),
        ("grey", "gray"),
        ("jewellery", "jewelry"),
        // An address's short forms.
        ("Street", "St"),
        ("Road", "Rd"),
        ("avenue", "Ave"),
        // A title's short forms.
        ("Detective Superintendent", "Det Supt"),
        ("Professor", "Prof"),
        ("Sergeants", "Sgts"),
        ("three", "3"),
        ("Twenty", "20"),
        ("Third", "3rd"),
        ("twelfth", "12th"),
        ("1990s", "Nineties"),
        ("km", "kilometres"),
        ("kilometers", "km"),
        ("kg", "kilograms"),
        ("kilos", "kg"),
        // A share in any language's one word for it.
        ("5 percent", "5%"),
        ("5 Prozent", "5%"),
        ("5 procent", "5 per cent"),
        ("500ml", "500 millilitres"),
        ("1960s", "60s"),
        ("sixties", "60s"),
        ("\u{fb01}rst", "first"),
        ("o\u{fb03}cial", "official"),
        ("\u{ff35}\u{ff2e}", "UN"),
        ("\u{ff11}\u{ff12}", "12"),
        ("Cafe\u{301}", "café"),
    ];
    for (source, target) in table {
        let (s, t) = keys(source, target);
        assert_eq!(s[0], t[0], "{source} vs {target}");
    }
    let (s, t) = keys("in the 1960s", "in the \u{2019}60s");
    assert_eq!(s.last(), t.last(), "a decade after an apostrophe");
    for (source, target) in [("1990s", "1980s"), ("1990s", "1990"), ("90s", "90")] {
        let (s, t) = keys(source, target);
        assert_ne!(s[0], t[0], "{source} vs {target}");
    }
}

#[test]
fn forms_tell_an_inflection_from_a_spelling() {
    let form = |source: &str, target: &str| {
        let t = normalize(source, &segment(source), target, &segment(target));
        let (s, t) = (t.source[0][0], t.target[0][0]);
        assert_eq!(s.key, t.key, "{source} vs {target}");
        s.is_same_word(&t)
    };
    for (source, target, same) in [
        ("neighbours", "Neighbors", true),
        ("Zelenskiy", "Zelenskyy", true),
        ("Russia's", "Russia \u{2019}s", true),
        ("12,000", "12000", true),
        ("happy", "Happy", true),
        ("killed", "kills", false),
        ("attacked", "attacking", false),
        ("happy", "happiness", false),
    ] {
        assert_eq!(form(source, target), same, "{source} vs {target}");
    }
}

/// Whether the first sentences of `source` and `target` are the same words, and the target's
/// words as written.
pub(super) fn words(source: &str, target: &str) -> (bool, Vec<String>) {
    let t = normalize(source, &segment(source), target, &segment(target));
    let (s, t) = (&t.source[0], &t.target[0]);
    let same = s.len() == t.len() && s.iter().zip(t).all(|(s, t)| s.is_same_word(t));
    let spans: Vec<String> = t.iter().map(|w| target[w.start..w.end].into()).collect();
    (same, spans)
}

#[test]
fn negations_are_known_in_any_spelling() {
    let text = "Not never no nothing nobody none neither nor can't cannot notice knot.";
    let t = normalize(text, &segment(text), "", &[]);
    let negations: Vec<&str> = t.source[0]
        .iter()
        .filter(|w| t.is_negation(w.key))
        .map(|w| &text[w.start..w.end])
        .collect();
    assert_eq!(
        negations,
        ["Not", "never", "no", "nothing", "nobody", "none", "neither", "nor", "n't", "not"]
    );
}

#[test]
fn numbers_and_short_words_stay_apart() {
    for (source, target) in [
        ("12", "15"),
        ("2024", "2025"),
        ("form", "from"),
        ("killed", "filled"),
        ("continues", "contingent"),
        ("U.N.", "U.S."),
        ("3.5", "35"),
        ("three", "4"),
        ("one", "1"),
        ("third", "fourth"),
        ("third", "3"),
        ("second", "2nd"),
        ("rise", "rize"),
    ] {
        let (s, t) = keys(source, target);
        assert_ne!(s[0], t[0], "{source} vs {target}");
    }
}

#[test]
fn common_words_weigh_less_than_distinctive_ones() {
    let source = "Korea sent troops. Korea fired shells. Korea denied it. Korea met envoys.";
    let target = "Korea sent troops to Kursk.";
    let t = normalize(source, &segment(source), target, &segment(target));
    let korea = t.target[0][0].key;
    let kursk = t.target[0][4].key;
    assert!(t.weight(kursk) > 3.0 * t.weight(korea));
    assert!(t.is_common(korea));
    assert!(!t.is_common(kursk));
}

#[test]
fn a_paragraph_an_article_repeats_counts_once() {
    let update = "The ferry Morwenna ran aground off Carrick Point.";
    let rest = "Crews checked the hull. The harbour stayed open. Passengers waited ashore.";
    let target = "The Morwenna ran aground off Carrick Point, crews said.";
    let once = format!("{update} {rest}");
    // Wire copy repeats its key paragraph in every update; so does a reader's careless paste.
    let thrice = format!("{update}\n\n{rest}\n\n{update}\n\n{update}");
    let weigh = |source: &str| {
        let t = normalize(source, &segment(source), target, &segment(target));
        let ferry = t.target[0][1].key;
        (t.weight(ferry), t.is_common(ferry), t.sentences)
    };
    assert_eq!(weigh(&once), weigh(&thrice));
    // The target's copy of the paragraph is the sharing being measured, and still counts.
    let (weight, common, sentences) = weigh(&once);
    assert_eq!(sentences, 5);
    assert_eq!(
        weight,
        (6.0f32 / 2.0).ln(),
        "in the source's paragraph and the target's"
    );
    assert!(!common);
}

#[test]
fn quotation_marks_pair_as_each_language_writes_them() {
    for text in [
        "\u{201c}Wir bleiben.\u{201d} Lang ging.",
        "\u{201e}Wir bleiben.\u{201c} Lang ging.",
        "\u{bb}Wir bleiben.\u{ab} Lang ging.",
        "\u{ab} Wir bleiben. \u{bb} Lang ging.",
        "\"Wir bleiben.\" Lang ging.",
    ] {
        let t = normalize(text, &segment(text), "", &[]);
        let quoted: Vec<bool> = t.source.iter().flatten().map(|w| w.quoted).collect();
        assert_eq!(quoted, [true, true, false, false], "{text}");
    }
}

/// British papers quote in single marks; an apostrophe, a decade and a plural possessive open
/// none, and a double mark opening a sentence opens a quotation whatever the last one left.
#[test]
fn single_quotation_marks_open_and_close_quotations() {
    let cases: [(&str, &[bool]); 6] = [
        (
            "'We are sorry,' she said.",
            &[true, true, true, false, false],
        ),
        (
            "\u{2018}We are sorry,\u{2019} she said.",
            &[true, true, true, false, false],
        ),
        (
            "She said: 'We are sorry.'",
            &[false, false, true, true, true],
        ),
        ("Dad didn't like the '90s.", &[false; 6]),
        ("The parents' case failed.", &[false, false, false, false]),
        (
            "He said: \"Go now. \"Stop,\" he said.",
            &[false, false, true, true, true, false, false],
        ),
    ];
    for (text, expected) in cases {
        let t = normalize(text, &segment(text), "", &[]);
        let quoted: Vec<bool> = t.source.iter().flatten().map(|w| w.quoted).collect();
        assert_eq!(quoted, expected, "{text}");
    }
}

#[test]
fn marks_quoted_and_proper_words() {
    let text = "\u{201c}We will win,\u{201d} Smith said.";
    let t = normalize(text, &segment(text), "", &[]);
    let flags: Vec<(bool, bool)> = t.source[0].iter().map(|t| (t.quoted, t.proper)).collect();
    assert_eq!(
        flags,
        [
            (true, false),
            (true, false),
            (true, false),
            (false, true),
            (false, false)
        ]
    );
}

/// Capitals say a word is a name only where other words go without them: a line set wholly in
/// capitals names no one by them, while a tabloid's shouted first words keep theirs.
#[test]
fn a_line_set_in_capitals_has_no_proper_words() {
    let cases = [
        (
            "SERIAL ATTACKER ADMITS 13 YEAR REIGN OF TERROR",
            vec![false; 8],
        ),
        ("GOAL HERO: I'M A GHOST", vec![false; 6]),
        (
            "A LORRY driver met Tom Reed.",
            vec![false, true, false, false, true, true],
        ),
        ("Not TWO words", vec![false, true, false]),
    ];
    for (text, expected) in cases {
        let t = normalize(text, &segment(text), "", &[]);
        let proper: Vec<bool> = t.source[0].iter().map(|t| t.proper).collect();
        assert_eq!(proper, expected, "{text}");
    }
}

#[test]
fn a_quotation_runs_on_across_sentences_of_a_paragraph() {
    let quoted = |text: &str| -> Vec<Vec<bool>> {
        let t = normalize(text, &segment(text), "", &[]);
        t.source
            .iter()
            .map(|s| s.iter().map(|t| t.quoted).collect())
            .collect()
    };
    // The second sentence is still inside the quotation until its closing mark.
    assert_eq!(
        quoted("\u{201c}Losses are heavy. We see it,\u{201d} he said."),
        [vec![true, true, true], vec![true, true, true, false, false]]
    );
    assert_eq!(
        quoted("\"Losses are heavy. We see it,\" he said."),
        [vec![true, true, true], vec![true, true, true, false, false]]
    );
    // A new paragraph starts outside any quotation: an unclosed one does not run on.
    assert_eq!(
        quoted("\u{201c}Losses are heavy.\n\nWe see it."),
        [vec![true, true, true], vec![false, false, false]]
    );
}

#[test]
fn marks_the_words_that_open_a_clause() {
    let cases: &[(&str, &[&str])] = &[
        ("They were hurt, he said.", &["They", "he"]),
        ("\u{201c}We will win,\u{201d} Smith said.", &["We", "Smith"]),
        (
            "A well-known case - the first - ended.",
            &["A", "the", "ended"],
        ),
        (
            "Talks (in Oslo) failed; nobody came.",
            &["Talks", "in", "failed", "nobody"],
        ),
        (
            "Prices rose \u{2013} again: by 5%.",
            &["Prices", "again", "by"],
        ),
        (
            "Russia\u{2019}s army and its allies left.",
            &["Russia\u{2019}s"],
        ),
    ];
    for (text, expected) in cases {
        let t = normalize(text, &segment(text), "", &[]);
        let opening: Vec<&str> = t.source[0]
            .iter()
            .filter(|t| t.opens_clause)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(opening, *expected, "{text}");
    }
}

#[test]
fn a_function_word_in_capitals_is_a_name_unless_the_line_shouts() {
    let text = "The US told us. The U.S. agreed. WHO experts met. THE US TOLD US.";
    let t = normalize(text, &segment(text), "", &[]);
    let key = |s: usize, i: usize| t.source[s][i].key;
    let (us_name, us_word) = (key(0, 1), key(0, 3));
    assert_ne!(us_name, us_word);
    assert_eq!(t.kind(us_name), KeyKind::Content);
    assert_eq!(t.kind(us_word), KeyKind::Stop);
    assert_eq!(key(1, 1), us_name, "U.S. is US");
    assert_eq!(t.kind(key(2, 0)), KeyKind::Content, "WHO before experts");
    assert!(t.source[3]
        .iter()
        .all(|w| w.key == us_word || t.kind(w.key) == KeyKind::Stop));
}

#[test]
fn may_with_a_capital_inside_a_sentence_is_the_month_not_the_verb() {
    let text = "Work may begin in May. Theresa May said so. May 5 is the deadline. \
                May we come? Council May Close Library. Theresa May MP met the union leaders.";
    let t = normalize(text, &segment(text), "", &[]);
    let key = |s: usize, i: usize| t.source[s][i].key;
    let (verb, month) = (key(0, 1), key(0, 4));
    assert_ne!(verb, month);
    assert_eq!(t.kind(verb), KeyKind::Stop);
    assert_eq!(t.kind(month), KeyKind::Content);
    assert!(t.is_date(month));
    assert_eq!(key(1, 1), month, "a name after a name");
    assert_eq!(key(2, 0), month, "a first word before a day");
    assert_eq!(key(3, 0), verb, "a first word asking");
    assert_eq!(key(4, 1), verb, "a headline in title case");
    assert_eq!(
        key(5, 1),
        month,
        "a name between names in a sentence in lower case"
    );
}

#[test]
fn brackets_that_are_no_citation_marks_keep_their_words() {
    for (text, words) in [
        ("It was [sic] late.", 4),
        ("See note [2].", 3),
        ("The year[2024] ended.", 4),
    ] {
        let tokens = normalize(text, &segment(text), "", &[]);
        assert_eq!(tokens.source[0].len(), words, "{text:?}");
    }
}

//! Property tests: `compare` is total and every report it gives is well formed.
//!
//! Two kinds of input: arbitrary Unicode (controls, BOMs, surrogate-pair characters, combining
//! marks, CJK stops) to find panics and offset slips, and generated news-like text with a
//! target derived from the source (copied, dropped, edited, reordered, added sentences) so that
//! links, spans and diffs are exercised too.

#![cfg(not(target_arch = "wasm32"))] // native only: proptest, insta and processes are not on wasm32

mod common;

use proptest::prelude::*;
use retold::{compare, Label, OffsetUnit, Options};

use common::{check_paragraphs_contiguous, check_report};

/// Characters that matter to the pipeline, mixed with arbitrary ones.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        ' ',
        ' ',
        '\n',
        '\n',
        '\r',
        '\t',
        '.',
        '.',
        '!',
        '?',
        '"',
        '\'',
        ',',
        '\u{201c}',
        '\u{201d}',
        '\u{2019}',
        '\u{feff}',
        '\u{200b}',
        '\u{2060}',
        '\u{a0}',
        '\u{2028}',
        '\0',
        '\u{301}',
        '\u{200d}',
        '。',
        '！',
        '？',
        '，',
        '😀',
        '👍',
        '\u{1f3fd}',
        'é',
        'ß',
        'İ',
        'ﬁ',
        'א',
        'ب',
        '中',
        'の',
        '0',
        '1',
        '9',
        '£',
        '%',
        '-',
        // Hyphens a line break may follow: a word broken across lines.
        '\u{2010}',
        '\u{ad}',
        '—',
        '…',
        '(',
        ')',
        '[',
        ']',
        '<',
        '>',
        '#',
        '*',
    ]);
    let ch = prop_oneof![
        3 => any::<char>(),
        5 => special,
        6 => prop::char::range('a', 'z'),
        2 => prop::char::range('A', 'Z'),
    ];
    prop::collection::vec(ch, 0..max).prop_map(String::from_iter)
}

const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "in",
    "said",
    "council",
    "bridge",
    "river",
    "police",
    "mayor",
    "storm",
    "homes",
    "damaged",
    "closed",
    "opened",
    "Tuesday",
    "Portmere",
    "Kelburn",
    "Mr.",
    "Dr.",
    "U.S.",
    "a.m.",
    "Dec.",
    "27",
    "No.",
    "10",
    "3.5",
    "£4.2m",
    "12,000",
    "per",
    "cent",
    "\"We",
    "will",
    "win\"",
    "officials",
    "warned",
    "Ann",
    "Clarke",
    "café",
    "naïve",
    "😀",
    "北京",
    "市长",
    "rose",
    "fell",
    "after",
    "before",
    "it",
    "was",
    "not",
    "known",
    "(AP)",
    "—",
    "e.g.",
    "Inc.",
    "St.",
    // Words the normaliser joins into one figure, or reads as a turned claim.
    "2.30pm",
    "14:30",
    "10",
    "pm",
    "three",
    "and",
    "half",
    "½",
    "1/2",
    "forty-two",
    "hundred",
    "point",
    "nought",
    // The month and the verb, told apart by the capital.
    "May",
    "may",
    "accused",
    "stealing",
    "stole",
    "without",
    "charge",
    // Words broken across lines, as PDF copy breaks them, and a compound broken at its hyphen.
    "dam-\naged",
    "clo\u{ad}\nsed",
    "Tues- day",
    "well-\nknown",
    // Citation marks, as Wikipedia copy has them, and brackets that are none.
    "opened.[3]",
    "bridge[a][12]",
    "[citation needed]",
    "[sic]",
];

const ENDS: &[&str] = &[".", ".", ".", "!", "?", "。", ".\"", "?\u{201d}", ""];

const GAPS: &[&str] = &[
    " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", " \u{a0}",
];

/// One generated sentence: word indices and an ending.
type Words = (Vec<usize>, usize);

fn sentence() -> impl Strategy<Value = Words> {
    (prop::collection::vec(0..WORDS.len(), 1..14), 0..ENDS.len())
}

fn render(sentences: &[Words], gaps: &[usize]) -> String {
    let mut text = String::new();
    for (i, (words, end)) in sentences.iter().enumerate() {
        if i > 0 {
            text.push_str(GAPS[gaps.get(i).copied().unwrap_or(0) % GAPS.len()]);
        }
        let mut first = true;
        for &w in words {
            if !first {
                text.push(' ');
            }
            let word = WORDS[w];
            if first {
                let mut chars = word.chars();
                if let Some(c) = chars.next() {
                    text.extend(c.to_uppercase());
                    text.push_str(chars.as_str());
                }
            } else {
                text.push_str(word);
            }
            first = false;
        }
        text.push_str(ENDS[*end]);
    }
    text
}

/// What the target does with one source sentence.
#[derive(Clone, Copy, Debug)]
enum Edit {
    Keep,
    Drop,
    Replace(usize, usize),
    Swap,
    AddAfter(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => Just(Edit::Keep),
        1 => Just(Edit::Drop),
        2 => (0..16usize, 0..WORDS.len()).prop_map(|(at, w)| Edit::Replace(at, w)),
        1 => Just(Edit::Swap),
        1 => (0..8usize).prop_map(Edit::AddAfter),
    ]
}

/// A source article and a target derived from it, as text.
fn derived_pair() -> impl Strategy<Value = (String, String)> {
    (
        prop::collection::vec(sentence(), 0..10),
        prop::collection::vec(edit(), 10),
        prop::collection::vec(sentence(), 8),
        prop::collection::vec(0..GAPS.len(), 20),
        any::<bool>(),
    )
        .prop_map(|(source, edits, extra, gaps, reverse)| {
            let mut target: Vec<Words> = Vec::new();
            for (i, s) in source.iter().enumerate() {
                match edits[i] {
                    Edit::Keep => target.push(s.clone()),
                    Edit::Drop => {}
                    Edit::Replace(at, w) => {
                        let mut s = s.clone();
                        let at = at % s.0.len();
                        s.0[at] = w;
                        target.push(s);
                    }
                    Edit::Swap => {
                        let mut s = s.clone();
                        s.0.reverse();
                        target.push(s);
                    }
                    Edit::AddAfter(k) => {
                        target.push(s.clone());
                        target.push(extra[k].clone());
                    }
                }
            }
            if reverse {
                target.reverse();
            }
            (render(&source, &gaps), render(&target, &gaps[5..]))
        })
}

fn options(unit: OffsetUnit) -> Options {
    Options {
        offset_unit: unit,
        ..Options::default()
    }
}

fn check_both_units(source: &str, target: &str) -> retold::Report {
    let utf16 = compare(source, target, &options(OffsetUnit::Utf16));
    check_report(source, target, &utf16, OffsetUnit::Utf16, true);
    let report = compare(source, target, &options(OffsetUnit::Char));
    check_report(source, target, &report, OffsetUnit::Char, true);
    report
}

/// A sentence's words, lowercased, as the comparison roughly sees them.
fn word_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether every sentence has words and no two have the same words.
fn distinct_worded_sentences(text: &str) -> bool {
    let mut keys: Vec<String> = retold::segment::segment(text)
        .iter()
        .map(|s| word_key(&text[s.start..s.end]))
        .collect();
    let count = keys.len();
    keys.sort();
    keys.dedup();
    keys.len() == count && keys.iter().all(|k| !k.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_pairs_give_well_formed_reports(source in any_text(160), target in any_text(160)) {
        check_both_units(&source, &target);
    }

    #[test]
    fn arbitrary_text_against_itself_gives_a_well_formed_report(text in any_text(200)) {
        check_both_units(&text, &text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn derived_news_pairs_give_well_formed_reports((source, target) in derived_pair()) {
        let report = check_both_units(&source, &target);
        check_paragraphs_contiguous(&report.source, "source");
        check_paragraphs_contiguous(&report.target, "target");
    }

    #[test]
    fn reports_without_diffs_are_well_formed_and_otherwise_equal((source, target) in derived_pair()) {
        let lazy = Options { diffs: false, ..Options::default() };
        let without = compare(&source, &target, &lazy);
        check_report(&source, &target, &without, OffsetUnit::Char, false);
        let mut with = compare(&source, &target, &Options::default());
        for link in &mut with.links {
            link.diff.clear();
        }
        prop_assert_eq!(without, with);
    }

    /// Limited to texts whose sentences all have words and differ in their words: the tests
    /// below cover wordless and repeated sentences.
    #[test]
    fn distinct_news_sentences_against_themselves_are_all_copied(
        sentences in prop::collection::vec(sentence(), 0..12),
        gaps in prop::collection::vec(0..GAPS.len(), 12),
    ) {
        let text = render(&sentences, &gaps);
        prop_assume!(distinct_worded_sentences(&text));
        let report = compare(&text, &text, &Options::default());
        check_report(&text, &text, &report, OffsetUnit::Char, true);
        for side in [&report.source, &report.target] {
            for s in &side.sentences {
                prop_assert_eq!(s.label, Label::Copied, "{:?} in {:?}", s.text, text);
                prop_assert!(s.spans.is_empty(), "spans in an identical sentence: {:?}", s);
            }
        }
        prop_assert_eq!(report.source, report.target);
        for (i, link) in report.links.iter().enumerate() {
            prop_assert_eq!((&link.source, &link.target), (&vec![i], &vec![i]));
        }
    }

    #[test]
    fn utf16_and_char_reports_differ_only_in_offsets((source, target) in derived_pair()) {
        let chars = compare(&source, &target, &options(OffsetUnit::Char));
        let utf16 = compare(&source, &target, &options(OffsetUnit::Utf16));
        prop_assert_eq!(&chars.links, &utf16.links);
        prop_assert_eq!(&chars.summary, &utf16.summary);
        let strip = |r: &retold::Report| -> Vec<(String, Label, Vec<usize>, usize)> {
            r.source.sentences.iter().chain(&r.target.sentences)
                .map(|s| (s.text.clone(), s.label, s.links.clone(), s.spans.len()))
                .collect()
        };
        prop_assert_eq!(strip(&chars), strip(&utf16));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// An identical text is copied throughout, even punctuation- or emoji-only lines (`"***"`,
    /// `"—"`, `"😀"`) that have no words (regression: they came out added).
    #[test]
    fn arbitrary_text_against_itself_is_all_copied(text in any_text(200)) {
        let report = compare(&text, &text, &Options::default());
        for side in [&report.source, &report.target] {
            for s in &side.sentences {
                prop_assert_eq!(s.label, Label::Copied, "{:?} in {:?}", s.text, text);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A line holding only invisible characters (`"\u{feff}\n0"`, `"a\n\u{200b}\nb"`) is blank
    /// (regression: it opened a paragraph with no sentence, so paragraph numbers skipped).
    #[test]
    fn arbitrary_text_numbers_paragraphs_without_gaps(text in any_text(200)) {
        let report = compare(&text, &text, &Options::default());
        check_paragraphs_contiguous(&report.target, "target");
    }

    /// Repeated sentences (`"Advertisement"` twice in both texts) link one to one (regression:
    /// every target copy linked to the first source one, and the later ones were omitted).
    #[test]
    fn repeated_news_sentences_against_themselves_are_all_copied(
        sentences in prop::collection::vec(sentence(), 1..6),
        repeats in prop::collection::vec(0..6usize, 1..4),
    ) {
        let mut all = sentences.clone();
        for r in repeats {
            all.push(sentences[r % sentences.len()].clone());
        }
        let text = render(&all, &[]);
        prop_assume!(all.iter().all(|(words, _)| words.iter().any(|&w| !word_key(WORDS[w]).is_empty())));
        let report = compare(&text, &text, &Options::default());
        for s in &report.source.sentences {
            prop_assert_eq!(s.label, Label::Copied, "{:?} in {:?}", s.text, text);
        }
    }
}

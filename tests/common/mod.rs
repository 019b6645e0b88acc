//! Invariants every `Report` must satisfy, shared by the property, hardening and CLI tests.

#![allow(dead_code)]

pub mod cli;
pub mod fixtures;
mod links;
pub mod sentences;
pub mod shapes;

use retold::{Label, OffsetUnit, Report, Sentence, Side, Verdict, Why};

use links::check_links;

/// The characters `segment` may leave between sentences: whitespace, controls and the invisible
/// characters pasted text carries (BOM, zero-width space, word joiner).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// An input indexed in a report's offset unit.
pub enum Units {
    /// Unicode scalar values.
    Chars(Vec<char>),
    /// UTF-16 code units.
    Utf16(Vec<u16>),
}

impl Units {
    pub fn new(text: &str, unit: OffsetUnit) -> Units {
        match unit {
            OffsetUnit::Char => Units::Chars(text.chars().collect()),
            OffsetUnit::Utf16 => Units::Utf16(text.encode_utf16().collect()),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Units::Chars(c) => c.len(),
            Units::Utf16(u) => u.len(),
        }
    }

    /// `text[start..end]` in the unit; `None` when out of range or not on a UTF-16 boundary.
    pub fn slice(&self, start: usize, end: usize) -> Option<String> {
        if start > end || end > self.len() {
            return None;
        }
        match self {
            Units::Chars(c) => Some(c[start..end].iter().collect()),
            Units::Utf16(u) => String::from_utf16(&u[start..end]).ok(),
        }
    }
}

/// Checks every structural invariant of `report` for the inputs it was made from.
pub fn check_report(source: &str, target: &str, report: &Report, unit: OffsetUnit, diffs: bool) {
    assert_eq!(report.offset_unit, unit);
    check_side(source, &report.source, unit, "source");
    check_side(target, &report.target, unit, "target");
    check_labels(report);
    check_links(report, diffs);
    check_summary(report);
}

/// Sentences tile the text: in order, non-overlapping, exact slices, with nothing between them
/// but blanks and wordless marks (a divider line such as `* * *` is no sentence). No word is
/// ever lost.
pub fn check_side(text: &str, side: &Side, unit: OffsetUnit, name: &str) {
    let units = Units::new(text, unit);
    let mut previous_end = 0;
    for (i, sentence) in side.sentences.iter().enumerate() {
        assert!(
            previous_end <= sentence.start && sentence.start < sentence.end,
            "{name} sentence {i} range {}..{} after {previous_end}",
            sentence.start,
            sentence.end
        );
        let slice = units
            .slice(sentence.start, sentence.end)
            .unwrap_or_else(|| {
                panic!(
                    "{name} sentence {i}: bad range {}..{}",
                    sentence.start, sentence.end
                )
            });
        assert_eq!(
            slice, sentence.text,
            "{name} sentence {i}: text is not the input slice"
        );
        let gap = units
            .slice(previous_end, sentence.start)
            .unwrap_or_else(|| panic!("{name} sentence {i}: gap not on a boundary"));
        assert!(
            !gap.contains(char::is_alphanumeric),
            "{name} sentence {i}: text lost between sentences: {gap:?}"
        );
        let first = sentence.text.chars().next().expect("non-empty");
        let last = sentence.text.chars().last().expect("non-empty");
        assert!(
            !is_blank(first) && !is_blank(last),
            "{name} sentence {i} not trimmed: {:?}",
            sentence.text
        );
        if i > 0 {
            let before = side.sentences[i - 1].paragraph;
            assert!(
                sentence.paragraph >= before,
                "{name} sentence {i}: paragraph goes back"
            );
        }
        let mut span_end = sentence.start;
        for span in &sentence.spans {
            assert!(
                span_end <= span.start && span.start < span.end && span.end <= sentence.end,
                "{name} sentence {i}: span {}..{} outside {}..{} or out of order",
                span.start,
                span.end,
                sentence.start,
                sentence.end
            );
            assert!(
                units.slice(span.start, span.end).is_some(),
                "{name} sentence {i}: span not on a boundary"
            );
            assert_ne!(
                span.label, sentence.label,
                "{name} sentence {i}: span repeats the sentence label"
            );
            span_end = span.end;
        }
        previous_end = sentence.end;
    }
    let tail = units
        .slice(previous_end, units.len())
        .expect("tail on a boundary");
    assert!(
        !tail.contains(char::is_alphanumeric),
        "{name}: text lost after the last sentence: {tail:?}"
    );
    assert_eq!(
        side.paragraphs,
        side.sentences.last().map_or(0, |s| s.paragraph + 1)
    );
}

/// Paragraph numbers start at 0 and never skip one.
pub fn check_paragraphs_contiguous(side: &Side, name: &str) {
    let mut expected = 0;
    for (i, sentence) in side.sentences.iter().enumerate() {
        assert!(
            sentence.paragraph == expected || (i > 0 && sentence.paragraph == expected + 1),
            "{name} sentence {i}: paragraph {} after {expected}",
            sentence.paragraph
        );
        expected = sentence.paragraph;
    }
}

/// Each sentence has one label from its side's set, and spans use their side's labels.
fn check_labels(report: &Report) {
    for s in &report.target.sentences {
        assert!(
            matches!(s.label, Label::Copied | Label::Reworded | Label::Added),
            "target label {:?}",
            s.label
        );
        // An added sentence may link to the source sentence whose fact it changed.
        assert_eq!(
            derived_links(report, &s.links) == 0,
            s.label == Label::Added,
            "target links vs label: {s:?}"
        );
        assert!(
            s.links.len() <= 1,
            "a target sentence belongs to one link: {s:?}"
        );
        for span in &s.spans {
            assert_ne!(span.label, Label::Omitted, "target span {span:?}");
        }
        check_reason(report, s);
    }
    for s in &report.source.sentences {
        assert!(
            matches!(s.label, Label::Copied | Label::Reworded | Label::Omitted),
            "source label {:?}",
            s.label
        );
        assert_eq!(
            derived_links(report, &s.links) == 0,
            s.label == Label::Omitted,
            "source links vs label: {s:?}"
        );
        for span in &s.spans {
            assert!(
                matches!(span.label, Label::Copied | Label::Omitted),
                "source span {span:?}"
            );
        }
        assert_eq!(s.reason, None, "a source sentence has no reason: {s:?}");
    }
}

/// An added target sentence, and only one, says why it has no counterpart: its closest source
/// sentences exist, in order, and each word it shares with them is a phrase of its own text.
fn check_reason(report: &Report, s: &Sentence) {
    assert_eq!(
        s.reason.is_some(),
        s.label == Label::Added,
        "a reason exactly on added sentences: {s:?}"
    );
    let Some(reason) = &s.reason else { return };
    let sources = report.source.sentences.len();
    assert!(
        reason.source.windows(2).all(|w| w[0] < w[1]) && reason.source.iter().all(|&i| i < sources),
        "reason sources {reason:?}"
    );
    for words in &reason.shared {
        assert!(
            !words.trim().is_empty() && s.text.contains(words.as_str()),
            "shared {words:?} in {s:?}"
        );
    }
    assert_eq!(
        reason.changed.is_some(),
        reason.why == Why::Changed,
        "{reason:?}"
    );
    if reason.why == Why::Unshared {
        assert!(
            reason.source.is_empty() && reason.shared.is_empty(),
            "{reason:?}"
        );
    } else {
        assert!(!reason.source.is_empty(), "{reason:?}");
    }
}

/// How many of `links` are copied or reworded, not a changed fact.
fn derived_links(report: &Report, links: &[usize]) -> usize {
    links
        .iter()
        .filter(|&&l| {
            report
                .links
                .get(l)
                .is_some_and(|link| link.label != Label::Added)
        })
        .count()
}

/// Counts match the labels, shares are fractions that add up, the verdict follows the shares.
fn check_summary(report: &Report) {
    for (side, tally) in [
        (&report.source, &report.summary.source),
        (&report.target, &report.summary.target),
    ] {
        let count = |label: Label| side.sentences.iter().filter(|s| s.label == label).count();
        assert_eq!(
            [
                tally.counts.copied,
                tally.counts.reworded,
                tally.counts.added,
                tally.counts.omitted
            ],
            [
                count(Label::Copied),
                count(Label::Reworded),
                count(Label::Added),
                count(Label::Omitted)
            ]
        );
        let visible: usize = side
            .sentences
            .iter()
            .map(|s| s.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        assert_eq!(tally.characters, visible, "characters");
        let shares = [
            tally.shares.copied,
            tally.shares.reworded,
            tally.shares.added,
            tally.shares.omitted,
        ];
        assert!(
            shares
                .iter()
                .all(|s| s.is_finite() && (0.0..=1.0).contains(s)),
            "shares {shares:?}"
        );
        let sum: f64 = shares.iter().sum();
        if tally.characters > 0 {
            assert!((sum - 1.0).abs() < 1e-6, "shares sum to {sum}: {shares:?}");
        } else {
            assert_eq!(sum, 0.0, "shares of an empty side");
        }
        // Whole percents round the shares (each within a point) and add up to 100.
        let p = tally.percents;
        let percents = [p.copied, p.reworded, p.added, p.omitted];
        let whole: u32 = percents.iter().sum();
        assert_eq!(whole, if tally.characters > 0 { 100 } else { 0 }, "{p:?}");
        for (percent, share) in percents.iter().zip(shares) {
            assert!(
                (f64::from(*percent) - share * 100.0).abs() < 1.0,
                "{p:?} for {shares:?}"
            );
        }
    }
    let target = &report.summary.target;
    // Sentences that repeat a source sentence with another fact count as derived too.
    let visible = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
    let changed: usize = report
        .links
        .iter()
        .filter(|l| l.label == Label::Added)
        .flat_map(|l| &l.target)
        .map(|&t| visible(&report.target.sentences[t].text))
        .sum();
    let derived = target.shares.copied
        + target.shares.reworded
        + if target.characters > 0 {
            changed as f64 / target.characters as f64
        } else {
            0.0
        };
    let copied_sentences = report
        .target
        .sentences
        .iter()
        .filter(|s| {
            s.label == Label::Copied
                && s.text.split_whitespace().count() >= retold::summary::COPIED_WORDS_MIN
        })
        .count();
    let changed_sentences: Vec<usize> = report
        .links
        .iter()
        .filter(|l| l.label == Label::Added)
        .flat_map(|l| l.target.iter().copied())
        .collect();
    let every_sentence_derived = report
        .target
        .sentences
        .iter()
        .enumerate()
        .all(|(t, s)| s.label != Label::Added || changed_sentences.contains(&t));
    // Added lines that say little (`"The trial continues."`) leave the share of the rest.
    let mute: usize = report
        .target
        .sentences
        .iter()
        .enumerate()
        .filter(|(t, s)| {
            s.label == Label::Added
                && !changed_sentences.contains(t)
                && retold::summary::says_little(&s.text)
        })
        .map(|(_, s)| visible(&s.text))
        .sum();
    let article = target.characters.saturating_sub(mute);
    let derived_of_article = if article > 0 {
        derived * target.characters as f64 / article as f64
    } else {
        0.0
    };
    let expected = if target.characters > 0
        && (derived_of_article >= retold::summary::WHOLLY_MIN
            || every_sentence_derived && derived >= retold::summary::MOSTLY_MIN)
    {
        Verdict::WhollyDerived
    } else if target.characters > 0 && derived >= retold::summary::PARTIALLY_MIN
        || copied_sentences >= retold::summary::COPIED_SENTENCES_MIN
        // Most of a short source copied whole: a copy however much surrounds it.
        || report.summary.source.shares.copied >= retold::summary::SOURCE_COPIED_MIN
            && copied_sentences >= retold::summary::SOURCE_COPIED_SENTENCES_MIN
    {
        Verdict::PartiallyDerived
    } else {
        Verdict::Independent
    };
    assert_eq!(
        report.summary.verdict, expected,
        "verdict vs derived share {derived}"
    );
    assert!(!report.summary.headline.is_empty());
}

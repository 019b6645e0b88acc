//! Words split by a hyphen or a space. Text copied out of a PDF or a printed column hyphenates
//! the words that would not fit (`"disap-\npointed"`), and reads as a different word than the one
//! written whole in the other article; and one paper's `"heat wave"` is another's `"heat-wave"`
//! and a third's `"heatwave"`.

use super::{Interner, KeyKind, Token};
use crate::segment::{BREAK_HYPHENS, SOFT_HYPHEN};

/// Joins the words that `text` breaks at a hyphen, or writes open, into the words they were, in
/// place: the token spans both halves, hyphen and line break included, and has the whole word's
/// key. Run once both articles are tokenized, since what either writes decides.
///
/// A hyphen and then a line break, before a lower-case word, breaks a word: `"Mon-\nday"` ->
/// `"Monday"`, `"be-\ncause"` -> `"because"`. It is a compound's own hyphen when either article
/// writes both halves as words and the first is no function word (`"well-\nknown"` stays two
/// words beside a `"known"` elsewhere), unless either writes the whole word too (`"sea-\nwater"`
/// beside `"seawater"`). A hyphen and a space with no line break, as a viewer that flattens
/// lines leaves it, joins only into a word that either article writes whole (`"disap- pointed"`
/// beside `"disappointed"`), since `"pre- and post-war"` is no word. A capital after the break
/// is a compound's (`"Anglo-\nSaxon"`), and a number word is the numerals' to read.
///
/// Two content words with a space or a hyphen between them are a compound written open when
/// either article writes them closed, in any inflection: `"heat wave"` and `"heat-wave"` beside
/// `"heatwaves"` -> one word, `"play-offs"` beside `"playoffs"` too; `"in to"` beside `"into"`
/// (a function word) and `"heat wave"` beside `"wave"` alone stay as written.
#[inline(never)]
pub(super) fn join_broken_words<'a>(
    text: &'a str,
    sentences: &mut [Vec<Token>],
    interner: &mut Interner<'a>,
) {
    let mut word = String::new();
    for words in sentences {
        let mut at = 1;
        while at < words.len() {
            let (first, second) = (words[at - 1], words[at]);
            at += 1;
            // Most words have no hyphen after them, nor a soft one (bytes C2 AD) at their end,
            // and most pairs with a space between them are no two content words: one look at
            // the bytes and the kinds turns them away.
            let bytes = text.as_bytes();
            let content = |t: &Token| interner.kinds[t.key as usize] == KeyKind::Content;
            let soft = bytes.get(first.end.saturating_sub(2)..first.end) == Some(&[0xc2, 0xad]);
            let open = match bytes.get(first.end) {
                Some(b'-' | 0xc2 | 0xe2) => false,
                Some(b' ') => true,
                _ if soft => false,
                _ => continue,
            };
            if open && !soft && !(content(&first) && content(&second)) {
                continue;
            }
            let (Some(left), Some(gap), Some(right)) = (
                text.get(first.start..first.end),
                text.get(first.end..second.start),
                text.get(second.start..second.end),
            ) else {
                continue;
            };
            let kind = |t: &Token| interner.kinds[t.key as usize];
            word.clear();
            word.push_str(left);
            word.push_str(right);
            let join = match broken(left, gap, right) {
                _ if kind(&first) == KeyKind::Number || kind(&second) == KeyKind::Number => false,
                Some(line_break) => {
                    let compound = kind(&first) != KeyKind::Stop
                        && is_word(interner, left)
                        && is_word(interner, right);
                    is_word(interner, &word) || line_break && !compound
                }
                // Most pairs of words are none: a few hash lookups turn them away unstemmed.
                // A zero-width space inside a word, which some pages set in long words so they
                // may wrap, is no break to a reader: `"hos\u{200b}pital"` beside `"hospital"`.
                None if gap == "\u{200b}" => is_word(interner, &word),
                None => {
                    matches!(gap, " " | "-" | "\u{2010}" | "\u{2011}")
                        && content(&first)
                        && content(&second)
                        && interner.may_write(&word)
                        && is_word(interner, &word)
                }
            };
            if join {
                let (key, form) = interner.intern_uncached(&word);
                at -= 1;
                words[at - 1] = Token {
                    end: second.end,
                    key,
                    form,
                    ..first
                };
                words.remove(at);
            }
        }
    }
}

/// Whether either article writes `word` as a word, in any inflection.
#[inline(never)] // inlined three times, the lookup would cost the page 3 KB
fn is_word(interner: &mut Interner, word: &str) -> bool {
    interner.key_of_word(word).is_some()
}

/// Whether the word `left` may be broken at a hyphen, in the `gap` before `right` that completes
/// it, and if so whether a line break follows the hyphen: `"com"`, `"-\n"`, `"plete"` ->
/// `Some(true)`; `"com"`, `"- "`, `"plete"` -> `Some(false)`; `"well"`, `"-"`, `"known"` and
/// `"Anglo"`, `"-\n"`, `"Saxon"` -> `None`. A soft hyphen belongs to the word before it:
/// `"disap\u{ad}"`, `"\n"`, `"pointed"` -> `Some(true)`.
fn broken(left: &str, gap: &str, right: &str) -> Option<bool> {
    let soft = left.strip_suffix(SOFT_HYPHEN);
    let mut after = gap.chars();
    let rest = match after.next() {
        Some(c) if BREAK_HYPHENS.contains(&c) => after.as_str(),
        _ if soft.is_some() => gap,
        _ => return None,
    };
    let fits = !rest.is_empty()
        && rest.chars().all(char::is_whitespace)
        && soft
            .unwrap_or(left)
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && right.chars().next().is_some_and(char::is_lowercase);
    fits.then(|| rest.bytes().any(|b| b == b'\n' || b == b'\r'))
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::segment::segment;

    /// Whether `source` and `target` have the same words, by their keys.
    fn same_words(source: &str, target: &str) -> bool {
        let (source, target) = crate::normalize::tests::keys(source, target);
        source == target
    }

    #[test]
    fn joins_words_broken_across_lines_and_keeps_compounds() {
        let whole = "The council said on Monday it was disappointed by the well-known result.";
        for target in [
            // A word broken at the end of a line is the word.
            "The council said on Mon-\nday it was disap-\npointed by the well-known result.",
            // A Unicode hyphen, a soft hyphen shown at the break, a carriage return.
            "The council said on Mon\u{2010}\nday it was disap\u{ad}\r\npointed by the well-known result.",
            // A viewer that turned the line break into a space.
            "The council said on Mon- day it was disap- pointed by the well-known result.",
            // A compound broken at its own hyphen stays a compound.
            "The council said on Monday it was disappointed by the well-\nknown result.",
            // Without a line break, halves that make no word of either article stay apart.
            "The council said on Monday it was disappointed by the well- known result.",
            // A zero-width space inside a word.
            "The council said on Monday it was disap\u{200b}pointed by the well-known result.",
        ] {
            assert!(same_words(whole, target), "{target:?}");
        }
    }

    #[test]
    fn leaves_suspended_hyphens_capitals_and_numbers_apart() {
        // `"pre- and post-war"`: no word `"preand"` anywhere, so nothing joins.
        let text = "Pre- and post-war plans for Anglo-\nSaxon sites cost twenty-\nfive pounds.";
        let tokens = normalize(text, &segment(text), "", &[]);
        let words: Vec<&str> = tokens.source[0]
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            [
                "Pre",
                "and",
                "post",
                "war",
                "plans",
                "for",
                "Anglo",
                "Saxon",
                "sites",
                "cost",
                "twenty-\nfive",
                "pounds"
            ]
        );
    }

    #[test]
    fn joins_a_compound_the_other_article_writes_closed() {
        for (source, target, expected) in [
            // Open, hyphenated, and another inflection of the closed word.
            (
                "The heatwave ended.",
                "The heat wave ended.",
                &["The", "heat wave", "ended"][..],
            ),
            (
                "The heatwave ended.",
                "The heat-wave ended.",
                &["The", "heat-wave", "ended"],
            ),
            (
                "Two heatwaves hit.",
                "A heat wave hit.",
                &["A", "heat wave", "hit"],
            ),
            (
                "The playoffs begin.",
                "The play-offs begin.",
                &["The", "play-offs", "begin"],
            ),
            (
                "A Heatwave Alert.",
                "A heat wave alert.",
                &["A", "heat wave", "alert"],
            ),
            // Nothing to join: no closed word, function words, a comma between them.
            (
                "The wave ended.",
                "The heat wave ended.",
                &["The", "heat", "wave", "ended"],
            ),
            (
                "He ran into it.",
                "He ran in to it.",
                &["He", "ran", "in", "to", "it"],
            ),
            ("No anymore.", "Not any more.", &["Not", "any", "more"]),
            (
                "The heatwave ended.",
                "The heat, wave.",
                &["The", "heat", "wave"],
            ),
        ] {
            let (_, words) = crate::normalize::tests::words(source, target);
            assert_eq!(words, expected, "{target}");
        }
    }

    /// A short sentence whose one change closes a compound is still a copy.
    #[test]
    fn a_copy_that_closes_a_compound_is_copied() {
        let report = crate::compare(
            "Scientists say heat waves in Europe are becoming more frequent and more intense.",
            "Scientists say heatwaves in Europe are becoming more frequent and more intense.",
            &crate::Options::default(),
        );
        assert_eq!(report.target.sentences[0].label, crate::Label::Copied);
    }

    #[test]
    fn an_open_compound_has_the_closed_ones_key() {
        let (source, target) = crate::normalize::tests::keys(
            "Scientists say heatwaves are more frequent.",
            "Scientists say heat waves are more frequent.",
        );
        assert_eq!(source, target);
    }
}

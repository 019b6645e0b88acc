//! Text wrapped at a fixed width, as PDF, e-mail and plain-text wire copy are: its line breaks
//! fall wherever the next word would not fit, not where a sentence or a heading ends.

use super::{is_blank_char, LINE_ENDS};

/// Widest line, in characters, that still counts as wrapped: pasted web text puts a paragraph
/// on each line, hundreds of characters long.
const WIDTH_MAX: usize = 160;
/// The fewest breaks that must fill their line before a text counts as wrapped.
const FILLED_MIN: usize = 3;

/// The width a text is wrapped at, in characters, or `None` when it is not wrapped.
///
/// The width is the longest line's. A text counts as wrapped when at least three of its line
/// breaks, and at least half of those not followed by a blank line, come where the next word
/// would not have fitted: six lines of about 70 characters, broken mid-sentence, are wrapped at
/// 70; one sentence per line, 40 to 150 characters long, is not, since most of its lines stop
/// well short of the longest. `lines` are the byte ranges of the lines of `text`.
pub(super) fn wrap_width(text: &str, lines: &[(usize, usize)]) -> Option<usize> {
    let line = |&(a, b): &(usize, usize)| text[a..b].trim_end_matches(is_blank_char);
    let width = lines.iter().map(|l| line(l).chars().count()).max()?;
    if width > WIDTH_MAX {
        return None;
    }
    let (mut breaks, mut filled) = (0, 0);
    for pair in lines.windows(2) {
        let (this, next) = (line(&pair[0]), line(&pair[1]));
        if this.trim_start_matches(is_blank_char).is_empty()
            || next.trim_start_matches(is_blank_char).is_empty()
        {
            continue;
        }
        breaks += 1;
        if fits_not(width, this, next) {
            filled += 1;
        }
    }
    (filled >= FILLED_MIN && 2 * filled >= breaks).then_some(width)
}

/// Whether the break between `line` and `next`, in a text wrapped at `width`, only wraps a
/// sentence: the next line's first word would not have fitted on this one, this one holds four
/// words or more and is no heading (most of its words capitalised: `"Museum Reopens After
/// Refurbishment"`, `"MUSEUM TO REOPEN"`), and the next is no list item or byline.
/// Proportional PDF fonts fit more narrow letters on a line than wide ones, so a tenth of the
/// width is slack.
///
/// At width 60, `"The museum in Lindqvist will reopen to the public on"` (52) + `"Monday..."`
/// -> true; `"Museum Reopens After Two-Year Refurbishment In Lindqvist"` + `"The museum..."`
/// and `"The museum will reopen."` (23) + `"It closed..."` -> false.
pub(super) fn fills(width: usize, line: &str, next: &str) -> bool {
    // Of lines already joined, the last one is what the break follows.
    let line = line
        .rsplit(LINE_ENDS)
        .next()
        .unwrap_or(line)
        .trim_end_matches(is_blank_char);
    // A heading has most of its words capitalised, which a sentence has not.
    let (mut words, mut capitalised) = (0, 0);
    for word in line.split(is_blank_char).filter(|w| !w.is_empty()) {
        words += 1;
        if word
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
        {
            capitalised += 1;
        }
    }
    if words < 4 || capitalised * 10 >= words * 7 {
        return false;
    }
    let first = first_word(next);
    // A list item or a byline starts a line of its own: "- pears", "• pears", "2. pears",
    // "b) pears", "By Jane Doe".
    let word = first
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(first.len());
    let marker = match word {
        0 => first.starts_with(|c| "-*\u{2022}\u{2013}\u{2014}\u{b7}\u{25aa}".contains(c)),
        1..=3 => matches!(&first[word..], ")" | "."),
        _ => false,
    };
    !first.is_empty()
        && !marker
        && !first[..word].eq_ignore_ascii_case("by")
        && fits_not(width, line, next)
}

/// Whether `next`'s first word would not have fitted after `line` on a line `width` characters
/// wide, with a tenth of the width as slack.
fn fits_not(width: usize, line: &str, next: &str) -> bool {
    let first = first_word(next);
    line.chars().count() + 1 + first.chars().count() + width / 10 > width
}

/// The first word of `next`, after the `"> "` marks an e-mail reply puts before every quoted
/// line.
fn first_word(next: &str) -> &str {
    let next = next.trim_start_matches(|c: char| c == '>' || is_blank_char(c));
    &next[..next.find(is_blank_char).unwrap_or(next.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_break_fills_its_line_when_the_next_word_would_not_fit() {
        let cases = [
            // width, line, next, wrapped
            (
                60,
                "The museum in Lindqvist will reopen to the public on",
                "Monday after",
                true,
            ),
            (
                60,
                "The museum in Lindqvist will reopen to the public on",
                "> Monday after",
                true,
            ),
            (60, "The museum will reopen.", "It closed in May.", false),
            (
                60,
                "Museum Reopens After Two-Year Refurbishment In Lindqvist",
                "The museum",
                false,
            ),
            (
                60,
                "MUSEUM IN LINDQVIST TO REOPEN AFTER A LONG REFURBISHMENT",
                "The museum",
                false,
            ),
            (
                60,
                "The museum in Lindqvist will reopen to the public with",
                "- a new cafe",
                false,
            ),
            (
                60,
                "The museum in Lindqvist will reopen to the public with",
                "2. a new cafe",
                false,
            ),
            (
                60,
                "Reporting on the museum in Lindqvist and its reopening",
                "By Jane Doe",
                false,
            ),
            (60, "Lindqvist museum", "Reopens", false),
        ];
        for (width, line, next, wrapped) in cases {
            assert_eq!(fills(width, line, next), wrapped, "{line:?} + {next:?}");
        }
    }

    fn width_of(text: &str) -> Option<usize> {
        let mut lines = Vec::new();
        let mut start = 0;
        for (at, _) in text.match_indices('\n') {
            lines.push((start, at));
            start = at + 1;
        }
        lines.push((start, text.len()));
        wrap_width(text, &lines)
    }

    #[test]
    fn a_text_is_wrapped_when_most_of_its_breaks_fill_their_lines() {
        let wrapped = "The museum in Lindqvist will reopen to the public on\n\
            Monday after a two-year refurbishment that cost the city\n\
            three million pounds, the director Hanne Solberg said at a\n\
            press conference on Friday.\n\nShe thanked the builders.";
        assert_eq!(width_of(wrapped), Some(58));
        let lines = "The museum will reopen on Monday.\n\
            It closed two years ago for a refurbishment costing three million pounds in all.\n\
            Hanne Solberg said the builders had worked hard.\n\
            She thanked them.";
        assert_eq!(width_of(lines), None);
        let long = "word ".repeat(40);
        assert_eq!(width_of(&format!("{long}\n{long}\n{long}\n{long}")), None);
    }
}

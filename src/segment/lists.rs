//! List numbers: the `"3."` or `"(3)"` that opens an item of a numbered list. It belongs to
//! the item's sentence, which shows it, but is no word of what the item tells: a listicle's
//! `"3. Sunday trains will start earlier."` copies a release's `"Sunday trains will start
//! earlier."`.

/// The length in bytes of the list number that opens the sentence at byte `start` of `text`,
/// with its stop or bracket, or 0.
///
/// Only one or two digits at a line's start, closed by a full stop or a bracket, before a space
/// and a word or a quotation mark: `"3. Sunday trains..."` -> 2, `"(12) The council..."` -> 4,
/// `"4) Trains..."` -> 2; `"3.5 million people voted."`, `"2024. The year..."`, `"3 people
/// died."` and a `"3."` after other words on its line -> 0.
pub(crate) fn list_marker(text: &str, start: usize) -> usize {
    let line_start = text[..start]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace);
    let sentence = &text[start..];
    let opened = usize::from(sentence.starts_with('('));
    let digits = sentence[opened..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let close = opened + digits;
    let closes = match sentence.as_bytes().get(close) {
        Some(b')') => true,
        Some(b'.') => opened == 0,
        _ => false,
    };
    let word_after = || {
        sentence[close + 1..]
            .strip_prefix(char::is_whitespace)
            .is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_alphanumeric() || "\"'\u{201c}\u{2018}".contains(c))
            })
    };
    if line_start && (1..=2).contains(&digits) && closes && word_after() {
        close + 1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::list_marker;

    #[test]
    fn reads_a_list_number_at_a_line_start_and_nothing_else() {
        for (text, start, len) in [
            ("3. Sunday trains will start earlier.", 0, 2),
            ("Tips\n\n12. Book early.", 6, 3),
            ("Tips\n  4) Trains run late.", 7, 2),
            ("(12) The council met.", 0, 4),
            ("7. \u{201c}We are sorry,\u{201d} she said.", 0, 2),
            ("3.5 million people voted.", 0, 0),
            ("2024. The year ended.", 0, 0),
            ("3 people died.", 0, 0),
            ("3.", 0, 0),
            ("3. ", 0, 0),
            ("(3. Odd.", 0, 0),
            ("It rose. 3. Then fell.", 9, 0),
            ("3.\u{a0}Trains run late.", 0, 2),
            ("", 0, 0),
        ] {
            assert_eq!(list_marker(text, start), len, "{text:?}");
        }
    }
}

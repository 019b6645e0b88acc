//! Citation marks: the bracketed note numbers that text copied from Wikipedia and other
//! referenced pages carries (`"opened in 1932.[3] It carried"`). They belong to the sentence
//! before them and are no words of it.

/// The words a citation mark may hold besides a note number or letter.
const NOTES: [&str; 2] = ["citation needed", "edit"];

/// The length in bytes of the run of citation marks that `text` opens with, or 0.
///
/// A mark is `[` with a number of up to three digits, one or two lower-case letters, a note
/// number (`"note 4"`), `"citation needed"` or `"edit"` (a heading's link), then `]`: `"[3]"`,
/// `"[a]"`, `"[note 4]"` and `"[3][12]"` are marks; `"[sic]"`, `"[the council]"` and `"[2024]"`
/// are not.
#[inline(never)] // called from three places, each would carry a copy
pub(crate) fn citation_marks(text: &str) -> usize {
    let mut len = 0;
    while let Some(body) = text[len..].strip_prefix('[') {
        // A mark is short: the look for its end stops after 20 bytes, so a long text of `[`
        // costs no more than its length.
        let end = body.bytes().take(20).position(|b| b == b']');
        let Some(end) = end.filter(|&end| is_note(&body[..end])) else {
            break;
        };
        len += end + 2;
    }
    len
}

fn is_note(body: &str) -> bool {
    let body = body.strip_prefix("note ").unwrap_or(body);
    let digits = body.bytes().all(|b| b.is_ascii_digit());
    let letters = body.bytes().all(|b| b.is_ascii_lowercase());
    (1..=3).contains(&body.len()) && digits
        || (1..=2).contains(&body.len()) && letters
        || NOTES.contains(&body)
}

#[cfg(test)]
mod tests {
    use super::citation_marks;

    #[test]
    fn reads_runs_of_note_marks_and_nothing_else() {
        for (text, len) in [
            ("[3] It", 3),
            ("[3][12] It", 7),
            ("[a][b]", 6),
            ("[note 4] rest", 8),
            ("[citation needed].", 17),
            ("[edit]", 6),
            ("[3", 0),
            ("[sic]", 0),
            ("[2024]", 0),
            ("[the council]", 0),
            ("[]", 0),
            ("[3] [4]", 3),
            ("plain", 0),
            ("[é]", 0),
        ] {
            assert_eq!(citation_marks(text), len, "{text:?}");
        }
    }
}

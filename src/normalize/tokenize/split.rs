//! Words written as more than one: a contraction, a number with its unit written onto it, an
//! elided article. Each splits into the words it stands for, so both ways of writing match.

use crate::normalize::function_words::ELIDED;

/// A part of a written word: its byte offset in the word, its text, and the word it stands for
/// when that is spelt another way (`"bn"` -> `"billion"`, `"n't"` -> `"not"`).
type Part<'a> = (usize, &'a str, Option<&'static str>);

/// One word's parts, without allocating: a word splits in two at most.
type Parts<'a> = [Option<Part<'a>>; 2];

/// Splits a written word into the words it stands for: a contraction into its two words, a
/// number from the unit or magnitude written onto it, and, where the language `elides` (French,
/// Italian), an elided word from the next. Any other word stays whole.
pub(super) fn split_word(word: &str, elides: bool) -> Parts<'_> {
    // Most words are none of these: two cheap looks turn them away.
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return split_number(word);
    }
    if word.eq_ignore_ascii_case("cannot") {
        return [
            Some((0, &word[..3], None)),
            Some((3, &word[3..], Some("not"))),
        ];
    }
    if word.contains(['\'', '\u{2019}']) {
        if let Some(parts) = split_contraction(word) {
            return parts;
        }
        if let Some(parts) = elides.then(|| split_elision(word)).flatten() {
            return parts;
        }
    }
    [Some((0, word, None)), None]
}

/// Splits an elided article, pronoun or conjunction from the word it is written onto, so that
/// the word in `"l'usine"` matches the one in `"une usine"`: `"l'usine"` -> `"l'"` and
/// `"usine"`, `"qu'il"` -> `"qu'"` and `"il"`, `"dell'anno"` -> `"dell'"` and `"anno"`. `"aujourd'hui"` stays whole: `"aujourd"`
/// is no elided word.
fn split_elision(word: &str) -> Option<Parts<'_>> {
    let (apostrophe, mark) = word
        .char_indices()
        .find(|(_, c)| matches!(c, '\'' | '\u{2019}'))?;
    let after = apostrophe + mark.len_utf8();
    let elided = word[..apostrophe].to_lowercase();
    let rest = &word[after..];
    (ELIDED.contains(&elided.as_str()) && rest.starts_with(char::is_alphabetic))
        .then_some([Some((0, &word[..after], None)), Some((after, rest, None))])
}

/// Splits a contraction so that quotes transcribed with and without them match: `"didn't"` ->
/// `"did"` and `"n't"` read as `"not"`, `"can't"` -> `"can"` and `"not"`, `"we're"` -> `"we"` and
/// `"are"`. (`"'s"` needs no split: the folding drops it.) Names with an apostrophe, such as
/// `"O'Neill"`, end in none of these and stay whole.
fn split_contraction(word: &str) -> Option<Parts<'_>> {
    let (apostrophe, mark) = word
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '\'' | '\u{2019}'))?;
    let ending = &word[apostrophe + mark.len_utf8()..];
    let (at, spelled) = match ending.to_ascii_lowercase().as_str() {
        "t" if word[..apostrophe].ends_with(['n', 'N']) => (apostrophe - 1, "not"),
        "re" => (apostrophe, "are"),
        "ve" => (apostrophe, "have"),
        "ll" => (apostrophe, "will"),
        "m" => (apostrophe, "am"),
        "d" => (apostrophe, "would"),
        _ => return None,
    };
    let stem = &word[..at];
    if stem.is_empty() {
        return None;
    }
    // The negations that change their stem: "can't", "won't", "shan't".
    let stem_spelled = match stem.to_ascii_lowercase().as_str() {
        "ca" => Some("can"),
        "wo" => Some("will"),
        "sha" => Some("shall"),
        _ => None,
    };
    Some([
        Some((0, stem, stem_spelled)),
        Some((at, &word[at..], Some(spelled))),
    ])
}

/// Splits a number from the unit or magnitude written onto it, so that `"£195million"` matches
/// `"£195 million"` and `"70mph"` matches `"70 mph"`. Each part comes with its byte offset in
/// `word` and, for a magnitude's abbreviation, the word it stands for: `"1.2bn"` -> `"1.2"` and
/// `"bn"` read as `"billion"`. Ordinals and decades stay whole (`"21st"`, `"1990s"`), as does
/// any other word (`"Covid19"`, `"3-D"`).
fn split_number(word: &str) -> Parts<'_> {
    // A letter O after digits, before a digit or the word's end, is a zero mistyped or misread
    // (`"3O years"`, `"2O0"`), not a unit; `"3Oct"` is a date.
    let bytes = word.as_bytes();
    let zero = |at: usize| {
        matches!(bytes[at], b'O' | b'o')
            && bytes[at + 1..]
                .iter()
                .take_while(|b| matches!(b, b'O' | b'o'))
                .count()
                .checked_add(at + 1)
                .is_some_and(|next| bytes.get(next).is_none_or(u8::is_ascii_digit))
    };
    let digits = (0..bytes.len())
        .find(|&at| !(bytes[at].is_ascii_digit() || matches!(bytes[at], b'.' | b',') || zero(at)))
        .unwrap_or(word.len());
    let (number, unit) = word.split_at(digits);
    let whole = || [Some((0, word, None)), None];
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || unit.is_empty()
        || !unit.chars().all(|c| c.is_ascii_alphabetic())
    {
        return whole();
    }
    let folded = unit.to_ascii_lowercase();
    if matches!(folded.as_str(), "st" | "nd" | "rd" | "th" | "s") {
        return whole();
    }
    let spelled = match folded.as_str() {
        "m" | "mn" => Some("million"),
        "bn" => Some("billion"),
        "tn" => Some("trillion"),
        "k" => Some("thousand"),
        _ => None,
    };
    [Some((0, number, None)), Some((digits, unit, spelled))]
}

//! Whether a full stop, question mark or exclamation mark really ends a sentence: the titles,
//! abbreviations and initials that UAX #29 takes for sentence ends in news text.

use super::is_blank_char;

/// Titles that always precede a name: `"Mr. Smith left."` -> one sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt",
    "cpl", "maj", "adm", "cmdr", "st", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft",
    "fr", "messrs", "mme", "mlle", "sr", "jr", "vs", "v", "cf", "approx", "ca", "est", "dept",
    "univ",
];

/// Words that are abbreviated before a number: `"Dec. 27"`, `"No. 10"`, `"Art. 5"`.
const BEFORE_NUMBER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "art", "fig", "vol", "p", "pp", "para", "ch", "sec", "op", "rs", "c",
];

/// Capitalised words that usually start a new sentence after an ambiguous abbreviation.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "this",
    "that",
    "these",
    "those",
    "there",
    "when",
    "while",
    "after",
    "before",
    "if",
    "as",
    "what",
    "how",
    "why",
    "who",
    "meanwhile",
    "however",
    "earlier",
    "later",
    "officials",
    "police",
    // Time words open news sentences: "... moved to the U.K. Last year she ..."
    "last",
    "next",
    "yesterday",
    "today",
    "tomorrow",
    "then",
    "now",
];

/// Decides whether the piece `before` really ends a sentence, given the piece `after` it.
///
/// `"Mr."` + `"Smith"` -> false; `"Dec."` + `"27"` -> false; `"J."` + `"K. Rowling"` -> false;
/// `"in the U.S."` + `"The president"` -> true; `"the U.S."` + `"Army said"` -> false;
/// `"See https://x.example/story?"` + `"id=7 for details."` -> false.
pub(super) fn ends_sentence(before: &str, after: &str) -> bool {
    // `"story?id=7"`, `"#!/news"`: a `?` or `!` with no space after it and no capital letter
    // next is inside a URL or a name, not at a sentence end.
    if before.ends_with(['?', '!'])
        && after
            .chars()
            .next()
            .is_some_and(|c| !c.is_uppercase() && !is_blank_char(c))
    {
        return false;
    }
    let before = before.trim_end_matches(is_blank_char);
    let after = after.trim_start_matches(is_blank_char);
    // `"Why now?" she asked.`: a quoted question or exclamation goes on when a lowercase word
    // follows its closing quote.
    let unquoted = before.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{bb}']);
    if unquoted.len() < before.len()
        && unquoted.ends_with(['?', '!'])
        && after.chars().next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    let Some(stem) = before.strip_suffix('.') else {
        return true;
    };
    // `"1. The dam held."`: a list number is no sentence.
    if !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit()) && stem.len() <= 3 {
        return false;
    }
    let last_word = stem
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .next()
        .unwrap_or("");
    let next_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    let next_starts_digit = after.chars().next().is_some_and(|c| c.is_ascii_digit());
    let lower = last_word.to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) && next_starts_digit {
        return false;
    }
    // A single capital letter is an initial: "George W. Bush", "J. K. Rowling".
    let mut letters = last_word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_uppercase() {
            return false;
        }
    }
    // Dotted abbreviations ("U.S.", "a.m.", "e.g.") end a sentence only before a likely starter;
    // amounts like "£4.2m." and "2.5." are no abbreviations.
    let dotted = last_word.contains('.')
        && last_word.chars().all(|c| c.is_alphabetic() || c == '.')
        && last_word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    if dotted {
        // `"U.S. $5m"`: an amount after an abbreviation goes on with its sentence.
        let amount = after.starts_with(['$', '£', '€', '¥']);
        let starter = SENTENCE_STARTERS.contains(&next_word.to_lowercase().as_str());
        return starter || (next_word.is_empty() && !amount);
    }
    true
}

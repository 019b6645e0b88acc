//! Whether a full stop, question mark or exclamation mark really ends a sentence: the titles,
//! abbreviations and initials that UAX #29 takes for sentence ends in news text.

use super::{is_blank_char, BREAK_HYPHENS};

/// Titles that always precede a name: `"Mr. Smith left."` -> one sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt",
    "cpl", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft", "fr",
    "messrs", "mme", "mlle", "vs", "v", "cf", "approx", "ca", "est", "dept", "univ", "sra", "srta",
    "sig", "dott", "gegr", "dra", "sres", "sras", "ing", "avv", "ee",
];

/// Abbreviations that end a name or an amount, and so a sentence too when one starts after them:
/// `"Apple Inc. CEO Tim Cook"` and `"Main St. The road"` -> one and two sentences.
const NAME_ENDS: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "sr", "st", "mio", "mrd", "bzw", "uu",
];

/// Words that are abbreviated before a number: `"Dec. 27"`, `"No. 10"`, `"Apt. 4"`.
const BEFORE_NUMBER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "art", "fig", "vol", "p", "pp", "para", "ch", "sec", "op", "rs", "c", "apt", "hwy",
    "rte", "bldg", "rm", "ste", "lb", "lbs", "oz", "nr", "str", "tel", "ext", "env", "núm", "pág",
];

/// Capitalised words that go on after a time of day, saying when or in which zone: `"10 a.m.
/// Tuesday"`, `"9 p.m. Eastern"`. Any other capital opens a sentence: `"at 2 a.m. Officers..."`.
const AFTER_CLOCK: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "eastern",
    "central",
    "mountain",
    "pacific",
    "atlantic",
    "local",
    "midnight",
];

/// Words after a number written as an ordinal, as German dates and centuries are:
/// `"am 3. Oktober"`, `"im 19. Jahrhundert"`.
const AFTER_ORDINAL: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jahrhundert",
];

/// German articles and prepositions that a number written as an ordinal follows: `"der 1. FC
/// Köln"`, `"zum 3. Mal"`. No English word among them comes before a number that ends a
/// sentence.
const BEFORE_ORDINAL: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "ins",
    "seit", "ab", "bis", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen",
];

/// Verbs of saying, which carry a quotation on after its speaker's name:
/// `"\"We won!\" Johnson said."` -> one sentence.
const SAYING: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "replied",
    "shouted",
    "cried",
    "wrote",
    "insisted",
    "explained",
    "declared",
    "tweeted",
    "recalled",
    "warned",
    "joked",
];

/// Words that end no sentence and no headline, so a line ending with one goes on in the next:
/// `"said the\nPrime Minister"`.
const WRAPPING: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "its", "their", "his", "her", "with", "from",
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
    "all",
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
    // The articles and pronouns that open sentences in the other languages of the news:
    // `"Llegó a EE. UU. El lunes..."`, `"Sitz der Firma GmbH & Co. Die Zahlen..."`.
    "el",
    "la",
    "los",
    "las",
    "le",
    "les",
    "il",
    "der",
    "die",
    "das",
    "er",
    "sie",
    "es",
    "het",
];

/// Whether the line break between `line` and the `next` line only wraps a sentence, as
/// hard-wrapped wire copy, e-mail and PDF text do, rather than ending a headline, a byline, a
/// list item or a paragraph.
///
/// `"The council, which met on Monday,"` + `"voted for the budget."` -> true, and so for a line
/// ending in `"after the"`, `"long-"` (or a soft hyphen) or `"Mr."`, or a next line opening
/// with a lowercase word, after a line of four words or more;
/// `"Storm hits Devon"` + `"The storm..."`, `"- apples,"` + `"- pears"`, `"a) raise taxes"` +
/// `"b) cut spending"` and `"Storm hits Devon"` + `"by Jane Doe"` -> false.
pub(super) fn wraps(line: &str, next: &str) -> bool {
    // Of lines already joined, the last one is what the break follows.
    let line = line
        .rsplit(['\n', '\r', '\u{2028}', '\u{2029}'])
        .next()
        .unwrap_or(line);
    let line = line.trim_end_matches(is_blank_char);
    let next = next.trim_start_matches(is_blank_char);
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let Some(first) = next_word.chars().next() else {
        return false;
    };
    let last_word = line.rsplit(char::is_whitespace).next().unwrap_or("");
    // A soft hyphen shows only where a line breaks the word it sits in.
    let hyphenated = last_word.ends_with(BREAK_HYPHENS)
        && last_word
            .chars()
            .rev()
            .nth(1)
            .is_some_and(char::is_alphabetic);
    // A byline, or a list item: `"b) cut spending"`, `"ii. cut spending"`; but not the second
    // half of a word broken at a hyphen, however short: `"first sum-"` + `"mer. The trust"`.
    let marker = next_word.len() <= 3 && next[next_word.len()..].starts_with([')', '.']);
    if (next_word == "by" || marker) && !(hyphenated && first.is_lowercase()) {
        return false;
    }
    let lower = last_word.to_lowercase();
    // Wrapped text fills its lines; a word or two alone on a line is a menu, a tag or a list.
    let full = line.split_whitespace().nth(3).is_some();
    match line.chars().next_back() {
        Some(',') => full,
        Some(c) if BREAK_HYPHENS.contains(&c) => hyphenated && first.is_alphabetic(),
        Some('.') => TITLES.contains(&lower.trim_end_matches('.')),
        Some(c) if c.is_alphanumeric() => {
            full && (first.is_lowercase() || WRAPPING.contains(&lower.as_str()))
        }
        _ => false,
    }
}

/// Whether a blank line between `paragraph` and `next` only breaks a sentence in two, as a page
/// break in PDF copy or a slip in wire copy does: the break would only wrap the sentence (see
/// [`wraps`]), the paragraph before it holds eight words or more, and the next paragraph opens
/// with a lowercase word that is no name (`"eBay"`).
///
/// `"...the chemists had since revised their"` + `"procedures."` -> true; `"Storm hits"` +
/// `"the coast"` (too short), `"The plan was approved after the"` + `"Prime Minister..."`,
/// `"Shares fell in the"` + `"eBay results"` and a page footer, `"Page 1 of 2"` + `"first
/// year..."`, -> false.
pub(super) fn continues(paragraph: &str, next: &str) -> bool {
    if paragraph.split_whitespace().nth(7).is_none() {
        return false;
    }
    let next = next.trim_start_matches(is_blank_char);
    let word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_lowercase)
        && !letters.any(char::is_uppercase)
        && wraps(paragraph, next)
}

/// Decides whether the piece `before` really ends a sentence, given the text `after` it.
///
/// `"Mr."` + `"Smith"` -> false; `"Dec."` + `"27"` -> false; `"J."` + `"K. Rowling"` -> false;
/// `"in the U.S."` + `"The president"` -> true; `"the U.S."` + `"Army said"` -> false;
/// `"See https://x.example/story?"` + `"id=7 for details."` -> false; `"The mayor (who else?)"`
/// + `"spoke first."` -> false; `"\"We won!\""` + `"Johnson said."` -> false.
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
    let next_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    let unclosed = before.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{bb}', ')']);
    if unclosed.ends_with(['?', '!']) {
        // `"Why now?" she asked.`, `(who else?) spoke`, `why? and left`: no sentence starts with
        // a lowercase word (`iPhone` and `eBay` do, so a capital inside one counts).
        let lowercase = !next_word.is_empty() && next_word.chars().all(|c| !c.is_uppercase());
        if lowercase && next_word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        // `"We won!" Johnson said.`: a quotation goes on through its speaker.
        return unclosed.len() == before.len() || !names_a_speaker(after);
    }
    // `"彼は「勝ちます。」と言った。"`: a Japanese quotation goes on through its particle.
    if before.ends_with(['\u{300d}', '\u{300f}']) && after.starts_with('\u{3068}') {
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
    let next_starts_digit = after.chars().next().is_some_and(|c| c.is_ascii_digit());
    let lower = last_word.to_lowercase();
    let starter = SENTENCE_STARTERS.contains(&next_word.to_lowercase().as_str());
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) && next_starts_digit {
        return false;
    }
    if NAME_ENDS.contains(&lower.as_str()) {
        return starter || next_word.is_empty() && !after.starts_with('(');
    }
    // `"am 3. Oktober"`, `"der 1. FC Köln"`: a German date's day, and a number after an
    // article, is an ordinal.
    if !last_word.is_empty()
        && last_word.len() <= 2
        && last_word.chars().all(|c| c.is_ascii_digit())
        && (AFTER_ORDINAL.contains(&next_word.to_lowercase().as_str())
            || stem[..stem.len() - last_word.len()]
                .split_whitespace()
                .next_back()
                .is_some_and(|word| BEFORE_ORDINAL.contains(&word.to_lowercase().as_str())))
    {
        return false;
    }
    // `"ANNAPOLIS, Md. (AP) - Lawmakers met."`: a dateline's abbreviated state before the
    // agency's credit.
    if is_credit(after) && last_word.chars().count() <= 5 {
        return false;
    }
    // A single capital letter is an initial ("George W. Bush", "J. K. Rowling"), unless a
    // sentence starts after it: `"They chose Plan B. It failed."`. A single small letter is
    // an abbreviation: `"z. B."`, `"s. o."`.
    let mut letters = last_word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_uppercase() {
            return starter;
        }
        if c.is_lowercase() {
            return false;
        }
    }
    // A time of day ends its sentence before a capital that does not say when or in which zone
    // (`"GMT"`, `"EDT"`): `"Police were called at 2 a.m. Officers found him."` is two.
    if matches!(lower.as_str(), "a.m" | "p.m")
        && next_word.chars().next().is_some_and(char::is_uppercase)
    {
        let zone = next_word.len() >= 2 && next_word.chars().all(|c| c.is_ascii_uppercase());
        return starter || !zone && !AFTER_CLOCK.contains(&next_word.to_lowercase().as_str());
    }
    // Dotted abbreviations ("U.S.", "a.m.", "e.g.") end a sentence only before a likely starter;
    // amounts like "£4.2m." and "2.5." are no abbreviations.
    let dotted = last_word.contains('.')
        && last_word.chars().all(|c| c.is_alphabetic() || c == '.')
        && last_word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    if dotted {
        // `"U.S. $5m"`: an amount after an abbreviation goes on with its sentence.
        let amount = after.starts_with(['$', '£', '€', '¥']);
        return starter || (next_word.is_empty() && !amount);
    }
    true
}

/// Whether `text` opens with an agency's credit in brackets: `"(AP) - Lawmakers met."`.
fn is_credit(text: &str) -> bool {
    let Some(inside) = text.strip_prefix('(') else {
        return false;
    };
    let name: String = inside.chars().take_while(|c| c.is_alphabetic()).collect();
    name.chars().next().is_some_and(char::is_uppercase)
        && name.len() <= 8
        && inside[name.len()..].starts_with(')')
}

/// Whether `text` opens with a speaker's name and a verb of saying that ends its clause within a
/// few words: `"Johnson said."`, `"Mayor Anna Kowal told reporters."`, but not `"Mr Sloan added
/// that tests showed..."`, which goes on to say something new.
fn names_a_speaker(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let Some(verb) = words
        .iter()
        .position(|w| !w.chars().next().is_some_and(char::is_uppercase))
    else {
        return false;
    };
    let ends = |w: &&str| w.ends_with(['.', ',', ';', ':', '!', '?']);
    let bare = words[verb].trim_end_matches(|c: char| !c.is_alphabetic());
    (1..=3).contains(&verb)
        && SAYING.contains(&bare)
        && (words[verb..].iter().take(3).any(ends) || words.len() - verb <= 3)
}

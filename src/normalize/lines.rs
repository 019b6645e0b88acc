//! What a sentence's text says of it as a whole: whether it asks, and whether it is a line of its
//! own that captions a picture, heads a section or is the page's furniture.

use super::calendar::DATES;
use crate::segment::Segment;

/// The words that open a picture's caption or credit before a colon, in the languages read as
/// themselves, as a page writes them: `"Photo: PA Media"`, `"Bild: dpa"`, `"Picture credit:
/// Getty Images"`.
const CAPTION_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "video",
    "graphic",
    "illustration",
    "caption",
    "foto",
    "fotos",
    "bild",
    "grafik",
    "crédit",
    "vidéo",
    "imagen",
    "vídeo",
    "immagine",
    "imagem",
    "beeld",
];

/// The labels before a colon that link another story, as a page writes them: `"Related:
/// Flood warnings in place"`, `"READ MORE: Council leader quits"`.
const LINK_LABELS: &[&str] = &[
    "related",
    "related stories",
    "read more",
    "read next",
    "also read",
    "see also",
    "more",
    "watch",
    "more on this story",
];

/// Whether a line only announces a list of links to other stories: one of the [`LINK_LABELS`],
/// or one with `"links"`, `"stories"` or `"articles"` after it, and at most a colon: `"Related
/// links:"`, `"More on this story"`, `"Read more:"`. `"Related: Flood warnings in place"` is
/// a link itself.
fn heads_links(line: &str) -> bool {
    let label = line.trim().trim_end_matches(':').to_ascii_lowercase();
    let label = label.trim_end();
    let mut list = label;
    for kind in [" links", " stories", " articles"] {
        if let Some(head) = label.strip_suffix(kind) {
            list = head;
        }
    }
    LINK_LABELS.contains(&label) || LINK_LABELS.contains(&list)
}

/// Whether a line links another story: one of the [`LINK_LABELS`], a colon and a headline.
/// `"Related: Kettleby councillors call for better fire access"` does, however many of the
/// source's words its headline has; `"Related stories"` alone is a label, and `"Watch out: the
/// roads are icy."`, whose label links nothing, is a sentence.
///
/// A label that tells the reader to read something is one too, of up to
/// [`READ_LABEL_WORDS`] words: `"Read the full judgment: Marchetti v Northline Rail"`.
fn links_elsewhere(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, rest)| {
        let label = label.trim();
        let read = label
            .get(..5)
            .is_some_and(|first| first.eq_ignore_ascii_case("read "))
            && label.split_whitespace().count() <= READ_LABEL_WORDS;
        !rest.trim().is_empty()
            && (read || LINK_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)))
    })
}

/// The most words of a label that tells the reader to read on: `"Read the statement in full"`.
const READ_LABEL_WORDS: usize = 5;

/// The fewest words of a quotation that leads a line: `"'The whole sky was orange': ..."`.
pub const LEADING_QUOTE_WORDS: usize = 3;

/// Per sentence of `text`, whether a quotation of [`LEADING_QUOTE_WORDS`] words or more leads
/// it, closed right before a colon, as a headline leads with a voice: `"'The whole sky was
/// orange': neighbours describe night of fire"` does, and so does `"\"It's like losing a family
/// member\": ..."` (an apostrophe inside is no closing mark, since the colon follows the quote);
/// `"Fire: 'the sky was orange'"` and `"'Evil' killer jailed"` do not.
pub(super) fn quote_led(text: &str, segments: &[Segment]) -> Vec<bool> {
    const OPENING: &[char] = &['\'', '"', '\u{2018}', '\u{201c}'];
    const CLOSING: &[char] = &['\'', '"', '\u{2019}', '\u{201d}'];
    segments
        .iter()
        .map(|s| {
            let line = text.get(s.start..s.end).unwrap_or_default().trim_start();
            let Some(quote) = line.strip_prefix(OPENING) else {
                return false;
            };
            quote.split_once(':').is_some_and(|(quote, _)| {
                quote
                    .trim_end()
                    .strip_suffix(CLOSING)
                    .is_some_and(|inside| inside.split_whitespace().count() >= LEADING_QUOTE_WORDS)
            })
        })
        .collect()
}

/// Per sentence of `text`, whether it asks: it holds a question mark (`"How will the means test
/// work?"`, or a quote that asks one).
pub(super) fn asks(text: &str, segments: &[Segment]) -> Vec<bool> {
    segments
        .iter()
        .map(|s| {
            text.get(s.start..s.end)
                .is_some_and(|t| t.contains('?') || t.contains('\u{ff1f}'))
        })
        .collect()
}

/// What kind of line a target sentence is, beyond a sentence of the story.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Line {
    /// A sentence like any other.
    #[default]
    Sentence,
    /// A picture's caption or credit, or the article's byline (see [`is_byline`]). A caption
    /// is a label of one or two words, the first of them a caption's (`"Photo"`, `"Bild"`),
    /// then a colon and more. `"Picture: PA Media"`, `"Photo: The governor at the dam"` and
    /// `"By Rachel Odunsi, Political Reporter"` are the page's own, however much of the source
    /// they name; `"Photos: what we know"` too, while `"Photos of the flood were shared
    /// widely."` is a sentence.
    Caption,
    /// A paragraph of one line not closed by punctuation, as a section's heading or a
    /// newsletter item's headline is: `"1. Hospital staff to pay for parking again"`, `"What
    /// happens next"`. `"The trial continues."` is a sentence.
    Heading,
    /// The page's furniture, which says nothing of the story however many of its words the
    /// source has: a menu, breadcrumb or strapline (see [`is_menu`]), `"World | 12 October |
    /// Meridian Press"`, a time stamp (see [`is_stamp`]), `"Published 15:42, 14 May 2024"`, or a
    /// link to another story, `"Related: Flood warnings in place"`.
    Furniture,
}

/// The fewest items of a menu or a breadcrumb: `"Home | News | Sport"`. Two items joined by a
/// bar are as likely a headline's two halves: `"Fire at paint works | Residents evacuated"`.
pub const MENU_ITEMS_MIN: usize = 3;

/// The most words of one item of a menu: `"What's On"`. A line of longer parts between bars is
/// a list of headlines or facts, which says something.
pub const MENU_ITEM_WORDS_MAX: usize = 3;

/// `"Home | News | Sport | Business"`, `"News › World › Europe"`, `"World | 12 October |
/// Meridian Press"`: at least [`MENU_ITEMS_MIN`] items of at most [`MENU_ITEM_WORDS_MAX`]
/// words between bars, bullets or chevrons (in a line the caller has found not closed as a
/// sentence). `"Council approves fire station | Three hurt in bypass crash | Ferry returns"`
/// lists headlines, which say something.
// Not inlined: the page's wasm pays for each copy.
#[inline(never)]
pub fn is_menu(text: &str) -> bool {
    let mut items = 0;
    for item in text.split(['|', '•', '·', '›', '»']) {
        match item.split_whitespace().count() {
            0 => {}
            n if n > MENU_ITEM_WORDS_MAX => return false,
            _ => items += 1,
        }
    }
    items >= MENU_ITEMS_MIN
}

/// Whether a line ends as a sentence does, after any closing quote or bracket: `"He left."`,
/// `"\"Why?\""`, `"(See below.)"` and `"He said:"` close; `"Home | News"` and `"Published 2
/// hours ago"` do not. A page's furniture never closes, so a line that does is read as prose.
pub fn closes_as_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// The words that open a byline, in the languages read as themselves.
const BYLINE_WORDS: &[&str] = &["by", "von", "par", "por", "door"];

/// The words a byline may open with before its `"by"`: `"Posted by RoverRich"`.
const BYLINE_VERBS: &[&str] = &["posted", "written", "words", "reported", "story"];

/// The most words of a byline: `"By Tom Reyes, Health correspondent, NTV News"` has seven.
pub const BYLINE_WORDS_MAX: usize = 12;

/// A byline: a line not closed as a sentence, of at most [`BYLINE_WORDS_MAX`] words, that opens
/// with `"By"` (or `"Von"`, `"Par"`, `"Por"`, `"Door"`; after `"Posted"` or `"Written"` if need
/// be) and a capital, after `"the"` if need be, or `"our"` and any word. `"By Rachel Odunsi,
/// Political Reporter"`, `"By the Ashworth Court Tenants Action Group"`, `"By our Europe
/// staff"` and `"Posted by Priya Nandakumar in Deep Sea News"` are bylines; `"By the
/// numbers"` and `"By 2030, half of all cars will be electric."` are not.
#[inline(never)]
pub fn is_byline(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    // `"Posted by"`, `"Written by"`, `"Words by"`.
    if words
        .next_if(|w| BYLINE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
        .is_some()
        && words.peek().is_some_and(|w| !w.eq_ignore_ascii_case("by"))
    {
        return false;
    }
    let opens = words
        .next()
        .is_some_and(|w| BYLINE_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)));
    let mut name = words.next().unwrap_or_default();
    // The outlet's own staff: `"By our correspondent"`.
    let ours = name.eq_ignore_ascii_case("our");
    if name == "the" || ours {
        name = words.next().unwrap_or_default();
    }
    opens
        && (ours || name.starts_with(char::is_uppercase))
        && words.count() + 2 <= BYLINE_WORDS_MAX
        && !closes_as_sentence(text)
}

/// The words that open a page's time stamp.
pub const STAMP_LABELS: &[&str] = &["published", "updated", "posted", "modified"];

/// The words a time stamp may hold besides figures, months and weekdays: `"Updated 2 hours
/// ago"`, `"Published on 14 May at 3pm"`, and the reading time a page prints beside it,
/// `"Published 12 June, 18:40 | 4 min read"`.
pub const STAMP_WORDS: &[&str] = &[
    "on", "at", "am", "pm", "gmt", "bst", "utc", "cet", "est", "ago", "minute", "minutes", "hour",
    "hours", "day", "days", "read", "|", "-", "–",
];

/// A page's time stamp: a line not closed as a sentence that opens with a word such as
/// `"Published"` or `"Updated"` (after `"Last"` or `"First"`), with nothing after it but
/// figures, months and weekdays (or their first three letters or more), and the words of
/// [`STAMP_WORDS`]. `"Published 15:42, 14 May 2024"`, `"Last updated: 14 October"` and
/// `"Updated 2 hours ago"` are stamps; `"Published by Penguin in 1998"` is not. A line with a
/// clock time needs no label: `"14 May at 13:42"` is a stamp, `"08:58 Reports of a blast"` not.
#[inline(never)]
pub fn is_stamp(text: &str) -> bool {
    // Plain loops over bytes: the page's wasm pays for each iterator chain.
    let is_word = |word: &str, list: &[&str]| {
        for &known in list {
            let prefix = word.len() >= 3 && known.len() > word.len();
            let known = if prefix {
                known.get(..word.len()).unwrap_or(known)
            } else {
                known
            };
            if known.eq_ignore_ascii_case(word) {
                return true;
            }
        }
        false
    };
    // A clock time (`"13:42"`) stamps a line that has no label: `"14 May at 13:42"`.
    let mut clock = false;
    for w in text.as_bytes().windows(4) {
        clock |= w[0].is_ascii_digit() && w[1] == b':' && w[2..].iter().all(u8::is_ascii_digit);
    }
    let mut label = false;
    let mut when = 0;
    for word in text.split([' ', ',', ':', '\t', '\u{a0}']) {
        let word = word.trim_end_matches('.');
        if word.is_empty() {
            continue;
        }
        if !label {
            if word.eq_ignore_ascii_case("last") || word.eq_ignore_ascii_case("first") {
                continue;
            }
            if clock && (word.as_bytes()[0].is_ascii_digit() || is_word(word, DATES)) {
                when += 1;
            } else if !STAMP_LABELS.iter().any(|l| l.eq_ignore_ascii_case(word)) {
                return false;
            }
            label = true;
        } else if word.as_bytes()[0].is_ascii_digit()
            || is_word(word, DATES)
            || is_word(word, STAMP_WORDS)
        {
            when += 1;
        } else {
            return false;
        }
    }
    when > 0
}

/// Per sentence of `text`, what kind of line it is.
pub(super) fn lines(text: &str, segments: &[Segment]) -> Vec<Line> {
    let paragraph = |k: Option<usize>| k.and_then(|k| segments.get(k)).map(|s| s.paragraph);
    let mut lines: Vec<Line> = segments
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let line = text.get(s.start..s.end).unwrap_or_default();
            let labelled = line.trim_start_matches(['(', '[']);
            let caption = labelled.split_once(':').is_some_and(|(label, rest)| {
                let mut words = label.split_whitespace();
                let first = words.next().unwrap_or_default();
                words.count() <= 1
                    && CAPTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(first))
                    && !rest.trim().is_empty()
            });
            // A byline credits the text as a caption credits a picture.
            let caption = caption || is_byline(line);
            let alone = paragraph(k.checked_sub(1)) != Some(s.paragraph)
                && paragraph(Some(k + 1)) != Some(s.paragraph);
            let open = !closes_as_sentence(line);
            if caption {
                Line::Caption
            } else if open && (is_menu(line) || is_stamp(line)) || links_elsewhere(line) {
                Line::Furniture
            } else if alone && line.ends_with(char::is_alphanumeric) {
                Line::Heading
            } else {
                Line::Sentence
            }
        })
        .collect();
    // A list of links under its label is the page's: `"Related links:"`, then headlines.
    let mut in_list = false;
    for (k, s) in segments.iter().enumerate() {
        let line = text.get(s.start..s.end).unwrap_or_default();
        if heads_links(line) {
            lines[k] = Line::Furniture;
            in_list = true;
        } else if in_list && matches!(lines[k], Line::Heading | Line::Furniture) {
            lines[k] = Line::Furniture;
        } else {
            in_list = false;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn a_labelled_caption_or_credit_is_told_from_a_sentence() {
        for (line, caption) in [
            ("Picture: PA Media", true),
            ("Photo: Andrew Bailey at the Bank of England", true),
            ("(Photo: Reuters)", true),
            ("Picture credit: Getty Images", true),
            ("Bild: dpa", true),
            ("Photos of the flood were shared widely.", false),
            ("Photo:", false),
            ("Residents said: \"We saw the photo.\"", false),
            ("The photo shows the dam: a wall of water.", false),
        ] {
            let kind = lines(line, &segment(line))[0];
            assert_eq!(kind == Line::Caption, caption, "{line}");
        }
    }

    #[test]
    fn a_line_led_by_a_quotation_is_told_from_one_that_only_quotes() {
        for (line, led) in [
            (
                "'The whole sky was orange': neighbours describe night of fire",
                true,
            ),
            (
                "\u{201c}It\u{2019}s like losing a family member\u{201d}: town reels",
                true,
            ),
            ("\"We gave them 30 years\": members vow to fight", true),
            ("Fire: 'the sky was orange' say neighbours", false),
            ("'Evil' killer jailed: judge's words", false),
            (
                "Young carers 'miss more than five weeks of school a year'",
                false,
            ),
        ] {
            assert_eq!(quote_led(line, &segment(line)), [led], "{line}");
        }
    }

    #[test]
    fn a_menu_or_a_time_stamp_is_the_pages_furniture() {
        for (line, furniture) in [
            ("Published 15:42, 14 May 2024", true),
            ("Published 14 October", true),
            ("Last updated: 14 October 2025 at 9.15am", true),
            ("Updated 2 hours ago", true),
            ("Posted on Tuesday", true),
            ("Published 12 June, 18:40 | 4 min read", true),
            ("14 May at 13:42", true),
            ("Tuesday 14 May 2024, 09:15 BST", true),
            ("08:58 Reports of a blast at the plant", false),
            ("14 May", false),
            ("World | 12 October | Meridian Press", true),
            ("Home | News | Sport | Weather", true),
            (
                "Related: Kettleby councillors call for better fire access",
                true,
            ),
            ("READ MORE: Council leader quits after budget row.", true),
            ("See also: the flood maps", true),
            (
                "Read the full judgment: Marchetti v Northline Rail Ltd",
                true,
            ),
            ("Read the statement in full: council.example/library", true),
            ("Readers said: the roads are icy.", false),
            ("Watch out: the roads are icy.", false),
            // A label alone heads a list of links.
            ("Related: ", true),
            ("Published by Penguin in 1998", false),
            ("Published", false),
            ("Updated figures show a rise in May.", false),
            ("Fire at paint works | Residents evacuated", false),
            (
                "Council approves fire station | Three hurt in bypass crash | Ferry returns",
                false,
            ),
        ] {
            let kind = lines(line, &segment(line))[0];
            assert_eq!(kind == Line::Furniture, furniture, "{line}");
        }
    }

    #[test]
    fn a_list_of_links_under_its_label_is_the_pages_furniture() {
        let furniture = |text: &str| -> Vec<bool> {
            let kinds = lines(text, &segment(text));
            kinds.iter().map(|&k| k == Line::Furniture).collect()
        };
        let list = "The ferry returns on Monday.\n\nRelated links:\n\nBus station to be \
                    refurbished\n\nNew cycle lane backed\n\nThe council meets in May.";
        assert_eq!(furniture(list), [false, true, true, true, false]);
        for label in [
            "Related stories",
            "More on this story",
            "Read more:",
            "related articles",
        ] {
            let text = format!("{label}\n\nBus station to be refurbished");
            assert_eq!(furniture(&text), [true, true], "{label}");
        }
        // A heading of the story's own, after no label, is no link.
        let heading = "The ferry returns on Monday.\n\nWhat happens next\n\nThe council meets.";
        assert_eq!(furniture(heading), [false, false, false]);
        // A label that says something else is none: `"Related links"` heads links, `"Related
        // costs rose"` does not.
        assert_eq!(
            furniture("Related costs rose\n\nBus station to be refurbished"),
            [false, false]
        );
    }

    #[test]
    fn a_byline_is_told_from_a_sentence_or_heading_that_opens_with_by() {
        for (line, byline) in [
            ("By Rachel Odunsi, Political Reporter", true),
            ("By the Ashworth Court Tenants Action Group", true),
            ("BY GARY FINCH, Economics Editor", true),
            ("Von Anna Weber, dpa", true),
            ("Posted by Priya Nandakumar in Deep Sea News", true),
            ("By our Europe staff", true),
            ("By our correspondent in Leipzig", true),
            ("By our count, 40 homes were flooded.", false),
            ("Posted yesterday", false),
            ("By the numbers", false),
            ("By 2030, half of all cars will be electric.", false),
            ("By Tuesday the water had gone.", false),
            ("Bypass to open in May", false),
        ] {
            assert_eq!(is_byline(line), byline, "{line}");
            let kind = lines(line, &segment(line))[0];
            assert_eq!(kind == Line::Caption, byline, "{line}");
        }
    }

    #[test]
    fn a_line_closes_as_a_sentence_after_any_closing_quote_or_bracket() {
        for (line, closes) in [
            ("He left.", true),
            ("He left. ", true),
            ("\"Why?\"", true),
            ("\u{201c}We will act.\u{201d}", true),
            ("(See below.)", true),
            ("He said:", true),
            ("And then\u{2026}", true),
            ("\u{4ed6}\u{8d70}\u{4e86}\u{3002}", true),
            ("Home | News | Sport", false),
            ("Published 2 hours ago", false),
            ("Minister: \"We will act\"", false),
            ("", false),
        ] {
            assert_eq!(closes_as_sentence(line), closes, "{line:?}");
        }
    }

    #[test]
    fn a_heading_is_a_paragraph_of_one_line_not_closed_by_punctuation() {
        let text = "Your briefing\n\nGood morning. Here is the news.\n\n1. Bypass closed \
                    overnight\n\nThe trial continues.\n\nWhat happens next?\n\nWork starts \
                    in May";
        let kinds = lines(text, &segment(text));
        use Line::{Heading, Sentence};
        assert_eq!(
            kinds,
            [Heading, Sentence, Sentence, Heading, Sentence, Sentence, Heading]
        );
    }
}

//! Lines that say nothing of the article's own: a closing line, and a web page's furniture
//! (its menus, labels and copyright line), which a reader who pastes a page brings along.

/// The most words of a line too short to say anything of its own: `"The trial continues."`,
/// `"Related stories"`, `"Advertisement"`. A new sentence of four words says something:
/// `"Residents cheered the news."`.
pub const MUTE_WORDS_MAX: usize = 3;

/// The most words of a line without a sentence's closing mark that is a page's label, not a
/// sentence: `"Skip to main content"`, `"Published 2 hours ago"`. A four-word sentence that
/// closes as one says something: `"Residents cheered the news."`, and so does a question.
pub const LABEL_WORDS_MAX: usize = 4;

use crate::normalize::{closes_as_sentence, is_byline, is_menu};
pub use crate::normalize::{MENU_ITEMS_MIN, MENU_ITEM_WORDS_MAX};

/// Whether an added line is no material of the article's own, so that the verdict weighs the
/// rest:
/// - at most [`MUTE_WORDS_MAX`] words: `"The trial continues."` -> true;
/// - a label: at most [`LABEL_WORDS_MAX`] words, not closed as a sentence: `"Skip to main
///   content"` -> true, `"Residents cheered the news."` -> false;
/// - a menu: at least [`MENU_ITEMS_MIN`] short items between bars or bullets: `"Home | News |
///   Sport | Weather"` -> true;
/// - a copyright line: `"© 2026 Wexham Daily Post."` -> true, `"Copyright law changed in
///   May."` -> false;
/// - a byline: `"By Rachel Odunsi, Political Reporter"` -> true, `"By 2030, half of all cars
///   will be electric."` -> false;
/// - an editor's note on the article itself: `"This story has been corrected to fix the
///   spelling of a name."` -> true, `"This story has moved many readers."` -> false;
/// - an appeal or a press contact that gives an email address, in at most
///   [`APPEAL_WORDS_MAX`] words: `"Have you been affected? Email us at news@gazette.co.uk"` ->
///   true;
/// - a credit for who reported, supplied or translated the text, in at most
///   [`APPEAL_WORDS_MAX`] words: `"(Reporting by Ana Ruiz; Editing by Tom Hale)"` -> true,
///   `"Supplies ran out by noon."` -> false;
/// - a social page's prompt or tags: `"Please share this post so it reaches as many people as
///   possible"` -> true, `"#Ashcombe #HitAndRun"` -> true, `"Share prices fell 4%."` -> false
///   (see `is_prompt`).
///
/// Chinese and Japanese write no spaces, so every character from the CJK blocks on counts as a
/// word too (Korean, spaced, is counted high, which only keeps more lines): `"水坝周二开放了。"`
/// -> false.
pub fn says_little(text: &str) -> bool {
    let text = text.trim();
    let wide = text.chars().filter(|&c| c >= '\u{2e80}').count();
    let words = text.split_whitespace().count() + wide;
    if words <= MUTE_WORDS_MAX {
        return true;
    }
    let open = !closes_as_sentence(text);
    open && (words <= LABEL_WORDS_MAX || is_menu(text) || is_labelled(text))
        || is_credit(text)
        || is_correction(text)
        || is_byline(text)
        || words <= APPEAL_WORDS_MAX && names_an_address(text)
        || is_prompt(text)
        || words <= APPEAL_WORDS_MAX && opens_with(text, CREDITS)
}

/// How a social page's prompt to its readers opens, in lower case: `"Please share this
/// post"`, `"Follow us on X for updates"`.
const PROMPTS: &[&str] = &[
    "please share",
    "please like and share",
    "like and share",
    "share this",
    "follow us",
    "subscribe to our",
    "sign up to our",
    "sign up for our",
];

/// Whether a line asks readers to share or follow the page (see [`PROMPTS`]), after any emoji
/// or marks before it (`"🚨 PLEASE SHARE – police need your help 🚨"`), is one of its notices
/// (see [`is_page_notice`]), or is nothing but hashtags: `"#Ashcombe #HitAndRun
/// #PleaseShare"`. `"Share prices fell"` and `"Followers of the club"` are sentences.
fn is_prompt(text: &str) -> bool {
    opens_with(text, PROMPTS)
        || asks_for_pictures(text)
        || is_page_notice(text)
        || text.split_whitespace().all(|word| word.starts_with('#'))
}

/// Whether a line opens with one of `openings`, whole words, after any emoji, brackets or
/// marks before it: `"(Reporting by ..."` opens with `"reporting by"`.
fn opens_with(text: &str, openings: &[&str]) -> bool {
    let opening = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '#');
    // The openings are ASCII: a byte prefix compares them, with no lowercase copy.
    openings.iter().any(|p| {
        opening
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && !opening[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// How a line that credits who reported, supplied or translated the text opens, in lower
/// case: `"(Reporting by Ana Ruiz; Editing by Tom Hale)"`, `"Item supplied by Hartwell Vale
/// Hospice."`, `"This article is based on a report by Le Courrier du Rhône."`.
const CREDITS: &[&str] = &[
    "reporting by",
    "additional reporting",
    "editing by",
    "supplied by",
    "item supplied by",
    "translated from",
    "this article is based on",
    "this story is based on",
];

/// How a page asks its readers for their pictures, in lower case: `"Send us your pictures"`,
/// `"If it is safe to do so, share your photos and videos ..."`.
const PICTURE_CALLS: &[&str] = &[
    "send us your",
    "share your photos",
    "share your pictures",
    "share your videos",
];

/// What a page's own notices say, in lower case, wherever in the line: a newsletter's sign-up
/// (`"Get the Morning Brief in your inbox every weekday."`) and a cookie banner (`"We use cookies
/// to personalise content and ads."`), which a reader who pastes a page brings along.
const PAGE_NOTICES: &[&str] = &[
    "in your inbox",
    "our newsletter",
    "use cookies",
    "uses cookies",
    "accept cookies",
    "cookie policy",
    "privacy policy",
];

/// Whether a line is a page's notice (see [`PAGE_NOTICES`]) in at most [`APPEAL_WORDS_MAX`]
/// words: `"We use cookies to analyse our traffic."` -> true, `"The bakery sold 400 cookies to
/// raise funds."` -> false.
fn is_page_notice(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    text.split_whitespace().count() <= APPEAL_WORDS_MAX
        && PAGE_NOTICES.iter().any(|notice| lower.contains(notice))
}

/// Whether a line asks readers for their pictures (see [`PICTURE_CALLS`]) in at most
/// [`APPEAL_WORDS_MAX`] words, as a page under a weather story does: `"If it is safe to do so,
/// share your photos of the storm."` -> true, `"Police released pictures of the suspect."` ->
/// false.
fn asks_for_pictures(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    text.split_whitespace().count() <= APPEAL_WORDS_MAX
        && PICTURE_CALLS.iter().any(|call| lower.contains(call))
}

/// The most words of a line that asks readers to write in or gives a press contact: `"Have you
/// been affected? Email us at news@gazette.co.uk"`.
pub const APPEAL_WORDS_MAX: usize = 25;

/// Whether a line gives an email address, as a paper's appeal to its readers and a release's
/// press contact do: `"Email us at news@gazette.co.uk"` -> true, `"Media contact: Ann Lee,
/// media@quillmere.co.uk"` -> true, `"Tickets sold out at 10am."` -> false. A short line that
/// gives one asks to be written to; it tells nothing of the story.
fn names_an_address(text: &str) -> bool {
    // Bytes, not chars: an address is ASCII around its `@`, and the page pays for each closure.
    let bytes = text.as_bytes();
    for at in 1..bytes.len() {
        if bytes[at] != b'@' || !bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let host = &bytes[at + 1..];
        let mut dot = None;
        for (k, &c) in host.iter().enumerate() {
            if c.is_ascii_whitespace() {
                break;
            }
            if c == b'.' && dot.is_none() && k > 0 {
                dot = Some(k);
            } else if dot.is_some_and(|d| k == d + 1) && c.is_ascii_alphanumeric() {
                return true;
            }
        }
    }
    false
}

/// What an article calls itself in a note on its own versions.
const ARTICLE_WORDS: &[&str] = &["story", "article", "report", "piece", "post", "item"];

/// What a note says was done to the article.
const EDIT_WORDS: &[&str] = &[
    "corrected",
    "amended",
    "updated",
    "changed",
    "edited",
    "clarified",
];

/// A note on the article's own versions, which a corrected or updated re-issue appends to the
/// story it repeats: `"This story has been corrected to ..."`, `"This article was amended on 3
/// May to ..."`, `"An earlier version of this report misspelt ..."`, `"Correction: ..."`. It
/// opens the line; the same words inside a sentence report something else.
#[inline(never)]
fn is_correction(text: &str) -> bool {
    // Plain slices and ASCII case: the page pays for every allocation and table. The note's
    // first words carry no punctuation.
    let mut words = [""; 6];
    for (slot, word) in words.iter_mut().zip(text.split_whitespace()) {
        *slot = word;
    }
    let is = |at: usize, one: &str| words[at].eq_ignore_ascii_case(one);
    let any = |at: usize, list: &[&str]| list.iter().any(|one| is(at, one));
    let label = text.split_once(':').map_or("", |(label, _)| label.trim());
    // "Correction: ...", "Clarification: ...".
    let labelled =
        label.eq_ignore_ascii_case("correction") || label.eq_ignore_ascii_case("clarification");
    // "This story has been corrected", "This article was amended".
    let edited = is(0, "this") && any(1, ARTICLE_WORDS) && (2..=4).any(|at| any(at, EDIT_WORDS));
    // "An earlier version of this story", "A previous version of this article".
    let earlier = any(0, &["an", "a"])
        && any(1, &["earlier", "previous"])
        && is(2, "version")
        && is(3, "of")
        && is(4, "this")
        && any(5, ARTICLE_WORDS);
    labelled || edited || earlier
}

/// The most words of the label before a colon that opens a page's line: `"Read more"`.
pub const LINE_LABEL_WORDS_MAX: usize = 2;

/// `"Photo: Northamptonshire Fire and Rescue Service"`, `"Read more: Flood warnings in place
/// across the Midlands"`: a label of at most [`LINE_LABEL_WORDS_MAX`] words and a colon before
/// the rest of a line (one the caller has found not closed as a sentence), as a page credits a
/// photo or links another story. A headline's kicker reads the same (`"Floods: more rain on the
/// way"`), and a headline of the target's own weighs no more in the verdict.
fn is_labelled(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        let words = label.split_whitespace().count();
        (1..=LINE_LABEL_WORDS_MAX).contains(&words) && !rest.trim().is_empty()
    })
}

/// `"© 2026 Wexham Daily Post."`, `"Copyright 2026 Wexham Daily Post"`, `"(c) Harlow News"`:
/// the sign, or the word followed by the sign or a year, never the word opening a sentence.
fn is_credit(text: &str) -> bool {
    if text.starts_with('©')
        || text
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("(c) "))
    {
        return true;
    }
    let word = "copyright";
    text.get(..word.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(word))
        && text[word.len()..]
            .trim_start()
            .starts_with(|c: char| c == '©' || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::says_little;

    #[test]
    fn lines_that_say_little_and_lines_that_say_something() {
        let cases = [
            ("The trial continues.", true),
            ("Advertisement", true),
            ("🚨 PLEASE SHARE – police need your help 🚨", true),
            ("Please share this post so it reaches everyone 🙏", true),
            ("Follow us on X for the latest news.", true),
            ("#Ashcombe #HitAndRun #MillLane #PleaseShare", true),
            (
                "If it is safe to do so, share your photos of the storm.",
                true,
            ),
            ("Police released pictures of the suspect on Monday.", false),
            ("(Reporting by Ana Ruiz; Editing by Tom Hale)", true),
            (
                "Item supplied by Hartwell Vale Hospice for the parish news.",
                true,
            ),
            (
                "This article is based on a report by the Courrier du Rhône.",
                true,
            ),
            ("Translated from the Portuguese by Rui Matos.", true),
            ("Supplies ran out by noon on the second day.", false),
            ("Reportedly, the editing suite was flooded.", false),
            ("Share prices in the firm fell by 4% on Monday.", false),
            ("Followers of the club were stunned by the news.", false),
            ("Police said #Ashcombe was trending on Monday.", false),
            (
                "Get the Newsfold Morning Brief in your inbox every weekday.",
                true,
            ),
            (
                "We use cookies to personalise content and ads and to analyse our traffic.",
                true,
            ),
            (
                "The bakery sold 400 cookies to raise funds for the hospice.",
                false,
            ),
            ("Skip to main content", true),
            ("Published 2 hours ago", true),
            ("Home | News | Sport | Business | What's On | Weather", true),
            ("News › World › Europe", true),
            ("• News • Sport • Weather", true),
            ("© 2026 Wexham Daily Post.", true),
            ("Copyright © Harlow News", true),
            ("Copyright 2026 Harlow News Ltd", true),
            ("(c) Harlow News", true),
            ("Photo: Northamptonshire Fire and Rescue Service", true),
            (
                "Read more: Flood warnings in place across the Midlands",
                true,
            ),
            ("Police said: the road will reopen on Monday.", false),
            ("The reason was simple: nobody had checked the pipes", false),
            ("Residents cheered the news.", false),
            ("Why was it closed?", false),
            ("\"We are devastated,\" she said.", false),
            ("Fire at paint works | Residents evacuated", false),
            (
                "Council approves fire station | Three hurt in bypass crash | Ferry returns",
                false,
            ),
            ("Copyright law changed in May.", false),
            (
                "This story has been corrected to fix the spelling of the director's name.",
                true,
            ),
            ("This article was amended on 3 May to correct a date.", true),
            (
                "An earlier version of this report gave the wrong age for the victim.",
                true,
            ),
            ("Correction: the fire started on Tuesday, not Monday.", true),
            (
                "This story has moved many readers across the county.",
                false,
            ),
            (
                "The report was updated after the inquiry heard new evidence.",
                false,
            ),
            ("Wexham council approves plans for new fire station", false),
            ("水坝周二开放了。", false),
            // An appeal or a press contact that gives an email address.
            (
                "Have you been affected? Email us at newsdesk@wexham-post.co.uk",
                true,
            ),
            (
                "Media contact: Ann Lee, Head of Communications, media@quillmere.co.uk",
                true,
            ),
            ("Fans can email the club at tickets@rovers.co.uk.", true),
            ("Tickets went on sale at 9am and sold out @ 10am.", false),
            (
                "The scam emails came from a lookalike address, officers said.",
                false,
            ),
        ];
        for (line, little) in cases {
            assert_eq!(says_little(line), little, "{line}");
        }
    }
}

//! Split an article into paragraphs and sentences, keeping each sentence's byte range.
//!
//! Built on UAX #29 sentence bounds (unicode-segmentation), then corrected for news text: line
//! breaks are hard boundaries unless they only wrap a sentence, abbreviations and initials don't
//! end sentences, and a missing space after a full stop does.

mod boundary;
mod citations;
mod lists;
mod wrap;

use boundary::{continues, ends_sentence, wraps};
pub(crate) use citations::citation_marks;
pub(crate) use lists::list_marker;
use unicode_segmentation::UnicodeSegmentation;
use wrap::{fills, wrap_width};

/// One sentence of an article, as a byte range into the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first character (never whitespace).
    pub start: usize,
    /// Byte offset just past the last character (never whitespace).
    pub end: usize,
    /// Paragraph index, counting from 0.
    pub paragraph: usize,
}

/// Splits `text` into sentences, trimmed of surrounding whitespace, in order. Punctuation with
/// no word is no sentence: a divider line (`"* * *"`, `"---"`, a quoted e-mail's lone `">"`)
/// separates paragraphs as a blank line does.
///
/// Paragraphs are separated by blank lines; a text without any blank line has one paragraph per
/// line (web copy often puts each paragraph on its own line). A line break ends a sentence, so
/// headlines, bylines and bullet lines without final punctuation stand alone, unless it only
/// wraps one (see `wraps`), or the text is wrapped at a fixed width and the next word would not
/// have fitted on the line (see `fills`): hard-wrapped wire copy, PDF and e-mail text keep their
/// sentences whole.
///
/// # Examples
/// ```
/// let text = "HEADLINE\n\nMr. Smith left at 9 a.m. on Dec. 27. He said it rained in August.He left.";
/// let sentences: Vec<&str> = retold::segment::segment(text)
///     .iter()
///     .map(|s| &text[s.start..s.end])
///     .collect();
/// assert_eq!(
///     sentences,
///     ["HEADLINE", "Mr. Smith left at 9 a.m. on Dec. 27.", "He said it rained in August.", "He left."]
/// );
/// ```
pub fn segment(text: &str) -> Vec<Segment> {
    let lines = lines(text);
    let blank_lines = lines
        .iter()
        .any(|&(a, b)| text[a..b].trim_matches(is_blank_char).is_empty());
    let width = wrap_width(text, &lines);
    let mut sentences = Vec::new();
    let mut paragraph = 0usize;
    let mut seen_text_in_paragraph = false;
    let mut previous_blank = false;
    // Lines joined where a line break only wraps a sentence: (start, end, paragraph).
    let mut run: Option<(usize, usize, usize)> = None;
    for &(line_start, line_end) in &lines {
        let line = &text[line_start..line_end];
        // A line with no word (`"* * *"`, `"---"`, an e-mail's lone `">"`) divides paragraphs
        // like a blank one: it says nothing a reader could copy, reword or omit.
        if !says_something(line) {
            previous_blank = true;
            continue;
        }
        if let Some((start, end, at)) = run {
            let joined = &text[start..end];
            let soft = if previous_blank {
                continues(joined, line)
            } else {
                wraps(joined, line) || width.is_some_and(|w| fills(w, joined, line))
            };
            if soft {
                previous_blank = false;
                run = Some((start, line_end, at));
                continue;
            }
            split_line(text, start, end, at, &mut sentences);
        }
        let new_paragraph = if blank_lines { previous_blank } else { true };
        if new_paragraph && seen_text_in_paragraph {
            paragraph += 1;
        }
        seen_text_in_paragraph = true;
        previous_blank = false;
        run = Some((line_start, line_end, paragraph));
    }
    if let Some((start, end, at)) = run {
        split_line(text, start, end, at, &mut sentences);
    }
    sentences
}

/// The characters that end a line.
pub(crate) const LINE_ENDS: [char; 4] = ['\n', '\r', '\u{2028}', '\u{2029}'];

/// The marks a word breaks at across a line: a hyphen, the Unicode hyphen and a soft hyphen
/// (`"com-\nplete"`). Segmenting, matching and the diff read the same breaks.
pub(crate) const BREAK_HYPHENS: [char; 3] = ['-', '\u{2010}', SOFT_HYPHEN];

/// Invisible but where a line breaks at it: PDF copy keeps it there and inside words.
pub(crate) const SOFT_HYPHEN: char = '\u{ad}';

/// Byte ranges of the lines of `text`, without their terminators. A line ends at `\n`, `\r\n`,
/// a lone `\r` (old Mac files) or a Unicode line or paragraph separator. Only lines between two
/// terminators count, so text with no blank line in it yields no empty line.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let width = match c {
            '\r' if chars.peek().is_some_and(|&(_, next)| next == '\n') => {
                chars.next();
                2
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => c.len_utf8(),
            _ => continue,
        };
        lines.push((start, at));
        start = at + width;
    }
    if start < text.len() {
        lines.push((start, text.len()));
    }
    lines
}

/// Splits one line (already known to hold text), or lines that wrap one sentence, into sentences.
fn split_line(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Segment>) {
    let line = &text[start..end];
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (from, to) in wordless_runs_cut(line) {
        for (offset, piece) in line[from..to].split_sentence_bound_indices() {
            let offset = from + offset;
            for (a, b) in split_glued(piece) {
                for (c, d) in split_missed_starts(&piece[a..b]) {
                    pieces.push((start + offset + a + c, start + offset + a + d));
                }
            }
        }
    }
    // `"« Nous allons gagner. » La foule"`: UAX #29 starts the next sentence with a closing mark
    // that follows a space, as French quotation marks do.
    // So does Markdown's `"**"` that closes `"**The council approved it.** The vote..."`: marks
    // with no word that touch the sentence before them, then a space, are that sentence's.
    for k in 1..pieces.len() {
        let (from, to) = pieces[k];
        // `"in 1932.[3] It"`: UAX #29 ends the sentence inside the citation mark after it.
        if let Some(before) = text[..from].strip_suffix('[') {
            let marks = citation_marks(&text[before.len()..to]);
            if marks > 0 && before.ends_with(['.', '!', '?', '"', '\u{201d}', ')']) {
                pieces[k].0 = before.len() + marks;
                pieces[k - 1].1 = pieces[k].0;
                continue;
            }
        }
        let mut chars = text[from..to].char_indices();
        if let Some((_, mark @ ('\u{bb}' | '\u{201d}' | '\u{203a}'))) = chars.next() {
            if chars.next().is_none_or(|(_, c)| is_blank_char(c)) {
                pieces[k].0 += mark.len_utf8();
                pieces[k - 1].1 = pieces[k].0;
                continue;
            }
        }
        if text[..from].ends_with(is_blank_char) {
            continue;
        }
        let marks = text[from..to]
            .find(|c: char| c.is_alphanumeric() || is_blank_char(c))
            .filter(|&at| at > 0 && text[from + at..].starts_with(is_blank_char));
        if let Some(at) = marks {
            pieces[k].0 += at;
            pieces[k - 1].1 = pieces[k].0;
        }
    }
    // Merge pieces that UAX #29 split after an abbreviation, and marks with no word that touch
    // the sentence before them: Markdown's `"**"` closing `"**The council approved it.**"`.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        // UAX #29 ends a sentence at every line break; the lines here wrap one, unless the
        // line ends with a full stop of its own (`"...a year.\nCouncillor Harrow said"`).
        let wrapped = |last: &(usize, usize)| {
            let piece = &text[last.0..last.1];
            piece.ends_with(LINE_ENDS)
                && !piece
                    .trim_end_matches(is_blank_char)
                    .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{bb}', ')'])
                    .ends_with(['.', '!', '?', '\u{2026}'])
        };
        let trailing_marks = |last: &(usize, usize)| {
            !text[last.0..last.1].ends_with(char::is_whitespace)
                && !text[piece.0..piece.1].chars().any(char::is_alphanumeric)
        };
        // Blanks alone (a long run cut in pieces) join nothing and end nothing; testing each
        // against the rest of the line would make such a run quadratic again.
        if text[piece.0..piece.1]
            .trim_matches(is_blank_char)
            .is_empty()
        {
            continue;
        }
        match merged.last_mut() {
            Some(last)
                if wrapped(last)
                    || trailing_marks(last)
                    || !ends_sentence(&text[last.0..last.1], &text[piece.0..end]) =>
            {
                last.1 = piece.1;
            }
            _ => merged.push(piece),
        }
    }
    for (a, b) in merged
        .into_iter()
        .flat_map(|(a, b)| cut_overlong(text, a, b))
    {
        if let Some((a, b)) = trim(text, a, b).filter(|&(a, b)| says_something(&text[a..b])) {
            out.push(Segment {
                start: a,
                end: b,
                paragraph,
            });
        }
    }
}

/// The longest run of characters with no letter or digit that UAX #29 reads in one go.
///
/// Its sentence bounds look past a full stop over every space and closing mark that follows,
/// from each of them again, so `"It passed."` and 40,000 spaces took half a minute; no sentence
/// holds such a run, and a cut inside it costs nothing.
const WORDLESS_RUN: usize = 64;

/// Byte ranges that tile `line`, cut inside every run of more than [`WORDLESS_RUN`] characters
/// with no letter or digit, so the sentence bounds stay linear in the line's length.
///
/// `"It passed."` then 200 spaces -> four ranges; a line of prose -> one.
fn wordless_runs_cut(line: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let (mut from, mut run) = (0, 0);
    for (at, c) in line.char_indices() {
        run = if c.is_alphanumeric() { 0 } else { run + 1 };
        if run > WORDLESS_RUN {
            ranges.push((from, at));
            from = at;
            run = 1;
        }
    }
    ranges.push((from, line.len()));
    ranges
}

/// Whether a line or a piece of one holds a word or a number: `"..."` or `"—"` standing between
/// two sentences, or a divider line such as `"* * *"`, is punctuation, not a sentence.
fn says_something(piece: &str) -> bool {
    piece.contains(char::is_alphanumeric)
}

/// The fewest tags that make a text web page markup rather than an article.
const MARKUP_TAGS: usize = 3;

/// Whether `text` holds web page markup: three or more HTML tags, which the sentence bounds and
/// the word matching read as text. `"<h1>Budget</h1><p>The council...</p>"` holds markup;
/// `"a < b, and c > d"` and one `"<unknown>"` do not.
pub fn holds_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut tags = 0;
    for (at, _) in text.match_indices('<') {
        let name = bytes.get(at + 1..).unwrap_or_default();
        let name = name.strip_prefix(b"/").unwrap_or(name);
        let letters = name
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let ends = name
            .get(letters)
            .is_some_and(|b| matches!(b, b'>' | b' ' | b'/'));
        if letters > 0 && name[0].is_ascii_alphabetic() && ends {
            tags += 1;
            if tags >= MARKUP_TAGS {
                return true;
            }
        }
    }
    false
}

/// A run longer than this many bytes without a sentence end is no sentence but a paste without
/// punctuation (a PDF table, a transcript) ...
const OVERLONG: usize = 2_000;
/// ... and is cut at spaces into pieces of about this many bytes, which keeps the word alignment
/// of every sentence short and the comparison linear in the input.
const PIECE: usize = 1_000;

/// Cuts an overlong run into pieces at whitespace (or anywhere, for text without spaces).
///
/// A 1 MB line with no full stop -> about a thousand pieces of 1 KB; a 300-byte sentence stays.
fn cut_overlong(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    if end - start <= OVERLONG {
        return vec![(start, end)];
    }
    let mut pieces = Vec::with_capacity((end - start) / PIECE + 1);
    let mut from = start;
    while end - from > OVERLONG {
        let mut cut = from + PIECE;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        // Prefer the last space before the cut, so no word is split.
        if let Some(space) = text[from..cut].rfind(char::is_whitespace) {
            if space > 0 {
                cut = from + space;
            }
        }
        pieces.push((from, cut));
        from = cut;
    }
    pieces.push((from, end));
    pieces
}

/// Narrows `start..end` to exclude whitespace (and invisible format characters) on both ends.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let slice = &text[start..end];
    let trimmed_start = slice.len() - slice.trim_start_matches(is_blank_char).len();
    let trimmed = slice.trim_matches(is_blank_char);
    if trimmed.is_empty() {
        return None;
    }
    Some((start + trimmed_start, start + trimmed_start + trimmed.len()))
}

/// Whitespace and the invisible characters that pasted text carries (BOM, zero-width space, NUL).
pub(crate) fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}') || c.is_control()
}

/// Splits a UAX #29 sentence where a full stop is glued to the next sentence.
///
/// `"in August.He said"` -> `["in August.", "He said"]`, but `"U.S.Army"`, `"example.com"` and
/// `"3.5"` stay whole: the word before the stop must be two or more lowercase letters and the next
/// word must start with a capital followed by a lowercase letter.
fn split_glued(piece: &str) -> Vec<(usize, usize)> {
    let bytes = piece.as_bytes();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') && i >= 2 {
            let before_lower =
                bytes[i - 1].is_ascii_lowercase() && bytes[i - 2].is_ascii_lowercase();
            let mut j = i + 1;
            // Allow a closing quote glued to the stop: `said."He`.
            while j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\'') {
                j += 1;
            }
            let curly_close =
                piece[j..].starts_with('\u{201d}') || piece[j..].starts_with('\u{2019}');
            if curly_close {
                j += 3;
            }
            let capital_next = j + 1 < bytes.len()
                && bytes[j].is_ascii_uppercase()
                && bytes[j + 1].is_ascii_lowercase();
            if before_lower && capital_next && !piece[..i].ends_with("www") {
                cuts.push(j);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    cut_at(&cuts, piece.len())
}

/// Splits a UAX #29 sentence where another starts that UAX #29 runs on into: one that opens
/// with a figure after a full stop (rule SB8 joins them when a lowercase word follows the
/// figure), and one that opens with a capital after an ellipsis character, as three full stops
/// would end it.
///
/// `"The doors opened. 75 per cent of the money was raised."` -> `["The doors opened.", "75 per
/// cent of the money was raised."]`, and so for `"£4,000 was raised"`; `"Wait… The end."` ->
/// `["Wait…", "The end."]` like `"Wait... The end."`, while `"He paused… and went on."` stays
/// whole; and one that opens with a name written in lowercase: `"Shares fell. eBay said..."`;
/// and one after the citation marks that close a sentence: `"It opened.[a] It closed."`.
/// A cut after an abbreviation (`"No. 10"`, `"Dec. 27"`, `"a.m. 27"`) is undone by
/// [`ends_sentence`].
fn split_missed_starts(piece: &str) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    let mut chars = piece.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            continue;
        }
        while let Some(&(_, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')')) = chars.peek() {
            chars.next();
        }
        // `"in 1932.[a] It"`: a citation mark after the stop is the sentence's, and UAX #29
        // reads a letter in it as a sentence going on.
        let marks = chars
            .peek()
            .map_or(0, |&(at, _)| citation_marks(&piece[at..]));
        for _ in 0..marks {
            chars.next();
        }
        let mut spaced = false;
        while let Some(&(_, c)) = chars.peek() {
            if !c.is_whitespace() {
                break;
            }
            spaced = true;
            chars.next();
        }
        let Some(&(at, next)) = chars.peek() else {
            break;
        };
        let figure = next.is_ascii_digit()
            || (matches!(next, '£' | '$' | '€' | '¥')
                && piece[at + next.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()));
        let capital = c == '\u{2026}' && next.is_uppercase();
        // `"Apple launched a phone. iPhone sales rose."`: a name like `iPhone` or `eBay` opens a
        // sentence in lowercase, which UAX #29 takes for a sentence going on.
        let word = piece[at..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let named = next.is_lowercase() && word.chars().skip(1).any(char::is_uppercase);
        if spaced && (figure || capital || named || marks > 0 && next.is_uppercase()) {
            cuts.push(at);
        }
    }
    cut_at(&cuts, piece.len())
}

/// The ranges between ascending `cuts` of a piece `len` bytes long: `[3, 7]` of 10 ->
/// `[(0, 3), (3, 7), (7, 10)]`.
fn cut_at(cuts: &[usize], len: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for &cut in cuts {
        out.push((from, cut));
        from = cut;
    }
    out.push((from, len));
    out
}

#[cfg(test)]
mod tests;

//! Datelines: the place, date and agency a wire story opens with (`"LONDON (Reuters) - "`),
//! which a paper that copies the story drops as readily as the agency's name. A copy that drops
//! one loses none of what the sentence says.

use super::Token;
use crate::segment::Segment;

/// The most words a dateline holds before its dash: `"HALVORSUND, 14 March (Meridian Press)"`.
const DATELINE_WORDS_MAX: usize = 8;

/// How many bytes a sentence's dateline takes, dash and space included: a place in capitals,
/// any words that end with an agency in brackets, or a live blog's time stamp, then a spaced
/// dash and the story. `"LONDON
/// (Reuters) - The bank ..."` -> 19, `"CALDBRIDGE, Thursday - Train drivers ..."` -> 23 and
/// `"Washington (AP) — Lawmakers ..."` -> 20; `"Sales rose - and so did costs."` and `"UK -
/// EU talks resume"` have none, nor does a dash with nothing after it.
pub(super) fn dateline_len(line: &str) -> Option<usize> {
    let (dash_at, dash) = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|dash| line.find(dash).map(|at| (at, dash.len())))
        .min()?;
    let place = &line[..dash_at];
    let mut words = place.split_whitespace();
    let first = words.next()?.trim_end_matches(',');
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first.chars().all(|c| !c.is_lowercase());
    let agency = place.ends_with(')') && place.contains('(');
    let story = line[dash_at + dash..].starts_with(|c: char| c.is_uppercase() || c == '"');
    let stamp = is_clock_stamp(place);
    (words.count() < DATELINE_WORDS_MAX && (capitals || agency || stamp) && story)
        .then_some(dash_at + dash)
}

/// Whether words are a live blog's time stamp: a clock time, then perhaps a zone in capitals.
/// `"09:40"`, `"9.40am"` and `"10:45 GMT"` are; `"40"`, `"9:4"` and `"Sales at 9:40"` are not.
fn is_clock_stamp(place: &str) -> bool {
    let mut words = place.split_whitespace();
    let time = words.next().unwrap_or_default();
    let time = time
        .strip_suffix("am")
        .or_else(|| time.strip_suffix("pm"))
        .unwrap_or(time);
    let zone = words.next().is_none_or(|zone| {
        (2..=4).contains(&zone.len()) && zone.chars().all(|c| c.is_ascii_uppercase())
    });
    let clock = time.split_once([':', '.']).is_some_and(|(hours, minutes)| {
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        (1..=2).contains(&hours.len()) && minutes.len() == 2 && digits(hours) && digits(minutes)
    });
    clock && zone && words.next().is_none()
}

/// Per sentence, how many of its first words are its dateline (see [`dateline_len`]): 5 for
/// `"HALVORSUND, 14 March (Meridian Press) - The foreign ministers ..."`, 0 for most.
pub(super) fn datelines(text: &str, segments: &[Segment], sentences: &[Vec<Token>]) -> Vec<usize> {
    segments
        .iter()
        .zip(sentences)
        .map(|(segment, words)| {
            let line = text.get(segment.start..segment.end).unwrap_or_default();
            dateline_len(line).map_or(0, |len| {
                let end = segment.start + len;
                words.iter().take_while(|t| t.end <= end).count()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_is_a_place_or_agency_before_a_spaced_dash() {
        for (line, len) in [
            ("LONDON (Reuters) - The bank raised rates.", Some(19)),
            (
                "CALDBRIDGE, Thursday - Train drivers will strike.",
                Some(23),
            ),
            ("Washington (AP) \u{2014} Lawmakers met.", Some(20)),
            ("KYIV, Dec 7 \u{2013} \"We will stay,\" he said.", Some(16)),
            // A live blog's time stamp.
            ("09:40 - The storm brought down lines.", Some(8)),
            ("9.40am \u{2013} Schools are shut.", Some(11)),
            ("10:45 GMT - \"We are sorry,\" she said.", Some(12)),
            ("Sales at 9:40 - Shares fell.", None),
            ("40 - Shares fell.", None),
            // No place in capitals nor agency, a dash inside the story, nothing after it.
            ("Sales rose - and so did costs.", None),
            ("UK - EU talks resume", None),
            ("Washington - Lawmakers met.", None),
            ("LONDON - ", None),
            ("LONDON (Reuters) - the bank raised rates.", None),
            (
                "A long run of eight words or more before (Reuters) - It ran.",
                None,
            ),
            ("", None),
        ] {
            assert_eq!(dateline_len(line), len, "{line:?}");
        }
    }
}

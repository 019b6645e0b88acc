//! What a sentence's text says of it as a whole: whether it asks, and whether it is a line of its
//! own that captions a picture or heads a section.

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
    /// A picture's caption or credit: a label of one or two words, the first of them a
    /// caption's (`"Photo"`, `"Bild"`), then a colon and more. `"Picture: PA Media"` and
    /// `"Photo: The governor at the dam"` are the page's own, however much of the source they
    /// name; `"Photos: what we know"` too, while `"Photos of the flood were shared widely."` is
    /// a sentence.
    Caption,
    /// A paragraph of one line not closed by punctuation, as a section's heading or a
    /// newsletter item's headline is: `"1. Hospital staff to pay for parking again"`, `"What
    /// happens next"`. `"The trial continues."` is a sentence.
    Heading,
}

/// Per sentence of `text`, what kind of line it is.
pub(super) fn lines(text: &str, segments: &[Segment]) -> Vec<Line> {
    let paragraph = |k: Option<usize>| k.and_then(|k| segments.get(k)).map(|s| s.paragraph);
    segments
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
            let alone = paragraph(k.checked_sub(1)) != Some(s.paragraph)
                && paragraph(Some(k + 1)) != Some(s.paragraph);
            if caption {
                Line::Caption
            } else if alone && line.ends_with(char::is_alphanumeric) {
                Line::Heading
            } else {
                Line::Sentence
            }
        })
        .collect()
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

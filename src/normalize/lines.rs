//! What a sentence's text says of it as a whole: whether it asks, and whether it captions or
//! credits a picture.

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

/// Per sentence of `text`, whether it captions or credits a picture: it opens with a label of
/// one or two words, the first of them a caption's (`"Photo"`, `"Bild"`), then a colon and
/// more. `"Picture: PA Media"` and `"Photo: The governor at the dam"` are the page's own,
/// however much of the source they name; `"Photos: what we know"` too, while `"Photos of the
/// flood were shared widely."` is a sentence.
pub(super) fn captions(text: &str, segments: &[Segment]) -> Vec<bool> {
    segments
        .iter()
        .map(|s| {
            let line = text.get(s.start..s.end).unwrap_or_default();
            let line = line.trim_start_matches(['(', '[']);
            line.split_once(':').is_some_and(|(label, rest)| {
                let mut words = label.split_whitespace();
                let first = words.next().unwrap_or_default();
                words.count() <= 1
                    && CAPTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(first))
                    && !rest.trim().is_empty()
            })
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
            assert_eq!(captions(line, &segment(line)), [caption], "{line}");
        }
    }
}

//! Compounds: German and Dutch write a noun and the nouns it is made of as one word, so a copy
//! that names `"das Kalb"` where its source has `"das Elefantenkalb"`, or a rewrite that calls
//! the `"Elefantengeburt"` `"Elefantennachwuchs"`, shares no word with it. Such a word is read
//! as its parts, where the articles write a part as a word of its own.

use super::keys::Interner;
use super::{KeyKind, Token};

/// The shortest compound worth a look, in characters: `"Zuschauer"` is none made of words the
/// articles have, and most shorter words are no compound at all.
const COMPOUND_MIN: usize = 8;

/// The fewest characters of either part: `"Kalb"` ends `"Elefantenkalb"`, while `"Neu|stadt"`
/// and `"Alt|stadt"` keep a town's name and a district whole.
const PART_MIN: usize = 4;

/// The fewest characters of a first part that splits a compound whose head the articles do not
/// write alone: `"Feuerwehr|leute"` and `"Elefanten|baby"` are compounds, while `"Bund|estag"`
/// is none.
const MODIFIER_MIN: usize = 6;

/// Splits every long content word of `sides` (each an article's text and its sentences) that
/// ends in a word the articles write alone (the compound's head, what it names) into two words,
/// each with its own place in the text, both parts of at least [`PART_MIN`] letters; the longest
/// such head wins. Failing that, one that starts with a word of at least [`MODIFIER_MIN`]
/// letters the articles write alone splits after the longest such word.
///
/// With `"Kalb"` in either article, `"Elefantenkalb"` -> `"Elefanten"` + `"kalb"`; with
/// `"Elefanten"` but no `"Baby"`, `"Elefantenbaby"` -> `"Elefanten"` + `"baby"`. Both articles'
/// words are split alike, so a compound both write still matches itself, now part by part.
pub(super) fn split_compounds<'a>(
    sides: [(&'a str, &mut [Vec<Token>]); 2],
    interner: &mut Interner<'a>,
) {
    // Decide every split before interning any part, so no part counts as a word the articles
    // write alone only because another compound held it.
    let mut splits: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (side, (text, sentences)) in sides.iter().enumerate() {
        for (s, words) in sentences.iter().enumerate() {
            for (w, token) in words.iter().enumerate() {
                let Some(word) = text.get(token.start..token.end) else {
                    continue;
                };
                if interner.kinds[token.key as usize] != KeyKind::Content
                    || word.chars().count() < COMPOUND_MIN
                    || !word.chars().all(char::is_alphabetic)
                {
                    continue;
                }
                if let Some(at) = split_point(word, interner) {
                    splits.push((side, s, w, at));
                }
            }
        }
    }
    let [(source_text, source), (target_text, target)] = sides;
    // Back to front, so each split leaves the places of the words before it as they were.
    for &(side, s, w, at) in splits.iter().rev() {
        let (text, sentences) = if side == 0 {
            (source_text, &mut *source)
        } else {
            (target_text, &mut *target)
        };
        let token = sentences[s][w];
        let (Some(head), Some(tail)) = (
            text.get(token.start..token.start + at),
            text.get(token.start + at..token.end),
        ) else {
            continue;
        };
        let (head_key, head_form) = interner.intern(head);
        let (tail_key, tail_form) = interner.intern(tail);
        sentences[s][w] = Token {
            end: token.start + at,
            key: head_key,
            form: head_form,
            ..token
        };
        let rest = Token {
            start: token.start + at,
            key: tail_key,
            form: tail_form,
            proper: false,
            opens_clause: false,
            clock: false,
            ..token
        };
        sentences[s].insert(w + 1, rest);
    }
}

/// The byte offset at which `word` splits into two parts, if it does: see [`split_compounds`].
fn split_point(word: &str, interner: &mut Interner) -> Option<usize> {
    let chars = word.chars().count();
    let mut known = |part: &str| {
        interner
            .key_of_word(part)
            .is_some_and(|key| interner.kinds[key as usize] == KeyKind::Content)
    };
    let splits: Vec<(usize, usize)> = word
        .char_indices()
        .enumerate()
        .filter(|&(index, _)| index >= PART_MIN && chars - index >= PART_MIN)
        .map(|(index, (at, _))| (index, at))
        .collect();
    // The longest head noun the articles write alone; else the longest long modifier.
    splits
        .iter()
        .find(|&&(_, at)| known(&word[at..]))
        .or_else(|| {
            splits
                .iter()
                .rev()
                .find(|&&(index, at)| index >= MODIFIER_MIN && known(&word[..at]))
        })
        .map(|&(_, at)| at)
}

#[cfg(test)]
mod tests {
    use crate::{normalize::normalize, segment::segment};

    /// The words of the first target sentence as the engine reads them, each with whether the
    /// source has its key.
    fn read(source: &str, target: &str) -> Vec<(String, bool)> {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let keys: Vec<u32> = tokens.source.iter().flatten().map(|t| t.key).collect();
        tokens.target[0]
            .iter()
            .map(|t| (target[t.start..t.end].to_string(), keys.contains(&t.key)))
            .collect()
    }

    #[test]
    fn a_compound_is_read_as_its_parts_where_the_articles_write_its_head_alone() {
        let source = "Im Zoo ist ein Elefantenkalb zur Welt gekommen. Das Kalb ist gesund.";
        let target = "Der Elefantennachwuchs heißt noch nicht.";
        let words = read(source, target);
        // "Kalb" is written alone, so "Elefantenkalb" is "Elefanten" + "kalb"; neither
        // "Nachwuchs" nor "Elefanten" is, so "Elefantennachwuchs" stays whole.
        assert!(words.contains(&("Elefantennachwuchs".to_string(), false)));
        let target = "Das Kalb und das Elefantenkalb.";
        let words = read(source, target);
        assert_eq!(
            words.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(),
            ["Das", "Kalb", "und", "das", "Elefanten", "kalb"]
        );
        assert!(words[4..].iter().all(|(_, found)| *found), "{words:?}");
        // Dutch writes compounds as one word too.
        let words = read(
            "De nieuwe fietsenstalling onder het station is open.",
            "De stalling is open.",
        );
        assert!(words.contains(&("stalling".to_string(), true)), "{words:?}");
    }

    #[test]
    fn short_parts_and_other_languages_keep_a_word_whole() {
        // "Neu" and "Alt" are too short a part: a town and its old town keep their names.
        let words = read("Die Stadt Neustadt.", "Neustadt und die Altstadt.");
        assert_eq!(
            words.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(),
            ["Neustadt", "und", "die", "Altstadt"]
        );
        // A long first part the articles write alone splits a compound too.
        let words = read("Die Feuerwehr kam.", "Die Feuerwehrleute kamen.");
        assert!(
            words.contains(&("Feuerwehr".to_string(), true)),
            "{words:?}"
        );
        // English writes its compounds apart: "firefighters" is one word.
        let words = read("The fighters left.", "Firefighters arrived.");
        assert_eq!(words[0], ("Firefighters".to_string(), false));
    }
}

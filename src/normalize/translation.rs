//! Translation: a source and a target written in two languages, read against each other by
//! what a translation keeps: names, figures and cognates.

use rustc_hash::FxHashMap;

use super::keys::STOP_WORDS;
use super::weigh::weigh;
use super::{KeyKind, Tokens, Translation};

/// How many leading letters two words share to be read as cognates: `"provincias"` and
/// `"provinces"` (`"provin"`), `"temperatura"` and `"temperature"`, `"evacuación"` and
/// `"evacuation"`; `"grados"` and `"degrees"` are not.
const COGNATE_LETTERS: usize = 6;

/// Reads a target in another language than its source's: the function words of both languages
/// are function words, and words that open with the same [`COGNATE_LETTERS`] letters share a
/// sense, so `"la temperatura más alta"` and `"the highest temperature"` share
/// `"temperature"`, while their `"la"` and `"the"` say nothing. Names and figures match as
/// written, as they always do. `words` are the keys' folded stems.
pub(super) fn read_across(tokens: &mut Tokens, words: &[String], translation: Translation) {
    let mut kinds = std::mem::take(&mut tokens.kinds);
    for language in [translation.source, translation.target] {
        let stop_words = language.stop_words().unwrap_or(STOP_WORDS);
        for (kind, word) in kinds.iter_mut().zip(words) {
            if *kind == KeyKind::Content && stop_words.contains(&word.as_str()) {
                *kind = KeyKind::Stop;
            }
        }
    }
    let mut cognates: FxHashMap<&str, u32> = FxHashMap::default();
    for (key, word) in words.iter().enumerate() {
        if kinds[key] != KeyKind::Content {
            continue;
        }
        if let Some((cut, last)) = word.char_indices().nth(COGNATE_LETTERS - 1) {
            let sense = *cognates
                .entry(&word[..cut + last.len_utf8()])
                .or_insert(tokens.senses[key]);
            // A synonym keeps its sense: `"firm"` stays with `"company"`.
            if tokens.senses[key] == key as u32 {
                tokens.senses[key] = sense;
            }
        }
    }
    tokens.translation = Some(translation);
    weigh(tokens, kinds);
}

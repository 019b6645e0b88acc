//! Language: which one the articles are written in, so their words are stemmed and weighed as
//! that language's, and whether the two are written in the same one.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::function_words::{
    DUTCH, FRENCH, GERMAN, ITALIAN, NEGATIONS, PORTUGUESE, REPORTS, SPANISH, TELLING,
};
use super::{KeyKind, Token, Tokens};

/// The languages whose words retold stems and weighs as their own. Any other language is read
/// with English rules, which still match its words as written. In JSON, its ISO 639-1 code:
/// `"en"`, `"de"`, `"fr"`, `"es"`, `"it"`, `"pt"`, `"nl"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    /// English, and any language not listed here.
    #[default]
    #[serde(rename = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    German,
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
    /// Italian.
    #[serde(rename = "it")]
    Italian,
    /// Portuguese.
    #[serde(rename = "pt")]
    Portuguese,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
}

/// The languages of a source and of a target that translates it, each article read alone:
/// `{"source": "es", "target": "en"}` for a Spanish agency story told in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// The source's language.
    pub source: Language,
    /// The target's language.
    pub target: Language,
}

/// How many words of each article are read to tell its language: a few paragraphs tell it, and
/// a long article costs no more than a short one.
const READ_WORDS: usize = 300;

/// A language other than English is chosen only when its telling words are at least one in this
/// many of the words read: they are a third of a Spanish text, while a Swedish one (`"en lång
/// debatt"`, `"på grund av"`) writes only a few of Spanish's `"en"` and `"de"`.
const TELLING_SHARE: usize = 8;

/// The fewest telling words a language other than English needs to be chosen: `"Die Lage ist
/// ernst."` is German, while `"Der Spiegel reports"` stays English.
const TELLING_MIN: usize = 2;

/// What the first [`READ_WORDS`] words of an article tell of its language: how many of them
/// are telling words of each language, and how many were read.
#[derive(Clone, Copy)]
struct Telling {
    counts: [usize; 7],
    read: usize,
}

impl Telling {
    /// Reads the first words of `text`.
    fn read(text: &str) -> Telling {
        static WORDS: std::sync::OnceLock<FxHashMap<&str, u8>> = std::sync::OnceLock::new();
        let words = WORDS.get_or_init(|| {
            let mut words = FxHashMap::default();
            for (index, list) in TELLING.iter().enumerate() {
                for &word in *list {
                    *words.entry(word).or_insert(0) |= 1 << index;
                }
            }
            words
        });
        let mut telling = Telling {
            counts: [0; 7],
            read: 0,
        };
        let mut lower = String::new();
        // Split at ASCII only, which is cheap: quotation marks such as `„` stay on a word,
        // which then tells nothing, and every telling word is one of letters.
        let pieces = text
            .split(|c: char| c.is_ascii() && !c.is_ascii_alphabetic())
            .filter(|piece| !piece.is_empty())
            .take(READ_WORDS);
        for piece in pieces {
            telling.read += 1;
            // The telling words are short; a longer word needs no lowering.
            if piece.len() > 7 {
                continue;
            }
            let word = if piece.chars().any(char::is_uppercase) {
                lower.clear();
                lower.extend(piece.chars().flat_map(char::to_lowercase));
                lower.as_str()
            } else {
                piece
            };
            if let Some(&mask) = words.get(word) {
                for (index, count) in telling.counts.iter_mut().enumerate() {
                    *count += usize::from(mask >> index & 1);
                }
            }
        }
        telling
    }

    /// What two articles read together tell.
    fn plus(mut self, other: Telling) -> Telling {
        for (count, more) in self.counts.iter_mut().zip(other.counts) {
            *count += more;
        }
        self.read += other.read;
        self
    }

    /// The language whose telling words are most frequent: English unless another has at least
    /// [`TELLING_MIN`] of them and one in [`TELLING_SHARE`] of the words read.
    fn language(self) -> Language {
        let counts = self.counts;
        let mut best = 0;
        for index in 1..counts.len() {
            if counts[index] > counts[best] {
                best = index;
            }
        }
        if counts[best] < TELLING_MIN || counts[best] * TELLING_SHARE < self.read {
            return Language::English;
        }
        Language::ALL[best]
    }
}

impl Language {
    const ALL: [Language; 7] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
    ];

    /// The language the two articles are written in: the one whose most frequent words
    /// (`"und"`, `"nicht"`; `"les"`, `"dans"`) the first 300 words of each write most
    /// often. English unless another has more of them, and at least two.
    ///
    /// ```
    /// use retold::normalize::Language;
    /// let german = "Die Stadt hat das neue Bad am Samstag eröffnet, und es ist nicht klein.";
    /// assert_eq!(Language::detect([german, ""]), Language::German);
    /// assert_eq!(Language::detect(["The bridge was closed.", ""]), Language::English);
    /// ```
    pub fn detect(texts: [&str; 2]) -> Language {
        let [a, b] = texts.map(Telling::read);
        a.plus(b).language()
    }

    /// The language of the two articles together (as [`Language::detect`] tells it) and of each
    /// alone, reading each article once: a Spanish source and its English translation are
    /// `(Spanish, [Spanish, English])` when the source writes more telling words.
    pub(super) fn detect_each(texts: [&str; 2]) -> (Language, [Language; 2]) {
        let [a, b] = texts.map(Telling::read);
        (a.plus(b).language(), [a.language(), b.language()])
    }

    /// The language's name in English: `"German"`.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "German",
            Language::French => "French",
            Language::Spanish => "Spanish",
            Language::Italian => "Italian",
            Language::Portuguese => "Portuguese",
            Language::Dutch => "Dutch",
        }
    }

    /// The stemmer for the language's words. One arm per language, so the page's wasm holds
    /// these seven stemmers and not the others the crate has.
    pub(super) fn stemmer(self) -> Stemmer {
        match self {
            Language::English => Stemmer::create(Algorithm::English),
            Language::German => Stemmer::create(Algorithm::German),
            Language::French => Stemmer::create(Algorithm::French),
            Language::Spanish => Stemmer::create(Algorithm::Spanish),
            Language::Italian => Stemmer::create(Algorithm::Italian),
            Language::Portuguese => Stemmer::create(Algorithm::Portuguese),
            Language::Dutch => Stemmer::create(Algorithm::Dutch),
        }
    }

    /// The language's function words, folded; `None` for English, whose list the keys keep.
    pub(super) fn stop_words(self) -> Option<&'static [&'static str]> {
        match self {
            Language::English => None,
            Language::German => Some(GERMAN),
            Language::French => Some(FRENCH),
            Language::Spanish => Some(SPANISH),
            Language::Italian => Some(ITALIAN),
            Language::Portuguese => Some(PORTUGUESE),
            Language::Dutch => Some(DUTCH),
        }
    }

    /// The language's words that negate, folded; `None` for English, whose table is by stem.
    pub(super) fn negations(self) -> Option<&'static [&'static str]> {
        self.other_index().map(|index| NEGATIONS[index])
    }

    /// The language's words that report speech, folded; none for English, whose table the
    /// normalizer keeps.
    pub(super) fn reports(self) -> &'static [&'static str] {
        self.other_index().map_or(&[], |index| REPORTS[index])
    }

    /// The language's place in the tables of the languages other than English.
    fn other_index(self) -> Option<usize> {
        Language::ALL
            .iter()
            .position(|&l| l == self)?
            .checked_sub(1)
    }

    /// Whether the language writes a decimal comma and groups thousands with full stops or
    /// spaces: `"3,5 Millionen"`, `"500.000 Euro"`, `"90 000 habitants"`.
    pub(super) fn writes_decimal_comma(self) -> bool {
        self != Language::English
    }

    /// Whether the language writes an article onto the next word with an apostrophe:
    /// `"l'usine"`, `"dell'anno"`.
    pub(super) fn elides(self) -> bool {
        matches!(self, Language::French | Language::Italian)
    }

    /// Whether the language writes a compound noun as one word: `"Elefantenkalb"`,
    /// `"fietsenstalling"`.
    pub(super) fn compounds(self) -> bool {
        matches!(self, Language::German | Language::Dutch)
    }
}

/// In German every noun has a capital, so a capital inside a sentence marks a name only where
/// the word also stands next to another such word somewhere in either article, with a space
/// between and no punctuation, or is written in capitals: `"Bürgermeisterin Anna Kessler"`
/// makes `"Kessler"` a name in `"sagte Kessler"` too, and `"SPD"` is one, while `"am Morgen"`
/// leaves `"Morgen"` a noun, so `"Morgen"` -> `"Sonntagmorgen"` is no other name.
pub(super) fn unmark_nouns(sides: [(&str, &mut [Vec<Token>]); 2]) {
    let mut named: Vec<u32> = Vec::new();
    for (text, sentences) in &sides {
        for words in sentences.iter() {
            for pair in words.windows(2) {
                let between = text.get(pair[0].end..pair[1].start).unwrap_or("");
                if pair[0].proper && pair[1].proper && between == " " {
                    named.extend([pair[0].key, pair[1].key]);
                }
            }
        }
    }
    named.sort_unstable();
    for (text, sentences) in sides {
        for word in sentences.iter_mut().flatten() {
            word.proper = word.proper
                && (named.binary_search(&word.key).is_ok()
                    || super::tokenize::is_capitals(&text[word.start..word.end]));
        }
    }
}

/// How many of the target's most frequent words are looked up in the source.
const FREQUENT: usize = 10;

/// At most this many of them in the source, and the articles are in different languages.
const SHARED_MAX: usize = 2;

/// The fewest words, outside names and figures, either article needs to tell.
const WORDS_MIN: usize = 40;

impl Tokens {
    /// Whether the articles seem to be written in different languages: of the target's most
    /// frequent words that are no name or figure, the function words of any language (`"the"`,
    /// `"of"`, `"der"`, `"und"`, `"de"`), at most two occur in the source. A German report of a
    /// story told in English shares its names and figures but hardly a `"die"` or an `"und"`;
    /// two English articles on different stories share their `"the"` and `"of"`. Short
    /// articles say too little to tell: both need `WORDS_MIN` (40) such words.
    pub fn languages_differ(&self) -> bool {
        let (source, target) = (self.plain_keys(&self.source), self.plain_keys(&self.target));
        if source.len() < WORDS_MIN || target.len() < WORDS_MIN {
            return false;
        }
        // The most frequent keys by a small insertion list: no sort of pairs in the wasm.
        let mut frequent: Vec<(usize, u32)> = Vec::with_capacity(FREQUENT + 1);
        for run in target.chunk_by(|a, b| a == b) {
            let at = frequent.partition_point(|&(count, _)| count >= run.len());
            if at < FREQUENT {
                frequent.insert(at, (run.len(), run[0]));
                frequent.truncate(FREQUENT);
            }
        }
        let shared = frequent
            .iter()
            .filter(|&&(_, key)| source.binary_search(&key).is_ok())
            .count();
        shared <= SHARED_MAX
    }

    /// Whether both articles are long enough for their language to tell: `WORDS_MIN` (40) words
    /// each that are no name or figure.
    pub(super) fn tell_languages(&self) -> bool {
        self.plain_keys(&self.source).len() >= WORDS_MIN
            && self.plain_keys(&self.target).len() >= WORDS_MIN
    }

    /// The keys of a side's words that are no name or figure, sorted.
    fn plain_keys(&self, side: &[Vec<Token>]) -> Vec<u32> {
        let mut keys: Vec<u32> = side
            .iter()
            .flatten()
            .filter(|t| !t.proper && self.kind(t.key) != KeyKind::Number)
            .map(|t| t.key)
            .collect();
        keys.sort_unstable();
        keys
    }
}

#[cfg(test)]
mod tests;

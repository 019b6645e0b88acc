//! Matching keys: each distinct spelling folded, stemmed and interned once, with its kind.
//!
//! `"Russia’s"`, `"RUSSIA'S"` and `"Russia"` -> one key; `"killed"` and `"kills"` -> one key with
//! two forms (`"ed"`, `"s"`), so a later stage can tell an inflection from a spelling variant.

use rustc_hash::{FxHashMap, FxHashSet};

use rust_stemmers::Stemmer;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::{KeyKind, Language};
use spellings::{DECADES, MONTHS, NUMBERS, ORDINALS, UNITS};

mod spellings;

/// Function words that say little about content. "said" is here because every report uses it,
/// and so are the days counted from the writing: wire copy filed `"today"` is printed next
/// morning as `"yesterday"`, and `"The bridge opened today."` -> `"The bridge opened
/// yesterday."` is still a copy.
#[rustfmt::skip]
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same",
    "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "told", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "yourselves", "one", "us", "may", "might", "must", "shall", "yet", "s", "t", "mr", "mrs", "ms",
    "per", "cent", "according", "added", "says", "saying", "via", "today", "tonight", "yesterday",
    "tomorrow", "across", "among", "amid", "throughout", "within", "towards", "toward", "upon",
    "onto",
];

/// Interns words as matching keys. Each distinct spelling is folded and stemmed once; every
/// later occurrence is one hash lookup (a 5 KB article repeats most of its words).
pub(super) struct Interner<'a> {
    surfaces: FxHashMap<&'a str, (u32, u32)>,
    ids: FxHashMap<String, u32>,
    forms: FxHashMap<String, u32>,
    pub(super) words: Vec<String>,
    pub(super) kinds: Vec<KeyKind>,
    stemmer: Stemmer,
    /// The function words of the articles' language, folded.
    stop_words: FxHashSet<&'static str>,
    language: Language,
    /// Whether the article being read writes a decimal comma (`"46,8"`): its own language's
    /// way, which in a translation is not the other article's.
    decimal_comma: bool,
    scratch: String,
}

impl<'a> Interner<'a> {
    pub(super) fn new(language: Language) -> Interner<'a> {
        Interner {
            surfaces: FxHashMap::default(),
            ids: FxHashMap::default(),
            // Form 0 is no inflection at all, the form of every word the stemmer leaves alone.
            forms: [(String::new(), 0)].into_iter().collect(),
            words: Vec::new(),
            kinds: Vec::new(),
            stemmer: language.stemmer(),
            stop_words: language
                .stop_words()
                .unwrap_or(STOP_WORDS)
                .iter()
                .copied()
                .collect(),
            language,
            decimal_comma: language.writes_decimal_comma(),
            scratch: String::new(),
        }
    }

    /// Reads the figures of the words interned next as `language` writes them: a Spanish
    /// source's `"1.200"` is 1200 and an English translation's `"1,200"` too.
    pub(super) fn read_figures_as(&mut self, language: Language) {
        if self.decimal_comma != language.writes_decimal_comma() {
            self.decimal_comma = language.writes_decimal_comma();
            // A word already read, such as `"1,200"`, was read the other way.
            self.surfaces.clear();
        }
    }

    /// Whether the words interned next are read with a decimal comma.
    pub(super) fn decimal_comma(&self) -> bool {
        self.decimal_comma
    }

    /// The language the articles are read in.
    pub(super) fn language(&self) -> Language {
        self.language
    }

    /// Interns a word as its matching key and its form.
    pub(super) fn intern(&mut self, word: &'a str) -> (u32, u32) {
        if let Some(&ids) = self.surfaces.get(word) {
            return ids;
        }
        let ids = self.intern_uncached(word);
        self.surfaces.insert(word, ids);
        ids
    }

    /// Interns a word that no article writes as one piece, such as a word broken across a line
    /// (`"Mon-\nday"` read as `"Monday"`), as its matching key and form.
    pub(super) fn intern_uncached(&mut self, word: &str) -> (u32, u32) {
        fold(word, &mut self.scratch, self.decimal_comma);
        let key = stem_of(&self.stemmer, &self.scratch);
        let id = match self.ids.get(key.as_ref()) {
            Some(&id) => id,
            None => {
                let id = self.words.len() as u32;
                // The kind comes from the folded word, before stemming turns "does" into "doe".
                self.kinds.push(kind_of(&self.scratch, &self.stop_words));
                self.ids.insert(key.clone().into_owned(), id);
                self.words.push(key.into_owned());
                id
            }
        };
        // A stem that is no prefix of its word ("happi" of "happy") leaves the whole word as
        // the form, which only the same spelling shares.
        let stem = &self.words[id as usize];
        let inflection = self
            .scratch
            .strip_prefix(stem.as_str())
            .unwrap_or(&self.scratch);
        let form = match self.forms.get(inflection) {
            Some(&form) => form,
            None => {
                let form = self.forms.len() as u32;
                self.forms.insert(inflection.to_owned(), form);
                form
            }
        };
        (id, form)
    }

    /// Whether either article may write `word` in some inflection: a key's stem is `word`
    /// folded, or that less up to three letters of ending. A few hash lookups and no stemming,
    /// to turn most words away before [`Interner::key_of_word`] stems them: `"heatwaves"` beside
    /// a `"heatwave"` -> true, `"heatwav"` is its stem.
    pub(super) fn may_write(&mut self, word: &str) -> bool {
        // Most words are ASCII, and lower case is all of their folding that a compound's
        // letters need: the rest of `fold` costs a 1 MB comparison 2 %.
        if word.is_ascii() {
            self.scratch.clear();
            self.scratch
                .extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            fold(word, &mut self.scratch, self.decimal_comma);
        }
        let folded = self.scratch.as_str();
        let mut end = folded.len();
        for _ in 0..4 {
            if folded
                .get(..end)
                .is_some_and(|stem| self.ids.contains_key(stem))
            {
                return true;
            }
            end = end.saturating_sub(1);
        }
        false
    }

    /// Whether either article writes `word` exactly so: one hash lookup, no stemming.
    pub(super) fn writes(&self, word: &str) -> bool {
        self.surfaces.contains_key(word)
    }

    /// The key a word would have, if either article has it: `"Tuesday"` -> the key of
    /// `"tuesday"`, `"January"` that of `"januari"`.
    pub(super) fn key_of_word(&mut self, word: &str) -> Option<u32> {
        fold(word, &mut self.scratch, self.decimal_comma);
        let key = stem_of(&self.stemmer, &self.scratch);
        self.ids.get(key.as_ref()).copied()
    }

    /// Pairs of keys of a word as the articles write it with a negating prefix and the same
    /// word without it, when they have both: `"unsafe"` and `"safe"`, `"dishonest"` and
    /// `"honest"`. Written words, not stems, lose the prefix, since a stem may differ from its
    /// word's (`"unsafe"` -> `"unsaf"`, `"safe"` -> `"safe"`). What is left must have four
    /// letters or more: `"unit"` is no `"it"` turned. A capital inside a word marks words run
    /// together, not a prefix: `"inDorset"` is `"in Dorset"`.
    pub(super) fn negated_pairs(&mut self, prefixes: &[&str]) -> Vec<(u32, u32)> {
        // In the hash map's order: the pairs are only ever looked up.
        let written: Vec<(&'a str, u32)> = self
            .surfaces
            .iter()
            .map(|(&word, &(key, _))| (word, key))
            .collect();
        let mut pairs = Vec::new();
        for (word, key) in written {
            if word.chars().skip(1).any(char::is_uppercase) {
                continue;
            }
            let positive = prefixes.iter().find_map(|prefix| {
                // The prefixes are ASCII, and only a word's first letter can be a capital here.
                let rest = word
                    .get(..prefix.len())
                    .filter(|start| start.eq_ignore_ascii_case(prefix))
                    .and_then(|_| word.get(prefix.len()..))?;
                (rest.chars().count() >= 4)
                    .then(|| self.key_of_word(rest))
                    .flatten()
            });
            if let Some(positive) = positive.filter(|&positive| positive != key) {
                pairs.push((key, positive));
            }
        }
        pairs
    }

    /// The key and form a word would have, if either article has it as written up to case:
    /// `"allegedly"` -> the key of `"alleg"` with the form `"edly"`, which `"allegations"` lacks.
    pub(super) fn word_of(&mut self, word: &str) -> Option<(u32, u32)> {
        let key = self.key_of_word(word)?;
        let stem = &self.words[key as usize];
        let inflection = self
            .scratch
            .strip_prefix(stem.as_str())
            .unwrap_or(&self.scratch);
        Some((key, *self.forms.get(inflection)?))
    }

    /// The form of an inflection either article has: `"ed"` for `"launched"`.
    pub(super) fn form_of(&self, inflection: &str) -> Option<u32> {
        self.forms.get(inflection).copied()
    }

    /// The key of a word already interned that is its own stem (`"not"`), if either article
    /// has it.
    pub(super) fn key_of(&self, stem: &str) -> Option<u32> {
        self.ids.get(stem).copied()
    }

    /// Interns a figure read from words as the key its digits have, `fraction` (`""` or a
    /// decimal part such as `".5"`) written after them: `"forty-two"` -> the key of `"42"`,
    /// `"three and a half"` -> the key of `"3.5"`, with no inflection.
    #[inline(never)]
    pub(super) fn intern_number(&mut self, value: u32, fraction: &str) -> (u32, u32) {
        // By hand: `to_string` brings integer formatting into the page for this alone.
        let mut digits = String::new();
        let mut place = 1;
        while place <= value / 10 {
            place *= 10;
        }
        while place > 0 {
            digits.push(char::from(b'0' + (value / place % 10) as u8));
            place /= 10;
        }
        digits.push_str(fraction);
        let id = match self.ids.get(&digits) {
            Some(&id) => id,
            None => {
                let id = self.words.len() as u32;
                self.kinds.push(KeyKind::Number);
                self.ids.insert(digits.clone(), id);
                self.words.push(digits);
                id
            }
        };
        (id, 0)
    }

    /// Interns a word in capitals that spells a function word as a name of its own, a content
    /// word: `"US"` and `"U.S."` -> one key, apart from `"us"`.
    pub(super) fn intern_name(&mut self, word: &str) -> u32 {
        fold(word, &mut self.scratch, self.decimal_comma);
        // A mark no folded word holds keeps the name's key apart from the word's (`"\u{1}us"`
        // for `"US"`); upper case did the same, but took the whole Unicode case table into the
        // page.
        let mut name = String::with_capacity(self.scratch.len() + 1);
        name.push('\u{1}');
        name.push_str(&self.scratch);
        if let Some(&id) = self.ids.get(&name) {
            return id;
        }
        let id = self.words.len() as u32;
        self.kinds.push(KeyKind::Content);
        self.ids.insert(name.clone(), id);
        self.words.push(name);
        id
    }
}

/// A folded word's key: its stem when it is plain ASCII letters, else the word itself. Not
/// inlined: the stemmer is large, and one copy of it in the page's wasm is enough.
#[inline(never)]
fn stem_of<'w>(stemmer: &Stemmer, folded: &'w str) -> std::borrow::Cow<'w, str> {
    if folded.is_ascii() && folded.chars().all(|c| c.is_alphabetic()) {
        stemmer.stem(folded)
    } else {
        folded.into()
    }
}

/// Pushes a character lowercased, with the compatibility forms that reach news text spelled as
/// plain letters: a PDF's ligatures, full-width Latin letters and digits from East Asian input,
/// and superscript digits; invisible marks inside a word go. `"ﬁnancial"` -> `"financial"`,
/// `"ＵＮ"` -> `"un"`, `"km²"` -> `"km2"`, `"Somer\u{ad}set"` -> `"somerset"`.
///
/// Full compatibility decomposition (NFKD) would cover more, such as Arabic presentation forms
/// and circled numbers, but its tables are 28 KB of the gzipped page, over a tenth of it, and a
/// pair of articles rarely mixes those forms with plain ones.
fn push_plain(c: char, out: &mut String) {
    let plain = match c {
        // Invisible marks a web page or PDF leaves inside words: a soft hyphen (`"cov\u{ad}ering"`
        // -> `"covering"`), zero-width joiners and the word joiner, a stray byte-order mark.
        '\u{ad}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => "",
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        '\u{b9}' => "1",
        '\u{b2}' => "2",
        '\u{b3}' => "3",
        '\u{2070}' => "0",
        '\u{2074}'..='\u{2079}' => {
            out.push(char::from(b'4' + (c as u32 - 0x2074) as u8));
            return;
        }
        // Full-width `！` to `～` sit at a fixed distance from ASCII `!` to `~`.
        '\u{ff01}'..='\u{ff5e}' => {
            let ascii = char::from_u32(c as u32 - 0xfee0).unwrap_or(c);
            out.push(ascii.to_ascii_lowercase());
            return;
        }
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(plain);
}

/// Folds a word for matching: case, apostrophes, possessives, digit grouping, diacritics and the
/// compatibility forms of [`push_plain`].
///
/// `"Russia’s"` -> `"russia"`, `"12,000"` -> `"12000"`, `"Zürich"` -> `"zurich"`, `"ﬁrst"` ->
/// `"first"`. A figure's separators are read as `decimal_comma` says, by
/// [`fold_figure`](super::figures::fold_figure).
fn fold(word: &str, out: &mut String, decimal_comma: bool) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        for c in word.chars() {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    push_plain(part, out);
                }
            });
        }
    }
    if out.contains('\u{2019}') || out.contains('\u{2018}') {
        *out = out.replace(['\u{2019}', '\u{2018}'], "'");
    }
    if let Some([tens, zero]) = decade(out) {
        out.clear();
        out.extend([char::from(tens), char::from(zero), 's']);
        return;
    }
    for suffix in ["'s", "'"] {
        if out.len() > suffix.len() && out.ends_with(suffix) {
            out.truncate(out.len() - suffix.len());
        }
    }
    // Dotted initials are the same word as undotted ones: `"U.N."` -> `"un"`, like `"UN"`.
    if is_dotted_initials(out) {
        out.retain(|c| c != '.');
    }
    // Markdown emphasis: `_Monday_` -> `monday`.
    if out.starts_with('_') || out.ends_with('_') {
        *out = out.trim_matches('_').to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        super::figures::fold_figure(out, decimal_comma);
    }
    // A score or range with an en or em dash is the one with a hyphen: `"3–1"` -> `"3-1"`.
    if out.starts_with(|c: char| c.is_ascii_digit()) && out.contains(['\u{2013}', '\u{2014}']) {
        *out = out.replace(['\u{2013}', '\u{2014}'], "-");
    }
    if out.is_ascii() {
        super::variants::spell_american(out);
    }
    if let Some(full) = MONTHS
        .iter()
        .chain(NUMBERS)
        .chain(ORDINALS)
        .chain(UNITS)
        .find(|(short, _)| short == out)
        .map(|(_, full)| full)
    {
        out.clear();
        out.push_str(full);
    }
}

/// The last two digits of a decade however it is written: `"1990s"`, `"'90s"`,
/// `"90s"` and `"nineties"` -> `"90"`, so `"in the mid-Nineties"` matches `"in the mid-1990s"` and
/// `"the 1960s"` against `"the 1970s"` is a changed figure. The century is dropped: news rarely
/// sets the 1890s against the 1990s, and spelt-out decades never say which century they mean.
fn decade(word: &str) -> Option<[u8; 2]> {
    if let Some(&(_, tens)) = DECADES.iter().find(|(name, _)| *name == word) {
        return Some([tens, b'0']);
    }
    let digits = word.trim_start_matches('\'');
    let digits = digits
        .strip_suffix("'s")
        .or_else(|| digits.strip_suffix('s'))?;
    let tens = match digits.as_bytes() {
        [_, _, tens, b'0'] | [tens, b'0'] => *tens,
        _ => return None,
    };
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some([tens, b'0'])
}

/// Whether a word is initials joined by full stops, as word segmentation leaves them: `"U.N"`,
/// `"a.m"`; not `"3.5"`, `"example.com"` or `"N"`.
pub(crate) fn is_dotted_initials(word: &str) -> bool {
    let mut parts = word.split('.');
    let single_letter = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    };
    word.contains('.') && parts.all(single_letter)
}

/// What kind of key a folded word makes: a digit makes a number, a listed function word a stop
/// word, a lone ASCII letter noise, anything else content (`"12,000"` -> number, `"the"` -> stop,
/// `"s"` -> noise, `"dam"` -> content).
pub(super) fn kind_of(word: &str, stop_words: &FxHashSet<&str>) -> KeyKind {
    let mut chars = word.chars();
    let first = chars.next();
    if word.chars().any(|c| c.is_ascii_digit()) {
        return KeyKind::Number;
    }
    if !word.chars().any(char::is_alphanumeric) {
        return KeyKind::Stop;
    }
    if stop_words.contains(word) {
        return KeyKind::Stop;
    }
    if first.is_some_and(|c| c.is_ascii()) && chars.next().is_none() {
        return KeyKind::Noise;
    }
    KeyKind::Content
}

/// The kind of a folded word read as English.
#[cfg(test)]
pub(super) fn english_kind_of(word: &str) -> KeyKind {
    kind_of(word, &STOP_WORDS.iter().copied().collect())
}

#[cfg(test)]
mod tests;

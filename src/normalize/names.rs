//! Names: which words name someone, and whom a pronoun that credits a quote stands for.

use super::{KeyKind, Line, Token, Tokens};

/// How many sentences before a pronoun its person is looked for: news names a speaker in the
/// sentence before the quote that goes on with `"he said"`, or the one before that.
const NAMED_WITHIN: usize = 2;

impl Tokens {
    /// Whether a word names someone or something: a capitalised content word outside quotation
    /// marks that is not a month or weekday. `"Reed"` in `"said Tom Reed"` does; `"Friday"`,
    /// and the first word of a sentence or of a quote, do not.
    pub fn is_name(&self, word: &Token) -> bool {
        word.proper
            && !word.quoted
            && self.kind(word.key) == KeyKind::Content
            && !self.is_date(word.key)
    }

    /// Whether `words` name someone in full: two names in a row, `"Tom Reed"`, `"Councillor
    /// Reed"`.
    pub fn names_in_full(&self, words: &[Token]) -> bool {
        words
            .windows(2)
            .any(|pair| pair.iter().all(|w| self.is_name(w)))
    }

    /// Where the source names whom a pronoun at word `at` of source sentence `sentence` stands
    /// for: the nearest sentence, up to `NAMED_WITHIN` (2) back, that names someone in full, or
    /// `sentence` itself when its words before the pronoun do; as the sentence and the end of
    /// the words to read in it. `None` when none does.
    ///
    /// In `"Fisherman Dan Pike said the berths were too narrow. \"Every boat will queue,\" he
    /// said."`, `"he"` is named by the first sentence, whole.
    pub fn named_before(&self, sentence: usize, at: usize) -> Option<(usize, usize)> {
        let words = self.source.get(sentence)?;
        let at = at.min(words.len());
        if self.names_in_full(&words[..at]) {
            return Some((sentence, at));
        }
        (1..=NAMED_WITHIN)
            .filter_map(|back| sentence.checked_sub(back))
            .find(|&s| self.names_in_full(&self.source[s]))
            .map(|s| (s, self.source[s].len()))
    }

    /// The keys of the names among the first `end` words of source sentence `sentence`,
    /// sorted: `[Dan, Pike]` for `"Fisherman Dan Pike said the berths were too narrow."`.
    pub fn names_of(&self, sentence: usize, end: usize) -> Vec<u32> {
        let words = self
            .source
            .get(sentence)
            .map_or(&[][..], |w| &w[..end.min(w.len())]);
        self.name_keys(words.iter().copied())
    }

    /// The keys of the names among `words`, sorted and without repeats.
    pub fn name_keys(&self, words: impl IntoIterator<Item = Token>) -> Vec<u32> {
        let mut keys: Vec<u32> = words
            .into_iter()
            .filter(|w| self.is_name(w))
            .map(|w| w.key)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Whether the word at `at` of `words` names someone, reading a sentence's first word as a
    /// name when either article writes it as one elsewhere: `"Dan"` in `"Dan Pike said..."` when
    /// the source has `"fisherman Dan Pike"`; `"Police"` in `"Police said..."` only if some
    /// sentence has `"... Police ..."` mid-sentence.
    pub fn is_name_at(&self, words: &[Token], at: usize) -> bool {
        let Some(word) = words.get(at) else {
            return false;
        };
        self.is_name(word)
            || (at == 0 && !word.quoted && self.names.binary_search(&word.key).is_ok())
    }

    /// Whether one name is the other misspelt: `"Hadad"` for `"Haddad"`.
    pub fn is_misspelt(&self, a: u32, b: u32) -> bool {
        self.misspelt.contains(&(a, b)) || self.misspelt.contains(&(b, a))
    }

    /// Whether name `short` is the short form of a first name that either article writes
    /// beside name `other`, so both stand for one person: `"Dom"` and `"Harwell"` where an
    /// article has `"Dominic Harwell"`, as a tabloid calls him `"Dom"`.
    pub fn is_short_for(&self, short: u32, other: u32) -> bool {
        self.short_forms
            .iter()
            .any(|&(s, long)| s == short && self.one_name(&[long], &[other]))
    }

    /// Whether two names are one: some run of names in either article holds a word of each.
    /// `"Russian President"` and `"Vladimir Putin"` are one where an article writes `"Russian
    /// President Vladimir Putin"`; `"Tom Reed"` and `"Dan Pike"` are two.
    pub fn one_name(&self, a: &[u32], b: &[u32]) -> bool {
        // Each entry is a key in the high half and its run in the low half: one sorted list of
        // plain numbers, as a list of pairs would cost the page's wasm kilobytes of sort code.
        let runs = &self.name_runs;
        let entry = |key: u32, run: u64| (u64::from(key) << 32) | run;
        a.iter().any(|&x| {
            let first = runs.partition_point(|&e| e < entry(x, 0));
            runs[first..]
                .iter()
                .take_while(|&&e| e >> 32 == u64::from(x))
                .any(|&e| {
                    let run = e & u64::from(u32::MAX);
                    b.iter()
                        .any(|&y| runs.binary_search(&entry(y, run)).is_ok())
                })
        })
    }
}

/// The fewest capitalised words after the first that make a line title case.
const TITLE_CASE_MIN: usize = 3;

/// Takes the capitals of a headline set in title case as no sign of a name, unless the articles
/// write the word with a capital outside such a line. A heading line is set in title case when three
/// words or more after its first have capitals and at least half of those are words the
/// articles write in lower case elsewhere: a US-style headline capitalises every word, so in
/// `"Storm Delia Slams Carolinas, Leaving 200,000 Without Power"` over a story that writes
/// `"leaving"`, `"without"` and `"power"`, `"Slams"` is no person or place to swap, while
/// `"Delia"` stays a name, and `"By Gary Pike at the High Court"`, whose capitals are names
/// but for `"court"`, is no title-case line.
// Plain loops and one list of keys: the page's wasm pays for each.
pub(super) fn unmark_title_case(tokens: &mut Tokens) {
    // Most articles have no heading line with three capitals: they need no list of keys.
    let capitalised = |side: usize, sentences: &[Vec<Token>]| {
        sentences.iter().enumerate().any(|(s, words)| {
            tokens.lines[side].get(s) == Some(&Line::Heading)
                && words.iter().skip(1).filter(|t| t.proper).count() >= TITLE_CASE_MIN
        })
    };
    if !capitalised(0, &tokens.source) && !capitalised(1, &tokens.target) {
        return;
    }
    // Keys written in lower case after a sentence's first word, then, after a marker, keys with
    // a capital outside a title-case line.
    let mut keys: Vec<u32> = Vec::new();
    for words in tokens.source.iter().chain(&tokens.target) {
        for t in words.iter().skip(1) {
            if !t.proper {
                keys.push(t.key);
            }
        }
    }
    keys.sort_unstable();
    let lower = keys.len();
    // Per sentence, source then target: whether it is a heading line in title case. Only a line
    // of its own, with no full stop: a dateline's capitals run into its story.
    let mut titled = Vec::new();
    for (side, sentences) in [&tokens.source, &tokens.target].into_iter().enumerate() {
        for (s, words) in sentences.iter().enumerate() {
            let (mut capitals, mut common) = (0, 0);
            for t in words.iter().skip(1) {
                if t.proper {
                    capitals += 1;
                    common += usize::from(keys[..lower].binary_search(&t.key).is_ok());
                }
            }
            titled.push(
                tokens.lines[side].get(s) == Some(&Line::Heading)
                    && capitals >= TITLE_CASE_MIN
                    && 2 * common >= capitals,
            );
        }
    }
    if !titled.contains(&true) {
        return;
    }
    for (words, &titled) in tokens.source.iter().chain(&tokens.target).zip(&titled) {
        if !titled {
            keys.extend(words.iter().skip(1).filter(|t| t.proper).map(|t| t.key));
        }
    }
    keys[lower..].sort_unstable();
    let names = &keys[lower..];
    let sentences = tokens.source.iter_mut().chain(tokens.target.iter_mut());
    for (words, &titled) in sentences.zip(&titled) {
        if titled {
            for t in words.iter_mut() {
                t.proper &= names.binary_search(&t.key).is_ok();
            }
        }
    }
}

/// Every name key of both articles with the number of the run of names it stands in, sorted
/// (see `Tokens::name_runs`). A sentence's first word counts as its name's first word:
/// `"Dunmore Rovers beat..."`. Reads `tokens.names`, so it comes after them.
pub(super) fn name_runs(tokens: &Tokens) -> Vec<u64> {
    let mut runs = Vec::new();
    let mut run = 0u64;
    for words in tokens.source.iter().chain(&tokens.target) {
        let mut open = false;
        for k in 0..words.len() {
            if tokens.is_name_at(words, k) {
                if !open {
                    run += 1;
                    open = true;
                }
                runs.push((u64::from(words[k].key) << 32) | run);
            } else {
                open = false;
            }
        }
        run += 1;
    }
    runs.sort_unstable();
    runs.dedup();
    runs
}

/// The keys either article writes as a name somewhere, sorted and without repeats. A
/// sentence's first word is one when a name follows it with no mark between, as the first word
/// of a name: `"Castlebridge"` in `"Castlebridge Athletic drew 1-1"`, not `"Kyiv"` in the
/// dateline `"Kyiv: North Korean troops..."`.
pub(super) fn written_as_names(tokens: &Tokens) -> Vec<u32> {
    let sentences = || tokens.source.iter().chain(&tokens.target);
    let mut keys = tokens.name_keys(sentences().flatten().copied());
    keys.extend(sentences().filter_map(|words| match words.as_slice() {
        [first, next, ..]
            if !first.quoted
                && tokens.kind(first.key) == KeyKind::Content
                && !tokens.is_date(first.key)
                && tokens.is_name(next)
                && !next.opens_clause =>
        {
            Some(first.key)
        }
        _ => None,
    }));
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The fewest letters a name must have for one slip in it to be a misspelling: `"Lowe"` and
/// `"Love"` are two names.
const MISSPELT_MIN: usize = 5;

/// Pairs of `names` whose keys (in `words`) are one slip apart, a letter added, dropped,
/// changed or two swapped, both of [`MISSPELT_MIN`] letters or more: `"haddad"` and
/// `"hadad"`, `"pryce"` and `"price"`; not `"lowe"` and `"love"`.
pub(super) fn misspelt(names: &[u32], words: &[String]) -> Vec<(u32, u32)> {
    let letters: Vec<(u32, Vec<char>)> = names
        .iter()
        .filter_map(|&key| Some((key, words.get(key as usize)?.chars().collect::<Vec<_>>())))
        .filter(|(_, word)| word.len() >= MISSPELT_MIN)
        .collect();
    let mut pairs = Vec::new();
    for (k, (a, one)) in letters.iter().enumerate() {
        for (b, other) in &letters[k + 1..] {
            if one_slip(one, other) {
                pairs.push((*a, *b));
            }
        }
    }
    pairs
}

/// The letters of a short form of a name: `"Dom"` for `"Dominic"`, `"Alex"` for `"Alexander"`,
/// not `"Jo"`, and no longer word, which would be a name of its own (`"Roberts"` is no
/// `"Robertson"`).
const SHORT_FORM: std::ops::RangeInclusive<usize> = 3..=4;

/// Pairs of `names` (in `words`) where the first is the start of the second, as `"Dom"` is of
/// `"Dominic"` (keyed `"dom"` and `"domin"`): a short form, of [`SHORT_FORM`] letters.
pub(super) fn short_forms(names: &[u32], words: &[String]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    // Only the few names short enough to be a short form are read against the rest.
    for &short in names {
        let Some(start) = words.get(short as usize) else {
            continue;
        };
        if !SHORT_FORM.contains(&start.chars().count()) {
            continue;
        }
        for &long in names {
            if words
                .get(long as usize)
                .is_some_and(|word| word.len() > start.len() && word.starts_with(start.as_str()))
            {
                pairs.push((short, long));
            }
        }
    }
    pairs
}

/// Whether two different words are one slip apart.
fn one_slip(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            let end = start + 1;
            // One letter changed, or two neighbours swapped.
            short.get(end..) == long.get(end..)
                || (short.get(start..end + 1).is_some_and(|s| s.len() == 2)
                    && short[start] == long[end]
                    && short[end] == long[start]
                    && short[end + 1..] == long[end + 1..])
        }
        1 => short[start..] == long[start + 1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::short_forms;
    use crate::normalize::normalize;
    use crate::segment::segment;

    /// Two names are one where a run of names in either article holds both, whichever article
    /// and wherever in it; names apart in every run are two people.
    #[test]
    fn names_in_one_run_of_either_article_are_one() {
        let source = "Castlebury have sacked manager Declan Moriarty. Declan joined in 2022.";
        let target = "Moriarty led them to promotion. Russian President Vladimir Putin spoke. Tom \
                      Reed and Dan Pike agreed.";
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let key = |word: &str| {
            let find = |text: &str, side: &Vec<Vec<crate::normalize::Token>>| {
                side.iter()
                    .flatten()
                    .find(|t| text.get(t.start..t.end) == Some(word))
                    .map(|t| t.key)
            };
            find(source, &tokens.source)
                .or_else(|| find(target, &tokens.target))
                .unwrap()
        };
        let one = |a: &str, b: &str| tokens.one_name(&[key(a)], &[key(b)]);
        assert!(one("Declan", "Moriarty"));
        assert!(one("Moriarty", "Declan"));
        assert!(one("Russian", "Putin"));
        assert!(!one("Reed", "Pike"));
        assert!(!one("Declan", "Putin"));
    }

    #[test]
    fn a_short_form_is_the_start_of_a_longer_name() {
        let words: Vec<String> = [
            "domin",
            "dom",
            "jo",
            "joseph",
            "harwel",
            "robert",
            "rob",
            "robertson",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let names: Vec<u32> = (0..words.len() as u32).collect();
        let mut pairs = short_forms(&names, &words);
        pairs.sort_unstable();
        // "dom" starts "domin" and "rob" starts "robert" and "robertson"; "jo" is too short to
        // be a name's short form, "robert" too long, and no name starts "harwel".
        assert_eq!(pairs, [(1, 0), (6, 5), (6, 7)]);
    }
}

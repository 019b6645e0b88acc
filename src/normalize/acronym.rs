//! Acronyms and the names they stand for, so `"CRE"` and `"Commission for Racial Equality"` are
//! one name, not two.

use rustc_hash::FxHashMap;

use super::{Token, Tokens};

impl Tokens {
    /// Whether the word `key` names what the words `other` name, one abbreviating the other.
    ///
    /// With `"CRE"` spelled out as `"Commission for Racial Equality"` in either article: `CRE`
    /// against the keys of `Commission`, `Racial` and `Equality` -> true; `Racial` against
    /// `[CRE]` -> true; `CRE` against `[Commission]` alone -> false.
    pub fn same_name(&self, key: u32, other: &[u32]) -> bool {
        if self.acronyms.is_empty() {
            return false;
        }
        let spells_out = |acronym: u32, words: &[u32]| {
            self.expansion(acronym)
                .is_some_and(|name| name.iter().all(|w| words.contains(w)))
        };
        spells_out(key, other)
            || other.iter().any(|&acronym| {
                self.expansion(acronym)
                    .is_some_and(|name| name.contains(&key))
            })
    }
}

/// The fewest and most letters an acronym has: `"UN"` to `"NSPCC"` and a little more.
const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// The most words a spelled-out name spans, joiners included, so a sentence of joiners costs no
/// more than this per word.
const MAX_WORDS: usize = 3 * *LETTERS.end();

/// Lower-case words a spelled-out name may hold between its capitalised ones.
const JOINERS: &[&str] = &["of", "for", "and", "the", "on", "in", "de", "&"];

/// The lower-case letters of a word written as an acronym: `"NHS"` -> `"nhs"`, `"U.N"` -> `"un"`,
/// and the possessive `"EU's"` -> `"eu"`, which stands for the name as much as `"EU"` does;
/// `"Nhs"` and `"NATIONAL"` (too long) -> `None`.
fn letters(word: &str) -> Option<String> {
    let word = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word);
    // Most words start lower-case or run long: turn them away before building anything.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() > 2 * *LETTERS.end() {
        return None;
    }
    let dotted = super::is_dotted_initials(word);
    let letters: String = word.chars().filter(|&c| !(dotted && c == '.')).collect();
    (LETTERS.contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| letters.to_ascii_lowercase())
}

/// Finds, for every acronym in either article, the keys of a name whose initials spell it.
///
/// `"CRE"` with `"the Commission for Racial Equality"` anywhere in either article maps the key of
/// `CRE` to the keys of `Commission`, `Racial` and `Equality`. An acronym with no such name
/// maps to nothing. Returned sorted by acronym key.
pub(super) fn expand(articles: [(&str, &[Vec<Token>]); 2]) -> Vec<(u32, Vec<u32>)> {
    let mut acronyms: FxHashMap<String, u32> = FxHashMap::default();
    for (text, sentences) in articles {
        for token in sentences.iter().flatten() {
            if let Some(letters) = letters(&text[token.start..token.end]) {
                acronyms.insert(letters, token.key);
            }
        }
    }
    let mut found: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    if acronyms.is_empty() {
        find_units(articles, &mut found);
        return sorted(found);
    }
    let mut initials = String::new();
    let mut words: Vec<u32> = Vec::new();
    for (text, sentences) in articles {
        let surface = |t: &Token| &text[t.start..t.end];
        let capitalised = |t: &Token| surface(t).chars().next().is_some_and(char::is_uppercase);
        for sentence in sentences {
            for start in 0..sentence.len() {
                if !capitalised(&sentence[start]) {
                    continue;
                }
                initials.clear();
                words.clear();
                for token in sentence[start..].iter().take(MAX_WORDS) {
                    if capitalised(token) {
                        let Some(first) = surface(token).chars().next() else {
                            break;
                        };
                        initials.extend(first.to_lowercase());
                        words.push(token.key);
                        if initials.len() > *LETTERS.end() {
                            break;
                        }
                        if let Some(&acronym) = acronyms.get(initials.as_str()) {
                            if words.len() >= 2 && !words.contains(&acronym) {
                                found.entry(acronym).or_insert_with(|| words.clone());
                            }
                        }
                    } else if !JOINERS.contains(&surface(token).to_lowercase().as_str()) {
                        break;
                    }
                }
            }
        }
    }
    find_units(articles, &mut found);
    sorted(found)
}

/// The expansions sorted by acronym key, each name's keys sorted and unique.
fn sorted(mut found: FxHashMap<u32, Vec<u32>>) -> Vec<(u32, Vec<u32>)> {
    // The acronyms sort alone, as plain keys: the page already carries that sort, and a sort of
    // the pairs by key would be a second one (the page has a size budget).
    let mut acronyms: Vec<u32> = found.keys().copied().collect();
    acronyms.sort_unstable();
    acronyms
        .into_iter()
        .map(|acronym| {
            let mut words = found.remove(&acronym).unwrap_or_default();
            words.sort_unstable();
            words.dedup();
            (acronym, words)
        })
        .collect()
}

/// Units written as lower-case initials, with the words they stand for (each also in the
/// plural), the linking `"per"` left out of the name.
const UNITS: &[(&str, &[&str])] = &[
    ("mph", &["mile", "per", "hour"]),
    ("kph", &["kilometre", "per", "hour"]),
    ("mpg", &["mile", "per", "gallon"]),
];

/// Ties a unit written as initials to its words when one article has each: `"94 mph"` and `"94
/// miles per hour"` name one speed, so a copy that abbreviates it stays copied.
fn find_units(articles: [(&str, &[Vec<Token>]); 2], found: &mut FxHashMap<u32, Vec<u32>>) {
    let all = || {
        articles
            .iter()
            .flat_map(|&(text, sentences)| sentences.iter().map(move |s| (text, s)))
    };
    for (unit, words) in UNITS {
        let Some(unit_key) = all()
            .flat_map(|(text, s)| s.iter().map(move |t| (text, t)))
            .find(|(text, t)| text[t.start..t.end].eq_ignore_ascii_case(unit))
            .map(|(_, t)| t.key)
        else {
            continue;
        };
        let spelled = |text: &str, t: &Token, word: &str| {
            let surface = text[t.start..t.end].to_ascii_lowercase();
            surface == word || surface.strip_suffix('s') == Some(word)
        };
        let name = all().find_map(|(text, sentence)| {
            sentence.windows(words.len()).find_map(|run| {
                run.iter()
                    .zip(words.iter())
                    .all(|(t, w)| spelled(text, t, w))
                    .then(|| {
                        run.iter()
                            .zip(words.iter())
                            .filter(|(_, w)| **w != "per")
                            .map(|(t, _)| t.key)
                            .collect::<Vec<u32>>()
                    })
            })
        });
        if let Some(name) = name {
            found.entry(unit_key).or_insert(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::segment::segment;

    /// The words of the name each acronym of `target` stands for, per `source`.
    fn expanded(source: &str, target: &str) -> Vec<(String, Vec<String>)> {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let word = |key: u32| {
            let (text, token) = [(source, &tokens.source), (target, &tokens.target)]
                .into_iter()
                .flat_map(|(text, side)| side.iter().flatten().map(move |t| (text, t)))
                .find(|(_, t)| t.key == key)
                .expect("every key has a token");
            text[token.start..token.end].to_string()
        };
        tokens
            .acronyms
            .iter()
            .map(|(acronym, words)| (word(*acronym), words.iter().map(|&k| word(k)).collect()))
            .collect()
    }

    #[test]
    fn acronyms_find_the_names_they_stand_for() {
        let table: &[(&str, &str, &[&str])] = &[
            (
                "The Commission for Racial Equality objected.",
                "The CRE objected.",
                &["Commission", "Racial", "Equality"],
            ),
            (
                "He praised the National Health Service.",
                "He praised the NHS.",
                &["National", "Health", "Service"],
            ),
            // Spelled out in the target, abbreviated in the source.
            (
                "The UN met.",
                "The United Nations met.",
                &["United", "Nations"],
            ),
            // Dotted initials are an acronym too.
            (
                "The United Nations met.",
                "The U.N. met.",
                &["United", "Nations"],
            ),
            // A possessive acronym stands for the name, curly apostrophe or straight.
            (
                "Aircraft from the European Union arrived.",
                "Aircraft from the EU's fleet arrived.",
                &["European", "Union"],
            ),
            (
                "The European Union sent aircraft.",
                "The EU\u{2019}s fleet arrived.",
                &["European", "Union"],
            ),
        ];
        for (source, target, words) in table {
            let found = expanded(source, target);
            assert_eq!(found.len(), 1, "{source:?} / {target:?}: {found:?}");
            let mut expected: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            expected.sort();
            let mut got = found[0].1.clone();
            got.sort();
            assert_eq!(got, expected, "{source:?} / {target:?}");
        }
    }

    #[test]
    fn an_acronym_and_its_words_name_the_same_thing() {
        let source = "The Commission for Racial Equality objected.";
        let target = "The CRE objected.";
        let tokens = normalize(source, &segment(source), target, &segment(target));
        let source_keys: Vec<u32> = tokens.source[0].iter().map(|t| t.key).collect();
        let (commission, racial) = (source_keys[1], source_keys[3]);
        let cre = tokens.target[0][1].key;
        assert!(tokens.same_name(cre, &source_keys));
        assert!(tokens.same_name(racial, &[cre]));
        assert!(!tokens.same_name(cre, &[commission]));
        assert!(!tokens.same_name(commission, &[racial]));
    }

    #[test]
    fn acronyms_without_a_matching_name_expand_to_nothing() {
        for (source, target) in [
            ("The Royal Society objected.", "The CRE objected."),
            ("NASA launched it.", "NASA launched it again."),
            ("", "THE END"),
        ] {
            assert!(
                expanded(source, target).is_empty(),
                "{source:?} / {target:?}"
            );
        }
    }
}

//! Spelling variants: keys that spell one word two ways share one representative.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::KeyKind;

/// Merges keys that are spelling variants of each other, returning each key's representative.
///
/// Two alphabetic keys of five or more letters with the same first two letters merge when one
/// deletion from one of them makes them equal (`neighbour`/`neighbor`, `korea`/`korean`), or,
/// from seven letters on, one deletion from each when the two letters are interchangeable in
/// spelling (`zelenskiy`/`zelenskyy`, `kadyrov`/`kadirov`; not `train`/`trail`, nor the stems
/// `continu`/`conting` of "continues" and "contingent"). Numbers never merge: a different number
/// is a different fact.
pub(super) fn merge_variants(words: &[String], kinds: &[KeyKind]) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..words.len() as u32).collect();
    let mut sizes: Vec<u32> = vec![1; words.len()];
    // Variants are kept as (word, skipped position) under their hash, so building them
    // allocates nothing; a hash hit is checked letter by letter before two words merge.
    let mut by_variant: FxHashMap<u64, (u32, usize)> = FxHashMap::default();
    let chars: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
    for (id, letters) in chars.iter().enumerate() {
        let id = id as u32;
        if kinds[id as usize] != KeyKind::Content
            || letters.len() < 5
            || letters.len() > MAX_VARIANT_LENGTH
            || !letters.iter().all(|c| c.is_alphabetic())
        {
            continue;
        }
        for skip in std::iter::once(usize::MAX).chain(2..letters.len()) {
            let hash = variant_hash(letters, skip);
            match by_variant.get(&hash) {
                Some(&(other, other_skip)) => {
                    // Two deletions from words of one length are a substitution: `train`/`trail`,
                    // `storm`/`store` are different words, so it takes seven letters to be a
                    // spelling (`zelenskiy`/`zelenskyy`).
                    let substitution = skip != usize::MAX && other_skip != usize::MAX;
                    let plausible = !substitution
                        || (letters.len() >= MIN_SUBSTITUTION_LENGTH
                            && interchangeable(letters[skip], chars[other as usize][other_skip]));
                    if plausible
                        && variant(letters, skip).eq(variant(&chars[other as usize], other_skip))
                    {
                        union(&mut parent, &mut sizes, id, other);
                    }
                }
                None => {
                    by_variant.insert(hash, (id, skip));
                }
            }
        }
    }
    (0..words.len() as u32)
        .map(|id| find(&mut parent, id))
        .collect()
}

/// Spells a folded British word the American way, so that a wire story in one spelling and a
/// paper in the other share their words where one deletion cannot join them:
/// `"organised"` -> `"organized"`, `"analyse"` -> `"analyze"`, `"defence"` -> `"defense"`,
/// `"grey"` -> `"gray"`. Short words keep their `-ise` (`"rise"`, `"wise"`, `"raise"`), and
/// words with no American twin change harmlessly, the same way in both articles (`"promise"` ->
/// `"promize"`). A street word becomes its short form as addresses write it (`"Street"` ->
/// `"st"`, so `"Quay St"` is `"Quay Street"`); `"St"` for `"Saint"` stays `"st"`. So does a
/// title (`"Superintendent"` -> `"supt"`, so `"Det Supt"` is `"Detective Superintendent"`).
pub(super) fn spell_american(word: &mut String) {
    let plural = word.len() > 1 && word.ends_with('s');
    let singular = if plural {
        &word[..word.len() - 1]
    } else {
        word.as_str()
    };
    if let Some((_, american)) = AMERICAN
        .iter()
        .chain(STREET_WORDS)
        .chain(TITLE_WORDS)
        .find(|(british, _)| *british == singular)
    {
        *word = format!("{american}{}", if plural { "s" } else { "" });
        return;
    }
    for ending in [
        "isation", "ise", "ised", "ises", "ising", "iser", "yse", "ysed", "yses", "ysing",
    ] {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.len() >= 3 {
            let at = stem.len() + 1;
            word.replace_range(at..at + 1, "z");
            return;
        }
    }
}

/// British spellings that no one deletion or `-ise` ending turns into the American ones.
const AMERICAN: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("grey", "gray"),
    ("jewellery", "jewelry"),
    ("pyjama", "pajama"),
    ("aeroplane", "airplane"),
    ("plough", "plow"),
    ("mould", "mold"),
    ("manoeuvre", "maneuver"),
    ("sulphur", "sulfur"),
    ("kerb", "curb"),
];

/// Street words and the short forms addresses write them in.
const STREET_WORDS: &[(&str, &str)] = &[("street", "st"), ("road", "rd"), ("avenue", "ave")];

/// Titles and the short forms house styles write them in before a name: `"Det Supt Grace
/// Okafor"` is `"Detective Superintendent Grace Okafor"`.
const TITLE_WORDS: &[(&str, &str)] = &[
    ("detective", "det"),
    ("superintendent", "supt"),
    ("inspector", "insp"),
    ("sergeant", "sgt"),
    ("professor", "prof"),
    ("captain", "capt"),
    ("lieutenant", "lt"),
    ("colonel", "col"),
    ("reverend", "rev"),
];

/// Whether spellings of one word swap these letters: vowels (with `y`, as in transliterated
/// names) and the consonant pairs `s`/`z`, `c`/`s`, `c`/`k`.
///
/// `'i'`/`'y'` -> true; `'g'`/`'u'` -> false.
fn interchangeable(a: char, b: char) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    a == b
        || (vowel(a) && vowel(b))
        || matches!(
            (a, b),
            ('s', 'z') | ('z', 's') | ('c', 's') | ('s', 'c') | ('c', 'k') | ('k', 'c')
        )
}

/// The letters of a word without the one at `skip` (`usize::MAX` skips none).
fn variant(letters: &[char], skip: usize) -> impl Iterator<Item = char> + '_ {
    letters
        .iter()
        .enumerate()
        .filter(move |(i, _)| *i != skip)
        .map(|(_, c)| *c)
}

fn variant_hash(letters: &[char], skip: usize) -> u64 {
    let mut hasher = FxHasher::default();
    for c in variant(letters, skip) {
        c.hash(&mut hasher);
    }
    hasher.finish()
}

fn find(parent: &mut [u32], mut id: u32) -> u32 {
    while parent[id as usize] != id {
        let grand = parent[parent[id as usize] as usize];
        parent[id as usize] = grand;
        id = grand;
    }
    id
}

/// Words of one length that differ in one letter are spelling variants only from this length.
const MIN_SUBSTITUTION_LENGTH: usize = 7;

/// Longer "words" (a URL, a run of letters from a broken PDF) have no spelling variants, and
/// their deletion variants would cost the square of their length.
const MAX_VARIANT_LENGTH: usize = 30;

/// Spelling variants come in twos and threes; a bigger cluster is a chain of unrelated words
/// (`baaah` ~ `baabh` ~ `babbh` ...), so clusters stop growing at this size.
const MAX_VARIANTS: u32 = 3;

fn union(parent: &mut [u32], sizes: &mut [u32], a: u32, b: u32) {
    let (a, b) = (find(parent, a), find(parent, b));
    if a != b && sizes[a as usize] + sizes[b as usize] <= MAX_VARIANTS {
        let (root, child) = (a.min(b), a.max(b));
        parent[child as usize] = root;
        sizes[root as usize] += sizes[child as usize];
    }
}

//! Words that news writers swap for one another when they reword or translate a story, so
//! `"seriously injured"` and `"severely wounded"` count as the same content (not the same
//! wording).

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

/// Groups of interchangeable words, each written in a plain form: the stemmer maps every
/// inflection to the same key (`"wounded"`, `"wounds"` -> `"wound"`). Only words that mean the
/// same in news copy whatever the story: no word with a common second sense (`"state"` the noun,
/// `"grave"` the tomb, `"offensive"` the adjective, `"House"` of a name), and no function words,
/// which already weigh little.
#[rustfmt::skip]
const GROUPS: &[&[&str]] = &[
    // Reporting verbs beyond "said": translations and rewrites rotate them freely.
    &["declare", "announce", "affirm", "assert", "insist"],
    &["warn", "caution"],
    &["condemn", "denounce"],
    &["reveal", "disclose"],
    &["reject", "refuse"],
    &["approve", "endorse"],
    &["ban", "prohibit", "forbid", "outlaw"],
    &["allow", "permit"],
    &["begin", "start", "commence"],
    &["try", "attempt"],
    &["help", "aid", "assist", "assistance"],
    &["need", "require"],
    &["buy", "purchase"],
    &["send", "dispatch", "deploy"],
    &["expand", "widen", "broaden"],
    &["increase", "rise"],
    &["decrease", "reduce"],
    &["investigate", "probe", "inquiry", "investigation"],
    // War and violence.
    &["injure", "wound", "hurt"],
    &["kill", "slay"],
    &["die", "perish"],
    &["attack", "assault", "raid"],
    &["fight", "battle", "combat"],
    &["capture", "seize"],
    &["soldier", "troop", "serviceman"],
    &["army", "military"],
    &["weapon", "armament"],
    &["missile", "rocket"],
    &["bomb", "explosive", "blast"],
    &["ceasefire", "truce"],
    &["war", "conflict"],
    &["invasion", "incursion"],
    &["border", "frontier"],
    &["supervisor", "overseer"],
    &["dictatorship", "regime"],
    // Institutions, people and things.
    &["spokesman", "spokeswoman", "spokesperson"],
    &["talks", "negotiations"],
    &["agreement", "deal", "accord", "pact", "treaty"],
    &["vote", "ballot"],
    &["lawyer", "solicitor", "attorney", "barrister"],
    &["doctor", "physician"],
    &["company", "firm", "corporation"],
    &["worker", "employee"],
    &["cash", "money"],
    &["car", "vehicle", "automobile"],
    &["country", "nation"],
    &["region", "area", "zone"],
    &["jail", "prison", "imprison"],
    &["evidence", "proof"],
    &["expert", "specialist"],
    &["examine", "inspect"],
    &["arrest", "detain", "detention"],
    &["vanish", "disappear"],
    &["build", "construct"],
    &["fatal", "deadly", "lethal"],
    &["illness", "disease", "sickness"],
    &["pledge", "vow", "promise"],
    &["plan", "scheme"],
    &["child", "kid"],
    &["resign", "quit"],
    // Two names of one country: a rewrite swaps them at will.
    &["britain", "uk"],
    // British and American words for one thing.
    &["film", "movie"],
    &["lorry", "truck"],
    &["holiday", "vacation"],
    &["petrol", "gasoline"],
    &["pavement", "sidewalk"],
    &["motorway", "highway"],
    &["madness", "insanity", "folly"],
    // Degree and manner.
    &["large", "big", "huge", "massive"],
    &["small", "tiny"],
    &["significant", "important", "considerable"],
    &["serious", "severe"],
    &["quick", "rapid", "swift"],
    // An irregular plural, which the stemmer leaves apart: "in mice" is "in a mouse model".
    &["mouse", "mice"],
    &["around", "approximately", "roughly"],
];

/// The stem of every word in `GROUPS`, mapped to its group's index, built once per process.
fn stems() -> &'static FxHashMap<String, u32> {
    static STEMS: OnceLock<FxHashMap<String, u32>> = OnceLock::new();
    STEMS.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut stems = FxHashMap::default();
        for (group, words) in GROUPS.iter().enumerate() {
            for word in *words {
                // Spelt as the articles' words are keyed: "promise" is keyed as "promize".
                let mut spelt = (*word).to_string();
                super::variants::spell_american(&mut spelt);
                stems.insert(stemmer.stem(&spelt).into_owned(), group as u32);
            }
        }
        stems
    })
}

/// For every key, the key that stands for its meaning: the first key of its synonym group seen
/// in either article, or the key itself.
///
/// With keys `["wound", "dam", "injur"]` -> `[0, 1, 0]`.
pub(super) fn senses(words: &[String]) -> Vec<u32> {
    let stems = stems();
    let mut first: FxHashMap<u32, u32> = FxHashMap::default();
    words
        .iter()
        .enumerate()
        .map(|(key, word)| match stems.get(word.as_str()) {
            Some(&group) => *first.entry(group).or_insert(key as u32),
            None => key as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{english_kind_of, normalize, KeyKind};
    use crate::segment::segment;

    /// The senses of every word of a one-sentence text, in order.
    fn senses_of(text: &str) -> Vec<u32> {
        let tokens = normalize(text, &segment(text), "", &[]);
        tokens.source[0]
            .iter()
            .map(|t| tokens.sense(t.key))
            .collect()
    }

    #[test]
    fn synonyms_share_a_sense_in_any_inflection() {
        let cases = [
            ("wounded injured hurt", true),
            ("wounds injuring", true),
            ("army military", true),
            ("Spokesman spokeswoman", true),
            ("seriously severely", true),
            ("jailed imprisoned", true),
            ("experts specialists", true),
            ("examined inspecting", true),
            ("lorries trucks", true),
            ("holidays vacation", true),
            ("promised pledges vowed", true),
            ("arrested detained", true),
            ("wounded killed", false),
            ("army navy", false),
            ("dam bridge", false),
        ];
        for (text, same) in cases {
            let senses = senses_of(text);
            assert_eq!(senses.windows(2).all(|w| w[0] == w[1]), same, "{text:?}");
        }
    }

    #[test]
    fn a_word_without_synonyms_stands_for_itself() {
        let text = "The dam held.";
        let tokens = normalize(text, &segment(text), "", &[]);
        for t in &tokens.source[0] {
            assert_eq!(tokens.sense(t.key), t.key);
        }
    }

    /// A word in two groups would join meanings the table keeps apart, and a function word
    /// would give weightless words a say they do not have.
    #[test]
    fn every_word_is_in_one_group_and_none_is_a_function_word() {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut seen: FxHashMap<String, usize> = FxHashMap::default();
        for (group, words) in GROUPS.iter().enumerate() {
            assert!(words.len() >= 2, "{words:?}");
            for word in *words {
                assert_eq!(english_kind_of(word), KeyKind::Content, "{word}");
                let stem = stemmer.stem(word).into_owned();
                if let Some(other) = seen.insert(stem.clone(), group) {
                    assert_eq!(other, group, "{word} ({stem}) is in two groups");
                }
            }
        }
    }
}

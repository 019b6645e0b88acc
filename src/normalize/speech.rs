//! Words about who says what: pronouns and unnamed speakers that stand for a person, the groups
//! of people a claim is credited to without a name, and the verbs that report speech.

use super::keys::Interner;
use super::Token;

/// Words that open where or when words were said, after the verb that reports them: `"said at
/// an afternoon news conference"`, `"told supporters at the count"`, `"said outside the High
/// Court"`, `"said in a statement on Friday"`. Such a phrase tells the occasion, not what was
/// said, so a quote copied whole under it stays a copy.
pub(super) const SETTINGS: &[&str] = &["at", "outside", "in", "on", "during", "after", "inside"];

/// Pronouns that stand for someone or something the article has named: a kept quotation that
/// the source gives to `"he"` and the target to a full name the source never mentions is given
/// to somebody else, and `"Penhallow Point Lighthouse was designed..."` for `"It was
/// designed..."` spells out what `"it"` stands for, as a company's name does for `"It said"`.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "it", "they"];

/// The words a speaker says of themselves and of whom they speak to, which reported speech turns
/// into `"he"`, `"she"` or `"they"`: `"told him he had caused misery"` reports `"told Kell: \"You
/// caused misery\""`.
pub(super) const SPEAKER_PERSONS: &[&str] = &["i", "me", "my", "we", "us", "our", "you", "your"];

/// The possessives among [`SPEAKER_PERSONS`]: a story drops `"Our"` from `"Our volunteers gave
/// 31,400 hours"` as a copy-editor drops any word, where dropping `"we"` recasts the sentence.
pub(super) const POSSESSIVE_PERSONS: &[&str] = &["my", "our", "your"];

/// Words that give a speaker without a name: a kept quotation that the source gives to `"a
/// spokesman"` and the target to a full name the source never mentions (`"Health minister
/// Karen Holt said"`) is put in a named mouth the source never chose.
pub(super) const UNNAMED_SPEAKERS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "source",
    "insider",
    "aide",
];

/// Words that tell of a person without a name, as police and courts leave a suspect or a
/// victim unnamed: `"Liam Kershaw, 19,"` for `"A 19-year-old man"` names someone the source
/// never named.
pub(super) const UNNAMED_PERSONS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "youth",
    "person",
    "pensioner",
];

/// People a claim is credited to without a name, in groups that speak with one standing:
/// `"Witnesses said"` for `"Police said"` gives the claim to other people, and so does `"Police
/// estimate"` for `"Organisers said"` of a crowd, while `"Officers said"` or `"Neighbours
/// said"` for `"Residents said"` does not, and `"his agent said"` for
/// `"his solicitor said"` gives it to someone else. Listed by stem's word, as written in the
/// plural a report uses.
pub(super) const SPEAKER_GROUPS: &[(&str, i8)] = &[
    ("police", 0),
    ("officers", 0),
    ("detectives", 0),
    ("witnesses", 1),
    ("eyewitnesses", 1),
    ("residents", 1),
    ("neighbours", 1),
    ("locals", 1),
    ("onlookers", 1),
    ("bystanders", 1),
    ("villagers", 1),
    ("doctors", 2),
    ("medics", 2),
    ("paramedics", 2),
    ("surgeons", 2),
    ("nurses", 2),
    ("firefighters", 3),
    ("firemen", 3),
    ("prosecutors", 4),
    ("experts", 5),
    ("scientists", 5),
    ("researchers", 5),
    ("analysts", 5),
    ("campaigners", 6),
    ("activists", 6),
    ("protesters", 6),
    ("family", 7),
    ("relatives", 7),
    ("friends", 8),
    ("lawyers", 9),
    ("solicitors", 9),
    ("attorneys", 9),
    ("agents", 10),
    ("publicists", 10),
    ("organisers", 11),
    ("organizers", 11),
];

/// Words that report speech: a claim kept word for word is credited to the name beside one
/// (`"Peter Osei told the court the bakery had been losing money"`), while a name beside none
/// is what the claim is about (`"Other acts signed up are Dana Vell, ..."`). Words that more
/// often say something else stay out: `"recalled"` shares its stem with a product recall, and
/// `"admitted"` is as often to hospital or to charges as of words.
pub(super) const REPORTS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "claimed",
    "insisted",
    "stated",
    "according",
    "explained",
    "testified",
    "argued",
    "alleged",
    "warned",
    "reports",
    "reported",
    "wrote",
    "writes",
    "continued",
    "replied",
    "declared",
    "confirmed",
    "estimate",
    "estimates",
];

/// Reads a `"could"` right before a negation as `"can"`: `"could not"` says what someone was
/// unable to do, the past of `"cannot"`, and hedges nothing. Reported speech shifts `"We cannot
/// confirm"` to `"said it could not confirm"`, and a later story shifts it back (`"says it
/// cannot confirm"`): the same claim, which `"could"` read as a hedge would turn. `"could
/// close"` stays a hedge.
// Not inlined, and no word interned: either cost the page's wasm 1 KB gzipped.
#[inline(never)]
pub(super) fn read_could_not_as_cannot(side: &mut [Vec<Token>], interner: &Interner) {
    // Only where either article writes "can" ("cannot", "can't"), whose key it takes in its
    // stem's form, without interning a word: where neither does, no "can" is there to match.
    let (Some(could), Some(not), Some(can)) = (
        interner.key_of("could"),
        interner.key_of("not"),
        interner.key_of("can"),
    ) else {
        return;
    };
    for sentence in side {
        for at in 1..sentence.len() {
            if sentence[at - 1].key == could && sentence[at].key == not {
                sentence[at - 1].key = can;
                sentence[at - 1].form = 0;
            }
        }
    }
}

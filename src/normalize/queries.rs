//! What `Tokens` answers about a key or a word: its weight, its kind, and the small word lists
//! (negations, hedges, speakers, dates) the classifier asks about.

use super::{KeyKind, Token, Tokens};

impl Tokens {
    /// The weight of a key.
    pub fn weight(&self, key: u32) -> f32 {
        self.weights.get(key as usize).copied().unwrap_or(0.0)
    }

    /// The key that stands for a key's meaning: the same for synonyms.
    pub fn sense(&self, key: u32) -> u32 {
        self.senses.get(key as usize).copied().unwrap_or(key)
    }

    /// The kind of a key.
    pub fn kind(&self, key: u32) -> KeyKind {
        self.kinds
            .get(key as usize)
            .copied()
            .unwrap_or(KeyKind::Noise)
    }

    /// The keys of the name an acronym key stands for, when either article spells it out.
    ///
    /// `"CRE"` -> the keys of `"Commission"`, `"Racial"` and `"Equality"`.
    pub fn expansion(&self, key: u32) -> Option<&[u32]> {
        self.acronyms
            .binary_search_by_key(&key, |(acronym, _)| *acronym)
            .ok()
            .map(|i| self.acronyms[i].1.as_slice())
    }

    /// Whether a key negates what its sentence says: `"not"`, `"n't"`, `"never"` and `"nothing"`
    /// do.
    pub fn is_negation(&self, key: u32) -> bool {
        self.negations.binary_search(&key).is_ok()
    }

    /// Whether `words[at]` gives what follows as a finding: `"found"` in `"The tribunal found
    /// that the firm had failed"`, but not in `"Police found a knife"`.
    pub fn is_finding_at(&self, words: &[Token], at: usize) -> bool {
        self.findings.binary_search(&words[at].key).is_ok()
            && words.get(at + 1).is_some_and(|w| Some(w.key) == self.that)
    }

    /// Whether a key refuses what follows it: `"refused"` in `"was refused bail"`.
    pub fn is_refusal(&self, key: u32) -> bool {
        self.refusals.binary_search(&key).is_ok()
    }

    /// Whether a word hedges the claim after it: `"may"` in `"may slow"` and `"allegedly"` in
    /// `"allegedly stole"` do; `"May"` the month (a name), `"allegations"` and `"like"` do not.
    pub fn is_hedge(&self, token: &Token) -> bool {
        // Two dozen at most, scanned: sorting pairs would cost the wasm 4 KB.
        !token.proper && self.hedges.contains(&(token.key, token.form))
    }

    /// Whether a word makes the claim beside it someone's belief: `"believe"` in `"Police
    /// believe the fire was started deliberately"`, `"claims"` in `", the company claims"`.
    pub fn is_belief(&self, token: &Token) -> bool {
        self.beliefs.contains(&(token.key, token.form))
    }

    /// Whether `words[at]` says what a study's finding was made in, short of people, after
    /// `"in"` within two words: `"in mice"`, `"in laboratory rats"`, but not `"the RSPCA animal
    /// centre"`.
    pub fn is_subject_at(&self, words: &[Token], at: usize) -> bool {
        self.subjects.binary_search(&words[at].key).is_ok()
            && words[at.saturating_sub(2)..at]
                .iter()
                .any(|w| Some(w.key) == self.among)
    }

    /// Whether a key is a verb that says someone means a thing to happen: `"plans"`,
    /// `"hoping"`, `"aims"`.
    pub fn is_intent(&self, key: u32) -> bool {
        self.intents.binary_search(&key).is_ok()
    }

    /// Whether a key is a verb that says a plan was decided: `"agreed"`, `"voted"`.
    pub fn is_decision(&self, key: u32) -> bool {
        self.decisions.binary_search(&key).is_ok()
    }

    /// Whether a key is a title or rank written before a person's name: `"Dr"`, `"Sergeant"`.
    pub fn is_title(&self, key: u32) -> bool {
        self.titles.binary_search(&key).is_ok()
    }

    /// Whether two keys say the opposite of each other: `"rose"` and `"fell"`, `"won"` and
    /// `"lost"`.
    pub fn are_opposite(&self, a: u32, b: u32) -> bool {
        let (a, b) = (self.sense(a), self.sense(b));
        self.opposites.contains(&(a, b)) || self.opposites.contains(&(b, a))
    }

    /// Whether two keys are two steps of one course: `"arrested"` and `"charged"`, `"injured"`
    /// and `"killed"`.
    pub fn are_stages(&self, a: u32, b: u32) -> bool {
        self.stages.contains(&(a, b)) || self.stages.contains(&(b, a))
    }

    /// Whether a key names a day of the week: `"Tuesday"`, not `"March"`.
    pub fn is_weekday(&self, key: u32) -> bool {
        self.weekdays.binary_search(&key).is_ok()
    }

    /// Whether a key is a pronoun that stands for a named person: `"he"`, `"she"`, `"they"`.
    pub fn is_pronoun(&self, key: u32) -> bool {
        self.pronouns.binary_search(&key).is_ok()
    }

    /// Which group of people a claim is credited to a key names: `"police"` and `"officers"` one,
    /// `"witnesses"` and `"residents"` another; none for other words.
    pub fn speaker_group(&self, key: u32) -> Option<i8> {
        value_in(&self.speaker_groups, key)
    }

    /// What a figure after a key is of a change: 0 its size (`"by"`), 1 the level it ends at
    /// (`"to"`), 2 the one it starts from (`"from"`); none for other words.
    pub fn figure_role(&self, key: u32) -> Option<i8> {
        value_in(&self.figure_roles, key)
    }

    /// Whether a key tells of a person without a name: `"man"`, `"teenager"`.
    pub fn is_unnamed_person(&self, key: u32) -> bool {
        self.unnamed_persons.binary_search(&key).is_ok()
    }

    /// Whether a key gives a speaker without a name: `"spokesman"`, `"officials"`.
    pub fn is_unnamed_speaker(&self, key: u32) -> bool {
        self.unnamed_speakers.binary_search(&key).is_ok()
    }

    /// Whether a key reports speech: `"said"`, `"told"`, `"according"`.
    pub fn is_report(&self, key: u32) -> bool {
        self.reports.binary_search(&key).is_ok()
    }

    /// Whether a key names a month or a day of the week.
    pub fn is_date(&self, key: u32) -> bool {
        self.dates.binary_search(&key).is_ok()
    }

    /// Whether a key says something: a content word or a number, not a stop word or noise.
    ///
    /// `"harbour"` and `"12"` do; `"the"`, `"said"` and the stray `"n"` of `"Korea n"` do not.
    pub fn is_content(&self, key: u32) -> bool {
        matches!(self.kind(key), KeyKind::Content | KeyKind::Number)
    }
}

/// The value that a table of keys gives `key`. A few dozen rows at most: a scan, and no sort code
/// in the page's wasm.
pub(super) fn value_in(table: &[(u32, i8)], key: u32) -> Option<i8> {
    table
        .iter()
        .find(|&&(k, _)| k == key)
        .map(|&(_, value)| value)
}

//! The tables' words as keys: which of the articles' keys are dates, units, hedges, figures and
//! the rest, so that a stage asks a sorted list rather than spelling words again.

use super::calendar::{DATES, DAYS_FROM_NOW, DAY_PARTS, MONTH_MAY, PERIODS, RELATIVES, SECOND};
use super::figure_words::{
    APPROXIMATORS, CEILINGS, CURRENCIES, FIGURE_ROLES, FLOORS, FLOOR_WORDS, MEASURES, QUALIFIERS,
    RATE_WORDS, TRAILERS,
};
use super::figures::{self, MAGNITUDES, MULTIPLES, PARTS};
use super::keys::Interner;
use super::speech::{
    POSSESSIVE_PERSONS, PRONOUNS, REPORTS, SETTINGS, SPEAKER_GROUPS, SPEAKER_PERSONS,
    UNNAMED_PERSONS, UNNAMED_SPEAKERS,
};
use super::tables::{
    AGENT, APPEALS, ASKING, BE, BELIEFS, COLOURS, CONDITIONS, DECISIONS, EXPLAINERS, FINDINGS,
    FORMERS, FUTURES, HEDGES, INTENTS, IRREGULAR_PASTS, NEGATING_PREFIXES, NEGATIONS, OPPOSITES,
    PARTLY, PASSIVE_HEDGES, PAST_BE, PAST_FORMS, PERFECTS, PLANS, REFUSALS, SOFTENERS, STAGES,
    SUBJECTS, TITLES, UNCHANGED_PASTS, UNTIL, WAITS,
};
use super::{KeyKind, Tokens, TIME};

/// Fills `tokens`' tables with the keys of the tables' words that either article has, each key
/// as `merged` maps it: `"June"` among the dates, `"mile"` among the units with its size.
pub(super) fn look_up_tables(tokens: &mut Tokens, interner: &mut Interner, merged: &[u32]) {
    let language = tokens.language;
    // The keys of a table's words that either article has, sorted; the words as written, or
    // as their stems are spelt.
    let keys_of = |words: &[&str], interner: &mut Interner, stems: bool| -> Vec<u32> {
        let mut keys: Vec<u32> = words
            .iter()
            .filter_map(|word| {
                if stems {
                    interner.key_of(word)
                } else {
                    interner.key_of_word(word)
                }
            })
            .map(|key| merged[key as usize])
            .collect();
        keys.sort_unstable();
        keys
    };
    let lookup = |words: &[&str], interner: &mut Interner| keys_of(words, interner, false);
    // English negations are listed by stem; another language's as written.
    tokens.negations = match language.negations() {
        Some(words) => lookup(words, interner),
        None => keys_of(NEGATIONS, interner, true),
    };
    tokens.dates = lookup(DATES, interner);
    // The month with a capital has a key of its own, apart from the verb "may".
    if let Some(month) = interner.key_of(MONTH_MAY) {
        tokens.dates.push(merged[month as usize]);
        tokens.dates.sort_unstable();
    }
    // The keys and forms of a table's words that either article has, as written.
    let by_form = |words: &[&str], interner: &mut Interner| -> Vec<(u32, u32)> {
        words
            .iter()
            .filter_map(|word| interner.word_of(word))
            .map(|(key, form)| (merged[key as usize], form))
            .collect()
    };
    tokens.hedges = by_form(HEDGES, interner);
    // The passive verbs of knowing marked as hedges, with the one form they were given.
    for marked in PASSIVE_HEDGES {
        if let Some(key) = interner.key_of(marked) {
            tokens.hedges.push((merged[key as usize], 0));
        }
    }
    tokens.beliefs = by_form(BELIEFS, interner);
    // Weekdays follow the twelve months in DATES: "on Tuesday" for "on 12 March" says when in
    // another way, not another date.
    tokens.weekdays = lookup(&DATES[12..], interner);
    tokens.days_from_now = lookup(DAYS_FROM_NOW, interner);
    tokens.periods = lookup(PERIODS, interner);
    tokens.second = interner.key_of_word(SECOND).map(|key| merged[key as usize]);
    for (pairs, found) in [
        (RELATIVES, &mut tokens.relatives),
        (DAY_PARTS, &mut tokens.day_parts),
        (SPEAKER_GROUPS, &mut tokens.speaker_groups),
        (FIGURE_ROLES, &mut tokens.figure_roles),
        (CURRENCIES, &mut tokens.currencies),
    ] {
        found.extend(pairs.iter().filter_map(|&(word, place)| {
            Some((merged[interner.key_of_word(word)? as usize], place))
        }));
    }
    tokens.measures = MEASURES
        .iter()
        .filter_map(|&(word, what, size)| {
            Some((merged[interner.key_of_word(word)? as usize], what, size))
        })
        .collect();
    // A rate word's stem may be its unit's ("monthly", "month"), so it is known by its form.
    let names: Vec<&str> = RATE_WORDS.iter().map(|&(word, _)| word).collect();
    tokens.rate_words = by_form(&names, interner);
    tokens.rate_units = RATE_WORDS
        .iter()
        .filter_map(|&(word, size)| {
            Some((merged[interner.key_of_word(word)? as usize], TIME, size))
        })
        .collect();
    tokens.approximators = lookup(APPROXIMATORS, interner);
    for &(one, other, side) in QUALIFIERS {
        if let (Some(a), Some(b)) = (interner.key_of_word(one), interner.key_of_word(other)) {
            tokens
                .qualifiers
                .push((merged[a as usize], merged[b as usize], side));
        }
    }
    tokens.subjects = keys_of(SUBJECTS, interner, true);
    tokens.conditions = lookup(CONDITIONS, interner);
    tokens.waits = lookup(WAITS, interner);
    tokens.until = lookup(UNTIL, interner);
    tokens.asking = keys_of(ASKING, interner, true);
    tokens.refusals = keys_of(REFUSALS, interner, true);
    tokens.findings = keys_of(FINDINGS, interner, true);
    tokens.that = interner.key_of_word("that").map(|key| merged[key as usize]);
    tokens.some = interner.key_of_word("some").map(|key| merged[key as usize]);
    tokens.partly = lookup(PARTLY, interner);
    tokens.part = interner.key_of_word("part").map(|key| merged[key as usize]);
    tokens.trailers = lookup(TRAILERS, interner);
    tokens.floors = lookup(FLOORS, interner);
    tokens.floor_words = lookup(&[FLOORS, FLOOR_WORDS].concat(), interner);
    tokens.ceilings = lookup(CEILINGS, interner);
    tokens.titles = lookup(TITLES, interner);
    tokens.pronouns = lookup(PRONOUNS, interner);
    tokens.speaker_persons = lookup(SPEAKER_PERSONS, interner);
    tokens.possessive_persons = lookup(POSSESSIVE_PERSONS, interner);
    tokens.unnamed_speakers = lookup(UNNAMED_SPEAKERS, interner);
    tokens.unnamed_persons = lookup(UNNAMED_PERSONS, interner);
    tokens.reports = lookup(&[REPORTS, language.reports()].concat(), interner);
    tokens.formers = lookup(FORMERS, interner);
    tokens.settings = lookup(SETTINGS, interner);
    tokens.explainers = lookup(EXPLAINERS, interner);
    tokens.futures = lookup(FUTURES, interner);
    tokens.headline_future = interner.key_of_word("to").map(|key| merged[key as usize]);
    tokens.will = interner.key_of_word("will").map(|key| merged[key as usize]);
    tokens.would = interner
        .key_of_word("would")
        .map(|key| merged[key as usize]);
    tokens.appeals = lookup(APPEALS, interner);
    tokens.softeners = lookup(SOFTENERS, interner);
    tokens.time_sides = [
        interner
            .key_of_word("before")
            .map(|key| merged[key as usize]),
        interner
            .key_of_word("after")
            .map(|key| merged[key as usize]),
    ];
    tokens.for_comment = [
        interner.key_of_word("for").map(|key| merged[key as usize]),
        interner.key_of("comment").map(|key| merged[key as usize]),
    ];
    tokens.plans = lookup(PLANS, interner);
    tokens.intents = keys_of(INTENTS, interner, true);
    tokens.decisions = keys_of(DECISIONS, interner, true);
    tokens.be = interner.key_of_word(BE).map(|key| merged[key as usize]);
    tokens.minus = interner
        .key_of_word("minus")
        .map(|key| merged[key as usize]);
    // `"£2m each year"` and `"every day"` divide as `"£2m a year"` does.
    tokens.rates = lookup(&["per", "a", "an", "each", "every"], interner);
    let key_of = |word: &str| interner.key_of(word).map(|key| merged[key as usize]);
    tokens.parts = figures::factors(PARTS, key_of);
    tokens.multiples = figures::factors(MULTIPLES, key_of);
    tokens.magnitudes = figures::factors(MAGNITUDES, key_of);
    tokens.percent = interner.key_of_word("cent").map(|key| merged[key as usize]);
    tokens.points = interner
        .key_of_word("points")
        .map(|key| merged[key as usize]);
    tokens.ones = lookup(&["a", "an", "one"], interner);
    tokens.among = interner.key_of_word("in").map(|key| merged[key as usize]);
    tokens.agent = interner.key_of_word(AGENT).map(|key| merged[key as usize]);
    tokens.of = interner.key_of_word("of").map(|key| merged[key as usize]);
    tokens.past_be = lookup(PAST_BE, interner);
    tokens.unchanged_pasts = lookup(UNCHANGED_PASTS, interner);
    tokens.perfects = lookup(PERFECTS, interner);
    // A hundred pairs, few of them in any pair of articles: only a past written as listed is
    // stemmed (stemming them all cost a 5 KB comparison 4 % more instructions).
    for (past, base) in IRREGULAR_PASTS
        .split_whitespace()
        .filter_map(|p| p.split_once(':'))
    {
        if !interner.writes(past) {
            continue;
        }
        if let (Some(p), Some(b)) = (interner.key_of_word(past), interner.key_of_word(base)) {
            tokens
                .irregular_pasts
                .push((merged[p as usize], merged[b as usize]));
        }
    }
    tokens.past_forms = PAST_FORMS
        .iter()
        .filter_map(|inflection| interner.form_of(inflection))
        .collect();
    // A few dozen pairs at most, scanned in place: sorting pairs would cost the wasm 3 KB.
    for (pairs, found) in [
        (OPPOSITES, &mut tokens.opposites),
        (STAGES, &mut tokens.stages),
    ] {
        for (one, other) in pairs {
            if let (Some(a), Some(b)) = (interner.key_of_word(one), interner.key_of_word(other)) {
                found.push((merged[a as usize], merged[b as usize]));
            }
        }
    }
    // A word and the same word with a negating prefix, both in the articles, are opposites:
    // "unrealistic" and "realistic", "dishonest" and "honest", "unemployment" and "employment".
    for (negated, positive) in interner.negated_pairs(NEGATING_PREFIXES) {
        tokens
            .opposites
            .push((merged[negated as usize], merged[positive as usize]));
    }
    // Any two colours either article has are opposites: a few keys, so a few pairs.
    let mut colours = Vec::new();
    for colour in COLOURS {
        if let Some(key) = interner.key_of_word(colour) {
            colours.push(merged[key as usize]);
        }
    }
    for (i, &one) in colours.iter().enumerate() {
        for &other in &colours[i + 1..] {
            if one != other {
                tokens.opposites.push((one, other));
            }
        }
    }
    // Numbers never merge with other keys, so a number's key is its own.
    tokens.values = (0..interner.words.len())
        .map(|k| match interner.kinds[k] {
            KeyKind::Number if merged[k] as usize == k => {
                figures::value_of(&interner.words[k]).unwrap_or(f64::NAN)
            }
            _ => f64::NAN,
        })
        .collect();
    tokens.ordinals = (0..interner.words.len())
        .filter(|&k| interner.kinds[k] == KeyKind::Number && merged[k] as usize == k)
        .filter(|&k| figures::is_ordinal(&interner.words[k]))
        .map(|k| k as u32)
        .collect();
    tokens.ranges = (0..interner.words.len())
        .filter(|&k| interner.kinds[k] == KeyKind::Number && merged[k] as usize == k)
        .filter_map(|k| Some((k as u32, figures::range_of(&interner.words[k])?)))
        .collect();
}

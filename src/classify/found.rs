//! Found words: which words of a target sentence its counterpart has, whether they say more
//! than the event's common vocabulary, and how much of each merged source sentence is kept.

use std::cell::OnceCell;

use similar::DiffOp;

use super::quotes::quotes_a_run;
use super::rounding::{rounds, GivenFigures};
use super::Alignment;
use crate::normalize::{KeyKind, Token, Tokens};

/// Whether the shared words say more than the event's common vocabulary.
///
/// `"North Korea sent more troops to Russia."` against a wire story that names North Korea and
/// Russia in every paragraph shares only common words: not distinctive. Two shared uncommon
/// content words, or one inside a verbatim run of three words, are; a synonym counts as shared
/// (`"army"` for `"military"`).
pub(super) fn distinctive(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    found: &[bool],
) -> bool {
    let shared = shared_uncommon(tokens, sentence, found);
    let long_run = alignment
        .ops
        .iter()
        .any(|op| matches!(*op, DiffOp::Equal { len, .. } if len >= 3));
    // A translation keeps few words of any sentence: one name or cognate is its anchor.
    shared >= 2 || (shared == 1 && (long_run || tokens.translation.is_some()))
}

/// Per word of the sentence, whether its sense occurs anywhere in the aligned source words, or
/// it rounds one of their figures (`"21 weeks"` for `"21.4 weeks"`).
///
/// `given` are the counterpart's [`given_figures`](super::rounding::given_figures), which the
/// caller has already.
pub(super) fn found_in_source(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    given: &GivenFigures,
) -> Vec<bool> {
    let sense = |t: &Token| tokens.sense(t.key);
    // Not a dateline's words: `"..., Meridian Press reported."` credits the agency anew where
    // the source named it only in `"HALVORSUND (Meridian Press) - "`.
    let mut source_senses: Vec<u32> = alignment
        .source
        .iter()
        .filter(|&&(s, i)| tokens.datelines.get(s).is_none_or(|&words| i >= words))
        .map(|&(s, i)| sense(&tokens.source[s][i]))
        .collect();
    source_senses.sort_unstable();
    sentence
        .iter()
        .enumerate()
        .map(|(k, t)| {
            source_senses.binary_search(&sense(t)).is_ok() || rounds(tokens, sentence, k, given)
        })
        .collect()
}

/// How many distinct uncommon content words (by sense) of `words` are `found` in the source.
pub(super) fn shared_uncommon(tokens: &Tokens, words: &[Token], found: &[bool]) -> usize {
    let mut shared: Vec<u32> = words
        .iter()
        .zip(found)
        .filter(|&(_, &found)| found)
        .map(|(t, _)| tokens.sense(t.key))
        .filter(|&k| tokens.is_content(k) && !tokens.is_common(k))
        .collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// The most content words a merge may cut from inside the part it keeps of one source sentence
/// and still join the sentences as written: a copy-editor drops a word (`"today"`), a rewrite
/// cuts phrases.
const CUT_INSIDE_MAX: usize = 1;

/// Whether a sentence merged from several source sentences rewords them rather than joining
/// them as written: no source sentence of the group keeps four in five of its content words in
/// order, or one of two or more that it takes words from is cut inside the part it keeps.
///
/// `"Kell, 31, of Marsh Lane, targeted houses ..., stealing jewellery, laptops and cash worth
/// £38,000."` from `"Kell, 31, of Marsh Lane, Fenwick, targeted houses ..., Fenwick Crown Court
/// heard."` and `"He stole jewellery, laptops and cash worth a total of £38,000, most of which
/// has never been recovered."` is stitched, a rewording however many words it keeps, and so is
/// `"Cole, 39, has been charged with her murder and is due before Redmarsh magistrates on
/// Tuesday."` from `"... charged with her murder."` and `"He is due to appear before Redmarsh
/// Magistrates' Court on Tuesday."`. A sentence copied whole with its attribution from the
/// sentence before is not, nor one with a clause taken whole from the next.
pub(super) fn stitched(tokens: &Tokens, alignment: &Alignment) -> bool {
    let mut kept = vec![false; alignment.source.len()];
    for op in &alignment.ops {
        if let DiffOp::Equal { old_index, len, .. } = *op {
            kept[old_index..old_index + len].fill(true);
        }
    }
    // Per source sentence of the group, in order, one pass by hand (the page pays for every
    // iterator chain): its content words, those kept, and those cut between kept ones.
    let (mut sentences, mut all_partial, mut parts, mut cut_part) = (0, true, 0, false);
    let mut j = 0;
    while j < alignment.source.len() {
        let s = alignment.source[j].0;
        let (mut all, mut taken, mut cut, mut gap) = (0, 0, 0, 0);
        while j < alignment.source.len() && alignment.source[j].0 == s {
            if tokens.is_content(alignment.words[j].key) {
                all += 1;
                if kept[j] {
                    taken += 1;
                    cut += gap;
                    gap = 0;
                } else if taken > 0 {
                    gap += 1;
                }
            }
            j += 1;
        }
        sentences += 1;
        all_partial &= 5 * taken < 4 * all;
        parts += usize::from(taken > 0);
        cut_part |= cut > CUT_INSIDE_MAX;
    }
    sentences >= 2 && (all_partial || parts >= 2 && cut_part)
}

/// The fewest content words besides a figure that a source sentence elsewhere shares with a
/// target sentence for [`figures_given_elsewhere`] to read the figure as that sentence's.
const ELSEWHERE_SHARED_MIN: usize = 2;

/// Whether every figure of a sentence that its counterpart (`alignment`) lacks is given by
/// another source sentence about the same thing: one that has the figure's value, followed by
/// the same word (`"per cent"`, `"seats"`), names nothing the sentence does not, and shares at
/// least [`ELSEWHERE_SHARED_MIN`] other content words with it. A results story that
/// puts the second bulletin's `"59.4 per cent"` into the first bulletin's `"Turnout was 58.2 per
/// cent in the constituencies declared so far"` takes the figure from `"Turnout in the declared
/// constituencies stands at 59.4 per cent"`: the source's fact, no other one. A figure found
/// only in a sentence about something else (`"15 miles"` for the `"15"` of a toll, or `"45 per
/// cent in Brill"` for `"45 per cent in Ashby"`) is not.
// Not inlined, plain loops, nothing allocated: the page's wasm pays for each.
#[inline(never)]
pub(super) fn figures_given_elsewhere(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    places: &FigurePlaces,
) -> bool {
    let mut any = false;
    for k in 0..sentence.len() {
        let Some(value) = tokens.value_at(sentence, k) else {
            continue;
        };
        let next = sentence.get(k + 1).map(|w| w.key);
        let words = &alignment.words;
        if (0..words.len()).any(|i| {
            tokens.value_at(words, i) == Some(value) && words.get(i + 1).map(|w| w.key) == next
        }) {
            continue;
        }
        any = true;
        let mut given = false;
        for s in places.sentences(tokens, value, next) {
            let words = &tokens.source[s];
            // A name the sentence lacks puts the figure on something else: `"Turnout was 45
            // per cent in Ashby"` takes no figure from `"Turnout was 45 per cent in Brill"`.
            if alignment.source.iter().any(|&(g, _)| g == s)
                || words
                    .iter()
                    .any(|w| tokens.is_name(w) && !sentence.iter().any(|t| t.key == w.key))
            {
                continue;
            }
            // Distinct content words of the sentence, other than figures, that this one has.
            let mut shared = 0;
            for (j, t) in sentence.iter().enumerate() {
                let sense = tokens.sense(t.key);
                let counts = tokens.is_content(t.key)
                    && tokens.value_at(sentence, j).is_none()
                    && !sentence[..j].iter().any(|u| tokens.sense(u.key) == sense)
                    && words.iter().any(|w| tokens.sense(w.key) == sense);
                shared += usize::from(counts);
            }
            if shared >= ELSEWHERE_SHARED_MIN {
                given = true;
                break;
            }
        }
        if !given {
            return false;
        }
    }
    any
}

/// Where the source gives each figure, so that [`figures_given_elsewhere`] reads the source's
/// figures, a few per sentence, instead of every word of every sentence: the value's bits, the
/// key of the word after it (`u32::MAX` at a sentence's end) and the sentence, in order. Listed
/// on the first changed figure, since most comparisons have none. Not sorted: a sort of its own
/// cost the page's wasm 3 KB gzipped.
#[derive(Default)]
pub(super) struct FigurePlaces(OnceCell<Vec<(u64, u32, usize)>>);

impl FigurePlaces {
    /// The first source sentence that gives `value`, whatever word follows it.
    pub(super) fn first_giving(&self, tokens: &Tokens, value: f64) -> Option<usize> {
        let bits = value.to_bits();
        for &(v, _, s) in self.places(tokens) {
            if v == bits {
                return Some(s);
            }
        }
        None
    }

    /// The first source sentence that gives a figure which the one at `sentence[k]` rounds, as
    /// its words say or unsaid (see [`rounds`]): `"some 263,000"` for `"263,400"`.
    pub(super) fn first_rounded(
        &self,
        tokens: &Tokens,
        sentence: &[Token],
        k: usize,
    ) -> Option<usize> {
        let places = self.places(tokens);
        let mut given = GivenFigures {
            exact: Vec::new(),
            rough: Vec::new(),
            converted: Vec::new(),
        };
        // A sum converted at the target's rate, whatever currency the source gave it in: the
        // target's sum must be in the currency converted into.
        let rate = tokens.exchange.map_or(0.0, |e| e.rate);
        // The places run sentence by sentence: each sentence's figures are given together.
        let mut i = 0;
        while i < places.len() {
            let s = places[i].2;
            given.exact.clear();
            given.converted.clear();
            while i < places.len() && places[i].2 == s {
                given.exact.push(f64::from_bits(places[i].0));
                given.converted.push(f64::from_bits(places[i].0) * rate);
                i += 1;
            }
            if rounds(tokens, sentence, k, &given) {
                return Some(s);
            }
        }
        None
    }

    /// Whether the figure at `sentence[k]` counts something the source counts with another
    /// figure, and the source gives it nowhere, not even rounded: `"took bank cards from eight
    /// residents"` where the source has `"five residents"` and no eight. What is counted is the
    /// word right after the figure, a content word that is no unit, currency, date or name:
    /// `"eight years"`, `"75,000 euros"` or `"eight in May"` counts nothing here, nor does a
    /// whole after `"of"` (`"seven of the nine members"`), which a rewrite may sum, or an
    /// estimate (`"up to 30 burglaries"`).
    pub(super) fn recounts(&self, tokens: &Tokens, sentence: &[Token], k: usize) -> bool {
        let (Some(value), Some(next)) = (tokens.value_at(sentence, k), sentence.get(k + 1)) else {
            return false;
        };
        let counted = tokens.sense(next.key);
        // "Seven of the nine members" counts a whole the source may only sum: "voted 7-2".
        let whole = sentence[k.saturating_sub(2)..k]
            .iter()
            .any(|w| Some(w.key) == tokens.of);
        // "up to 30 burglaries" is an estimate, which another may put otherwise; "some 460
        // operations" only rounds, and no rounding makes 460 of 146.
        let rounding = k > 0
            && tokens.is_approximator(sentence[k - 1].key)
            && tokens.bound_at(sentence, k).is_none();
        let qualified = !rounding
            && tokens
                .qualifier_marks(&sentence[k.saturating_sub(2)..k])
                .contains(&true);
        if whole
            || qualified
            || tokens.kind(next.key) != KeyKind::Content
            || tokens.measure(next.key).is_some()
            || tokens.is_currency(next.key)
            || tokens.is_date(next.key)
            || tokens.is_magnitude(next.key)
            || tokens.is_name(next)
            || Some(next.key) == tokens.percent
            || self.first_giving(tokens, value).is_some()
        {
            return false;
        }
        let mut other = false;
        for &(v, n, _) in self.places(tokens) {
            other |= n != u32::MAX && tokens.sense(n) == counted && v != value.to_bits();
        }
        other && self.first_rounded(tokens, sentence, k).is_none()
    }

    /// Whether any figure of `sentence` off the alignment (`matched` false) [`recounts`]
    /// something: a count the source gives otherwise, wherever it gives it.
    ///
    /// [`recounts`]: FigurePlaces::recounts
    pub(super) fn recounts_any(
        &self,
        tokens: &Tokens,
        sentence: &[Token],
        matched: &[bool],
    ) -> bool {
        (0..sentence.len()).any(|k| !matched[k] && self.recounts(tokens, sentence, k))
    }

    /// The source sentences that give `value` with `next` after it, in order, a sentence once
    /// for each time it gives it.
    fn sentences<'a>(
        &'a self,
        tokens: &Tokens,
        value: f64,
        next: Option<u32>,
    ) -> impl Iterator<Item = usize> + 'a {
        let key = (value.to_bits(), next.unwrap_or(u32::MAX));
        self.places(tokens)
            .iter()
            .filter(move |&&(v, n, _)| (v, n) == key)
            .map(|&(_, _, s)| s)
    }

    fn places(&self, tokens: &Tokens) -> &[(u64, u32, usize)] {
        self.0.get_or_init(|| {
            let mut places = Vec::new();
            for (s, words) in tokens.source.iter().enumerate() {
                for i in 0..words.len() {
                    if let Some(value) = tokens.value_at(words, i) {
                        let next = words.get(i + 1).map_or(u32::MAX, |w| w.key);
                        places.push((value.to_bits(), next, s));
                    }
                }
            }
            places
        })
    }
}

/// Whether a sentence is derived whole, however much it says of its own around what it takes:
/// it [carries most of its counterpart](carries_counterpart), or [quotes a long run of
/// it](super::quotes::quotes_a_run) word for word.
pub(super) fn derived_whole(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    carries_counterpart(tokens, sentence, alignment) || quotes_a_run(tokens, sentence, alignment)
}

/// The least weighted share of its counterpart's telling words that a sentence must carry to
/// reword it whatever it adds; see [`carries_counterpart`].
const CARRIED_MIN: f32 = 0.5;

/// The fewest telling words, each sense once, that a sentence must share with its counterpart
/// to reword it whatever it adds. Four can be one phrase taken into news of the target's own:
/// `"Campaigners said the committee voted seven to three only after cyclists delivered a
/// petition..."` carries `committee`, `voted`, `seven` and `three` of `"The committee voted
/// seven to three in favour of the proposal."` and stays added, its phrase marked.
const CARRIED_WORDS: usize = 5;

/// Whether `sentence` carries most of what its counterpart says: at least [`CARRIED_MIN`] of the
/// weight of the counterpart's telling words (content words that are neither names nor the
/// event's common vocabulary), and [`CARRIED_WORDS`] of them or more. Such a sentence rewords
/// its counterpart however much of its own it wraps around it, so it counts as derived whole,
/// losing only the clauses at its edges that have no counterpart.
///
/// `"The Commission ruled that Skyways had acted unfairly by running a seat sales scheme under
/// which booking agents were paid bonuses for steering passengers onto its flights and away
/// from smaller rivals such as Blue Heron Air."` carries `paid`, `bonuses`, `seat`, `sales`,
/// `smaller` and `rivals` of `"The Commission said Skyways had secretly paid bonuses to booking
/// agents to push seat sales at the expense of smaller rivals."`: reworded, though most of its
/// own words are new. A sentence that names the same people and places carries no telling word
/// for it.
fn carries_counterpart(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    let mut senses: Vec<u32> = sentence.iter().map(|t| tokens.sense(t.key)).collect();
    senses.sort_unstable();
    let (mut total, mut carried) = (0.0f32, 0.0f32);
    let mut shared: Vec<u32> = Vec::new();
    let telling = alignment
        .words
        .iter()
        .filter(|t| tokens.is_content(t.key) && !tokens.is_common(t.key) && !t.proper);
    for t in telling {
        let weight = tokens.weight(t.key);
        total += weight;
        let sense = tokens.sense(t.key);
        if senses.binary_search(&sense).is_ok() {
            carried += weight;
            shared.push(sense);
        }
    }
    shared.sort_unstable();
    shared.dedup();
    total > 0.0 && carried >= CARRIED_MIN * total && shared.len() >= CARRIED_WORDS
}

//! Who says it: the speaker a sentence's changes drop and the full names they add, so that a
//! quote or a claim kept word for word but credited to someone else reads as another name.

use std::ops::Range;

use similar::DiffOp;

use super::run_on::{credited_to_another, credited_to_spokesperson, speaker_of_quote};
use super::{sorted_keys, Alignment};
use crate::normalize::{Token, Tokens};

/// The fewest words in a row that a sentence keeps of a claim outside quotation marks for the
/// claim to be the source's: credited to a stranger in place of the person the source names in
/// full, it is another name, as a kept quote is. `"Peter Osei told the court the bakery had been
/// losing money"` for `"The bakery had been losing money..., Anna Kowal told the court"`.
const CLAIM_WORDS: usize = 6;

/// Whether the change `alignment.ops[at]` credits a claim to other people than the source does,
/// none of them named: a word of one group of speakers for one of another, beside the word that
/// reports the speech (`"Witnesses said"` for `"Police said"`, `"according to doctors"` for
/// `"according to police"`) or with it swapped too (`"Witnesses told the BBC"` for `"Police
/// said"`). `"Officers said"` for `"Police said"` keeps the speaker.
pub(super) fn other_people(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    at: usize,
) -> bool {
    let Some(op) = alignment.ops.get(at) else {
        return false;
    };
    let new = op.new_range();
    // The groups of some words, as bits.
    let groups = |words: &mut dyn Iterator<Item = Token>| {
        words
            .filter_map(|t| tokens.speaker_group(t.key))
            .fold(0u32, |bits, group| bits | 1 << group)
    };
    let dropped = groups(&mut alignment.source_words(op.old_range()));
    let added = groups(&mut sentence[new.clone()].iter().copied());
    // The report kept right after the change, or within two words before it: `"according to"`.
    let reported = |key: u32| tokens.is_report(key);
    let kept = |op: Option<&DiffOp>, near: Range<usize>| match op {
        Some(op @ DiffOp::Equal { .. }) => op
            .new_range()
            .filter(|k| near.contains(k))
            .any(|k| reported(sentence[k].key)),
        _ => false,
    };
    let swapped = sentence[new.clone()].iter().any(|t| reported(t.key))
        && alignment
            .source_words(op.old_range())
            .any(|t| reported(t.key));
    let beside = swapped
        || kept(alignment.ops.get(at + 1), new.end..new.end + 1)
        || kept(
            at.checked_sub(1).and_then(|k| alignment.ops.get(k)),
            new.start.saturating_sub(2)..new.start,
        );
    beside && added != 0 && dropped & !added != 0
}

/// Whether the source words `old` (positions in `alignment.source`) that a change drops name a
/// speaker the target sentence lacks: a full name, its first word too (`"Imogen Vale said:"`),
/// or, where the change puts a full name in (`full_name_added`), one name beside the word that
/// reports its speech (`"..., Coldwell said."` -> `"..., Mr Justice Farrant said."`). A name
/// the sentence keeps elsewhere (`"said Imogen Vale"`) only moved, and a surname told as a
/// role (`"the prosecutor told the court"` for `"Ms Petrie told the court"`) is the same person.
pub(super) fn drops_speaker_name(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    old: Range<usize>,
    full_name_added: bool,
) -> bool {
    let lacked = |j: usize| {
        let (s, i) = alignment.source[j];
        let t = &tokens.source[s][i];
        tokens.is_name_at(&tokens.source[s], i) && sentence.iter().all(|w| w.key != t.key)
    };
    let speaks = |j: usize| {
        let (s, i) = alignment.source[j];
        let words = &tokens.source[s];
        let report = |k: usize| words.get(k).is_some_and(|w| tokens.is_report(w.key));
        report(i + 1) || i.checked_sub(1).is_some_and(report)
    };
    old.clone().any(|j| {
        lacked(j) && (full_name_added && speaks(j) || old.contains(&(j + 1)) && lacked(j + 1))
    })
}

/// Whether the name at word `k` of the target `sentence` says where or on what words were told,
/// not who told them: its run of names follows a word that opens a setting (`"on"`, `"in"`,
/// `"at"`), and no name of the source words `old` does. `"Instagram"` in `"She told fans on
/// Instagram"` for `"Marchetti said"` names no other speaker; `"in Leeds"` for `"in London"` is
/// another place.
pub(super) fn says_where(
    tokens: &Tokens,
    sentence: &[Token],
    k: usize,
    alignment: &Alignment,
    old: &Range<usize>,
) -> bool {
    let placed = |words: &[Token], mut at: usize| {
        while at > 0 && tokens.is_name_at(words, at - 1) {
            at -= 1;
        }
        at.checked_sub(1)
            .is_some_and(|before| tokens.settings.binary_search(&words[before].key).is_ok())
    };
    placed(sentence, k)
        && !old.clone().any(|j| {
            let (s, i) = alignment.source[j];
            tokens.is_name_at(&tokens.source[s], i) && placed(&tokens.source[s], i)
        })
}

/// A full name the target adds in one change.
struct FullName {
    /// The weight of the change's words.
    weight: f32,
    /// The keys of its names.
    names: Vec<u32>,
    /// Whether it stands right beside the quotation, as a speaker does.
    beside_quote: bool,
    /// Whether the source mentions none of its names anywhere.
    strange: bool,
    /// Whether a word that reports speech stands within [`REPORT_WITHIN`] words of it: `"Peter
    /// Osei told"`, `"according to Peter Osei"`.
    reported: bool,
}

/// How many words either side of a full name may hold the word that reports its speech:
/// `"according to Peter Osei"`, `"Peter Osei, prosecuting, said"`.
const REPORT_WITHIN: usize = 3;

/// What the changes of one sentence's alignment do to its speaker, noted change by change.
#[derive(Default)]
pub(super) struct Speakers {
    /// Whether a change drops the source's speaker: `"he"`, a full name, or one it leaves
    /// unnamed (`"A spokesman said:"`).
    dropped: bool,
    /// Whether the speaker dropped is named in full.
    named_dropped: bool,
    /// The first pronoun dropped, as (source sentence, word).
    pronoun: Option<(usize, usize)>,
    /// Whether a full name dropped stands right beside the quotation: `"Prosecutor Anne Kapoor
    /// told the court: "..."`.
    dropped_beside_quote: bool,
    /// The full names the target adds, in order.
    added: Vec<FullName>,
    /// A speaker left unnamed that a change adds beside the quotation (`"a police spokesman
    /// said"`), as the weight of the change and the keys of its words that name a group.
    unnamed_added: Option<(f32, Vec<u32>)>,
}

impl Speakers {
    /// Notes what one change drops: a pronoun (its place in the source), a full name the target
    /// lacks (`name_beside_quote` when it touches the quotation), a speaker left unnamed.
    pub(super) fn drop(
        &mut self,
        pronoun: Option<(usize, usize)>,
        name: bool,
        unnamed: bool,
        name_beside_quote: bool,
    ) {
        self.pronoun = self.pronoun.or(pronoun);
        self.dropped |= pronoun.is_some() || name || unnamed;
        self.named_dropped |= name;
        self.dropped_beside_quote |= name_beside_quote;
    }

    /// Notes the full name that the change putting `words` of the target `sentence` in place
    /// adds; `source_keys` are every key of the source, sorted.
    pub(super) fn add(
        &mut self,
        tokens: &Tokens,
        sentence: &[Token],
        words: Range<usize>,
        beside_quote: bool,
        source_keys: &[u32],
    ) {
        let names: Vec<u32> = words
            .clone()
            .filter(|&k| tokens.is_name_at(sentence, k))
            .map(|k| sentence[k].key)
            .collect();
        let strange = names
            .iter()
            .all(|key| source_keys.binary_search(key).is_err());
        let near = words.start.saturating_sub(REPORT_WITHIN)..words.end + REPORT_WITHIN;
        let reported = sentence
            .get(near.start..near.end.min(sentence.len()))
            .is_some_and(|near| near.iter().any(|t| tokens.is_report(t.key)));
        self.added.push(FullName {
            weight: sentence[words].iter().map(|t| tokens.weight(t.key)).sum(),
            names,
            beside_quote,
            strange,
            reported,
        });
    }

    /// Notes a speaker left unnamed that the change putting `words` of the target `sentence` in
    /// place adds beside the quotation, by the group it speaks for: `"police"` in `"a police
    /// spokesman said"`, `"witnesses"`. A bare `"a spokesman"` may be anyone's, so it is none,
    /// and `"a friend"` in `"she told a friend: ..."` is whom she told.
    pub(super) fn add_unnamed(&mut self, tokens: &Tokens, sentence: &[Token], words: Range<usize>) {
        let added = &sentence[words.clone()];
        // Whom a speaker told is no speaker: `"she told a friend: ..."`.
        let told = |k: usize| {
            (1..=2).any(|back| {
                k > back
                    && tokens.is_report(sentence[k - back].key)
                    && tokens.is_pronoun(sentence[k - back - 1].key)
            })
        };
        let keys: Vec<u32> = words
            .filter(|&k| {
                let t = &sentence[k];
                !t.quoted && tokens.speaker_group(t.key).is_some() && !told(k)
            })
            .map(|k| sentence[k].key)
            .collect();
        if self.unnamed_added.is_none() && !keys.is_empty() {
            let weight = added.iter().map(|t| tokens.weight(t.key)).sum();
            self.unnamed_added = Some((weight, keys));
        }
    }

    /// The full name a kept quotation (`quote_kept`) or claim is given to in place of the
    /// source's speaker, as the weight of its change and its number of names; `group_keys` are
    /// the counterpart's keys, sorted.
    ///
    /// A quotation's speaker: a full name the source never mentions, or whom the source does not
    /// give the quote to: for a `"he"`, whom it named last (`"said harbour master Tom Reed"` for
    /// `"he said"` after a sentence that names the fisherman Dan Pike); beside the quotation, one
    /// the counterpart lacks (`"..., said Judge Helen Marsh."` for `"Prosecutor Anne Kapoor told
    /// the court: ..."`, wherever else the source names the judge). A name away from the
    /// quotation says what it is about: `"Council leader Ruth Dane was said to have given an
    /// "inaccurate account"..., the judge stated."` gives its words to the judge.
    ///
    /// A quotation the source gives to someone it names is given to another too when the target
    /// gives it to an unnamed speaker of a group the source does not put them in where it names
    /// them: `"..., a police spokesman said"` for `"..., she said"` after `"Prosecutor Helen
    /// Amory told the court ..."`, but not for `"Police spokesman Tom Reed said: ..."`, nor
    /// `"..., a spokesman said"`, which names no group.
    ///
    /// A quotation that runs on from an earlier sentence naming its speaker, with no speaker of
    /// its own to drop: whoever the target credits by name, where a speaker stands, when none
    /// of the names is that speaker's (`"..., says Quinlan."` for Kwame Asante-Rowe's words),
    /// and a spokesman where the source names a person who is none (`"A Beacon TV spokeswoman
    /// added: ..."` for words that run on from `Malone said: "..."`).
    ///
    /// A claim's: only a stranger whose speech the sentence reports, in place of a full name,
    /// with [`CLAIM_WORDS`] kept in a row; a name in a list the claim is about is none.
    pub(super) fn given_to_another(
        &self,
        tokens: &Tokens,
        sentence: &[Token],
        alignment: &Alignment,
        quote_kept: bool,
        (group_keys, source_keys): (&[u32], &[u32]),
    ) -> Option<(f32, usize)> {
        let found = |name: &FullName| (name.weight, name.names.len());
        if quote_kept && !self.dropped {
            if let Some((speaker, named, unnamed)) = speaker_of_quote(tokens, alignment) {
                // An unnamed speaker's quote given to a person the source names.
                let known = if named { None } else { Some(source_keys) };
                if let Some(credit) = credited_to_another(tokens, sentence, &speaker, known) {
                    return Some(credit);
                }
                // A spokesman for the body the speaker is described with speaks for them too:
                // `"a Castellan spokesperson added"` after `"Castellan chief executive Richard
                // Vane said:"`.
                let spokesperson = (named && !unnamed)
                    .then(|| credited_to_spokesperson(tokens, sentence))
                    .flatten();
                if let Some((weight, body)) = spokesperson {
                    if !body.iter().any(|key| speaker.binary_search(key).is_ok()) {
                        return Some((weight, 1));
                    }
                }
            }
        }
        let stranger = |reported: bool| {
            self.added
                .iter()
                .rev()
                .find(|name| name.strange && (name.reported || !reported))
                .map(found)
        };
        if quote_kept && self.dropped {
            let named_in = match self.pronoun {
                Some((s, i)) => tokens.named_before(s, i),
                None => None,
            };
            let named = match named_in {
                Some((s, end)) => Some(tokens.names_of(s, end)),
                None => self.dropped_beside_quote.then(|| group_keys.to_vec()),
            };
            let unnamed = self.unnamed_added.as_ref().filter(|(_, keys)| {
                // The words around the name: `"Prosecutor"` in `"Prosecutor Helen Amory told"`.
                let described = match named_in {
                    Some((s, _)) => sorted_keys(tokens.source[s].iter()),
                    None => group_keys.to_vec(),
                };
                named.is_some() && keys.iter().all(|key| described.binary_search(key).is_err())
            });
            return stranger(false)
                .or_else(|| {
                    let named = named.as_ref()?;
                    self.added
                        .iter()
                        .find(|name| {
                            (self.pronoun.is_some() || name.beside_quote)
                                && (name
                                    .names
                                    .iter()
                                    .all(|key| named.binary_search(key).is_err())
                                    || named_in.is_some_and(|at| {
                                        another_given_name(tokens, &name.names, at)
                                    }))
                        })
                        .map(found)
                })
                .or(unnamed.map(|(weight, keys)| (*weight, keys.len())));
        }
        let claim_kept = alignment.ops.iter().any(|op| {
            matches!(*op, DiffOp::Equal { new_index, len, .. }
                if len >= CLAIM_WORDS && !sentence[new_index..new_index + len].iter().any(|t| t.quoted))
        });
        stranger(true).filter(|_| claim_kept && self.named_dropped)
    }
}

/// Whether a full name, its keys in order (`names`), is another member of a family the source
/// names where a pronoun's speaker is named (`named_in`, a source sentence and the end of the
/// words to read in it): it ends in a surname the source writes there after another first name.
/// `"His sister, Adaeze Okafor, said: ..."` for `"She added: ..."` after `"His mother, Grace
/// Okafor, said: ..."` gives the mother's words to the sister, while `"Daniel Okafor said"`
/// after `"Mr Okafor said"` names the man the source gave no first name (a title is none), and
/// `"Dom Harwell"` is `"Dominic Harwell"` (see [`Tokens::is_short_for`]).
fn another_given_name(tokens: &Tokens, names: &[u32], (s, end): (usize, usize)) -> bool {
    // Two names, first and last: a longer run may join two people, `"Ms Marchetti's partner
    // Tom Ashdown"`.
    let [given, surname] = names else {
        return false;
    };
    let words = tokens
        .source
        .get(s)
        .map_or(&[][..], |w| &w[..end.min(w.len())]);
    (1..words.len()).any(|k| {
        let first = &words[k - 1];
        words[k].key == *surname
            && tokens.is_name_at(words, k - 1)
            && !tokens.is_title(first.key)
            && first.key != *given
            && !tokens.is_short_for(*given, *surname)
    })
}

/// Whether the word at `k`, the sentence's first and the only word of its change (`new`), stands
/// right before a full name the sentence keeps, and so is that person's role, capitalised as
/// every first word is: `"Striker Danny Kerrigan"`.
// Not inlined: inside `conflicting`'s loop it cost the page's wasm 0.9 KB gzipped.
#[inline(never)]
pub(super) fn role_first(
    tokens: &Tokens,
    sentence: &[Token],
    k: usize,
    new: &Range<usize>,
) -> bool {
    k == 0 && new.end == 1 && tokens.is_name_at(sentence, 1) && tokens.is_name_at(sentence, 2)
}

/// Whether the target's words `new`, with the names `names` among them, only name another of
/// the source's speakers (see [`speaks_in_source`]), by name and title alone: a kept quote
/// given so goes to another person. `"Vellinga said: \"...\""` for `"Northam manager Ruben
/// Alcaraz said: \"...\""` where the source has `"Vellinga said:"`. `"Vellinga's manager
/// said"` says more, and a club the story is only about (`"said Rovers"` for `"said club
/// chairman Tom Reed"`) may speak through its chairman.
pub(super) fn named_alone(
    tokens: &Tokens,
    sentence: &[Token],
    new: Range<usize>,
    names: &[Token],
) -> bool {
    names.iter().all(|t| speaks_in_source(tokens, t.key))
        && new.into_iter().all(|k| {
            let t = sentence[k];
            !tokens.is_content(t.key) || tokens.is_title(t.key) || tokens.is_name_at(sentence, k)
        })
}

/// Whether the source gives `key`, a name, as a speaker anywhere: right before or after a word
/// that reports speech (`"Vellinga said:"`, `"said Vellinga"`). A quote given to such a name
/// is given to a person who speaks in the story, not to a club or place it is about.
pub(super) fn speaks_in_source(tokens: &Tokens, key: u32) -> bool {
    tokens.source.iter().any(|words| {
        words.windows(2).any(|pair| {
            (pair[0].key == key && tokens.is_report(pair[1].key))
                || (tokens.is_report(pair[0].key) && pair[1].key == key)
        })
    })
}

/// Whether a change of the alignment drops a word that tells of a person without a name
/// (`"man"`, `"teenager"`): a sentence that puts a full name the source never has in its place
/// names someone the source left unnamed, another fact (`"Liam Kershaw, 19, of Hollinbrook,
/// was arrested"` for `"A 19-year-old man from Hollinbrook was arrested"`).
pub(super) fn drops_unnamed_person(tokens: &Tokens, alignment: &Alignment) -> bool {
    alignment.ops.iter().any(|op| {
        !matches!(op, DiffOp::Equal { .. })
            && (alignment.source_words(op.old_range())).any(|t| tokens.is_unnamed_person(t.key))
    })
}

/// How many words may open a sentence before the name that speaks in it: `"But Mr Castellane
/// said"`.
const SPEAKER_OPENS_WITHIN: usize = 3;

/// Whether the target gives a claim the source reports about someone to that person, as their
/// own words: `"Castellane said he had been heading home from a charity dinner"` for `"Jonathan
/// Weller, defending, said Castellane had been driving home from a charity dinner"`. The source
/// sentence (one of `group`) reports a named speaker's words about the person, right after its
/// word that reports (`"said Castellane"`, `"said that Castellane"`); the target opens with the
/// person's name before a word that reports, names none of the speaker's names, and the source
/// never has the person speak (`"Castellane told the court"`), so the words cannot be theirs.
pub(super) fn told_as_own(tokens: &Tokens, sentence: &[Token], group: &[usize]) -> bool {
    let reports = |words: &[Token], k: usize| {
        words
            .get(k)
            .is_some_and(|t| !t.quoted && tokens.is_report(t.key))
    };
    let Some(person) = (0..=SPEAKER_OPENS_WITHIN).find_map(|k| {
        (tokens.is_name_at(sentence, k) && !sentence[k].quoted && reports(sentence, k + 1))
            .then(|| sentence[k].key)
    }) else {
        return false;
    };
    let speaks = tokens
        .source
        .iter()
        .any(|words| (0..words.len()).any(|k| words[k].key == person && reports(words, k + 1)));
    if speaks {
        return false;
    }
    let in_target = |key: u32| sentence.iter().any(|t| t.key == key);
    group.iter().any(|&s| {
        let words = &tokens.source[s];
        (1..words.len()).any(|r| {
            let about = |k: usize| words.get(k).is_some_and(|t| t.key == person);
            let that = words.get(r + 1).is_some_and(|t| Some(t.key) == tokens.that);
            if !reports(words, r) || !(about(r + 1) || (that && about(r + 2))) {
                return false;
            }
            // The names before the word that reports: the speaker's.
            let mut speakers = (0..r)
                .filter(|&k| tokens.is_name_at(words, k) && !words[k].quoted)
                .map(|k| words[k].key)
                .peekable();
            speakers.peek().is_some() && speakers.all(|key| key != person && !in_target(key))
        })
    })
}

//! Other facts in the source's shape: another number, another name or date. How figures and
//! dates compare with the source's is in `values.rs`; claims turned in a near copy are in
//! `turns.rs`.

use similar::DiffOp;

use super::amounts::{
    amounts, counts_another_thing, figure_kind, figure_start, given_beside_elsewhere, gives_amount,
    other_unit,
};
use super::opposites::opposes;
use super::roles::names_more_fully;
use super::rounding::{given_figures, rounds, same_value};
use super::shape::{rank, shape_weight, whole_change};
use super::speakers::{
    drops_speaker_name, drops_unnamed_person, named_alone, other_people, role_first, says_where,
    Speakers,
};
use super::values::{
    days, month_beside, other_period, other_share, same_figures, units_of, IN_PLACE_WORDS,
};
use super::{sorted_keys, Alignment};
use crate::normalize::{KeyKind, Token, Tokens};
use crate::report::Fact;

/// A fact a sentence in the source's shape changes, and how many words stand in for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Change {
    /// What changed: a number when the sentence changes both a number and a name.
    pub fact: Fact,
    /// The most target words that one change put in place of the source's: 1 for `"310"`
    /// against `"240"`, 3 for `"Councillor Tom Reed"` against `"Mayor Ann Clarke"`.
    pub words: usize,
    /// Whether the change gives a quotation the target keeps word for word to another speaker:
    /// the kept words make the link right however long the new attribution is (`"Devon County
    /// Council leader James Whitcombe said: ..."` for `"Chief Inspector Mark Hollins said:
    /// ..."`).
    pub quote: bool,
}

/// A sentence added for a changed fact links to its counterpart only when no change puts more
/// than this many words in place of the source's, so the link shows one sentence repeated with
/// another fact: `"About 300 homes will be connected to the water supply."` against `"...4,000
/// homes across the valley would be connected to the new water supply..."` (`"About 300"`), or
/// `"Councillor Tom Reed said..."` against `"Mayor Ann Clarke said..."`. `"A spokesman for the
/// harbour board, Tom Reed, said..."` is added without a link, as is a photo caption that keeps
/// a name from a long sentence and puts a place, a date and an agency after it: a missing link
/// costs the reader little, a wrong one misleads.
pub(super) const CHANGED_WORDS_MAX: usize = 4;

impl Change {
    /// Whether a sentence added for this change links to its counterpart: when the change puts
    /// at most [`CHANGED_WORDS_MAX`] words in place of the source's, or gives a kept quote to
    /// another speaker.
    pub(super) fn links(&self) -> bool {
        self.words <= CHANGED_WORDS_MAX || self.quote
    }
}

/// The most words a change may take out to put a figure in their place and give a figure the
/// source does not: `"undisclosed"` in `"accepted £50,000 damages"` for `"accepted undisclosed
/// damages"`, `"a number of"` in `"12 schools"`.
const FIGURE_FOR_WORDS: usize = 3;

/// The most content words besides names and titles that the source's side of a change may hold
/// for the change to swap one named person or body for another the source names elsewhere:
/// `"said Fiona Greaves"` for `"said Daniel Okoro"` swaps names, and so does a description
/// carried over with the new name (`"said Priya Nair, whose three children borrow books there"`
/// for `"he said"`), but a clause rewritten around them does not, unless it credits a quote the
/// sentence keeps.
const SWAP_SAID: usize = 2;

/// The fewest quoted words kept in order that another speaker's credit takes whatever else the
/// sentence drops: `"Captain Joel Barraclough paid tribute, saying: \"Dean is a good man who has
/// given everything to this club.\""` for the middle of the chairman's statement gives his words
/// to the captain.
const GIVEN_QUOTE_WORDS: usize = 8;

/// Which fact the sentence changes, if it has the source's shape but another number or speaker.
///
/// `"The storm killed 12 people."` vs `"The storm killed 15 people."` conflicts, and so does
/// `"Mayor Ann Clarke said the repairs would cost £2m."` vs `"Councillor Tom Reed said the
/// repairs would cost £2m."` when Reed appears nowhere in the source; `"the CRE"` for `"the
/// Commission for Racial Equality"` is the same name abbreviated, and `"WPC Hollis"` for `"Pc
/// Hollis"` the same person with another title. "Same shape" means the sentence would be copied
/// but for the conflicting words (80 % of its weight in order, or swapped for a synonym: `"1,000
/// killed or injured"` against `"3,000 killed or wounded"` conflicts), so a rewrite that also
/// misspells a name is no conflict. A kept quote (four or more quoted words in order) is a
/// derivation with a new attribution (`"the minister, Olu Adebayo, told reporters on Thursday"`
/// for `"Mr Adebayo insisted on Friday"`), unless it names a speaker the source never names:
/// `"...these homes," said council leader Sarah Hunt.` for `"...these homes," said committee
/// chairman Alan Pike.` puts the words in another mouth, and so does a full name for a full name
/// the source has elsewhere (`said Fiona Greaves` for `said Daniel Okoro`), either side of the
/// quote (`"...," said Judge Helen Marsh.` for `Prosecutor Anne Kapoor told the court: "..."`),
/// or a full name the source never mentions for its `"he"` (`said Helen Marr` for `he said`) or
/// for a speaker it leaves unnamed (`Junior minister Tom Avery said:` for `A spokesman said:`).
pub(super) fn conflicting(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    source_keys: &[u32],
) -> Option<Change> {
    let target_keys = sorted_keys(sentence.iter());
    let group_keys = sorted_keys(alignment.source.iter().map(|&(s, i)| &tokens.source[s][i]));
    let weight = |t: &Token| tokens.weight(t.key);
    let target_values: Vec<f64> = (0..sentence.len())
        .filter_map(|k| tokens.value_at(sentence, k))
        .collect();
    let group_values: Vec<f64> = alignment
        .source
        .iter()
        .filter_map(|&(s, i)| tokens.value_at(&tokens.source[s], i))
        .collect();
    let group_amounts = amounts(
        tokens,
        (alignment.source.iter()).map(|&(s, i)| (tokens.source[s].as_slice(), i)),
    );
    let target_amounts = amounts(tokens, (0..sentence.len()).map(|k| (sentence, k)));
    let figures = given_figures(tokens, alignment);
    let (mut kept_quote, mut in_order, mut conflicting) = (0usize, 0f32, 0f32);
    let mut changed: Option<Change> = None;
    // A quotation kept word for word: whoever the target gives it to, the source gave it to one
    // person, so another name for its speaker is another person even when the source names
    // that person elsewhere.
    let quote_kept = alignment
        .ops
        .iter()
        .filter(|op| matches!(op, DiffOp::Equal { .. }))
        .map(|op| sentence[op.new_range()].iter().filter(|t| t.quoted).count())
        .sum::<usize>()
        >= 4;
    // The speaker the changes drop and the full names they add.
    let mut speakers = Speakers::default();
    // Whether the words kept right before or after change `at` are quoted.
    let beside_quote = |at: usize| {
        let kept = |op: Option<&DiffOp>| match op {
            Some(op @ DiffOp::Equal { .. }) => Some(op.new_range()),
            _ => None,
        };
        let before = at.checked_sub(1).and_then(|k| kept(alignment.ops.get(k)));
        let after = kept(alignment.ops.get(at + 1));
        before.is_some_and(|r| sentence[r.end - 1].quoted)
            || after.is_some_and(|r| sentence[r.start].quoted)
    };
    let number = |t: &Token| tokens.kind(t.key) == KeyKind::Number || tokens.is_magnitude(t.key);
    let date = |t: &Token| tokens.is_date(t.key);
    // Only a name outside quotation marks: inside, a capital may open the quoted sentence
    // (`blurted: "Okay then - Nic..."`), and a speaker is named outside.
    let name = |t: &Token| tokens.is_name(t);
    // Whether every change is another name or an opposite word, which a kept quote does not
    // excuse: the quote is the same, what it is said of or by is not.
    let mut names_only = true;
    // A figure replaced in its place, between words both sides keep, whatever else a rewrite
    // changed: `"Tory Gareth Lowe came second with 1,170 votes"` for `"Conservative Gareth Lowe
    // came second with 1,107 votes"`; so is a weekday or a month (`"Councillors will vote on
    // the plans on Tuesday"` for `"The council will vote on the new plans on Monday"`).
    let mut in_place: Option<Change> = None;
    // Beside a change: `Some(whether they hold a content word)` for kept words or the
    // sentence's edge, `None` for another change. For a day of the month, the month beside it is
    // part of the date, not what the date is of: `"taken prisoner on December 26"` against `"said
    // on Friday, December 27"` keeps only the month, and is two dates of two events.
    let kept_beside = |at: Option<usize>, day: bool| match at.map(|at| alignment.ops.get(at)) {
        Some(Some(op @ DiffOp::Equal { .. })) => Some(
            sentence[op.new_range()]
                .iter()
                .any(|t| tokens.is_content(t.key) && !(day && date(t))),
        ),
        Some(Some(_)) => None,
        _ => Some(false),
    };
    let month_beside = |words: &[Token], k: usize| month_beside(tokens, words, k);
    let (target_days, group_days) = days(tokens, sentence, alignment);
    for (at, op) in alignment.ops.iter().enumerate() {
        let (old, new) = (op.old_range(), op.new_range());
        if let DiffOp::Equal { .. } = op {
            kept_quote += sentence[new.clone()].iter().filter(|t| t.quoted).count();
            in_order += sentence[new].iter().map(weight).sum::<f32>();
            continue;
        }
        let dropped = &alignment.words[old.clone()];
        let dropped_pronoun = old.clone().map(|j| alignment.source[j]).find(|&(s, i)| {
            let t = &tokens.source[s][i];
            !t.quoted && tokens.is_pronoun(t.key)
        });
        let is_name = |k: usize| new.contains(&k) && tokens.is_name_at(sentence, k);
        // Two titles are no name: `"Det Supt"` for `"Detective Superintendent"` before a kept
        // `"Grace Okafor"` adds no one, while `"Mr Justice Farrant"` does.
        let titles =
            |k: usize| tokens.is_title(sentence[k].key) && tokens.is_title(sentence[k + 1].key);
        let full_name = new
            .clone()
            .any(|k| is_name(k) && is_name(k + 1) && !titles(k));
        let name_dropped = drops_speaker_name(tokens, sentence, alignment, old.clone(), full_name);
        // `"A spokesman said:"`: a speaker the source leaves unnamed.
        let unnamed_dropped = dropped
            .iter()
            .any(|t| !t.quoted && tokens.is_unnamed_speaker(t.key));
        let name_beside_quote = name_dropped && beside_quote(at);
        speakers.drop(
            dropped_pronoun,
            name_dropped,
            unnamed_dropped,
            name_beside_quote,
        );
        // Two names in a row, as a person's full name is: "Tom Reed", "Councillor Tom Reed". A
        // sentence's first word names someone too: `"Dan"` in `"Dan Pike said: ..."`.
        let added = &sentence[new.clone()];
        if full_name {
            speakers.add(tokens, sentence, new.clone(), beside_quote(at), source_keys);
        } else if beside_quote(at) {
            speakers.add_unnamed(tokens, sentence, new.clone());
        }
        if old.is_empty() || new.is_empty() {
            continue;
        }
        let old_tokens = || alignment.source_words(old.clone());
        let new_tokens = || sentence[new.clone()].iter().copied();
        // Not the words that name a kept place more fully: `"Selwick on Sea"` for `"Selwick"`.
        let fuller = names_more_fully(tokens, sentence, alignment, at);
        // A sentence's first word is a name where an article writes it as one elsewhere:
        // `"Castlebridge equalised"`.
        let new_names = || {
            (new.start + fuller..new.end)
                .filter(|&k| {
                    tokens.is_name_at(sentence, k)
                        && !role_first(tokens, sentence, k, &new)
                        && !says_where(tokens, sentence, k, alignment, &old)
                })
                .map(|k| sentence[k])
        };
        let old_names = || {
            old.clone()
                .map(|j| alignment.source[j])
                .filter(|&(s, i)| tokens.is_name_at(&tokens.source[s], i))
                .map(|(s, i)| tokens.source[s][i])
        };
        // "killed or injured" for "killed or wounded" keeps the sentence's shape.
        in_order += new_tokens()
            .filter(|t| old_tokens().any(|o| tokens.sense(o.key) == tokens.sense(t.key)))
            .map(|t| weight(&t))
            .sum::<f32>();
        // "£413m" for "£412.6 million" is the source's figure rounded: it keeps the shape.
        let rounded = |k: usize| rounds(tokens, sentence, k, &figures);
        in_order += new
            .clone()
            .filter(|&k| rounded(k))
            .map(|k| weight(&sentence[k]))
            .sum::<f32>();
        // A figure or date the source gives in another sentence, with the words beside it
        // that say what it is of, is brought from there: no other fact.
        let brought = |k: usize| given_beside_elsewhere(tokens, sentence, k, &group_keys);
        // Only a date of the same kind: "on 12 March" for "on Tuesday" says when another way.
        // A period or a part of the day moved is another date: "this year" for "last year".
        let other_date = [false, true].iter().any(|&weekday| {
            let date = |t: &Token| date(t) && tokens.is_weekday(t.key) == weekday;
            new.clone().any(|k| {
                date(&sentence[k])
                    && group_keys.binary_search(&sentence[k].key).is_err()
                    && !brought(k)
            }) && old_tokens().any(|t| date(&t) && target_keys.binary_search(&t.key).is_err())
        }) || other_period(tokens, sentence, alignment, op);
        // "£4,500,000" for "£4.5m" and "3rd" for "3" are the same figure written another way;
        // each side's changed figures, as the kinds of `figure_kind`.
        let new_kinds = new
            .clone()
            .filter(|&k| {
                let at = figure_start(tokens, sentence, k);
                number(&sentence[k])
                    && !rounded(at)
                    && group_keys.binary_search(&sentence[k].key).is_err()
                    && !gives_amount(tokens, sentence, at, &group_amounts)
                    && !brought(at)
                    && !tokens.value_at(sentence, at).is_some_and(|v| {
                        let day = month_beside(sentence, at);
                        same_value(if day { &group_days } else { &group_values }, v)
                    })
            })
            .fold(0, |kinds, k| kinds | figure_kind(tokens, &sentence[k]));
        let old_kinds = old.clone().fold(0, |kinds, j| {
            let (s, i) = alignment.source[j];
            let word = &tokens.source[s][i];
            let changed = number(word)
                && target_keys.binary_search(&word.key).is_err()
                && !tokens
                    .value_at(
                        &tokens.source[s],
                        figure_start(tokens, &tokens.source[s], i),
                    )
                    .is_some_and(|v| {
                        let day = month_beside(&tokens.source[s], i);
                        same_value(if day { &target_days } else { &target_values }, v)
                    })
                || other_unit(tokens, &tokens.source[s], i, &target_amounts);
            kinds
                | if changed {
                    figure_kind(tokens, word)
                } else {
                    0
                }
        });
        let another_clause =
            old.len() >= 3 && new.len() >= 3 && counts_another_thing(tokens, dropped, added);
        // A figure in place of words that give none: `"£50,000 damages"` for `"undisclosed
        // damages"`, `"12 schools"` for `"a number of schools"`. Only a count with no other
        // content word beside it, that the source gives nowhere, in place of words that name
        // nothing, so a clause rebuilt around one is no such swap, nor an age for a home town
        // (`"Callum Breward, 16,"` for `"Callum Breward, from Aldermoor,"`) or a year for a
        // time (`"in June 1998"` for `"last June"`).
        let figure_for_words = new_kinds & 2 != 0
            && old.len() <= FIGURE_FOR_WORDS
            && old_tokens().any(|t| tokens.is_content(t.key))
            && old_tokens().all(|t| !number(&t) && !date(&t) && !tokens.is_name(&t))
            && new.clone().all(|k| {
                let t = &sentence[k];
                (number(t)
                    && !date(t)
                    && !month_beside(sentence, k)
                    && source_keys.binary_search(&t.key).is_err())
                    || !tokens.is_content(t.key)
            });
        let other_number = figure_for_words
            || other_share(tokens, sentence, alignment, op).unwrap_or_else(|| {
                !same_figures(tokens, sentence, alignment, op)
                    && new_kinds & old_kinds != 0
                    && !another_clause
                    || {
                        // Units alone changed after a kept figure: "six months" for "six
                        // years", "12 miles" for "12km", "104 degrees Celsius" for "104F", "£30
                        // per litre" for "£30 per tonne". "40 degrees" for "40C" names no other
                        // scale. A figure changed with them converts: "about 61 million miles"
                        // for "98 million km", and so does a unit counted by "a": "twelve
                        // months" for "a year".
                        let converted = (at.saturating_sub(2)..=at).any(|b| {
                            let op = &alignment.ops[b];
                            !matches!(op, DiffOp::Equal { .. })
                                && same_figures(tokens, sentence, alignment, op)
                        });
                        !converted
                            && matches!(
                                (units_of(tokens, old_tokens()), units_of(tokens, new_tokens())),
                                (Some((a, x)), Some((b, y))) if (a != b || x != y) && x * y != 0.0
                            )
                    }
            });
        // "WPC Hollis" for "Pc Hollis" changes a title, not the speaker: the name after it
        // stays, and one side puts only titles (or function words: "Anna Kowal" for "Ms Kowal")
        // before it. "Great Hadden" for "Little Hadden" is another place.
        let title = |t: Token| tokens.is_title(t.key) || tokens.kind(t.key) == KeyKind::Stop;
        let kept_name_follows = sentence.get(new.end).is_some_and(|next| {
            name(next)
                && alignment.source.get(old.end).is_some_and(|&(s, i)| {
                    tokens.sense(tokens.source[s][i].key) == tokens.sense(next.key)
                })
        }) && (old_tokens().all(title) || new_tokens().all(title));
        // A role in place of a name and title names the same person: "The Tesco boss" for "Mr
        // Murphy", "the Portuguese coach" for "Mr Amorim". A full name beside the role ("a
        // spokesman, Tom Reed,") is another person.
        let role = !full_name
            && new_tokens()
                .any(|t| tokens.is_content(t.key) && !name(&t) && !number(&t) && !title(t))
            && old_tokens().all(|t| name(&t) || title(t));
        // A quotation's speaker swapped, full name for full name, is another person even when
        // the source names the new one elsewhere; a single name found elsewhere may be the
        // same one ("Boots pharmacist" for "Chemist", "the Met" for "the Metropolitan Police").
        let old_full_name = old_tokens()
            .zip(old_tokens().skip(1))
            .any(|(a, b)| name(&a) && name(&b));
        // One name for one other, with titles at most, is another speaker too: `"Dunmore
        // equalised"` for `"Castlebridge equalised"`, `"Ms Lowe said"` for `"Mr Price said"`.
        let one_for_one = || {
            let others =
                |words: &mut dyn Iterator<Item = Token>| words.filter(|&t| !title(t)).count();
            (old_names().count(), new_names().count()) == (1, 1)
                && (others(&mut old_tokens()), others(&mut new_tokens())) == (1, 1)
        };
        // Outside a kept quote, only two people the articles never write as one: `"Dan Pike
        // said the design had changed"` for `"Harbour master Tom Reed said..."`, but not
        // `"Vladimir Putin"` for `"Russian President"` where an article has `"Russian President
        // Vladimir Putin"`. One word of a name for another word of it is the same speaker even
        // before a kept quote: `"Rovers manager"` for `"Dunmore manager"` where an article has
        // `"Dunmore Rovers"`. Asked last, for a name the source has elsewhere: `one_name` reads
        // both articles.
        let speaker_swapped = || {
            // The names as `new_names` reads them, a sentence's first word among them.
            let one_name = || {
                let new: Vec<u32> = new_names().map(|t| t.key).collect();
                let old: Vec<u32> = old_names().map(|t| t.key).collect();
                tokens.one_name(&new, &old)
            };
            // Names swapped, not a clause rewritten around them: `"Researchers at Northfield
            // University tracked"` for `"The study, published in the journal Sleep and
            // Circadian Health, followed"` says who did the study another way. Beside a kept
            // quote, any attribution swapped gives the words to another speaker.
            let said = |words: &mut dyn Iterator<Item = Token>| {
                words
                    .filter(|t| tokens.is_content(t.key) && !name(t) && !title(*t))
                    .count()
            };
            let credited_elsewhere = || {
                let (new_names, old_names): (Vec<Token>, Vec<Token>) =
                    (new_names().collect(), old_names().collect());
                quote_kept
                    && old_full_name
                    && named_alone(tokens, sentence, new.clone(), &new_names)
                    && old_names
                        .iter()
                        .all(|t| target_keys.binary_search(&t.key).is_err())
            };
            (quote_kept || said(&mut old_tokens()) <= SWAP_SAID)
                && ((full_name && old_full_name && (quote_kept || !one_name()))
                    || ((one_for_one() || credited_elsewhere()) && !one_name()))
        };
        // A name one side spells out and the other abbreviates is the same name, and one the
        // source sentence itself gives moved within it ("general manager Dana Okafor said" for
        // "said Dana Okafor, general manager of ...") is the same person.
        // A new name, in the source elsewhere or not (`strange`: not).
        let new_name = |strange: bool| {
            new_names().any(|t| {
                group_keys.binary_search(&t.key).is_err()
                    && !tokens.same_name(t.key, &group_keys)
                    && (!strange || source_keys.binary_search(&t.key).is_err())
            })
        };
        // Two names of one country in the synonym table are one place: `"Britain"` for `"the
        // UK"` when the target says `"Britain"` anywhere. A claim given to other people, none of
        // them named, is another name too: "Witnesses said" for "Police said".
        // "Liam Kershaw, 19," for "A 19-year-old man" (see `drops_unnamed_person`).
        let named_anew =
            (full_name || new.start == 0 && is_name(1)) && drops_unnamed_person(tokens, alignment);
        let other_name = other_people(tokens, sentence, alignment, at)
            || named_anew && new_name(true)
            || !kept_name_follows
                && !role
                && old_names().any(|t| {
                    target_keys.binary_search(&t.key).is_err()
                        && !tokens.same_name(t.key, &target_keys)
                        && !target_keys
                            .iter()
                            .any(|&k| tokens.sense(k) == tokens.sense(t.key))
                        && !new_names().any(|n| {
                            tokens.is_misspelt(t.key, n.key) || tokens.is_short_for(n.key, t.key)
                        })
                })
                && new_name(false)
                && (new_name(true) || speaker_swapped());
        let other_sense = opposes(tokens, dropped, added, &group_keys, &target_keys);
        // Only steps one side alone names: "A man was charged on Monday" for "A man was
        // arrested on Monday and later charged" tells one step of the two.
        let alone =
            |k: u32| group_keys.binary_search(&k).is_ok() != target_keys.binary_search(&k).is_ok();
        // A step may come with the words around it changed ("has been charged with" for "who
        // was arrested on suspicion of"): the sentence must still be a near copy but for it.
        let other_stage = !other_sense
            && dropped.iter().any(|d| {
                added
                    .iter()
                    .any(|a| tokens.are_stages(d.key, a.key) && alone(d.key) && alone(a.key))
            });
        let day = other_number && new.clone().any(|k| month_beside(sentence, k));
        // The kept words that place the figure must touch it on both sides: `"with [1,107]
        // votes"`, but not `"December [27], after searching the flooded"` for `"December [24] by
        // the flood"`, where other words come between the figure and `"flood"`.
        let touches = |first: bool| {
            let (old_at, new_at) = if first {
                (old.start, new.start)
            } else {
                (old.end - 1, new.end - 1)
            };
            let (s, i) = alignment.source[old_at];
            let (new_word, old_word) = (&sentence[new_at], &tokens.source[s][i]);
            (number(new_word) && number(old_word)) || (date(new_word) && date(old_word))
        };
        if (other_number || other_date)
            && old.len() <= IN_PLACE_WORDS
            && new.len() <= IN_PLACE_WORDS
            && matches!(
                (kept_beside(at.checked_sub(1), day), kept_beside(Some(at + 1), day)),
                (Some(before), Some(after))
                    if (before && touches(true)) || (after && touches(false))
            )
            && in_place.is_none()
        {
            in_place = Some(Change {
                fact: if day || !other_number {
                    Fact::Date
                } else {
                    Fact::Number
                },
                words: new.len(),
                quote: false,
            });
        }
        if other_number || other_date || other_name || other_sense || other_stage {
            names_only &= !other_number && !other_date;
            conflicting += new_tokens().map(|t| weight(&t)).sum::<f32>();
            // A number outranks a date, a date a name: "Two of his men" for "Anton Brisk, 33,"
            // changes a number and a name.
            let this = if day {
                Fact::Date
            } else if other_number {
                Fact::Number
            } else if other_date {
                Fact::Date
            } else if other_name {
                Fact::Name
            } else if other_sense {
                Fact::Opposite
            } else {
                Fact::Stage
            };
            let fact = match changed {
                Some(c) if rank(c.fact) <= rank(this) => c.fact,
                _ => this,
            };
            let words = new.len().max(changed.map_or(0, |c| c.words));
            changed = Some(Change {
                fact,
                words,
                quote: quote_kept && fact == Fact::Name,
            });
        }
    }
    let given = speakers.given_to_another(
        tokens,
        sentence,
        alignment,
        quote_kept,
        (&group_keys, source_keys),
    );
    let mut given_quote = false;
    if let (None, Some((weight, names))) = (changed, given) {
        conflicting += weight;
        given_quote = kept_quote >= GIVEN_QUOTE_WORDS;
        changed = Some(Change {
            fact: Fact::Name,
            words: names,
            quote: true,
        });
    }
    let same_shape = given_quote
        || (kept_quote < 4 || names_only)
            && conflicting > 0.0
            && in_order + conflicting >= 0.8 * shape_weight(tokens, sentence, alignment);
    changed.filter(|_| same_shape).or(in_place).or_else(|| {
        whole_change(
            tokens,
            sentence,
            alignment,
            source_keys,
            &target_values,
            &figures,
        )
    })
}

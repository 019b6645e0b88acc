//! Find, for every target sentence, the source sentence(s) it most likely comes from.
//!
//! Rewrites reorder, split and merge sentences, so every target sentence is looked up anywhere in
//! the source. Candidates come from an inverted index over content keys, never from all pairs;
//! keys that occur in very many source sentences are skipped so one ubiquitous name cannot flood
//! the search, while short articles (up to a few hundred sentences) stay exact.

mod bag;
mod clauses;
mod runs;

use crate::normalize::{KeyKind, Token, Tokens};
pub(crate) use bag::Bag;
use runs::Runs;

/// The best counterpart found for one target sentence. `classify` decides whether it is real.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The target sentence.
    pub target: usize,
    /// Its source sentence(s), in document order: one, or several when the target merges them.
    pub source: Vec<usize>,
    /// Weighted share of the target's words that the source sentences hold, in any order (0..1).
    pub coverage: f32,
}

/// A further source sentence joins a group only when it explains at least this many more content
/// words, not counting the event's common vocabulary: one shared word is a coincidence, not a
/// merged clause.
///
/// `"Flood water reached high in Hexham."` takes `"Flood water reached Hexham."` alone, not also
/// `"Talks were held at a high level."` for its one word "high"; nor does a tag line such as
/// `"North Korea, Russia, Ukraine"` gather every sentence that names two of them. Names do not
/// count for a sentence that quotes [`QUOTE_WORDS`] words or more, nor do the two words before
/// them that give the speaker's role: `"\"It was a breach of trust,\" said prosecutor Anna
/// Blythe."`, made from the judge's `"\"It was a breach of trust,\" said Judge Martin
/// Okafor."`, does not also take the sentence that names the prosecutor, so it shows as the
/// same quote credited to someone else, not as a copy; nor does `"Committee chairman Alan Pike
/// said: \"...\""` take the sentence that names the chairman.
const MIN_GAIN_WORDS: usize = 2;

/// The most words after a speaker's name that may give the speaker's role: `"the council's
/// cabinet member for planning"` after `"said Councillor Peter Osei,"`.
const ROLE_WORDS: usize = 8;

/// A sentence with this many quoted words or more quotes someone: its quote comes from one
/// source sentence.
const QUOTE_WORDS: usize = 4;

/// A further source sentence that explains a clause only a merge could have taken from it (see
/// `clauses::explains`) joins a group that already holds at least this share of the target's
/// weight, as much as makes a rewording: it completes a derived sentence's links, and never
/// makes one derived that the others do not.
const CLAUSE_GROUP_MIN: f32 = 0.35;

/// How many candidates per target sentence get an exact score.
const SHORTLIST: usize = 8;
/// The most source sentences one target sentence is taken to merge.
const MAX_GROUP: usize = 3;
/// A further source sentence joins a group only when it explains this much more of the target.
///
/// `"The dam opened on Monday and cost £2m."` made from `"The dam opened on Monday."` and
/// `"It cost £2m."`: the second adds about 40 % of the weight, so both are linked.
const MIN_GAIN: f32 = 0.2;

/// A further source sentence that brings this many distinctive words of its own joins a group
/// at [`CLAUSE_GAIN`] instead of [`MIN_GAIN`]: a rewrite that merges two sentences rewords both,
/// so the second may explain less of a long target than a fifth and still be a whole clause of
/// it. `"Fire crews in boats rescued 14 people, among them two children and a wheelchair user,
/// and the council turned the village hall into a shelter."` takes `"The county council has
/// opened the village hall as an emergency shelter."` (council, village, hall, shelter) beside
/// the sentence about the rescue.
const CLAUSE_WORDS: usize = 4;
/// See [`CLAUSE_WORDS`].
const CLAUSE_GAIN: f32 = 0.15;

/// Finds each target sentence's best counterpart in the source, if it shares any content word.
///
/// # Examples
/// ```
/// use retold::{align::align, normalize::normalize, segment::segment};
/// let source = "The dam opened on Monday. It cost £2m. Crowds cheered.";
/// let target = "Crowds cheered loudly. The dam, which cost £2m, opened on Monday.";
/// let tokens = normalize(source, &segment(source), target, &segment(target));
/// let found = align(&tokens);
/// assert_eq!(found[0].as_ref().unwrap().source, [2]);
/// assert_eq!(found[1].as_ref().unwrap().source, [0, 1]);
/// ```
pub fn align(tokens: &Tokens) -> Vec<Option<Candidate>> {
    let source_bags: Vec<Bag> = tokens
        .source
        .iter()
        .map(|s| Bag::of_senses(s, tokens))
        .collect();
    let index = Index::new(tokens, &source_bags);
    let mut scores = vec![0f32; tokens.source.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut shortlist: Vec<(f32, u32)> = Vec::with_capacity(64);
    let mut expected = 0usize;
    tokens
        .target
        .iter()
        .enumerate()
        .map(|(target, sentence)| {
            let bag = Bag::of_senses(sentence, tokens);
            if bag.weight <= 0.0 {
                return None;
            }
            index.score(&bag, tokens, expected, &mut scores, &mut touched);
            shortlist.clear();
            shortlist.extend(touched.iter().map(|&s| (scores[s as usize], s)));
            for &s in &touched {
                scores[s as usize] = 0.0;
            }
            touched.clear();
            if shortlist.len() > SHORTLIST {
                // Equal scores (repeated sentences) keep the ones nearest where the source continues.
                let near = |s: u32| (s as usize).abs_diff(expected);
                shortlist.select_nth_unstable_by(SHORTLIST - 1, |a, b| {
                    b.0.total_cmp(&a.0).then_with(|| near(a.1).cmp(&near(b.1)))
                });
                shortlist.truncate(SHORTLIST);
            }
            let found = group(target, &bag, &shortlist, &source_bags, tokens, expected);
            if let Some(candidate) = &found {
                expected = candidate.source.last().map_or(expected, |&s| s + 1);
            }
            found
        })
        .collect()
}

/// Chooses the best source sentence for a target, then adds others that explain more of it.
/// `expected` is where the source would continue if the target follows it in order: ties go to
/// the source sentence nearest to it, so a repeated sentence links to its own repetition.
fn group(
    target: usize,
    bag: &Bag,
    shortlist: &[(f32, u32)],
    sources: &[Bag],
    tokens: &Tokens,
    expected: usize,
) -> Option<Candidate> {
    let sentence: &[Token] = tokens.target.get(target).map_or(&[], |t| t);
    let quotation = is_quotation(sentence);
    // The content words a quoting target puts in quotation marks: its quote comes from a source
    // sentence that has some of them, not from one that only names the speaker.
    let mut quoted: Vec<u32> = Vec::new();
    if sentence.iter().filter(|t| t.quoted).count() >= QUOTE_WORDS {
        quoted = sentence
            .iter()
            .filter(|t| t.quoted && tokens.is_content(t.key))
            .map(|t| tokens.sense(t.key))
            .collect();
        quoted.sort_unstable();
    }
    let mut best: Option<(f32, u32)> = None;
    for &(_, s) in shortlist {
        let overlap = bag.overlap(&sources[s as usize]);
        if overlap <= 0.0 {
            continue;
        }
        let recall = overlap / bag.weight;
        let precision = overlap / sources[s as usize].weight.max(f32::EPSILON);
        // F2 favours explaining the target over matching the source's length, so a fragment of
        // a long source sentence still finds it.
        let mut f2 = 5.0 * precision * recall / (4.0 * precision + recall);
        if quotation && !is_quotation(&tokens.source[s as usize]) {
            f2 *= REPORTED_SPEECH;
        }
        if !quoted.is_empty() && !holds_quote_of(&tokens.source[s as usize], &quoted, tokens) {
            f2 *= SPEAKER_ONLY;
        }
        let better = match best {
            None => true,
            Some((score, other)) => {
                let (distance, other_distance) = (
                    (s as usize).abs_diff(expected),
                    (other as usize).abs_diff(expected),
                );
                f2 > score + 1e-6
                    || ((f2 - score).abs() <= 1e-6 && (distance, s) < (other_distance, other))
            }
        };
        if better {
            best = Some((f2, s));
        }
    }
    let (_, first) = best?;
    let mut used = vec![false; bag.keys.len()];
    let mut covered = bag.consume(&sources[first as usize], &mut used);
    let mut chosen = vec![first as usize];
    // A quote comes from one sentence: when that sentence credits someone, a further sentence
    // that adds only the target's speaker is where the writer found whom to credit it to, not
    // a clause the quote was merged with. A quote's later sentence, which credits no one, takes
    // its speaker from the sentence before. One that credits `"he"` takes it from the sentence
    // that last named someone, and only that one: `"\"Every boat will queue,\" said harbour
    // master Tom Reed."` does not take Reed from a sentence of his own when the quote's `"he"`
    // is the fisherman named just before it.
    let quotes = sentence.iter().filter(|t| t.quoted).count() >= QUOTE_WORDS;
    let first_words = &tokens.source[first as usize];
    let credits = first_words.iter().any(|t| t.proper && !t.quoted);
    let named = first_words
        .iter()
        .position(|t| !t.quoted && tokens.is_pronoun(t.key))
        .and_then(|at| tokens.named_before(first as usize, at))
        .map(|(s, _)| s);
    // So is a sentence that names in full someone else than its source sentence does, none of
    // whose names it keeps: `"Dan Pike said the design had changed"` from `"Harbour master Tom
    // Reed said the design had changed"` does not also take the sentence that names the
    // fisherman.
    let named_in_full = |words: &[Token], others: &[Token]| {
        (1..words.len()).any(|k| {
            [k - 1, k].iter().all(|&at| {
                tokens.is_name_at(words, at) && others.iter().all(|w| w.key != words[at].key)
            })
        })
    };
    let credits_another = named_in_full(first_words, sentence)
        && first_words
            .iter()
            .filter(|t| tokens.is_name(t))
            .all(|t| sentence.iter().all(|w| w.key != t.key))
        && named_in_full(sentence, first_words);
    let credited = |s: usize| -> &[Token] {
        if credits_another || quotes && (credits || named.is_some_and(|named| named != s)) {
            sentence
        } else {
            &[]
        }
    };
    // A verbatim run from another sentence is a merged clause however little of a long
    // sentence it explains. Found only when some sentence falls short of the gain.
    let mut runs: Option<Runs> = None;
    while chosen.len() < MAX_GROUP {
        let mut next: Option<(f32, u32)> = None;
        for &(_, s) in shortlist {
            if chosen.contains(&(s as usize)) {
                continue;
            }
            let (gain, words) = bag.gain(&sources[s as usize], &used, tokens, credited(s as usize));
            let enough = gain >= MIN_GAIN * bag.weight
                || (words >= CLAUSE_WORDS && gain >= CLAUSE_GAIN * bag.weight)
                || words >= MIN_GAIN_WORDS
                    && runs
                        .get_or_insert_with(|| Runs::of(sentence, tokens))
                        .shared_with(&tokens.source[s as usize])
                || words >= MIN_GAIN_WORDS
                    && covered >= CLAUSE_GROUP_MIN * bag.weight
                    && clauses::explains(sentence, &sources[s as usize], &chosen, sources, tokens);
            if enough && words >= MIN_GAIN_WORDS && next.is_none_or(|(g, _)| gain > g) {
                next = Some((gain, s));
            }
        }
        let Some((_, s)) = next else { break };
        covered += bag.consume(&sources[s as usize], &mut used);
        chosen.push(s as usize);
    }
    chosen.sort_unstable();
    Some(Candidate {
        target,
        source: chosen,
        coverage: (covered / bag.weight).min(1.0),
    })
}

/// A quotation is matched to a source sentence that is not one at this fraction of its score.
///
/// Quotes come from quotes: `"We see that they have no interest in their survival," he said.`
/// takes the body's quote over a standfirst that reports the same words, `Neither side has any
/// interest in their survival, he said.`, though the standfirst is shorter.
const REPORTED_SPEECH: f32 = 0.9;

/// A source sentence that holds none of a quoting target's quoted words is matched at this
/// fraction of its score: `"Committee chairman Alan Pike said: \"The plan is a betrayal.\""`
/// takes its quote from `"Councillor Joan Fenwick said: \"The plan is a betrayal.\""`, not from
/// `"Committee chairman Alan Pike said the homes were needed."`, so the quote shows as given to
/// someone else.
const SPEAKER_ONLY: f32 = 0.5;

/// Whether `source` holds any of the senses a quoting target puts in quotation marks
/// (`quoted`, sorted), leaving out the words after its own quote of [`QUOTE_WORDS`] words or
/// more, which credit that quote's speaker. `"\"Our children are thriving,\" said Sophie Lang,
/// whose two children attend the school."` does not take its quote from `"\"Closing it would rip
/// the heart out of the village,\" said parent Sophie Lang, whose two children attend the
/// school."`, whose `"children"` credits her; reported speech before a quote still counts (`He
/// said troops had managed to take a few soldiers prisoner "but..."`), as a translation may
/// quote it.
fn holds_quote_of(source: &[Token], quoted: &[u32], tokens: &Tokens) -> bool {
    let credit = if source.iter().filter(|t| t.quoted).count() >= QUOTE_WORDS {
        source
            .iter()
            .rposition(|t| t.quoted)
            .map_or(source.len(), |at| at + 1)
    } else {
        source.len()
    };
    source[..credit]
        .iter()
        .any(|t| quoted.binary_search(&tokens.sense(t.key)).is_ok())
}

/// Whether most of a sentence (four words in five) is quoted speech.
fn is_quotation(sentence: &[Token]) -> bool {
    !sentence.is_empty() && 5 * sentence.iter().filter(|t| t.quoted).count() >= 4 * sentence.len()
}

/// Inverted index from content keys to the source sentences holding them.
struct Index {
    postings: Vec<Vec<u32>>,
}

/// A key in more source sentences than this says too little to be worth its postings. A constant
/// cap keeps each lookup bounded, so the search grows linearly with the articles, and articles of
/// up to this many sentences (about 25 KB) are searched exactly.
const POSTINGS_CAP: usize = 256;

impl Index {
    fn new(tokens: &Tokens, sources: &[Bag]) -> Index {
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); tokens.weights.len()];
        for (s, bag) in sources.iter().enumerate() {
            let mut previous = None;
            for &key in &bag.keys {
                if previous != Some(key) {
                    postings[key as usize].push(s as u32);
                }
                previous = Some(key);
            }
        }
        Index { postings }
    }

    /// Adds each key's weight to the score of every source sentence that holds it.
    ///
    /// When every key is too common to look up ("North Korea sent troops to Russia." in a long
    /// dossier about exactly that), the rarest key is looked up anyway, in the `POSTINGS_CAP`
    /// sentences nearest to `expected`, where the source would continue.
    fn score(
        &self,
        bag: &Bag,
        tokens: &Tokens,
        expected: usize,
        scores: &mut [f32],
        touched: &mut Vec<u32>,
    ) {
        let has_content = bag.keys.iter().any(|&k| indexable(tokens.kind(k)));
        let mut rarest: Option<(usize, u32, f32)> = None;
        let add = |list: &[u32], weight: f32, scores: &mut [f32], touched: &mut Vec<u32>| {
            for &s in list {
                if scores[s as usize] == 0.0 {
                    touched.push(s);
                }
                scores[s as usize] += weight;
            }
        };
        let mut previous = None;
        for (&key, &weight) in bag.keys.iter().zip(&bag.weights) {
            if previous == Some(key) {
                continue;
            }
            previous = Some(key);
            let kind = tokens.kind(key);
            // A sentence of function words only ("It was not.", "b。") still looks them up.
            if has_content && !indexable(kind) {
                continue;
            }
            let list = &self.postings[key as usize];
            if list.len() > POSTINGS_CAP {
                if rarest.is_none_or(|(len, _, _)| list.len() < len) {
                    rarest = Some((list.len(), key, weight));
                }
                continue;
            }
            add(list, weight, scores, touched);
        }
        if let (true, Some((_, key, weight))) = (touched.is_empty(), rarest) {
            let list = &self.postings[key as usize];
            let middle = list.partition_point(|&s| (s as usize) < expected);
            let from = middle
                .saturating_sub(POSTINGS_CAP / 2)
                .min(list.len() - POSTINGS_CAP);
            add(&list[from..from + POSTINGS_CAP], weight, scores, touched);
        }
    }
}

fn indexable(kind: KeyKind) -> bool {
    matches!(kind, KeyKind::Content | KeyKind::Number)
}

#[cfg(test)]
mod tests;

/// The most source sentences an intro is gathered from: a summary intro takes a fact or two
/// from each of the source's opening paragraphs.
const GATHER_MAX: usize = 4;

/// The source sentences that together hold most of target sentence `target`'s weight, chosen
/// greedily from the whole source, each bringing two distinctive words or more that the ones
/// before did not (as a merged clause must): a summary intro gathers its facts from several
/// sentences, none of which holds enough of it alone. `"A driver who killed a 19-year-old while racing another
/// car at up to 90mph has been jailed for nine years."` gathers the sentence with the speed, the
/// one with the race and the victim's age, and the one with the sentence. `None` when fewer than
/// two sentences bring that much.
pub fn gather(tokens: &Tokens, target: usize) -> Option<Candidate> {
    let sentence = tokens.target.get(target)?;
    let bag = Bag::of_senses(sentence, tokens);
    if bag.weight <= 0.0 {
        return None;
    }
    let sources: Vec<Bag> = tokens
        .source
        .iter()
        .map(|s| Bag::of_senses(s, tokens))
        .collect();
    let mut used = vec![false; bag.keys.len()];
    let (mut covered, mut chosen) = (0.0, Vec::new());
    while chosen.len() < GATHER_MAX {
        let mut next: Option<(f32, usize)> = None;
        // A sentence matches a word the target repeats once: it is not taken twice.
        for (s, source) in sources
            .iter()
            .enumerate()
            .filter(|(s, _)| !chosen.contains(s))
        {
            let (gain, words) = bag.gain(source, &used, tokens, &[]);
            if words >= MIN_GAIN_WORDS && next.is_none_or(|(g, _)| gain > g) {
                next = Some((gain, s));
            }
        }
        let Some((_, s)) = next else { break };
        covered += bag.consume(&sources[s], &mut used);
        chosen.push(s);
    }
    if chosen.len() < 2 {
        return None;
    }
    chosen.sort_unstable();
    Some(Candidate {
        target,
        source: chosen,
        coverage: (covered / bag.weight).min(1.0),
    })
}

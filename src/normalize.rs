//! Turn sentences into matching keys and weights: normalised for matching, never for display.
//!
//! Every word becomes a `Token` that keeps its byte range and carries an interned `key`: the word
//! case-folded, with quote, dash and number formats unified, diacritics removed and stemmed.
//! Spelling variants are then merged (`neighbours`/`neighbors`, `Zelenskiy`/`Zelenskyy`). Keys are
//! weighted by how much they say: stop words and words that both articles use everywhere weigh
//! little, distinctive content a lot.

use crate::segment::Segment;

mod acronym;
mod calendar;
mod clock;
mod compounds;
mod currency;
mod datelines;
mod exchange;
mod figure_words;
mod figures;
mod function_words;
mod hyphens;
mod keys;
mod language;
mod lines;
mod lookup;
mod names;
mod numerals;
mod queries;
pub(crate) mod rounding;
mod speech;
mod synonym;
mod tables;
mod tokenize;
mod translation;
mod variants;
mod weigh;

pub use calendar::Period;
pub(crate) use currency::other_currency;
pub use exchange::Exchange;
pub(crate) use figure_words::{PER, TEMPERATURE, TIME};
use hyphens::join_broken_words;
#[cfg(test)]
use keys::english_kind_of;
pub(crate) use keys::is_dotted_initials;
use keys::Interner;
pub use language::{Language, Translation};
pub use lines::{
    closes_as_sentence, is_byline, is_menu, is_stamp, Line, BYLINE_WORDS_MAX, LEADING_QUOTE_WORDS,
    MENU_ITEMS_MIN, MENU_ITEM_WORDS_MAX, STAMP_LABELS, STAMP_WORDS,
};
use lookup::look_up_tables;
use tokenize::tokenize_all;
use variants::merge_variants;
use weigh::weigh;

/// One word of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the word in its article.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// Interned matching key, shared by both articles.
    pub key: u32,
    /// The inflection the key's stem drops, interned: what the folded word adds to its stem
    /// (`"killed"` -> `"ed"`). Two words with the same key and form are the same word as written,
    /// up to case and spelling variants (`"neighbours"` and `"neighbors"`); `"killed"` and
    /// `"kills"` share a key but not a form.
    pub form: u32,
    /// The word starts with a capital letter and is not the sentence's first word.
    pub proper: bool,
    /// The word sits inside quotation marks.
    pub quoted: bool,
    /// The word opens a clause: it comes first, or after a comma, colon, semicolon, bracket,
    /// dash or quotation mark. `"Hurt, he said"` -> `"he"` opens one; `"well-known"` opens none.
    pub opens_clause: bool,
    /// The word is a clock time joined from its parts (`"08:58"`, `"2.30pm"`): a time of day,
    /// which no count stands in for, so `"Seventeen hurt"` changes no figure of `"08:58 Reports
    /// of a derailment"`.
    pub clock: bool,
}

impl Token {
    /// Whether two words are the same word as written, up to case and spelling variants:
    /// `"Neighbours"` and `"neighbors"` are, `"killed"` and `"kills"` are not.
    pub fn is_same_word(&self, other: &Token) -> bool {
        self.key == other.key && self.form == other.form
    }
}

/// Both articles, tokenized, with the weights of their keys.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// The language the articles are read in: its stemmer and function words make the keys.
    pub language: Language,
    /// Per source sentence, its words.
    pub source: Vec<Vec<Token>>,
    /// Per target sentence, its words.
    pub target: Vec<Vec<Token>>,
    /// Per key, how much a match on it says.
    pub weights: Vec<f32>,
    /// Per key, whether it is a stop word, a number or noise (a lone letter).
    pub kinds: Vec<KeyKind>,
    /// Per key, in how many distinct sentences of either article it occurs.
    pub sentence_counts: Vec<u32>,
    /// Distinct sentences in both articles together: a sentence an article repeats word for word
    /// counts once.
    pub sentences: usize,
    /// Per source sentence, and per target sentence, whether it asks: it holds a question mark
    /// (`"How will the means test work?"`, or a quote that asks one).
    pub asks: [Vec<bool>; 2],
    /// Per target sentence, whether a quotation leads it, closed right before a colon (see
    /// [`LEADING_QUOTE_WORDS`]): `"'The whole sky was orange': ..."`.
    pub quote_led: Vec<bool>,
    /// Per source sentence, how many of its first words are a wire dateline (`"LONDON
    /// (Reuters) -"`), which a copy may drop.
    pub datelines: Vec<usize>,
    /// Per target sentence, how many of its first words are a dateline or a live blog's time
    /// stamp (`"09:40 -"`), which say nothing the sentence copies.
    pub target_datelines: Vec<usize>,
    /// Per source sentence, and per target sentence, whether it is a caption, a heading or a
    /// sentence: the source's tell a long headline (a line of its own without a full stop)
    /// from its intro.
    pub lines: [Vec<Line>; 2],
    /// Per acronym key found spelled out in either article, the keys of its name, sorted by
    /// acronym key.
    pub acronyms: Vec<(u32, Vec<u32>)>,
    /// Per key, the key that stands for its meaning: synonyms share one (`"injured"` and
    /// `"wounded"`), every other key stands for itself.
    pub senses: Vec<u32>,
    /// The two languages when the target is in another one than the source (each article read
    /// alone says so, and both are long enough to tell), so its words are read against the
    /// source's by names, figures and cognates: `"temperature"` for `"temperatura"`.
    pub translation: Option<Translation>,
    /// The keys that negate what a sentence says (`"not"`, with `"n't"`, `"never"`, `"no"`...),
    /// sorted.
    pub negations: Vec<u32>,
    /// The keys and forms of the words that hedge a claim (`"may"`, `"could"`, `"allegedly"`).
    /// By form, since a hedge's stem is often a plain word's too: `"allegedly"` and
    /// `"allegations"`, `"likely"` and `"like"`.
    pub hedges: Vec<(u32, u32)>,
    /// The keys of what a study's finding may be made in, short of people (`"mice"`,
    /// `"cells"`), sorted.
    pub subjects: Vec<u32>,
    /// The keys of the words that open a claim's condition (`"if"`, `"unless"`), sorted.
    pub conditions: Vec<u32>,
    /// The keys of the conditions that open one only for a claim still to come (`"pending"`),
    /// sorted.
    pub waits: Vec<u32>,
    /// The keys of the words that tell when a negated verb will happen (`"until"`), sorted.
    pub until: Vec<u32>,
    /// The keys of the verbs that take a question after `"if"` (`"asked"`, `"see"`), sorted.
    pub asking: Vec<u32>,
    /// The keys of the verbs that refuse what follows them (`"refused"`, `"denied"`), sorted.
    pub refusals: Vec<u32>,
    /// The keys of the verbs that give a finding after `"that"` (`"found"`, `"heard"`), sorted.
    pub findings: Vec<u32>,
    /// The key of `"that"`, which opens a finding: `"The tribunal found that"`.
    pub that: Option<u32>,
    /// The key of `"some"`, which tells a claim of part of a group: `"in some patients"`.
    pub some: Option<u32>,
    /// The keys of `"partly"` and `"partially"`, which tell a deed done to less than all of it:
    /// `"partly reversed"`.
    pub partly: Vec<u32>,
    /// The key of `"part"`, which does so after `"in"`: `"allowed the appeal in part"`.
    pub part: Option<u32>,
    /// The keys and forms of the verbs that make a claim someone's belief (`"believe"`,
    /// `"claims"`), by form as the hedges are.
    pub beliefs: Vec<(u32, u32)>,
    /// The keys of month and weekday names, sorted: `"June"` for `"July"` is another date.
    pub dates: Vec<u32>,
    /// The keys of titles and ranks written before a name (`"Mr"`, `"WPC"`, `"Councillor"`),
    /// sorted.
    pub titles: Vec<u32>,
    /// The keys of the weekdays among `dates`, sorted.
    pub weekdays: Vec<u32>,
    /// The keys of the days counted from the time of writing (`"today"`, `"yesterday"`),
    /// sorted.
    pub days_from_now: Vec<u32>,
    /// The keys of the periods a relative word or an ordinal places (`"year"`, `"half"`),
    /// sorted.
    pub periods: Vec<u32>,
    /// The keys of the words that place a period from the time of writing (`"last"`, `"next"`),
    /// with how many periods on: -1, 1.
    pub relatives: Vec<(u32, i8)>,
    /// The key of `"second"`, an ordinal before a period: `"the second half"`.
    pub second: Option<u32>,
    /// The keys of the parts of a day (`"morning"`, `"night"`), with the part's place in the
    /// day.
    pub day_parts: Vec<(u32, i8)>,
    /// The keys of units (`"month"`, `"mile"`), what each measures and its size in the base
    /// unit of that: days for time, metres for length.
    pub measures: Vec<(u32, u8, f32)>,
    /// The keys of the names of currencies (`"dollars"`, `"sterling"`), with the currency each
    /// names.
    pub currencies: Vec<(u32, i8)>,
    /// The byte offsets of the source's words written onto a currency sign, with the currency:
    /// `"$5m"` -> the offset of `"5"`, dollars.
    pub source_signs: Vec<(u32, i8)>,
    /// The same for the target's words.
    pub target_signs: Vec<(u32, i8)>,
    /// The rate at which the target gives the source's sums in another currency, if it does.
    pub exchange: Option<Exchange>,
    /// The keys and forms of words that are a rate on their own (`"annually"`, `"daily"`).
    pub rate_words: Vec<(u32, u32)>,
    /// The keys of `rate_words`, with what the unit each divides by measures and its size, as
    /// in `measures`: `"daily"` divides by a day.
    pub rate_units: Vec<(u32, u8, f32)>,
    /// The keys of words that round the figure after them (`"about"`, `"nearly"`), sorted.
    pub approximators: Vec<u32>,
    /// The pairs of words that, besides `approximators`, qualify a figure after them (`"up
    /// to"`, `"at least"`; `"as many"` and `"many as"` for `"as many as"`), as keys, where the
    /// articles have both words, with the side of the figure each puts the true one: -1 below,
    /// 1 above, 0 either.
    pub qualifiers: Vec<(u32, u32, i8)>,
    /// The keys of words that qualify the figure just before them (`"plus"`, `"odd"`), sorted.
    pub trailers: Vec<u32>,
    /// The keys of words that say the true figure is above a rounded one (`"more"`, `"over"`),
    /// sorted.
    pub floors: Vec<u32>,
    /// The keys of every word that says the true figure is at or above the one given: the
    /// `floors`, with the `"least"` of `"at least 300"` and the `"plus"` of `"300-plus"`, sorted.
    pub floor_words: Vec<u32>,
    /// The keys of words that say the true figure is below a rounded one (`"nearly"`,
    /// `"fewer"`), sorted.
    pub ceilings: Vec<u32>,
    /// The keys of the words that say what a figure after them is of a change (`"by"` its size,
    /// `"to"` the level it ends at, `"from"` the one it starts from), with that role.
    pub figure_roles: Vec<(u32, i8)>,
    /// The keys of the pronouns that stand for a named person (`"he"`, `"she"`), sorted.
    pub pronouns: Vec<u32>,
    /// The keys of the words a speaker says of themselves or their listener (`"I"`, `"you"`),
    /// sorted.
    pub speaker_persons: Vec<u32>,
    /// The keys of the possessives among them (`"our"`, `"my"`), sorted.
    pub possessive_persons: Vec<u32>,
    /// The keys of the words that give a speaker without a name (`"spokesman"`, `"official"`),
    /// sorted.
    pub unnamed_speakers: Vec<u32>,
    /// The keys of the words that tell of a person without a name (`"man"`, `"teenager"`),
    /// sorted.
    pub unnamed_persons: Vec<u32>,
    /// The keys of the people a claim is credited to without a name (`"police"`, `"witnesses"`),
    /// with their group: words of one group speak with one standing.
    pub speaker_groups: Vec<(u32, i8)>,
    /// The keys of the words that report speech (`"said"`, `"told"`, `"according"`), sorted.
    pub reports: Vec<u32>,
    /// The keys of the words that put a role in the past (`"former"`, the `"ex"` of
    /// `"ex-wife"`), sorted.
    pub formers: Vec<u32>,
    /// The keys of the words that open where or when words were said, after the verb that
    /// reports them (`"at"` in `"said at a news conference"`), sorted.
    pub settings: Vec<u32>,
    /// The words that frame a headline as the outlet's own guide (`"what"`, `"how"`), sorted.
    pub explainers: Vec<u32>,
    /// The keys of the words that put a verb in the future (`"will"`, `"would"`), sorted.
    pub futures: Vec<u32>,
    /// The keys of the verbs that say someone means a thing to happen (`"plans"`, `"hopes"`),
    /// sorted.
    pub intents: Vec<u32>,
    /// The keys of the verbs that say a plan was decided (`"agreed"`, `"voted"`), sorted.
    pub decisions: Vec<u32>,
    /// The key of `"to"`, which puts a verb in the future in a headline: `"Schools to close"`.
    pub headline_future: Option<u32>,
    /// The key of `"will"`, the plain future that tells a thing as certain to come.
    pub will: Option<u32>,
    /// The key of `"would"`, which before a verb of appeal is a courtesy, not a future: `"Police
    /// would remind walkers..."` says what police remind walkers now.
    pub would: Option<u32>,
    /// The keys of the verbs of appeal a statement softens with `"would"` (`"remind"`, `"urge"`,
    /// `"ask"`), sorted.
    pub appeals: Vec<u32>,
    /// The keys of the words that soften a hedged claim (`"slightly"`), sorted.
    pub softeners: Vec<u32>,
    /// The keys of `"for"` and of `"comment"`, which ask for a response together: `"has been
    /// approached for comment"`.
    pub for_comment: [Option<u32>; 2],
    /// The keys of `"before"` and `"after"`, which put a clock time's true time on one side of
    /// it: `"just after midnight"` for `"00:01"`.
    pub time_sides: [Option<u32>; 2],
    /// The keys of the words that put a verb in the future before `"to"` (`"expected"`,
    /// `"plans"`): `"is expected to open"`, sorted.
    pub plans: Vec<u32>,
    /// The key of `"by"`, which names the doer in a passive: `"Dunmore beaten by
    /// Castlebridge"`.
    pub agent: Option<u32>,
    /// The key of `"of"`, which ties a role to the body it serves: `"chief executive of the
    /// CES"`, which `"CES chief executive"` says too.
    pub of: Option<u32>,
    /// The forms of a verb in the past (`"ed"`, `"d"`).
    pub past_forms: Vec<u32>,
    /// The keys of the verbs whose past is their base (`"cut"`, `"hit"`), sorted.
    pub unchanged_pasts: Vec<u32>,
    /// The keys of the forms of `"have"` that make a perfect (`"has cut"`), sorted.
    pub perfects: Vec<u32>,
    /// Irregular pasts and their bases, as (past, base) keys both articles' words have:
    /// `"built"` and `"build"`.
    pub irregular_pasts: Vec<(u32, u32)>,
    /// The key of `"be"`, which a future word puts a state in the future with: `"will be
    /// closed"`.
    pub be: Option<u32>,
    /// The key of `"minus"`, which `"-"` before a figure reads as too: `"-5C"`.
    pub minus: Option<u32>,
    /// The keys of the words that divide one unit by the next (`"per"`, the `"an"` of `"60
    /// miles an hour"`, the `"each"` of `"£2m each year"`), sorted.
    pub rates: Vec<u32>,
    /// The keys of `"be"` in the past (`"was"`, `"were"`): `"was closed"`.
    pub past_be: Vec<u32>,
    /// Pairs of senses that say the opposite of each other (`"rose"`, `"fell"`), one way round.
    pub opposites: Vec<(u32, u32)>,
    /// Pairs of keys that are two steps of one course (`"arrested"`, `"charged"`), earlier first.
    pub stages: Vec<(u32, u32)>,
    /// Per key, the value of a plain number (`"4.5"`, `"12000"`, `"3rd"`), NaN for any other.
    pub values: Vec<f64>,
    /// The keys of ordinals (`"3rd"`, and `"third"`, which folds to it), sorted.
    pub ordinals: Vec<u32>,
    /// The keys of the words that name a part of a whole (`"half"`, `"quarters"`), with how
    /// many such parts make it.
    pub parts: Vec<(u32, f64)>,
    /// The keys of the words that multiply a figure (`"doubled"`, `"halved"`), with the factor.
    pub multiples: Vec<(u32, f64)>,
    /// The key of `"%"`, `"percent"` and the `"cent"` of `"per cent"`, which all read as one.
    pub percent: Option<u32>,
    /// The key of `"points"`, which a figure counts in place of per cent in `"two percentage
    /// points"` and `"fell 20 points"`.
    pub points: Option<u32>,
    /// The keys of the words that count one of some parts (`"a"`, `"an"`, `"one"`), sorted:
    /// `"a quarter"`, `"one in five"`.
    pub ones: Vec<u32>,
    /// The key of the `"in"` of `"one in five"`.
    pub among: Option<u32>,
    /// Per magnitude word key (`"million"`, `"thousand"`...), its factor.
    pub magnitudes: Vec<(u32, f64)>,
    /// The keys either article writes as a name somewhere (capitalised inside a sentence,
    /// outside quotation marks), sorted: `"Dan"` after `"fisherman Dan Pike"`.
    pub names: Vec<u32>,
    /// Every name key with the run of names it stands in, the key in the high 32 bits and the
    /// run in the low, sorted: both articles' runs, numbered in order, so `"Declan"` and
    /// `"Moriarty"` share the run of `"manager Declan Moriarty"`. Built once, so asking whether
    /// two names are one reads no article again.
    pub name_runs: Vec<u64>,
    /// Pairs of name keys one typing slip apart (`"Haddad"` and `"Hadad"`): one name
    /// misspelt, not two people.
    pub misspelt: Vec<(u32, u32)>,
    /// Pairs of name keys where the first is a short form of the second (`"Dom"` and
    /// `"Dominic"`).
    pub short_forms: Vec<(u32, u32)>,
    /// Per key of a score or range (`"3-1"`, `"5-7"`), the values of its two numbers, sorted
    /// by key.
    pub ranges: Vec<(u32, [f64; 2])>,
}

/// What sort of word a key stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// A content word: names, verbs, nouns.
    Content,
    /// A function word such as "the" or "said".
    Stop,
    /// A number such as "12000" or "3.5".
    Number,
    /// A lone letter left by broken typography (`"Korea n troops"`).
    Noise,
}

/// Tokenizes both articles and weighs their keys.
///
/// # Examples
/// ```
/// use retold::{normalize::normalize, segment::segment};
/// let source = "Our neighbours won.";
/// let target = "Our NEIGHBORS won!";
/// let tokens = normalize(source, &segment(source), target, &segment(target));
/// let keys = |side: &Vec<Vec<retold::normalize::Token>>| side[0].iter().map(|t| t.key).collect::<Vec<_>>();
/// assert_eq!(keys(&tokens.source), keys(&tokens.target));
/// ```
pub fn normalize(
    source_text: &str,
    source: &[Segment],
    target_text: &str,
    target: &[Segment],
) -> Tokens {
    // Each article alone too: a target in another language may translate the source.
    let (language, languages) = Language::detect_each([source_text, target_text]);
    let mut interner = Interner::new(language);
    let across = languages[0] != languages[1];
    if across {
        interner.read_figures_as(languages[0]);
    }
    let mut source_tokens = tokenize_all(source_text, source, &mut interner);
    if across {
        interner.read_figures_as(languages[1]);
    }
    let mut target_tokens = tokenize_all(target_text, target, &mut interner);
    join_broken_words(source_text, &mut source_tokens, &mut interner);
    join_broken_words(target_text, &mut target_tokens, &mut interner);
    speech::read_could_not_as_cannot(&mut source_tokens, &interner);
    speech::read_could_not_as_cannot(&mut target_tokens, &interner);
    rounding::read_roughly_as_about(&mut source_tokens, &interner);
    rounding::read_roughly_as_about(&mut target_tokens, &interner);
    if language.compounds() {
        let sides = [
            (source_text, &mut source_tokens[..]),
            (target_text, &mut target_tokens[..]),
        ];
        compounds::split_compounds(sides, &mut interner);
    }
    let merged = merge_variants(&interner.words, &interner.kinds);
    let mut tokens = Tokens {
        language,
        source: source_tokens,
        target: target_tokens,
        sentences: source.len() + target.len(),
        quote_led: lines::quote_led(target_text, target),
        asks: [
            lines::asks(source_text, source),
            lines::asks(target_text, target),
        ],
        lines: [
            lines::lines(source_text, source),
            lines::lines(target_text, target),
        ],
        ..Tokens::default()
    };
    for sentence in tokens.source.iter_mut().chain(tokens.target.iter_mut()) {
        for token in sentence.iter_mut() {
            token.key = merged[token.key as usize];
        }
    }
    if language == Language::German {
        language::unmark_nouns([
            (source_text, &mut tokens.source),
            (target_text, &mut tokens.target),
        ]);
    }
    tokens.datelines = datelines::datelines(source_text, source, &tokens.source);
    tokens.target_datelines = datelines::datelines(target_text, target, &tokens.target);
    tokens.source_signs = currency::currency_signs(source_text, &tokens.source);
    tokens.target_signs = currency::currency_signs(target_text, &tokens.target);
    look_up_tables(&mut tokens, &mut interner, &merged);
    let senses = synonym::senses(&interner.words);
    tokens.senses = (0..merged.len())
        .map(|k| merged[senses[merged[k] as usize] as usize])
        .collect();
    // Opposites by meaning: "increase" (a sense with "rise") is the opposite of "fall".
    let sense = |k: u32| tokens.senses.get(k as usize).copied().unwrap_or(k);
    tokens.opposites = tokens
        .opposites
        .iter()
        .map(|&(a, b)| (sense(a), sense(b)))
        .collect();
    weigh(&mut tokens, interner.kinds);
    if across && tokens.tell_languages() {
        let translation = Translation {
            source: languages[0],
            target: languages[1],
        };
        translation::read_across(&mut tokens, &interner.words, translation);
    }
    names::unmark_title_case(&mut tokens);
    tokens.names = names::written_as_names(&tokens);
    tokens.name_runs = names::name_runs(&tokens);
    tokens.misspelt = names::misspelt(&tokens.names, &interner.words);
    tokens.short_forms = names::short_forms(&tokens.names, &interner.words);
    tokens.acronyms =
        acronym::expand([(source_text, &tokens.source), (target_text, &tokens.target)]);
    tokens.exchange = exchange::exchange(&tokens);
    rounding::read_rounded_as_given(&mut tokens);
    tokens
}

#[cfg(test)]
mod tests;

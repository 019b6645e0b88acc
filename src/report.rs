//! The one output type, `Report`, shared by the library, the CLI's JSON and the page.
//!
//! Field names are snake_case and identical in Rust, JSON and JavaScript. Offsets are never bytes:
//! they count Unicode scalar values (`OffsetUnit::Char`, Python's `str` indices, the CLI's choice)
//! or UTF-16 code units (`OffsetUnit::Utf16`, JavaScript's string indices, the page's choice).

use serde::{Deserialize, Serialize};

pub use crate::normalize::{Language, Translation};

/// What a sentence, span or link is, seen from one side.
///
/// Target sentences are `copied`, `reworded` or `added`; source sentences are `copied`,
/// `reworded` or `omitted`. Spans inside a sentence use the same words for finer parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Taken word for word, allowing only trivial changes (case, punctuation, spelling variants).
    Copied,
    /// The same content in substantially different words.
    Reworded,
    /// In the target with no counterpart in the source.
    Added,
    /// In the source with no counterpart in the target.
    Omitted,
}

impl Label {
    /// The label's JSON name, for text output.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(retold::Label::Reworded.as_str(), "reworded");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Copied => "copied",
            Label::Reworded => "reworded",
            Label::Added => "added",
            Label::Omitted => "omitted",
        }
    }
}

/// The unit that `start` and `end` offsets count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffsetUnit {
    /// Unicode scalar values: `text[start:end]` in Python. The CLI's unit.
    #[default]
    Char,
    /// UTF-16 code units: `text.slice(start, end)` in JavaScript. The page's unit.
    Utf16,
}

/// The result of comparing a target article with its presumed source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The version of retold that made the report (`"0.1.0"`), so a saved report says which
    /// rules labelled it. A report saved before the field existed reads as `""`.
    #[serde(default)]
    pub version: String,
    /// The unit of every `start`/`end` in this report.
    pub offset_unit: OffsetUnit,
    /// The source article, sentence by sentence.
    pub source: Side,
    /// The target article, sentence by sentence.
    pub target: Side,
    /// Counterparts: which source sentences each derived target sentence comes from.
    pub links: Vec<Link>,
    /// Counts, character shares and the verdict.
    pub summary: Summary,
}

/// One article of the pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// Sentences in document order; they never overlap, and only whitespace and invisible
    /// characters (a byte-order mark, a zero-width space) lie between them.
    pub sentences: Vec<Sentence>,
    /// How many paragraphs the article has.
    pub paragraphs: usize,
}

/// One sentence (or headline, caption, bullet line) of an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// An exact slice of the input: `input[start..end]` in the report's offset unit.
    pub text: String,
    /// Where the sentence starts in the input.
    pub start: usize,
    /// Where the sentence ends in the input (exclusive).
    pub end: usize,
    /// The paragraph it belongs to, counting from 0.
    pub paragraph: usize,
    /// Its label: copied, reworded, added (target) or omitted (source).
    pub label: Label,
    /// Indices into `Report::links` of the links this sentence takes part in.
    pub links: Vec<usize>,
    /// Finer parts that differ from the sentence's own label, in input offsets.
    ///
    /// In a reworded target sentence, words kept in order are `copied` spans; in a copied one,
    /// new phrases are `added` and replaced ones `reworded` spans; an added sentence may hold a
    /// `copied` phrase found verbatim in the source. In a copied source sentence, words the
    /// target dropped are `omitted` spans; in a reworded one, the words it kept are `copied`.
    pub spans: Vec<Span>,
    /// For an added target sentence, why no source sentence is its counterpart; absent on every
    /// other sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
}

/// Why a target sentence is added: what its closest source sentences share with it, and why
/// that falls short of a counterpart.
///
/// `"North Korea has sought closer ties with Russia."` in padding around a wire story about
/// North Korean troops in Russia is `common_words`, sharing `["North Korea", "Russia"]` with the
/// wire story's closest sentence: words every sentence of both articles repeats say nothing of
/// where this one came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// What falls short.
    pub why: Why,
    /// The closest source sentences, in document order: what `shared` was found in, or the
    /// sentences whose shape the target sentence keeps with another fact. Empty for `unshared`.
    pub source: Vec<usize>,
    /// The target sentence's content words found in those source sentences, as the target writes
    /// them, neighbours joined into one phrase (`"North Korea"`), each once, in order; at most
    /// the first 40, which only a sentence of many lines without a full stop reaches.
    pub shared: Vec<String>,
    /// For `changed`, the fact the target sentence changes; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Fact>,
}

/// Why an added target sentence has no counterpart; see [`Reason`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// No content word of it is in the source: `"Residents cheered."` after a story about a
    /// bridge vote.
    Unshared,
    /// It shares only words that both articles use throughout, the event's common vocabulary:
    /// `"North Korea"` and `"Russia"` in background padding around a story about them.
    CommonWords,
    /// It shares a few telling words, too few of its own to say what a source sentence says:
    /// `"The dam was built in 1961."` sharing `"dam"` and `"built"` with a sentence about the
    /// dam's repair.
    FewWords,
    /// It asks a question of its own where the source states: `"Who will pay for the work?"`
    /// over `"Households will pay for the work."`.
    Question,
    /// It keeps a source sentence's shape with another fact (`changed`): `"The storm killed 15
    /// people."` for `"The storm killed 12 people."`.
    Changed,
}

impl Why {
    /// Every reason, in the order [`Why`] lists them.
    pub const ALL: [Why; 5] = [
        Why::Unshared,
        Why::CommonWords,
        Why::FewWords,
        Why::Question,
        Why::Changed,
    ];

    /// The reason's JSON name, for text output.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(retold::Why::CommonWords.as_str(), "common_words");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Unshared => "unshared",
            Why::CommonWords => "common_words",
            Why::FewWords => "few_words",
            Why::Question => "question",
            Why::Changed => "changed",
        }
    }
}

/// A labelled part of a sentence, in input offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Where the span starts in the input.
    pub start: usize,
    /// Where the span ends in the input (exclusive).
    pub end: usize,
    /// What this part is.
    pub label: Label,
}

/// A counterpart: target sentences derived from source sentences.
///
/// Usually one target sentence and one source sentence; a split sentence gives one source and
/// several targets, a merged one several sources and one target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Indices of the source sentences, in document order.
    pub source: Vec<usize>,
    /// Indices of the target sentences, in document order.
    pub target: Vec<usize>,
    /// `copied` or `reworded`; `added` when the target sentence keeps the source's shape but
    /// changes a fact, which `changed` names.
    pub label: Label,
    /// For an `added` link, the fact the target changed; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Fact>,
    /// How much the two sides share, from 0 (nothing) to 1 (the same words).
    pub similarity: f64,
    /// What the target changed of the source's words: nothing, punctuation, their order, or
    /// words, so that a similarity of 1 over a visible change can be told apart.
    pub edits: Edits,
    /// Word-level diff from the source sentences to the target sentences.
    ///
    /// `equal` and `delete` texts concatenate to the source sentences joined by single spaces;
    /// `equal` and `insert` texts to the target sentences joined the same way.
    pub diff: Vec<DiffOp>,
}

impl Link {
    /// How alike the link's sentences are, in words a reader trusts: the similarity counts
    /// words, so a change of punctuation or case alone is "the same words", never "100 %
    /// similar" over a visible change, and a link that changed a word, or a fact by reordering
    /// words, is at most 99 % similar.
    ///
    /// # Examples
    /// ```
    /// use retold::{compare, Options};
    /// let report = compare("It cost £2bn, he said.", "It cost £2bn he said.", &Options::default());
    /// assert_eq!(
    ///     report.links[0].likeness(),
    ///     "the same words; only punctuation, case or spelling differs"
    /// );
    /// let (source, target) = ("It ended Rovers 3, City 1.", "It ended Rovers 1, City 3.");
    /// let report = compare(source, target, &Options::default());
    /// assert_eq!(report.links[0].likeness(), "99% similar");
    /// ```
    pub fn likeness(&self) -> String {
        // A changed fact is never "the same words": `3-1` made `1-3` keeps every word, in an
        // order that says another thing.
        let edits = match self.changed {
            Some(_) => Edits::Words,
            None => self.edits,
        };
        match edits {
            Edits::Punctuation => {
                "the same words; only punctuation, case or spelling differs".into()
            }
            Edits::Order => "the same words, some in another order".into(),
            Edits::None | Edits::Words => {
                // A whole percentage as an integer: formatting a float would pull float
                // printing into the page's wasm.
                let percent = (self.similarity * 100.0).round() as u32;
                let percent = if edits == Edits::Words {
                    percent.min(99)
                } else {
                    percent
                };
                format!("{percent}% similar")
            }
        }
    }
}

/// What a link's target sentences changed of its source sentences' words.
///
/// `"It cost £2bn."` -> `"It cost £2bn."` is `none`; -> `"It cost £2bn!"` or `"It cost £2 bn."`
/// `punctuation` (so is a spelling variant, `"neighbours"` for `"neighbors"`); -> `"£2bn it
/// cost."` `order`; -> `"It cost £3bn."` `words`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edits {
    /// The same text.
    None,
    /// The same words in the same order: only punctuation, case or spelling differs.
    Punctuation,
    /// The same words, some in another order.
    Order,
    /// Words added, dropped or changed.
    Words,
}

/// One run of a word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// Whether the text is in both, only the source (`delete`) or only the target (`insert`).
    pub op: Op,
    /// The text of the run, whitespace included.
    pub text: String,
}

/// A fact that a target sentence changes while it keeps its source sentence's shape, which
/// makes it `added`: it says something the source does not.
///
/// `"The storm killed 12 people."` -> `"The storm killed 15 people."` changes a `number`;
/// `"Mayor Ann Clarke said..."` -> `"Councillor Tom Reed said..."` a `name`; `"...on 3 June"` ->
/// `"...on 3 July"` a `date`; `"The council will not raise taxes."` -> `"The council will raise
/// taxes."` a `negation`; `"Shares rose."` -> `"Shares fell."` an `opposite`; `"A man was
/// arrested."` -> `"A man was charged."` a `stage`; `"The drug may slow
/// the disease."` -> `"The drug slows the disease."` a `hedge`; `"The firm will launch its
/// phone."` -> `"The firm launched its phone."` a `tense`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// Another figure, date or amount.
    Number,
    /// Another person, place or body: a different speaker, say.
    Name,
    /// Another month or day of the week, another period from the time of writing (`"this
    /// year"` for `"last year"`), another half or quarter (`"the second half"` for `"the first
    /// half"`), or another part of the day (`"Tuesday night"` for `"Tuesday morning"`).
    Date,
    /// A negation added or dropped, so the sentence says the opposite.
    Negation,
    /// A word swapped for its opposite (`"rose"` for `"fell"`, `"won"` for `"lost"`).
    Opposite,
    /// A word swapped for another step of the same course: `"charged"` for `"arrested"`,
    /// `"killed"` for `"injured"`.
    Stage,
    /// A hedge (`"may"`, `"could"`, `"possibly"`) dropped or added, so the sentence claims more
    /// or less than the source, or the words that say whose belief the claim is (`"Critics
    /// say"`), or what the claim is of (`"in mice"`, `"in some patients"`), or an intent told as
    /// certain (`"will close"` for `"plans to close"`).
    Hedge,
    /// A plan told as done (`"launched"` for `"will launch"`), or a deed told as a plan; or a
    /// former role told as a present one (`"The minister"` for `"The former minister"`), or the
    /// reverse.
    Tense,
}

impl Fact {
    /// The fact's JSON name, for text output.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(retold::Fact::Negation.as_str(), "negation");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Fact::Number => "number",
            Fact::Name => "name",
            Fact::Date => "date",
            Fact::Negation => "negation",
            Fact::Opposite => "opposite",
            Fact::Stage => "stage",
            Fact::Hedge => "hedge",
            Fact::Tense => "tense",
        }
    }

    /// Every fact, in the order a reader is told of them: a number outranks a date, a date a
    /// name.
    pub const ALL: [Fact; 8] = [
        Fact::Number,
        Fact::Date,
        Fact::Name,
        Fact::Negation,
        Fact::Opposite,
        Fact::Stage,
        Fact::Hedge,
        Fact::Tense,
    ];

    /// What the target did to the fact, in a reader's words, for text output and headlines.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(retold::Fact::Number.describe(), "another number or unit");
    /// assert_eq!(retold::Fact::Hedge.describe(), "a claim made firmer or hedged");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            Fact::Number => "another number or unit",
            Fact::Name => "another name",
            Fact::Date => "another date",
            Fact::Negation => "a negation turned",
            Fact::Opposite => "a word turned to its opposite",
            Fact::Stage => "another step, such as charged for arrested or killed for injured",
            Fact::Hedge => "a claim made firmer or hedged",
            Fact::Tense => "a plan told as done or a former role as current, or the reverse",
        }
    }
}

/// The kind of a diff run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// In both sides.
    Equal,
    /// Only in the target.
    Insert,
    /// Only in the source.
    Delete,
}

/// How the target as a whole relates to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// (Nearly) everything in the target comes from the source.
    WhollyDerived,
    /// A real part of the target comes from the source, a real part does not.
    PartiallyDerived,
    /// The target is its own work, whatever topic it shares.
    Independent,
}

/// Counts, shares and verdict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Figures for the source side (copied, reworded, omitted).
    pub source: Tally,
    /// Figures for the target side (copied, reworded, added).
    pub target: Tally,
    /// The verdict on the target as a whole.
    pub verdict: Verdict,
    /// The verdict in plain words, for people, e.g.
    /// "Most of this article is copied from the source: 14 sentences copied, 2 reworded, 11 added
    /// (the last 4 paragraphs)."
    pub headline: String,
    /// The language whose stems and function words the articles' words were compared as
    /// (`"en"`, `"de"`...). A report saved before it existed reads as English.
    #[serde(default)]
    pub language: Language,
    /// The source's and the target's languages when the target translates the source, read
    /// across by names, figures and cognates (`{"source": "es", "target": "en"}`); `null`
    /// when both are in one language. A report saved before it existed has none.
    #[serde(default)]
    pub translation: Option<Translation>,
}

/// Per-label figures for one side.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// Sentences per label.
    pub counts: Counts,
    /// Share of the side's non-space characters per label, from 0 to 1, spans included.
    pub shares: Shares,
    /// The shares as whole percentages that add up to 100 (0 for an empty side), rounded by
    /// largest remainder, so every reader of the report prints the same figures: thirds are
    /// 34, 33, 33, never 33, 33, 33. A report saved before they existed reads them as all 0.
    #[serde(default)]
    pub percents: Percents,
    /// Non-space characters in the side's sentences.
    pub characters: usize,
}

/// Sentences per label. Labels that do not apply to a side stay 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Copied sentences.
    pub copied: usize,
    /// Reworded sentences.
    pub reworded: usize,
    /// Added sentences (target only).
    pub added: usize,
    /// Omitted sentences (source only).
    pub omitted: usize,
}

/// Character shares per label, from 0 to 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shares {
    /// Share copied.
    pub copied: f64,
    /// Share reworded.
    pub reworded: f64,
    /// Share added (target only).
    pub added: f64,
    /// Share omitted (source only).
    pub omitted: f64,
}

/// Whole percentages of a side's characters per label; see [`Tally::percents`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Percents {
    /// Percent copied.
    pub copied: u32,
    /// Percent reworded.
    pub reworded: u32,
    /// Percent added (target only).
    pub added: u32,
    /// Percent omitted (source only).
    pub omitted: u32,
}

impl Counts {
    /// Adds one sentence with `label`.
    pub fn count(&mut self, label: Label) {
        match label {
            Label::Copied => self.copied += 1,
            Label::Reworded => self.reworded += 1,
            Label::Added => self.added += 1,
            Label::Omitted => self.omitted += 1,
        }
    }
}

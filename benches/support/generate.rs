//! A deterministic generator of realistic article pairs with a known structure, for benchmarks.
//!
//! Nothing here is real text: a seeded PRNG builds a lexicon of invented but plausible words
//! (syllables plus English suffixes, so the stemmer and the spelling-variant merge have work to do),
//! invented names and places, and real English function words. Articles are written from it:
//! headlines, bylines, paragraphs of one to three sentences of 8 to 35 words, with names
//! (sometimes `Mr.`/`Dr.` and accented), numbers in news formats, quotes in straight and curly
//! marks, possessives and dashes. Content words follow a Zipf law, with a per-paragraph topic and a
//! per-article cast, so a word's sentence frequency grows with the text as it does in news.
//!
//! The target is made from the source sentence by sentence: copied verbatim, copied with light
//! edits, reworded (synonym swaps and reordering), heavily paraphrased, split, merged with the next
//! sentence, dropped; with new sentences and paragraphs added and paragraphs reordered. The
//! counts of each operation are returned as [`Truth`].
//!
//! Included with `#[path]` by `benches/compare.rs` and `examples/generate.rs`; it uses only `std`.
#![allow(dead_code)]

use std::collections::HashSet;

/// The benchmark sizes: a name and the approximate size of each side in bytes.
pub const SIZES: &[(&str, usize)] = &[
    ("5k", 5_000),
    ("50k", 50_000),
    ("100k", 100_000),
    ("200k", 200_000),
    ("400k", 400_000),
    ("500k", 500_000),
    ("800k", 800_000),
    ("1m", 1_000_000),
];

/// The seed of every generated pair; a size's pair is `pair(size, SEED)`.
pub const SEED: u64 = 0x7e70_1d5e_ed00_0001;

/// How many target sentences each operation produced (and how many source sentences were dropped).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Truth {
    /// Source sentences.
    pub source_sentences: usize,
    /// Target sentences.
    pub target_sentences: usize,
    /// Target sentences copied verbatim.
    pub copied: usize,
    /// Target sentences copied with a light edit (a number, a word, a comma).
    pub edited: usize,
    /// Target sentences reworded (synonyms for about half the content words, reordering).
    pub reworded: usize,
    /// Target sentences heavily paraphrased (most content words swapped).
    pub paraphrased: usize,
    /// Target sentences made by splitting a source sentence (two per split).
    pub split: usize,
    /// Target sentences made by merging two source sentences.
    pub merged: usize,
    /// Source sentences left out of the target.
    pub dropped: usize,
    /// New target sentences with no source.
    pub added: usize,
    /// Headlines and bylines (copied or reworded with their article).
    pub headlines: usize,
}

/// A generated source and target, with what was done to make the target.
#[derive(Clone, Debug)]
pub struct Pair {
    /// The source article(s).
    pub source: String,
    /// The target made from it.
    pub target: String,
    /// The operations' counts.
    pub truth: Truth,
}

/// The pair for a named size of [`SIZES`], with the fixed [`SEED`].
pub fn sized(name: &str) -> Pair {
    let &(_, bytes) = SIZES
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("unknown size {name}"));
    pair(bytes, SEED)
}

/// Generates a source of about `bytes` bytes and a target made from it.
pub fn pair(bytes: usize, seed: u64) -> Pair {
    let mut rng = Rng::new(seed ^ (bytes as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let lexicon = Lexicon::new(&mut Rng::new(seed));
    let mut writer = Writer {
        lexicon: &lexicon,
        rng: &mut rng,
    };
    let source = writer.source(bytes);
    let mut truth = Truth {
        source_sentences: source.iter().map(|p| p.sentences.len()).sum(),
        ..Truth::default()
    };
    let target = writer.target(&source, &mut truth);
    truth.target_sentences = target.iter().map(|p| p.sentences.len()).sum();
    Pair {
        source: render(&source),
        target: render(&target),
        truth,
    }
}

/// SplitMix64: small, fast and the same everywhere.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in 0..1.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in lo..=hi.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A Zipf distribution over ranks 0..n, sampled by binary search of the CDF.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    /// Zipf-Mandelbrot: rank r has weight 1 / (r + q)^s.
    fn new(n: usize, s: f64, q: f64) -> Zipf {
        let mut cdf = Vec::with_capacity(n);
        let mut total = 0.0;
        for rank in 1..=n {
            total += 1.0 / (rank as f64 + q).powf(s);
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Zipf { cdf }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

/// Real English function words, most frequent first.
const FUNCTION: &[&str] = &[
    "the", "of", "to", "and", "a", "in", "that", "for", "on", "is", "was", "with", "he", "it",
    "as", "at", "by", "said", "from", "his", "an", "they", "be", "has", "have", "had", "but",
    "are", "not", "were", "their", "who", "will", "this", "which", "she", "after", "been", "would",
    "its", "her", "more", "than", "about", "over", "into", "also", "could", "when", "there",
    "some", "while", "before", "during", "under", "between", "all", "only", "other", "no", "so",
    "if", "up", "out", "what", "these", "those", "most", "told", "says", "against", "through",
    "them", "we", "our", "may", "should", "because", "since", "until", "both", "each", "such",
    "any", "very", "then", "where", "how", "still", "even", "just", "across", "among", "without",
    "around", "however", "although", "being", "did", "does", "can", "might", "must", "per",
];

/// Prepositions that can open a moved phrase ("on the ...", "after the ...").
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "under", "over", "across", "among", "without",
    "around", "between", "through", "against", "from",
];

const ONSETS: &[&str] = &[
    "b", "br", "bl", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j",
    "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sc", "sh", "sl", "sp", "st", "str", "t",
    "th", "tr", "v", "w", "wh", "z", "",
];
const VOWELS: &[&str] = &[
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ou", "oa", "io", "y",
];
const CODAS: &[&str] = &[
    "", "", "", "n", "r", "l", "s", "t", "nd", "st", "m", "ck", "rd", "nt", "ll", "sh", "ng", "rk",
    "x", "mp",
];
const SUFFIXES: &[&str] = &[
    "", "", "", "", "", "s", "s", "ed", "ing", "er", "ers", "tion", "ment", "ness", "al", "ly",
    "ity", "ous", "ive", "ist", "ance", "ure", "ate", "ism",
];
const TITLES: &[&str] = &["Mr.", "Mrs.", "Dr.", "Ms.", "Gen.", "Prof."];
const SAYS: &[&str] = &[
    "said",
    "says",
    "told reporters",
    "added",
    "warned",
    "explained",
];

/// The words, names and places every article is written from.
struct Lexicon {
    content: Vec<String>,
    synonyms: Vec<u32>,
    zipf: Zipf,
    function_zipf: Zipf,
    first_names: Vec<String>,
    surnames: Vec<String>,
    places: Vec<String>,
}

impl Lexicon {
    fn new(rng: &mut Rng) -> Lexicon {
        let mut seen: HashSet<String> = FUNCTION.iter().map(|w| w.to_string()).collect();
        let mut fresh =
            |rng: &mut Rng, min_syllables: usize, max_syllables: usize, suffix: bool| loop {
                let mut word = String::new();
                let syllables = if rng.chance(0.08) {
                    max_syllables
                } else {
                    rng.range(min_syllables, max_syllables - 1)
                };
                for _ in 0..syllables {
                    word.push_str(ONSETS[rng.below(ONSETS.len())]);
                    word.push_str(VOWELS[rng.below(VOWELS.len())]);
                    word.push_str(CODAS[rng.below(CODAS.len())]);
                }
                if suffix {
                    word.push_str(SUFFIXES[rng.below(SUFFIXES.len())]);
                }
                if word.len() >= 3 && word.len() <= 14 && seen.insert(word.clone()) {
                    return word;
                }
            };
        let content: Vec<String> = (0..9000).map(|_| fresh(rng, 1, 3, true)).collect();
        let capitalised = |w: String| capitalise(&w);
        let first_names: Vec<String> = (0..300)
            .map(|_| capitalised(fresh(rng, 1, 2, false)))
            .collect();
        let surnames: Vec<String> = (0..900)
            .map(|_| {
                let name = capitalised(fresh(rng, 2, 3, false));
                if rng.chance(0.05) {
                    accent(&name, rng)
                } else {
                    name
                }
            })
            .collect();
        let places: Vec<String> = (0..300)
            .map(|_| capitalised(fresh(rng, 2, 3, false)))
            .collect();
        // A synonym is another word of similar frequency: rewording keeps the register.
        let n = content.len();
        let synonyms = (0..n)
            .map(|i| {
                let band = 20 + i / 4;
                let lo = i.saturating_sub(band);
                let hi = (i + band).min(n - 1);
                let mut j = rng.range(lo, hi);
                if j == i {
                    j = if i + 1 < n { i + 1 } else { i - 1 };
                }
                j as u32
            })
            .collect();
        Lexicon {
            zipf: Zipf::new(n, 1.0, 20.0),
            function_zipf: Zipf::new(FUNCTION.len(), 0.9, 1.0),
            content,
            synonyms,
            first_names,
            surnames,
            places,
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn accent(name: &str, rng: &mut Rng) -> String {
    let marks = [('a', 'á'), ('e', 'é'), ('o', 'ö'), ('u', 'ü'), ('i', 'í')];
    let mut out = String::new();
    let mut done = false;
    for c in name.chars() {
        match marks.iter().find(|(plain, _)| *plain == c) {
            Some(&(_, marked)) if !done && rng.chance(0.5) => {
                out.push(marked);
                done = true;
            }
            _ => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Function,
    Content(u32),
    Name,
    Number,
    Dash,
}

/// One word with the punctuation glued to it.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    kind: Kind,
    before: &'static str,
    after: &'static str,
}

impl Word {
    fn new(text: impl Into<String>, kind: Kind) -> Word {
        Word {
            text: text.into(),
            kind,
            before: "",
            after: "",
        }
    }
}

#[derive(Clone, Debug)]
struct Sentence {
    words: Vec<Word>,
    /// Final punctuation: ".", "?", "!" or "" (headlines, bylines).
    end: &'static str,
    /// Closing quote mark after the final punctuation, if the sentence ends inside a quote.
    close: &'static str,
    /// A headline or byline: its own line, no final punctuation.
    line: bool,
}

#[derive(Clone, Debug)]
struct Paragraph {
    sentences: Vec<Sentence>,
    topic: Vec<u32>,
}

/// An article's recurring people and places.
struct Cast {
    people: Vec<(String, String)>,
    places: Vec<String>,
}

struct Writer<'a> {
    lexicon: &'a Lexicon,
    rng: &'a mut Rng,
}

impl Writer<'_> {
    fn source(&mut self, bytes: usize) -> Vec<Paragraph> {
        let mut paragraphs = Vec::new();
        let mut size = 0;
        while size < bytes {
            let cast = self.cast();
            let headline = self.headline(&cast);
            size += rendered_len(&headline);
            paragraphs.push(headline);
            for _ in 0..self.rng.range(12, 40) {
                let paragraph = self.paragraph(&cast);
                let len = rendered_len(&paragraph) + 2;
                if size + len > bytes && size > 0 {
                    return paragraphs;
                }
                size += len;
                paragraphs.push(paragraph);
            }
        }
        paragraphs
    }

    fn cast(&mut self) -> Cast {
        let lexicon = self.lexicon;
        Cast {
            people: (0..self.rng.range(3, 8))
                .map(|_| {
                    (
                        self.rng.pick(&lexicon.first_names).clone(),
                        self.rng.pick(&lexicon.surnames).clone(),
                    )
                })
                .collect(),
            places: (0..self.rng.range(1, 4))
                .map(|_| self.rng.pick(&lexicon.places).clone())
                .collect(),
        }
    }

    fn topic(&mut self) -> Vec<u32> {
        (0..12)
            .map(|_| self.lexicon.zipf.sample(self.rng) as u32)
            .collect()
    }

    fn headline(&mut self, cast: &Cast) -> Paragraph {
        let topic = self.topic();
        let mut words = Vec::new();
        for i in 0..self.rng.range(5, 10) {
            let word = if i % 3 == 1 {
                Word::new(
                    *self.rng.pick(&["in", "after", "as", "over", "for"]),
                    Kind::Function,
                )
            } else if self.rng.chance(0.3) {
                Word::new(self.rng.pick(&cast.places).clone(), Kind::Name)
            } else {
                self.content(&topic)
            };
            words.push(word);
        }
        let mut sentences = vec![Sentence {
            words: words
                .into_iter()
                .map(|mut w| {
                    w.text = capitalise(&w.text);
                    w
                })
                .collect(),
            end: "",
            close: "",
            line: true,
        }];
        if self.rng.chance(0.5) {
            let (first, last) = self.rng.pick(&cast.people).clone();
            sentences.push(Sentence {
                words: vec![
                    Word::new("By", Kind::Function),
                    Word::new(first, Kind::Name),
                    Word::new(last, Kind::Name),
                ],
                end: "",
                close: "",
                line: true,
            });
        }
        Paragraph { sentences, topic }
    }

    fn paragraph(&mut self, cast: &Cast) -> Paragraph {
        let topic = self.topic();
        let count = *self.rng.pick(&[1, 2, 2, 2, 3, 3]);
        let sentences = (0..count).map(|_| self.sentence(&topic, cast)).collect();
        Paragraph { sentences, topic }
    }

    fn content(&mut self, topic: &[u32]) -> Word {
        let index = if self.rng.chance(0.35) {
            *self.rng.pick(topic)
        } else {
            self.lexicon.zipf.sample(self.rng) as u32
        };
        Word::new(
            self.lexicon.content[index as usize].clone(),
            Kind::Content(index),
        )
    }

    fn number(&mut self) -> Word {
        let rng = &mut *self.rng;
        let text = match rng.below(8) {
            0 | 1 => rng.range(2, 99).to_string(),
            2 => format!("{},{:03}", rng.range(1, 99), rng.below(1000)),
            3 => format!("{}.{}", rng.range(1, 20), rng.range(1, 9)),
            4 => format!("{}%", rng.range(1, 99)),
            5 => format!("£{}m", rng.range(2, 900)),
            6 => format!("${}.{}bn", rng.range(1, 30), rng.range(1, 9)),
            _ => rng.range(1990, 2026).to_string(),
        };
        Word::new(text, Kind::Number)
    }

    fn person(&mut self, cast: &Cast, full: bool) -> Vec<Word> {
        let (first, last) = self.rng.pick(&cast.people).clone();
        if full {
            vec![Word::new(first, Kind::Name), Word::new(last, Kind::Name)]
        } else if self.rng.chance(0.25) {
            vec![
                Word::new(*self.rng.pick(TITLES), Kind::Name),
                Word::new(last, Kind::Name),
            ]
        } else {
            vec![Word::new(last, Kind::Name)]
        }
    }

    /// A run of `len` words: function and content words, names, places and numbers.
    fn clause(&mut self, len: usize, topic: &[u32], cast: &Cast) -> Vec<Word> {
        let mut words: Vec<Word> = Vec::with_capacity(len + 2);
        while words.len() < len {
            let roll = self.rng.unit();
            if roll < 0.42 {
                let index = self.lexicon.function_zipf.sample(self.rng);
                words.push(Word::new(FUNCTION[index], Kind::Function));
            } else if roll < 0.88 {
                let word = self.content(topic);
                words.push(word);
            } else if roll < 0.93 {
                let full = self.rng.chance(0.3);
                let mut person = self.person(cast, full);
                if self.rng.chance(0.1) {
                    person.last_mut().unwrap().after = "\u{2019}s";
                }
                words.extend(person);
            } else if roll < 0.96 {
                words.push(Word::new(self.rng.pick(&cast.places).clone(), Kind::Name));
            } else if roll < 0.995 {
                let number = self.number();
                words.push(number);
            } else {
                words.push(Word::new("\u{2014}", Kind::Dash));
            }
            if words.len() > 1 && words.len() < len && self.rng.chance(0.07) {
                let last = words.last_mut().unwrap();
                if last.after.is_empty() && last.kind != Kind::Dash {
                    last.after = ",";
                }
            }
        }
        if words[0].kind == Kind::Dash {
            words.remove(0);
        }
        if words.last().map(|w| w.kind) == Some(Kind::Dash) {
            words.pop();
        }
        words
    }

    fn sentence(&mut self, topic: &[u32], cast: &Cast) -> Sentence {
        let len = sentence_length(self.rng);
        let roll = self.rng.unit();
        let (open, close) = if self.rng.chance(0.5) {
            ("\u{201c}", "\u{201d}")
        } else {
            ("\"", "\"")
        };
        if roll < 0.08 {
            // "Quote," Name said.
            let mut words = self.clause(len.saturating_sub(3).max(5), topic, cast);
            words[0].before = open;
            words.last_mut().unwrap().after = if close == "\"" { ",\"" } else { ",\u{201d}" };
            if self.rng.chance(0.5) {
                words.push(Word::new("said", Kind::Function));
                words.extend(self.person(cast, true));
            } else {
                words.extend(self.person(cast, false));
                words.push(Word::new(*self.rng.pick(SAYS), Kind::Function));
            }
            return Sentence {
                words,
                end: ".",
                close: "",
                line: false,
            };
        }
        if roll < 0.13 {
            // Name said: "Quote."
            let full = self.rng.chance(0.5);
            let mut words = self.person(cast, full);
            words.push(Word::new("said", Kind::Function));
            words.last_mut().unwrap().after = ":";
            let mut quote = self.clause(len.saturating_sub(3).max(5), topic, cast);
            quote[0].before = open;
            words.extend(quote);
            return Sentence {
                words,
                end: ".",
                close,
                line: false,
            };
        }
        let mut words = self.clause(len, topic, cast);
        if roll < 0.25 {
            words.last_mut().unwrap().after = ",";
            words.extend(self.person(cast, false));
            words.push(Word::new(*self.rng.pick(SAYS), Kind::Function));
        }
        let end = if self.rng.chance(0.02) {
            "?"
        } else if self.rng.chance(0.01) {
            "!"
        } else {
            "."
        };
        Sentence {
            words,
            end,
            close: "",
            line: false,
        }
    }

    fn target(&mut self, source: &[Paragraph], truth: &mut Truth) -> Vec<Paragraph> {
        let mut order: Vec<usize> = (0..source.len()).collect();
        // Reorder: swap neighbours, and sometimes move a paragraph well up (never a headline).
        for i in 1..order.len().saturating_sub(1) {
            let movable = |p: usize| !source[p].sentences[0].line;
            if self.rng.chance(0.12) && movable(order[i]) && movable(order[i + 1]) {
                order.swap(i, i + 1);
            }
        }
        for _ in 0..order.len() / 25 {
            let from = self.rng.below(order.len());
            let to = from.saturating_sub(self.rng.range(2, 8));
            if !source[order[from]].sentences[0].line && from != to {
                let p = order.remove(from);
                order.insert(to.max(1), p);
            }
        }
        let mut out = Vec::with_capacity(source.len());
        let cast = Cast {
            people: Vec::new(),
            places: Vec::new(),
        };
        let mut local_cast = cast;
        for &p in &order {
            let paragraph = &source[p];
            if paragraph.sentences[0].line {
                truth.headlines += paragraph.sentences.len();
                let mut sentences = paragraph.sentences.clone();
                if self.rng.chance(0.4) {
                    self.reword(&mut sentences[0].words, 0.5, false);
                }
                out.push(Paragraph {
                    sentences,
                    topic: paragraph.topic.clone(),
                });
                // New sentences name the article's people: collect them from its source.
                local_cast = self.cast_of(source, p);
                continue;
            }
            if self.rng.chance(0.04) {
                truth.dropped += paragraph.sentences.len();
                continue;
            }
            let mut sentences = Vec::new();
            let mut i = 0;
            while i < paragraph.sentences.len() {
                let sentence = &paragraph.sentences[i];
                let roll = self.rng.unit();
                if roll < 0.32 {
                    sentences.push(sentence.clone());
                    truth.copied += 1;
                } else if roll < 0.50 {
                    let mut edited = sentence.clone();
                    self.light_edit(&mut edited);
                    sentences.push(edited);
                    truth.edited += 1;
                } else if roll < 0.70 {
                    let mut reworded = sentence.clone();
                    self.reword(&mut reworded.words, 0.5, true);
                    sentences.push(reworded);
                    truth.reworded += 1;
                } else if roll < 0.78 {
                    let mut paraphrased = sentence.clone();
                    self.reword(&mut paraphrased.words, 0.85, true);
                    self.drop_function_words(&mut paraphrased.words);
                    sentences.push(paraphrased);
                    truth.paraphrased += 1;
                } else if roll < 0.83 && sentence.words.len() >= 14 {
                    let (a, b) = split(sentence, self.rng);
                    sentences.push(a);
                    sentences.push(b);
                    truth.split += 2;
                } else if roll < 0.88 && i + 1 < paragraph.sentences.len() {
                    sentences.push(merge(sentence, &paragraph.sentences[i + 1]));
                    truth.merged += 1;
                    i += 1;
                } else if roll < 0.88 {
                    sentences.push(sentence.clone());
                    truth.copied += 1;
                } else {
                    truth.dropped += 1;
                }
                if self.rng.chance(0.12) {
                    sentences.push(self.sentence(&paragraph.topic, &local_cast));
                    truth.added += 1;
                }
                i += 1;
            }
            if !sentences.is_empty() {
                out.push(Paragraph {
                    sentences,
                    topic: paragraph.topic.clone(),
                });
            }
            if self.rng.chance(0.05) {
                let fresh = self.paragraph(&local_cast);
                truth.added += fresh.sentences.len();
                out.push(fresh);
            }
        }
        out
    }

    /// The people and places of the article whose headline is paragraph `p`.
    fn cast_of(&mut self, source: &[Paragraph], p: usize) -> Cast {
        let mut people = Vec::new();
        let mut places = Vec::new();
        for paragraph in source[p..].iter().take(40) {
            for sentence in &paragraph.sentences {
                let words = &sentence.words;
                for (i, w) in words.iter().enumerate() {
                    if w.kind == Kind::Name && w.text != "By" {
                        match words.get(i + 1) {
                            Some(next)
                                if next.kind == Kind::Name
                                    && !TITLES.contains(&w.text.as_str()) =>
                            {
                                people.push((w.text.clone(), next.text.clone()))
                            }
                            _ => places.push(w.text.clone()),
                        }
                    }
                }
            }
        }
        if people.is_empty() {
            people.push(("Ana".into(), "Brel".into()));
        }
        if places.is_empty() {
            places.push("Varnholt".into());
        }
        people.truncate(8);
        places.truncate(4);
        Cast { people, places }
    }

    fn light_edit(&mut self, sentence: &mut Sentence) {
        let words = &mut sentence.words;
        for _ in 0..self.rng.range(1, 2) {
            let at = self.rng.range(1, words.len().saturating_sub(1).max(1));
            match self.rng.below(6) {
                0 => {
                    if let Some(w) = words.iter_mut().find(|w| w.kind == Kind::Number) {
                        w.text = self.rng.range(2, 999).to_string();
                    } else if at < words.len() && words[at].kind == Kind::Function {
                        words[at].text = FUNCTION[self.rng.below(20)].to_string();
                    }
                }
                1 => {
                    let index = self.lexicon.zipf.sample(self.rng) as u32;
                    let word = Word::new(
                        self.lexicon.content[index as usize].clone(),
                        Kind::Content(index),
                    );
                    words.insert(at.min(words.len()), word);
                }
                2 if words.len() > 6
                    && at < words.len()
                    && words[at].kind != Kind::Name
                    && words[at].before.is_empty()
                    && words[at].after.is_empty() =>
                {
                    words.remove(at);
                }
                3 if at < words.len() && words[at].kind == Kind::Function => {
                    words[at].text = FUNCTION[self.rng.below(30)].to_string();
                }
                4 if at < words.len() => {
                    let w = &mut words[at];
                    w.after = match w.after {
                        "" => ",",
                        "," => "",
                        other => other,
                    };
                }
                _ => {
                    for w in words.iter_mut() {
                        if w.text == "said" {
                            w.text = "says".into();
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Swaps content words for synonyms with probability `share`, and maybe moves a phrase.
    fn reword(&mut self, words: &mut Vec<Word>, share: f64, reorder: bool) {
        for w in words.iter_mut() {
            if let Kind::Content(index) = w.kind {
                if self.rng.chance(share) {
                    let synonym = self.lexicon.synonyms[index as usize];
                    let text = &self.lexicon.content[synonym as usize];
                    w.text = if w.text.starts_with(char::is_uppercase) {
                        capitalise(text)
                    } else {
                        text.clone()
                    };
                    w.kind = Kind::Content(synonym);
                }
            }
        }
        if !reorder || words.len() < 10 || !self.rng.chance(0.6) {
            return;
        }
        // Move a trailing prepositional phrase to the front: "... on the x y." -> "On the x y, ...".
        let quoted = words
            .iter()
            .any(|w| !w.before.is_empty() || w.after.contains(['"', '\u{201d}', ':']));
        if quoted {
            return;
        }
        let from = (words.len() / 2..words.len() - 2).find(|&i| {
            words[i].kind == Kind::Function && PREPOSITIONS.contains(&words[i].text.as_str())
        });
        if let Some(from) = from {
            let mut phrase: Vec<Word> = words.drain(from..).collect();
            if let Some(w) = words.last_mut() {
                if w.after == "," {
                    w.after = "";
                }
            }
            for w in &mut phrase {
                if w.after == "," {
                    w.after = "";
                }
            }
            phrase.last_mut().unwrap().after = ",";
            if let Some(first) = words.first_mut() {
                if matches!(first.kind, Kind::Function | Kind::Content(_)) {
                    first.text = first.text.to_lowercase();
                }
            }
            phrase.append(words);
            *words = phrase;
        }
    }

    fn drop_function_words(&mut self, words: &mut Vec<Word>) {
        let mut i = 1;
        while i < words.len() {
            if words[i].kind == Kind::Function
                && words[i].before.is_empty()
                && words[i].after.is_empty()
                && self.rng.chance(0.25)
            {
                words.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// Sentence lengths of 8 to 35 words, most between 12 and 22.
fn sentence_length(rng: &mut Rng) -> usize {
    if rng.chance(0.04) {
        return rng.range(26, 35);
    }
    let triangular = (rng.range(8, 27) + rng.range(8, 27) + rng.range(4, 18)) / 3;
    triangular.clamp(8, 35)
}

/// Splits a sentence at a function word near the middle (or just the middle).
fn split(sentence: &Sentence, rng: &mut Rng) -> (Sentence, Sentence) {
    let n = sentence.words.len();
    let quoted = sentence.words.iter().any(|w| !w.before.is_empty());
    let cut = (n / 3..2 * n / 3)
        .find(|&i| sentence.words[i].kind == Kind::Function && rng.chance(0.5))
        .unwrap_or(n / 2);
    let mut first: Vec<Word> = sentence.words[..cut].to_vec();
    let mut second: Vec<Word> = sentence.words[cut..].to_vec();
    if let Some(w) = first.last_mut() {
        w.after = match w.after {
            "," | ":" => "",
            other => other,
        };
    }
    if quoted {
        // Keep quote marks balanced by dropping them from both halves.
        for w in first.iter_mut().chain(second.iter_mut()) {
            w.before = "";
            w.after = match w.after {
                ",\"" | ",\u{201d}" => ",",
                other => other,
            };
        }
    }
    if !matches!(second[0].kind, Kind::Function) && rng.chance(0.5) {
        second.insert(0, Word::new("it", Kind::Function));
        second.insert(1, Word::new("said", Kind::Function));
    }
    (
        Sentence {
            words: first,
            end: ".",
            close: "",
            line: false,
        },
        Sentence {
            words: second,
            end: sentence.end,
            close: if quoted { "" } else { sentence.close },
            line: false,
        },
    )
}

/// Joins a sentence and the next with ", and".
fn merge(a: &Sentence, b: &Sentence) -> Sentence {
    let mut words = a.words.clone();
    if let Some(w) = words.last_mut() {
        w.after = match w.after {
            "" => ",",
            other => other,
        };
    }
    let mut close = b.close;
    if !a.close.is_empty() {
        // Close a's quote before the join.
        words.last_mut().unwrap().after = if a.close == "\"" { ",\"" } else { ",\u{201d}" };
    }
    words.push(Word::new("and", Kind::Function));
    let mut rest = b.words.clone();
    if let Some(first) = rest.first_mut() {
        if matches!(first.kind, Kind::Function | Kind::Content(_)) {
            first.text = first.text.to_lowercase();
        }
    }
    words.extend(rest);
    if close.is_empty()
        && b.words.iter().any(|w| !w.before.is_empty())
        && !b.words.iter().any(|w| w.after.contains(['"', '\u{201d}']))
    {
        close = "\"";
    }
    Sentence {
        words,
        end: b.end,
        close,
        line: false,
    }
}

fn render_sentence(sentence: &Sentence, out: &mut String) {
    for (i, w) in sentence.words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w.before);
        if (i == 0 || !w.before.is_empty()) && matches!(w.kind, Kind::Function | Kind::Content(_)) {
            out.push_str(&capitalise(&w.text));
        } else {
            out.push_str(&w.text);
        }
        out.push_str(w.after);
    }
    out.push_str(sentence.end);
    out.push_str(sentence.close);
}

fn render_paragraph(paragraph: &Paragraph, out: &mut String) {
    for (i, sentence) in paragraph.sentences.iter().enumerate() {
        if i > 0 {
            out.push(if sentence.line || paragraph.sentences[i - 1].line {
                '\n'
            } else {
                ' '
            });
        }
        render_sentence(sentence, out);
    }
}

fn rendered_len(paragraph: &Paragraph) -> usize {
    let mut out = String::new();
    render_paragraph(paragraph, &mut out);
    out.len()
}

fn render(paragraphs: &[Paragraph]) -> String {
    let mut out = String::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        render_paragraph(paragraph, &mut out);
    }
    out.push('\n');
    out
}

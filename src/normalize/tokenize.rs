//! Tokenize: a sentence's words with their places, quotation state and clause openings.

use unicode_segmentation::UnicodeSegmentation;

use super::tables::{BE_FORMS, PASSIVE_HEDGES};
use super::{Interner, KeyKind, Token};
use crate::segment::Segment;
use split::split_word;

mod split;

/// Whether a word is written in capitals, two letters or more: `"US"`, `"U.S"`, `"WHO"`; not
/// `"A"`, `"Us"` or `"3D"`.
/// Whether a sentence's words are all in capitals, three of them or more as words of letters:
/// `"SERIAL ATTACKER ADMITS 13 YEAR REIGN"`, not `"A LORRY driver"`.
fn shouted(text: &str, tokens: &[Token]) -> bool {
    let mut capitals = 0;
    for t in tokens {
        let word = &text[t.start..t.end];
        if word.chars().any(char::is_lowercase) {
            return false;
        }
        capitals += usize::from(is_capitals(word));
    }
    capitals >= 3
}

pub(super) fn is_capitals(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' {
            return false;
        }
    }
    letters >= 2
}

/// Tokenizes every sentence of `text`. A quotation runs on from one sentence to the next within
/// a paragraph: in `“Losses are heavy. We see it daily,” he said.`, `We see it daily` is quoted.
pub(super) fn tokenize_all<'a>(
    text: &'a str,
    segments: &[Segment],
    interner: &mut Interner<'a>,
) -> Vec<Vec<Token>> {
    let (mut quoted, mut paragraph) = (Quoting::default(), 0);
    let mut sentences: Vec<Vec<Token>> = segments
        .iter()
        .map(|segment| {
            if segment.paragraph != paragraph {
                (quoted, paragraph) = (Quoting::default(), segment.paragraph);
            }
            tokenize(text, segment, interner, &mut quoted)
        })
        .collect();
    super::calendar::mark_days(text, &mut sentences, interner);
    sentences
}

/// Which quotations are open: one in double marks (`"`, `“`, `«`, `„`) and one in single marks
/// (`'`, `‘`), which British papers use: `'We are sorry,' she said.`
#[derive(Clone, Copy, Debug, Default)]
struct Quoting {
    double: bool,
    single: bool,
}

impl Quoting {
    fn open(self) -> bool {
        self.double || self.single
    }

    /// Reads a piece of punctuation between words, `before` and `after` the characters next to it
    /// in the sentence. A double mark opening the sentence opens a quotation, whatever was open:
    /// a quote's last sentence may lack its closing mark. A single mark opens one before a word
    /// and after no letter or digit (`'We`, not `'90s` or `don't`), and closes an open one after a
    /// word or its punctuation and before none (`sorry,'`); so `the parents' case` inside a
    /// single-quoted quote closes it early, which only loses a few quoted words.
    fn read(&mut self, piece: &str, before: Option<char>, after: Option<char>, first: bool) {
        if piece.chars().any(is_quote_mark) {
            self.double =
                toggle_quote(piece, self.double) || first && piece.starts_with(['"', '\u{201c}']);
        }
        if piece.contains(['\'', '\u{2018}', '\u{2019}']) {
            let word_before = before.is_some_and(char::is_alphanumeric);
            let word_after = after.is_some_and(char::is_alphanumeric);
            if !self.single && !word_before && after.is_some_and(char::is_alphabetic) {
                self.single = piece.ends_with(['\'', '\u{2018}']);
            } else if self.single && !word_after && !piece.ends_with('\u{2018}') {
                self.single = false;
            }
        }
    }
}

/// Tokenizes one sentence into words; punctuation and spaces are not tokens. `quoted` says
/// which quotations are open where the sentence starts, and is left as it is where it ends.
fn tokenize<'a>(
    text: &'a str,
    segment: &Segment,
    interner: &mut Interner<'a>,
    quoted: &mut Quoting,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    // A list's number is no word of its item: `"3. Sunday trains..."`.
    let marker_end = crate::segment::list_marker(text, segment.start);
    for (run_start, run_end) in visible_runs(&text[segment.start..segment.end]) {
        let run = &text[segment.start + run_start..segment.start + run_end];
        // Where the last piece that opened with a digit ended, for a plus sign written onto it.
        let mut figure_end = None;
        // Where the citation marks written onto a word end (`"bridge[3][4]"`, which text copied
        // from Wikipedia carries): their words are none of the sentence's. A bracket after a
        // space is no mark: `"see note [2]"` keeps its `"2"`.
        let mut marks_end = 0;
        for (offset, piece) in run.split_word_bound_indices() {
            let Some(c) = piece.chars().next() else {
                continue;
            };
            if offset < marks_end || run_start + offset < marker_end {
                continue;
            }
            if c == '[' && offset > 0 && !run.as_bytes()[offset - 1].is_ascii_whitespace() {
                marks_end = offset + crate::segment::citation_marks(&run[offset..]);
            }
            let sign = sign_word(piece, figure_end == Some(offset), run, offset);
            figure_end = c.is_ascii_digit().then_some(offset + piece.len());
            if !piece.chars().any(char::is_alphanumeric) && !is_percent(piece) && sign.is_none() {
                let before = run[..offset].chars().next_back();
                let after = run[offset + piece.len()..].chars().next();
                quoted.read(piece, before, after, tokens.is_empty());
                continue;
            }
            let start = segment.start + run_start + offset;
            // Whose dollar a sign is (`"NZ"` in `"NZ$5m"`) is part of the sum, not a name.
            let proper = !tokens.is_empty()
                && c.is_uppercase()
                && run.as_bytes().get(offset + piece.len()) != Some(&b'$');
            let [first, second] = split_word(piece, interner.language().elides());
            // `"7.30pm"` reads as `"7:30pm"`, which splits at its colon: hours and minutes.
            let parts = match first.and_then(|(_, number, _)| {
                let after = segment.start + run_start + offset + piece.len();
                clock(
                    number,
                    second.map(|(_, unit, _)| unit),
                    &text[after..segment.end],
                )
            }) {
                Some(dot) => [
                    Some((0, &piece[..dot], None)),
                    Some((dot + 1, &piece[dot + 1..dot + 3], None)),
                    second,
                ],
                None => [first, second, None],
            };
            for (word_start, word, spelled) in parts.into_iter().flatten() {
                let start = start + word_start;
                // "%", "percent" and "per cent" say one thing: the first two read as "cent".
                let spelled = spelled.or(is_percent(word).then_some("cent")).or(sign);
                let (key, form) = interner.intern(spelled.unwrap_or(word));
                let opens_clause = tokens
                    .last()
                    .is_none_or(|last: &Token| is_clause_break(&text[last.end..start]));
                tokens.push(Token {
                    start,
                    end: start + word.len(),
                    key,
                    form,
                    proper: proper && word_start == 0,
                    quoted: quoted.open(),
                    opens_clause,
                    clock: false,
                });
            }
        }
    }
    super::numerals::join_numerals(text, &mut tokens, interner);
    join_scores(text, &mut tokens, interner);
    if interner.decimal_comma() {
        super::numerals::join_digit_groups(text, &mut tokens, interner);
    }
    super::clock::join_times(text, &mut tokens, interner);
    // "US", "WHO" or "IT" in capitals amid ordinary words is a name, not the function word it
    // spells; in a headline set in capitals ("TOLD US"), it is the word.
    let capitals = |t: &Token| is_capitals(&text[t.start..t.end]);
    for i in 0..tokens.len() {
        let shouting =
            (i > 0 && capitals(&tokens[i - 1])) || tokens.get(i + 1).is_some_and(&capitals);
        if !shouting
            && capitals(&tokens[i])
            && interner.kinds[tokens[i].key as usize] == KeyKind::Stop
        {
            tokens[i].key = interner.intern_name(&text[tokens[i].start..tokens[i].end]);
        }
    }
    // A line set wholly in capitals (`"SERIAL ATTACKER ADMITS 13 YEAR REIGN OF TERROR"`) gives
    // every word a capital, so none says it is a name: read as names, its words would stand for
    // people the other article's plain words could only replace.
    if shouted(text, &tokens) {
        for t in &mut tokens {
            t.proper = false;
        }
    }
    // "May" with a capital inside a sentence is the month or a name (`"in May"`, `"Theresa
    // May said"`, `"Theresa May MP met union leaders"`), not the verb it spells, and so is a
    // first word before a day (`"May 5 is the deadline"`); amid other capitals, in a headline set
    // in title case (`"Council May Close Library"`), it is the verb. The first word of a
    // sentence has a capital anyway, so it counts as one.
    let title_case = 2 * (1 + tokens.iter().filter(|t| t.proper).count()) > tokens.len();
    for i in 0..tokens.len() {
        let word = &text[tokens[i].start..tokens[i].end];
        let headline = title_case
            && (i == 1 || i > 1 && tokens[i - 1].proper)
            && tokens.get(i + 1).is_some_and(|t| t.proper);
        let before_day = tokens.get(i + 1).is_some_and(|next| {
            text[next.start..next.end].starts_with(|c: char| c.is_ascii_digit())
        });
        if word == "May" && (tokens[i].proper || before_day) && !headline {
            tokens[i].key = interner.intern_name(word);
        }
    }
    mark_passive_hedges(text, &mut tokens, interner);
    if tokens.is_empty() {
        // A sentence without words ("—", "😀", "。") still needs a key to be matched by, or
        // compare(x, x) would call it added: its visible pieces become weightless tokens.
        for (offset, piece) in text[segment.start..segment.end].split_word_bound_indices() {
            if piece.chars().all(crate::segment::is_blank_char) {
                continue;
            }
            let start = segment.start + offset;
            let (key, form) = interner.intern(piece);
            tokens.push(Token {
                start,
                end: start + piece.len(),
                key,
                form,
                proper: false,
                quoted: false,
                opens_clause: tokens.is_empty(),
                clock: false,
            });
        }
    }
    tokens
}

/// Gives a passive verb of knowing between a form of `"be"` and `"to"` a key of its own, a
/// hedge: `"is understood to have agreed"`, `"are thought to want"`, `"is said to be"` tell the
/// claim after them on others' word, as `"reportedly"` does, while `"he understood the risk"` or
/// `"she said"` stay the words they are. English only.
fn mark_passive_hedges(text: &str, tokens: &mut [Token], interner: &mut Interner) {
    if interner.language() != super::Language::English {
        return;
    }
    // Plain loops: the page pays for every iterator chain.
    for i in 1..tokens.len().saturating_sub(1) {
        let at = |k: usize| &text[tokens[k].start..tokens[k].end];
        let (word, before, after) = (at(i), at(i - 1), at(i + 1));
        if listed(PASSIVE_HEDGES, word, 1)
            && listed(BE_FORMS, before, 0)
            && listed(&["to"], after, 0)
        {
            tokens[i].key = interner.intern_name(word);
            // One form for all: the lookup pairs the marked key with it.
            tokens[i].form = 0;
        }
    }
}

/// Whether `word` is one of `list`, up to ASCII case, each entry read from byte `skip` on.
#[inline(never)]
fn listed(list: &[&str], word: &str, skip: usize) -> bool {
    for entry in list {
        if entry[skip..].eq_ignore_ascii_case(word) {
            return true;
        }
    }
    false
}

/// Joins two numbers written with a dash between them into one figure: a score or a range is
/// read as a whole, so `"1-3"` for `"3-1"` is another result, not the same two numbers. `"3–1"`
/// with an en dash is the same as `"3-1"`; `"3 - 1"` with spaces stays two numbers, and so does
/// `"3 to 1"`, since joining it would split `"from 1 to 3"` from `"from one to 3"`. Only pairs
/// join: `"2024-01-15"` -> `"2024-01"`, `"15"`, so a long chain of dashed numbers costs no more
/// than the numbers.
fn join_scores<'a>(text: &'a str, tokens: &mut Vec<Token>, interner: &mut Interner<'a>) {
    let number = |t: &Token, interner: &Interner| interner.kinds[t.key as usize] == KeyKind::Number;
    let dashed = |first: &Token, second: &Token| {
        matches!(
            text.get(first.end..second.start),
            Some("-" | "\u{2013}" | "\u{2014}")
        )
    };
    if !tokens.windows(2).any(|pair| dashed(&pair[0], &pair[1])) {
        return;
    }
    let mut joined = Vec::with_capacity(tokens.len());
    let mut rest = tokens.iter().copied().peekable();
    while let Some(first) = rest.next() {
        match rest.peek().copied() {
            Some(second)
                if dashed(&first, &second)
                    && number(&first, interner)
                    && number(&second, interner) =>
            {
                rest.next();
                let (key, form) = interner.intern(&text[first.start..second.end]);
                joined.push(Token {
                    end: second.end,
                    key,
                    form,
                    ..first
                });
            }
            _ => joined.push(first),
        }
    }
    *tokens = joined;
}

/// Where the dot of a clock time written with one falls: `"7.30"` before `"pm"`, `" p.m."` or
/// `" am"` (in `unit`, written onto it, or starting `after`), an hour up to 12 and minutes under
/// 60. `"7.30%"` and `"7.30 million"` are no times, nor is `"19.30"`: a 24-hour clock is
/// written with a colon.
fn clock(number: &str, unit: Option<&str>, after: &str) -> Option<usize> {
    let (hours, minutes) = number.split_once('.')?;
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    // `"pm"`, `"p.m."`, `"PM"`, then no letter: `"pmt"` is no time.
    let half_day = |word: &str| {
        let rest = match word.as_bytes() {
            [b'a' | b'p' | b'A' | b'P', b'm' | b'M', rest @ ..] => rest,
            [b'a' | b'p' | b'A' | b'P', b'.', b'm' | b'M', rest @ ..] => rest,
            _ => return false,
        };
        !rest.first().is_some_and(u8::is_ascii_alphabetic)
    };
    let time = (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && digits(hours)
        && digits(minutes)
        && (1..=12).contains(&hours.bytes().fold(0, |h, b| h * 10 + u32::from(b - b'0')))
        && minutes.as_bytes()[0] < b'6'
        && match unit {
            Some(unit) => unit.len() == 2 && half_day(unit),
            None => half_day(after.trim_start()),
        };
    time.then_some(hours.len())
}

/// The word that `piece`, a sign or an abbreviation that qualifies a figure, reads as. `piece`
/// starts at `offset` in `run`, and `after_figure` says whether a figure ends there.
///
/// A plus sign written onto a figure: `"300+ homes"` is `"300-plus homes"`, while a sign before
/// a digit adds (`"2+2"`) and a sign before a figure is its sign (`"+7%"`). A tilde before a
/// figure: `"~300"` is `"about 300"`, `"~£5m"` too. A lower-case `"c."` or `"ca."` before a
/// figure: `"c.300"` and `"c. 1850"` are `"circa"`, while `"C. 300"` and `"c. Smith"` are not.
/// A minus sign or hyphen that opens a figure: `"-5C"` is `"minus 5C"`, while `"5-7"` and `"a
/// -"` are not.
fn sign_word(piece: &str, after_figure: bool, run: &str, offset: usize) -> Option<&'static str> {
    let (before, rest) = run.split_at(offset);
    let after = &rest[piece.len()..];
    // A currency sign may stand between a qualifier and its figure: "~£5m".
    let figure_next = |text: &str| {
        text.trim_start_matches(['£', '$', '€', '¥'])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    match piece {
        "+" | "\u{ff0b}" => (after_figure && !figure_next(after)).then_some("plus"),
        "~" | "\u{223c}" | "\u{2248}" | "\u{ff5e}" => figure_next(after).then_some("about"),
        "-" | "\u{2212}" => (before.chars().next_back().is_none_or(char::is_whitespace)
            && figure_next(after))
        .then_some("minus"),
        "c" | "ca" => after
            .strip_prefix('.')
            .map(|text| text.strip_prefix(' ').unwrap_or(text))
            .is_some_and(figure_next)
            .then_some("circa"),
        _ => None,
    }
}

/// Whether a word is a per cent sign or the word `"percent"`, which news in British English
/// writes as `"per cent"`: `"3.5%"`, `"3.5 percent"` and `"3.5 per cent"` match, and so do the
/// one-word names of other languages, so a translation's `"3.1%"` is the source's `"3,1
/// procent"` or `"3,1 Prozent"`.
fn is_percent(word: &str) -> bool {
    matches!(word, "%" | "\u{ff05}")
        || ["percent", "procent", "prozent", "percento"]
            .iter()
            .any(|name| word.eq_ignore_ascii_case(name))
}

/// Byte ranges of `sentence` outside ANSI escape sequences, which terminal copy-pastes carry:
/// `"\u{1b}[31mRoads"` -> the range of `"Roads"`, so the colour code does not glue onto the word.
fn visible_runs(sentence: &str) -> Vec<(usize, usize)> {
    let bytes = sentence.as_bytes();
    let mut runs = Vec::new();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            let end = bytes[i + 2..]
                .iter()
                .position(|b| (0x40..=0x7e).contains(b))
                .map_or(bytes.len(), |p| i + 3 + p);
            runs.push((from, i));
            from = end;
            i = end;
        } else {
            i += 1;
        }
    }
    runs.push((from, bytes.len()));
    runs.retain(|(a, b)| a < b);
    runs
}

/// Whether the text between two words ends one clause and opens another: `", "`, `"; "`,
/// `" – "`, `" (" `, a quotation mark, or a hyphen standing alone as a dash (`" - "`), but not
/// the hyphen of `"well-known"` or an apostrophe.
fn is_clause_break(gap: &str) -> bool {
    gap.chars().any(|c| {
        is_quote_mark(c)
            || matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '[' | ']' | '\u{2013}' | '\u{2014}'
            )
    }) || (gap.starts_with(char::is_whitespace)
        && gap.ends_with(char::is_whitespace)
        && gap
            .split_whitespace()
            .any(|piece| piece == "-" || piece == "--"))
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{201e}'
    )
}

/// Whether a quotation is open after the quotation marks of `piece`. `„` only opens and `”` only
/// closes; `“`, `«` and `»` open a quotation or close the open one, since languages pair them
/// differently: English `“...”`, German `„...“` and `»...«`, French `«...»`.
fn toggle_quote(piece: &str, quoted: bool) -> bool {
    let mut state = quoted;
    for c in piece.chars() {
        match c {
            '\u{201e}' => state = true,
            '\u{201d}' => state = false,
            '"' | '\u{201c}' | '\u{ab}' | '\u{bb}' => state = !state,
            _ => {}
        }
    }
    state
}

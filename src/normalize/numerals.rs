//! Numerals: numbers spelt out in several words read as one figure.
//!
//! Single number words already fold to digits (`"three"` -> `"3"`), but a compound does not
//! survive word by word: `"forty-two"` is no `"40"` and `"2"`, and `"two hundred and fifty"`
//! would read as `"2"`, `"hundred"`, `"and"`, `"50"` against `"250"`, a changed number where
//! the figure is the same. So a run of number words that composes one value becomes one token
//! keyed by its digits: `"forty-two months"` matches `"42 months"`, and `"forty-three"` against
//! `"42"` is a changed figure. A half or a quarter joins its whole number the same way:
//! `"three and a half"`, `"3½"` and `"3 1/2"` are all `"3.5"`, and so is a decimal read out
//! digit by digit, `"three point five"`.

use super::{Interner, KeyKind, Token};

/// What one word contributes to a number written in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numeral {
    /// 1 to 9.
    Unit(u32),
    /// 10 to 19.
    Teen(u32),
    /// 20, 30 … 90.
    Tens(u32),
    /// `"hundred"`: multiplies what comes before it.
    Hundred,
    /// `"thousand"`: multiplies everything before it.
    Thousand,
    /// `"and"`, only between a hundred or a thousand and what follows: `"two hundred and five"`.
    And,
    /// `"a"`, only before a hundred or a thousand: `"a hundred"`.
    A,
    /// `"point"`, only between a number and its digits read out: `"three point five"`.
    Point,
    /// `"zero"` or `"nought"`, only in a decimal read out: `"nought point zero five"`.
    Zero,
}

/// The numeral a word is, in any case: `"Forty"` -> tens of 40, `"hundred"` -> a hundred;
/// `"hundreds"` -> none (`"hundreds of people"` is no figure).
fn numeral(word: &str) -> Option<Numeral> {
    // One string searched at run time: a table or a `match` of words unrolls into kilobytes
    // of comparisons in the page.
    static WORDS: &str = "one two three four five six seven eight nine ten eleven twelve \
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty \
        sixty seventy eighty ninety hundred thousand and a point zero nought";
    let at = WORDS
        .split(' ')
        .position(|name| name.eq_ignore_ascii_case(word))? as u32;
    Some(match at {
        0..=8 => Numeral::Unit(at + 1),
        9..=18 => Numeral::Teen(at + 1),
        19..=26 => Numeral::Tens(10 * (at - 17)),
        27 => Numeral::Hundred,
        28 => Numeral::Thousand,
        29 => Numeral::And,
        30 => Numeral::A,
        31 => Numeral::Point,
        _ => Numeral::Zero,
    })
}

/// Reads the longest number at the start of `numerals`: its value and how many words it takes.
///
/// `"forty two"` -> 42 in two words; `"a hundred and five"` -> 105 in four; `"fifteen hundred"`
/// -> 1,500; `"two thousand and twenty"` -> 2,020; `"two and three"` -> 2 in one word, since an
/// `"and"` joins only after a hundred or a thousand. A year is read out in two halves, as a
/// radio script writes it: `"twenty twenty-two"` -> 2,022, `"nineteen ninety-eight"` -> 1,998.
fn read(numerals: &[Numeral]) -> Option<(u32, usize)> {
    if let [Numeral::Teen(first @ (18 | 19)) | Numeral::Tens(first @ 20), rest @ ..] = numerals {
        if let Some((second, taken)) = read_below_hundred(rest).filter(|&(n, _)| n >= 10) {
            return Some((first * 100 + second, 1 + taken));
        }
    }
    let (below, mut used) = read_below_thousand(numerals)?;
    if numerals.get(used) != Some(&Numeral::Thousand) {
        return Some((below, used));
    }
    used += 1;
    let mut value = below * 1000;
    let rest = &numerals[used..];
    let after_and = usize::from(rest.first() == Some(&Numeral::And));
    if let Some((more, taken)) = read_below_thousand(&rest[after_and..]) {
        // `"a thousand and a half"` ends at the thousand: a lone `"a"` reads as nothing.
        value += more;
        used += after_and + taken;
    }
    Some((value, used))
}

/// Reads a number below a thousand, or one that a thousand multiplies: `"two hundred and
/// five"`, `"twenty-one"`, `"a hundred"`, `"fifteen hundred"`.
fn read_below_thousand(numerals: &[Numeral]) -> Option<(u32, usize)> {
    let hundreds = match numerals {
        [Numeral::A, Numeral::Hundred | Numeral::Thousand, ..] => Some((1, 1)),
        [Numeral::A, ..] => return None,
        _ => read_below_hundred(numerals),
    };
    let (small, used) = hundreds?;
    if numerals.get(used) != Some(&Numeral::Hundred) {
        return Some((small, used));
    }
    let rest = &numerals[used + 1..];
    let after_and = usize::from(rest.first() == Some(&Numeral::And));
    match read_below_hundred(&rest[after_and..]) {
        // `"fifteen hundred and six"` is no common way to write 1,506; `"two hundred and six"`
        // is. A hundred after a teen or tens still multiplies (`"fifteen hundred"`).
        Some((more, taken)) if small < 10 => {
            Some((small * 100 + more, used + 1 + after_and + taken))
        }
        _ => Some((small * 100, used + 1)),
    }
}

/// Reads a number below a hundred: `"forty"`, `"forty two"`, `"twelve"`, `"seven"`.
fn read_below_hundred(numerals: &[Numeral]) -> Option<(u32, usize)> {
    match numerals {
        [Numeral::Tens(tens), Numeral::Unit(unit), ..] => Some((tens + unit, 2)),
        [Numeral::Tens(value) | Numeral::Teen(value) | Numeral::Unit(value), ..] => {
            Some((*value, 1))
        }
        _ => None,
    }
}

/// Joins each run of number words that spells one figure into one token keyed by its digits.
///
/// `"forty-two"` -> `"42"`, `"two hundred and fifty"` -> `"250"`, `"a thousand"` -> `"1000"`.
/// The words must follow one another with only spaces or a hyphen between them, so a list
/// (`"one, two, three"`) stays apart. A lone word is left as it is: `"three"` already folds to
/// `"3"`, and a lone `"one"` is as often a pronoun (`"one of the victims"`). A number in words
/// or digits takes the half or quarter after it: `"two and a half"`, `"2½"`, `"2 1/2"` -> `"2.5"`;
/// one in words takes the digits read out after a `"point"`: `"nought point two five"` ->
/// `"0.25"`, while `"one point"` (a score) stays two words.
#[inline(never)] // kept apart: inlined, it doubles `tokenize` in the page
pub(super) fn join_numerals<'a>(
    text: &'a str,
    tokens: &mut Vec<Token>,
    interner: &mut Interner<'a>,
) {
    let word = |token: &Token| text.get(token.start..token.end).unwrap_or("");
    // Most sentences spell no number: a cheap look for a number word, a hundred, a half or a
    // fraction spares them the table.
    let spelled = |token: &Token| {
        let word = word(token);
        (word.starts_with(|c: char| c.is_ascii_alphabetic())
            && (interner.kinds[token.key as usize] == KeyKind::Number
                || word.eq_ignore_ascii_case("hundred")
                || word.eq_ignore_ascii_case("thousand")
                || word.eq_ignore_ascii_case("half")))
            || fraction(word).is_some()
            || text.as_bytes().get(token.end) == Some(&b'/')
    };
    if !tokens.iter().any(spelled) {
        return;
    }
    let numerals: Vec<Option<Numeral>> = tokens.iter().map(|token| numeral(word(token))).collect();
    let close = |first: &Token, second: &Token| {
        text.get(first.end..second.start).is_some_and(|gap| {
            // A number broken at the end of a line is still one: `"twenty-\nfive"`.
            let gap = gap.strip_prefix('-').unwrap_or(gap);
            gap.is_empty() || gap.chars().all(crate::segment::is_blank_char)
        })
    };
    let (mut joined, mut run) = (Vec::with_capacity(tokens.len()), Vec::new());
    let mut decimal = String::new();
    let mut at = 0;
    while at < tokens.len() {
        // The run of number words from here, each close to the one before it.
        run.clear();
        while let Some(Some(numeral)) = numerals.get(at + run.len()) {
            if !run.is_empty() && !close(&tokens[at + run.len() - 1], &tokens[at + run.len()]) {
                break;
            }
            run.push(*numeral);
        }
        // A whole number in words, or a zero before a decimal read out: `"nought point five"`.
        let spoken = read(&run).or_else(|| (run.first() == Some(&Numeral::Zero)).then_some((0, 1)));
        // A whole number in digits may take a half too: `"3 and a half"`.
        let whole = spoken.or_else(|| {
            let value = super::figures::value_of(word(&tokens[at]))?;
            (value.fract() == 0.0 && value < 1e9).then_some((value as u32, 1))
        });
        // `" and a half"` or `"-and-a-half"` right after the number, ending with a word.
        let half = |used: usize| {
            let end = tokens[at + used - 1].end;
            tokens.get(at + used + 2).is_some_and(|last| {
                last.end == end + 11
                    && text.get(end..last.end).is_some_and(|words| {
                        words
                            .bytes()
                            .zip(b" and a half")
                            .all(|(written, &expected)| {
                                written.eq_ignore_ascii_case(&expected)
                                    || (expected == b' ' && written == b'-')
                            })
                    })
            })
        };
        // `"3½"`, `"3 ½"` or `"3 1/2"`: a fraction after the digits, as a sign or two numbers.
        let sign = tokens
            .get(at + 1)
            .filter(|next| {
                text.get(tokens[at].end..next.start)
                    .is_some_and(|gap| gap.chars().all(crate::segment::is_blank_char))
            })
            .and_then(|next| match fraction(word(next)) {
                Some(part) => Some((part, 1)),
                None => {
                    let denominator = tokens.get(at + 2)?;
                    (text.get(next.end..denominator.start) == Some("/"))
                        .then(|| fraction(text.get(next.start..denominator.end)?))?
                        .map(|part| (part, 2))
                }
            });
        // `" point five"`: a decimal read out digit by digit, after a number in words.
        let point = spoken.and_then(|(_, used)| read_decimal(&run[used..], &mut decimal));
        let (value, part, used) = match (whole, sign, point) {
            (Some((value, used)), _, Some(words)) => (value, decimal.as_str(), used + words),
            (Some((value, 1)), Some((part, words)), None) => (value, part, 1 + words),
            (Some((value, used)), _, None) if half(used) => (value, ".5", used + 3),
            (Some((value, used)), _, None) if used >= 2 => (value, "", used),
            _ => (0, "", 0),
        };
        if used == 0 {
            joined.push(tokens[at]);
            at += 1;
            continue;
        }
        let (key, form) = interner.intern_number(value, part);
        joined.push(Token {
            end: tokens[at + used - 1].end,
            key,
            form,
            ..tokens[at]
        });
        at += used;
    }
    *tokens = joined;
}

/// Reads the decimal read out at the start of `numerals` into `digits`: `"point two five"` ->
/// `".25"`, and how many words it takes; `None` when no digit follows the point, so `"one
/// point"` (a score) stays two words.
fn read_decimal(numerals: &[Numeral], digits: &mut String) -> Option<usize> {
    let [Numeral::Point, rest @ ..] = numerals else {
        return None;
    };
    digits.clear();
    digits.push('.');
    for numeral in rest {
        match numeral {
            Numeral::Unit(unit) => digits.push(char::from(b'0' + *unit as u8)),
            Numeral::Zero => digits.push('0'),
            _ => break,
        }
    }
    // The point and one word per digit.
    (digits.len() > 1).then_some(digits.len())
}

/// The decimal part a fraction stands for, written as a sign or with a slash: `"½"` and
/// `"1/2"` -> `".5"`, `"¾"` -> `".75"`; `None` for any other word.
fn fraction(word: &str) -> Option<&'static str> {
    match word {
        "½" | "1/2" => Some(".5"),
        "¼" | "1/4" => Some(".25"),
        "¾" | "3/4" => Some(".75"),
        _ => None,
    }
}

/// Joins a number's groups of thousands written with spaces between them, as the languages
/// with a decimal comma write them, into one figure: `"90 000"` (a space, or a no-break or thin
/// one) is `"90000"`, and `"1 200,5"` is `"1200.5"`. A group is three digits, the last with
/// any decimals; the first has one to three, so a year before a number stays apart (`"en 2019
/// 300 personnes"`).
pub(super) fn join_digit_groups<'a>(
    text: &'a str,
    tokens: &mut Vec<Token>,
    interner: &mut Interner<'a>,
) {
    // A number's digits before any decimal comma, and whether it has one; `None` for any other
    // word.
    let digits = |t: &Token| -> Option<(usize, bool)> {
        let word = &text.as_bytes()[t.start..t.end];
        let whole = word.iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = &word[whole..];
        let decimals = rest.first() == Some(&b',')
            && rest.len() > 1
            && rest[1..].iter().all(u8::is_ascii_digit);
        (rest.is_empty() || decimals).then_some((whole, decimals))
    };
    let spaced = |first: &Token, second: &Token| {
        matches!(
            text.get(first.end..second.start),
            Some(" " | "\u{a0}" | "\u{202f}" | "\u{2009}")
        )
    };
    let mut at = 0;
    while at < tokens.len() {
        let mut last = at;
        if matches!(digits(&tokens[at]), Some((1..=3, false))) {
            // Only the last group may carry decimals: "1 200,5".
            while let Some(next) = tokens.get(last + 1) {
                match digits(next) {
                    Some((3, decimals)) if spaced(&tokens[last], next) => {
                        last += 1;
                        if decimals {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        }
        if last > at {
            let (key, form) = interner.intern(&text[tokens[at].start..tokens[last].end]);
            tokens[at] = Token {
                end: tokens[last].end,
                key,
                form,
                ..tokens[at]
            };
            tokens.drain(at + 1..=last);
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(words: &str) -> Option<(u32, usize)> {
        let numerals: Option<Vec<Numeral>> = words.split([' ', '-']).map(numeral).collect();
        read(&numerals?)
    }

    #[test]
    fn numbers_in_words_read_as_their_value() {
        for (words, expected) in [
            ("forty-two", Some((42, 2))),
            ("Forty Two", Some((42, 2))),
            ("twelve", Some((12, 1))),
            ("two hundred and fifty", Some((250, 4))),
            ("two hundred fifty", Some((250, 3))),
            ("a hundred", Some((100, 2))),
            ("one hundred and one", Some((101, 4))),
            ("fifteen hundred", Some((1500, 2))),
            ("twenty-five hundred", Some((2500, 3))),
            ("a thousand", Some((1000, 2))),
            ("three thousand", Some((3000, 2))),
            ("two thousand and twenty", Some((2020, 4))),
            ("forty-two thousand five hundred", Some((42500, 5))),
            ("nine hundred and ninety-nine thousand", Some((999_000, 6))),
            // An `and` joins only after a hundred or a thousand.
            ("two and three", Some((2, 1))),
            // A trailing `and` stays a word.
            ("two hundred and", Some((200, 2))),
            // Units do not follow units.
            ("one two", Some((1, 1))),
            // A year read out in halves: eighteen, nineteen or twenty, then ten to ninety-nine.
            ("nineteen ninety-nine", Some((1999, 3))),
            ("twenty twenty-two", Some((2022, 3))),
            ("twenty ten", Some((2010, 2))),
            ("eighteen twelve", Some((1812, 2))),
            ("twenty five", Some((25, 2))),
            ("nineteen hundred", Some((1900, 2))),
            ("fifteen twenty", Some((15, 1))),
            // The whole number ends at a point: its decimal is read apart.
            ("three point five", Some((3, 1))),
            ("zero", None),
            ("a", None),
            ("and", None),
            ("hundred", None),
        ] {
            assert_eq!(value_of(words), expected, "{words}");
        }
    }

    #[test]
    fn halves_and_quarters_are_fractions_and_other_parts_are_not() {
        for (word, part) in [
            ("½", Some(".5")),
            ("1/2", Some(".5")),
            ("¼", Some(".25")),
            ("3/4", Some(".75")),
            ("2/3", None),
            ("9/11", None),
            ("half", None),
        ] {
            assert_eq!(fraction(word), part, "{word}");
        }
    }

    #[test]
    fn a_decimal_is_a_point_and_digits_read_out() {
        for (words, expected) in [
            ("point five", Some(".5")),
            ("point two five", Some(".25")),
            ("point nought zero five", Some(".005")),
            ("point five hundred", Some(".5")),
            ("point", None),
            ("point twelve", None),
            ("five", None),
        ] {
            let numerals: Vec<Numeral> = words.split(' ').filter_map(numeral).collect();
            let mut digits = String::new();
            let read = read_decimal(&numerals, &mut digits).map(|used| (digits.as_str(), used));
            assert_eq!(read, expected.map(|part| (part, part.len())), "{words}");
        }
    }

    #[test]
    fn only_number_words_are_numerals() {
        for word in ["hundreds", "thousands", "none", "forty2", "an", ""] {
            assert_eq!(numeral(word), None, "{word}");
        }
    }
}

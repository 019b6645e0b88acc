//! The text format of the CLI: the verdict, each target sentence with its label, and diffs.

use std::borrow::Cow;
use std::io::{self, Write};

use retold::{Fact, Label, Op, Reason, Report, Why};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

/// Colour and one-character mark per label; the mark keeps the text readable without colour.
fn style(label: Label) -> (&'static str, char) {
    match label {
        Label::Copied => ("\x1b[32m", '='),
        Label::Reworded => ("\x1b[33m", '~'),
        Label::Added => ("\x1b[36m", '+'),
        Label::Omitted => ("\x1b[31m", '-'),
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("{code}{text}{RESET}")
        } else {
            text.to_string()
        }
    }
}

/// `text` with its control characters shown as symbols, so an input can never drive the terminal:
/// `"\x1b[2K"` (erase the line) prints as `"␛[2K"`, and a carriage return cannot send the
/// cursor back to overwrite a label. Other C1 controls, and the bidi overrides, embeddings and
/// isolates that would make a terminal show `"000,05"` as other figures, print as `"\u{fffd}"`;
/// tabs stay, and the line breaks of a wrapped sentence (`\n`, `\r`, NEL, U+2028, U+2029) print
/// as spaces, so each sentence keeps its one line.
pub fn visible(text: &str) -> Cow<'_, str> {
    let shown = |c: char| match c {
        '\t' => c,
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\x7f' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        _ => c,
    };
    if text.chars().all(|c| shown(c) == c) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.replace("\r\n", "\n").chars().map(shown).collect())
    }
}

/// Writes `report` for a person reading a terminal.
pub fn write_report(
    out: &mut impl Write,
    report: &Report,
    names: &(String, String),
    colour: bool,
) -> io::Result<()> {
    let p = Paint { on: colour };
    let summary = &report.summary;
    writeln!(
        out,
        "{} {}  {} {}",
        p.paint(BOLD, "source:"),
        visible(&names.0),
        p.paint(BOLD, "target:"),
        visible(&names.1)
    )?;
    writeln!(out, "{}", p.paint(BOLD, &summary.headline))?;
    let t = &summary.target.percents;
    let s = &summary.source.percents;
    writeln!(
        out,
        "target text: {}% copied, {}% reworded, {}% added (words a rewrite kept count as copied) · source text: {}% omitted · verdict: {}",
        t.copied,
        t.reworded,
        t.added,
        s.omitted,
        serde_json::to_value(summary.verdict).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    )?;
    writeln!(
        out,
        "{}",
        p.paint(
            DIM,
            "marks: = copied  ~ reworded  + added  - omitted  != same shape, another fact; \
             diffs show [-deleted-] {+inserted+}"
        )
    )?;
    writeln!(out)?;
    writeln!(out, "{}", p.paint(BOLD, "TARGET"))?;
    let mut shown_diff = vec![false; report.links.len()];
    for (i, sentence) in report.target.sentences.iter().enumerate() {
        let (code, mark) = style(sentence.label);
        let origin: Vec<String> = sentence
            .links
            .iter()
            .map(|&l| {
                let link = &report.links[l];
                let sources = link.source.iter().map(|s| (s + 1).to_string());
                let sources = sources.collect::<Vec<_>>().join(", ");
                match link.changed {
                    Some(fact) => format!("  != source {sources}: {}", fact.describe()),
                    None => format!("  <- source {sources}"),
                }
            })
            .collect();
        let mut origin = origin.concat();
        if let (Some(reason), true) = (&sentence.reason, sentence.links.is_empty()) {
            origin.push_str(&format!("  ({})", explain(reason)));
        }
        writeln!(
            out,
            "{} {:>3} {:<8} {}{}",
            p.paint(code, &mark.to_string()),
            i + 1,
            p.paint(code, sentence.label.as_str()),
            visible(&sentence.text),
            p.paint(DIM, &origin)
        )?;
        for &l in &sentence.links {
            let link = &report.links[l];
            // A copy shows its diff too when any word changed: "Both drivers were hurt" copied
            // from "Neither driver was hurt" must not look verbatim.
            let worth_a_diff =
                link.label != Label::Copied || link.diff.iter().any(|op| op.op != Op::Equal);
            if worth_a_diff && !shown_diff[l] && link.target.last() == Some(&i) {
                shown_diff[l] = true;
                // A split sentence's diff covers all its parts, printed after the last one.
                let whose = match &link.target[..] {
                    [_, .., last] => format!(" of {}-{}", link.target[0] + 1, last + 1),
                    _ => String::new(),
                };
                write!(
                    out,
                    "{}",
                    p.paint(DIM, &format!("        diff{whose} ({}): ", link.likeness()))
                )?;
                for op in &link.diff {
                    let shown = visible(&op.text);
                    let text = match op.op {
                        Op::Equal => shown.into_owned(),
                        Op::Delete if p.on => p.paint("\x1b[31;9m", &shown),
                        Op::Insert if p.on => p.paint("\x1b[32;4m", &shown),
                        Op::Delete => format!("[-{shown}-]"),
                        Op::Insert => format!("{{+{shown}+}}"),
                    };
                    write!(out, "{text}")?;
                }
                writeln!(out)?;
            }
        }
    }
    let omitted: Vec<_> = report
        .source
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.label == Label::Omitted)
        .collect();
    if !omitted.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", p.paint(BOLD, "OMITTED FROM THE SOURCE"))?;
        let (code, mark) = style(Label::Omitted);
        for (i, sentence) in omitted {
            let changed: Vec<String> = sentence
                .links
                .iter()
                .flat_map(|&l| report.links[l].target.iter().map(|t| (t + 1).to_string()))
                .collect();
            // Phrases the target took word for word into sentences made from others.
            let phrases: Vec<String> = sentence
                .spans
                .iter()
                .filter(|span| span.label == Label::Copied)
                .map(|span| {
                    let phrase: String = sentence
                        .text
                        .chars()
                        .skip(span.start.saturating_sub(sentence.start))
                        .take(span.end.saturating_sub(span.start))
                        .collect();
                    quote_phrase(&phrase)
                })
                .collect();
            let changed = if !changed.is_empty() {
                format!("  != target {}", changed.join(", "))
            } else if !phrases.is_empty() {
                format!("  (the target has {})", phrases.join(", "))
            } else {
                String::new()
            };
            writeln!(
                out,
                "{} {:>3} {}{}",
                p.paint(code, &mark.to_string()),
                i + 1,
                visible(&sentence.text),
                p.paint(DIM, &changed)
            )?;
        }
    }
    Ok(())
}

/// Why an added sentence has no counterpart, in a reader's words, for the note after it:
/// `shares only common words with source 4: “North Korea”, “Russia”`.
fn explain(reason: &Reason) -> String {
    let sources: Vec<String> = reason.source.iter().map(|s| (s + 1).to_string()).collect();
    let sources = sources.join(", ");
    let shared: Vec<String> = reason
        .shared
        .iter()
        .map(|w| format!("“{}”", visible(w)))
        .collect();
    let shared = shared.join(", ");
    match reason.why {
        Why::Unshared => "no content word of it is in the source".into(),
        Why::CommonWords => format!("shares only common words with source {sources}: {shared}"),
        Why::FewWords => format!("shares only {shared} with source {sources}"),
        Why::Question => format!("asks a question; source {sources} asks none"),
        Why::Changed => format!(
            "in the shape of source {sources} with {}",
            reason.changed.map_or("another fact", Fact::describe)
        ),
    }
}

/// A phrase in the note's quotation marks, without the quotation marks and commas at its edges
/// that would double them: `"We will appeal,"` (with its marks) -> `"We will appeal"`. A mark
/// at one edge that pairs with one inside stays, so no quotation is left half open: `said: “Do
/// not travel.”` keeps both of its marks.
fn quote_phrase(phrase: &str) -> String {
    let mut phrase = phrase;
    loop {
        let trimmed =
            phrase.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
        let marks = trimmed.chars().filter(|&c| is_quote_mark(c)).count();
        let first = trimmed.chars().next().filter(|&c| is_quote_mark(c));
        let last = trimmed.chars().next_back().filter(|&c| is_quote_mark(c));
        // Both edges quoted, or a lone mark at one: the note's own marks stand for them.
        let shed = match (first, last) {
            _ if marks == 1 && trimmed.chars().count() == 1 => "",
            (Some(open), Some(close)) if marks == 2 => {
                &trimmed[open.len_utf8()..trimmed.len() - close.len_utf8()]
            }
            (Some(open), _) if marks == 1 => &trimmed[open.len_utf8()..],
            (_, Some(close)) if marks == 1 => &trimmed[..trimmed.len() - close.len_utf8()],
            _ => trimmed,
        };
        if shed.len() == phrase.len() {
            break;
        }
        phrase = shed;
    }
    format!("\"{}\"", visible(phrase))
}

/// Whether a character is a quotation mark, straight or typographic: `"`, `'`, `“`, `”`, `«`.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_line_breaks_and_bidi_overrides_cannot_drive_the_terminal() {
        for (text, shown) in [
            ("plain text", "plain text"),
            ("erase\x1b[2K", "erase\u{241b}[2K"),
            ("wrapped\r\nline", "wrapped line"),
            ("one\u{2028}line\u{85}each", "one line each"),
            ("cost \u{202e}50,000\u{202c}", "cost \u{fffd}50,000\u{fffd}"),
            (
                "\u{2067}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{2069}",
                "\u{fffd}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{fffd}",
            ),
            ("tab\tstays", "tab\tstays"),
        ] {
            assert_eq!(visible(text), shown, "{text:?}");
        }
    }

    #[test]
    fn a_quoted_phrase_sheds_the_marks_at_its_edges() {
        for (phrase, shown) in [
            ("\"We will appeal,\"", "\"We will appeal\""),
            ("\u{201c}We will appeal\u{201d}", "\"We will appeal\""),
            ("the committee voted", "\"the committee voted\""),
            ("said \"no\" twice", "\"said \"no\" twice\""),
            // A mark that pairs with one inside stays.
            (
                "said: \u{201c}Do not travel.\u{201d}",
                "\"said: \u{201c}Do not travel.\u{201d}\"",
            ),
            (
                "\u{201c}Do not travel,\u{201d} he said",
                "\"\u{201c}Do not travel,\u{201d} he said\"",
            ),
            ("to travel.\u{201d}", "\"to travel.\""),
            ("\u{201d}", "\"\""),
        ] {
            assert_eq!(quote_phrase(phrase), shown, "{phrase}");
        }
    }
}

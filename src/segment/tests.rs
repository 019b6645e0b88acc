//! Unit tests of sentence and paragraph segmentation.

use super::*;

fn split(text: &str) -> Vec<&str> {
    segment(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[test]
fn news_edge_cases() {
    let table: &[(&str, &[&str])] = &[
        (
            "Mr. Smith left. Dr. Jones stayed.",
            &["Mr. Smith left.", "Dr. Jones stayed."],
        ),
        (
            "Gen. Ali and Sen. Ross met St. Paul.",
            &["Gen. Ali and Sen. Ross met St. Paul."],
        ),
        // Marks with no word that touch a sentence's end are its own: Markdown's bold, an
        // emoji; after a space they stand alone.
        (
            "**The council approved the budget.** The vote was 30 to 12.",
            &[
                "**The council approved the budget.**",
                "The vote was 30 to 12.",
            ],
        ),
        (
            "We won!🎉 Next up: Rovers.",
            &["We won!🎉", "Next up: Rovers."],
        ),
        // Punctuation with no word is no sentence, on a line of its own or between two.
        (
            "The vote was close.\n* * *\nThe budget passed.",
            &["The vote was close.", "The budget passed."],
        ),
        (
            "> The vote was close.\n>\n> The budget passed.\n---",
            &["> The vote was close.", "> The budget passed."],
        ),
        ("...", &[]),
        (
            "The U.S. Army said so. The U.N. agreed.",
            &["The U.S. Army said so.", "The U.N. agreed."],
        ),
        (
            "He lives in the U.S. The rest stayed.",
            &["He lives in the U.S.", "The rest stayed."],
        ),
        (
            "She moved to the U.K. Last year she won. The U.S. Navy agreed.",
            &[
                "She moved to the U.K.",
                "Last year she won.",
                "The U.S. Navy agreed.",
            ],
        ),
        (
            "It ended on Dec. 27 at 9 a.m. local time.",
            &["It ended on Dec. 27 at 9 a.m. local time."],
        ),
        (
            "He lives at No. 10 Downing Street.",
            &["He lives at No. 10 Downing Street."],
        ),
        (
            "Prices rose 3.5 per cent to £1.2bn, or 12,000 jobs.",
            &["Prices rose 3.5 per cent to £1.2bn, or 12,000 jobs."],
        ),
        (
            "J. K. Rowling wrote it. George W. Bush read it.",
            &["J. K. Rowling wrote it.", "George W. Bush read it."],
        ),
        (
            "\u{201c}Their losses are significant,\u{201d} he said. Then he left.",
            &[
                "\u{201c}Their losses are significant,\u{201d} he said.",
                "Then he left.",
            ],
        ),
        (
            "\"We will win. They will lose,\" he said.",
            &["\"We will win.", "They will lose,\" he said."],
        ),
        (
            "It began in August.He said so.",
            &["It began in August.", "He said so."],
        ),
        (
            "Visit example.com today. See www.Example.org now.",
            &["Visit example.com today.", "See www.Example.org now."],
        ),
        (
            "BREAKING NEWS\nBy Jane Doe\nThe storm hit.",
            &["BREAKING NEWS", "By Jane Doe", "The storm hit."],
        ),
        (
            "- first bullet\n- second bullet",
            &["- first bullet", "- second bullet"],
        ),
        (
            "He waited\u{a0}\u{2026} then left. Odd\u{2014}really.",
            &["He waited\u{a0}\u{2026} then left.", "Odd\u{2014}really."],
        ),
        ("Wait... The end.", &["Wait...", "The end."]),
        ("Wait\u{2026} The end.", &["Wait\u{2026}", "The end."]),
        (
            "He said: \"I am sorry\u{2026} I did not mean it.\" He left\u{2026} and went on.",
            &[
                "He said: \"I am sorry\u{2026}",
                "I did not mean it.\"",
                "He left\u{2026} and went on.",
            ],
        ),
        (
            "He said: \"I am sorry... I did not mean it.\"",
            &["He said: \"I am sorry...", "I did not mean it.\""],
        ),
        ("", &[]),
        ("   \n\n \t ", &[]),
        (
            "\u{feff}Hello there.\r\nSecond line.\r\n",
            &["Hello there.", "Second line."],
        ),
        (
            "我们赢了。他们输了！真的吗？",
            &["我们赢了。", "他们输了！", "真的吗？"],
        ),
    ];
    for (input, expected) in table {
        assert_eq!(split(input), *expected, "input: {input:?}");
    }
}

#[test]
fn markup_is_three_tags_or_more() {
    for (text, markup) in [
        ("<h1>Budget</h1><p>The council approved it.</p>", true),
        ("<p style=\"margin:0\">One.<br/>Two.</p>", true),
        ("The council approved it.", false),
        ("If a < b and c > d, then <3 <3 <3.", false),
        ("He wrote <unknown> in the box.", false),
    ] {
        assert_eq!(holds_markup(text), markup, "{text}");
    }
}

#[test]
fn blank_lines_separate_paragraphs() {
    let text = "One. Two.\nThree.\n\nFour.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 0, 0, 1]);
}

#[test]
fn wordless_runs_are_cut_and_their_sentences_kept() {
    let spaces = " ".repeat(200);
    assert_eq!(wordless_runs_cut("It passed. Then it rained.").len(), 1);
    let line = format!("It passed.{spaces}Then it rained.");
    let ranges = wordless_runs_cut(&line);
    assert_eq!(ranges.len(), 4);
    assert!(ranges.windows(2).all(|pair| pair[0].1 == pair[1].0));
    assert_eq!(split(&line), ["It passed.", "Then it rained."]);
    let closing = format!("He said \"no.{}\" Then he left.", ")".repeat(150));
    assert_eq!(split(&closing).len(), 2, "{closing}");
}

#[test]
fn divider_lines_separate_paragraphs() {
    let text = "One. Two.\n\nThree.\n* * *\nFour.\n\n---\n\nFive.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 0, 1, 2, 3]);
}

#[test]
fn lines_are_paragraphs_without_blank_lines() {
    let text = "One. Two.\nThree.\nFour.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 0, 1, 2]);
}

#[test]
fn sentences_never_start_or_end_with_space() {
    for s in segment("  A b.  C d.\n\n  E  ") {
        assert!(s.start < s.end);
    }
}

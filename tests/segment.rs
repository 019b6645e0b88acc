//! Tricky news sentences for `segment`, beyond the unit table in `src/segment.rs`.

mod common;
use common::sentences::{check, split};

#[test]
fn keeps_titles_initials_and_place_abbreviations_inside_sentences() {
    check(&[
        (
            "Lt. Col. Ana Ruiz spoke first.",
            &["Lt. Col. Ana Ruiz spoke first."],
        ),
        (
            "Mrs. Obi met Gov. Lund and Rep. Tarr.",
            &["Mrs. Obi met Gov. Lund and Rep. Tarr."],
        ),
        ("E. B. White wrote it.", &["E. B. White wrote it."]),
        (
            "He was born in St. Louis, Mo., in 1950.",
            &["He was born in St. Louis, Mo., in 1950."],
        ),
        (
            "She earned a Ph.D. in physics.",
            &["She earned a Ph.D. in physics."],
        ),
        (
            "Shares of Acme Inc. rose 2%. The index fell.",
            &["Shares of Acme Inc. rose 2%.", "The index fell."],
        ),
        (
            "The vote was 5 vs. 4 in the end.",
            &["The vote was 5 vs. 4 in the end."],
        ),
        (
            "The U.K. government and the E.U. disagreed.",
            &["The U.K. government and the E.U. disagreed."],
        ),
        (
            "Prof. Ilse Marr, of the Univ. of Tarnow, agreed.",
            &["Prof. Ilse Marr, of the Univ. of Tarnow, agreed."],
        ),
    ]);
}

#[test]
fn keeps_abbreviations_before_numbers_inside_sentences() {
    check(&[
        (
            "The Jan. 6 hearing resumed.",
            &["The Jan. 6 hearing resumed."],
        ),
        (
            "The No. 2 seed lost. Fans left.",
            &["The No. 2 seed lost.", "Fans left."],
        ),
        (
            "See Art. 5 of the treaty and pp. 10-12.",
            &["See Art. 5 of the treaty and pp. 10-12."],
        ),
        (
            "Polls close on Nov. 5 at 8 p.m. in most states.",
            &["Polls close on Nov. 5 at 8 p.m. in most states."],
        ),
        // Without a number after it, a month abbreviation ends the sentence.
        (
            "It happened in Jan. The next month was calm.",
            &["It happened in Jan.", "The next month was calm."],
        ),
    ]);
}

#[test]
fn splits_after_dotted_abbreviations_before_a_sentence_starter() {
    check(&[
        (
            "He arrived at 10 p.m. Police were called.",
            &["He arrived at 10 p.m.", "Police were called."],
        ),
        (
            "Talks began at 9 a.m. The mood was tense.",
            &["Talks began at 9 a.m.", "The mood was tense."],
        ),
        (
            "She moved to the U.S. In 2020 she returned.",
            &["She moved to the U.S.", "In 2020 she returned."],
        ),
        // A time of day ends its sentence before any capital that does not say when.
        (
            "Police were called at 2 a.m. Officers found the man injured.",
            &[
                "Police were called at 2 a.m.",
                "Officers found the man injured.",
            ],
        ),
        (
            "The road reopened before 10 a.m. Residents were told to stay inside.",
            &[
                "The road reopened before 10 a.m.",
                "Residents were told to stay inside.",
            ],
        ),
        (
            "The meeting starts at 10 a.m. Tuesday in the town hall.",
            &["The meeting starts at 10 a.m. Tuesday in the town hall."],
        ),
        (
            "It begins at 9 p.m. GMT on Friday and at 6 p.m. Eastern in New York.",
            &["It begins at 9 p.m. GMT on Friday and at 6 p.m. Eastern in New York."],
        ),
        (
            "Doors open at 7 P.M. Dec. 5 at the arena.",
            &["Doors open at 7 P.M. Dec. 5 at the arena."],
        ),
    ]);
}

#[test]
fn splits_ordinary_sentence_ends_in_news_copy() {
    check(&[
        (
            "The score was 2-1. Fans celebrated.",
            &["The score was 2-1.", "Fans celebrated."],
        ),
        (
            "Version 2.0 launched. It sold well.",
            &["Version 2.0 launched.", "It sold well."],
        ),
        (
            "Why? Nobody knows! The inquiry goes on.",
            &["Why?", "Nobody knows!", "The inquiry goes on."],
        ),
        (
            "The bill passed (by 52 votes to 48). It now goes to the Senate.",
            &[
                "The bill passed (by 52 votes to 48).",
                "It now goes to the Senate.",
            ],
        ),
        (
            "She works for Acme Corp. Her brother does too.",
            &["She works for Acme Corp.", "Her brother does too."],
        ),
        (
            "Harwick (Reuters) — The Senate voted. It was close.",
            &["Harwick (Reuters) — The Senate voted.", "It was close."],
        ),
        (
            "He paused... and then went on.",
            &["He paused... and then went on."],
        ),
        (
            "Prices rose 3.5 per cent. Wages did not.",
            &["Prices rose 3.5 per cent.", "Wages did not."],
        ),
        // UAX #29 joins a sentence that opens with a figure when a lowercase word follows it.
        (
            "The doors opened. 75 per cent of the money was raised.",
            &["The doors opened.", "75 per cent of the money was raised."],
        ),
        (
            "The appeal closed on Friday. £4,000 was raised in all.",
            &["The appeal closed on Friday.", "£4,000 was raised in all."],
        ),
        (
            "\"We are done,\" she said. 12 people were hurt.",
            &["\"We are done,\" she said.", "12 people were hurt."],
        ),
        (
            "It rained on Dec. 27 and at No. 10 in the morning.",
            &["It rained on Dec. 27 and at No. 10 in the morning."],
        ),
        (
            "The deal was worth U.S. $5m in total. It cost Rs. 500 each. He was born c. 1900 here.",
            &[
                "The deal was worth U.S. $5m in total.",
                "It cost Rs. 500 each.",
                "He was born c. 1900 here.",
            ],
        ),
    ]);
}

#[test]
fn handles_quotations_and_their_attributions() {
    check(&[
        (
            "\u{201c}It\u{2019}s over,\u{201d} said Ms. Ortiz. \u{201c}We lost.\u{201d}",
            &[
                "\u{201c}It\u{2019}s over,\u{201d} said Ms. Ortiz.",
                "\u{201c}We lost.\u{201d}",
            ],
        ),
        (
            "'Go home,' he said. 'Now.'",
            &["'Go home,' he said.", "'Now.'"],
        ),
        (
            "He called it \"a disgrace.\" Then he left.",
            &["He called it \"a disgrace.\"", "Then he left."],
        ),
        (
            "It was over, he said.\u{201d}The crowd left.",
            &["It was over, he said.\u{201d}", "The crowd left."],
        ),
    ]);
}

#[test]
fn splits_glued_sentences_but_not_domains_or_acronyms() {
    check(&[
        (
            "The talks ended in August.He flew home.",
            &["The talks ended in August.", "He flew home."],
        ),
        (
            "Details are at harbour.gov today.",
            &["Details are at harbour.gov today."],
        ),
        ("The U.S.Army denied it.", &["The U.S.Army denied it."]),
        ("It costs 3.50 now.", &["It costs 3.50 now."]),
        (
            "Rain fell all night!Roads flooded.",
            &["Rain fell all night!", "Roads flooded."],
        ),
    ]);
}

/// Abbreviations that end names and amounts, quotations that go on through their speaker, and
/// other places where a stop does or does not end a sentence.
#[test]
fn stops_inside_and_at_the_end_of_names_quotes_and_datelines() {
    check(&[
        (
            "Apple Inc. CEO Tim Cook spoke.",
            &["Apple Inc. CEO Tim Cook spoke."],
        ),
        (
            "The deal went to Acme Corp. The shares rose.",
            &["The deal went to Acme Corp.", "The shares rose."],
        ),
        (
            "The award went to Robert Downey Jr. He thanked his family.",
            &[
                "The award went to Robert Downey Jr.",
                "He thanked his family.",
            ],
        ),
        (
            "The road is Main St. The bridge is shut.",
            &["The road is Main St.", "The bridge is shut."],
        ),
        (
            "He lives in St. Louis now.",
            &["He lives in St. Louis now."],
        ),
        (
            "Copyright 2024 Example Media Co. All rights reserved.",
            &["Copyright 2024 Example Media Co.", "All rights reserved."],
        ),
        (
            "\u{201c}We won!\u{201d} Johnson said.",
            &["\u{201c}We won!\u{201d} Johnson said."],
        ),
        (
            "\"Is it over?\" Mayor Anna Kowal asked. Nobody knew.",
            &["\"Is it over?\" Mayor Anna Kowal asked.", "Nobody knew."],
        ),
        (
            "\"Will I get a job?\" Mr Sloan added that tests showed the glass was safe.",
            &[
                "\"Will I get a job?\"",
                "Mr Sloan added that tests showed the glass was safe.",
            ],
        ),
        (
            "\"Is it over?\" Mr. Sloan asked. Nobody knew.",
            &["\"Is it over?\" Mr. Sloan asked.", "Nobody knew."],
        ),
        (
            "\"We won!\" Johnson told reporters, smiling.",
            &["\"We won!\" Johnson told reporters, smiling."],
        ),
        (
            "\"We won!\" The crowd cheered.",
            &["\"We won!\"", "The crowd cheered."],
        ),
        (
            "The mayor (who else?) spoke first.",
            &["The mayor (who else?) spoke first."],
        ),
        (
            "ANNAPOLIS, Md. (AP) \u{2014} Lawmakers met Friday. They adjourned.",
            &[
                "ANNAPOLIS, Md. (AP) \u{2014} Lawmakers met Friday.",
                "They adjourned.",
            ],
        ),
        (
            "They had a Plan B. It failed.",
            &["They had a Plan B.", "It failed."],
        ),
        ("George W. Bush spoke.", &["George W. Bush spoke."]),
        (
            "She lives at Apt. 4 on Hwy. 101.",
            &["She lives at Apt. 4 on Hwy. 101."],
        ),
        (
            "Apple launched a phone. iPhone sales rose. Shares fell. eBay said nothing.",
            &[
                "Apple launched a phone.",
                "iPhone sales rose.",
                "Shares fell.",
                "eBay said nothing.",
            ],
        ),
        (
            "Er kam am 3. Oktober. Sie blieb.",
            &["Er kam am 3. Oktober.", "Sie blieb."],
        ),
        ("Er sagte z. B. nichts.", &["Er sagte z. B. nichts."]),
        (
            "Der 1. FC Köln gewann zum 3. Mal. Er wurde 2. Das war knapp.",
            &[
                "Der 1. FC Köln gewann zum 3. Mal.",
                "Er wurde 2.",
                "Das war knapp.",
            ],
        ),
        (
            "They were aged 7. The school said so. It was the 2. The rest.",
            &[
                "They were aged 7.",
                "The school said so.",
                "It was the 2.",
                "The rest.",
            ],
        ),
        (
            "La Dra. Ruiz dijo que EE. UU. no pagará. Llegó a EE. UU. El lunes, no.",
            &[
                "La Dra. Ruiz dijo que EE. UU. no pagará.",
                "Llegó a EE. UU.",
                "El lunes, no.",
            ],
        ),
        (
            "Mme Martin, env. 50 ans, est partie. Voir pág. 12 y núm. 4.",
            &[
                "Mme Martin, env. 50 ans, est partie.",
                "Voir pág. 12 y núm. 4.",
            ],
        ),
        (
            "\u{ab} Nous allons gagner. \u{bb} La foule a applaudi.",
            &["\u{ab} Nous allons gagner. \u{bb}", "La foule a applaudi."],
        ),
        (
            "彼は「勝ちます。」と言った。皆が喜んだ。",
            &["彼は「勝ちます。」と言った。", "皆が喜んだ。"],
        ),
        // Wikipedia's citation marks close the sentence before them, whatever they hold.
        (
            "It opened in 1932.[3] It closed.[4][12] Trams[a] ran.[b] Then[citation needed] none.",
            &[
                "It opened in 1932.[3]",
                "It closed.[4][12]",
                "Trams[a] ran.[b]",
                "Then[citation needed] none.",
            ],
        ),
        (
            "\"We won.\"[5] He left. It was [sic] late. See note [2]. Fine.",
            &[
                "\"We won.\"[5]",
                "He left.",
                "It was [sic] late.",
                "See note [2].",
                "Fine.",
            ],
        ),
    ]);
}

#[test]
fn splits_cjk_text_at_full_width_stops_without_spaces() {
    check(&[
        (
            "東京で地震があった。被害は不明！けが人は？",
            &["東京で地震があった。", "被害は不明！", "けが人は？"],
        ),
        (
            "市长说：\u{201c}我们准备好了。\u{201d}他离开了。",
            &["市长说：\u{201c}我们准备好了。\u{201d}", "他离开了。"],
        ),
        (
            "서울에 눈이 왔다. 도로가 막혔다.",
            &["서울에 눈이 왔다.", "도로가 막혔다."],
        ),
    ]);
}

#[test]
fn regression_decimal_amount_ends_sentence() {
    check(&[
        (
            "Growth was 2.5%. Analysts were surprised.",
            &["Growth was 2.5%.", "Analysts were surprised."],
        ),
        (
            "The library will cost £4.2m. Most of it is a grant.",
            &["The library will cost £4.2m.", "Most of it is a grant."],
        ),
        (
            "The firm earned $3.2bn. Analysts were surprised.",
            &["The firm earned $3.2bn.", "Analysts were surprised."],
        ),
        (
            "The temperature hit 40.5C. Schools closed.",
            &["The temperature hit 40.5C.", "Schools closed."],
        ),
        (
            "The rate is 4.5. Analysts were surprised.",
            &["The rate is 4.5.", "Analysts were surprised."],
        ),
    ]);
}

#[test]
fn regression_quoted_question_keeps_its_attribution() {
    check(&[
        (
            "\"Why now?\" she asked. Nobody answered.",
            &["\"Why now?\" she asked.", "Nobody answered."],
        ),
        (
            "\u{201c}Stop!\u{201d} he shouted.",
            &["\u{201c}Stop!\u{201d} he shouted."],
        ),
    ]);
}

#[test]
fn regression_numbered_list_item_stays_whole() {
    check(&[
        ("1. Three", &["1. Three"]),
        (
            "Key points:\n1. The dam held.\n2. Roads reopened.",
            &["Key points:", "1. The dam held.", "2. Roads reopened."],
        ),
    ]);
}

#[test]
fn regression_url_query_string_does_not_end_sentence() {
    check(&[
        (
            "See https://news.example/story?id=7&ref=home for details.",
            &["See https://news.example/story?id=7&ref=home for details."],
        ),
        (
            "It cost [£4m](https://example.com/a.b?x=1) and took three years.",
            &["It cost [£4m](https://example.com/a.b?x=1) and took three years."],
        ),
        (
            "Visit example.org/#!/news today.",
            &["Visit example.org/#!/news today."],
        ),
    ]);
}

/// The lesson pairs in `eval/lessons/` (see `eval/lessons.py`) carry a reader's sentences:
/// headlines, datelines, quotes and "Related stories" lines, split as a reader splits them.
#[test]
fn every_lesson_target_splits_where_its_reader_did() {
    let lessons = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/lessons");
    let mut pairs: Vec<_> = std::fs::read_dir(&lessons)
        .expect("eval/lessons")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.join("expected.json").is_file())
        .collect();
    pairs.sort();
    assert!(pairs.len() >= 16, "{pairs:?}");
    for pair in pairs {
        let target = std::fs::read_to_string(pair.join("target.txt")).expect("target.txt");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(pair.join("expected.json")).expect("expected.json"),
        )
        .expect("expected.json is JSON");
        let sentences: Vec<&str> = expected
            .as_array()
            .expect("a list")
            .iter()
            .map(|entry| entry["text"].as_str().expect("text"))
            .collect();
        assert_eq!(split(&target), sentences, "{}", pair.display());
    }
}

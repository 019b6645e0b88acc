//! Line breaks in news copy: hard ends after headlines, bylines and captions, soft ones that
//! only wrap a sentence, and the paragraphs blank lines make.

use retold::segment::segment;
use retold::Label::{Added, Copied, Omitted, Reworded};

mod common;
use common::fixtures::report;
use common::sentences::{check, split};
use common::shapes::{labels, texts};

#[test]
fn line_breaks_end_headlines_bylines_and_captions() {
    check(&[
        ("FLOODS HIT TARNOW\nBy Ilse Marr, Political Editor\nUpdated 10.42 GMT\n\nRain fell. Rivers rose.", &["FLOODS HIT TARNOW", "By Ilse Marr, Political Editor", "Updated 10.42 GMT", "Rain fell.", "Rivers rose."]),
        ("Photo: Lars Ek / Agency\nThe bridge at dusk", &["Photo: Lars Ek / Agency", "The bridge at dusk"]),
        ("* One\n* Two\n- Three", &["* One", "* Two", "- Three"]),
        // Lines too short to be wrapped text, list items and bylines stand alone.
        ("home\nnews\nsport", &["home", "news", "sport"]),
        // The line a break follows decides, not the lines joined before it.
        (
            "The council, which met on Monday,\nvoted yes\nnews\nsport",
            &["The council, which met on Monday,\nvoted yes", "news", "sport"],
        ),
        ("- apples,\n- pears", &["- apples,", "- pears"]),
        (
            "Options:\na) raise taxes\nb) cut spending",
            &["Options:", "a) raise taxes", "b) cut spending"],
        ),
        (
            "Storm batters the coast of Devon\nby Jane Doe",
            &["Storm batters the coast of Devon", "by Jane Doe"],
        ),
    ]);
}

/// Hard-wrapped wire copy, e-mail and PDF text: a line break inside a sentence does not end it.
#[test]
fn line_breaks_that_only_wrap_a_sentence_keep_it_whole() {
    check(&[
        (
            "The council, which met on Monday,\nvoted for the budget. It passed.",
            &[
                "The council, which met on Monday,\nvoted for the budget.",
                "It passed.",
            ],
        ),
        (
            "The plan was approved after the\nPrime Minister intervened.",
            &["The plan was approved after the\nPrime Minister intervened."],
        ),
        (
            "Wire copy is often wrapped at a fixed width\nso that sentences run over lines.",
            &["Wire copy is often wrapped at a fixed width\nso that sentences run over lines."],
        ),
        ("He met Mr.\nSmith today.", &["He met Mr.\nSmith today."]),
        (
            "The long-\nawaited report came out.",
            &["The long-\nawaited report came out."],
        ),
        // A broken word's second half is no list number, however short: `"mer."` is no `"ii."`.
        (
            "It was warm in the first sum-\nmer. It rained.",
            &["It was warm in the first sum-\nmer.", "It rained."],
        ),
        // A soft hyphen shows only at the break, as a PDF viewer copies it.
        (
            "It was disap\u{ad}\npointed. It left.",
            &["It was disap\u{ad}\npointed.", "It left."],
        ),
        (
            "It was a long and difficult night for\r\nthe crews. They rested.",
            &[
                "It was a long and difficult night for\r\nthe crews.",
                "They rested.",
            ],
        ),
    ]);
    // A wrapped paragraph is one paragraph, even where lines alone would each be one.
    let text = "Flood water rose through the night and\nreached the square by dawn.\nRoads closed.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1]);
}

/// Text wrapped at a fixed width, from a PDF or an e-mail: its breaks fall before a capital
/// just as often as before any other word, and its headline, list and last lines stand apart.
#[test]
fn text_wrapped_at_a_width_keeps_sentences_whole_before_a_capital() {
    let pdf = "Museum Reopens After Refurbishment\n\
        The museum in Lindqvist will reopen to the public on\n\
        Monday after a two-year refurbishment led by architect\n\
        Karin Olofsson. It cost three million pounds, the\n\
        director Hanne Solberg said on Friday.\n\
        Read more";
    check(&[(
        pdf,
        &[
            "Museum Reopens After Refurbishment",
            "The museum in Lindqvist will reopen to the public on\nMonday after a two-year \
             refurbishment led by architect\nKarin Olofsson.",
            "It cost three million pounds, the\ndirector Hanne Solberg said on Friday.",
            "Read more",
        ],
    )]);
    // An e-mail reply quotes every line with "> ".
    let email = "> The bridge will close to lorries for eleven weeks from\n\
        > Monday, and to all traffic on the three weekends in\n\
        > August. A diversion via the A89 will add about 25\n\
        > minutes to journeys, the highways agency said.";
    check(&[(
        email,
        &[
            "> The bridge will close to lorries for eleven weeks from\n> Monday, and to all traffic \
             on the three weekends in\n> August.",
            "A diversion via the A89 will add about 25\n> minutes to journeys, the highways agency \
             said.",
        ],
    )]);
    // One sentence a line, of any length, is no wrapped text: each line stands alone.
    let lines = "Storm hits Devon coast\n\
        Winds of up to 90 miles an hour brought down trees across the county overnight\n\
        Schools in Exeter stay closed\n\
        Forecasters expect calmer weather by Thursday afternoon";
    assert_eq!(split(lines).len(), 4);
    // Without its blank lines, a wrapped text's short last lines still end its paragraphs.
    let paragraphs: Vec<usize> = segment(pdf).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 2]);
}

#[test]
fn keeps_paragraph_numbers_across_blank_lines_and_line_breaks() {
    let text = "Headline\n\nOne. Two.\nThree.\n\n\n\nFour.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 1, 2]);
    let text = "Headline\r\nOne. Two.\r\nThree.";
    let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 2]);
}

/// A blank line inside a sentence, as a page break in PDF copy or a slip in wire copy leaves
/// one, does not end it when the paragraph before it stops mid-sentence and the next opens with
/// a lowercase word; a short line (a page footer) or a name in lowercase (`eBay`) stands apart.
#[test]
fn a_blank_line_inside_a_sentence_keeps_it_whole() {
    let broken = "The court heard that the chemists had since revised their\n\nprocedures. \
        The parents declined to comment.";
    check(&[
        (
            broken,
            &[
                "The court heard that the chemists had since revised their\n\nprocedures.",
                "The parents declined to comment.",
            ],
        ),
        (
            "The trust expects about 60,000 visits in the pool's\n\nPage 1 of 2\n\nfirst year.",
            &[
                "The trust expects about 60,000 visits in the pool's",
                "Page 1 of 2",
                "first year.",
            ],
        ),
        (
            "Online auction sales fell sharply across the country in the\n\neBay results came later.",
            &[
                "Online auction sales fell sharply across the country in the",
                "eBay results came later.",
            ],
        ),
        (
            "Storm hits Devon and\n\nthe coast.",
            &["Storm hits Devon and", "the coast."],
        ),
    ]);
    // The sentence and the rest of the paragraph after the break stay in the first paragraph.
    let paragraphs: Vec<usize> = segment(broken).iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 0]);
}

/// A press release copied out of a PDF: lines wrapped at a width, words hyphenated across them
/// (`"com-\nplete"`, `"old-\ner"`, a soft hyphen in `"strug\u{ad}\ngling"`), and a news story
/// that copies it with the words written whole.
#[test]
fn a_press_release_copied_from_a_pdf_matches_the_words_it_broke_across_lines() {
    let report = report("16-pdf-press-release");
    assert_eq!(
        labels(&report.target),
        [Reworded, Copied, Copied, Copied, Copied, Copied, Copied, Added]
    );
    // A broken word keeps its sentence whole, even before a half as short as a list number.
    let source = texts(&report.source);
    assert!(source
        .contains(&"Entry will be free for children under twelve during the first sum-\nmer."));
    assert_eq!(
        labels(&report.source),
        [
            Omitted, Omitted, Reworded, Copied, Copied, Copied, Copied, Copied, Copied, Omitted,
            Omitted, Omitted
        ]
    );
    // The copies below the headline and intro change nothing but the line breaks, and a diff
    // shows a broken word whole, as the engine reads it: each diff is one equal run.
    let copies: Vec<_> = report.links.iter().filter(|l| l.target[0] >= 2).collect();
    assert_eq!(copies.len(), 5);
    for link in copies {
        assert_eq!(link.edits, retold::Edits::None, "{:?}", link.diff);
        assert!(
            matches!(&link.diff[..], [only] if only.op == retold::Op::Equal),
            "{:?}",
            link.diff
        );
    }
}

/// A listicle numbers the release's sentences: the number that opens each line is no word of
/// what the item tells, so an item that swaps one word still copies its source, as it would
/// without the number. A figure that opens a sentence (`"3.5 million"`) stays a figure.
#[test]
fn a_list_number_opening_a_line_is_no_word_of_its_item() {
    let source = "The new timetable starts on Sunday 17 May.\n\n\
        Sunday services will start two hours earlier, at 07:30, on every line.\n\n\
        Some 3.5 million journeys were made on the network last year.";
    let target = "Five things to know before you travel\n\n\
        1. The new timetable starts on Sunday 17 May.\n\
        2. Sunday trains will start two hours earlier, at 7.30am, on every line.\n\
        (3) Some 3.5 million journeys were made on the network last year.\n\
        4. 4.5 million journeys were made on the network last year.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(
        labels(&report.target),
        [Added, Copied, Copied, Copied, Added]
    );
    let last = report
        .target
        .sentences
        .last()
        .and_then(|s| s.reason.as_ref());
    assert_eq!(last.and_then(|r| r.changed), Some(retold::Fact::Number));
}

/// A picture's caption or credit is the page's own, however much of the source it names:
/// `"Picture: PA Media"` and `"Photo: Andrew Bailey at the Bank of England"` are added, while
/// the sentences around them keep their labels.
#[test]
fn a_caption_or_credit_line_is_added_whatever_it_names() {
    let source = "The Bank of England held interest rates at 4% on Thursday, PA Media reports. \
                  Governor Andrew Bailey said inflation was falling at the Bank of England.";
    let target = "The Bank of England held interest rates at 4% on Thursday.\n\
                  Picture: PA Media\n\
                  Governor Andrew Bailey said inflation was falling at the Bank of England.\n\
                  Photo: Andrew Bailey at the Bank of England";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(labels(&report.target), [Copied, Added, Copied, Added]);
}

/// A byline is the page's own, however much of the source it names: a campaign's byline that
/// names the block the statement is about is added, and it does not keep a story copied and
/// reworded sentence for sentence from being wholly derived.
#[test]
fn a_byline_is_added_whatever_it_names_and_weighs_nothing_in_the_verdict() {
    let source = "Statement on damp at Ashworth Court

                  Calder Vale Housing Association apologises to residents of Ashworth Court for                   the damp and mould in their flats. Surveyors will inspect every flat in the                   block by the end of June.";
    let target = "By the Ashworth Court Tenants Action Group

                  Calder Vale Housing Association apologises to residents of Ashworth Court for                   the damp and mould in their flats. Surveyors will inspect every flat in the                   block by the end of June.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(labels(&report.target), [Added, Copied, Copied]);
    assert_eq!(report.summary.verdict, retold::Verdict::WhollyDerived);
}

/// A page's time stamp and its strapline of short items between bars are its furniture: added,
/// though the source's dateline gives the same date and agency, while the story under them
/// keeps its labels.
#[test]
fn a_time_stamp_or_a_strapline_is_added_whatever_date_it_shares() {
    let source = "HARLOW, 14 May (Meridian Press) - Four people were arrested after police raided \
                  three homes in Harlow Green on Tuesday 14 May. Officers seized cannabis worth \
                  £20,000, police said.";
    let target = "Four arrested in Harlow Green drugs raids\n\
                  Published 15:42, 14 May 2024\n\
                  News | 14 May | Meridian Press\n\
                  Four people were arrested after police raided three homes in Harlow Green on \
                  Tuesday 14 May. Officers seized cannabis worth £20,000, police said.";
    let report = retold::compare(source, target, &retold::Options::default());
    assert_eq!(labels(&report.target)[1..], [Added, Added, Copied, Copied]);
}

/// A caption, menu or time stamp the target takes from the source word for word is copied, as
/// any line is: it is the page's own only when the target wrote it.
#[test]
fn a_line_of_furniture_taken_word_for_word_is_copied() {
    let source = "Published 15:42, 14 May 2024\n\
                  News | 14 May | Meridian Press\n\
                  Picture: Harlow Police\n\
                  Four people were arrested after police raided three homes in Harlow Green.";
    let report = retold::compare(source, source, &retold::Options::default());
    assert_eq!(labels(&report.target), [Copied; 4]);
}
